/**
 * Excel-native results through the built bundle, in two hosts: one whose Office reports
 * CustomFunctionsRuntime 1.4 (data types) and one that does not. The same formulas give the same
 * numbers in both; with data types they arrive formatted (dates, USD, GW, counts; in scalars and in
 * spilled tables) and GW.SYSTEM / GW.DEAL arrive as cards. The expected shapes are typed with
 * @types/office-js (Excel.DoubleCellValue, Excel.EntityCellValue), so a misspelt field fails tsc.
 */
import fixture from "../fixtures/formulas.json";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { loadFunctionsBundle, type LoadedBundle } from "../helpers/bundle";
import { officeHost } from "../helpers/office-host";
import { parseFormula, type FormulaCase } from "../helpers/formula";

let rich: LoadedBundle;
let plain: LoadedBundle;
let noOffice: LoadedBundle;
let richHost: ReturnType<typeof officeHost>;

beforeAll(() => {
  richHost = officeHost({ CustomFunctionsRuntime: "1.4", ExcelApi: "1.19" });
  rich = loadFunctionsBundle("isolated", { Office: richHost });
  plain = loadFunctionsBundle("isolated", { Office: officeHost({ CustomFunctionsRuntime: "1.3", ExcelApi: "1.12" }) });
  noOffice = loadFunctionsBundle("isolated");
});

/** Calls a fixture formula as Excel would: omitted arguments null, a range parameter as a 2-D array. */
function call(bundle: LoadedBundle, formula: string, replace: Record<number, unknown> = {}): unknown {
  const { id, args } = parseFormula(formula);
  const def = FUNCTION_DEFS.find((d) => d.id === id)!;
  const full = def.params.map((p, i) => {
    const value = i in replace ? replace[i] : args[i] ?? null;
    return p.matrix && !Array.isArray(value) && value !== null ? [[value]] : value;
  });
  return bundle.byId.get(id)!(...full);
}

/** What Range.values would show: a formatted number's basicValue, a card's text. */
function basic(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(basic);
  if (typeof value === "object" && value !== null) {
    const v = value as { type?: string; basicValue?: unknown; text?: unknown };
    if (v.type === "Double") return v.basicValue;
    if (v.type === "Entity") return v.text;
    throw new Error(`unexpected object ${JSON.stringify(value).slice(0, 200)}`);
  }
  return value;
}

// Cases that name a stored scenario need it published into the runtime; the rest run as they are.
const scenarioNames = (fixture.scenarios as Array<{ name: string }>).map((s) => `"${s.name}"`);
const valueCases = (fixture.cases as FormulaCase[]).filter((c) => c.error === undefined && !scenarioNames.some((n) => c.formula.includes(n)));

test("the host is asked for the documented requirement set", () => {
  call(rich, '=GW.CAPEX(1, "GB300")');
  expect(richHost.asked).toContain("CustomFunctionsRuntime 1.4");
});

test.each(valueCases.map((c) => [c.formula]))("%s: the same values with and without data types", (formula) => {
  const withTypes = call(rich, formula);
  const without = call(plain, formula);
  expect(basic(withTypes)).toEqual(without);
  expect(call(noOffice, formula)).toEqual(without);
  // Without data types nothing but numbers, text and tables of them reaches Excel.
  expect(JSON.stringify(without)).not.toMatch(/"type":/);
});

