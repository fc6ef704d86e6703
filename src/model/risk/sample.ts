/**
 * The Monte Carlo model: the same formulas as capacity.ts, energy.ts and schedule.ts, evaluated on
 * typed arrays of samples instead of one exact decimal. A percentile is an estimate with a sampling
 * error of its own (well above a double's rounding), so exact decimal buys nothing here, and floats
 * over typed arrays are what makes 10,000 samples of a portfolio fast. test/unit/risk.test.ts checks
 * that with every range collapsed to one end these formulas give the exact model's low and high.
 *
 * Every input is drawn from its own named stream (rng.ts): one catalog figure or one deal's
 * completion takes the same draws in every function and every formula of one seed and sample count.
 */
import { type AssumptionKey, type Catalog, CURRENT_CATALOG, type DealSpec, type SystemSpec } from "../catalog";
import type { Overrides } from "../assumptions";
import type { Basis, CapexScope, PowerLevel } from "../capacity";
import { computeUnitOf, dealFlows, type Flow, type Measure, type Shape } from "../schedule";
import { pflopsFigure, type ComputeUnit } from "../compute";
import { latinHypercube } from "./rng";
import { bernoulliSamples, triangularSamples, type Range } from "./distributions";
import { statusProbability, trancheProbability } from "./completion";
import { serialFromIso } from "../dates";
import { paymentOf } from "../flows";

/** Fixed so that a formula gives the same number on every machine and every recalculation; a scenario may change it. */
export const DEFAULT_SEED = 20251022;
export const DEFAULT_SAMPLES = 10000;
export const MIN_SAMPLES = 100;
export const MAX_SAMPLES = 100000;
export const MAX_SEED = 4294967295;

export interface SamplingOptions {
  readonly seed: number;
  readonly samples: number;
  readonly overrides: Overrides;
  /** A scenario's price per system (USD) by system key: a constant instead of the catalog's range. */
  readonly prices?: Readonly<Record<string, number>>;
  /** A scenario's price per system for one deal only (deal key, then system key): wins over `prices`. */
  readonly dealPrices?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly rampOverrides?: Readonly<Record<string, readonly number[]>>;
  readonly systemOverrides?: Readonly<Record<string, string>>;
  /** A scenario's completion probability per deal key, for every tranche of the deal. */
  readonly probabilities?: Readonly<Record<string, number>>;
  /** An explicit PUE (a formula argument). */
  readonly pue?: number;
  /** The catalog version whose assumptions and tranche systems apply (a scenario's pinned version); default the current one. */
  readonly catalog?: Catalog;
}

const KW_PER_GW = 1e6;
const KW_PER_MW = 1e3;
const MW_PER_GW = 1e3;
const HOURS_PER_YEAR = 8760;
const HOURS_PER_DAY = 24;
/** H100 SXM dense BF16 PFLOPS: one H100-equivalent (compute.ts). */
const H100E_BF16_PFLOPS = 0.9894;

/** The GW.SPEC names of the system figures the formulas read. */
const SPEC_NAME = {
  acceleratorsPerSystem: "accelerators_per_system", chipTdpKw: "chip_tdp_kw", systemKw: "system_kw",
  pricePerAcceleratorUsd: "price_per_accelerator", pricePerSystemUsd: "price_per_system",
} as const;

/** Figure samples by seed, count, stream and range: shared by every sampler, bounded (10,000 doubles are 80 KB). */
const MAX_KEPT_VECTORS = 400;
const kept = new Map<string, Float64Array>();

function figureSamples(seed: number, n: number, stream: string, range: Range): Float64Array {
  const key = `${seed}|${n}|${stream}|${range.low}|${range.base}|${range.high}`;
  let values = kept.get(key);
  if (values === undefined) {
    values = range.low === range.high ? new Float64Array(n).fill(range.low) : triangularSamples(range, latinHypercube(seed, stream, n));
    if (kept.size >= MAX_KEPT_VECTORS) kept.delete(kept.keys().next().value as string);
    kept.set(key, values);
  }
  return values;
}

