/**
 * Every Excel write the pane makes, through office-addin-mock: values are only readable after
 * load() + sync() (the mock returns an error marker otherwise), so these tests also catch a missing load.
 */
import { DEAL_INDEX } from "../../src/model/catalog";
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbook } from "../../src/office/excel-workbook";
import { PaneController } from "../../src/taskpane/controller";
import { localeFor } from "../../src/taskpane/strings";
import { blankScenario } from "../../src/model/scenario";
import { publishScenarios } from "../../src/functions/scenarios";
import { needsRepair, repairFormula, safeSheetName, safeTableName } from "../../src/office/workbook";
import { gw } from "../helpers/invoke";

type Data = Record<string, unknown>;

/**
 * Installs `Excel` whose context.workbook is an OfficeMockObject built from `workbook`. Collections
 * the mock cannot model (arrays of sheets loaded as "items/name") are attached afterwards as plain
 * fakes through `extras`; a plain write on a mock persists, as property writes do in Office.js.
 */
function install(workbook: Data, extras: (workbook: Data) => void = () => undefined): Data {
  const excel = new OfficeMockObject({
    context: { workbook },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  } as Data) as unknown as { context: { workbook: Data } };
  extras(excel.context.workbook);
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return excel.context.workbook;
}

/** Lets microtasks settle: the mock's sync() updates nested properties asynchronously. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test("Gigawatt's settings are read as text by key, others' left out; a save writes every changed item in one batch", async () => {
  const added: unknown[][] = [];
  const deleted: string[] = [];
  install({}, (wb) => {
    wb.settings = {
      items: [
        { key: "gigawatt.scenarios", value: '{"schema":3}' },
        { key: "gigawatt.scenario.a1", value: '{"schema":3,"id":"a1"}' },
        { key: "gigawatt.scenario.b2", value: { schema: 3, id: "b2" } },
        { key: "other-addin.state", value: "not ours" },
      ],
      load(this: Data, what: string) { expect(what).toBe("items/key, items/value"); },
      add: (key: string, value: string) => added.push([key, value]),
      getItemOrNullObject: (key: string) => ({ delete: () => deleted.push(key) }),
    };
  });
  const excel = new ExcelWorkbook();
  expect(await excel.loadSettings()).toEqual({
    "gigawatt.scenarios": '{"schema":3}', "gigawatt.scenario.a1": '{"schema":3,"id":"a1"}', "gigawatt.scenario.b2": '{"schema":3,"id":"b2"}',
  });
  await excel.saveSettings({ "gigawatt.scenario.a1": '{"rev":2}', "gigawatt.scenario.c3": '{"rev":1}', "gigawatt.scenario.old": null });
  expect(added).toEqual([["gigawatt.scenario.a1", '{"rev":2}'], ["gigawatt.scenario.c3", '{"rev":1}']]);
  expect(deleted).toEqual(["gigawatt.scenario.old"]);
});

test("co-authors' saves: Office's SettingsChanged where it exists, Excel's onSettingsChanged (ExcelApi 1.4) else, false without either", async () => {
  const handlers: Array<() => void> = [];
  (globalThis as unknown as { Office: unknown }).Office = {
    EventType: { SettingsChanged: "settingsChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported: () => true },
      document: { settings: { addHandlerAsync: (type: string, handler: () => void, done: (r: { status: string }) => void) => {
        expect(type).toBe("settingsChanged");
        handlers.push(handler);
        done({ status: "succeeded" });
      } } },
    },
  };
  let heard = 0;
  expect(await new ExcelWorkbook().watchSettings(() => heard++)).toBe(true);
  handlers[0]();
  expect(heard).toBe(1);

  const excelHandlers: Array<() => Promise<void>> = [];
  (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: (_s: string, v: string) => v === "1.4" } } };
  install({}, (wb) => { wb.settings = { onSettingsChanged: { add: (handler: () => Promise<void>) => excelHandlers.push(handler) } }; });
  expect(await new ExcelWorkbook().watchSettings(() => heard++)).toBe(true);
  await excelHandlers[0]();
  expect(heard).toBe(2);

  (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => false } } };
  expect(await new ExcelWorkbook().watchSettings(() => heard++)).toBe(false);
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test("a schedule table goes on a new sheet with header, number formats, a table and a native chart", async () => {
  const log: Data = {};
  const ranges: Data[] = [];
  const chart: Data = { title: { text: "" }, setPosition: (cell: string) => (log.chartAt = cell) };
  install({}, (wb) => {
    wb.worksheets = {
      items: [{ name: "Sheet1" }, { name: "OpenAI–AMD" }],
      load: (what: string) => (log.loaded = what),
      add(name: string) {
        log.sheet = name;
        return {
          getRange: (address: string) => {
            const range: Data = { address, format: { autofitColumns: () => (log.autofit = address) } };
            ranges.push(range);
            return range;
          },
          tables: { add: (address: string, headers: boolean) => { log.table = [address, headers]; return (log.tableObject = { name: "" }); } },
          charts: { add: (type: string, range: Data, by: string) => { log.chart = [type, range.address, by]; return chart; } },
          activate: () => (log.activated = true),
        };
      },
    };
  });
  const where = await new ExcelWorkbook().insertTable({
    title: "OpenAI–AMD", sheet: { subject: "OpenAI–AMD" }, header: ["Year", "GW added"], rows: [[2026, 1], [2027, 1.665]], numberFormats: ["0", "#,##0.00"], chart: true,
  });
  expect(log.loaded).toBe("items/name");
  expect(log.sheet).toBe("OpenAI–AMD (2)"); // the existing sheet is not overwritten
  expect(where).toBe("'OpenAI–AMD (2)'!A1:B3");
  expect(ranges[0]).toMatchObject({ address: "A1:B3", values: [["Year", "GW added"], [2026, 1], [2027, 1.665]] });
  expect(ranges[1]).toMatchObject({ address: "A2:B3", numberFormat: [["0", "#,##0.00"], ["0", "#,##0.00"]] });
  expect(log.table).toEqual(["'OpenAI–AMD (2)'!A1:B3", true]);
  expect((log.tableObject as Data).name).toBe("GW_OpenAI_AMD_2");
  expect(log.chart).toEqual(["ColumnClustered", "A1:B3", "Columns"]);
  expect(chart.title).toEqual({ text: "OpenAI–AMD" });
  expect(log.autofit).toBe("A1:B3");
  expect(log.activated).toBe(true);
});

/** A fake worksheet collection for insertTable that records every range write. */
function sheetRecorder(existing: string[]) {
  const log: { sheet?: string; chart?: unknown[]; chartTitle?: string; ranges: Data[] } = { ranges: [] };
  const extras = (wb: Data) => {
    wb.worksheets = {
      items: existing.map((name) => ({ name })),
      load: () => undefined,
      add(name: string) {
        log.sheet = name;
        return {
          getRange: (address: string) => {
            const range: Data = { address, format: { autofitColumns: () => undefined } };
            log.ranges.push(range);
            return range;
          },
          tables: { add: () => ({ name: "" }) },
          charts: { add: (type: string, range: Data, by: string) => { log.chart = [type, range.address, by]; return { title: { set text(v: string) { log.chartTitle = v; } }, setPosition: () => undefined }; } },
          activate: () => undefined,
        };
      },
    };
  };
  return { log, extras };
}

