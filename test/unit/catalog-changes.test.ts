/**
 * GW.CHANGES, run as Excel calls it (invoke on the registered declaration). Expected rows were read
 * by hand from the two versions' data files; the row count comes from a naive recursive diff of the
 * JSON files written here, independent of src/model/catalog/changes.ts.
 */
import { invoke } from "../../src/functions/define";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { CATALOG_VERSION } from "../../src/model/catalog";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with webpack.config.js
const { readVersion } = require("../../scripts/catalog-validate");
const OLD = "2026.11.0";
const NEW = "2026.11.1";
const HEADER = ["Item", "Field", "Old", "New", "Source"];

function changes(...args: unknown[]): unknown {
  const def = FUNCTION_DEFS.find((d) => d.id === "CHANGES")!;
  return invoke(def, [...args, ...Array(def.params.length - args.length).fill(null)]);
}

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
  throw new Error("expected an Excel error");
}

test("hand-picked changes from 2026.11.0 to 2026.11.1 are rows of the table", () => {
  const table = changes(OLD, NEW) as unknown[][];
  expect(table[0]).toEqual(HEADER);
  expect(table).toEqual(expect.arrayContaining([
    // vera-rubin-nvl72.json: fp4Pflops.base 50 (S39) → 35 (reportify-2026-01-rubin-50-35)
    ["system vera-rubin-nvl72", "fp4Pflops.base", 50, 35, "reportify-2026-01-rubin-50-35"],
    // vera-rubin-nvl72.json: systemKw.base 190 → 230
    ["system vera-rubin-nvl72", "systemKw.base", 190, 230, "regantih-nvl72-drills"],
    // openai-nvidia.json: the third tranche ends a year earlier and moves to Vera Rubin (not a figure: no source)
    ["deal openai-nvidia", "tranches[2].end", "2029-12-31", "2028-12-31", ""],
    ["deal openai-nvidia", "tranches[2].system", "rubin-ultra-nvl576", "vera-rubin-nvl72", ""],
    // h100-hgx.json exists only in 2026.11.1: one row, its name in New
    ["system h100-hgx", "", "", expect.stringContaining("H100"), ""],
  ]));
});

test("the default to_version is the current one, and a version against itself is only the header", () => {
  expect(changes(OLD)).toEqual(changes(OLD, CATALOG_VERSION));
  expect(changes(NEW, NEW)).toEqual([HEADER]);
  expect(changes(OLD, OLD)).toEqual([HEADER]);
});

test("an overlay version's changes: OpenAI–AWS's low price per GW covers the '$100B in total' reading (2026.11.1 → 2026.11.2)", () => {
  // Read by hand from the two versions' deals/openai-aws.json: low 53,076,923,077 → 38,461,538,462 ($100B ÷ 2.6 GW).
  expect(changes(NEW, "2026.11.2")).toEqual(expect.arrayContaining([
    ["deal openai-aws", "contractUsdPerGigawatt.low", 53076923077, 38461538462, "tomshardware-2026-02-27-amazon-50b-trainium"],
  ]));
});

test("going backwards swaps Old and New", () => {
  const back = changes(NEW, OLD) as unknown[][];
  expect(back).toEqual(expect.arrayContaining([["system vera-rubin-nvl72", "fp4Pflops.base", 35, 50, "S39"], ["system h100-hgx", "", expect.stringContaining("H100"), "", ""]]));
});

test("an unknown version is #N/A naming the kept versions", () => {
  for (const args of [["2025.1.0"], [OLD, "2099.1.0"]]) {
    expect(failure(() => changes(...args))).toEqual({ code: "#N/A", message: expect.stringMatching(/not a kept catalog version.*2026\.11\.0, 2026\.11\.1/) });
  }
  expect(failure(() => changes())).toMatchObject({ code: "#VALUE!" });
});

// ---- the independent count: a naive recursive diff of the JSON files ----

type J = unknown;
const isObj = (x: J): x is Record<string, J> => x !== null && typeof x === "object" && !Array.isArray(x);
const isContainer = (x: J): boolean => Array.isArray(x) || isObj(x);
const size = (x: J): number => (Array.isArray(x) ? x.length : Object.keys(x as object).length);

/** How many leaves a value has (an empty list or object counts as one leaf). */
function leaves(x: J): number {
  if (x === undefined) return 0;
  if (!isContainer(x) || size(x) === 0) return 1;
  return Object.values(x as object).reduce((n: number, v: J) => n + leaves(v), 0);
}

/** Leaves whose value differs between a and b (a leaf present on one side only counts once). */
function diffCount(a: J, b: J): number {
  if (JSON.stringify(a) === JSON.stringify(b)) return 0;
  const bothLists = Array.isArray(a) && Array.isArray(b);
  const bothObjects = isObj(a) && isObj(b);
  if ((bothLists || bothObjects) && size(a) > 0 && size(b) > 0) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    let n = 0;
    for (const k of keys) n += diffCount((a as Record<string, J>)[k], (b as Record<string, J>)[k]);
    return n;
  }
  if (!isContainer(a) && !isContainer(b) && a !== undefined && b !== undefined) return 1;
  if (a !== undefined && b !== undefined && leaves(a) === 1 && leaves(b) === 1) return 1; // e.g. [] → 3
  return leaves(a) + leaves(b);
}

/** A version's items as its files resolve (scripts/catalog-validate.js: an overlay laid over its predecessor). */
function items(version: string): Map<string, J> {
  const data = readVersion(version) as { systems: Array<[string, J]>; deals: Array<[string, J]>; assumptions: J[]; sources: J[] };
  const map = new Map<string, J>();
  for (const kind of ["systems", "deals"] as const) for (const [, item] of data[kind]) map.set(`${kind}:${String((item as Record<string, J>).key)}`, item);
  for (const [kind, id] of [["assumptions", "key"], ["sources", "id"]] as const) {
    for (const item of data[kind] as Record<string, J>[]) map.set(`${kind}:${String(item[id])}`, item);
  }
  return map;
}

test("the number of rows equals a naive recursive diff of the two versions' files", () => {
  const a = items(OLD);
  const b = items(NEW);
  let expected = 0;
  for (const id of new Set([...a.keys(), ...b.keys()])) expected += a.has(id) && b.has(id) ? diffCount(a.get(id), b.get(id)) : 1;
  expect(expected).toBeGreaterThan(100);
  expect((changes(OLD, NEW) as unknown[][]).length - 1).toBe(expected);
});
