/**
 * Excel data types at the function boundary (learn.microsoft.com, "Use data types with custom
 * functions in Excel"; CustomFunctionsRuntime 1.4 with `allowCustomDataForDataTypeAny` in functions.json):
 * - out: where the host supports them, numbers leave as formatted `Double` values (dates as dates, USD
 *   as currency, GW and counts with separators), in scalars and in spilled tables, and GW.SYSTEM /
 *   GW.DEAL return entity cards; elsewhere the same numbers leave plain (identical values) and an
 *   entity is its display name.
 * - in: a data type passed back in (a formatted number, a card) is read as its plain value; a card as
 *   its key, so `=GW.CAPEX(1, A1)` works with a GW.SYSTEM card in A1.
 */
import { messages } from "../i18n/messages";
import type { ResultKind } from "./define";
import { valueError } from "./errors";

/** The property of a Gigawatt card that holds its catalog key (what other functions read). */
export const ENTITY_KEY_PROPERTY = "Key";

/**
 * How a custom system's card marks its Key. Its figures are the workbook's, not the catalog's, and the
 * card cannot carry them back: read as its base system's key it would give the catalog's numbers under
 * the custom system's name, so a card with this mark passed as an argument is an error instead. No
 * catalog key contains ":".
 */
export const CUSTOM_CARD_KEY_PREFIX = "custom:";

interface OfficeLike {
  context?: { requirements?: { isSetSupported?: (name: string, version?: string) => boolean } };
}

let supported: boolean | undefined;

/**
 * Whether the host takes data types from custom functions: Office's documented check of the
 * requirement set. Decided once Office is initialised; outside Office (tests, the preview) false.
 */
export function dataTypesSupported(): boolean {
  if (supported !== undefined) return supported;
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  if (typeof isSetSupported !== "function") return false; // not (yet) in Office: ask again next call
  try {
    supported = isSetSupported.call(office!.context!.requirements, "CustomFunctionsRuntime", "1.4") === true;
  } catch {
    supported = false; // office.js outside Office may answer by throwing: plain numbers are always safe
  }
  return supported;
}

/** For tests: forget the decision, as a fresh runtime would. */
export function resetDataTypeSupport(): void {
  supported = undefined;
}

/** Excel number formats (en-US syntax, as `DoubleCellValue.numberFormat` requires). */
export const NUMBER_FORMATS: Readonly<Partial<Record<ResultKind, string>>> = {
  gw: '#,##0.0##" GW"',
  usd: '"$"#,##0',
  count: "#,##0",
  date: "yyyy-mm-dd",
};

/** USD below 100 (a price per hour, per MWh) keeps its cents. */
const USD_SMALL = '"$"#,##0.00';

export function formatFor(kind: ResultKind | undefined, value: number): string | undefined {
  if (kind === "usd" && Math.abs(value) < 100) return USD_SMALL;
  return kind === undefined ? undefined : NUMBER_FORMATS[kind];
}

export function formatted(kind: ResultKind | undefined, value: number): Excel.DoubleCellValue | number {
  const numberFormat = formatFor(kind, value);
  return numberFormat === undefined ? value : { type: "Double", basicValue: value, numberFormat };
}

/**
 * A table column's kind from its header, one rule for every table (header texts are public API):
 * "… (USD)" money, "GW …" power, "Accelerators …" and warrant shares counts, start/end/available dates.
 */
export function columnKind(header: string): ResultKind | undefined {
  if (/\(USD\)$/.test(header)) return "usd";
  if (/^GW\b/.test(header)) return "gw";
  if (/^(Accelerators\b|Warrant shares)/.test(header)) return "count";
  if (/^(Start|End|Period start|Available|Announced|Released)$/.test(header)) return "date";
  return undefined;
}

/** A checked table with each number column formatted by its header; text cells stay text. */
export function formattedTable(table: readonly (readonly (number | string)[])[]): unknown[][] {
  const kinds = table[0].map((h) => (typeof h === "string" ? columnKind(h) : undefined));
  return table.map((row, r) => (r === 0 ? [...row] : row.map((cell, c) => (typeof cell === "number" ? formatted(kinds[c], cell) : cell))));
}

/** A value Excel handed us: a data type is read as its plain value, a Gigawatt card as its key. */
export function plainArg(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  if (Array.isArray(raw)) return raw.some((row) => Array.isArray(row) && row.some((cell) => typeof cell === "object" && cell !== null)) ? raw.map((row) => (Array.isArray(row) ? row.map(plainArg) : row)) : raw;
  const value = raw as { type?: unknown; basicValue?: unknown; text?: unknown; properties?: Record<string, { basicValue?: unknown }> };
  switch (value.type) {
    case "Double": case "String": case "Boolean": case "FormattedNumber":
      return value.basicValue;
    case "Entity": {
      const key = value.properties?.[ENTITY_KEY_PROPERTY]?.basicValue;
      if (typeof key === "string" && key.startsWith(CUSTOM_CARD_KEY_PREFIX)) throw valueError(messages().customCardAsArgument(String(value.text)));
      return typeof key === "string" ? key : typeof value.text === "string" ? value.text : raw;
    }
    default:
      return raw; // an error value: params pass it through
  }
}
