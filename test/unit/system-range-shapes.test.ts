/**
 * How the `system` argument reads what Excel passes (src/functions/system-arg.ts), through the registered
 * functions: a one-cell reference arrives as a 1 × 1 array and is a system name like typed text; a
 * range of several cells is a custom system (two columns, field and value), even a single row. Expected
 * numbers by hand from GB300 NVL72's data file (72 GPUs in 132 kW; IT overhead 1.1 and PUE 1.2 base):
 * 132 ÷ 72 × 1.1 × 1.2 = 2.42 kW per GPU at the facility, so 1 GW installs 1e6 ÷ 2.42 GPUs.
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { validateScenario } from "../../src/model/scenario";
import { closeTo } from "../helpers/formula";
import { errorOf, loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const GB300_PER_GW = 1e6 / 2.42;
const TWO_COLUMNS = "system: a custom system is a range of two columns, field and value (a based_on row, then GW.SPEC fields such as system_kw).";

const failing = (id: string, ...args: unknown[]) => errorOf(excel, id, ...args);

test("a one-cell reference holding a system name is that system, as the typed name is", () => {
  expect(closeTo(valueOf(excel, "ACCELERATORS", 1, [["GB300"]]) as number, GB300_PER_GW)).toBe(true);
  expect(valueOf(excel, "SYSTEM", [["GB300"]])).toBe(valueOf(excel, "SYSTEM", "GB300"));
});

test("a one-row range (based_on | GB300) is a custom system with GB300's figures", () => {
  expect(closeTo(valueOf(excel, "ACCELERATORS", 1, [["based_on", "GB300"]]) as number, GB300_PER_GW)).toBe(true);
});

test("a one-column range is a custom system in the wrong shape: the two-columns message, not 'one cell'", () => {
  expect(failing("ACCELERATORS", 1, [["based_on"], ["GB300"]])).toEqual({ code: "#VALUE!", message: TWO_COLUMNS });
});

test("a row with a value but no field name is an error, not a blank row to skip", () => {
  // The 264 would silently be dropped: the same GB300 figures, with the user's override lost.
  expect(failing("ACCELERATORS", 1, [["based_on", "GB300"], [null, 264]])).toEqual({ code: "#VALUE!", message: TWO_COLUMNS });
});

test("a custom system's name is shown without the spaces typed around it", () => {
  expect(valueOf(excel, "SYSTEM", [["based_on", "GB300"], ["name", "  Hot racks  "]])).toBe("Hot racks");
});

test("an unknown field is quoted without the spaces typed around it", () => {
  const error = failing("ACCELERATORS", 1, [["based_on", "GB300"], ["  Rack_KW ", 140]]);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toMatch(/^system: "Rack_KW" is not a field a custom system can set; use based_on, name or one of: /);
});

describe("a scenario's custom systems are found by their own name only", () => {
  // Two custom systems of GB300 at different rack power: 264 kW → 264 ÷ 72 × 1.32 = 4.84 kW per GPU;
  // 396 kW → 396 ÷ 72 × 1.32 = 7.26 kW per GPU.
  const scenario = {
    name: "Two racks", case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {},
    customSystems: { "Hot": { based_on: "gb300-nvl72", system_kw: 264 }, "Hotter": { based_on: "gb300-nvl72", system_kw: 396 } },
  };
  beforeAll(() => publishScenarios([validateScenario(scenario).scenario!]));
  afterAll(() => publishScenarios([]));

  test("each name gives its own system, and a name the scenario lacks is unknown", () => {
    expect(closeTo(valueOf(excel, "ACCELERATORS", 1, "Hot", null, null, null, "Two racks") as number, 1e6 / 4.84)).toBe(true);
    expect(closeTo(valueOf(excel, "ACCELERATORS", 1, "hotter", null, null, null, "Two racks") as number, 1e6 / 7.26)).toBe(true);
    const error = failing("ACCELERATORS", 1, "Warm", null, null, null, "Two racks");
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^Unknown system "Warm"\./);
  });
});
