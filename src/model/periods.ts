/** Calendar periods on Excel serial dates: the rows of a schedule. */
import { serialFromYmd, ymdFromSerial } from "./dates";

export type Period = "year" | "half" | "quarter" | "month";
export const PERIODS: readonly Period[] = ["year", "half", "quarter", "month"];

const MONTHS: Readonly<Record<Period, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

/** First day of the period that contains `serial`. */
export function periodStart(serial: number, period: Period): number {
  const { year, month } = ymdFromSerial(serial);
  const span = MONTHS[period];
  return serialFromYmd(year, Math.floor((month - 1) / span) * span + 1, 1);
}

/** Boundaries b0 < b1 < … < bn covering [from, to]: row k is the period [b(k-1), b(k)). */
export function periodBoundaries(from: number, to: number, period: Period, maxRows: number): number[] | undefined {
  const { year, month } = ymdFromSerial(periodStart(from, period));
  const span = MONTHS[period];
  const boundaries = [serialFromYmd(year, month, 1)];
  // Step in months from the first boundary (Date.UTC rolls month 13 into January of the next year).
  for (let k = 1; boundaries[k - 1] <= to; k++) {
    if (k > maxRows) return undefined;
    boundaries.push(serialFromYmd(year, month + k * span, 1));
  }
  return boundaries;
}

/** Years label rows by number (2027); shorter periods by their first day as an Excel date. */
export function periodLabel(start: number, period: Period): number {
  return period === "year" ? ymdFromSerial(start).year : start;
}