describe("formatted numbers where data types are supported", () => {
  test("scalars: USD, counts, GW and dates carry Excel number formats", () => {
    const usd: Excel.DoubleCellValue = { type: "Double", basicValue: call(plain, '=GW.CAPEX(1, "Vera Rubin")') as number, numberFormat: '"$"#,##0' };
    expect(call(rich, '=GW.CAPEX(1, "Vera Rubin")')).toEqual(usd);
    const cents: Excel.DoubleCellValue = { type: "Double", basicValue: call(plain, '=GW.TCO("GB200")') as number, numberFormat: '"$"#,##0.00' };
    expect(call(rich, '=GW.TCO("GB200")')).toEqual(cents);
    const count: Excel.DoubleCellValue = { type: "Double", basicValue: call(plain, '=GW.ACCELERATORS(1, "GB200")') as number, numberFormat: "#,##0" };
    expect(call(rich, '=GW.ACCELERATORS(1, "GB200")')).toEqual(count);
    const gw: Excel.DoubleCellValue = { type: "Double", basicValue: call(plain, '=GW.GIGAWATTS(1000000, "GB200")') as number, numberFormat: '#,##0.0##" GW"' };
    expect(call(rich, '=GW.GIGAWATTS(1000000, "GB200")')).toEqual(gw);
    const date: Excel.DoubleCellValue = { type: "Double", basicValue: call(plain, '=GW.SPEC("GB300", "available")') as number, numberFormat: "yyyy-mm-dd" };
    expect(call(rich, '=GW.SPEC("GB300", "available")')).toEqual(date);
  });

  test("a result's kind can depend on its arguments: DELIVERED in GW, USD, accelerators; SPEC text stays text", () => {
    expect(call(rich, '=GW.DELIVERED("openai-amd", 2028)')).toMatchObject({ type: "Double", numberFormat: '#,##0.0##" GW"' });
    expect(call(rich, '=GW.DELIVERED("openai-amd", 2028, "capex")')).toMatchObject({ type: "Double", numberFormat: '"$"#,##0' });
    expect(call(rich, '=GW.DELIVERED("openai-amd", 2028, "accelerators")')).toMatchObject({ type: "Double", numberFormat: "#,##0" });
    expect(call(rich, '=GW.SPEC("GB300", "vendor")')).toBe("NVIDIA");
    expect(call(rich, '=GW.POWER("GB300")')).toBe(call(plain, '=GW.POWER("GB300")')); // kW per accelerator: a plain number
  });

  test("spilled tables: header text stays text, columns formatted by their header, years stay plain", () => {
    const deals = call(rich, "=GW.DEALS()") as unknown[][];
    const header = deals[0] as string[];
    expect(header.every((h) => typeof h === "string")).toBe(true);
    const start = header.indexOf("Start");
    const gw = header.indexOf("GW (base)");
    expect(deals[1][start]).toMatchObject({ type: "Double", numberFormat: "yyyy-mm-dd" });
    expect(deals[1][gw]).toMatchObject({ type: "Double", numberFormat: '#,##0.0##" GW"' });
    expect(typeof deals[1][header.indexOf("Key")]).toBe("string");

    const schedule = call(rich, '=GW.SCHEDULE("openai-amd", "capex")') as unknown[][];
    expect(schedule[0]).toEqual(["Year", "Capex (USD)"]);
    expect(typeof schedule[1][0]).toBe("number"); // a year, not a date
    expect(schedule[1][1]).toMatchObject({ type: "Double", numberFormat: '"$"#,##0' });

    const quarterly = call(rich, '=GW.SCHEDULE("openai-amd", "gw_added", , , "quarter")') as unknown[][];
    expect(quarterly[0][0]).toBe("Period start");
    expect(quarterly[1][0]).toMatchObject({ type: "Double", numberFormat: "yyyy-mm-dd" });
  });
});

