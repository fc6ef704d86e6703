/**
 * The edges of a date argument (src/functions/date-arg.ts), through the registered GW.SCHEDULE and
 * GW.DELIVERED as Excel calls them. SCHEDULE by month labels each row with its first day as an Excel
 * serial, so a one-month schedule from a date shows which month the date was read as. Expected serials
 * are Excel's 1900 date system, counted by hand: serial 61 is 1900-03-01 (the first date accepted),
 * 2027-01-01 is 46388 (2026-01-01 = 46023, + 365), 2027-12-01 is 46722 (46388 + 334 days of
 * January–November 2027), 2028-01-01 is 46753 (46388 + 365).
 */
import { callRegistered, loadRegistered } from "../helpers/registered";

const excel = loadRegistered("src");
// A deal with capacity (its GW numbers do not matter here: only the period labels and the errors are read).
const DEAL = "openai-amd";
const BAD_DATE = "is not a date. Use an Excel date, a year such as 2027, or text such as 2027-03-31, 2027-Q1 or 2027-H2.";

/** The first day of the one month a monthly schedule from `date` to `date` covers. */
function monthOf(date: unknown): unknown {
  const outcome = callRegistered(excel, "SCHEDULE", [DEAL, "gw_added", date, date, "month"]);
  if (outcome.error !== undefined) return outcome.error;
  const table = outcome.value as unknown[][];
  expect(table).toHaveLength(2); // the header and one month
  return table[1][0];
}

function deliveredError(date: unknown) {
  const outcome = callRegistered(excel, "DELIVERED", [DEAL, date]);
  if (outcome.error === undefined) throw new Error(`GW.DELIVERED answered ${JSON.stringify(outcome.value)} for ${JSON.stringify(date)}`);
  return outcome.error;
}

test("month text reads months 01 to 12 and no other: 2027-01 and 2027-12 are dates, 2027-00 and 2027-13 are not", () => {
  expect(monthOf("2027-01")).toBe(46388);
  expect(monthOf("2027-12")).toBe(46722);
  // Month 13 is not January 2028 (46753) and month 00 not December 2026: both are errors.
  for (const text of ["2027-13", "2027-00"]) {
    expect(deliveredError(text)).toEqual({ code: "#VALUE!", message: `date "${text}" ${BAD_DATE}` });
  }
});

test("the year 1900 typed as text is in range: 1900-03 is serial 61, the first date accepted", () => {
  expect(monthOf("1900-03")).toBe(61);
  // "1900" is 1900-01-01, a valid year but a day before 1900-03-01: the date range error, not the year one.
  expect(deliveredError("1900")).toEqual({ code: "#NUM!", message: "date must be between 1900-03-01 and 9999-12-31." });
});

test("the number 1900 is the year 1900 (1 January, before the first date), not serial 1900 in 1905", () => {
  expect(deliveredError(1900)).toEqual({ code: "#NUM!", message: "date must be between 1900-03-01 and 9999-12-31." });
  // 1899 is below the years, so it is a serial: 1899 days after 1899-12-30 is 1905-03-14, in March 1905.
  // 1905-03-01: 5 years from 1900-03-01 (serial 61) with one leap day (1904): 61 + 5 × 365 + 1 = 1887.
  expect(monthOf(1899)).toBe(1887);
});

test("text that only starts with an out-of-range year is not a date (#VALUE!), not a year out of range (#NUM!)", () => {
  // No date form matches "0500 AD", so its first four digits are not a year: the plain "not a date" message.
  expect(deliveredError("0500 AD")).toEqual({ code: "#VALUE!", message: `date "0500 AD" ${BAD_DATE}` });
  // A date form with that year is the year error.
  expect(deliveredError("0500-Q1")).toEqual({ code: "#NUM!", message: 'date "0500-Q1": the year must be from 1900 to 9999, written with four digits.' });
});

test("a non-finite number (never from a cell; a JavaScript caller's NaN) is #NUM!, not a date", () => {
  for (const value of [NaN, Infinity]) expect(deliveredError(value)).toEqual({ code: "#NUM!", message: "date must be a finite number." });
});

test("10000 is a serial (1927-05-18), not a year; serial 2958465 (9999-12-31, Excel's last date) is accepted", () => {
  // Whole numbers 1900–9999 are years; 10000 is the first number read as a day: 1927-05-18 (1927-01-01 is serial 9863,
  // + 137 days of January–May 17). Its month starts on 1927-05-01, serial 9863 + 120 = 9983.
  expect(monthOf(10000)).toBe(9983);
  // 9999-12-31 is the last day Excel has: December 9999 starts 30 days earlier, on serial 2958435.
  expect(monthOf(2958465)).toBe(2958435);
});

test("a text argument of 255 characters (Excel's limit for typed text) is read; 256 are refused as too long", () => {
  // The deal argument: 255 letters are looked up (and name no deal); one more is refused before any lookup.
  const message = (text: string) => callRegistered(excel, "DELIVERED", [text, 2027]).error?.message ?? "";
  expect(message("a".repeat(255))).not.toContain("longer than");
  expect(message("a".repeat(255))).toContain("aaaa");
  expect(message("a".repeat(256))).toBe("deal is longer than 255 characters.");
});
