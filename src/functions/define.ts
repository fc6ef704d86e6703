/**
 * One declaration per GW function (defineFunction) and the one runner every call goes through (invoke):
 * coerce each raw argument through its declared parameter, run the computation, check the result is
 * something Excel can show, and turn any failure into a CustomFunctions.Error with a message.
 * functions.json, the README reference and the help pages are generated from the declarations
 * (metadata.ts); functions.ts registers every declaration in registry.ts. See CONTRIBUTING.md.
 */
import { messages } from "../i18n/messages";
import { SMALLEST_NORMAL, flushTiny } from "./coerce";
import { numError, toExcelError, valueError } from "./errors";
import type { Param } from "./params";
import type { Scenario } from "./scenarios";
import { NamedSystem, resolveNamedSystem } from "./system-arg";

export type Cell = number | string;
export type Result = Cell | Cell[][];

/**
 * What a function returns, for the docs and for Excel's number formats: "gw", "usd", "count" (a whole
 * quantity with separators), "date" (an Excel serial), "number" (any other quantity), "text", "value"
 * (a number, date or text depending on the arguments) or "table" (a spilled table with a header row).
 */
export type ResultKind = "gw" | "usd" | "count" | "date" | "number" | "text" | "value" | "table";

export interface Returns {
  readonly kind: ResultKind;
  /** One line for the docs and help pages: what the value is and its unit. */
  readonly description: string;
}

type ArgsOf<P extends readonly Param<unknown>[]> = { -readonly [K in keyof P]: P[K] extends Param<infer T> ? T : never };

export interface FunctionDef<P extends readonly Param<unknown>[]> {
  /** The id in functions.json (without the GW. namespace). Public API: never change, alias instead. */
  readonly id: string;
  /** What Excel shows for the function (English; German in src/i18n/functions.de.json). */
  readonly description: string;
  /** Required parameters first; new ones only at the end (public API). */
  readonly params: P;
  /** "matrix" for a spilled table, else "scalar". */
  readonly result: "scalar" | "matrix";
  readonly returns: Returns;
  readonly compute: (...args: ArgsOf<P>) => Result;
}

/** Any declared function, whatever its parameter types: what the runner, registry and tests handle. */
export interface AnyFunctionDef {
  readonly id: string;
  readonly description: string;
  readonly params: readonly Param<unknown>[];
  readonly result: "scalar" | "matrix";
  readonly returns: Returns;
  readonly compute: (...args: never[]) => Result;
}

export function defineFunction<const P extends readonly Param<unknown>[]>(def: FunctionDef<P>): FunctionDef<P> {
  return Object.freeze(def);
}

function checkCell(value: unknown): Cell {
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return flushTiny(value) === 0 ? 0 : value; // no -0 or subnormal in a cell, as in Excel
    throw numError(messages().resultNotFinite());
  }
  throw valueError(`Gigawatt internal error: a result cell is ${value === null ? "null" : typeof value}.`);
}

function checkResult(result: Result, kind: "scalar" | "matrix"): Result {
  if (kind === "scalar") {
    if (Array.isArray(result)) throw valueError("Gigawatt internal error: a table where one value was expected.");
    return checkCell(result);
  }
  return checkTable(result);
}

/** A non-empty rectangle of finite numbers and text, normalised as Excel stores them (no -0, no subnormals). */
export function checkTable(result: Result): Cell[][] {
  if (!Array.isArray(result) || result.length === 0) throw valueError("Gigawatt internal error: an empty table.");
  const width = result[0].length;
  for (let r = 0; r < result.length; r++) {
    const row = result[r];
    if (!Array.isArray(row) || row.length !== width || width === 0) throw valueError("Gigawatt internal error: a ragged table.");
    for (let i = 0; i < width; i++) {
      const cell = row[i];
      // Most cells are ordinary: only touch the ones that need Excel's normalisation or are invalid.
      if (typeof cell === "string" || (typeof cell === "number" && (cell >= SMALLEST_NORMAL || cell <= -SMALLEST_NORMAL) && cell - cell === 0)) continue;
      const normal = checkCell(cell);
      if (!Object.is(normal, cell)) row[i] = normal;
    }
  }
  return result;
}

/** A system named neither in the catalog nor yet resolved: the scenario argument's custom systems decide (system-arg.ts). */
function resolveNamedSystems(params: readonly Param<unknown>[], args: unknown[]): void {
  const scenario = args[params.findIndex((p) => p.kind === "scenario")] as Scenario | undefined;
  for (let i = 0; i < args.length; i++) if (args[i] instanceof NamedSystem) args[i] = resolveNamedSystem(args[i] as NamedSystem, scenario);
}

/** Runs a function as Excel calls it; throws only CustomFunctions.Error. */
export function invoke(def: AnyFunctionDef, raw: readonly unknown[]): Result {
  try {
    const params = def.params;
    const args = new Array<unknown>(params.length);
    let named = false;
    for (let i = 0; i < params.length; i++) {
      args[i] = params[i].coerce(raw[i]);
      if (args[i] instanceof NamedSystem) named = true;
    }
    if (named) resolveNamedSystems(params, args);
    return checkResult((def.compute as (...a: unknown[]) => Result)(...args), def.result);
  } catch (error) {
    throw toExcelError(error);
  }
}
