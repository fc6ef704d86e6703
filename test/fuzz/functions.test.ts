/**
 * Property-based fuzzing of every registered function through the functions Excel calls (what
 * `CustomFunctions.associate` received: the built bundle, test/helpers/registered.ts), with arguments of
 * every shape Excel can pass, plausible ones derived from each parameter's declared kind
 * (test/helpers/plausible.ts). A second run stores scenarios — ordinary and hostile ones that still pass
 * the pane's validation (bounds at their limits, zero prices and ramps, odd names) — and fuzzes with
 * them. Each function must answer a value, not an error, in a minimum share of the calls: a function
 * that always errors fails. `npm test` runs a seeded sample; `npm run test:fuzz` (GIGAWATT_FUZZ=long)
 * runs 100,000 calls per function and writes test/artifacts/fuzz-summary.json.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { ASSUMPTIONS, DEALS, SYSTEMS } from "../../src/model/catalog";
import { SPEC_FIELDS } from "../../src/model/spec";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import type { Param } from "../../src/functions/params";
import { loadRegistered, type Registered } from "../helpers/registered";
import { plausibleValues } from "../helpers/plausible";
import { FIXTURE_SCENARIOS, storeFixtureScenarios } from "../helpers/scenarios";
import { ARTIFACTS } from "../helpers/browser";

const LONG = process.env.GIGAWATT_FUZZ === "long";
const CALLS_PER_FUNCTION = LONG ? 100_000 : process.env.GIGAWATT_MUTATION ? 60 : 400;
const SEED = Number(process.env.GIGAWATT_FUZZ_SEED ?? 20261125);
const ERROR_CODES = new Set(["#VALUE!", "#NUM!", "#N/A", "#DIV/0!", "#NAME?", "#NULL!", "#REF!"]);

/** The share of calls per function that must answer a value (7 in 8 arguments are plausible). */
const MIN_VALUE_SHARE = 0.2;

/** Scenarios the pane would store (each passes validateScenario) that push the model to its edges. */
const HOSTILE_SCENARIOS = [
  { name: "Edge: every bound", case: "high", overrides: { pue: 5, it_overhead: 2, network_capex_share: 2, facility_capex_per_mw: 1e9, utilization: 1, electricity_usd_per_mwh: 1e5, it_life_years: 0.5, facility_life_years: 1 },
    rampOverrides: { "openai-amd": Array(20).fill(1000) }, systemOverrides: { "openai-broadcom": "cerebras-cs3" }, priceOverrides: { "gb300-nvl72": 1e10 } },
  { name: "Edge: zeros", case: "low", overrides: { pue: 1, it_overhead: 0, network_capex_share: 0, facility_capex_per_mw: 0, utilization: 0, electricity_usd_per_mwh: 0 },
    rampOverrides: { "meta-amd": [0, 0, 0] }, systemOverrides: {}, priceOverrides: { "gb200-nvl72": 0, "cerebras-cs3": 0 } },
  { name: "  <script>alert(1)</script> ünïcode 💥 ", case: "base", overrides: {}, rampOverrides: { "stargate-abilene": [1e-9] },
    systemOverrides: { "meta-amd": "groq-lpu-v1", "openai-nvidia": "tpu-v7-ironwood" }, priceOverrides: {} },
];
const scenarioNames = [...FIXTURE_SCENARIOS, ...HOSTILE_SCENARIOS].map((s) => (s as { name: string }).name);

// ---- What Excel can pass -------------------------------------------------------------------------
const systemNames = SYSTEMS.flatMap((s) => [s.key, ...s.aliases]);
const dealNames = DEALS.flatMap((d) => [d.key, ...d.aliases]);
const words = ["low", "base", "high", "facility", "it", "chip", "system", "total", "systems", "network", "accelerators",
  "MWh", "GWh", "TWh", "year", "half", "quarter", "month", "gw_added", "gw_cumulative", "accelerators_added",
  "accelerators_cumulative", "capex", "energy", "gw", ...SPEC_FIELDS, ...ASSUMPTIONS.map((a) => a.key)];
const hostile = ["<script>alert(1)</script>", "=1+1", "'; DROP TABLE x; --", "\u0000", "💥", "NaN", "Infinity", "-0", "1e309", "  ", "__proto__", "constructor"];
const dates = ["2026", "2027-Q1", "2026-H2", "2028-03", "2026-07-01", "2026-02-30", "1899-12-31", "9999-12-31"];

const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -10, max: 100, noNaN: true }),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.constantFrom(0, -0, 1, 2026, 46204, 5e-324, 1e308, -1e308, Number.MAX_VALUE, Number.EPSILON, NaN, Infinity, -Infinity),
);
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(...systemNames, ...dealNames, ...words, ...hostile, ...dates, "1,5", "1.000,5", "1,000.5", "0,8", "2,5e3"),
  fc.constantFrom(...systemNames, ...words).map((w) => w.toUpperCase()),
  fc.constantFrom(...systemNames, ...dealNames).map((w) => w.slice(0, -1)),
);
const scalar = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_CODES).map((code) => ({ code })) },
);
/** A range: Excel always passes rectangles. */
const range = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const argument = fc.oneof({ weight: 8, arbitrary: scalar }, { weight: 1, arbitrary: scalar.map((v) => [[v]]) }, { weight: 1, arbitrary: range });

