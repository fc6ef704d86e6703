/**
 * What the task pane needs from a workbook. Two adapters implement it: Excel through Office.js
 * (excel-workbook.ts) and the standalone preview's in-browser workbook (taskpane/preview-workbook.ts).
 */
import type { NumberCulture } from "../model/number-text";

export type Cell = string | number;

export interface TableSpec {
  /** Used for the new sheet's name, the table's name and the chart's title (sanitised; plain text). */
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** One Excel number format per column, e.g. "0", "#,##0.00", "$#,##0". */
  readonly numberFormats: readonly string[];
  /** Add a native chart of the columns after the first, against the first. */
  readonly chart: boolean;
}

/** Where values-only applies: the selection in place, or a new copy of the active sheet. */
export type ValuesScope = "selection" | "sheet-copy";

export interface Workbook {
  readonly kind: "excel" | "preview";
  /** The stored scenario document (JSON text) or null when the workbook has none. */
  loadScenarios(): Promise<string | null>;
  /** Replaces the stored document in one write, so a reader never sees half of it. */
  saveScenarios(json: string): Promise<void>;
  /** Writes a table (and chart) on a new sheet; returns where, e.g. "'OpenAI–AMD'!A1:B5". */
  insertTable(spec: TableSpec): Promise<string>;
  /** Enters a formula in the active cell; returns its address. */
  insertFormula(formula: string): Promise<string>;
  /** Turns GW.* formulas into their values, leaving a note; returns how many cells changed. */
  valuesOnly(scope: ValuesScope, note: string): Promise<number>;
  /** Re-enters GW.* formulas Excel left as #NAME? or _xldudf_ before the add-in loaded; returns how many. */
  repairFormulas(): Promise<number>;
  /**
   * The workbook's number culture (decimal mark, thousands separator), or undefined when it cannot
   * be known. Optional: a workbook without it is read in the pane's language.
   */
  numberCulture?(): Promise<NumberCulture | undefined>;
  /** Recalculates so formulas that use an edited scenario show its numbers. */
  recalculate(): Promise<void>;
}

export const SCENARIO_SETTING = "gigawatt.scenarios";

/** A GW.* call in a formula, whatever the case. */
export const GW_CALL = /(^|[^A-Za-z0-9_.])GW\.[A-Za-z]+\(/i;

/** Excel's placeholder for a custom function it did not know when the workbook opened. */
const UNRESOLVED = /(?:\[\d+\]!)?_xldudf_GW_([A-Za-z]+)\(/gi;

export function repairFormula(formula: string): string {
  return formula.replace(UNRESOLVED, (_match, name: string) => `GW.${name.toUpperCase()}(`);
}

export function needsRepair(formula: unknown, value: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return /_xldudf_GW_/i.test(formula) || (value === "#NAME?" && GW_CALL.test(formula));
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not blank; unique among `taken`. */
export function safeSheetName(title: string, taken: readonly string[]): string {
  const base = title.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 28) || "Gigawatt";
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${base.slice(0, 27 - String(i).length)} (${i})`;
  return name;
}

/** Excel table names: a letter or underscore first, then letters, digits, underscores; at most 255. */
export function safeTableName(title: string): string {
  const cleaned = title.normalize("NFKD").replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return ("GW_" + cleaned).slice(0, 60);
}

/** "A1:C12" for a block of rows × columns starting at A1. */
export function blockAddress(rows: number, columns: number): string {
  let column = "";
  for (let n = columns; n > 0; n = Math.floor((n - 1) / 26)) column = String.fromCharCode(65 + ((n - 1) % 26)) + column;
  return `A1:${column}${rows}`;
}
