/**
 * The standalone preview's workbook: outside Office there is no Excel, so the pane works against
 * this stand-in. Scenarios persist in the browser's localStorage (as a workbook's settings persist in
 * its file), and inserted tables are kept in memory and listed in the pane.
 */
import { ymdFromSerial } from "../model/dates";
import { SCENARIO_SETTING, safeSheetName, type Cell, type TableSpec, type ValuesScope, type Workbook } from "../office/workbook";
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
  private memory: string | null = null;
  /** Called after an insert, so the pane can list what the preview workbook now holds. */
  onChange: () => void = () => {};

  constructor(private readonly storage: Storage | undefined) {}

  async loadScenarios(): Promise<string | null> {
    try {
      return this.storage ? this.storage.getItem(SCENARIO_SETTING) : this.memory;
    } catch {
      return this.memory; // storage blocked (private mode, file://): keep to this page's life
    }
  }

  async saveScenarios(json: string): Promise<void> {
    this.memory = json;
    try {
      this.storage?.setItem(SCENARIO_SETTING, json);
    } catch {
      // quota or privacy settings: the in-memory copy still serves this session
    }
  }

  async insertTable(spec: TableSpec): Promise<string> {
    const name = safeSheetName(spec.sheet, this.sheets.map((s) => s.name));
    this.sheets.push({ name, spec });
    this.onChange();
    return `'${name}'!A1`;
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
