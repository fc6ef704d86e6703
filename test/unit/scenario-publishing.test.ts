/**
 * Publishing the workbook's scenarios (src/functions/scenarios.ts): the names it returns are the ones
 * whose formulas the pane recalculates (src/taskpane/controller.ts recalculates when the list is not
 * empty), and results computed with a scenario that did not change stay cached. Cache sizes are the
 * caches' own counts (as test/unit/memory.test.ts measures them), deterministic in one process.
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { cachedResults } from "../../src/functions/factors";
import { blankScenario } from "../../src/model/scenario";
import { loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const alpha = { ...blankScenario("Alpha"), overrides: { pue: 1.3 } };
const beta = { ...blankScenario("Beta"), overrides: { pue: 1.4 } };

afterEach(() => publishScenarios([]));

test("publishing the same scenarios again changes nothing: no name to recalculate", () => {
  expect(publishScenarios([alpha, beta]).sort()).toEqual(["Alpha", "Beta"]);
  expect(publishScenarios([{ ...alpha }, { ...beta }])).toEqual([]);
});

test("a removed scenario is reported (its formulas now fail), a kept one is not", () => {
  publishScenarios([alpha, beta]);
  expect(publishScenarios([alpha])).toEqual(["Beta"]);
  // An edited one is reported by its name, the unchanged one still not.
  publishScenarios([alpha, beta]);
  expect(publishScenarios([alpha, { ...beta, overrides: { pue: 1.5 } }])).toEqual(["Beta"]);
});

test("results computed with an unchanged scenario stay cached when the set is published again", () => {
  publishScenarios([alpha]);
  // GB300 at PUE 1.3: 132 ÷ 72 × 1.1 × 1.3 = 2.6217 kW per GPU, 1e6 ÷ 2.6217 GPUs per GW (checks the scenario is read).
  expect(valueOf(excel, "ACCELERATORS", 1, "GB300", null, null, null, "Alpha") as number).toBeCloseTo(1e6 / ((132 / 72) * 1.1 * 1.3), 6);
  const held = cachedResults();
  publishScenarios([{ ...alpha }]);
  expect(cachedResults()).toBe(held);
  // Replacing it drops what was computed with the old version.
  publishScenarios([{ ...alpha, overrides: { pue: 1.25 } }]);
  expect(cachedResults()).toBeLessThan(held);
});
