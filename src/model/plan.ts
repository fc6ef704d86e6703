/**
 * A bottom-up plan: the user's own tranches ("300 MW of GB300 at site A from 2027-Q2 over three
 * quarters"), each delivering its GW in the shape it names, optionally weighted by a probability, with
 * its own PUE or system price. The plan's table of values per period is computed like a deal schedule
 * (cumulative values at period boundaries, differences per period), so it telescopes exactly and a plan
 * of documented deal rows equals GW.SCHEDULE of those deals.
 */
import type { SystemSpec } from "./catalog";
import { Dec, ONE } from "./decimal";
import { cumulativeSeries, periodValues, SHAPES, type Flow, type Measure, type ScheduleOptions, type Shape } from "./schedule";

/** Columns of a tranche table. The header names are matched without regard to case, spaces or hyphens. */
export type PlanColumn = "name" | "start" | "end" | "gw" | "system" | "shape" | "probability" | "pue" | "price_per_system" | "deal";
export const PLAN_COLUMNS: readonly PlanColumn[] = ["name", "start", "end", "gw", "system", "shape", "probability", "pue", "price_per_system", "deal"];
export const REQUIRED_PLAN_COLUMNS: readonly PlanColumn[] = ["name", "start", "end", "gw", "system"];

/** Header names accepted for each column: the English key and German names (a German sheet's table). */
export const PLAN_COLUMN_NAMES: Readonly<Record<PlanColumn, readonly string[]>> = {
  name: ["name", "bezeichnung", "tranche"],
  start: ["start", "beginn", "anfang"],
  end: ["end", "ende"],
  gw: ["gw", "gigawatt", "gigawatts"],
  system: ["system"],
  shape: ["shape", "form", "verlauf"],
  probability: ["probability", "wahrscheinlichkeit"],
  pue: ["pue"],
  price_per_system: ["price_per_system", "preis_pro_system", "preis_je_system", "systempreis"],
  deal: ["deal", "vertrag"],
};

/** Shape names a cell may hold (normalised like headers), German included. */
export const SHAPE_NAMES: Readonly<Record<string, Shape>> = {
  even: "even", linear: "even", gleichmäßig: "even", gleichmaessig: "even",
  front_loaded: "front_loaded", front: "front_loaded", früh: "front_loaded", frueh: "front_loaded",
  back_loaded: "back_loaded", back: "back_loaded", spät: "back_loaded", spaet: "back_loaded",
};
export { SHAPES };

/** "Price per system" → "price_per_system": how header and shape cells are compared. */
export function normalizeLabel(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

const COLUMN_BY_NAME = new Map(PLAN_COLUMNS.flatMap((column) => PLAN_COLUMN_NAMES[column].map((name) => [name, column] as const)));

export function planColumnOf(header: string): PlanColumn | undefined {
  return COLUMN_BY_NAME.get(normalizeLabel(header));
}

export function shapeOf(text: string): Shape | undefined {
  return SHAPE_NAMES[normalizeLabel(text)];
}

/** One tranche of a plan, resolved: [start, end) in Excel serials (end is the day after the last). */
export interface PlanTranche {
  readonly start: number;
  readonly end: number;
  readonly gigawatts: Dec;
  readonly system: SystemSpec;
  readonly shape: Shape;
  /** 0–1: the tranche counts with its expected GW (probability × GW) in every estimate. */
  readonly probability: Dec;
  readonly pue?: number;
  readonly pricePerSystem?: number;
}

/** What a row with a `deal` fills in, laid over that deal's flows. */
export interface DealRowOverrides {
  readonly system?: SystemSpec;
  readonly shape?: Shape;
  readonly probability: Dec;
  readonly pue?: number;
  readonly pricePerSystem?: number;
}

export function trancheFlow(t: PlanTranche): Flow {
  return {
    start: t.start, end: t.end, gigawatts: t.probability.eq(ONE) ? t.gigawatts : t.gigawatts.times(t.probability), system: t.system,
    shape: t.shape, pue: t.pue, pricePerSystem: t.pricePerSystem, ...(t.probability.eq(ONE) ? {} : { probability: t.probability.toNumber() }),
  };
}

/**
 * A deal row whose start, end and gw are blank: the deal's own flows (as GW.SCHEDULE has them, scenario
 * overrides included), with the row's filled columns laid over each of them.
 */
export function dealRowFlows(flows: readonly Flow[], o: DealRowOverrides): Flow[] {
  return flows.map((flow) => ({
    ...flow,
    gigawatts: o.probability.eq(ONE) ? flow.gigawatts : flow.gigawatts.times(o.probability),
    system: o.system ?? flow.system,
    shape: o.shape ?? flow.shape,
    pue: o.pue ?? flow.pue,
    pricePerSystem: o.pricePerSystem ?? flow.pricePerSystem,
    ...(o.probability.eq(ONE) ? {} : { probability: o.probability.toNumber() }),
  }));
}

/** First and last day the plan delivers capacity. */
export function planSpan(flows: readonly Flow[]): { from: number; to: number } | undefined {
  if (flows.length === 0) return undefined;
  let from = Infinity;
  let to = -Infinity;
  for (const f of flows) {
    if (f.start < from) from = f.start;
    if (f.end - 1 > to) to = f.end - 1;
  }
  return { from, to };
}

/** One value per period [b(k-1), b(k)), exact: differences of cumulative values (see periodValues in schedule.ts). */
export function planValues(flows: readonly Flow[], measure: Measure, boundaries: readonly number[], options: ScheduleOptions): Dec[] {
  return periodValues(cumulativeSeries(flows, measure, boundaries, options), measure);
}

