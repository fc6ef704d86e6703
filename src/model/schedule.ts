/**
 * Delivery schedules of deals, exact in decimal. Each tranche delivers its GW evenly in time from the
 * start of its first day to the end of its last. Per-period values are differences of cumulative
 * values at period boundaries, so they telescope: they sum exactly to the cumulative figures and to
 * the deal's total, and a tranche that starts mid-period is prorated by day.
 */
import { type Case, type Catalog, CURRENT_CATALOG, type DealSpec, type SystemSpec } from "./catalog";
import { assumed, pick, type Overrides } from "./assumptions";
import { acceleratorsPerGigawatt, capexPerGigawatt } from "./capacity";
import { COMPUTE_UNITS, computePerGigawatt, type ComputeUnit } from "./compute";
import { Dec, ONE, ZERO } from "./decimal";
import { serialFromIso, serialFromYmd, ymdFromSerial } from "./dates";
import { MW_PER_GW } from "./units";

/** Compute installed, in a unit of compute.ts: added in the period, or in place at its end. */
export type ComputeMeasure = `${ComputeUnit}_added` | `${ComputeUnit}_cumulative`;
export type Measure = "gw_added" | "gw_cumulative" | "accelerators_added" | "accelerators_cumulative" | "capex" | "energy" | ComputeMeasure;
export const COMPUTE_MEASURES: readonly ComputeMeasure[] = COMPUTE_UNITS.flatMap((u) => [`${u}_added`, `${u}_cumulative`] as const);
export const MEASURES: readonly Measure[] = [
  "gw_added", "gw_cumulative", "accelerators_added", "accelerators_cumulative", "capex", "energy", ...COMPUTE_MEASURES,
];

const UNIT_HEADERS: Readonly<Record<ComputeUnit, string>> = {
  fp8_pflops: "FP8 PFLOPS", fp4_pflops: "FP4 PFLOPS", bf16_pflops: "BF16 PFLOPS", h100e: "H100e",
};

export const MEASURE_HEADERS: Readonly<Record<Measure, string>> = {
  gw_added: "GW added",
  gw_cumulative: "GW cumulative",
  accelerators_added: "Accelerators added",
  accelerators_cumulative: "Accelerators cumulative",
  capex: "Capex (USD)",
  energy: "Energy (MWh)",
  ...Object.fromEntries(COMPUTE_UNITS.flatMap((u) => [[`${u}_added`, `${UNIT_HEADERS[u]} added`], [`${u}_cumulative`, `${UNIT_HEADERS[u]} cumulative`]])),
} as Record<Measure, string>;

/** The compute unit a measure counts, or undefined for GW, accelerators, capex and energy. */
export function computeUnitOf(measure: Measure): ComputeUnit | undefined {
  return COMPUTE_UNITS.find((u) => measure === `${u}_added` || measure === `${u}_cumulative`);
}

export interface ScheduleOptions {
  readonly case: Case;
  readonly overrides: Overrides;
  /** Scenario ramp: GW added per calendar year from the deal's first year; replaces the catalog's tranches. */
  readonly rampOverride?: readonly number[];
  /** Scenario system mix: one system key that replaces every tranche's system. */
  readonly systemOverride?: string;
  readonly prices?: Readonly<Record<string, number>>;
  /**
   * The catalog version a deal's tranche systems and the assumptions are read from (a scenario's pinned
   * version); default the current one. The deal itself must come from the same version.
   */
  readonly catalog?: Catalog;
}

/** A system of `catalog` by key; a key the version does not have is a data bug (tranches are validated per version). */
function systemIn(catalog: Catalog | undefined, key: string): SystemSpec {
  const found = (catalog ?? CURRENT_CATALOG).systemIndex.find(key);
  if (found === undefined) throw new Error(`Catalog error: no system ${key} in catalog ${(catalog ?? CURRENT_CATALOG).version}`);
  return found;
}

/**
 * How capacity arrives inside a tranche, as the share F(u) delivered by the fraction u of its span:
 * even F(u) = u (a constant pace); front_loaded F(u) = 1 − (1 − u)² (the pace falls linearly from twice
 * the average to zero); back_loaded F(u) = u² (the pace rises linearly from zero to twice the average).
 * Closed forms in u, so a cumulative value at any day is exact and per-period values telescope.
 */