function uniformSamples(seed: number, n: number, stream: string): Float64Array {
  const key = `${seed}|${n}|${stream}|u`;
  let values = kept.get(key);
  if (values === undefined) {
    values = latinHypercube(seed, stream, n);
    if (kept.size >= MAX_KEPT_VECTORS) kept.delete(kept.keys().next().value as string);
    kept.set(key, values);
  }
  return values;
}

/**
 * Derived vectors are kept per system object, not per key: a custom system keeps its base's key (its
 * unchanged figures draw from the base's streams, as common random numbers should) but is another object.
 */
const systemIds = new WeakMap<SystemSpec, number>();
function systemId(system: SystemSpec): number {
  let id = systemIds.get(system);
  if (id === undefined) systemIds.set(system, (id = nextSystemId++));
  return id;
}
let nextSystemId = 0;

/** One flow of a deal with its sampled GW (completion already applied). */
export interface SampledFlow {
  readonly start: number;
  readonly end: number;
  readonly system: SystemSpec;
  readonly shape?: Shape;
  readonly pue?: number;
  readonly pricePerSystem?: number;
  /** GW delivered by the end of the flow, per sample (0 where the draw says the tranche is not delivered). */
  readonly gigawatts: Float64Array;
}

/**
 * Samples of one scenario's inputs. Vectors derived from them (accelerators per GW of a system, …)
 * are kept per sampler; treat every returned array as read-only.
 */
export class Sampler {
  readonly n: number;
  private readonly derived = new Map<string, Float64Array>();
  private readonly flowSamplers = new Map<string, Sampler>();

  constructor(readonly options: SamplingOptions) {
    this.n = options.samples;
  }

  private memo(key: string, build: () => Float64Array): Float64Array {
    let values = this.derived.get(key);
    if (values === undefined) this.derived.set(key, (values = build()));
    return values;
  }

  constant(value: number): Float64Array {
    return new Float64Array(this.n).fill(value);
  }

  /** A catalog figure's samples, from the stream that names it. */
  figure(stream: string, figure: Range): Float64Array {
    return figureSamples(this.options.seed, this.n, stream, figure);
  }

  systemFigure(system: SystemSpec, field: keyof typeof SPEC_NAME): Float64Array {
    return this.specFigure(system, SPEC_NAME[field], system[field]);
  }

  /** Any numeric figure of a system, by its GW.SPEC field name (which names its stream: SPEC and the formulas share draws). */
  specFigure(system: SystemSpec, field: string, figure: Range): Float64Array {
    return this.figure(`system:${system.key}:${field}`, figure);
  }

  assumed(key: AssumptionKey): Float64Array {
    const override = this.options.overrides[key];
    return this.memo(`a:${key}`, () => (override !== undefined ? this.constant(override) : this.figure(`assumption:${key}`, (this.options.catalog ?? CURRENT_CATALOG).assumption(key))));
  }

  private pue(): Float64Array {
    const pue = this.options.pue;
    return pue !== undefined ? this.memo(`pue:${pue}`, () => this.constant(pue)) : this.assumed("pue");
  }

  systemPrice(system: SystemSpec): Float64Array {
    const override = this.options.prices?.[system.key];
    return override !== undefined ? this.memo(`price:${systemId(system)}`, () => this.constant(override)) : this.systemFigure(system, "pricePerSystemUsd");
  }

  /** kW of one accelerator's share of its system. */
  systemKwPerAccelerator(system: SystemSpec): Float64Array {
    return this.memo(`skw:${systemId(system)}`, () => {
      const kw = this.systemFigure(system, "systemKw");
      const count = this.systemFigure(system, "acceleratorsPerSystem");
      return kw.map((v, i) => v / count[i]);
    });
  }

  itKwPerAccelerator(system: SystemSpec): Float64Array {
    return this.memo(`itkw:${systemId(system)}`, () => {
      const overhead = this.assumed("it_overhead");
      return this.systemKwPerAccelerator(system).map((v, i) => v * (1 + overhead[i]));
    });
  }

