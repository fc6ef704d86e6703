import type { DateFigure, Figure, FigureKind, Unit } from "./schema";

/** Shorthands that keep the data files readable as tables. */
export function range(
  low: number, base: number, high: number, unit: Unit, kind: FigureKind, source: string, note?: string,
): Figure {
  return note === undefined ? { low, base, high, unit, kind, source } : { low, base, high, unit, kind, source, note };
}

export function exact(value: number, unit: Unit, kind: FigureKind, source: string, note?: string): Figure {
  return range(value, value, value, unit, kind, source, note);
}

export function dates(low: string, base: string, high: string, kind: FigureKind, source: string, note?: string): DateFigure {
  return note === undefined
    ? { low, base, high, unit: "date", kind, source }
    : { low, base, high, unit: "date", kind, source, note };
}