test("the pane's table in German: localised headers, a format per column, the scenario kept whole in the sheet name", async () => {
  const { log, extras } = sheetRecorder(["Tabelle1"]);
  install({}, extras);
  const pane = new PaneController(new ExcelWorkbook(), localeFor("de-DE"));
  pane.document = { ...pane.document, scenarios: [blankScenario("Knappe Kühlung 2027")] };
  pane.selected = "Knappe Kühlung 2027";
  publishScenarios(pane.document.scenarios);
  pane.selectDeal("openai-cerebras");
  pane.setPeriod("quarter");
  await pane.insertTable();
  // 31 characters at most: "OpenAI–Cerebras (750 MW WSE-3)" gives way word by word (a dash ends a word); the scenario stays whole.
  expect(log.sheet).toBe("OpenAI – Knappe Kühlung 2027");
  const values = log.ranges[0].values as unknown[][];
  expect(values[0]).toEqual(["Periodenbeginn", "GW neu", "GW kumuliert", "Beschleuniger neu", "Investition (Mrd. USD)"]);
  // Quarters start on 2026-01-01 (Excel serial 46023), as dates, not years.
  expect(values[1][0]).toBe(46023);
  const formats = log.ranges[1].numberFormat as string[][];
  expect(formats[0]).toEqual(["yyyy-mm-dd", "[<1]0.000;#,##0.00", "[<1]0.000;#,##0.00", "#,##0", "#,##0.0,,,"]);
  expect(formats).toHaveLength(values.length - 1);
  // The chart shows period and GW only (capex in dollars would flatten it).
  expect(log.chart).toEqual(["ColumnClustered", `A1:B${values.length}`, "Columns"]);
  expect(log.chartTitle).toBe(`${DEAL_INDEX.find("openai-cerebras")!.name} – Knappe Kühlung 2027`);
  expect(pane.messages).toEqual([{ kind: "info", text: `Eingefügt in '${log.sheet}'!A1:E${values.length}.` }]);
  publishScenarios([]);
});

