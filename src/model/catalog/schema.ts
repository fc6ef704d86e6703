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
  | "count" | "GW" | "kW" | "GB" | "PFLOPS" | "USD" | "USD/MW" | "USD/MWh" | "ratio" | "years" | "date";

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

/** How firm a deal or tranche is, as the public record has it. */
export type DealStatus = "binding" | "loi" | "reported" | "stalled" | "assumption";
export const DEAL_STATUSES: readonly DealStatus[] = ["binding", "loi", "reported", "stalled", "assumption"];

/** A block of capacity delivered evenly (linearly in time) from start to end. */
export interface Tranche {
  readonly start: string;
  readonly end: string;
  /** Facility GW delivered by the end of the tranche. */
  readonly gigawatts: Figure;
  /** Catalog system key the capacity is built with. */
  readonly system: string;
  readonly status: DealStatus;
  /** Why the dates and sizes are what they are; says so where the ramp is our assumption. */
  readonly note: string;
  readonly source: string;
}

/** Money that moves on a date, independent of capacity (an equity investment, a licence fee). */
export interface MoneyEvent {
  readonly date: string;
  readonly usd: Figure;
  /** investment: vendor → buyer; purchase: buyer → vendor. */
  readonly direction: "investment" | "purchase";
  readonly status: DealStatus;
  readonly note: string;
}

export interface DealSpec {
  /** Stable public key (typed in cells, stored in workbooks). */
  readonly key: string;
  readonly name: string;
  readonly buyer: string;
  readonly vendor: string;
  readonly aliases: readonly string[];
  readonly announced: string;
  readonly status: DealStatus;
  readonly tranches: readonly Tranche[];
  /** Vendor investment into the buyer per GW delivered (OpenAI–NVIDIA's "progressively as each gigawatt is deployed"). */
  readonly investmentPerGigawatt?: Figure;
  /** Where the buyer pays a contract price rather than buying systems (a services contract), USD per GW. */
  readonly contractUsdPerGigawatt?: Figure;
  /** Equity warrants that vest with GW delivered (AMD): shares vest pro rata until `fullAtGigawatts`. */
  readonly warrant?: { readonly shares: number; readonly fullAtGigawatts: number; readonly note: string; readonly source: string };
  readonly events: readonly MoneyEvent[];
  readonly source: string;
  readonly note: string;
}
