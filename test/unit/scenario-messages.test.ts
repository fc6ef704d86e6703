/**
 * What a planner reads when a scenario edit or a stored document is refused (src/model/scenario.ts with
 * the English texts of src/model/scenario-text.ts): each message whole, as the pane shows it — a clause
 * from validation becomes a sentence with a capital and one final full stop.
 */
import { CATALOG_VERSION } from "../../src/model/catalog";
import {
  addScenario, blankScenario, emptyDocument, MAX_SCENARIOS, updateScenario, type ScenarioData, type ScenarioDocument,
} from "../../src/model/scenario";
import { HEADER_KEY, readStore } from "../../src/model/scenario-store";
import { SCENARIO_TEXT_EN } from "../../src/model/scenario-text";

/** A scenario's settings without its name, as the pane hands them to updateScenario. */
const settingsOf = ({ name: _name, ...settings }: ScenarioData) => settings;
const withScenarios = (names: readonly string[]): ScenarioDocument =>
  ({ ...emptyDocument(CATALOG_VERSION), scenarios: names.map((name) => blankScenario(name)) });

test("a system mix for a deal the catalog does not have", () => {
  const settings = settingsOf(blankScenario("Plan"));
  const result = updateScenario(withScenarios(["Plan"]), "Plan", { ...settings, systemOverrides: { "no-such-deal": "gb300-nvl72" } });
  expect(result.error).toBe('Its system mix names an unknown deal "no-such-deal".');
});

test("a clause with full stops inside still ends with one (a version text such as 2026.11.0)", () => {
  const settings = settingsOf(blankScenario("Plan"));
  const result = updateScenario(withScenarios(["Plan"]), "Plan", { ...settings, catalogVersion: "2026.11.0 (old)" });
  expect(result.error).toBe("Its catalog version is not a version text such as 2026.11.0.");
});

test("a workbook full of scenarios refuses one more, saying how many it holds", () => {
  const full = withScenarios(Array.from({ length: MAX_SCENARIOS }, (_, i) => `Scenario ${i + 1}`));
  expect(addScenario(full, "One more").error).toBe("A workbook holds at most 100 scenarios.");
  expect(addScenario(withScenarios(["A"]), "One more").error).toBeUndefined();
});

test("a stored document of a schema no Gigawatt wrote is refused whole, read-only, naming the schema", () => {
  // Read as the pane reads the stored document (readStore), with a fresh copy of the texts (readings are cached per text object).
  const result = readStore({ [HEADER_KEY]: JSON.stringify({ schema: 0, scenarios: [] }) }, CATALOG_VERSION, { ...SCENARIO_TEXT_EN });
  expect([result.fatal, result.readOnly]).toEqual(["Unknown scenario schema 0.", true]);
});
