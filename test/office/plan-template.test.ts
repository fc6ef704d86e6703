/**
 * "New plan": the tranche table the pane writes — through office-addin-mock for Excel, and in the
 * standalone preview's workbook — and the proof that what it writes is a valid GW.PLAN input.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbook } from "../../src/office/excel-workbook";
import { columnLetter, planTemplate } from "../../src/office/plan-template";
import { PreviewWorkbook } from "../../src/taskpane/preview-workbook";
import { PaneController } from "../../src/taskpane/controller";
import { localeFor } from "../../src/taskpane/strings";
import { invoke } from "../../src/functions/define";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { SYSTEMS } from "../../src/model/catalog";
import { closeTo } from "../helpers/formula";
import golden from "../fixtures/plans.json";

type Data = Record<string, unknown>;

/** Excel as an OfficeMockObject whose workbook gets fake sheet and table collections that record each write. */
function installExcel(existingSheets: string[], existingTables: string[]) {
  const log: { sheet?: string; table?: unknown[]; tableName?: string; rules: Record<number, unknown>; ranges: Data[]; chart?: unknown[]; chartTitle?: string; position?: string; activated?: boolean } = { rules: {}, ranges: [] };
  const excel = new OfficeMockObject({
    context: { workbook: {} },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  } as Data) as unknown as { context: { workbook: Data } };
  const wb = excel.context.workbook;
  wb.tables = { items: existingTables.map((name) => ({ name })), load: (what: string) => expect(what).toBe("items/name") };
  wb.worksheets = {
    items: existingSheets.map((name) => ({ name })),
    load: (what: string) => expect(what).toBe("items/name"),
    add(name: string) {
      log.sheet = name;
      return {
        getRange: (address: string) => {
          const range: Data = { address, format: { autofitColumns: () => undefined } };
          log.ranges.push(range);
          return range;
        },
        tables: {
          add: (address: string, hasHeaders: boolean) => {
            log.table = [address, hasHeaders];
            const table = {
              set name(v: string) { log.tableName = v; },
              columns: { getItemAt: (i: number) => ({ getDataBodyRange: () => ({ dataValidation: { set rule(r: unknown) { log.rules[i] = r; } } }) }) },
            };
            return table;
          },
        },
        charts: {
          add: (type: string, range: Data, by: string) => {
            log.chart = [type, range.address, by];
            return { title: { set text(v: string) { log.chartTitle = v; } }, setPosition: (at: string) => { log.position = at; } };
          },
        },
        activate: () => { log.activated = true; },
      };
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return log;
}

test("Excel: a real table with header, date formats, drop-downs of system keys and shapes, PLAN beside it and a chart", async () => {
  const log = installExcel(["Sheet1", "Plan"], ["GW_Plan_2"]);
  const where = await new ExcelWorkbook().insertPlan("Plan");
  expect(log.sheet).toBe("Plan (2)");
  expect(where).toBe("'Plan (2)'!A1:G4");
  const values = log.ranges.find((r) => r.values !== undefined)!;
  expect(values.address).toBe("A1:G4");
  expect((values.values as unknown[][])[0]).toEqual(["name", "start", "end", "gw", "system", "shape", "probability"]);
  expect((values.values as unknown[][])[1]).toEqual(["Site A", 46478, 46752, 0.3, "gb300-nvl72", "even", 1]); // 2027-04-01, 2027-12-31
  const formats = log.ranges.find((r) => r.numberFormat !== undefined)!;
  expect(formats.address).toBe("A2:G4");
  expect((formats.numberFormat as string[][])[0].slice(1, 3)).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
  expect(log.table).toEqual(["'Plan (2)'!A1:G4", true]);
  expect(log.tableName).toBe("GW_Plan_2_2"); // "GW_Plan_2" is taken elsewhere in the workbook
  expect(log.rules[4]).toEqual({ list: { inCellDropDown: true, source: SYSTEMS.map((s) => s.key).join(",") } });
  expect((log.rules[4] as { list: { source: string } }).list.source.length).toBeLessThanOrEqual(255); // Excel's limit for a list typed in
  expect(log.rules[5]).toEqual({ list: { inCellDropDown: true, source: "even,front_loaded,back_loaded" } });
  expect(log.rules[6]).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
  const formula = log.ranges.find((r) => r.formulas !== undefined)!;
  expect(formula).toMatchObject({ address: "I1", formulas: [['=GW.PLAN(GW_Plan_2_2[#All], "gw_cumulative")']] });
  expect(log.chart).toEqual(["Line", "I1:J4", "Columns"]);
  expect(log.chartTitle).toBe("Plan");
  expect(log.position).toBe("I6");
  expect(log.activated).toBe(true);
});

test("the pane's New plan button writes it through the controller, in German too", async () => {
  const log = installExcel([], []);
  const pane = new PaneController(new ExcelWorkbook(), localeFor("de-DE"));
  await pane.newPlan();
  expect(log.sheet).toBe("Plan");
  expect(pane.messages[0]).toMatchObject({ kind: "info", text: expect.stringContaining("Tranchentabelle in 'Plan'!A1:G4") });
});

test("the preview workbook gets the same table and formula", async () => {
  const preview = new PreviewWorkbook(undefined);
  const pane = new PaneController(preview, localeFor("en-US"));
  await pane.newPlan();
  expect(preview.sheets[0].name).toBe("Plan");
  expect(preview.sheets[0].spec.header).toEqual(["name", "start", "end", "gw", "system", "shape", "probability"]);
  expect(preview.formulas).toEqual(['=GW.PLAN(GW_Plan[#All], "gw_cumulative")']);
  expect(pane.messages[0]).toMatchObject({ kind: "info", text: expect.stringContaining("'Plan'!A1:G4") });
});

test("what the template writes is a valid GW.PLAN input: the golden plan's result", () => {
  const t = planTemplate("Plan", [], []);
  const def = FUNCTION_DEFS.find((d) => d.id === "PLAN")!;
  const table = invoke(def, [[t.header, ...t.rows], "gw_cumulative", null, null, null, null, null]) as number[][];
  const expected = golden.tables["gw_cumulative|year"];
  expect(table.length).toBe(t.resultRows);
  expected.forEach(([year, value], i) => {
    expect(table[i + 1][0]).toBe(year);
    expect(closeTo(table[i + 1][1], value)).toBe(true);
  });
  expect(columnLetter(0)).toBe("A");
  expect(columnLetter(26)).toBe("AA");
});
