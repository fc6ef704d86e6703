/**
 * The contract between functions.json (what Excel reads) and the bundle (what Excel runs): every id
 * is associated exactly once, nothing else is, every function and parameter is described, declared
 * parameters match the generated ones, and omitted optionals (null) are accepted.
 */
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import { loadFunctionsBundle, readMetadata, type LoadedBundle } from "../helpers/bundle";
import { parseFormula, type FormulaCase } from "../helpers/formula";
import fixture from "../fixtures/formulas.json";

const metadata = readMetadata();
let bundle: LoadedBundle;

beforeAll(() => {
  bundle = loadFunctionsBundle();
});

test("every id in functions.json is associated exactly once, and nothing else is", () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  const associated = bundle.runtime.associations.map((a) => a.id).sort();
  expect(associated).toEqual(ids);
  expect(new Set(associated).size).toBe(associated.length);
  for (const { fn } of bundle.runtime.associations) expect(typeof fn).toBe("function");
});

test("the generated ids are exactly the declared functions", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(FUNCTION_DEFS.map((d) => d.id).sort());
});

test("every function and every parameter has a description", () => {
  for (const f of metadata.functions) {
    expect({ id: f.id, description: (f.description ?? "").length > 10 }).toEqual({ id: f.id, description: true });
    for (const p of f.parameters) {
      expect({ id: f.id, param: p.name, described: (p.description ?? "").length > 5 }).toEqual({ id: f.id, param: p.name, described: true });
    }
  }
});

describe.each(FUNCTION_DEFS.map((d) => [d.id, d] as const))("%s", (id, def) => {
  const meta = metadata.functions.find((f) => f.id === id);

  test("declared parameters match the generated metadata (name, order, optional, range)", () => {
    expect(meta).toBeDefined();
    expect(meta!.parameters.map((p) => ({ name: p.name, optional: p.optional === true, matrix: p.dimensionality === "matrix" }))).toEqual(
      def.params.map((p) => ({ name: p.name, optional: p.optional, matrix: p.matrix === true })));
  });

  test("required parameters come before optional ones", () => {
    const optional = def.params.map((p) => p.optional);
    expect(optional).toEqual([...optional].sort((a, b) => Number(a) - Number(b)));
  });

  test("result shape matches the metadata", () => {
    expect(meta!.result.dimensionality === "matrix" ? "matrix" : "scalar").toBe(def.result);
  });

  test("omitted optional arguments arrive as null and are accepted", () => {
    const fn = bundle.byId.get(id)!;
    const sample = requiredSample(def);
    expect(sample).toBeDefined(); // completeness.test.ts names the missing example
    const required = sample ?? [];
    const args = [...required, ...def.params.slice(required.length).map(() => null)];
    const result = fn(...args);
    expect(isExcelValue(result)).toBe(true);
  });
});

/**
 * The required arguments of the function's first example that returns a value (test/fixtures/formulas.json),
 * as Excel passes them: a range parameter gets a 2-D array even for one cell.
 */
function requiredSample(def: (typeof FUNCTION_DEFS)[number]): unknown[] | undefined {
  const example = (fixture.cases as FormulaCase[]).find((c) => c.error === undefined && parseFormula(c.formula).id === def.id);
  if (example === undefined) return undefined;
  const required = def.params.filter((p) => !p.optional);
  return parseFormula(example.formula).args.slice(0, required.length).map((arg, i) => (required[i].matrix && !Array.isArray(arg) ? [[arg]] : arg));
}

function isExcelValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return true;
  return Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row) && row.length === value[0].length && row.every(isExcelValue));
}

test("errors reach Excel as the runtime's CustomFunctions.Error with a code and a message", () => {
  const fn = bundle.byId.get("ACCELERATORS")!;
  let thrown: unknown;
  try {
    fn(1, "GB3000", null, null, null, null);
  } catch (error) {
    thrown = error;
  }
  // The bundle runs in its own VM context, so the class is the one that context was given.
  expect(thrown).toBeInstanceOf(StubCustomFunctionsError);
  expect((thrown as StubCustomFunctionsError).code).toBe("#N/A");
  expect((thrown as StubCustomFunctionsError).message).toMatch(/Unknown system "GB3000"\. Did you mean "GB300"\?/);
});
