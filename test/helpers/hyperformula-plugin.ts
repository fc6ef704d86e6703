/**
 * The GW functions as a HyperFormula plugin: each formula calls the function Excel calls — what
 * `CustomFunctions.associate` received in the built bundle (test/helpers/registered.ts) — with every
 * declared argument, null where omitted, so HyperFormula exercises the real entry points, coercion,
 * model and errors end to end inside a real formula engine (references, recalculation, spills, SUM
 * over spills). The declarations only say which functions exist and which spill.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { AnyFunctionDef, Result } from "../../src/functions/define";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { loadRegistered } from "./registered";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#NUM!": ErrorType.NUM, "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME, "#REF!": ErrorType.REF,
};
const ERROR_CODES = Object.fromEntries(Object.entries(ERROR_TYPES).map(([code, type]) => [type, code]));

/** HyperFormula's internal values → what Excel passes to a custom function. */
function toExcelArgument(value: unknown): unknown {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toExcelArgument));
  if (value instanceof CellError) return { code: ERROR_CODES[value.type] ?? "#VALUE!" };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // RichNumber
  return value;
}

function run(def: AnyFunctionDef, args: unknown[]): Result | CellError {
  const registered = loadRegistered();
  const fn = registered.byId.get(def.id);
  if (fn === undefined) throw new Error(`GW.${def.id} is not registered`);
  const excelArgs = def.params.map((_, i) => toExcelArgument(args[i]));
  try {
    return fn(...excelArgs) as Result;
  } catch (error) {
    if (error instanceof registered.RuntimeError) return new CellError(ERROR_TYPES[error.code] ?? ErrorType.VALUE, error.message);
    throw error;
  }
}

interface LiteralAst { type: string; value?: unknown; value2?: unknown }

/** Spill size must be known before evaluation (as for SEQUENCE): evaluate with the formula's literals. */
function literalArgs(asts: LiteralAst[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const ast of asts) {
    if (ast.type === "NUMBER" || ast.type === "STRING") values.push(ast.value);
    else if (ast.type === "EMPTY") values.push(null);
    else if (ast.type === "FUNCTION_CALL" && /^(TRUE|FALSE)$/.test((ast as unknown as { procedureName: string }).procedureName)
      && (ast as unknown as { args: unknown[] }).args.length === 0) values.push((ast as unknown as { procedureName: string }).procedureName === "TRUE");
    else if (ast.type === "ARRAY") {
      // An array constant ({"name","gw";"A",1}): its rows of literals, as Excel passes a range.
      const rows = (ast as unknown as { args: LiteralAst[][] }).args.map((row) => literalArgs(row));
      if (rows.some((row) => row === undefined)) return undefined;
      values.push(rows);
    }
    else if (ast.type === "MINUS_UNARY_OP" && (ast as unknown as { value: LiteralAst }).value.type === "NUMBER") {
      values.push(-((ast as unknown as { value: { value: number } }).value.value));
    } else return undefined;
  }
  return values;
}

export const GW_FUNCTION_NAMES = FUNCTION_DEFS.map((def) => `GW.${def.id}`);

export class GigawattPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(FUNCTION_DEFS.map((def) => [
    `GW.${def.id}`,
    {
      method: `gw_${def.id}`,
      ...(def.result === "matrix" ? { sizeOfResultArrayMethod: `gw_${def.id}_size`, vectorizationForbidden: true } : {}),
      parameters: def.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
    },
  ]));

  runGw(def: AnyFunctionDef, ast: ProcedureAst, state: InterpreterState) {
    if (ast.args.length > def.params.length) return new CellError(ErrorType.NA, "Wrong number of arguments.");
    return this.runFunction(ast.args, state, this.metadata(`GW.${def.id}`), (...args: unknown[]) => {
      const result = run(def, args);
      return Array.isArray(result) ? SimpleRangeValue.onlyValues(result) : result;
    });
  }
}

for (const def of FUNCTION_DEFS) {
  const proto = GigawattPlugin.prototype as unknown as Record<string, unknown>;
  proto[`gw_${def.id}`] = function (this: GigawattPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.runGw(def, ast, state);
  };
  if (def.result === "matrix") {
    proto[`gw_${def.id}_size`] = function (ast: { args: LiteralAst[] }) {
      const args = literalArgs(ast.args);
      if (args === undefined) return ArraySize.error();
      const result = run(def, args);
      return Array.isArray(result) ? new ArraySize(result[0].length, result.length) : ArraySize.scalar();
    };
  }
}

let registered = false;

/** A HyperFormula instance with the GW plugin registered (once per process). */
export function buildEngine(sheet: unknown[][] = [[]]): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(GigawattPlugin, { enGB: Object.fromEntries(GW_FUNCTION_NAMES.map((n) => [n, n])) });
    registered = true;
  }
  return HyperFormula.buildFromArray(sheet as never, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    // Excel keeps full doubles in cells; HyperFormula would round output to 10 digits by default.
    smartRounding: false,
  });
}
