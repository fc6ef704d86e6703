/**
 * Reading the workbook's number culture through Office.js (office-addin-mock: values are only
 * readable after load() + sync(), so a missing load fails here): Excel's cultureInfo where ExcelApi
 * 1.12 is supported, Excel's own separators when the user switched off the system's, else Office's
 * content or display language.
 */
import { OfficeMockObject } from "office-addin-mock";
import { readExcelCulture } from "../../src/office/culture";
import { ExcelWorkbook } from "../../src/office/excel-workbook";

type Data = Record<string, unknown>;

function installExcel(application: Data): void {
  const excel = new OfficeMockObject({
    context: { workbook: { application } },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  } as Data);
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
}

function installOffice(supported: string | undefined, contentLanguage: string, displayLanguage = "en-US"): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      contentLanguage, displayLanguage,
      requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && supported !== undefined && Number(version) <= Number(supported) },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

const swiss = (useSystemSeparators: boolean) => ({
  useSystemSeparators, decimalSeparator: ",", thousandsSeparator: ".",
  cultureInfo: { name: "de-CH", numberFormat: { numberDecimalSeparator: ".", numberGroupSeparator: "'" } },
});

test("ExcelApi 1.12: the culture's separators from Excel.Application.cultureInfo", async () => {
  installOffice("1.12", "en-US");
  installExcel(swiss(true));
  expect(await new ExcelWorkbook().numberCulture()).toEqual({ decimal: ".", group: "'", pairGroups: false, name: "de-CH" });
});

test("Excel's own separators win when the user switched off the system's", async () => {
  installOffice("1.12", "en-US");
  installExcel(swiss(false));
  expect(await readExcelCulture()).toMatchObject({ decimal: ",", group: "." });
});

test("en-IN from Excel keeps its pair groups", async () => {
  installOffice("1.12", "en-US");
  installExcel({ useSystemSeparators: true, decimalSeparator: ".", thousandsSeparator: ",",
    cultureInfo: { name: "en-IN", numberFormat: { numberDecimalSeparator: ".", numberGroupSeparator: "," } } });
  expect(await readExcelCulture()).toEqual({ decimal: ".", group: ",", pairGroups: true, name: "en-IN" });
});

test("older hosts: Office's content language, then its display language", async () => {
  installOffice("1.11", "fr-FR", "en-US");
  expect(await readExcelCulture()).toMatchObject({ decimal: ",", group: "\u202f", name: "fr-FR" });
  installOffice(undefined, "", "de-DE");
  expect(await readExcelCulture()).toMatchObject({ decimal: ",", group: ".", name: "de-DE" });
});

test("nothing to go by: unknown, never a guess", async () => {
  installOffice(undefined, "", "");
  expect(await readExcelCulture()).toBeUndefined();
  delete (globalThis as { Office?: unknown }).Office;
  expect(await readExcelCulture()).toBeUndefined();
});

test("a host that claims 1.12 but fails the read falls back to the language", async () => {
  installOffice("1.12", "de-DE");
  (globalThis as unknown as { Excel: unknown }).Excel = { run: async () => { throw new Error("ApiNotFound"); } };
  expect(await readExcelCulture()).toMatchObject({ decimal: ",", group: "." });
});
