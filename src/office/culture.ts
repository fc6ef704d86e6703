/**
 * The workbook's number culture, read from Excel once per session: Excel.Application.cultureInfo
 * (ExcelApi 1.12) gives the culture's separators, and where the user has switched off "use system
 * separators" (ExcelApi 1.11) Excel's own decimal and thousands separators win, because those are
 * what Excel itself reads typed numbers with. Older hosts: Office's content language, then its display
 * language. Nothing usable: undefined, and ambiguous numeric text is then an error, never a guess.
 */
import { cultureFromSeparators, cultureFromTag, type NumberCulture } from "../model/number-text";

function supports(version: string): boolean {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return requirements !== undefined && requirements.isSetSupported("ExcelApi", version);
}

function officeLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  return Office.context?.contentLanguage || Office.context?.displayLanguage || undefined;
}

export async function readExcelCulture(): Promise<NumberCulture | undefined> {
  if (supports("1.12")) {
    try {
      const fromExcel = await Excel.run(async (context) => {
        const application = context.workbook.application;
        const culture = application.cultureInfo;
        culture.load("name");
        culture.numberFormat.load("numberDecimalSeparator, numberGroupSeparator");
        application.load("useSystemSeparators, decimalSeparator, thousandsSeparator");
        await context.sync();
        const own = application.useSystemSeparators === false;
        return cultureFromSeparators(
          own ? application.decimalSeparator : culture.numberFormat.numberDecimalSeparator,
          own ? application.thousandsSeparator : culture.numberFormat.numberGroupSeparator,
          culture.name,
        );
      });
      if (fromExcel !== undefined) return fromExcel;
    } catch {
      // A host that claims 1.12 but fails the read falls back to the language below.
    }
  }
  return cultureFromTag(officeLanguage());
}
