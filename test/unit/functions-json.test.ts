/**
 * What the build writes about each function from its declaration (src/functions/metadata.ts):
 * functions.json (Excel's metadata, with a help link per function) and the reference facts the README
 * and the help pages print (unit, bounds, choices, defaults, whether a range is accepted).
 *
 * The expected values do not come from the generator: functions.json entries are what Microsoft's own
 * JSDoc parser (custom-functions-metadata, the one Excel's tooling uses) makes of hand-written JSDoc,
 * and the reference facts are written out by hand from the public API fixture
 * (test/fixtures/public-api.json: argument names, choices), the bounds in src/model/bounds.ts and the
 * defaults each argument's own description promises ("Default: the scenario's, else 70").
 */
import { parseTree } from "custom-functions-metadata";
import { functionsMetadata, referenceOf } from "../../src/functions/metadata";
import { booleanParam } from "../../src/functions/params";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { assumption, type AssumptionKey } from "../../src/model/catalog";
import recorded from "../fixtures/public-api.json";

const def = (id: string) => FUNCTION_DEFS.find((d) => d.id === id)!;
const reference = (id: string) => referenceOf([def(id)], (key) => assumption(key as AssumptionKey).base)[0];

test("each function's helpUrl in functions.json is the help page the build names for it, as Microsoft's parser writes @helpurl", () => {
  // What a developer would have written for GW.OPEX as JSDoc (descriptions copied from the README's reference).
  const jsDoc = `
/**
 * Electricity cost of a facility per year in USD.
 * @customfunction OPEX
 * @helpurl https://example.test/help/OPEX.html
 * @param {any} gigawatts Facility power in GW (≥ 0).
 * @param {any} [usd_per_mwh] Electricity price in USD per MWh. Default: the scenario's, else 70.
 * @param {any} [utilization] Average draw as a share of capacity, 0 to 1. Default: the scenario's, else 0.8.
 * @param {any} [scenario] Name of a scenario stored in this workbook. Default: catalog values.
 */
export function opex(gigawatts: any, usd_per_mwh?: any, utilization?: any, scenario?: any): any { return 0; }`;
  const parsed = parseTree(jsDoc, "opex.ts");
  expect(parsed.extras.flatMap((e) => e.errors)).toEqual([]);
  const ours = functionsMetadata([def("OPEX")], (id) => `https://example.test/help/${id}.html`).functions;
  expect(ours).toStrictEqual(parsed.functions);
  // Without a help page function no entry has a helpUrl (the source realm's metadata, the dev build).
  expect(functionsMetadata([def("OPEX")]).functions[0]).not.toHaveProperty("helpUrl");
});

describe("the reference facts printed for each argument", () => {
  // The catalog's base values the descriptions promise: "else 70" (USD/MWh) and "else 0.8".
  test("GW.OPEX: a bounded number with a unit, and optional numbers that default to a scenario assumption", () => {
    expect(recorded.functions.OPEX).toEqual(["gigawatts", "usd_per_mwh", "utilization", "scenario"]);
    // toStrictEqual: a fact a parameter does not have must be absent, not present as undefined (the
    // README prints "unit", "default" … only for the arguments that have them).
    expect(reference("OPEX")).toStrictEqual({
      id: "OPEX",
      returns: { kind: "usd", description: "USD per year.", shape: "scalar" },
      parameters: [
        // GIGAWATTS bounds in src/model/bounds.ts: 0 to 1e6 GW.
        { name: "gigawatts", kind: "number", optional: false, range: false, unit: "GW", min: 0, max: 1e6 },
        // ASSUMPTION_BOUNDS.electricity_usd_per_mwh: 0 to 1e5.
        { name: "usd_per_mwh", kind: "number", optional: true, range: false, unit: "USD/MWh", min: 0, max: 1e5,
          defaultAssumption: "electricity_usd_per_mwh", default: 70 },
        // A share has no unit; ASSUMPTION_BOUNDS.utilization: 0 to 1.
        { name: "utilization", kind: "number", optional: true, range: false, min: 0, max: 1, defaultAssumption: "utilization", default: 0.8 },
        { name: "scenario", kind: "scenario", optional: true, range: false },
      ],
    });
  });

  test("GW.TCO: the system takes a range (a custom system), the estimate is a choice with its fixed default", () => {
    const [system, , , estimate] = reference("TCO").parameters;
    expect(system).toStrictEqual({ name: "system", kind: "system", optional: false, range: true });
    // The choices are the recorded public API; "base" is the default the description names.
    expect(estimate).toStrictEqual({ name: "estimate", kind: "choice", optional: true, range: false, allowed: recorded.choices["TCO.estimate"], default: "base" });
  });

  test("GW.ENERGY: the unit choice defaults to MWh", () => {
    expect(reference("ENERGY").parameters[2]).toStrictEqual({
      name: "unit", kind: "choice", optional: true, range: false, allowed: recorded.choices["ENERGY.unit"], default: "MWh",
    });
  });

  test("the default a yes/no argument documents is what an omitted argument means", () => {
    // No GW function has a yes/no argument that defaults to TRUE yet (GW.VERSION's list defaults to
    // FALSE); the docs must still print the one the function uses when it is omitted.
    for (const fallback of [true, false]) {
      const p = booleanParam("flag", fallback, "A flag.");
      expect(p.default).toBe(fallback ? "TRUE" : "FALSE");
      expect(p.coerce(null)).toBe(fallback);
    }
  });
});
