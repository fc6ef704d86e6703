/**
 * The standalone preview's workbook: outside Office there is no Excel, so the pane works against
 * this stand-in. Scenarios persist in the browser's localStorage (as a workbook's settings persist in
 * its file), and inserted tables are kept in memory and listed in the pane.
 */
import { ymdFromSerial } from "../model/dates";
import { planTemplate } from "../office/plan-template";
import { SETTINGS_PREFIX, blockAddress, safeSheetName, type Cell, type TableSpec, type ValuesScope, type Workbook } from "../office/workbook";
import type { Locale } from "./strings";

/**
 * A cell as Excel would show it under the number formats the pane writes (a small subset of Excel's
 * format language: the ones in controller.ts FORMATS), in the pane's locale.
 */
export function formatCell(cell: Cell, format: string | undefined, locale: Locale): string {
  if (typeof cell === "string") return cell;
  switch (format) {
    case "0": return String(Math.round(cell));
    case "yyyy-mm-dd": {
      const { year, month, day } = ymdFromSerial(cell);
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
    case "#,##0": return locale.number(cell, 0);
    case "#,##0.0,,,": return locale.number(cell / 1e9, 1);
    case "[<1]0.000;#,##0.00": return cell < 1 ? new Intl.NumberFormat(locale.tag, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(cell)
      : new Intl.NumberFormat(locale.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cell);
    default: return locale.number(cell);
  }
}

export interface PreviewSheet {
  readonly name: string;
  readonly spec: TableSpec;
}

export class PreviewWorkbook implements Workbook {
  readonly kind = "preview" as const;
  readonly sheets: PreviewSheet[] = [];
  readonly formulas: string[] = [];
  private memory: Record<string, string> = {};
  /** Called after an insert, so the pane can list what the preview workbook now holds. */
  onChange: () => void = () => {};

  constructor(private readonly storage: Storage | undefined) {}

  async loadSettings(): Promise<Record<string, string>> {
    const settings: Record<string, string> = { ...this.memory };
    try {
      for (let i = 0; this.storage && i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key !== null && key.startsWith(SETTINGS_PREFIX)) settings[key] = this.storage.getItem(key) ?? "";
      }
    } catch {
      // storage blocked (private mode, file://): the in-memory copy serves this page's life
    }
    return settings;
  }

  async saveSettings(changes: Readonly<Record<string, string | null>>): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete this.memory[key];
      else this.memory[key] = value;
      try {
        if (value === null) this.storage?.removeItem(key);
        else this.storage?.setItem(key, value);
      } catch {
        // quota or privacy settings: the in-memory copy still serves this session
      }
    }
  }

  /** Another tab of the preview is a co-author: the browser's storage event says when it saved. */
  async watchSettings(listener: () => void): Promise<boolean> {
    if (typeof window === "undefined" || this.storage === undefined) return false;
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key.startsWith(SETTINGS_PREFIX)) listener();
    });
    return true;
  }

  async insertTable(spec: TableSpec): Promise<string> {
    const name = safeSheetName(spec.sheet, this.sheets.map((s) => s.name));
    this.sheets.push({ name, spec });
    this.onChange();
    return `'${name}'!A1`;
  }

  /** The same template Excel gets, as a preview sheet, with its PLAN formula listed. */
  async insertPlan(title: string): Promise<string> {
    const t = planTemplate(title, this.sheets.map((s) => s.name), []);
    this.sheets.push({ name: t.sheet.subject, spec: { title, sheet: t.sheet, header: t.header, rows: t.rows, numberFormats: t.numberFormats, chart: false } });
    this.formulas.push(t.formula);
    this.onChange();
    return `'${t.sheet.subject}'!${blockAddress(t.rows.length + 1, t.header.length)}`;
  }

  async insertFormula(formula: string): Promise<string> {
    this.formulas.push(formula);
    this.onChange();
    return "A1";
  }

  async valuesOnly(_scope: ValuesScope, _note: string): Promise<number> {
    // The preview's tables are values already; its formulas list is what would become values.
    const count = this.formulas.length;
    this.formulas.length = 0;
    this.onChange();
    return count;
  }

  async repairFormulas(): Promise<number> {
    return 0;
  }

  async recalculate(): Promise<void> {}
}