test("years as years: the yearly table's first column is formatted \"0\", never 2,026", async () => {
  const { log, extras } = sheetRecorder([]);
  install({}, extras);
  const pane = new PaneController(new ExcelWorkbook(), localeFor("en-US"));
  pane.selectDeal("openai-amd");
  await pane.insertTable();
  expect(log.sheet).toBe("OpenAI–AMD (6 GW Instinct)");
  expect((log.ranges[0].values as unknown[][]).slice(0, 2)).toEqual([["Year", "GW added", "GW cumulative", "Accelerators added", "Capex (USD bn)"], [2026, 1, 1, expect.any(Number), expect.any(Number)]]);
  expect((log.ranges[1].numberFormat as string[][])[0]).toEqual(["0", "[<1]0.000;#,##0.00", "[<1]0.000;#,##0.00", "#,##0", "#,##0.0,,,"]);
});

test("the deal list: dates as dates, GW as numbers, headers in the pane's language", async () => {
  const { log, extras } = sheetRecorder([]);
  install({}, extras);
  const pane = new PaneController(new ExcelWorkbook(), localeFor("de-DE"));
  await pane.insertDeals();
  expect(log.sheet).toBe("Deals");
  const values = log.ranges[0].values as unknown[][];
  expect(values[0]).toEqual(["Schlüssel", "Deal", "Käufer", "Anbieter", "GW (Basis)", "Systeme", "Beginn", "Ende", "Status", "Quelle"]);
  const amd = values.find((row) => row[0] === "openai-amd")!;
  // OpenAI–AMD runs from 2026-07-01 (serial 46204) to the end of 2029.
  expect(amd.slice(4, 8)).toEqual([6, "mi450-helios", 46204, expect.any(Number)]);
  expect((log.ranges[1].numberFormat as string[][])[0].slice(4, 8)).toEqual(["[<1]0.000;#,##0.00", "@", "yyyy-mm-dd", "yyyy-mm-dd"]);
  expect(log.chart).toBeUndefined();
});

test("sheet names keep the scenario whole and never stop inside a word", () => {
  const amd = { subject: "OpenAI–AMD (6 GW Instinct)", shortSubject: "OpenAI–AMD" };
  expect(safeSheetName({ ...amd, scenario: "Tight PUE" }, [])).toBe("OpenAI–AMD – Tight PUE");
  expect(safeSheetName({ ...amd, scenario: "High price, slow ramp" }, [])).toBe("OpenAI – High price, slow ramp");
  expect(safeSheetName({ ...amd, scenario: "Slow" }, ["OpenAI–AMD – Slow"])).toBe("OpenAI–AMD – Slow (2)");
  const long = safeSheetName({ ...amd, scenario: "A very long scenario name about cooling limits" }, []);
  expect(long.length).toBeLessThanOrEqual(31);
  expect("A very long scenario name about cooling limits".startsWith(long)).toBe(true);
  expect(long).toBe("A very long scenario name about");
  expect(safeSheetName({ subject: "NVIDIA–Thinking Machines (≥1 GW Vera Rubin)", shortSubject: "NVIDIA–Thinking Machines" }, [])).toBe("NVIDIA–Thinking Machines");
  expect(safeSheetName({ subject: "Stargate Abilene (1.2 GW GB200) extra words here" }, [])).toBe("Stargate Abilene (1.2 GW GB200)");
});

test("a live formula goes in the active cell", async () => {
  const workbook = install({ activeCell: { formulas: [[""]], address: "Sheet1!C3" }, getActiveCell(this: Data) { return this.activeCell; } });
  expect(await new ExcelWorkbook().insertFormula('=GW.SCHEDULE("openai-amd")')).toBe("Sheet1!C3");
  expect((workbook.activeCell as Data).formulas).toEqual([['=GW.SCHEDULE("openai-amd")']]);
});

function cellWriter(writes: Array<{ r: number; c: number; formulas: unknown }>) {
  return (r: number, c: number) => {
    const cell: Data = { address: `R${r}C${c}` };
    Object.defineProperty(cell, "formulas", { set: (value) => writes.push({ r, c, formulas: value }) });
    return cell;
  };
}

