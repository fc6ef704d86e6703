/**
 * The Monte Carlo model (src/model/risk): generator, distributions, percentiles and the sampled
 * formulas. Expected values come from closed forms written here, or from the exact decimal model.
 */
import { Xoshiro128, latinHypercube, streamSeed } from "../../src/model/risk/rng";
import { triangularSamples, bernoulliSamples } from "../../src/model/risk/distributions";
import { statisticOf } from "../../src/model/risk/percentiles";
import { percentileInc } from "../helpers/percentile-inc";
import { Sampler, periodSamples, DEFAULT_SAMPLES, DEFAULT_SEED, type SamplingOptions } from "../../src/model/risk/sample";
import { COMPLETION_ASSUMPTIONS, trancheProbability } from "../../src/model/risk/completion";
import { DEALS, SYSTEMS, systemByKey, DEAL_INDEX, type DealSpec } from "../../src/model/catalog";
import { acceleratorsPerGigawatt, capexPerGigawatt, gigawattsPerAccelerator, powerKwPerAccelerator, BASES, CAPEX_SCOPES, POWER_LEVELS } from "../../src/model/capacity";
import { tcoPerAcceleratorHour } from "../../src/model/energy";
import { computeUnitOf, cumulativeAt, dealFlows, periodValues, MEASURES, SHAPES, type Flow, type Measure, type ScheduleOptions } from "../../src/model/schedule";
import { hasCompute } from "../../src/model/compute";
import { Dec } from "../../src/model/decimal";
import { periodBoundaries } from "../../src/model/periods";
import { serialFromYmd } from "../../src/model/dates";
import { NO_OVERRIDES } from "../../src/model/assumptions";

/**
 * The exact decimal model's per-period values, composed from the two calls SCHEDULE's table makes
 * (cumulativeAt at each boundary, then periodValues): the sampler at certain completion must agree with
 * it. A consistency check between two implementations; the numbers themselves are checked against the
 * Python oracle in test/oracle.
 */
function exactPeriodValues(flows: readonly Flow[], measure: Measure, boundaries: readonly number[], options: ScheduleOptions) {
  return periodValues(boundaries.map((b) => cumulativeAt(flows, measure, b, options)), measure);
}

const OPTIONS: SamplingOptions = { seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES, overrides: NO_OVERRIDES };

/** CDF of triangular(a, b, c), written from its definition. */
function triangularCdf(x: number, a: number, b: number, c: number): number {
  if (x <= a) return 0;
  if (x >= c) return 1;
  return x <= b ? ((x - a) ** 2) / ((c - a) * (b - a)) : 1 - ((c - x) ** 2) / ((c - a) * (c - b));
}