export type Shape = "even" | "front_loaded" | "back_loaded";
export const SHAPES: readonly Shape[] = ["even", "front_loaded", "back_loaded"];

/** A tranche resolved to serials and decimals: delivers `gigawatts` over [start, end) in days. */
export interface Flow {
  readonly start: number;
  readonly end: number;
  readonly gigawatts: Dec;
  readonly system: SystemSpec;
  /** Default "even". */
  readonly shape?: Shape;
  /** A PUE for this tranche only (a plan's `pue` column), winning over scenario and catalog. */
  readonly pue?: number;
  /** USD per system for this tranche only (a plan's `price_per_system` column). */
  readonly pricePerSystem?: number;
  /** A plan row's probability (0–1) where below 1; `gigawatts` is already its expected value. Monte Carlo draws it instead. */
  readonly probability?: number;
}

const HOURS_PER_DAY = new Dec(24);

function trancheFlows(deal: DealSpec, c: Case, catalog: Catalog | undefined): Flow[] {
  return deal.tranches.map((t) => ({
    start: serialFromIso(t.start)!,
    end: serialFromIso(t.end)! + 1,
    gigawatts: pick(t.gigawatts, c),
    system: systemIn(catalog, t.system),
  }));
}

/** Scenario ramps keep the catalog's system for each year (the tranche active mid-year, else the last). */
function overrideFlows(deal: DealSpec, ramp: readonly number[], c: Case, version: Catalog | undefined): Flow[] {
  const catalog = trancheFlows(deal, c, version);
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
    ? overrideFlows(deal, options.rampOverride, options.case, options.catalog)
    : trancheFlows(deal, options.case, options.catalog);
  if (options.systemOverride === undefined) return flows;
  const system = systemIn(options.catalog, options.systemOverride);
  return flows.map((flow) => ({ ...flow, system }));
}

/** GW delivered by time t (an Excel serial, start of that day). With d = t − start and s = the span in
 *  days, the shares are d/s, (2ds − d²)/s² and d²/s²: integers over integers, one division each. */
export function deliveredBy(flow: Flow, t: number): Dec {
  if (t <= flow.start) return ZERO;
  if (t >= flow.end) return flow.gigawatts;
  const d = t - flow.start;
  const s = flow.end - flow.start;
  switch (flow.shape) {
    case "front_loaded": return flow.gigawatts.times(d * (2 * s - d)).div(s * s);
    case "back_loaded": return flow.gigawatts.times(d * d).div(s * s);
    default: return flow.gigawatts.times(d).div(s);
  }
}

/** ∫₀¹ F(u) du: the share of a full span's GW·days a tranche has run by its end (½, ⅔, ⅓). */
const RUN_SHARE: Readonly<Record<Shape, [number, number]>> = { even: [1, 2], front_loaded: [2, 3], back_loaded: [1, 3] };

/** ∫ delivered(t) dt from the tranche's start to t, in GW·days: the installed capacity's running time.
 *  Inside the span: G·d²/(2s) even, G·(3d²s − d³)/(3s²) front-loaded, G·d³/(3s²) back-loaded. */
export function gigawattDaysBy(flow: Flow, t: number): Dec {
  if (t <= flow.start) return ZERO;
  const s = flow.end - flow.start;
  const g = flow.gigawatts;
  if (t <= flow.end) {
    const d = t - flow.start;
    switch (flow.shape) {
      // d² and s² stay below 2⁵³ for any Excel dates; d³ may not, so the third factor multiplies in decimal.
      case "front_loaded": return g.times(d * d).times(3 * s - d).div(3 * s * s);
      case "back_loaded": return g.times(d * d).times(d).div(3 * s * s);
      default: return g.times(d * d).div(2 * s);
    }
  }
  const [num, den] = RUN_SHARE[flow.shape ?? "even"];
  return g.times(s * num).div(den).plus(g.times(t - flow.end));
}