  powerKwPerAccelerator(system: SystemSpec, level: PowerLevel): Float64Array {
    switch (level) {
      case "chip": return this.systemFigure(system, "chipTdpKw");
      case "system": return this.systemKwPerAccelerator(system);
      case "it": return this.itKwPerAccelerator(system);
      case "facility": return this.memo(`fkw:${systemId(system)}`, () => {
        const pue = this.pue();
        return this.itKwPerAccelerator(system).map((v, i) => v * pue[i]);
      });
    }
  }

  acceleratorsPerGigawatt(system: SystemSpec, basis: Basis): Float64Array {
    return this.memo(`acc:${systemId(system)}:${basis}`, () =>
      this.powerKwPerAccelerator(system, basis === "facility" ? "facility" : "it").map((kw) => KW_PER_GW / kw));
  }

  gigawattsPerAccelerator(system: SystemSpec, basis: Basis): Float64Array {
    return this.memo(`gwpa:${systemId(system)}:${basis}`, () =>
      this.powerKwPerAccelerator(system, basis === "facility" ? "facility" : "it").map((kw) => kw / KW_PER_GW));
  }

  /** USD of capex per GW of facility power (see capacity.ts). */
  capexPerGigawatt(system: SystemSpec, scope: CapexScope): Float64Array {
    return this.memo(`capex:${systemId(system)}:${scope}`, () => {
      const accelerators = this.acceleratorsPerGigawatt(system, "facility");
      const perSystem = this.systemFigure(system, "acceleratorsPerSystem");
      const price = this.systemPrice(system);
      const share = this.assumed("network_capex_share");
      const facility = this.assumed("facility_capex_per_mw");
      const systems = (i: number) => (accelerators[i] / perSystem[i]) * price[i];
      const out = new Float64Array(this.n);
      switch (scope) {
        case "accelerators": {
          const chip = this.systemFigure(system, "pricePerAcceleratorUsd");
          for (let i = 0; i < this.n; i++) out[i] = accelerators[i] * chip[i];
          break;
        }
        case "systems": for (let i = 0; i < this.n; i++) out[i] = systems(i); break;
        case "network": for (let i = 0; i < this.n; i++) out[i] = systems(i) * share[i]; break;
        case "facility": for (let i = 0; i < this.n; i++) out[i] = MW_PER_GW * facility[i]; break;
        case "total": for (let i = 0; i < this.n; i++) { const s = systems(i); out[i] = s + s * share[i] + MW_PER_GW * facility[i]; } break;
      }
      return out;
    });
  }

  /** Compute per GW in a unit of compute.ts: accelerators per GW × the accelerator's PFLOPS (÷ 0.9894 for H100e). */
  computePerGigawatt(system: SystemSpec, unit: ComputeUnit, basis: Basis): Float64Array {
    return this.memo(`compute:${systemId(system)}:${unit}:${basis}`, () => {
      const figure = pflopsFigure(system, unit);
      if (figure === null) throw new Error(`${system.key} has no figure for ${unit}`);
      const field = unit === "h100e" ? "bf16_pflops" : unit;
      const pflops = this.specFigure(system, field, figure);
      const accelerators = this.acceleratorsPerGigawatt(system, basis);
      return accelerators.map((a, i) => (unit === "h100e" ? (a * pflops[i]) / H100E_BF16_PFLOPS : a * pflops[i]));
    });
  }

  /** The sampler for one flow's own PUE or system price (a plan's columns), sharing this one's draws. */
  private forFlow(flow: SampledFlow): Sampler {
    if (flow.pue === undefined && flow.pricePerSystem === undefined) return this;
    const key = `${flow.pue}|${flow.system.key}|${flow.pricePerSystem}`;
    let sampler = this.flowSamplers.get(key);
    if (sampler === undefined) {
      const prices = flow.pricePerSystem === undefined ? this.options.prices : { ...this.options.prices, [flow.system.key]: flow.pricePerSystem };
      sampler = new (this.constructor as typeof Sampler)({ ...this.options, pue: flow.pue ?? this.options.pue, prices });
      this.flowSamplers.set(key, sampler);
    }
    return sampler;
  }

