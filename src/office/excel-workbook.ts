/**
 * The workbook through Office.js. Every call is one Excel.run batch: reads are loaded and synced
 * once, writes are queued and synced once, so Excel applies each command as a unit.
 */
import type { NumberCulture } from "../model/number-text";
import { readExcelCulture } from "./culture";
import { writePlanTemplate } from "./plan-template";
import { GW_CALL, SETTINGS_PREFIX, blockAddress, needsRepair, repairFormula, safeSheetName, safeTableName, type TableSpec, type ValuesScope, type Workbook } from "./workbook";

/**
 * Whether the host has an Excel API set. The manifest requires only SharedRuntime 1.1, so the few
 * commands that need newer sets check here and explain instead of failing obscurely.
 */
function supports(version: string): boolean {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return requirements === undefined || requirements.isSetSupported("ExcelApi", version);
}

export class ExcelWorkbook implements Workbook {
  readonly kind = "excel" as const;

  async loadSettings(): Promise<Record<string, string>> {
    return Excel.run(async (context) => {
      const items = context.workbook.settings;
      items.load("items/key, items/value");
      await context.sync();
      const settings: Record<string, string> = {};
      for (const item of items.items) {
        if (!item.key.startsWith(SETTINGS_PREFIX)) continue;
        settings[item.key] = typeof item.value === "string" ? item.value : JSON.stringify(item.value);
      }
      return settings;
    });
  }

  async saveSettings(changes: Readonly<Record<string, string | null>>): Promise<void> {
    await Excel.run(async (context) => {
      // One batch: Excel applies every changed item together, and items we do not name stay as they are.
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) context.workbook.settings.getItemOrNullObject(key).delete();
        else context.workbook.settings.add(key, value);
      }
      await context.sync();
    });
  }

  /**
   * Co-authors' saves: Office's SettingsChanged event (Common API), else Excel's onSettingsChanged
   * (ExcelApi 1.4); false where neither exists, and the pane reloads periodically instead.
   */
  async watchSettings(listener: () => void): Promise<boolean> {
    const common = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
    if (common !== undefined && typeof common.addHandlerAsync === "function" && Office.EventType?.SettingsChanged !== undefined) {
      const added = await new Promise<boolean>((resolve) => {
        common.addHandlerAsync(Office.EventType.SettingsChanged, () => listener(), (result: Office.AsyncResult<void>) =>
          resolve(result.status === Office.AsyncResultStatus.Succeeded));
      });
      if (added) return true;
    }
    if (!supports("1.4")) return false;
    try {
      await Excel.run(async (context) => {
        context.workbook.settings.onSettingsChanged.add(async () => listener());
        await context.sync();
      });
      return true;
    } catch {
      return false;
    }
  }

  numberCulture(): Promise<NumberCulture | undefined> {
    return readExcelCulture();
  }

  async insertTable(spec: TableSpec): Promise<string> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = safeSheetName(spec.sheet, sheets.items.map((s) => s.name));
      const sheet = sheets.add(name);
      const columns = spec.header.length;
      const address = blockAddress(spec.rows.length + 1, columns);
      const range = sheet.getRange(address);
      // Formats first, so Excel never shows a year as "2,026" or a date as a bare serial.
      if (spec.rows.length > 0) {
        const body = sheet.getRange(address.replace("A1", "A2"));
        body.numberFormat = spec.rows.map(() => spec.numberFormats.slice());
      }
      range.values = [spec.header.slice(), ...spec.rows.map((row) => row.slice())];
      const table = sheet.tables.add(`'${name.replace(/'/g, "''")}'!${address}`, true);
      table.name = safeTableName(name);
      range.format.autofitColumns();
      if (spec.chart && columns > 1 && spec.rows.length > 0) {
        const charted = Math.min(spec.chartColumns ?? columns, columns);
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange(blockAddress(spec.rows.length + 1, charted)), "Columns");
        chart.title.text = spec.title;
        chart.setPosition(`${String.fromCharCode(65 + columns + 1)}2`);
      }
      sheet.activate();
      await context.sync();
      return `'${name}'!${address}`;
    });
  }

  insertPlan(title: string): Promise<string> {
    return Excel.run((context) => writePlanTemplate(context, title));
  }

  async insertFormula(formula: string): Promise<string> {
    return Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.formulas = [[formula]];
      cell.load("address");
      await context.sync();
      return cell.address;
    });
  }

  async valuesOnly(scope: ValuesScope, note: string): Promise<number> {
    return Excel.run(async (context) => {
      let range: Excel.Range;
      if (scope === "selection") {
        range = context.workbook.getSelectedRange();
      } else {
        if (!supports("1.10")) throw new Error("Copying a sheet needs Excel API 1.10 (Microsoft 365 or Excel 2021); convert the selection instead.");
        const copy = context.workbook.worksheets.getActiveWorksheet().copy("End");
        copy.load("name");
        await context.sync();
        range = copy.getUsedRange();
      }
      range.load("formulas, values, address");
      await context.sync();
      let converted = 0;
      let first: Excel.Range | undefined;
      const next = range.formulas.map((row, r) => row.map((formula, c) => {
        if (typeof formula === "string" && formula.startsWith("=") && GW_CALL.test(formula)) {
          converted++;
          first ??= range.getCell(r, c);
          return range.values[r][c];
        }
        return formula;
      }));
      if (converted > 0) range.formulas = next;
      // Comments need ExcelApi 1.10; without them the conversion still happens, unannotated.
      if (first !== undefined && supports("1.10")) context.workbook.comments.add(first, note);
      await context.sync();
      return converted;
    });
  }

  async repairFormulas(): Promise<number> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items");
      await context.sync();
      const ranges = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject());
      for (const range of ranges) range.load("formulas, values, isNullObject");
      await context.sync();
      let repaired = 0;
      for (const range of ranges) {
        if (range.isNullObject) continue;
        range.formulas.forEach((row, r) => row.forEach((formula, c) => {
          if (needsRepair(formula, range.values[r][c])) {
            // Re-entering the formula makes Excel resolve it against the now-registered functions.
            range.getCell(r, c).formulas = [[repairFormula(formula)]];
            repaired++;
          }
        }));
      }
      await context.sync();
      return repaired;
    });
  }

  async recalculate(): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
  }
}
