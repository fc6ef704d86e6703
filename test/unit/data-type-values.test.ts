/**
 * Excel data types at the function boundary (src/functions/cell-values.ts), through the functions Excel
 * calls (the source realm, test/helpers/registered.ts) with a global `Office` host:
 * - whether the host takes data types: Office's documented check, isSetSupported("CustomFunctionsRuntime", "1.4");
 * - out: numbers leave as formatted Double values (USD, GW, counts, dates), in scalars and by column
 *   header in spilled tables; elsewhere plain numbers;
 * - in: a data type passed back in (a formatted number, a string, a boolean, a card) reads as its plain
 *   value, a card as its key.
 * Expected numbers are the formula table's hand calculations (test/fixtures/formulas.json, repeated in
 * the comments); formats are the Excel number formats documented in cell-values.ts, shaped as
 * Excel.DoubleCellValue from @types/office-js.
 */
import { resetDataTypeSupport } from "../../src/functions/cell-values";
import { officeHost } from "../helpers/office-host";
import { errorOf, loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const gw = (id: string, ...args: unknown[]) => valueOf(excel, id, ...args);
const fail = (id: string, ...args: unknown[]) => errorOf(excel, id, ...args);

const USD = '"$"#,##0';
const CENTS = '"$"#,##0.00';
const GW = '#,##0.0##" GW"';
const COUNT = "#,##0";
const DATE = "yyyy-mm-dd";
const double = (basicValue: number, numberFormat: string): Excel.DoubleCellValue => ({ type: "Double", basicValue, numberFormat });

function useOffice(office: unknown): void {
  (globalThis as { Office?: unknown }).Office = office;
  resetDataTypeSupport(); // decided once per runtime: a new host is a new runtime
}
const withDataTypes = () => useOffice(officeHost({ CustomFunctionsRuntime: "1.4", ExcelApi: "1.19" }));

afterEach(() => {
  // Leave the runtime as the other test files expect it: no Office, nothing decided.
  delete (globalThis as { Office?: unknown }).Office;
  resetDataTypeSupport();
});

// CAPEX(2, "GB200", "facility") = 2,000 MW × $11M per MW = $22,000,000,000 (formulas.json).
const FACILITY_2GW = 22_000_000_000;

describe("which hosts get data types", () => {
  test("a host with CustomFunctionsRuntime 1.4 gets formatted numbers; it was asked for exactly that set", () => {
    const host = officeHost({ CustomFunctionsRuntime: "1.4" });
    useOffice(host);
    expect(gw("CAPEX", 2, "GB200", "facility")).toStrictEqual(double(FACILITY_2GW, USD));
    expect(host.asked).toEqual(["CustomFunctionsRuntime 1.4"]);
  });

  test("a host with an older runtime (1.3) gets the plain number", () => {
    useOffice(officeHost({ CustomFunctionsRuntime: "1.3", ExcelApi: "1.12" }));
    expect(gw("CAPEX", 2, "GB200", "facility")).toBe(FACILITY_2GW);
  });

  test("a host whose requirement check throws (office.js outside Office) gets the plain number", () => {
    useOffice({ context: { requirements: { isSetSupported: () => { throw new Error("Office.context is not initialised"); } } } });
    expect(gw("CAPEX", 2, "GB200", "facility")).toBe(FACILITY_2GW);
  });
});

describe("formatted numbers out", () => {
  beforeEach(withDataTypes);

  test("each result kind has its Excel number format; a plain quantity stays a plain number", () => {
    // ACCELERATORS(1, "GB200") = 1e6 kW ÷ (120 kW ÷ 72 × 1.1 × 1.2 = 2.2 kW) = 454,545.45… GPUs: a count.
    expect(gw("ACCELERATORS", 1, "GB200")).toStrictEqual(double(454545.45454545453, COUNT));
    // GIGAWATTS(1000000, "GB200") = 1e6 × 2.2 kW = 2.2 GW: below 100 but not money, so no cents.
    expect(gw("GIGAWATTS", 1000000, "GB200")).toStrictEqual(double(2.2, GW));
    // SPEC("Vera Rubin", "available") = 2026-07-01 = serial 46204: a date.
    expect(gw("SPEC", "Vera Rubin", "available")).toStrictEqual(double(46204, DATE));
    // POWER("GB300") = 132 ÷ 72 × 1.1 × 1.2 = 2.42 kW per accelerator: kind "number", no format, not a Double.
    expect(gw("POWER", "GB300")).toBe(2.42);
  });

  test("money keeps its cents below $100 and shows whole dollars from $100", () => {
    // TCO("GB200") = $1.6288… per GPU-hour (formulas.json): cents matter.
    expect(gw("TCO", "GB200")).toStrictEqual(double(1.6288126331811263, CENTS));
    expect(gw("CAPEX", 2, "GB200", "facility")).toStrictEqual(double(FACILITY_2GW, USD));
    // A custom system's price is returned as set: $99.50 is below the line, $100 is on it (whole dollars).
    const priced = (usd: number) => gw("SPEC", [["based_on", "GB300"], ["price_per_accelerator", usd]], "price_per_accelerator");
    expect(priced(99.5)).toStrictEqual(double(99.5, CENTS));
    expect(priced(100)).toStrictEqual(double(100, USD));
  });

  test("spilled tables: headers stay text, each number column formatted by its header, others plain", () => {
    const plainTable = (id: string, ...args: unknown[]) => {
      useOffice(officeHost({ CustomFunctionsRuntime: "1.3" }));
      const table = gw(id, ...args);
      withDataTypes();
      return table as unknown[][];
    };
    /** Each column's cells in data rows: the format, "plain" for a number, "text" for text. */
    const columnFormats = (table: unknown[][]) => (table[0] as string[]).map((header, c) => [header, [...new Set(table.slice(1).map((row) => {
      const cell = row[c];
      return typeof cell === "number" ? "plain" : typeof cell === "string" ? "text" : (cell as Excel.DoubleCellValue).numberFormat;
    }))].sort().join(" | ")]);
    /** What Range.values would show: a formatted number's basicValue. */
    const basic = (table: unknown[][]) => table.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? (cell as Excel.DoubleCellValue).basicValue : cell)));

    const schedule = gw("SCHEDULE", "openai-amd", "capex") as unknown[][];
    expect(schedule[0]).toEqual(["Year", "Capex (USD)"]);
    expect(columnFormats(schedule)).toEqual([["Year", "plain"], ["Capex (USD)", USD]]); // a year is not a date
    expect(basic(schedule)).toEqual(plainTable("SCHEDULE", "openai-amd", "capex"));

    const quarters = gw("SCHEDULE", "openai-amd", "accelerators_added", null, null, "quarter") as unknown[][];
    expect(columnFormats(quarters)).toEqual([["Period start", DATE], ["Accelerators added", COUNT]]);

    const flows = gw("FLOWS", "openai-amd") as unknown[][];
    // A zero vendor investment is below $100, so it shows cents like any small amount.
    expect(columnFormats(flows)).toEqual([["Year", "plain"], ["Vendor investment (USD)", CENTS], ["Buyer spend (USD)", USD],
      ["Net to vendor (USD)", USD], ["Warrant shares vested", COUNT]]);

    const deals = gw("DEALS") as unknown[][];
    expect(columnFormats(deals)).toEqual([["Key", "text"], ["Deal", "text"], ["Buyer", "text"], ["Vendor", "text"], ["GW (base)", GW],
      ["Systems", "text"], ["Start", DATE], ["End", DATE], ["Status", "text"], ["Source", "text"], ["Payment", "text"]]);
    expect(basic(deals)).toEqual(plainTable("DEALS"));

    const systems = gw("SYSTEMS") as unknown[][];
    const formats = Object.fromEntries(columnFormats(systems));
    expect(formats).toMatchObject({
      Key: "text", "Accelerators per system": COUNT, "Chip TDP (kW)": "plain", "System power (kW)": "plain", Available: DATE,
      "Price per accelerator (USD)": USD, "Price per system (USD)": USD,
    });
    expect(basic(systems)).toEqual(plainTable("SYSTEMS"));

    const versions = gw("VERSION", true) as unknown[][];
    expect(columnFormats(versions)).toEqual([["Version", "text"], ["Released", DATE], ["Systems", "plain"], ["Deals", "plain"], ["Note", "text"], ["Status", "text"]]);
  });
});

