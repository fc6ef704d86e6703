/**
 * Delivery schedules of deals, exact in decimal. Each tranche delivers its GW evenly in time from the
 * start of its first day to the end of its last. Per-period values are differences of cumulative
 * values at period boundaries, so they telescope: they sum exactly to the cumulative figures and to
 * the deal's total, and a tranche that starts mid-period is prorated by day.
 */
import { type Case, type DealSpec, systemByKey, type SystemSpec } from "./catalog";
import { assumed, pick, type Overrides } from "./assumptions";
import { acceleratorsPerGigawatt, capexPerGigawatt } from "./capacity";
import { Dec, ONE, ZERO } from "./decimal";
import { serialFromIso, serialFromYmd, ymdFromSerial } from "./dates";
import { MW_PER_GW } from "./units";

export type Measure = "gw_added" | "gw_cumulative" | "accelerators_added" | "accelerators_cumulative" | "capex" | "energy";
export const MEASURES: readonly Measure[] = ["gw_added", "gw_cumulative", "accelerators_added", "accelerators_cumulative", "capex", "energy"];

export const MEASURE_HEADERS: Readonly<Record<Measure, string>> = {
  gw_added: "GW added",
  gw_cumulative: "GW cumulative",
  accelerators_added: "Accelerators added",
  accelerators_cumulative: "Accelerators cumulative",
  capex: "Capex (USD)",
  energy: "Energy (MWh)",
};

export interface ScheduleOptions {
  readonly case: Case;
  readonly overrides: Overrides;
  /** Scenario ramp: GW added per calendar year from the deal's first year; replaces the catalog's tranches. */
  readonly rampOverride?: readonly number[];
  /** Scenario system mix: one system key that replaces every tranche's system. */
  readonly systemOverride?: string;
  readonly prices?: Readonly<Record<string, number>>;
}

/** A tranche resolved to serials and decimals: delivers `gigawatts` over [start, end) in days. */
export interface Flow {
  readonly start: number;
  readonly end: number;
  readonly gigawatts: Dec;
  readonly system: SystemSpec;
}

const HOURS_PER_DAY = new Dec(24);

function trancheFlows(deal: DealSpec, c: Case): Flow[] {
  return deal.tranches.map((t) => ({
    start: serialFromIso(t.start)!,
    end: serialFromIso(t.end)! + 1,
    gigawatts: pick(t.gigawatts, c),
    system: systemByKey(t.system),
  }));
}

/** Scenario ramps keep the catalog's system for each year (the tranche active mid-year, else the last). */
function overrideFlows(deal: DealSpec, ramp: readonly number[], c: Case): Flow[] {
  const catalog = trancheFlows(deal, c);
  const firstYear = ymdFromSerial(Math.min(...catalog.map((f) => f.start))).year;
  return ramp.map((gw, i) => {
    const start = serialFromYmd(firstYear + i, 1, 1);
    const mid = serialFromYmd(firstYear + i, 7, 1);
    const covering = catalog.find((f) => f.start <= mid && mid < f.end) ?? catalog[catalog.length - 1];
    return { start, end: serialFromYmd(firstYear + i + 1, 1, 1), gigawatts: new Dec(gw), system: covering.system };
  });
}

export function dealFlows(deal: DealSpec, options: ScheduleOptions): Flow[] {
  if (deal.tranches.length === 0) return [];
  const flows = options.rampOverride !== undefined && options.rampOverride.length > 0
    ? overrideFlows(deal, options.rampOverride, options.case)
    : trancheFlows(deal, options.case);
  if (options.systemOverride === undefined) return flows;
  const system = systemByKey(options.systemOverride);
  return flows.map((flow) => ({ ...flow, system }));
}

/** GW delivered by time t (an Excel serial, start of that day). */
export function deliveredBy(flow: Flow, t: number): Dec {
  if (t <= flow.start) return ZERO;
  if (t >= flow.end) return flow.gigawatts;
  return flow.gigawatts.times(t - flow.start).div(flow.end - flow.start);
}

/** ∫ delivered(t) dt from the tranche's start to t, in GW·days: the installed capacity's running time. */
export function gigawattDaysBy(flow: Flow, t: number): Dec {
  if (t <= flow.start) return ZERO;
  const span = flow.end - flow.start;
  if (t <= flow.end) return flow.gigawatts.times((t - flow.start) ** 2).div(2 * span);
  return flow.gigawatts.times(span).div(2).plus(flow.gigawatts.times(t - flow.end));
}

/** The factor that turns a flow's GW (or, for energy, GW·days) into the measure's unit. */
function perGigawatt(measure: Measure, flow: Flow, options: ScheduleOptions): Dec {
  const model = { case: options.case, overrides: options.overrides, prices: options.prices };
  switch (measure) {
    case "energy":
      return HOURS_PER_DAY.times(MW_PER_GW).times(assumed("utilization", options.case, options.overrides));
    case "accelerators_added":
    case "accelerators_cumulative":
      return acceleratorsPerGigawatt(flow.system, "facility", model);
    case "capex":
      return capexPerGigawatt(flow.system, "total", model);
    default:
      return ONE;
  }
}

/** Each flow's factor for a measure (1 for GW): callers that repeat a schedule keep these. */
export function measureFactors(flows: readonly Flow[], measure: Measure, options: ScheduleOptions): Dec[] {
  return flows.map((flow) => perGigawatt(measure, flow, options));
}

/** Cumulative value of a measure at time t, summed over flows. */
export function cumulativeAt(flows: readonly Flow[], measure: Measure, t: number, options: ScheduleOptions, factors?: readonly Dec[]): Dec {
  let total = ZERO;
  for (let i = 0; i < flows.length; i++) {
    const factor = factors?.[i] ?? perGigawatt(measure, flows[i], options);
    const amount = measure === "energy" ? gigawattDaysBy(flows[i], t) : deliveredBy(flows[i], t);
    total = total.plus(factor === ONE ? amount : amount.times(factor));
  }
  return total;
}

/**
 * One value per period [b(k-1), b(k)): the measure's cumulative value at b(k) for *_cumulative,
 * otherwise the difference of cumulative values (what was added, spent or consumed in the period).
 */
export function scheduleValues(flows: readonly Flow[], measure: Measure, boundaries: readonly number[], options: ScheduleOptions): Dec[] {
  const factors = measureFactors(flows, measure, options);
  return periodValues(boundaries.map((b) => cumulativeAt(flows, measure, b, options, factors)), measure);
}

/** Per-period values from cumulative values at the boundaries (see scheduleValues). */
export function periodValues(cumulative: readonly Dec[], measure: Measure): Dec[] {
  const values: Dec[] = [];
  for (let k = 1; k < cumulative.length; k++) {
    values.push(measure.endsWith("_cumulative") ? cumulative[k] : cumulative[k].minus(cumulative[k - 1]));
  }
  return values;
}

/** First and last day the deal's capacity or money moves. */
export function dealSpan(deal: DealSpec, flows: readonly Flow[]): { from: number; to: number } | undefined {
  const days = [
    ...flows.flatMap((f) => [f.start, f.end - 1]),
    ...deal.events.map((e) => serialFromIso(e.date)!),
  ];
  if (days.length === 0) return undefined;
  return { from: Math.min(...days), to: Math.max(...days) };
}
