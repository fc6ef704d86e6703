/**
 * The `estimate` argument's Monte Carlo values ("p1" … "p99", "mean") through the registered
 * functions' runner, as Excel calls them, with scenarios published as the pane publishes them.
 * Expected values: the catalog's own low/high (exact model), and closed forms of the triangular
 * and Bernoulli distributions.
 */
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { invoke } from "../../src/functions/define";
import { publishScenarios } from "../../src/functions/scenarios";
import { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import { DEALS, DEAL_INDEX, SYSTEMS, type Figure } from "../../src/model/catalog";
import { COMPUTE_UNITS, hasCompute } from "../../src/model/compute";
import { COMPLETION_ASSUMPTIONS } from "../../src/model/risk/completion";
import { DEFAULT_SAMPLES } from "../../src/model/risk/sample";
import { blankScenario, validateScenario, type ScenarioData } from "../../src/model/scenario";

function gw(id: string, ...args: unknown[]): unknown {
  const def = FUNCTION_DEFS.find((d) => d.id === id)!;
  return invoke(def, [...args, ...Array(def.params.length - args.length).fill(null)]);
}
const num = (id: string, ...args: unknown[]) => gw(id, ...args) as number;
const table = (id: string, ...args: unknown[]) => gw(id, ...args) as (number | string)[][];
const column = (t: (number | string)[][], c = 1) => t.slice(1).map((r) => r[c] as number);

const PERCENTILES = ["p1", "p10", "p25", "p50", "p75", "p90", "p99"];
const inside = (low: number, x: number, high: number) => low * (1 - 1e-12) - 1e-300 <= x && x <= high * (1 + 1e-12);

function scenario(name: string, extra: Partial<ScenarioData>): ScenarioData {
  const { scenario: valid, problem } = validateScenario({ ...blankScenario(name), ...extra });
  if (valid === undefined) throw new Error(problem);
  return valid;
}

afterAll(() => publishScenarios([]));

describe("scalar functions: ordered percentiles inside the catalog's [low, high]", () => {
  it.each(SYSTEMS.map((s) => [s.key]))("%s", (key) => {
    const results: Array<[string, (e: string) => number]> = [
      ["ACCELERATORS", (e) => num("ACCELERATORS", 1, key, null, null, e)],
      ["ACCELERATORS it", (e) => num("ACCELERATORS", 1, key, 1.3, "it", e)],
      ["GIGAWATTS", (e) => num("GIGAWATTS", 1e6, key, null, null, e)],
      ...["chip", "system", "it", "facility"].map((level) => [`POWER ${level}`, (e: string) => num("POWER", key, level, null, e)] as [string, (e: string) => number]),
      ...["accelerators", "systems", "network", "facility", "total"].map((scope) => [`CAPEX ${scope}`, (e: string) => num("CAPEX", 2, key, scope, e)] as [string, (e: string) => number]),
      ["TCO", (e) => num("TCO", key, null, null, e)],
      ["TCO fixed tariff", (e) => num("TCO", key, 80, 0.7, e)],
      ...COMPUTE_UNITS.filter((u) => hasCompute(SYSTEMS.find((s) => s.key === key)!, u))
        .map((u) => [`COMPUTE ${u}`, (e: string) => num("COMPUTE", 1, key, u, null, null, e)] as [string, (e: string) => number]),
    ];
    for (const [name, f] of results) {
      const [low, high] = [f("low"), f("high")];
      const values = PERCENTILES.map(f);
      values.forEach((v, i) => {
        expect([name, inside(low, v, high)]).toEqual([name, true]);
        if (i > 0) expect([name, values[i - 1] <= v]).toEqual([name, true]);
      });
      expect([name, inside(low, f("mean"), high)]).toEqual([name, true]);
    }
  });
});

describe("closed form: a catalog figure's percentiles are its triangular quantiles", () => {
  /** The CDF of triangular(low, base, high), from its definition. */
  const cdf = (x: number, { low: a, base: b, high: c }: Figure) =>
    x <= a ? 0 : x >= c ? 1 : x <= b ? ((x - a) ** 2) / ((c - a) * (b - a)) : 1 - ((c - x) ** 2) / ((c - a) * (c - b));
  const ranged = SYSTEMS.flatMap((s) => [["system_kw", s.systemKw], ["price_per_system", s.pricePerSystemUsd], ["chip_tdp_kw", s.chipTdpKw]]
    .filter(([, f]) => (f as Figure).low < (f as Figure).high).map(([field, f]) => [s.key, field as string, f as Figure] as const));

  it.each(ranged)("%s %s: F(GW.SPEC(…, \"pX\")) within 2/n of X, mean (low + base + high)/3", (key, field, figure) => {
    // Latin hypercube: each of the n strata holds one draw, so the k-th smallest draw has F within 1/n of k/n;
    // PERCENTILE.INC's interpolation adds at most another 1/n.
    for (let p = 1; p <= 99; p += 7) expect(Math.abs(cdf(num("SPEC", key, field, `p${p}`), figure) - p / 100)).toBeLessThanOrEqual(2 / DEFAULT_SAMPLES);
    const mean = (figure.low + figure.base + figure.high) / 3;
    expect(Math.abs(num("SPEC", key, field, "mean") - mean)).toBeLessThanOrEqual(1e-3 * (figure.high - figure.low));
  });

  it("a point figure is exact at every percentile", () => {
    const exact = SYSTEMS.find((s) => s.acceleratorsPerSystem.low === s.acceleratorsPerSystem.high)!;
    for (const e of [...PERCENTILES, "mean"]) expect(num("SPEC", exact.key, "accelerators_per_system", e)).toBe(exact.acceleratorsPerSystem.base);
  });

  it("POWER at the chip is the SPEC figure: one stream per figure, whichever function reads it", () => {
    for (const s of SYSTEMS) for (const e of ["p10", "p50", "p90"]) expect(num("POWER", s.key, "chip", null, e)).toBe(num("SPEC", s.key, "chip_tdp_kw", e));
  });
});

describe("deal risk", () => {
  const stalled = COMPLETION_ASSUMPTIONS.find((r) => r.status === "stalled")!.base;

  it("a stalled deal's p50 delivery is below its announced base", () => {
    expect(num("DELIVERED", "openai-nvidia", 2030, "gw", "p50")).toBeLessThan(num("DELIVERED", "openai-nvidia", 2030, "gw", "base"));
    const p50 = column(table("SCHEDULE", "openai-nvidia", "gw_cumulative", 2026, 2030, "year", "p50"));
    const base = column(table("SCHEDULE", "openai-nvidia", "gw_cumulative", 2026, 2030, "year", "base"));
    p50.forEach((v, k) => expect(v).toBeLessThanOrEqual(base[k]));
    expect(p50[p50.length - 1]).toBeLessThan(base[base.length - 1]);
  });

  it("its p90 is the median of what it delivers when it completes: for 2027 the first tranche, triangular(0, 1, 1) GW, so √0.5", () => {
    // P(0) = 1 − p = 0.8, so the 90th percentile is the quantile (0.9 − 0.8) / 0.2 = 0.5 of the delivered amount;
    // triangular(0, 1, 1) has F(x) = x², median √0.5. The delivered samples are a random fifth of a stratified sample,
    // so the tolerance is four standard errors of a median of 2,000 draws: 4 × √(0.25 / 2000) / f(√0.5) ≈ 0.032.
    const first = DEAL_INDEX.find("openai-nvidia")!.tranches[0].gigawatts;
    expect([first.low, first.base, first.high]).toEqual([0, 1, 1]);
    expect(Math.abs(num("DELIVERED", "openai-nvidia", 2027, "gw", "p90") - Math.sqrt(0.5))).toBeLessThanOrEqual(0.032);
  });

  it("its mean is the completion probability times the tranches' triangular means, within four standard errors", () => {
    // Closed form from the catalog's figures: each tranche's GW is triangular(low, base, high) with mean (l+b+h)/3 and
    // variance (l²+b²+h²−lb−lh−bh)/18; the deal is delivered in p·n of the n samples (stratified, exact to 1/n), so the
    // sample mean is p × (the mean of p·n draws of the total), whose standard error is sqrt(Var·(1−p)/(p·n)).
    const deal = DEAL_INDEX.find("openai-nvidia")!;
    const figures = deal.tranches.map((t) => t.gigawatts);
    const mean = figures.reduce((s, f) => s + (f.low + f.base + f.high) / 3, 0);
    const variance = figures.reduce((s, f) => s + (f.low ** 2 + f.base ** 2 + f.high ** 2 - f.low * f.base - f.low * f.high - f.base * f.high) / 18, 0);
    const se = stalled * Math.sqrt((variance * (1 - stalled)) / (stalled * DEFAULT_SAMPLES));
    expect(Math.abs(num("DELIVERED", "openai-nvidia", 2031, "gw", "mean") - stalled * mean)).toBeLessThanOrEqual(4 * se + mean / DEFAULT_SAMPLES);
  });

  it("with every deal certain (a scenario's probabilities at 1), schedules stay inside [low, high] per period and are ordered", () => {
    const withCapacity = DEALS.filter((d) => d.tranches.length > 0);
    publishScenarios([scenario("Certain", { probabilityOverrides: Object.fromEntries(withCapacity.map((d) => [d.key, 1])) })]);
    for (const deal of withCapacity) {
      for (const measure of ["gw_cumulative", "gw_added", "accelerators_cumulative", "capex"]) {
        const at = (e: string) => column(table("SCHEDULE", deal.key, measure, 2025, 2032, "year", e, "Certain"));
        const [low, high, p10, p50, p90, mean] = ["low", "high", "p10", "p50", "p90", "mean"].map(at);
        p50.forEach((v, k) => {
          expect(inside(low[k], p10[k], high[k]) && inside(low[k], v, high[k]) && inside(low[k], p90[k], high[k]) && inside(low[k], mean[k], high[k])).toBe(true);
          expect(p10[k] <= v && v <= p90[k]).toBe(true);
        });
      }
    }
  });

  it("a scenario's probability of 0 removes a deal; of 1 keeps all of it", () => {
    publishScenarios([scenario("Off", { probabilityOverrides: { "openai-amd": 0 } }), scenario("On", { probabilityOverrides: { "openai-amd": 1 } })]);
    expect(num("DELIVERED", "openai-amd", 2031, "gw", "p99", "Off")).toBe(0);
    // Certain: no sample is zero, and the mean is the tranches' triangular means, (0.3+1+1)/3 + (0+5+5)/3 = 4.1 GW
    // (catalog 2026.11.1), to the precision of a stratified sample of 10,000.
    expect(num("DELIVERED", "openai-amd", 2031, "gw", "p1", "On")).toBeGreaterThan(0);
    expect(Math.abs(num("DELIVERED", "openai-amd", 2031, "gw", "mean", "On") - 4.1)).toBeLessThanOrEqual(0.01);
  });

  it("a portfolio of two AMD deals takes one MI450 price draw: its capex samples are the sum of the deals' (mean is additive exactly per sample)", () => {
    const both = num("DELIVERED", [["openai-amd"], ["meta-amd"]], 2032, "capex", "mean");
    const apart = num("DELIVERED", "openai-amd", 2032, "capex", "mean") + num("DELIVERED", "meta-amd", 2032, "capex", "mean");
    expect(Math.abs(both - apart)).toBeLessThanOrEqual(1e-9 * both);
  });
});

describe("RAMP, FLOWS", () => {
  it("RAMP's certain GW columns are unchanged; its per-GW columns are the ACCELERATORS and CAPEX statistics", () => {
    const p90 = table("RAMP", 1, 2027, 2029, null, "GB300", "p90");
    const base = table("RAMP", 1, 2027, 2029, null, "GB300", "base");
    expect(p90.map((r) => r.slice(0, 3))).toEqual(base.map((r) => r.slice(0, 3)));
    expect(p90[1][3]).toBeCloseTo(num("ACCELERATORS", 1, "GB300", null, null, "p90"), 6);
    expect(p90[1][4]).toBeCloseTo(num("CAPEX", 1, "GB300", null, "p90"), 0);
  });

  it("FLOWS: a deal's reported investment cap holds in every percentile and the mean (summed over all its periods)", () => {
    const capped = DEALS.filter((d) => d.investmentCapUsd !== undefined && d.tranches.length > 0);
    expect(capped.length).toBeGreaterThan(0);
    for (const deal of capped) {
      for (const e of ["p1", "p50", "p99", "mean"]) {
        const rows = table("FLOWS", deal.key, 2020, 2040, null, e).slice(1);
        const invested = rows.reduce((s, r) => s + (r[1] as number), 0);
        expect(invested).toBeLessThanOrEqual(deal.investmentCapUsd!.high * (1 + 1e-12));
      }
    }
  });

  it("FLOWS: every cell's p10 ≤ p50 ≤ p90, warrants vest only in whole-GW steps of a delivered deal", () => {
    const [p10, p50, p90] = ["p10", "p50", "p90"].map((e) => table("FLOWS", "openai-amd", null, null, null, e));
    for (let r = 1; r < p50.length; r++) for (let c = 1; c < 5; c++) {
      expect((p10[r][c] as number) <= (p50[r][c] as number) && (p50[r][c] as number) <= (p90[r][c] as number)).toBe(true);
    }
    expect(p50[0]).toEqual(table("FLOWS", "openai-amd")[0]);
  });
});

describe("the estimate argument", () => {
  it("keeps low, base and high exactly as they were (an omitted estimate is the scenario's case)", () => {
    for (const s of SYSTEMS) expect(num("ACCELERATORS", 1, s.key, null, null, "base")).toBe(num("ACCELERATORS", 1, s.key));
  });

  it.each(["p0", "p100", "p50.5", "p05", "p", "p1.5", "median", "percentile", "50"])("refuses %s with #VALUE! naming the choices", (bad) => {
    expect.assertions(2);
    try {
      gw("CAPEX", 1, "GB300", null, bad);
    } catch (error) {
      expect((error as StubCustomFunctionsError).code).toBe("#VALUE!");
      expect((error as StubCustomFunctionsError).message).toMatch(/p1.*p99.*mean/);
    }
  });

  it("reads P10 and MEAN in any case", () => {
    expect(num("CAPEX", 1, "GB300", null, "P10")).toBe(num("CAPEX", 1, "GB300", null, "p10"));
    expect(num("CAPEX", 1, "GB300", null, "MEAN")).toBe(num("CAPEX", 1, "GB300", null, "mean"));
  });

  it("a scenario's seed and sample count change the draws, reproducibly", () => {
    publishScenarios([scenario("Seed 7", { seed: 7 }), scenario("Small", { samples: 1000 })]);
    const other = num("CAPEX", 1, "GB300", null, "p50", "Seed 7");
    expect(other).not.toBe(num("CAPEX", 1, "GB300", null, "p50"));
    expect(num("CAPEX", 1, "GB300", null, "p50", "Seed 7")).toBe(other);
    const small = num("CAPEX", 1, "GB300", null, "p50", "Small");
    expect(inside(num("CAPEX", 1, "GB300", null, "low"), small, num("CAPEX", 1, "GB300", null, "high"))).toBe(true);
  });
});

describe("scenario fields", () => {
  it.each([
    [{ seed: -1 }, /seed/], [{ seed: 1.5 }, /seed/], [{ seed: 2 ** 32 }, /seed/],
    [{ samples: 10 }, /sample count/], [{ samples: 1e6 }, /sample count/], [{ samples: 5000.5 }, /sample count/],
    [{ probabilityOverrides: { "openai-amd": 1.2 } }, /probability/], [{ probabilityOverrides: { "no-such-deal": 0.5 } }, /unknown deal/],
  ])("refuses %j", (extra, reason) => {
    expect(validateScenario({ ...blankScenario("x"), ...extra }).problem).toMatch(reason);
  });

  it("keeps valid values and leaves absent ones absent (older documents round-trip unchanged)", () => {
    expect(validateScenario({ ...blankScenario("x"), seed: 0, samples: 100, probabilityOverrides: { "openai-nvidia": 0.5 } }).scenario)
      .toMatchObject({ seed: 0, samples: 100, probabilityOverrides: { "openai-nvidia": 0.5 } });
    const plain = validateScenario(blankScenario("y")).scenario!;
    expect(["seed", "samples", "probabilityOverrides"].some((k) => k in plain)).toBe(false);
  });
});

describe("GW.ASSUMPTIONS and GW.SOURCE show the distributions and probabilities", () => {
  it("ASSUMPTIONS lists each status's completion probability with its source and how every row is simulated", () => {
    const t = table("ASSUMPTIONS");
    expect(t[0][t[0].length - 1]).toBe("Simulated as");
    for (const row of COMPLETION_ASSUMPTIONS) {
      const found = t.find((r) => r[0] === row.key)!;
      expect(found[3]).toBe(row.base);
      expect(String(found[found.length - 1])).toMatch(/^Bernoulli/);
      if (row.source !== "GW") expect(String(found[7])).not.toBe(row.source); // a cited source is spelled out
    }
    expect(String(t.find((r) => r[0] === "pue")![9])).toMatch(/triangular \(minimum 1\.1, most likely 1\.2, maximum 1\.4\)/);
  });

  it("SOURCE says how a figure is simulated", () => {
    const rubin = SYSTEMS.find((s) => s.key === "vera-rubin-nvl72")!;
    expect(gw("SOURCE", "Vera Rubin", "system_kw")).toMatch(new RegExp(`triangular \\(minimum ${rubin.systemKw.low}, most likely ${rubin.systemKw.base}, maximum ${rubin.systemKw.high}\\)`));
    expect(gw("SOURCE", "Vera Rubin", "accelerators_per_system")).toMatch(/point value 72/);
  });
});
