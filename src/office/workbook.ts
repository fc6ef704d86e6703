/**
 * What the task pane needs from a workbook. Two adapters implement it: Excel through Office.js
 * (excel-workbook.ts) and the standalone preview's in-browser workbook (taskpane/preview-workbook.ts).
 */
import type { NumberCulture } from "../model/number-text";

export type Cell = string | number;

export interface TableSpec {
  /** The chart's title and the table's name (sanitised; plain text). */
  readonly title: string;
  /** What the new sheet is named after; the scenario is kept whole, the subject shortened by words. */
  readonly sheet: SheetTitle;
  /** Column headers, already in the pane's language. */
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** One Excel number format per column (en-US codes, as Range.numberFormat takes them), e.g. "0", "yyyy-mm-dd". */
  readonly numberFormats: readonly string[];
  /** Add a native chart of the columns after the first, against the first. */
  readonly chart: boolean;
  /** How many columns from the left the chart shows (default: all); columns in other units stay out of it. */
  readonly chartColumns?: number;
}

export interface SheetTitle {
  readonly subject: string;
  /** A shorter form of the subject, tried before cutting words ("OpenAI–AMD" for "OpenAI–AMD (6 GW Instinct)"). */
  readonly shortSubject?: string;
  readonly scenario?: string;
}

/** Where values-only applies: the selection in place, or a new copy of the active sheet. */
export type ValuesScope = "selection" | "sheet-copy";

export interface Workbook {
  readonly kind: "excel" | "preview";
  /**
   * Everything Gigawatt keeps in the workbook's settings, as stored text by key (keys start with
   * "gigawatt."; see src/model/scenario-store.ts). Read fresh each time: co-authors change them.
   */
  loadSettings(): Promise<Record<string, string>>;
  /** Writes these settings in one batch (null removes one); the workbook's other settings are left alone. */
  saveSettings(changes: Readonly<Record<string, string | null>>): Promise<void>;
  /**
   * Calls `listener` whenever the settings change (a co-author saved). Resolves false where the host
   * cannot tell; the pane then reloads periodically. Optional for workbooks no one else edits.
   */
  watchSettings?(listener: () => void): Promise<boolean>;
  /** Writes a table (and chart) on a new sheet; returns where, e.g. "'OpenAI–AMD'!A1:B5". */
  insertTable(spec: TableSpec): Promise<string>;
  /**
   * "New plan": a GW.PLAN tranche table (real Excel table, drop-downs, date formats) on a new sheet with
   * the formula and a chart beside it (src/office/plan-template.ts); returns the table's address.
   */
  insertPlan?(title: string): Promise<string>;
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

/** The settings Gigawatt owns: "gigawatt.scenarios" (header, or an older add-in's whole document) and "gigawatt.scenario.<id>". */
export const SETTINGS_PREFIX = "gigawatt.";

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

const SHEET_NAME_MAX = 31;

/** Characters Excel refuses in sheet names, and blanks: spaces. A leading or trailing apostrophe is refused too. */
function cleanSheetText(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
}

/**
 * The longest run of whole words of `text` within `max` characters; words end at spaces and dashes.
 * Empty when not even the first word fits (unless `hard`, which cuts: the last resort for a single long word).
 */
export function fitWords(text: string, max: number, hard = false): string {
  if (text.length <= max) return text;
  let end = -1;
  for (let i = 1; i <= max; i++) if (/[\s–—-]/u.test(text[i] ?? " ") || i === text.length) end = i;
  let words = end > 0 ? text.slice(0, end) : hard ? text.slice(0, max) : "";
  // No half of a bracket, no dangling separator where the words stop.
  if ((words.match(/\(/g) ?? []).length > (words.match(/\)/g) ?? []).length) words = words.slice(0, words.lastIndexOf("("));
  return words.replace(/[\s–—\-,;(]+$/u, "").trim() || (hard ? text.slice(0, max).trim() : "");
}

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not blank; unique among `taken`.
 * "Subject – Scenario": the scenario's name is kept whole where it fits; the subject gives way first
 * (its short form, then whole words); nothing is cut inside a word unless a single word is too long.
 */
export function safeSheetName(title: SheetTitle | string, taken: readonly string[]): string {
  const t = typeof title === "string" ? { subject: title } : title;
  const scenario = cleanSheetText(t.scenario ?? "");
  const subjects = [...new Set([t.subject, t.shortSubject ?? t.subject].map(cleanSheetText))];
  const lower = new Set(taken.map((x) => x.toLowerCase()));
  const compose = (room: number): string => {
    if (scenario === "") return fitWords(subjects.find((s) => s.length <= room) ?? subjects[subjects.length - 1], room, true) || "Gigawatt";
    const keptScenario = fitWords(scenario, room, true);
    const subjectRoom = room - keptScenario.length - 3;
    if (subjectRoom < 3) return keptScenario;
    const subject = subjects.find((s) => s.length <= subjectRoom) ?? fitWords(subjects[subjects.length - 1], subjectRoom);
    return subject ? `${subject} – ${keptScenario}` : keptScenario;
  };
  const base = compose(SHEET_NAME_MAX) || "Gigawatt";
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${compose(SHEET_NAME_MAX - suffix.length) || "Gigawatt"}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
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
