/**
 * The scenarios the functions see. In the shared runtime the task pane loads them from the workbook
 * and publishes them here. A changed scenario becomes a new frozen object, and the result caches key on
 * that object, so an edited scenario never serves a stale number; the old object's results are dropped.
 */
import { NO_OVERRIDES } from "../model/assumptions";
import { scenarioKey, type ScenarioData } from "../model/scenario";
import { forgetEverywhere } from "./factors";
import { CATALOG_VERSIONS, CURRENT_CATALOG, catalogAt, type Case, type Catalog } from "../model/catalog";
import { messages } from "../i18n/messages";
import { notAvailable } from "./errors";

export type Scenario = ScenarioData;

export const DEFAULT_SCENARIO: Scenario = Object.freeze({
  name: "", case: "base", overrides: NO_OVERRIDES, rampOverrides: Object.freeze({}), systemOverrides: Object.freeze({}),
  priceOverrides: Object.freeze({}),
});

let byName = new Map<string, Scenario>();

/**
 * The catalog a formula naming this scenario reads: the version it pins (no scenario, or one without a
 * pin, reads the current catalog; the pane publishes stored scenarios already pinned, see
 * src/model/scenario.ts). A version this add-in does not keep is #N/A naming the kept versions, never
 * the current data in its place.
 */
export function catalogOf(scenario: Scenario): Catalog {
  if (scenario.catalogVersion === undefined) return CURRENT_CATALOG;
  const catalog = catalogAt(scenario.catalogVersion);
  if (catalog === undefined) throw notAvailable(messages().pinnedVersionMissing(scenario.name, scenario.catalogVersion, CATALOG_VERSIONS));
  return catalog;
}

/** The model's options for a scenario and case (and a formula's explicit PUE), with the scenario's catalog. */
export function modelOptions(scenario: Scenario, c: Case, pue?: number) {
  return { case: c, overrides: scenario.overrides, prices: scenario.priceOverrides, pue, catalog: catalogOf(scenario) };
}

export function findScenario(name: string): Scenario | undefined {
  return byName.get(scenarioKey(name));
}

/** Replaces the published set; returns the names whose data changed (formulas using them recalculate). */
export function publishScenarios(scenarios: readonly ScenarioData[]): string[] {
  const next = new Map<string, Scenario>();
  const changed: string[] = [];
  for (const data of scenarios) {
    const key = scenarioKey(data.name);
    const previous = byName.get(key);
    const same = previous !== undefined && JSON.stringify(previous) === JSON.stringify(data);
    next.set(key, same ? previous : Object.freeze({ ...data }));
    if (!same) changed.push(data.name);
  }
  for (const [key, old] of byName) if (!next.has(key)) changed.push(old.name);
  // Results computed with a replaced version can never be asked for again: drop them now, not at the bound.
  for (const [key, old] of byName) if (next.get(key) !== old) forgetEverywhere(old);
  byName = next;
  return changed;
}
