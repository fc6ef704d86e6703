/**
 * Property-based fuzzing of every registered function through the built bundle's entry points, with
 * arguments of every shape Excel can pass. `npm test` runs a seeded sample; `npm run test:fuzz`
 * (GIGAWATT_FUZZ=long) runs 100,000 calls per function and writes test/artifacts/fuzz-summary.json.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { ASSUMPTIONS, DEALS, SYSTEMS } from "../../src/model/catalog";
import { SPEC_FIELDS } from "../../src/model/spec";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import type { Param } from "../../src/functions/params";
import { loadFunctionsBundle, type LoadedBundle } from "../helpers/bundle";
import { ARTIFACTS } from "../helpers/browser";

const LONG = process.env.GIGAWATT_FUZZ === "long";
const CALLS_PER_FUNCTION = LONG ? 100_000 : 400;
const SEED = Number(process.env.GIGAWATT_FUZZ_SEED ?? 20261125);
const ERROR_CODES = new Set(["#VALUE!", "#NUM!", "#N/A", "#DIV/0!", "#NAME?", "#NULL!", "#REF!"]);

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadFunctionsBundle(LONG ? "main" : "isolated");
});

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

/** Values a parameter of this name accepts (so the computing paths are reached), by declared name. */
function plausible(param: Param<unknown>): fc.Arbitrary<unknown> {
  if (param.allowed) return fc.oneof(fc.constantFrom(...param.allowed), fc.constantFrom(...param.allowed).map((v) => v.toUpperCase()), fc.constant(null));
  switch (param.name) {
    case "gigawatts": case "gw_per_period":
      return fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constantFrom("1,5", "0,75", "10", "2.5"));
    case "accelerators": return fc.double({ min: 0, max: 1e9, noNaN: true });
    case "system": return fc.oneof(fc.constantFrom(...systemNames), fc.constant(null));
    case "deal": return fc.oneof(fc.constantFrom(...dealNames), fc.array(fc.array(fc.constantFrom(...dealNames, null), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }));
    case "pue": return fc.oneof(fc.double({ min: 1, max: 5, noNaN: true }), fc.constant(null));
    case "utilization": return fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null));
    case "usd_per_mwh": return fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constant(null));
    case "date": case "from": case "to": case "start": case "end":
      return fc.oneof(fc.integer({ min: 2024, max: 2034 }), fc.integer({ min: 45292, max: 49000 }), fc.constantFrom(...dates), fc.constant(null));
    case "scenario": return fc.constant(null);
    default: return scalar;
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

describe.each(FUNCTION_DEFS.map((d) => [d.id, d.params.length] as const))("GW.%s never breaks the contract", (id, arity) => {
  test(`${CALLS_PER_FUNCTION.toLocaleString("en-US")} generated calls`, () => {
    const def = FUNCTION_DEFS.find((d) => d.id === id)!;
    const fn = bundle.byId.get(id) as Fn;
    const RuntimeError = bundle.runtime.Error;
    const counts = { calls: 0, values: 0, errors: 0 };
    // Excel passes every declared argument, null where omitted; each is plausible or anything at all.
    const args = fc.tuple(...def.params.map((p) => fc.oneof({ weight: 3, arbitrary: plausible(p) }, { weight: 1, arbitrary: argument })));
    fc.assert(fc.property(args, (a) => {
      counts.calls++;
      try {
        counts[checkCall(fn, a, RuntimeError) === "value" ? "values" : "errors"]++;
      } catch (problem) {
        throw new Error(`GW.${id}(${JSON.stringify(a).slice(0, 300)}) ${(problem as Error).message}`, { cause: problem });
      }
    }), { numRuns: CALLS_PER_FUNCTION, seed: SEED });
    summary[id] = { ...counts, failures: 0 };
    expect(counts.calls).toBe(CALLS_PER_FUNCTION);
    // The generators reach the computing paths, not only the argument errors.
    if (arity === 0 || LONG) expect(counts.values).toBeGreaterThan(0);
  });
});