/** The factor that turns a flow's GW (or, for energy, GW·days) into the measure's unit. */
function perGigawatt(measure: Measure, flow: Flow, options: ScheduleOptions): Dec {
  const prices = flow.pricePerSystem === undefined ? options.prices : { ...options.prices, [flow.system.key]: flow.pricePerSystem };
  const model = { case: options.case, overrides: options.overrides, prices, pue: flow.pue, catalog: options.catalog };
  switch (measure) {
    case "energy":
      return HOURS_PER_DAY.times(MW_PER_GW).times(assumed("utilization", options.case, options.overrides, options.catalog));
    case "accelerators_added":
    case "accelerators_cumulative":
      return acceleratorsPerGigawatt(flow.system, "facility", model);
    case "capex":
      return capexPerGigawatt(flow.system, "total", model);
    case "gw_added":
    case "gw_cumulative":
      return ONE;
    default:
      return computePerGigawatt(flow.system, computeUnitOf(measure)!, "facility", model);
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

/** Index of the first boundary ≥ t (boundaries ascending). */
function firstAtOrAfter(boundaries: readonly number[], t: number): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cumulative value of a measure at every boundary, for many flows at once (a plan of thousands of
 * tranches). Equal to cumulativeAt at each boundary, but a flow costs decimal work only at the
 * boundaries inside its span: before its start it adds nothing, and from its end on it adds C + S·t
 * (its total for GW-like measures; for energy, its GW·days so far plus its GW for each further day),
 * which enters running sums once.
 */
export function cumulativeSeries(flows: readonly Flow[], measure: Measure, boundaries: readonly number[], options: ScheduleOptions, factors?: readonly Dec[]): Dec[] {
  const n = boundaries.length;
  const inside: Dec[] = new Array<Dec>(n).fill(ZERO);
  const constFrom: Dec[] = new Array<Dec>(n + 1).fill(ZERO);
  const slopeFrom: Dec[] = new Array<Dec>(n + 1).fill(ZERO);
  const energy = measure === "energy";
  // Tranches of one system without their own PUE or price share a factor: derive it once.
  const shared = new Map<SystemSpec, Dec>();
  for (let i = 0; i < flows.length; i++) {
    const flow = flows[i];
    let factor = factors?.[i];
    if (factor === undefined) {
      const plain = flow.pue === undefined && flow.pricePerSystem === undefined;
      factor = plain ? shared.get(flow.system) : undefined;
      if (factor === undefined) {
        factor = perGigawatt(measure, flow, options);
        if (plain) shared.set(flow.system, factor);
      }
    }
    const done = firstAtOrAfter(boundaries, flow.end);
    // Inside the span, the measure is (GW × factor) × the delivered share: scale once, then one product per boundary.
    const scaled = factor === ONE ? flow : { ...flow, gigawatts: flow.gigawatts.times(factor) };
    for (let k = firstAtOrAfter(boundaries, flow.start + 1); k < done; k++) {
      inside[k] = inside[k].plus(energy ? gigawattDaysBy(scaled, boundaries[k]) : deliveredBy(scaled, boundaries[k]));
    }
    if (done === n) continue;
    if (energy) {
      // After the end: G·days so far at the end, then G per day: (runAtEnd − G·end) + G·t.
      const g = flow.gigawatts.times(factor);
      constFrom[done] = constFrom[done].plus(gigawattDaysBy(flow, flow.end).times(factor).minus(g.times(flow.end)));
      slopeFrom[done] = slopeFrom[done].plus(g);
    } else {
      constFrom[done] = constFrom[done].plus(flow.gigawatts.times(factor));
    }
  }
  const out: Dec[] = [];
  let constant = ZERO;
  let slope = ZERO;
  for (let k = 0; k < n; k++) {
    constant = constant.plus(constFrom[k]);
    slope = slope.plus(slopeFrom[k]);
    const after = energy ? constant.plus(slope.times(boundaries[k])) : constant;
    out.push(after.plus(inside[k]));
  }
  return out;
}

/**
 * One value per period [b(k-1), b(k)) from the cumulative values at the boundaries: the cumulative value
 * at b(k) for *_cumulative, otherwise the difference (what was added, spent or consumed in the period).
 */
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