describe("data types passed back in", () => {
  beforeEach(withDataTypes);

  test("a formatted number reads as its value, whether Double or FormattedNumber", () => {
    expect(gw("CAPEX", double(2, GW), "GB200", "facility")).toStrictEqual(double(FACILITY_2GW, USD));
    const formattedNumber: Excel.FormattedNumberCellValue = { type: "FormattedNumber", basicValue: 2, numberFormat: "0.0" };
    expect(gw("CAPEX", formattedNumber, "GB200", "facility")).toStrictEqual(double(FACILITY_2GW, USD));
  });

  test("a string or boolean value reads as its text or truth value", () => {
    const gb200: Excel.StringCellValue = { type: "String", basicValue: "GB200" };
    expect(gw("CAPEX", 2, gb200, "facility")).toStrictEqual(double(FACILITY_2GW, USD));
    const yes: Excel.BooleanCellValue = { type: "Boolean", basicValue: true };
    // VERSION(TRUE) lists the versions as a table; VERSION(FALSE) is the current version alone.
    expect((gw("VERSION", yes) as unknown[][])[0]).toEqual(["Version", "Released", "Systems", "Deals", "Note", "Status"]);
  });

  test("a card reads as its Key property, not its display text", () => {
    const card: Excel.EntityCellValue = { type: "Entity", text: "Our rack", properties: { Key: { type: "String", basicValue: "gb200-nvl72" } } };
    expect(gw("CAPEX", 2, card, "facility")).toStrictEqual(double(FACILITY_2GW, USD));
    // GW.SYSTEM's own card, passed where a system goes.
    expect(gw("CAPEX", 2, gw("SYSTEM", "GB200"), "facility")).toStrictEqual(double(FACILITY_2GW, USD));
  });

  test("another add-in's card without a Key reads as its text", () => {
    const card: Excel.EntityCellValue = { type: "Entity", text: "GB200", properties: {} };
    expect(gw("CAPEX", 2, card, "facility")).toStrictEqual(double(FACILITY_2GW, USD));
  });

  test("a card with neither Key nor text is refused, not taken as an omitted argument", () => {
    const blank = { type: "Entity", properties: {} }; // no Key property, no display text
    // "component" is optional (default "total"): an unreadable card there must not quietly mean "total".
    expect(fail("CAPEX", 2, "GB200", blank)).toMatchObject({ code: "#VALUE!" });
  });

  test("data types inside a range are read cell by cell; blank cells stay blank", () => {
    // ACCELERATORS(1, {"based_on","GB300";"system_kw",264}) = 1e6 ÷ (264 ÷ 72 × 1.1 × 1.2 = 4.84 kW) = 206,611.57.
    const custom = 206611.57024793388;
    // Only the second row holds a data type.
    expect(gw("ACCELERATORS", 1, [["based_on", "GB300"], ["system_kw", double(264, '#,##0" kW"')]])).toStrictEqual(double(custom, COUNT));
    // A blank row (Excel's null cells) beside a data type.
    expect(gw("ACCELERATORS", 1, [["based_on", { type: "String", basicValue: "GB300" }], [null, null], ["system_kw", 264]])).toStrictEqual(double(custom, COUNT));
    // A range of nothing but a data type: 1e6 ÷ (132 ÷ 72 × 1.1 × 1.2 = 2.42 kW) = 413,223.1404958677686… GPUs.
    expect(gw("ACCELERATORS", 1, [[{ type: "String", basicValue: "GB300" }]])).toStrictEqual(double(413223.14049586776, COUNT));
  });
});
