/** The formula table through the registered entry points, with arguments as Excel passes them. */
import fixture from "../fixtures/formulas.json";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { invoke } from "../../src/functions/define";
import { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import { expectFormulaResult, parseFormula, type FormulaCase } from "../helpers/formula";

const cases = fixture.cases as FormulaCase[];

function call(formula: string): { value?: unknown; error?: StubCustomFunctionsError } {
  const { id, args } = parseFormula(formula);
  const def = FUNCTION_DEFS.find((d) => d.id === id);
  if (def === undefined) throw new Error(`No function ${id}`);
  if (args.length > def.params.length) throw new Error(`Too many arguments in ${formula}`);
  // Excel passes null for every omitted trailing optional argument too.
  const padded = [...args, ...Array(def.params.length - args.length).fill(null)];
  try {
    return { value: invoke(def, padded) };
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { error };
    throw error;
  }
}

test.each(cases.map((c) => [c.formula, c] as const))("%s", (_formula, c) => {
  expectFormulaResult(c, call(c.formula));
});
