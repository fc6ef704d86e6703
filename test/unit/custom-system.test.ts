/**
 * Custom systems: a two-column range (based_on plus GW.SPEC fields) wherever a system is asked for, and
 * named custom systems in a scenario. Each overridden field moves results the way the model says it
 * should, checked against the catalog system's own results and hand calculations.
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { CURRENT_CATALOG } from "../../src/model/catalog";
import { customSystem } from "../../src/model/custom-system";
import { validateScenario } from "../../src/model/scenario";
import { closeTo } from "../helpers/formula";
import { gw, gwError } from "../helpers/invoke";

const custom = (...rows: unknown[][]) => [["based_on", "GB300"], ...rows];

test("twice the system power gives half the accelerators per GW, in every estimate", () => {
  for (const c of ["low", "base", "high"]) {
    const single = gw("ACCELERATORS", 1, custom(["system_kw", 132]), null, null, c) as number;
    const double = gw("ACCELERATORS", 1, custom(["system_kw", 264]), null, null, c) as number;
    expect(closeTo(double, single / 2)).toBe(true);
  }
  // Base: 264 kW ÷ 72 × 1.1 IT overhead × 1.2 PUE = 4.84 kW per GPU.
  expect(closeTo(gw("ACCELERATORS", 1, custom(["system_kw", 264])) as number, 1e6 / 4.84)).toBe(true);
  // 132 kW is GB300's own base figure: the same result as the catalog key.
  expect(closeTo(gw("ACCELERATORS", 1, custom(["system_kw", 132])) as number, gw("ACCELERATORS", 1, "GB300") as number)).toBe(true);
});

test("each overridden field moves its results: accelerators per system, price, FLOPS, and SPEC reads them back", () => {
  // 144 GPUs sharing the rack's 132 kW: half the power each, twice the GPUs per GW.
  expect(closeTo(gw("ACCELERATORS", 1, custom(["accelerators_per_system", 144])) as number, 2 * (gw("ACCELERATORS", 1, "GB300") as number))).toBe(true);
  // Twice GB300's base rack price ($4M) doubles the systems capex.
  expect(closeTo(gw("CAPEX", 1, custom(["price_per_system", 8e6]), "systems") as number, 2 * (gw("CAPEX", 1, "GB300", "systems") as number))).toBe(true);
  // A BF16 figure the catalog lacks makes H100-equivalents computable: GPUs × 2.5 ÷ 0.9894.
  expect(closeTo(gw("COMPUTE", 1, custom(["bf16_pflops", 2.5]), "h100e") as number, (1e6 / 2.42) * (2.5 / 0.9894))).toBe(true);
  expect(closeTo(gw("COMPUTE", 1, custom(["fp8_pflops", 10])) as number, 2 * (gw("COMPUTE", 1, "GB300") as number))).toBe(true);
  expect(gw("SPEC", custom(["System KW", 140]), "system_kw")).toBe(140);
  expect(gw("SPEC", custom(["system_kw", 140]), "chip_tdp_kw")).toBe(gw("SPEC", "GB300", "chip_tdp_kw"));
  // RAMP's optional system takes one too.
  const ramp = gw("RAMP", 1, 2027, 2027, "year", custom(["system_kw", 264])) as number[][];
  expect(closeTo(ramp[1][3], 1e6 / 4.84)).toBe(true);
});

test("blank rows are skipped, field names ignore case and spaces, and a name labels it", () => {
  const rows = [["Based On", "gb300 nvl72"], [null, null], ["System kW", "264"], ["name", "GB300 at double power"]];
  expect(closeTo(gw("ACCELERATORS", 1, rows) as number, 1e6 / 4.84)).toBe(true);
  expect(gw("SPEC", rows, "name")).toBe("GB300 at double power");
});

test.each([
  ["no based_on", [["system_kw", 140], ["price_per_system", 1]], "#VALUE!", /needs a based_on row/],
  ["an unknown base", [["based_on", "GB3000"], ["system_kw", 140]], "#N/A", /Unknown system "GB3000"\. Did you mean "GB300"\?/],
  ["an unknown field", custom(["Rack_KW", 140]), "#VALUE!", /"Rack_KW" is not a field a custom system can set/],
  ["a field twice", custom(["system_kw", 140], ["System_KW", 150]), "#VALUE!", /system_kw is set twice/],
  ["text for a number", custom(["system_kw", "lots"]), "#VALUE!", /system: system_kw must be a number; got "lots"/],
  ["zero power", custom(["system_kw", 0]), "#NUM!", /system_kw must be above 0/],
  ["half an accelerator per system", custom(["accelerators_per_system", 0.5]), "#NUM!", /accelerators_per_system must be at least 1 and at most 1000000/],
  ["a missing value", custom(["system_kw", null]), "#VALUE!", /system: system_kw is required/],
  ["three columns", [["based_on", "GB300", "x"], ["system_kw", 140, "y"]], "#VALUE!", /two columns, field and value/],
])("%s is a clear error", (_what, range, code, message) => {
  const error = gwError("ACCELERATORS", 1, range);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
});

describe("named custom systems in a scenario", () => {
  const hot = { name: "Hot racks", case: "base", overrides: {}, rampOverrides: {}, systemOverrides: {}, priceOverrides: {},
    customSystems: { "GB300 hot": { based_on: "gb300-nvl72", system_kw: 264 } } };
  beforeAll(() => publishScenarios([validateScenario(hot).scenario!]));
  afterAll(() => publishScenarios([]));

  test("usable by name in that scenario's formulas and plans, unknown elsewhere", () => {
    expect(closeTo(gw("ACCELERATORS", 1, "gb300 HOT", null, null, null, "Hot racks") as number, 1e6 / 4.84)).toBe(true);
    expect(gwError("ACCELERATORS", 1, "GB300 hot")).toMatchObject({ code: "#N/A", message: expect.stringContaining('Unknown system "GB300 hot"') });
    const plan = gw("PLAN", [["name", "start", "end", "gw", "system"], ["A", 2027, 2027, 1, "GB300 hot"]], "accelerators_cumulative", null, null, "year", null, "Hot racks") as number[][];
    expect(closeTo(plan[1][1], 1e6 / 4.84)).toBe(true);
  });

  test("the scenario schema validates them", () => {
    expect(validateScenario(hot).scenario?.customSystems).toEqual(hot.customSystems);
    for (const bad of [{ x: { system_kw: 1 } }, { x: { based_on: "GB300", system_kw: 1 } }, { x: { based_on: "gb300-nvl72", system_kw: -1 } },
      { x: { based_on: "gb300-nvl72", rack: 1 } }, { x: { based_on: "gb300-nvl72", system_kw: "140" } }, { x: "gb300-nvl72" }]) {
      expect(validateScenario({ ...hot, customSystems: bad }).problem).toMatch(/custom system "x"/);
    }
    expect(validateScenario({ ...hot, customSystems: undefined }).scenario?.customSystems).toBeUndefined();
  });
});

describe("field names, bounds and the label of a custom system", () => {
  test("field names match with spaces around them and several between words", () => {
    // 264 kW ÷ 72 × 1.1 IT overhead × 1.2 PUE = 4.84 kW per GPU.
    expect(closeTo(gw("ACCELERATORS", 1, custom(["  System  kW ", 264])) as number, 1e6 / 4.84)).toBe(true);
  });

  test("a field's bounds are inclusive: 1 accelerator per system, 0 GB of HBM, 1,000,000 kW", () => {
    expect(gw("SPEC", custom(["accelerators_per_system", 1]), "accelerators_per_system")).toBe(1);
    expect(gw("SPEC", custom(["hbm_gb", 0]), "hbm_gb")).toBe(0);
    expect(gw("SPEC", custom(["system_kw", 1e6]), "system_kw")).toBe(1e6);
  });

  test("above the maximum is #NUM! naming the bounds", () => {
    const error = gwError("ACCELERATORS", 1, custom(["system_kw", 1e6 + 1]));
    expect(error.code).toBe("#NUM!");
    expect(error.message).toBe("system: system_kw must be above 0 and at most 1000000.");
  });

  test("an unknown base is quoted without the spaces typed around it", () => {
    const error = gwError("ACCELERATORS", 1, [["based_on", " GB3000 "], ["system_kw", 140]]);
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^system: Unknown system "GB3000"\. Did you mean "GB300"\?/);
  });

  test("without a name, the label is the base's name and the fields set, in alphabetical order", () => {
    const rows = custom(["system_kw", 140], ["hbm_gb", 300], ["chip_tdp_kw", 1.5]);
    expect(gw("SPEC", rows, "name")).toBe("NVIDIA GB300 NVL72 (Blackwell Ultra) (custom: chip_tdp_kw 1.5, hbm_gb 300, system_kw 140)");
  });
});

describe("customSystem gives the same object for the same base, fields and name", () => {
  const gb300 = CURRENT_CATALOG.systemIndex.find("GB300")!;
  const variant = (kw: number) => customSystem(gb300, new Map([["system_kw", kw]]));

  test("again after other custom systems, and whatever the order of its fields", () => {
    const first = variant(140);
    variant(150);
    expect(variant(140)).toBe(first);
    const both = customSystem(gb300, new Map([["system_kw", 140], ["hbm_gb", 300]]));
    expect(customSystem(gb300, new Map([["hbm_gb", 300], ["system_kw", 140]]))).toBe(both);
  });

  test("it keeps at most 2000 of them: after 2000 others the first is built anew, equal but not the same object", () => {
    // A fresh copy of the module, so the count starts from none kept.
    let fresh!: typeof import("../../src/model/custom-system");
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fresh = require("../../src/model/custom-system");
    });
    const freshVariant = (kw: number) => fresh.customSystem(gb300, new Map([["system_kw", kw]]));
    const first = freshVariant(1);
    for (let kw = 2; kw <= 2000; kw++) freshVariant(kw);
    expect(freshVariant(1)).toBe(first); // 2000 kept, the first among them
    freshVariant(2001); // the 2001st: the table is full, so it starts again
    const again = freshVariant(1);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
