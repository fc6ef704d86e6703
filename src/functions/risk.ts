/**
 * The Monte Carlo side of the `estimate` argument ("p1" … "p99", "mean"): one sampler per scenario
 * (its seed, sample count, overrides and deal probabilities), and bounded memos of what formulas ask
 * again — a statistic of a per-unit factor, the sampled periods of a schedule.
 */
import type { DealSpec } from "../model/catalog";
import type { Measure } from "../model/schedule";
import { DEFAULT_SAMPLES, DEFAULT_SEED, Sampler, periodSamples, type SamplingOptions } from "../model/risk/sample";
import { statisticOf, type Statistic } from "../model/risk/percentiles";
import { TupleMemo } from "./factors";
import { catalogOf, type Scenario } from "./scenarios";

export function samplingOptions(scenario: Scenario, pue?: number): SamplingOptions {
  return {
    seed: scenario.seed ?? DEFAULT_SEED,
    samples: scenario.samples ?? DEFAULT_SAMPLES,
    overrides: scenario.overrides,
    prices: scenario.priceOverrides,
    dealPrices: scenario.dealPriceOverrides,
    rampOverrides: scenario.rampOverrides,
    systemOverrides: scenario.systemOverrides,
    probabilities: scenario.probabilityOverrides,
    pue,
    catalog: catalogOf(scenario),
  };
}

// A sampler keeps the vectors it derived (80 KB each at 10,000 samples): few are kept at once.
const samplers = new TupleMemo<Sampler>(4);

/** The scenario's sampler (keyed on the scenario object: an edited scenario is a new object). */
export function samplerFor(scenario: Scenario, pue?: number): Sampler {
  return samplers.get([scenario, pue], () => new Sampler(samplingOptions(scenario, pue)));
}

const statistics = new TupleMemo<number>(20000);

/**
 * A statistic of a per-unit quantity (accelerators per GW, USD per GW, kW per accelerator), kept.
 * Formulas linear in their first argument multiply it: for a ≥ 0 the percentile of a·X is a times the
 * percentile of X, and the mean is linear, so GW × factor is the statistic of the product.
 */
export function sampledFactor(keys: readonly unknown[], statistic: Statistic, scenario: Scenario, pue: number | undefined, vector: (sampler: Sampler) => Float64Array): number {
  return statistics.get([...keys, statistic, pue, scenario], () => statisticOf(vector(samplerFor(scenario, pue)), statistic));
}

// Sampled periods of a schedule: 40 quarters × 10,000 samples are 3.2 MB, so only a few are kept.
const schedules = new TupleMemo<Float64Array[]>(8);

/** Per-period samples of a schedule over the boundaries; kept, so p10, p50 and p90 of one schedule sample once. */
export function scheduleSamples(deals: readonly DealSpec[], measure: Measure, boundaries: readonly number[], scenario: Scenario): Float64Array[] {
  const dealsKey = deals.map((d) => d.key).join(",");
  return schedules.get([dealsKey, measure, boundaries.join(","), scenario], () => samplerFor(scenario).scheduleSamples(deals, measure, boundaries));
}

const moneyFlows = new TupleMemo<Float64Array[][]>(4);

/** Per period, the samples of FLOWS's four columns; kept like schedules. */
export function flowSamples(deal: DealSpec, boundaries: readonly number[], scenario: Scenario): Float64Array[][] {
  return moneyFlows.get([deal, boundaries.join(","), scenario], () => samplerFor(scenario).flowSamples(deal, boundaries));
}

type RangeFlow = Parameters<Sampler["rangeFlows"]>[0][number];

/** Per-period samples of plan flows given as ranges with their probabilities (GW.PLAN). Not kept: a plan's table is the cache key PLAN's caller holds. */
export function planSamples(flows: readonly RangeFlow[], measure: Measure, boundaries: readonly number[], scenario: Scenario): Float64Array[] {
  const sampler = samplerFor(scenario);
  return periodSamples(sampler.flowCumulativeSamples(sampler.rangeFlows(flows), measure, boundaries), measure);
}

/** The statistic of each vector. */
export function statisticsOf(vectors: readonly Float64Array[], statistic: Statistic): number[] {
  const scratch = vectors.length > 0 ? new Float64Array(vectors[0].length) : undefined;
  return vectors.map((v) => statisticOf(v, statistic, scratch));
}

