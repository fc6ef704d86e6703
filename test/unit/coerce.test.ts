/** How one raw Excel argument is read: every shape Excel can pass, and the result or error for each. */
import { scalarOf, toNumber } from "../../src/functions/coerce";
import { dateFrom } from "../../src/functions/date-arg";
import { invoke } from "../../src/functions/define";
import { DELIVERED, RAMP } from "../../src/functions/deals";
import { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import { GwError } from "../../src/functions/errors";
import { isoFromSerial, serialFromIso } from "../../src/model/dates";

function errorOf(fn: () => unknown): { code: string; message: string } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof GwError) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
}

test.each([
  ["1.5", 1.5], ["1,5", 1.5], [" 2 ", 2], ["-3", -3], ["1e9", 1e9], ["1.000,5", 1000.5], ["1,000.5", 1000.5],
  ["1.000.000", 1e6], ["1,000,000", 1e6], ["1 000", 1000], ["1\u00a0000,25", 1000.25], [".5", 0.5], ["+7", 7],
])("numeric text %p reads as %p", (text, value) => {
  expect(toNumber(text, "x")).toBe(value);
});

test.each(["", "abc", "1.2.3,4,5", "1,2,3.4.5", "1..2", "12a", "0x10", "Infinity", "NaN", "--1", "1,5,6.7.8", "e5"])("text %p is not a number", (text) => {
  expect(errorOf(() => toNumber(text, "x"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("x must be a number") });
});

test("omitted, empty and blank arguments all read as omitted", () => {
  for (const raw of [null, undefined, "", "   ", [[null]], [[""]]]) expect(scalarOf(raw, "x")).toBeUndefined();
});

test("a 1×1 range is its value; a larger range is #VALUE!", () => {
  expect(scalarOf([[3]], "x")).toBe(3);
  expect(errorOf(() => scalarOf([[1, 2]], "gigawatts"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("gigawatts must be a single value") });
  expect(errorOf(() => scalarOf([], "x"))?.code).toBe("#VALUE!");
});

test("an error value passed in keeps its code", () => {
  expect(errorOf(() => scalarOf({ code: "#DIV/0!" }, "x"))?.code).toBe("#DIV/0!");
  expect(errorOf(() => scalarOf({ code: "#N/A" }, "x"))?.code).toBe("#N/A");
  expect(errorOf(() => scalarOf({ weird: true }, "x"))?.code).toBe("#VALUE!");
});

test("numbers: booleans are refused, non-finite is #NUM!, subnormals flush to 0 as in Excel", () => {
  expect(errorOf(() => toNumber(true, "gigawatts"))).toEqual({ code: "#VALUE!", message: "gigawatts must be a number; got TRUE." });
  expect(errorOf(() => toNumber(NaN, "x"))?.code).toBe("#NUM!");
  expect(errorOf(() => toNumber(Infinity, "x"))?.code).toBe("#NUM!");
  expect(errorOf(() => toNumber("1e999", "x"))?.code).toBe("#NUM!");
  expect(toNumber(5e-324, "x")).toBe(0);
  // The smallest normal double, 2^-1022, is Excel's smallest number (2.2251E-308) and stays; half of it is a subnormal.
  expect(toNumber(2 ** -1022, "x")).toBe(2 ** -1022);
  expect(toNumber(-(2 ** -1022), "x")).toBe(-(2 ** -1022));
  expect(toNumber(2 ** -1023, "x")).toBe(0);
  expect(toNumber(-0, "x")).toBe(-0 + 0);
});

test.each([
  [46204, "2026-07-01"], [2027, "2027-01-01"], ["2027", "2027-01-01"], ["2026-07-01", "2026-07-01"], ["2027-Q3", "2027-07-01"],
  ["2027 q2", "2027-04-01"], ["2026-H2", "2026-07-01"], ["2028-03", "2028-03-01"], [46204.75, "2026-07-01"],
])("date %p is %p", (raw, iso) => {
  expect(isoFromSerial(dateFrom(raw, "date"))).toBe(iso);
});

test.each(["2026-02-30", "2026-13-01", "next year", "2026-Q5", "26-07-01"])("date %p is #VALUE!", (raw) => {
  expect(errorOf(() => dateFrom(raw, "date"))?.code).toBe("#VALUE!");
});

test("a fraction of a year is not a date: the issue's reproductions through the registered functions", () => {
  const call = (fn: () => unknown) => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof StubCustomFunctionsError) return { code: error.code, message: error.message };
      throw error;
    }
  };
  // Before: 0 (serial 2027, a day in 1905) and 126 rows from 1905.
  expect(call(() => invoke(DELIVERED, ["openai-amd", 2027.5, null, null, null]))).toEqual({
    code: "#VALUE!",
    message: "date 2027.5 is not a date: a number from 1900 to 9999 is a year and must be whole. Use 2027 for the year, or a date or text such as 2027-07-01 or 2027-H2.",
  });
  expect(call(() => invoke(RAMP, [52, 2026.5, 2030, null, null, null, null]))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^start 2026\.5 is not a date/) });
  expect(call(() => invoke(DELIVERED, ["openai-amd", 1900.001, null, null, null]))).toMatchObject({ code: "#VALUE!" });
  expect(call(() => invoke(DELIVERED, ["openai-amd", 9999.99, null, null, null]))).toMatchObject({ code: "#VALUE!" });
  // A real serial with a time of day is that day; 2027 is the year.
  expect(call(() => invoke(DELIVERED, ["openai-amd", 2027, null, null, null]))).toBe(1);
  expect(call(() => invoke(DELIVERED, ["openai-amd", serialFromIso("2027-01-01")! + 0.75, null, null, null]))).toBe(1);
});

test.each(["0026", "0026-Q1", "0099-H2", "0026-03", "0026-01-01", "1899", "1899-12-31"])("text year %p outside 1900–9999 is #NUM!, never shifted into the 1900s", (raw) => {
  expect(errorOf(() => dateFrom(raw, "date"))).toEqual({ code: "#NUM!", message: `date "${raw}": the year must be from 1900 to 9999, written with four digits.` });
});

test("dates outside Excel's calendar are #NUM!", () => {
  expect(errorOf(() => dateFrom(10, "date"))?.code).toBe("#NUM!"); // 1900-01-10: before the 1900 leap-year bug
  expect(errorOf(() => dateFrom(3e6, "date"))?.code).toBe("#NUM!");
});

test("serials follow Excel's 1900 system from 1900-03-01 (serial 61)", () => {
  expect(serialFromIso("1900-03-01")).toBe(61);
  expect(serialFromIso("2000-01-01")).toBe(36526);
  expect(serialFromIso("9999-12-31")).toBe(2958465);
});
