/** How one raw Excel argument is read: every shape Excel can pass, and the result or error for each. */
import { numberFromText, scalarOf, toNumber } from "../../src/functions/coerce";
import { dateFrom } from "../../src/functions/params";
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
  expect(numberFromText(text)).toBe(value);
});

test.each(["", "abc", "1.2.3,4,5", "1,2,3.4.5", "1..2", "12a", "0x10", "Infinity", "NaN", "--1", "1,5,6.7.8", "e5"])("text %p is not a number", (text) => {
  expect(numberFromText(text)).toBeUndefined();
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

test("dates outside Excel's calendar are #NUM!", () => {
  expect(errorOf(() => dateFrom(10, "date"))?.code).toBe("#NUM!"); // 1900-01-10: before the 1900 leap-year bug
  expect(errorOf(() => dateFrom(3e6, "date"))?.code).toBe("#NUM!");
});

test("serials follow Excel's 1900 system from 1900-03-01 (serial 61)", () => {
  expect(serialFromIso("1900-03-01")).toBe(61);
  expect(serialFromIso("2000-01-01")).toBe(36526);
  expect(serialFromIso("9999-12-31")).toBe(2958465);
});
