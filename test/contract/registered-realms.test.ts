/**
 * The source realm (test/helpers/registered.ts) stands in for the bundle in mutation runs, so it must
 * be the bundle's equal: the same ids associated with functions of the same arity, the same metadata,
 * and the same answer (value or error code and message) to every formula of the table.
 */
import fixture from "../fixtures/formulas.json";
import { parseFormula, type FormulaCase } from "../helpers/formula";
import { callRegistered, loadRegistered } from "../helpers/registered";
import { usesFixtureScenario } from "../helpers/scenarios";

const bundle = loadRegistered("bundle");
const source = loadRegistered("src");

test("both realms associate the same ids with functions of the same arity", () => {
  const arity = (r: typeof bundle) => [...r.byId].map(([id, fn]) => [id, fn.length]).sort();
  expect(arity(source)).toEqual(arity(bundle));
  expect(source.byId.size).toBe(bundle.metadata.length);
});

test("both realms describe the functions alike (ids, names, parameters, result shape)", () => {
  const shape = (r: typeof bundle) => r.metadata.map((f) => ({
    id: f.id, name: f.name, parameters: f.parameters.map((p) => [p.name, p.optional === true, p.dimensionality ?? "scalar"]),
    result: f.result.dimensionality ?? "scalar",
  }));
  expect(shape(source)).toEqual(shape(bundle));
});

test("both realms answer every formula of the table alike", () => {
  const differences: string[] = [];
  for (const c of (fixture.cases as FormulaCase[]).filter((c) => !usesFixtureScenario(c.formula))) {
    const { id, args } = parseFormula(c.formula);
    const [a, b] = [callRegistered(bundle, id, args), callRegistered(source, id, args)];
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${c.formula}: bundle ${JSON.stringify(a).slice(0, 120)}, source ${JSON.stringify(b).slice(0, 120)}`);
  }
  expect(differences).toEqual([]);
});