describe("generator", () => {
  it("matches the reference xoshiro128** outputs from state (1, 2, 3, 4)", () => {
    // Outputs of Vigna's xoshiro128starstar.c from s = {1, 2, 3, 4}, transcribed to Python and run there.
    const rng = Xoshiro128.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it("gives the same stream for the same seed and key, and other streams for other keys or seeds", () => {
    const a = latinHypercube(7, "system:x:price", 1000);
    expect(Array.from(latinHypercube(7, "system:x:price", 1000))).toEqual(Array.from(a));
    expect(Array.from(latinHypercube(7, "system:y:price", 1000))).not.toEqual(Array.from(a));
    expect(Array.from(latinHypercube(8, "system:x:price", 1000))).not.toEqual(Array.from(a));
    expect(streamSeed(1, "a")).not.toBe(streamSeed(1, "b"));
  });

  it("stratifies: each of n equal strata of (0, 1) holds exactly one sample, none at 0 or 1", () => {
    const u = latinHypercube(DEFAULT_SEED, "strata", 5000);
    const strata = new Set(Array.from(u, (x) => Math.floor(x * 5000)));
    expect(strata.size).toBe(5000);
    expect(Math.min(...u)).toBeGreaterThan(0);
    expect(Math.max(...u)).toBeLessThan(1);
  });

  it("draws independent streams (sample correlation near 0)", () => {
    const n = 10000;
    const [x, y] = [latinHypercube(1, "one", n), latinHypercube(1, "two", n)];
    let sxy = 0;
    for (let i = 0; i < n; i++) sxy += (x[i] - 0.5) * (y[i] - 0.5);
    const correlation = sxy / n / (1 / 12);
    expect(Math.abs(correlation)).toBeLessThan(0.05); // 5 standard errors (1/√n = 0.01)
  });
});

describe("distributions against closed forms", () => {
  const [a, b, c] = [2, 5, 6];
  const n = DEFAULT_SAMPLES;
  const values = triangularSamples({ low: a, base: b, high: c }, latinHypercube(DEFAULT_SEED, "closed-form", n));

  it.each([0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99])("p%s of triangular(2, 5, 6) has F(x̂) within 2/n of p", (p) => {
    // With one sample per stratum, the k-th order statistic lies in stratum k: F(x̂) is within 1/n of p,
    // plus at most 1/n from interpolating between neighbours (PERCENTILE.INC).
    expect(Math.abs(triangularCdf(statisticOf(values, `p${Math.round(p * 100)}`), a, b, c) - p)).toBeLessThanOrEqual(2 / n);
  });

  it("has the triangular mean (a + b + c) / 3 within 0.001 of the range", () => {
    expect(Math.abs(statisticOf(values, "mean") - (a + b + c) / 3)).toBeLessThan(0.001 * (c - a));
  });

  it("uniform(0, 1) input: PERCENTILE.INC of the stratified uniforms is p within 2/n", () => {
    const u = latinHypercube(DEFAULT_SEED, "uniform", n);
    for (const p of [0.05, 0.5, 0.95]) expect(Math.abs(statisticOf(u, `p${p * 100}`) - p)).toBeLessThanOrEqual(2 / n);
  });

  it("stays inside [low, high] and is exact for a point figure", () => {
    expect(Math.min(...values)).toBeGreaterThanOrEqual(a);
    expect(Math.max(...values)).toBeLessThanOrEqual(c);
    const point = triangularSamples({ low: 0.1, base: 0.1, high: 0.1 }, latinHypercube(1, "p", 100));
    expect(point.every((v) => v === 0.1)).toBe(true);
  });

  it("takes a draw of exactly 1 (a top-stratum draw that rounds up, rng.ts): the range's high, and delivered only at probability 1", () => {
    const top = Float64Array.of(1);
    expect([triangularSamples({ low: 2, base: 5, high: 6 }, top)[0], triangularSamples({ low: 2, base: 6, high: 6 }, top)[0]]).toEqual([6, 6]);
    expect([bernoulliSamples(0.999, top)[0], bernoulliSamples(1, top)[0]]).toEqual([0, 1]);
  });

  it("delivers where the draw is below the probability, not at it (P(U < p) = p; a draw equal to p is one of the 1 − p)", () => {
    expect(Array.from(bernoulliSamples(0.5, Float64Array.of(0.25, 0.5, 0.75)))).toEqual([1, 0, 0]);
  });

  it("completes a share p of Bernoulli draws, within 1/n", () => {
    const u = latinHypercube(DEFAULT_SEED, "bernoulli", n);
    for (const p of [0, 0.2, 0.5, 0.9, 1]) {
      const ones = bernoulliSamples(p, u).reduce((s, v) => s + v, 0);
      expect(Math.abs(ones / n - p)).toBeLessThanOrEqual(1 / n);
    }
  });
});

describe("percentiles", () => {
  it("follow Excel's PERCENTILE.INC", () => {
    // PERCENTILE.INC({1,2,3,4}, 0.1) = 1.3; ({1,2,3,4}, 0.5) = 2.5; ({10}, 0.9) = 10.
    expect(statisticOf(Float64Array.from([4, 1, 3, 2]), "p10")).toBeCloseTo(1.3, 14);
    expect(statisticOf(Float64Array.from([4, 1, 3, 2]), "p50")).toBe(2.5);
    expect(statisticOf(Float64Array.from([10]), "p90")).toBe(10);
    expect(statisticOf(Float64Array.from([4, 1, 3, 2]), "mean")).toBe(2.5);
  });

  it("by selection equal the sorted PERCENTILE.INC for every p and awkward inputs (ties, sorted, reversed, constant)", () => {
    const inputs = [
      latinHypercube(3, "select", 1001),
      Float64Array.from({ length: 500 }, (_, i) => i % 7),
      Float64Array.from({ length: 300 }, (_, i) => i),
      Float64Array.from({ length: 300 }, (_, i) => -i),
      new Float64Array(50).fill(2.5),
      Float64Array.from([0, 0, 0, 6, 6, 6, 6, 6, 6, 6]),
    ];
    for (const values of inputs) {
      for (let p = 1; p <= 99; p++) expect(statisticOf(values, `p${p}`)).toBe(percentileInc(values, p / 100));
    }
  });
});

/** A sampler whose every figure sits at its base: the sampled formulas must then give the exact model's base. */
class BaseSampler extends Sampler {
  figure(_stream: string, range: { base: number }): Float64Array {
    return this.constant(range.base);
  }
}

describe("sampled formulas mirror the exact model", () => {
  const sampler = new BaseSampler({ ...OPTIONS, samples: 4 });
  const model = { case: "base" as const, overrides: NO_OVERRIDES };
  const close = (sampled: Float64Array, exact: { toNumber(): number }) => {
    for (const v of sampled) expect(Math.abs(v - exact.toNumber())).toBeLessThanOrEqual(1e-12 * Math.abs(exact.toNumber()));
  };

  it.each(SYSTEMS.map((s) => [s.key]))("%s: power, accelerators, GW, capex and TCO at base", (key) => {
    const system = systemByKey(key);
    for (const level of POWER_LEVELS) close(sampler.powerKwPerAccelerator(system, level), powerKwPerAccelerator(system, level, model));
    for (const basis of BASES) {
      close(sampler.acceleratorsPerGigawatt(system, basis), acceleratorsPerGigawatt(system, basis, model));
      close(sampler.gigawattsPerAccelerator(system, basis), gigawattsPerAccelerator(system, basis, model));
    }
    for (const scope of CAPEX_SCOPES) close(sampler.capexPerGigawatt(system, scope), capexPerGigawatt(system, scope, model));
    close(sampler.tcoPerAcceleratorHour(system, undefined, undefined), tcoPerAcceleratorHour(system, model));
    close(sampler.tcoPerAcceleratorHour(system, 55, 0.5), tcoPerAcceleratorHour(system, { ...model, usdPerMwh: 55, utilization: 0.5 }));
  });

  const withCapacity = DEALS.filter((d) => d.tranches.length > 0);
  it.each(withCapacity.map((d) => [d.key]))("%s: every measure by quarter, certain completion", (key) => {
    const deal = DEAL_INDEX.find(key)!;
    const certain = new BaseSampler({ ...OPTIONS, samples: 2, probabilities: { [deal.key]: 1 } });
    const boundaries = periodBoundaries(serialFromYmd(2025, 1, 1), serialFromYmd(2032, 1, 1), "quarter", 100)!;
    for (const measure of MEASURES) {
      let exact;
      try {
        exact = exactPeriodValues(dealFlows(deal, model), measure, boundaries, model);
      } catch {
        // A compute measure of a system without that figure: the sampler must refuse too.
        expect(() => certain.scheduleSamples([deal], measure, boundaries)).toThrow();
        continue;
      }
      certain.scheduleSamples([deal], measure, boundaries).forEach((sampled, k) => {
        for (const v of sampled) expect(Math.abs(v - exact![k].toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact![k].toNumber())));
      });
    }
  });

  it.each(SHAPES.map((s) => [s]))("a %s plan tranche with its own PUE and price: every measure, certain completion", (shape) => {
    const system = systemByKey("gb300-nvl72");
    const flow = { start: serialFromYmd(2027, 4, 1), end: serialFromYmd(2028, 1, 1), system, shape, pue: 1.3, pricePerSystem: 3.5e6 };
    const exactFlow = { ...flow, gigawatts: new Dec("0.3") };
    const sampled = new BaseSampler({ ...OPTIONS, samples: 2 }).rangeFlows([{ ...flow, gigawatts: { low: 0.3, base: 0.3, high: 0.3 }, stream: "plan:a", probability: 1 }]);
    const boundaries = periodBoundaries(serialFromYmd(2027, 1, 1), serialFromYmd(2029, 1, 1), "month", 100)!;
    for (const measure of MEASURES.filter((m) => computeUnitOf(m) === undefined || hasCompute(system, computeUnitOf(m)!))) {
      const exact = exactPeriodValues([exactFlow], measure, boundaries, model);
      const values = periodSamples(new BaseSampler({ ...OPTIONS, samples: 2 }).flowCumulativeSamples(sampled, measure, boundaries), measure);
      values.forEach((v, k) => expect([measure, Math.abs(v[0] - exact[k].toNumber()) <= 1e-9 * Math.max(1, Math.abs(exact[k].toNumber()))]).toEqual([measure, true]));
    }
  });
});

describe("deal risk", () => {
  it("has a probability in [0, 1] with a note and a source for every status", () => {
    for (const row of COMPLETION_ASSUMPTIONS) {
      expect(row.base).toBeGreaterThanOrEqual(0);
      expect(row.base).toBeLessThanOrEqual(1);
      expect(row.low === row.base && row.base === row.high).toBe(true);
      expect(row.note?.length).toBeGreaterThan(10);
      expect(row.source.length).toBeGreaterThan(0);
    }
    const p = (status: string) => COMPLETION_ASSUMPTIONS.find((r) => r.status === status)!.base;
    // The order the statuses mean: operating ≥ binding ≥ announced ≥ LOI ≥ rumoured ≥ stalled ≥ cancelled.
    expect([p("in_service"), p("binding"), p("announced"), p("loi"), p("rumoured"), p("stalled"), p("cancelled")])
      .toEqual([...[p("in_service"), p("binding"), p("announced"), p("loi"), p("rumoured"), p("stalled"), p("cancelled")]].sort((x, y) => y - x));
    expect(p("in_service")).toBe(1);
    expect(p("cancelled")).toBe(0);
  });

  it("takes a tranche's own status, the deal's where the tranche's ramp is an assumption, and a scenario's override first", () => {
    const deal = DEAL_INDEX.find("openai-nvidia") as DealSpec;
    const stalled = COMPLETION_ASSUMPTIONS.find((r) => r.status === "stalled")!.base;
    expect(deal.tranches.map((_, i) => trancheProbability(deal, i, undefined))).toEqual(deal.tranches.map(() => stalled));
    expect(trancheProbability(deal, 0, 0.75)).toBe(0.75);
  });

  it("a stalled deal delivers nothing in about 1 − p of the samples, all of it in the others", () => {
    const deal = DEAL_INDEX.find("openai-nvidia")!;
    const sampler = new Sampler(OPTIONS);
    const [total] = sampler.cumulativeSamples([deal], "gw_cumulative", [serialFromYmd(2031, 1, 1)]);
    const zeros = total.filter((v) => v === 0).length / total.length;
    const stalled = COMPLETION_ASSUMPTIONS.find((r) => r.status === "stalled")!.base;
    expect(Math.abs(zeros - (1 - stalled))).toBeLessThanOrEqual(1 / total.length);
    // When delivered, the total lies within the tranches' ranges: Σ low … Σ high of the catalog's figures.
    const delivered = total.filter((v) => v > 0);
    const [low, high] = [deal.tranches.reduce((s, t) => s + t.gigawatts.low, 0), deal.tranches.reduce((s, t) => s + t.gigawatts.high, 0)];
    expect(delivered.every((v) => v >= low && v <= high + 1e-12)).toBe(true);
  });

  it("common random numbers: two AMD deals see one MI450 price draw, and a deal the same draws alone or in a portfolio", () => {
    const sampler = new Sampler(OPTIONS);
    const other = new Sampler(OPTIONS);
    const mi450 = systemByKey("mi450-helios");
    expect(sampler.systemPrice(mi450)).toBe(other.systemPrice(mi450)); // the very same samples
    const [amd, meta] = [DEAL_INDEX.find("openai-amd")!, DEAL_INDEX.find("meta-amd")!];
    const day = [serialFromYmd(2030, 1, 1)];
    const alone = sampler.cumulativeSamples([amd], "capex", day)[0];
    const metaAlone = sampler.cumulativeSamples([meta], "capex", day)[0];
    const both = other.cumulativeSamples([amd, meta], "capex", day)[0];
    const worst = both.reduce((w, v, s) => Math.max(w, Math.abs(v - (alone[s] + metaAlone[s])) / Math.max(1, v)), 0);
    expect(worst).toBeLessThanOrEqual(1e-12);
  });
});
