/**
 * Errors a GW function can answer. Only these three codes show a custom message in Excel's error
 * indicator, so every failure maps to one of them with a message that says what to fix.
 */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

/** Codes Excel may hand us as an argument (an error in a referenced cell); we pass them on unchanged. */
const PASS_THROUGH_CODES = new Set(["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"]);

export class GwError extends Error {
  constructor(readonly code: ExcelErrorCode | string, message: string) {
    super(message);
    this.name = "GwError";
  }
}

export const valueError = (message: string): GwError => new GwError("#VALUE!", message);
export const numError = (message: string): GwError => new GwError("#NUM!", message);
export const notAvailable = (message: string): GwError => new GwError("#N/A", message);

/** An error value passed in as an argument, as Excel hands it to an `any` parameter. */
export function incomingErrorCode(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const code = (raw as { code?: unknown }).code;
  if (typeof code === "string" && PASS_THROUGH_CODES.has(code)) return code;
  return "#VALUE!";
}

const ERROR_CODE_NAMES: Readonly<Record<string, string>> = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NAME?": "invalidName",
  "#NULL!": "nullReference",
  "#REF!": "invalidReference",
};

/**
 * The one place that builds Excel's error object. A non-GwError means a bug of ours: Excel still gets
 * a #VALUE! with a message (never a raw JS exception, which Excel shows without explanation).
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const gw = error instanceof GwError ? error : new GwError("#VALUE!", `Gigawatt internal error: ${String((error as Error)?.message ?? error)}`);
  const codeName = ERROR_CODE_NAMES[gw.code] ?? "invalidValue";
  const code = (CustomFunctions.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>)[codeName];
  // Excel shows custom messages only for #VALUE!, #NUM! and #N/A; for other codes the message is dropped.
  return ["#VALUE!", "#NUM!", "#N/A"].includes(gw.code) ? new CustomFunctions.Error(code, gw.message) : new CustomFunctions.Error(code);
}