describe("entity cards", () => {
  test("GW.SYSTEM is a card with every figure's unit, range and source where supported, else the name", () => {
    const card = call(rich, '=GW.SYSTEM("GB300")') as Excel.EntityCellValue;
    const expected: Excel.EntityCellValue = {
      type: "Entity",
      text: "NVIDIA GB300 NVL72 (Blackwell Ultra)",
      properties: { Key: { type: "String", basicValue: "gb300-nvl72" }, Vendor: { type: "String", basicValue: "NVIDIA" } },
    };
    expect(card).toMatchObject(expected);
    const power = card.properties!["System power"] as Excel.DoubleCellValue & Excel.EntityPropertyExtraProperties;
    expect(power.basicValue).toBe(call(plain, '=GW.SPEC("GB300", "system_kw")'));
    expect(power.numberFormat).toBe('#,##0.0##" kW"');
    expect(power.propertyMetadata?.sublabel).toMatch(/^range [\d,.]+ to [\d,.]+; (Reported|Derived|Gigawatt assumption)/);
    expect(power.propertyMetadata?.attribution?.[0].sourceText).toMatch(/\(\d{4}-\d{2}/);
    const available = card.properties!.Available as Excel.DoubleCellValue;
    expect(available).toMatchObject({ type: "Double", numberFormat: "yyyy-mm-dd", basicValue: call(plain, '=GW.SPEC("GB300", "available")') });
    expect(card.layouts?.card?.title).toEqual({ property: "Name" });
    const shown = card.layouts!.card!.sections!.flatMap((s) => s.properties);
    for (const name of shown) expect(card.properties).toHaveProperty([name]);
    expect(call(plain, '=GW.SYSTEM("GB300")')).toBe("NVIDIA GB300 NVL72 (Blackwell Ultra)");
  });

  test("a figure that does not apply or is unpublished says so on the card", () => {
    const card = call(rich, '=GW.SYSTEM("CS-3")') as Excel.EntityCellValue;
    expect(card.properties!.HBM).toMatchObject({ type: "String", basicValue: expect.stringMatching(/^n\/a: /) });
  });

  test("GW.DEAL is a card with its tranches and reported money where supported, else the name", () => {
    const card = call(rich, '=GW.DEAL("openai-amd")') as Excel.EntityCellValue;
    expect(card).toMatchObject({ type: "Entity", text: "OpenAI–AMD (6 GW Instinct)", properties: { Key: { type: "String", basicValue: "openai-amd" } } });
    const tranches = card.properties!.Tranches as Excel.ArrayCellValue;
    expect(tranches.type).toBe("Array");
    expect(tranches.elements[0].map((c) => (c as Excel.StringCellValue).basicValue)).toEqual(["Start", "End", "GW (base)", "System", "Status"]);
    const total = tranches.elements.slice(1).reduce((sum, row) => sum + (row[2] as Excel.DoubleCellValue).basicValue, 0);
    expect((card.properties!.GW as Excel.DoubleCellValue).basicValue).toBeCloseTo(total, 9);
    expect(total).toBeCloseTo(6, 9); // 6 GW, as the deal's name says
    expect(call(plain, '=GW.DEAL("openai-amd")')).toBe("OpenAI–AMD (6 GW Instinct)");
  });

  test("a card or a formatted number passed back in reads as its key or value", () => {
    const system = call(rich, '=GW.SYSTEM("GB300")');
    expect(basic(call(rich, '=GW.CAPEX(1, "x")', { 1: system }))).toBe(call(plain, '=GW.CAPEX(1, "gb300-nvl72")'));
    const deal = call(rich, '=GW.DEAL("openai-amd")');
    expect(basic(call(rich, '=GW.SCHEDULE("x")', { 0: [[deal]] }))).toEqual(call(plain, '=GW.SCHEDULE("openai-amd")'));
    expect(basic(call(rich, '=GW.FLOWS("x")', { 0: deal }))).toEqual(call(plain, '=GW.FLOWS("openai-amd")'));
    const gw = call(rich, '=GW.GIGAWATTS(1000000, "GB200")');
    expect(basic(call(rich, '=GW.CAPEX(1, "GB200")', { 0: gw }))).toBe(call(plain, `=GW.CAPEX(${basic(gw)}, "GB200")`));
  });

  test("a card where a number belongs is refused with a message", () => {
    const system = call(rich, '=GW.SYSTEM("GB300")');
    expect(() => call(rich, '=GW.CAPEX(1, "GB300")', { 0: system })).toThrow(/gigawatts/);
  });
});
