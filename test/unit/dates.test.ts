/**
 * src/model/dates.ts, which reads every date of the catalog's data files (tranches, events, releases).
 * Expected serials are Excel's (1900 date system): 2026-07-01 is 46204, as typed into a cell.
 */
import { isoFromSerial, serialFromIso, serialFromYmd, ymdFromSerial } from "../../src/model/dates";

test.each([
  ["2026-07-01", 46204], [" 2026-07-01 ", 46204], ["1900-03-01", 61], ["2024-02-29", 45351], ["9999-12-31", 2958465],
])("%p is serial %p", (text, serial) => {
  expect(serialFromIso(text)).toBe(serial);
});

test.each(["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-7-01", "2026-07", "26-07-01"])(
  "%p is not a calendar date",
  (text) => expect(serialFromIso(text)).toBeUndefined(),
);

test("a year below 100 is not read as the 1900s: '0050-03-15' is not 1950-03-15", () => {
  // Date.UTC maps years 0–99 to 1900–1999, so only the year of the round trip differs (1950 ≠ 50);
  // the month (3) and day (15) come back as typed.
  expect(serialFromIso("0050-03-15")).toBeUndefined();
  expect(serialFromIso("0099-12-31")).toBeUndefined();
});

test("serials and ISO text round-trip, across a leap day", () => {
  expect(isoFromSerial(45351)).toBe("2024-02-29");
  expect(ymdFromSerial(45352)).toEqual({ year: 2024, month: 3, day: 1 });
  expect(serialFromYmd(2027, 1, 1)).toBe(46388);
});