  /** USD per accelerator-hour (see energy.ts). */
  tcoPerAcceleratorHour(system: SystemSpec, usdPerMwh: number | undefined, utilization: number | undefined): Float64Array {
    const price = this.systemPrice(system);
    const perSystem = this.systemFigure(system, "acceleratorsPerSystem");
    const share = this.assumed("network_capex_share");
    const itKw = this.itKwPerAccelerator(system);
    const pue = this.assumed("pue");
    const facilityPerMw = this.assumed("facility_capex_per_mw");
    const itLife = this.assumed("it_life_years");
    const facilityLife = this.assumed("facility_life_years");
    const use = utilization !== undefined ? undefined : this.assumed("utilization");
    const tariff = usdPerMwh !== undefined ? undefined : this.assumed("electricity_usd_per_mwh");
    const out = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const itCapex = (price[i] / perSystem[i]) * (1 + share[i]);
      const facilityMw = (itKw[i] * pue[i]) / KW_PER_MW;
      const electricity = facilityMw * (use === undefined ? utilization! : use[i]) * (tariff === undefined ? usdPerMwh! : tariff[i]);
      out[i] = itCapex / (itLife[i] * HOURS_PER_YEAR) + (facilityMw * facilityPerMw[i]) / (facilityLife[i] * HOURS_PER_YEAR) + electricity;
    }
    return out;
  }

  /** A deal's flows with sampled GW: each tranche's range drawn, then zeroed where its completion draw fails. */
  dealFlows(deal: DealSpec): SampledFlow[] {
    const options = this.options;
    const schedule = (c: "low" | "base" | "high") => dealFlows(deal, {
      case: c, overrides: options.overrides, prices: options.prices, catalog: options.catalog,
      rampOverride: options.rampOverrides?.[deal.key], systemOverride: options.systemOverrides?.[deal.key],
    });
    const [low, base, high] = [schedule("low"), schedule("base"), schedule("high")];
    const ramp = options.rampOverrides?.[deal.key];
    const overridden = ramp !== undefined && ramp.length > 0;
    // One uniform per deal for all its tranches: a deal that fails takes its less certain later tranches with it.
    const completion = uniformSamples(options.seed, this.n, `deal:${deal.key}:completion`);
    return base.map((flow: Flow, i) => {
      const range = { low: low[i].gigawatts.toNumber(), base: flow.gigawatts.toNumber(), high: high[i].gigawatts.toNumber() };
      const gigawatts = this.figure(`deal:${deal.key}:${overridden ? "ramp" : "tranche"}:${i}:gigawatts`, range);
      const p = trancheProbability(deal, overridden ? -1 : i, options.probabilities?.[deal.key]);
      const delivered = bernoulliSamples(p, completion);
      for (let s = 0; s < this.n; s++) delivered[s] *= gigawatts[s];
      const dealPrice = options.dealPrices?.[deal.key]?.[flow.system.key];
      return { ...flow, pricePerSystem: flow.pricePerSystem ?? dealPrice, gigawatts: delivered };
    });
  }

  /**
   * Flows given as ranges (a plan's tranches): each tranche's GW drawn from its own stream, and its
   * completion a Bernoulli draw of its own probability (a plan row is a tranche of its own).
   */
  rangeFlows(flows: readonly (Omit<SampledFlow, "gigawatts"> & { readonly gigawatts: Range; readonly stream: string; readonly probability: number })[]): SampledFlow[] {
    return flows.map(({ stream, probability, gigawatts, ...flow }) => {
      const delivered = bernoulliSamples(probability, uniformSamples(this.options.seed, this.n, `${stream}:completion`));
      const gw = this.figure(`${stream}:gigawatts`, gigawatts);
      for (let s = 0; s < this.n; s++) delivered[s] *= gw[s];
      return { ...flow, gigawatts: delivered };
    });
  }

  /** Per flow, what one GW (for energy: one GW·day) of it is in the measure's unit, per sample. */
  private measureFactor(flow: SampledFlow, measure: Measure): Float64Array | undefined {
    const sampler = this.forFlow(flow);
    switch (measure) {
      case "energy": return this.memo("energy", () => this.assumed("utilization").map((u) => HOURS_PER_DAY * MW_PER_GW * u));
      case "accelerators_added":
      case "accelerators_cumulative": return sampler.acceleratorsPerGigawatt(flow.system, "facility");
      case "capex": return sampler.capexPerGigawatt(flow.system, "total");
      case "gw_added":
      case "gw_cumulative": return undefined;
      default: return sampler.computePerGigawatt(flow.system, computeUnitOf(measure)!, "facility");
    }
  }

  /** Cumulative value of a measure over the deals at each day in `days`, per sample. */
  cumulativeSamples(deals: readonly DealSpec[], measure: Measure, days: readonly number[]): Float64Array[] {
    return this.flowCumulativeSamples(deals.flatMap((deal) => this.dealFlows(deal)), measure, days);
  }

  /** Cumulative value of a measure over sampled flows at each day in `days`, per sample. */
  flowCumulativeSamples(flows: readonly SampledFlow[], measure: Measure, days: readonly number[]): Float64Array[] {
    const amounts = flows.map((flow) => {
      const factor = this.measureFactor(flow, measure);
      return factor === undefined ? flow.gigawatts : flow.gigawatts.map((gw, s) => gw * factor[s]);
    });
    return days.map((t) => {
      const total = new Float64Array(this.n);
      flows.forEach((flow, f) => {
        const share = measure === "energy" ? gigawattDaysPerGigawatt(flow, t) : deliveredShare(flow, t);
        if (share === 0) return;
        const amount = amounts[f];
        for (let s = 0; s < this.n; s++) total[s] += amount[s] * share;
      });
      return total;
    });
  }

  /**
   * Money around a deal per period, as flows.ts: per period four vectors (vendor investment, buyer
   * spend, net to vendor, warrant shares vested). Dated events are delivered by their status's
   * probability on the deal's completion draw, like its tranches.
   */
  flowSamples(deal: DealSpec, boundaries: readonly number[]): Float64Array[][] {
    const n = this.n;
    const flows = this.dealFlows(deal);
    const contract = deal.contractUsdPerGigawatt;
    // The buyer's spend follows the deal's payment, as in flows.ts: nothing for a licence or an equity deal, the
    // contract price for capacity bought as a service, the systems' capex for hardware.
    const payment = paymentOf(deal);
    const spendFactors = flows.map((flow) => {
      if (payment === "licence" || payment === "equity") return new Float64Array(n);
      if (contract !== undefined) return this.figure(`deal:${deal.key}:contract_usd_per_gw`, contract);
      if (payment === "service") return new Float64Array(n); // servicePriceMissing: FLOWS refuses before it gets here
      const sampler = this.forFlow(flow);
      const systems = sampler.capexPerGigawatt(flow.system, "systems");
      const network = sampler.capexPerGigawatt(flow.system, "network");
      return systems.map((v, i) => v + network[i]);
    });
    const investPerGw = deal.investmentPerGigawatt !== undefined ? this.figure(`deal:${deal.key}:investment_per_gw`, deal.investmentPerGigawatt) : undefined;
    const cap = deal.investmentCapUsd !== undefined ? this.figure(`deal:${deal.key}:investment_cap`, deal.investmentCapUsd) : undefined;
    const completion = uniformSamples(this.options.seed, n, `deal:${deal.key}:completion`);
    const override = this.options.probabilities?.[deal.key];
    const events = deal.events.map((event, e) => {
      const usd = this.figure(`deal:${deal.key}:event:${e}:usd`, event.usd);
      const delivered = bernoulliSamples(override ?? statusProbability(event.status) ?? trancheProbability(deal, -1, undefined), completion);
      return { day: serialFromIso(event.date)!, direction: event.direction, usd: delivered.map((d, s) => d * usd[s]) };
    });
    const warrant = deal.warrant;
    const vested = (gw: number) => (warrant === undefined ? 0 : (warrant.shares * Math.min(Math.floor(gw), warrant.fullAtGigawatts)) / warrant.fullAtGigawatts);
    // The vendor's cumulative investment by day t (per GW delivered plus dated investments), capped per sample as in
    // flows.ts investedBy: the cap is an invariant in every sample, so in every percentile.
    const investedBy = (t: number): Float64Array => {
      const total = new Float64Array(n);
      if (investPerGw !== undefined) {
        for (const flow of flows) {
          const share = deliveredShare(flow, t);
          if (share !== 0) for (let s = 0; s < n; s++) total[s] += flow.gigawatts[s] * share * investPerGw[s];
        }
      }
      for (const event of events) {
        if (event.direction === "investment" && event.day < t) for (let s = 0; s < n; s++) total[s] += event.usd[s];
      }
      if (cap !== undefined) for (let s = 0; s < n; s++) total[s] = Math.min(total[s], cap[s]);
      return total;
    };
    const rows: Float64Array[][] = [];
    for (let k = 1; k < boundaries.length; k++) {
      const [a, b] = [boundaries[k - 1], boundaries[k]];
      const investment = new Float64Array(n);
      const spend = new Float64Array(n);
      const before = new Float64Array(n);
      const after = new Float64Array(n);
      flows.forEach((flow, f) => {
        const [shareA, shareB] = [deliveredShare(flow, a), deliveredShare(flow, b)];
        if (shareB === 0) return;
        const gw = flow.gigawatts;
        const factor = spendFactors[f];
        for (let s = 0; s < n; s++) {
          const added = gw[s] * shareB - gw[s] * shareA;
          before[s] += gw[s] * shareA;
          after[s] += gw[s] * shareB;
          spend[s] += added * factor[s];
        }
      });
      for (const event of events) {
        if (event.direction === "investment" || event.day < a || event.day >= b) continue;
        for (let s = 0; s < n; s++) spend[s] += event.usd[s];
      }
      const [investedA, investedB] = [investedBy(a), investedBy(b)];
      for (let s = 0; s < n; s++) investment[s] = investedB[s] - investedA[s];
      const net = spend.map((v, s) => v - investment[s]);
      const shares = after.map((gw, s) => vested(gw) - vested(before[s]));
      rows.push([investment, spend, net, shares]);
    }
    return rows;
  }

  /** One vector per period [b(k-1), b(k)), as schedule.ts's periodValues. */
  scheduleSamples(deals: readonly DealSpec[], measure: Measure, boundaries: readonly number[]): Float64Array[] {
    return periodSamples(this.cumulativeSamples(deals, measure, boundaries), measure);
  }
}