test("values-only turns GW formulas (and only those) into values, with a note on the first", async () => {
  const comments: unknown[][] = [];
  const workbook = install({
    selection: {
      formulas: [["=GW.ACCELERATORS(1,\"GB300\")", "=SUM(1,2)", "plain"], ["=gw.capex(1,\"GB200\")", 7, "=A1*2"]],
      values: [[413223.1, 3, "plain"], [3.9e10, 7, 826446.2]],
      address: "Sheet1!A1:C2", isNullObject: false,
      getCell: cellWriter([]),
    },
    getSelectedRange(this: Data) { return this.selection; },
    comments: { add: (cell: Data, text: string) => comments.push([cell.address, text]) },
  });
  const count = await new ExcelWorkbook().valuesOnly("selection", "Values from Gigawatt catalog 2026.11.0");
  await settle();
  expect(count).toBe(2);
  expect((workbook.selection as Data).formulas).toEqual([[413223.1, "=SUM(1,2)", "plain"], [3.9e10, 7, "=A1*2"]]);
  expect(comments).toEqual([["R0C0", "Values from Gigawatt catalog 2026.11.0"]]);
});

test("repair re-enters only the GW formulas Excel could not resolve", async () => {
  const writes: Array<{ r: number; c: number; formulas: unknown }> = [];
  install({
    used: {
      formulas: [["=_xldudf_GW_ACCELERATORS(1,\"GB300\")", "=GW.POWER(\"GB300\")", "=[2]!_xldudf_GW_capex(1,\"GB200\")"], ["=SUM(A1)", "=GW.SPEC(\"CS-3\",\"sram_gb\")", 5]],
      values: [["#NAME?", 2.42, "#NAME?"], [1, "#NAME?", 5]],
      isNullObject: false,
      getCell: cellWriter(writes),
    },
  }, (wb) => {
    wb.worksheets = { items: [{ getUsedRangeOrNullObject: () => wb.used }], load: () => undefined };
  });
  expect(await new ExcelWorkbook().repairFormulas()).toBe(3);
  expect(writes).toEqual([
    { r: 0, c: 0, formulas: [["=GW.ACCELERATORS(1,\"GB300\")"]] },
    { r: 0, c: 2, formulas: [["=GW.CAPEX(1,\"GB200\")"]] },
    { r: 1, c: 1, formulas: [["=GW.SPEC(\"CS-3\",\"sram_gb\")"]] },
  ]);
});

test("recalculation asks Excel for a full calculation", async () => {
  const calls: string[] = [];
  install({ application: { calculate: (type: string) => calls.push(type) } });
  await new ExcelWorkbook().recalculate();
  expect(calls).toEqual(["Full"]);
});

test("names Excel accepts", () => {
  expect(safeSheetName("a/b:c?*[d]", [])).toBe("a b c d");
  expect(safeSheetName("x".repeat(40), []).length).toBeLessThanOrEqual(31);
  expect(safeSheetName("Sheet", ["sheet", "Sheet (2)"])).toBe("Sheet (3)");
  expect(safeTableName("Meta–AMD (6 GW)")).toMatch(/^GW_[A-Za-z0-9_]+$/);
  expect(repairFormula("=1+_xldudf_GW_RAMP(1,2026,2030)")).toBe("=1+GW.RAMP(1,2026,2030)");
  expect(needsRepair("=SUM(A1)", "#NAME?")).toBe(false);
  expect(needsRepair("=MYGW.X(1)", "#NAME?")).toBe(false);
});

describe("sheet copy", () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  test("a values-only copy of the active sheet converts the copy, not the original", async () => {
    const log: Data = {};
    const workbook = install({
      copyUsed: {
        formulas: [["=GW.POWER(\"GB300\")", "note"]],
        values: [[2.42, "note"]],
        address: "'Sheet1 (2)'!A1:B1", isNullObject: false,
        getCell: (r: number, c: number) => ({ address: `R${r}C${c}` }),
      },
      comments: { add: (cell: Data, text: string) => (log.comment = [cell.address, text]) },
    }, (wb) => {
      wb.worksheets = {
        getActiveWorksheet: () => ({
          copy: (where: string) => {
            log.copied = where;
            return { load: () => undefined, getUsedRange: () => wb.copyUsed };
          },
        }),
      };
    });
    expect(await new ExcelWorkbook().valuesOnly("sheet-copy", "note text")).toBe(1);
    await settle();
    expect(log.copied).toBe("End");
    expect((workbook.copyUsed as Data).formulas).toEqual([[2.42, "note"]]);
    expect(log.comment).toEqual(["R0C0", "note text"]);
  });

  test("hosts without Excel API 1.10 get a clear message instead of a failure deep in Excel", async () => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: () => false } } };
    install({});
    await expect(new ExcelWorkbook().valuesOnly("sheet-copy", "n")).rejects.toThrow(/needs Excel API 1\.10/);
  });
});

