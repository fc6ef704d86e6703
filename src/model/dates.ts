/**
 * Excel serial dates in the 1900 date system: serial 1 is 1900-01-01 and Excel keeps Lotus 1-2-3's
 * phantom 1900-02-29 (serial 60), so from 1900-03-01 on, serial = days since 1899-12-30.
 * We accept dates from 1900-03-01 only, where that rule is exact.
 */
const MS_PER_DAY = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
export const FIRST_SERIAL = 61; // 1900-03-01
export const LAST_SERIAL = 2958465; // 9999-12-31, Excel's last date

export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
}

export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const date = new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-07-01" → serial; undefined for anything that is not a real calendar date. */
export function serialFromIso(text: string): number | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // The round trip rejects every impossible date: Date.UTC rolls month 13, day 0 or Feb 30 into
  // another day, which then differs from what was typed.
  const serial = serialFromYmd(year, month, day);
  const back = ymdFromSerial(serial);
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return serial;
}

export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
