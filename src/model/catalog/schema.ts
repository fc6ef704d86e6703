/**
 * The catalog's schema. Every figure is a range with a provenance, after the convention of Epoch AI's
 * chip tables (p5 / median / p95 there; low / base / high here) — see README "Catalog schema".
 */

/** How we know a figure: reported by a primary or reputable source, derived by us from reported figures,
 *  reported but not confirmed (UNCONF in the reference notes), or our own planning assumption. */
export type FigureKind = "reported" | "derived" | "unconfirmed" | "assumption";
export const FIGURE_KINDS: readonly FigureKind[] = ["reported", "derived", "unconfirmed", "assumption"];

export type Case = "low" | "base" | "high";
export const CASES: readonly Case[] = ["low", "base", "high"];

export type Unit =
  | "count" | "kW" | "GB" | "PFLOPS" | "USD" | "USD/MW" | "USD/MWh" | "ratio" | "years" | "date";

export interface Source {
  readonly id: string;
  /** Who said it, through which outlet. */
  readonly title: string;
  readonly url: string;
  /** ISO date of publication (or best known month). */
  readonly date: string;
}

export interface Figure {
  readonly low: number;
  readonly base: number;
  readonly high: number;
  readonly unit: Unit;
  readonly kind: FigureKind;
  readonly source: string;
  readonly note?: string;
}

/** Dates are kept as ISO strings in the data and become Excel serial numbers at the boundary. */
export interface DateFigure {
  readonly low: string;
  readonly base: string;
  readonly high: string;
  readonly unit: "date";
  readonly kind: FigureKind;
  readonly source: string;
  readonly note?: string;
}

export interface SystemSpec {
  /** Stable public key (used in shared workbooks): never rename, add an alias instead. */
  readonly key: string;
  readonly name: string;
  readonly vendor: string;
  /** Generation family users say in headlines: Blackwell, Vera Rubin, WSE-3, … */
  readonly family: string;
  /** What one "accelerator" counts: a GPU package, a wafer, an LPU, a TPU chip. */
  readonly acceleratorUnit: string;
  readonly aliases: readonly string[];
  readonly acceleratorsPerSystem: Figure;
  readonly chipTdpKw: Figure;
  /** IT power of one whole system (rack or server) as its vendor or integrators quote it. */
  readonly systemKw: Figure;
  readonly hbmGb: Figure | null;
  readonly sramGb: Figure | null;
  /** Dense peak per accelerator; null where no comparable figure is published. */
  readonly fp8Pflops: Figure | null;
  readonly fp4Pflops: Figure | null;
  readonly available: DateFigure;
  readonly pricePerAcceleratorUsd: Figure;
  readonly pricePerSystemUsd: Figure;
}

export interface Assumption extends Figure {
  readonly key: string;
  readonly description: string;
}
