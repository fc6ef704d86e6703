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
import { catalogOf, type Scenario } from "./scenarios";
import { type Catalog, CURRENT_CATALOG } from "../model/catalog";
import { NamedSystem, resolveNamedSystem } from "./system-arg";
import { dataTypesSupported, formatted, formattedTable, plainArg } from "./cell-values";

export type Cell = number | string;
export type Result = Cell | Cell[][];

/**
 * What a function returns, for the docs and for Excel's number formats (cell-values.ts): "gw", "usd",
 * "count" (a quantity shown with separators), "date" (an Excel serial), "number" (any other quantity,
 * unformatted), "text", "value" (a number, date or text depending on the arguments; `formatAs` says
 * which), "table" (a spilled table with a header row; columns formatted by header) or "entity" (a card
 * where data types are supported, else its display name).
 */
export type ResultKind = "gw" | "usd" | "count" | "date" | "number" | "text" | "value" | "table" | "entity";

/** What Excel receives: plain cells, or data types (formatted numbers, entity cards) where supported. */
export type ExcelResult = Result | Excel.CellValue | unknown[][];

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
  /** For kind "value" (or to refine "number"): the kind of this call's result, e.g. SPEC's "available" is a date. */
  readonly formatAs?: (...args: ArgsOf<P>) => ResultKind | undefined;
  /** For kind "entity": the card (compute gives the display name for hosts without data types). */
  readonly entity?: (...args: ArgsOf<P>) => Excel.EntityCellValue;
}

/** Any declared function, whatever its parameter types: what the runner, registry and tests handle. */
export interface AnyFunctionDef {
  readonly id: string;
  readonly description: string;
  readonly params: readonly Param<unknown>[];
  readonly result: "scalar" | "matrix";
  readonly returns: Returns;
  readonly compute: (...args: never[]) => Result;
  readonly formatAs?: (...args: never[]) => ResultKind | undefined;
  readonly entity?: (...args: never[]) => Excel.EntityCellValue;
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

const scenarioIndexes = new WeakMap<AnyFunctionDef, number>();

/** Where a function takes its scenario argument (-1: none), looked up once per declaration. */
function scenarioIndex(def: AnyFunctionDef): number {
  let index = scenarioIndexes.get(def);
  if (index === undefined) scenarioIndexes.set(def, (index = def.params.findIndex((p) => p.kind === "scenario")));
  return index;
}

/** The checked result as data types: a card, formatted numbers by kind, a table by column header. */
function present(def: AnyFunctionDef, result: Result, args: unknown[]): ExcelResult {
  if (def.entity !== undefined) return (def.entity as (...a: unknown[]) => Excel.EntityCellValue)(...args);
  if (Array.isArray(result)) return formattedTable(result);
  if (typeof result !== "number") return result;
  const kind = def.formatAs !== undefined ? (def.formatAs as (...a: unknown[]) => ResultKind | undefined)(...args) : def.returns.kind;
  return formatted(kind, result);
}

/**
 * Runs a function as Excel calls it; throws only CustomFunctions.Error. Where the host supports data
 * types the result is presented as them (cell-values.ts); elsewhere it is the plain checked result.
 */
export function invoke(def: AnyFunctionDef, raw: readonly unknown[]): ExcelResult {
  try {
    const params = def.params;
    const args = new Array<unknown>(params.length);
    const plain = (i: number) => {
      const value = raw[i];
      return typeof value === "object" && value !== null ? plainArg(value) : value;
    };
    // The scenario is read first: its pinned catalog version is what systems and deals resolve in. Its
    // error (an unknown scenario, a version not kept) is thrown in its own position, so an earlier
    // argument's error still wins, as Excel reads arguments left to right.
    const at = scenarioIndex(def);
    let catalog: Catalog = CURRENT_CATALOG;
    let scenarioError: unknown;
    if (at >= 0) {
      try {
        args[at] = params[at].coerce(plain(at));
        catalog = catalogOf(args[at] as Scenario);
      } catch (error) {
        scenarioError = error;
      }
    }
    let named = false;
    for (let i = 0; i < params.length; i++) {
      if (i === at) {
        if (scenarioError !== undefined) throw scenarioError;
        continue;
      }
      args[i] = params[i].coerce(plain(i), catalog);
      if (args[i] instanceof NamedSystem) named = true;
    }
    if (named) resolveNamedSystems(params, args);
    const result = checkResult((def.compute as (...a: unknown[]) => Result)(...args), def.result);
    return dataTypesSupported() ? present(def, result, args) : result;
  } catch (error) {
    throw toExcelError(error);
  }
}