/** Values a parameter accepts, from its declared kind (so the computing paths are reached). */
function plausible(param: Param<unknown>, withScenarios: boolean): fc.Arbitrary<unknown> {
  const samples = fc.constantFrom(...plausibleValues(param));
  const omitted = param.optional ? [fc.constant(null)] : [];
  switch (param.kind) {
    case "number": {
      const min = param.min ?? 0;
      const max = Math.min(param.max ?? 1e4, Math.max(min + 1, 1e4));
      return fc.oneof(samples, fc.double({ min, max, noNaN: true }), ...omitted);
    }
    case "date":
      return fc.oneof(samples, fc.integer({ min: 2024, max: 2034 }), fc.integer({ min: 45292, max: 49000 }), ...omitted);
    case "system":
      return fc.oneof(samples, fc.constantFrom(...systemNames), ...omitted);
    case "deal":
      return fc.oneof(samples, param.matrix
        ? fc.array(fc.array(fc.constantFrom(...dealNames, null), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
        : fc.constantFrom(...dealNames));
    case "scenario":
      return withScenarios ? fc.oneof(fc.constantFrom(...scenarioNames), fc.constant(null)) : fc.constant(null);
    default:
      return fc.oneof(samples, ...omitted);
  }
}

type Fn = (...args: unknown[]) => unknown;

function isExcelCell(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0));
}

/**
 * The contract: a finite number, text, a rectangle of those, or the runtime's Error with a known code
 * and a message. Returns what the call answered, or throws with what broke the contract.
 */
function checkCall(fn: Fn, args: unknown[], RuntimeError: unknown): "value" | "error" {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    if (!(error instanceof (RuntimeError as new () => Error))) throw new Error(`threw a non-Excel error: ${String(error)}`, { cause: error });
    const { code, message } = error as unknown as { code: string; message: string };
    if (!ERROR_CODES.has(code)) throw new Error(`unknown error code ${code}`, { cause: error });
    if (["#VALUE!", "#NUM!", "#N/A"].includes(code) && !(typeof message === "string" && message.length > 5)) throw new Error(`error ${code} without a message`, { cause: error });
    return "error";
  }
  if (isExcelCell(result)) return "value";
  if (Array.isArray(result) && result.length > 0 && Array.isArray(result[0]) && result[0].length > 0) {
    const width = result[0].length;
    if (result.every((row) => Array.isArray(row) && row.length === width && row.every(isExcelCell))) return "value";
  }
  throw new Error(`returned ${result instanceof Date ? "a Date" : JSON.stringify(result)?.slice(0, 200)}`);
}

const summary: Record<string, { calls: number; values: number; errors: number; failures: number }> = {};

afterAll(() => {
  if (!LONG) return;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, "fuzz-summary.json"), JSON.stringify({ seed: SEED, date: new Date().toISOString(), functions: summary }, null, 2));
});

function fuzz(registered: Registered, id: string, withScenarios: boolean, calls: number) {
  const def = FUNCTION_DEFS.find((d) => d.id === id)!;
  const fn = registered.byId.get(id) as Fn;
  const counts = { calls: 0, values: 0, errors: 0 };
  // Excel passes every declared argument, null where omitted; each is plausible or anything at all.
  const args = fc.tuple(...def.params.map((p) => fc.oneof({ weight: 7, arbitrary: plausible(p, withScenarios) }, { weight: 1, arbitrary: argument })));
  fc.assert(fc.property(args, (a) => {
    counts.calls++;
    try {
      counts[checkCall(fn, a, registered.RuntimeError) === "value" ? "values" : "errors"]++;
    } catch (problem) {
      throw new Error(`GW.${id}(${JSON.stringify(a).slice(0, 300)}) ${(problem as Error).message}`, { cause: problem });
    }
  }), { numRuns: calls, seed: SEED });
  expect(counts.calls).toBe(calls);
  if (process.env.GIGAWATT_FUZZ_REPORT) console.log(`${id}${withScenarios ? " (scenarios)" : ""}: ${counts.values} values of ${counts.calls}`);
  // The generators reach the computing paths, not only the argument errors: a function that always errors fails here.
  expect({ id, valueShare: counts.values / counts.calls >= MIN_VALUE_SHARE }).toEqual({ id, valueShare: true });
  return counts;
}

describe.each(FUNCTION_DEFS.map((d) => [d.id] as const))("GW.%s never breaks the contract", (id) => {
  test(`${CALLS_PER_FUNCTION.toLocaleString("en-US")} generated calls answer values in at least ${MIN_VALUE_SHARE * 100}% of them`, () => {
    summary[id] = { ...fuzz(loadRegistered(), id, false, CALLS_PER_FUNCTION), failures: 0 };
  });
});

// Scenarios are stored where a test can store them: the source realm (the bundle keeps its store private).
describe.each(FUNCTION_DEFS.filter((d) => d.params.some((p) => p.kind === "scenario")).map((d) => [d.id] as const))("GW.%s with stored scenarios, hostile ones too", (id) => {
  beforeAll(() => storeFixtureScenarios(HOSTILE_SCENARIOS));
  test("generated calls keep the contract", () => {
    summary[`${id} (scenarios)`] = { ...fuzz(loadRegistered("src"), id, true, Math.ceil(CALLS_PER_FUNCTION / 2)), failures: 0 };
  });
});

test("the hostile scenarios are ones the pane stores (they pass its validation)", () => {
  expect(storeFixtureScenarios(HOSTILE_SCENARIOS).map((s) => s.name)).toEqual(scenarioNames.map((n) => n.trim()));
});
