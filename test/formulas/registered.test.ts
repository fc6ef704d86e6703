/**
 * The formula table through the functions Excel calls: what `CustomFunctions.associate` received in the
 * built bundle (test/helpers/registered.ts), with arguments as Excel passes them — numbers, text, null
 * for every omitted argument, real values in every optional position.
 *
 * Formulas that name a stored scenario run where the scenarios can be stored as the pane stores them
 * (publishScenarios): the source realm, whose functions are the same JSDoc entry points associated by
 * the same parser. The bundle keeps its scenario store private to its shared runtime.
 */
import fixture from "../fixtures/formulas.json";
import { expectFormulaResult, parseFormula, type FormulaCase } from "../helpers/formula";
import { callRegistered, loadRegistered } from "../helpers/registered";
import { storeFixtureScenarios, usesFixtureScenario } from "../helpers/scenarios";

const cases = fixture.cases as FormulaCase[];

describe("through the bundle Excel loads", () => {
  const registered = loadRegistered();
  test.each(cases.filter((c) => !usesFixtureScenario(c.formula)).map((c) => [c.formula, c] as const))("%s", (_formula, c) => {
    const { id, args } = parseFormula(c.formula);
    expectFormulaResult(c, callRegistered(registered, id, args));
  });
});

describe("with the workbook's stored scenarios (source realm)", () => {
  const registered = loadRegistered("src");
  beforeAll(() => storeFixtureScenarios());
  test.each(cases.filter((c) => usesFixtureScenario(c.formula)).map((c) => [c.formula, c] as const))("%s", (_formula, c) => {
    const { id, args } = parseFormula(c.formula);
    expectFormulaResult(c, callRegistered(registered, id, args));
  });
});

test("the table gives a real value in every optional argument position of every function", () => {
  const missing: string[] = [];
  for (const f of loadRegistered().metadata) {
    f.parameters.forEach((p, i) => {
      const given = cases.some((c) => {
        const { id, args } = parseFormula(c.formula);
        return id === f.id && args[i] !== undefined && args[i] !== null && c.error === undefined;
      });
      if (!given) missing.push(`GW.${f.id} ${p.name}`);
    });
  }
  expect(missing).toEqual([]);
});
