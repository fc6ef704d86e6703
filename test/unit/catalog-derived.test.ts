/**
 * The catalog's data files are the one source: each validates against catalog.schema.json, and
 * everything derived from them (types, the bundled index, canonical layout, fingerprints, golden
 * schedules) is up to date. A failure here says which command fixes it (npm run catalog).
 */
import { readFileSync } from "fs";
import path from "path";
import { changedFrozenVersions, derivedFiles, fingerprint, layout } from "../../scripts/catalog";
import golden from "../fixtures/schedules.json";
import recorded from "../fixtures/catalog-fingerprint.json";
import { CATALOG_VERSION, CATALOG_VERSIONS, DEALS, catalogAt } from "../../src/model/catalog";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with webpack.config.js
const { checkCatalog, loadSchema, readVersion, validate } = require("../../scripts/catalog-validate");

const ROOT = path.resolve(__dirname, "../..");

test("every data file of every version validates against catalog.schema.json", () => {
  expect(checkCatalog()).toEqual([]);
});

describe("the validator rejects what the schema forbids (so a pass means something)", () => {
  const schema = loadSchema();
  const [, system] = readVersion(CATALOG_VERSION).systems.find(([, s]: [string, { key: string }]) => s.key === "cerebras-cs3");
  const check = (value: unknown) => validate(schema, { $ref: "#/definitions/SystemSpec" }, value) as string[];

  test("a valid system passes", () => expect(check(system)).toEqual([]));
  test.each([
    ["a missing required field", () => { const copy = { ...system }; delete copy.bf16Pflops; return copy; }, /bf16Pflops is required/],
    ["an unknown field", () => ({ ...system, hbmGB: null }), /hbmGB: unknown field/],
    ["a figure kind outside the list", () => ({ ...system, systemKw: { ...system.systemKw, kind: "guess" } }), /systemKw.kind: must be one of/],
    ["a number as text", () => ({ ...system, systemKw: { ...system.systemKw, base: "23" } }), /systemKw/],
    ["a placeholder-free date in the wrong shape", () => ({ ...system, available: { ...system.available, low: "2024-3-13" } }), /available.low/],
    ["notApplicable for a field that is no figure", () => ({ ...system, notApplicable: { name: "x" } }), /notApplicable.name \(name\)/],
    ["an upper-case key", () => ({ ...system, key: "CS3" }), /\$.key/],
  ])("%s fails", (_what, make, message) => {
    expect(check(make()).join("\n")).toMatch(message);
  });
});

test("derived files are up to date (run npm run catalog)", () => {
  const stale = derivedFiles().filter(([file, text]) => readFileSync(file, "utf8") !== text).map(([file]) => path.relative(ROOT, file));
  expect(stale).toEqual([]);
});

test("the data files are in canonical layout, which parses back to the same data", () => {
  const value = { a: [1, 2], b: { low: 1, base: 2, high: 3, note: "x, \"y\"" }, c: [{ d: null }], e: "f" };
  expect(JSON.parse(layout(value))).toEqual(value);
});

test("released versions are frozen: their data still has the fingerprint recorded at release", () => {
  expect(changedFrozenVersions()).toEqual([]);
  for (const version of CATALOG_VERSIONS) expect({ version, sha256: fingerprint(version) }).toEqual({ version, sha256: (recorded.versions as Record<string, string>)[version] });
});

test("every deal with capacity in the current catalog has a golden schedule, and no golden table is orphaned", () => {
  const withCapacity = DEALS.filter((d) => d.tranches.length > 0).map((d) => d.key).sort();
  expect(golden.version).toBe(CATALOG_VERSION);
  expect(Object.keys(golden.yearly).sort()).toEqual(withCapacity);
  expect(Object.keys(golden.quarterly).sort()).toEqual(withCapacity);
});

test("every released version loads, with its own data", () => {
  for (const version of CATALOG_VERSIONS) {
    const catalog = catalogAt(version)!;
    expect(catalog.version).toBe(version);
    expect(catalog.systems.length).toBeGreaterThanOrEqual(12);
    expect(catalog.deals.length).toBeGreaterThanOrEqual(9);
  }
  expect(catalogAt("1999.1.0")).toBeUndefined();
});

test("the catalog's data cannot be changed at run time (a pinned version stays what it was)", () => {
  const system = catalogAt(CATALOG_VERSION)!.systems[0] as unknown as { systemKw: { base: number } };
  expect(() => { system.systemKw.base = 1; }).toThrow(TypeError);
});
