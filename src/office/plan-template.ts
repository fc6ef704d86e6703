/**
 * "New plan": a tranche table for GW.PLAN on a new sheet — a real Excel table with its header, drop-down
 * lists of system keys and shapes, date formats on start and end, a 0–1 rule on probability — with the
 * PLAN formula spilling beside it and a chart of its result. What to write is plain data (planTemplate),
 * so the standalone preview shows the same table; writePlanTemplate is the Office.js writer.
 */
import { SYSTEMS } from "../model/catalog";
import { serialFromIso } from "../model/dates";
import { SHAPES } from "../model/plan";
import { blockAddress, safeSheetName, safeTableName, type Cell, type SheetTitle } from "./workbook";

export interface PlanTemplate {
  readonly sheet: SheetTitle;
  /** The Excel table's name; the formula refers to it (structured reference), so added rows count. */
  readonly tableName: string;
  /** GW.PLAN's column names, in English: PLAN also reads German ones, but these work in every language. */
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly numberFormats: readonly string[];
  /** Drop-down lists by column index. */
  readonly lists: ReadonlyArray<{ readonly column: number; readonly values: readonly string[] }>;
  /** Column index of probability (a decimal 0–1 rule). */
  readonly probabilityColumn: number;
  readonly formula: string;
  /** Rows the formula spills for the sample tranches (header included): the chart's source. */
  readonly resultRows: number;
  readonly chartTitle: string;
}

const HEADER = ["name", "start", "end", "gw", "system", "shape", "probability"] as const;

/** Three sample tranches (the README's worked example), dates as Excel serials. */
const SAMPLE: ReadonlyArray<readonly [string, string, string, number, string, string, number]> = [
  ["Site A", "2027-04-01", "2027-12-31", 0.3, "gb300-nvl72", "even", 1],
  ["Site B", "2027-10-01", "2028-06-30", 0.5, "vera-rubin-nvl72", "front_loaded", 0.8],
  ["Site C", "2028-01-15", "2029-03-31", 1, "mi450-helios", "back_loaded", 1],
];

/** The table's name from its sheet's, unique among `taken` (Excel table names are workbook-wide). */
function uniqueTableName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base}_${i}`.toLowerCase())) return `${base}_${i}`;
}

export function planTemplate(title: string, takenSheets: readonly string[], takenTables: readonly string[]): PlanTemplate {
  const sheet = safeSheetName({ subject: title }, takenSheets);
  const tableName = uniqueTableName(safeTableName(sheet), takenTables);
  const rows = SAMPLE.map(([name, start, end, gw, system, shape, p]) => [name, serialFromIso(start)!, serialFromIso(end)!, gw, system, shape, p]);
  return {
    sheet: { subject: sheet },
    tableName,
    header: [...HEADER],
    rows,
    numberFormats: ["@", "yyyy-mm-dd", "yyyy-mm-dd", "0.000", "@", "@", "0%"],
    lists: [{ column: 4, values: SYSTEMS.map((s) => s.key) }, { column: 5, values: [...SHAPES] }],
    probabilityColumn: 6,
    formula: `=GW.PLAN(${tableName}[#All], "gw_cumulative")`,
    resultRows: 1 + (2029 - 2027 + 1), // the samples run from 2027 to 2029: a year a row
    chartTitle: title,
  };
}

/** Column letter for a 0-based index (A … Z, AA …). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Writes the template in one batch: new sheet, values, formats, table, validation, formula two columns
 * right of the table, and a line chart of the formula's result below it. Returns the table's address.
 */
export async function writePlanTemplate(context: Excel.RequestContext, title: string): Promise<string> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  tables.load("items/name");
  await context.sync();
  const t = planTemplate(title, sheets.items.map((s) => s.name), tables.items.map((x) => x.name));
  const name = t.sheet.subject;
  const sheet = sheets.add(name);
  const columns = t.header.length;
  const address = blockAddress(t.rows.length + 1, columns);
  // Formats first, so a date never shows as a bare serial.
  sheet.getRange(address.replace("A1", "A2")).numberFormat = t.rows.map(() => t.numberFormats.slice());
  sheet.getRange(address).values = [t.header.slice(), ...t.rows.map((row) => row.slice())];
  const table = sheet.tables.add(`'${name.replace(/'/g, "''")}'!${address}`, true);
  table.name = t.tableName;
  for (const list of t.lists) {
    table.columns.getItemAt(list.column).getDataBodyRange().dataValidation.rule = { list: { inCellDropDown: true, source: list.values.join(",") } };
  }
  table.columns.getItemAt(t.probabilityColumn).getDataBodyRange().dataValidation.rule = {
    decimal: { formula1: 0, formula2: 1, operator: "Between" },
  };
  const formulaColumn = columnLetter(columns + 1);
  sheet.getRange(`${formulaColumn}1`).formulas = [[t.formula]];
  const result = sheet.getRange(`${formulaColumn}1:${columnLetter(columns + 2)}${t.resultRows}`);
  const chart = sheet.charts.add("Line", result, "Columns");
  chart.title.text = t.chartTitle;
  chart.setPosition(`${formulaColumn}${t.resultRows + 2}`);
  sheet.getRange(address).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return `'${name}'!${address}`;
}
