/** The formula table's stored scenarios (test/fixtures/formulas.json "scenarios"), stored as the pane stores them. */
import fixture from "../fixtures/formulas.json";
import { validateScenario, type ScenarioData } from "../../src/model/scenario";
import { publishScenarios } from "../../src/functions/scenarios";
import { parseFormula } from "./formula";

export const FIXTURE_SCENARIOS: readonly unknown[] = fixture.scenarios;

/** Validates each scenario as if read from a workbook, then publishes them to the functions. */
export function storeFixtureScenarios(extra: readonly unknown[] = []): ScenarioData[] {
  const scenarios = [...FIXTURE_SCENARIOS, ...extra].map((raw) => {
    const { scenario, problem } = validateScenario(raw);
    if (scenario === undefined) throw new Error(`fixture scenario ${JSON.stringify(raw)}: ${problem}`);
    return scenario;
  });
  publishScenarios(scenarios);
  return scenarios;
}

const names = new Set(fixture.scenarios.map((s) => s.name.toLowerCase()));

export function usesFixtureScenario(formula: string): boolean {
  return parseFormula(formula).args.some((a) => typeof a === "string" && names.has(a.trim().toLowerCase()));
}