describe("P10, P50, P90 columns (issue 13)", () => {
  const GW_FORMAT = "[<1]0.000;#,##0.00";

  test("in German, by quarter under a scenario: three columns after GW kumuliert, GW's format, the numbers GW.SCHEDULE gives for \"p10\", \"p50\", \"p90\"", async () => {
    const { log, extras } = sheetRecorder([]);
    install({}, extras);
    const pane = new PaneController(new ExcelWorkbook(), localeFor("de-DE"));
    const scenario = { ...blankScenario("Risiko"), overrides: { pue: 1.3 } };
    pane.document = { ...pane.document, scenarios: [scenario] };
    pane.selected = "Risiko";
    publishScenarios(pane.document.scenarios);
    pane.selectDeal("openai-amd");
    pane.setPeriod("quarter");
    pane.setTablePercentiles(true);
    await pane.insertTable();
    const values = log.ranges[0].values as (string | number)[][];
    expect(values[0]).toEqual(["Periodenbeginn", "GW neu", "GW kumuliert", "GW kumuliert P10", "GW kumuliert P50", "GW kumuliert P90", "Beschleuniger neu", "Investition (Mrd. USD)"]);
    const formats = log.ranges[1].numberFormat as string[][];
    expect(formats[0]).toEqual(["yyyy-mm-dd", GW_FORMAT, GW_FORMAT, GW_FORMAT, GW_FORMAT, GW_FORMAT, "#,##0", "#,##0.0,,,"]);
    // What a cell =GW.SCHEDULE("openai-amd","gw_cumulative",,,"quarter","p10","Risiko") spills, row for row.
    const schedule = (estimate: string) => (gw("SCHEDULE", "openai-amd", "gw_cumulative", null, null, "quarter", estimate, "Risiko") as (string | number)[][]).slice(1);
    const [p10, p50, p90] = ["p10", "p50", "p90"].map(schedule);
    expect(values.slice(1).map((row) => row[0])).toEqual(p50.map((row) => row[0]));
    expect(values.slice(1).map((row) => row.slice(3, 6))).toEqual(p10.map((row, i) => [row[1], p50[i][1], p90[i][1]]));
    // Ordered, and not a copy of the base column: deal risk takes some of the announced 6 GW off the P10.
    for (const row of values.slice(1)) expect(row[3] <= row[4] && row[4] <= row[5]).toBe(true);
    const last = values[values.length - 1];
    expect(last[2]).toBeCloseTo(6, 9);
    expect(last[3]).toBeLessThan(6);
    expect(pane.messages).toEqual([{ kind: "info", text: `Eingefügt in '${log.sheet}'!A1:H${values.length}.` }]);
    publishScenarios([]);
  });

  test("in English, by year: English headers; without the option the table is as before", async () => {
    const { log, extras } = sheetRecorder([]);
    install({}, extras);
    const pane = new PaneController(new ExcelWorkbook(), localeFor("en-US"));
    pane.setKind("portfolio");
    pane.setPortfolio(["openai-amd", "meta-amd"]);
    pane.setTablePercentiles(true);
    await pane.insertTable();
    const values = log.ranges[0].values as (string | number)[][];
    expect(values[0]).toEqual(["Year", "GW added", "GW cumulative", "GW cumulative P10", "GW cumulative P50", "GW cumulative P90", "Accelerators added", "Capex (USD bn)"]);
    const p90 = (gw("SCHEDULE", [["openai-amd"], ["meta-amd"]], "gw_cumulative", null, null, "year", "p90") as (string | number)[][]).slice(1);
    expect(values.slice(1).map((row) => [row[0], row[5]])).toEqual(p90);
    pane.setTablePercentiles(false);
    await pane.insertTable();
    const second = log.ranges.filter((range) => range.values !== undefined);
    expect(second).toHaveLength(2);
    expect((second[1].values as unknown[][])[0]).toEqual(["Year", "GW added", "GW cumulative", "Accelerators added", "Capex (USD bn)"]);
  });
});
