/**
 * Date arguments. A date is an Excel serial (with or without a time of day), a whole year 1900–9999
 * (1 January), or text: a year, "2027-03", "2027-Q1", "2027-H2" or an ISO date (the first day of that
 * period). Anything else is an error with a message, never a nearby date: 2027.5 is not "mid-2027"
 * (nor serial 2027, a day in 1905), and "0026" is not 1926.
 */
import { serialFromIso, serialFromYmd, FIRST_SERIAL, LAST_SERIAL } from "../model/dates";
import { messages } from "../i18n/messages";
import { describe, type Scalar } from "./coerce";
import { numError, valueError } from "./errors";

const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

const YEAR_TEXT = /^(\d{4})$/;
const QUARTER_TEXT = /^(\d{4})[-\s]?Q([1-4])$/i;
const HALF_TEXT = /^(\d{4})[-\s]?H([12])$/i;
const MONTH_TEXT = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})-\d{2}-\d{2}$/;

function fromNumber(value: number, name: string): number {
  if (!Number.isFinite(value)) throw numError(messages().notFinite(name));
  // Whole numbers 1900–9999 are years: as serials they are days in 1905–1927 that no one plans compute for.
  if (value >= FIRST_YEAR && value < LAST_YEAR + 1) {
    if (!Number.isInteger(value)) throw valueError(messages().yearNotWhole(name, describe(value)));
    return serialFromYmd(value, 1, 1);
  }
  return Math.floor(value); // a serial; a time of day is dropped
}

function fromText(value: string, name: string): number | undefined {
  const text = value.trim();
  // Every text form starts with a four-digit year; JavaScript's Date would read 0–99 as 1900–1999.
  const year = /^\d{4}/.test(text) ? Number(text.slice(0, 4)) : undefined;
  const known = YEAR_TEXT.test(text) || QUARTER_TEXT.test(text) || HALF_TEXT.test(text) || MONTH_TEXT.test(text) || ISO_YEAR.test(text);
  if (known && year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR)) throw numError(messages().textYearOutOfRange(name, describe(value)));
  let m: RegExpExecArray | null;
  if ((m = YEAR_TEXT.exec(text))) return serialFromYmd(Number(m[1]), 1, 1);
  if ((m = QUARTER_TEXT.exec(text))) return serialFromYmd(Number(m[1]), 3 * Number(m[2]) - 2, 1);
  if ((m = HALF_TEXT.exec(text))) return serialFromYmd(Number(m[1]), Number(m[2]) === 1 ? 1 : 7, 1);
  if ((m = MONTH_TEXT.exec(text))) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? serialFromYmd(Number(m[1]), Number(m[2]), 1) : undefined;
  return serialFromIso(text);
}

/** A date argument as an Excel serial (a whole day), or the error that says what to type instead. */
export function dateFrom(value: Scalar, name: string): number {
  let serial: number | undefined;
  if (typeof value === "number") serial = fromNumber(value, name);
  else if (typeof value === "string") serial = fromText(value, name);
  if (serial === undefined) throw valueError(messages().badDate(name, describe(value)));
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) throw numError(messages().dateOutOfRange(name));
  return serial;
}