/** Per-period samples from cumulative samples at the boundaries (schedule.ts periodValues). */
export function periodSamples(cumulative: readonly Float64Array[], measure: Measure): Float64Array[] {
  const periods: Float64Array[] = [];
  for (let k = 1; k < cumulative.length; k++) {
    if (measure.endsWith("_cumulative")) periods.push(cumulative[k]);
    else {
      const [before, after] = [cumulative[k - 1], cumulative[k]];
      periods.push(after.map((v, s) => v - before[s]));
    }
  }
  return periods;
}

type Span = { readonly start: number; readonly end: number; readonly shape?: Shape };

/** Share of a flow's GW delivered by day t (schedule.ts deliveredBy ÷ GW, with its shapes). */
function deliveredShare(flow: Span, t: number): number {
  if (t <= flow.start) return 0;
  if (t >= flow.end) return 1;
  const d = t - flow.start;
  const s = flow.end - flow.start;
  switch (flow.shape) {
    case "front_loaded": return (d * (2 * s - d)) / (s * s);
    case "back_loaded": return (d * d) / (s * s);
    default: return d / s;
  }
}

/** ∫₀¹ F(u) du by shape (schedule.ts RUN_SHARE). */
const RUN_SHARE: Readonly<Record<Shape, number>> = { even: 1 / 2, front_loaded: 2 / 3, back_loaded: 1 / 3 };

/** GW·days per GW of a flow by day t (schedule.ts gigawattDaysBy ÷ GW). */
function gigawattDaysPerGigawatt(flow: Span, t: number): number {
  if (t <= flow.start) return 0;
  const s = flow.end - flow.start;
  if (t <= flow.end) {
    const d = t - flow.start;
    switch (flow.shape) {
      case "front_loaded": return (d * d * (3 * s - d)) / (3 * s * s);
      case "back_loaded": return (d * d * d) / (3 * s * s);
      default: return (d * d) / (2 * s);
    }
  }
  return s * RUN_SHARE[flow.shape ?? "even"] + (t - flow.end);
}
