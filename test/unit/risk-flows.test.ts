/**
 * The Monte Carlo side of FLOWS, PLAN, DELIVERED and CAPEX where the catalog's figures, a scenario's
 * ramp, prices and probabilities or a plan's columns take paths the other risk tests do not: vendor
 * investment per GW, dated purchases, warrants, ramps, per-row prices and shapes. Through the
 * functions Excel calls (the source realm, with scenarios published as the pane publishes them), and
 * the model's Sampler where no catalog deal has the input (an event dated on a period's first day).
 *
 * Expected values are hand calculations from the data files (src/model/catalog/data/<version>/,
 * completion.json) in the comments, closed forms of the triangular distribution (mean (l+b+h)/3) and
 * of Bernoulli draws on a stratified uniform (the share delivered is p within 1/n).
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { DEAL_INDEX, type DealSpec } from "../../src/model/catalog";
import { trancheProbability } from "../../src/model/risk/completion";
import { DEFAULT_SAMPLES, DEFAULT_SEED, Sampler } from "../../src/model/risk/sample";
import { serialFromYmd } from "../../src/model/dates";
import { blankScenario, validateScenario, type ScenarioData } from "../../src/model/scenario";
import { loadRegistered, valueOf } from "../helpers/registered";

const registered = loadRegistered("src");
const call = (id: string, ...args: unknown[]) => valueOf(registered, id, ...args);
const table = (id: string, ...args: unknown[]) => call(id, ...args) as (number | string)[][];
const rows = (t: (number | string)[][]) => t.slice(1);
const n = DEFAULT_SAMPLES;

function stored(raw: unknown): ScenarioData {
  const { scenario, problem } = validateScenario(raw);
  if (scenario === undefined) throw new Error(problem);
  return scenario;
}

/** The model's per-period [investment, spend, net, shares] sample vectors of `deal` between the given days, at the default seed. */
const sampledFlows = (deal: DealSpec, days: readonly [number, number, number][], probabilities: Record<string, number> = {}) =>
  new Sampler({ seed: DEFAULT_SEED, samples: n, overrides: {}, probabilities }).flowSamples(deal, days.map(([y, m, d]) => serialFromYmd(y, m, d)));

const near = (actual: number, expected: number, tolerance: number) => expect([actual, Math.abs(actual - expected) <= tolerance]).toEqual([actual, true]);

afterEach(() => publishScenarios([]));

describe("FLOWS in catalog 2026.11.0, whose OpenAI–NVIDIA LOI invested per GW and whose deals had dated purchases", () => {
  // Completion at 1: every tranche and event delivered, so only the figures' own ranges are random.
  const old = stored({ ...blankScenario("Old certain"), catalogVersion: "2026.11.0", probabilityOverrides: { "openai-nvidia": 1, "nvidia-groq": 1 } });
  beforeEach(() => publishScenarios([old]));

  it("NVIDIA invests its per-GW amount on each GW as it is delivered, plus the dated $30B, in the mean and the median", () => {
    // 2026.11.0/deals/openai-nvidia.json: investmentPerGigawatt triangular(0, 10e9, 10e9), mean 20e9/3 and median
    // √0.5 × 10e9 (F(x) = x²/100e18); tranches 1 GW 2026-07-01…2026-12-31, 3 GW 2027, 6 GW 2028-01-01…2029-12-31
    // (731 days, 366 of them in 2028); a binding $30B investment on 2026-02-27; no cap.
    const meanPerGw = 20e9 / 3;
    const meanRows = rows(table("FLOWS", "openai-nvidia", 2026, 2029, "year", "mean", "Old certain")) as number[][];
    const mean = meanRows.map((r) => r[1]);
    // Net is spend less investment, sample by sample, so its mean is the difference of the means (to rounding).
    for (const [, investment, spend, net] of meanRows) near(net, spend - investment, 1e-9 * Math.max(spend, investment));
    const expected = [30e9 + 1 * meanPerGw, 3 * meanPerGw, ((6 * 366) / 731) * meanPerGw, ((6 * 365) / 731) * meanPerGw];
    expect(mean.length).toBe(4);
    mean.forEach((v, k) => near(v, expected[k], 1e-3 * meanPerGw));
    // 2027 only holds the 3 GW tranche: its median is 3 × the median per GW. Stratified draws put F within 2/n,
    // which the density at the median, f = 2m/(10e9)², turns into (2/n) ÷ f dollars per GW.
    const median = Math.sqrt(0.5) * 10e9;
    const p50 = rows(table("FLOWS", "openai-nvidia", 2027, 2027, "year", "p50", "Old certain"))[0][1] as number;
    near(p50, 3 * median, 3 * ((2 / n) * 10e9 * 10e9) / (2 * median));
  });

  it("a buyer's dated purchase is spend of the period it falls in, and of no other", () => {
    // 2026.11.0/deals/nvidia-groq.json: no tranches, a purchase of triangular(13e9, 20e9, 20e9) on 2025-12-24, mean 53e9/3.
    const spend = rows(table("FLOWS", "nvidia-groq", 2024, 2026, "year", "mean", "Old certain")).map((r) => r[2] as number);
    expect(spend.length).toBe(3);
    expect(spend[0]).toBe(0);
    near(spend[1], 53e9 / 3, 1e-3 * 7e9);
    expect(spend[2]).toBe(0);
  });
});

describe("FLOWS on a deal no catalog has: a purchase dated on a period's first day, of a status that says nothing about completion", () => {
  // Nebius–Meta (binding, 0.9; its tranches in_service, announced, announced) paid in equity, so its GW cost the
  // buyer nothing and the spend is the event alone: $1B on 2026-01-01 with status "assumption", which has no row in
  // completion.json, so it is delivered with the deal's own probability, 0.9 (a stratified uniform: 0.9 ± 1/n of samples).
  const nebius = DEAL_INDEX.find("nebius-meta")!;
  const deal: DealSpec = {
    ...nebius, payment: "equity", investmentPerGigawatt: undefined, investmentCapUsd: undefined, warrant: undefined,
    events: [{ date: "2026-01-01", usd: { low: 1e9, base: 1e9, high: 1e9, unit: "USD", kind: "assumption", source: nebius.source }, direction: "purchase", status: "assumption", note: "test" }],
  } as DealSpec;
  /** The model's per-period [investment, spend, net, shares] sample vectors of `d` over the years from `first` to `last`. */
  const yearlyFlows = (d: DealSpec, first: number, last: number) =>
    sampledFlows(d, Array.from({ length: last - first + 2 }, (_, k): [number, number, number] => [first + k, 1, 1]));
  const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / v.length;

  it("counts in the period that starts that day, with the deal's probability", () => {
    const periods = yearlyFlows(deal, 2025, 2026);
    const [spend2025, spend2026] = periods.map((columns) => mean(columns[1]));
    expect(spend2025).toBe(0);
    near(spend2026, 0.9e9, 1e9 / n + 1);
    // A purchase is the buyer's spend, never the vendor's investment.
    for (const columns of periods) expect(Array.from(columns[0]).every((v) => v === 0)).toBe(true);
  });

  it("a cap on the vendor's investment binds: $3B invested under a $1B cap counts $1B, in the samples that deliver it", () => {
    // The event of $3B, invested, with a point cap of $1B: each sample invests min($3B, $1B) when the event is delivered
    // (0.9 of them) and 0 otherwise, so 2026's mean investment is 0.9 × $1B (not 0.9 × $3B uncapped).
    const capped: DealSpec = {
      ...deal,
      events: deal.events.map((e) => ({ ...e, direction: "investment" as const, usd: { ...e.usd, low: 3e9, base: 3e9, high: 3e9 } })),
      investmentCapUsd: { low: 1e9, base: 1e9, high: 1e9, unit: "USD", kind: "assumption", source: nebius.source },
    } as DealSpec;
    const investment = yearlyFlows(capped, 2026, 2026)[0][0];
    expect(Math.max(...investment)).toBe(1e9);
    near(mean(investment), 0.9e9, 1e9 / n + 1);
  });

  it("an investment dated on a period's first day is that period's investment, not the period before's, and no spend", () => {
    // The same $1B event, but the vendor invests it: investment [0, 0.9e9], spend nothing (payment is equity).
    const invested: DealSpec = { ...deal, events: deal.events.map((e) => ({ ...e, direction: "investment" as const })) };
    const periods = yearlyFlows(invested, 2025, 2026);
    const [investment2025, investment2026] = periods.map((columns) => mean(columns[0]));
    expect(investment2025).toBe(0);
    near(investment2026, 0.9e9, 1e9 / n + 1);
    for (const columns of periods) expect(Array.from(columns[1]).every((v) => v === 0)).toBe(true);
  });
});

test("a deal and tranche of a status completion.json does not list are delivered as announced (0.7)", () => {
  // DealStatus allows "assumption" for a deal too (catalog.schema.json); completion.json has no row for it.
  const deal = DEAL_INDEX.find("nebius-meta")!;
  const unlisted = { ...deal, status: "assumption", tranches: deal.tranches.map((t) => ({ ...t, status: "assumption" })) } as DealSpec;
  expect(trancheProbability(unlisted, 0, undefined)).toBe(0.7);
  expect(trancheProbability(unlisted, -1, undefined)).toBe(0.7);
});

describe("a scenario's ramp", () => {
  it("is delivered with the deal's probability, not its tranches'", () => {
    // Nebius–Meta is binding (0.9); its tranches are in_service (1) and announced (0.7). A ramp of 1 GW in each of
    // 2025 and 2026 (its first tranche starts 2025-12-01) replaces them: by 2040, 2 GW in 0.9 of the samples.
    publishScenarios([stored({ ...blankScenario("Ramp"), rampOverrides: { "nebius-meta": [1, 1] } })]);
    near(call("DELIVERED", "nebius-meta", 2040, "gw", "mean", "Ramp") as number, 0.9 * 2, 2 * (2 / n));
  });

  it("an empty ramp keeps the catalog's tranches, each with its own status's probability", () => {
    // nebius-meta.json: triangular (0.02, 0.05, 0.08) in_service 1, (0.1, 0.2, 0.3) announced 0.7,
    // (0, 0.1, 0.375) announced 0.7: 1 × 0.05 + 0.7 × 0.2 + 0.7 × 0.475/3 = 0.300833… GW. The tranches' GW and
    // the completion draw are independent streams, so the mean is within four standard deviations (each ≤ 0.08 GW) ÷ √n.
    publishScenarios([stored({ ...blankScenario("No ramp"), rampOverrides: { "nebius-meta": [] } })]);
    near(call("DELIVERED", "nebius-meta", 2040, "gw", "mean", "No ramp") as number, 0.05 + 0.7 * 0.2 + (0.7 * 0.475) / 3, (4 * 0.08) / Math.sqrt(n));
  });
});

test("a deal's tranches draw their GW independently: the p90 of their sum is the convolution's, not the sum of their p90s", () => {
  // nebius-meta.json: tranches triangular(0.02, 0.05, 0.08), (0.1, 0.2, 0.3) and (0, 0.1, 0.375) GW, all delivered by
  // 2040 at completion 1. Independent draws: the 0.9 quantile of the convolution of the three densities (cell masses of
  // the exact CDFs on a 1e-4 GW grid), 0.5329 GW. Draws shared by the tranches would give the sum of the three p90s,
  // 0.5953 GW. Stratified draws: within four standard errors, 4 × √(0.09/n) ÷ 1.79 (the sum's density there) < 0.007 GW.
  const cdf = (l: number, b: number, h: number) => (x: number) =>
    (x <= l ? 0 : x >= h ? 1 : x <= b ? (x - l) ** 2 / ((h - l) * (b - l)) : 1 - (h - x) ** 2 / ((h - l) * (h - b)));
  const dx = 1e-4;
  const cells = Math.round(0.8 / dx);
  const masses = [cdf(0.02, 0.05, 0.08), cdf(0.1, 0.2, 0.3), cdf(0, 0.1, 0.375)]
    .map((F) => Array.from({ length: cells }, (_, i) => F((i + 1) * dx) - F(i * dx)));
  const convolve = (a: number[], b: number[]) => {
    const out = new Array<number>(a.length + b.length - 1).fill(0);
    a.forEach((x, i) => { if (x !== 0) b.forEach((y, j) => { out[i + j] += x * y; }); });
    return out;
  };
  const sum = masses.reduce(convolve);
  let [k, total] = [0, 0];
  while (total + sum[k] < 0.9) total += sum[k++];
  const p90 = (k + 1.5) * dx; // three cells [i·dx, (i+1)·dx) add up to a cell centred 1.5·dx above the sum of their starts
  publishScenarios([stored({ ...blankScenario("Certain Nebius"), probabilityOverrides: { "nebius-meta": 1 } })]);
  near(call("DELIVERED", "nebius-meta", 2040, "gw", "p90", "Certain Nebius") as number, p90, 0.007);
});

test("FLOWS: a hardware deal's spend is its GW delivered in each period times the systems' and network's capex per GW; net is spend less investment", () => {
  // anthropic-broadcom.json: hardware, one tranche of triangular(3, 3.5, 3.5) GW (mean 10/3) of TPU v7 Ironwood, evenly over
  // 2027-01-01 … 2028-12-31 (731 days, 365 in 2027), no investment. Certain (probability 1), each period's spend is
  // its share of the days × GW × (systems + network capex per GW); GW and capex are drawn from independent streams,
  // so the mean is the product of the means, within the draws' sampling error (1e-3 of the value).
  publishScenarios([stored({ ...blankScenario("Certain Broadcom"), probabilityOverrides: { "anthropic-broadcom": 1 } })]);
  const perGw = ["systems", "network"].map((scope) => call("CAPEX", 1, "tpu-v7-ironwood", scope, "mean", "Certain Broadcom") as number);
  const itCapex = (10 / 3) * (perGw[0] + perGw[1]);
  const flows = rows(table("FLOWS", "anthropic-broadcom", 2027, 2028, "year", "mean", "Certain Broadcom"));
  expect(flows.length).toBe(2);
  [365 / 731, 366 / 731].forEach((share, k) => {
    const [, investment, spend, net] = flows[k] as number[];
    expect(investment).toBe(0);
    near(spend, share * itCapex, 1e-3 * share * itCapex);
    expect(net).toBe(spend);
  });
});

test("FLOWS: AMD's warrant vests a sixth of its 160M shares with each whole GW", () => {
  // openai-amd.json: warrant of 160M shares, all at 6 GW. A certain ramp of 1 GW a year from 2026 (its first
  // tranche's year): each year's end adds one whole GW, so 160M / 6 shares vest each year.
  publishScenarios([stored({ ...blankScenario("AMD ramp"), rampOverrides: { "openai-amd": [1, 1, 1, 1, 1, 1] }, probabilityOverrides: { "openai-amd": 1 } })]);
  const shares = rows(table("FLOWS", "openai-amd", 2026, 2031, "year", "mean", "AMD ramp")).map((r) => r[4] as number);
  expect(shares.length).toBe(6);
  for (const v of shares) near(v, 160e6 / 6, 1e-9 * 160e6); // the mean of 10,000 equal doubles: rounding only
});

describe("prices per system", () => {
  it("a scenario's price for each of two systems applies to that system only", () => {
    // Systems capex per GW = accelerators per GW ÷ accelerators per system × price per system (capacity.ts); both
    // racks hold 72 accelerators (a point figure), so the mean is the mean of accelerators per GW ÷ 72 × the price.
    publishScenarios([stored({ ...blankScenario("Two prices"), priceOverrides: { "gb300-nvl72": 4e6, "mi450-helios": 3e6 } })]);
    for (const [system, price] of [["GB300", 4e6], ["MI450", 3e6]] as const) {
      const accelerators = call("ACCELERATORS", 1, system, null, "facility", "mean", "Two prices") as number;
      const capex = call("CAPEX", 1, system, "systems", "mean", "Two prices") as number;
      near(capex, (accelerators / 72) * price, 1e-9 * capex);
    }
  });

  it("PLAN: each row's price_per_system is that row's price, as a scenario price of the system would be", () => {
    // Both rows deliver their GW (certain, point figures) in 2027, so the 2027 capex is Σ GW × capex per GW at the
    // row's price: the mean of a sum of per-sample products, i.e. Σ GW × GW.CAPEX's mean with that price (same draws).
    publishScenarios([
      stored(blankScenario("Plain")),
      stored({ ...blankScenario("At 3M"), priceOverrides: { "gb300-nvl72": 3e6 } }),
      stored({ ...blankScenario("At 5M"), priceOverrides: { "gb300-nvl72": 5e6 } }),
    ]);
    const plan = [["name", "start", "end", "gw", "system", "price_per_system"], ["A", 2027, 2027, 1, "GB300", 3e6], ["B", 2027, 2027, 2, "GB300", 5e6]];
    const capex = rows(table("PLAN", plan, "capex", 2027, 2027, "year", "mean", "Plain"))[0][1] as number;
    const expected = 1 * (call("CAPEX", 1, "GB300", "total", "mean", "At 3M") as number) + 2 * (call("CAPEX", 1, "GB300", "total", "mean", "At 5M") as number);
    near(capex, expected, 1e-9 * expected);
  });
});

test("PLAN: two rows of the same deal draw their GW independently (the sum's p90 is below twice one row's)", () => {
  // microsoft-iren.json: one tranche in 2026, triangular(0.2, 0.24, 0.28) GW = 0.2 + 0.04 × (U₁ + U₂). Two independent
  // rows sum to 0.4 + 0.04 × S₄ with S₄ Irwin–Hall of 4; its 0.1 quantile y solves (y⁴ − 4(y − 1)⁴)/24 = 0.1 on [1, 2]
  // (y = 1.3674…), so by symmetry the p90 of S₄ is 4 − y and the sum's p90 is 0.4 + 0.04 × (4 − y) = 0.50530 GW.
  // (Twice one row would be 0.4 + 0.08 × (2 − √0.2) = 0.52422 GW.) Stratified draws: within 0.002.
  let [lo, hi] = [1, 2];
  for (let i = 0; i < 60; i++) { const y = (lo + hi) / 2; if ((y ** 4 - 4 * (y - 1) ** 4) / 24 < 0.1) lo = y; else hi = y; }
  const p90 = 0.4 + 0.04 * (4 - lo);
  const plan = [["name", "start", "end", "gw", "system", "deal"], ["A", null, null, null, null, "microsoft-iren"], ["B", null, null, null, null, "microsoft-iren"]];
  const total = rows(table("PLAN", plan, "gw_cumulative", 2027, 2027, "year", "p90", null))[0][1] as number;
  near(total, p90, 0.002);
});

describe("PLAN energy: a tranche that has ended runs at full capacity, after its ramp's share of GW·days", () => {
  // Utilization fixed at 0.8: one GW·day is 24 × 1,000 × 0.8 = 19,200 MWh. A 1 GW tranche from 2027-01-01 to
  // 2027-06-30 ramps over 181 days, then runs the 184 days to 2028-01-01. Over its ramp it runs ∫₀¹ F(u) du of the
  // span: ½ even (F = u), ⅔ front-loaded (F = 2u − u²), ⅓ back-loaded (F = u²).
  const runShare = { even: 1 / 2, front_loaded: 2 / 3, back_loaded: 1 / 3 } as const;
  it.each(Object.entries(runShare))("%s", (shape, share) => {
    publishScenarios([stored({ ...blankScenario("Fixed use"), overrides: { utilization: 0.8 } })]);
    const plan = [["name", "start", "end", "gw", "system", "shape"], ["A", "2027-01-01", "2027-06-30", 1, "GB300", shape]];
    const energy = rows(table("PLAN", plan, "energy", 2027, 2027, "year", "mean", "Fixed use"))[0][1] as number;
    const expected = (181 * share + 184) * 19200;
    near(energy, expected, 1e-9 * expected);
  });
});

describe("a plan row's own PUE and a scenario's price for one deal", () => {
  it("PLAN: a row's pue is that row's PUE, as GW.ACCELERATORS's pue argument would be", () => {
    // One certain 1 GW row of GB300 at PUE 1.1 (a point figure) in 2027: the mean of its accelerators is the mean of
    // accelerators per facility GW at PUE 1.1, the same draws ACCELERATORS takes with its pue argument. The scenario's
    // PUE (the catalog's triangular(1.1, 1.2, 1.4), mean 1.233) would give about 10% fewer.
    const plan = [["name", "start", "end", "gw", "system", "pue"], ["A", 2027, 2027, 1, "GB300", 1.1]];
    const accelerators = rows(table("PLAN", plan, "accelerators_added", 2027, 2027, "year", "mean", null))[0][1] as number;
    const expected = call("ACCELERATORS", 1, "GB300", 1.1, "facility", "mean", null) as number;
    near(accelerators, expected, 1e-9 * expected);
  });

  it("SCHEDULE: a price for one deal's system is that deal's price, and no other deal's", () => {
    // openai-amd builds with mi450-helios only, so its capex at a deal price of $2M per system is its capex at a
    // scenario price of $2M for the system (the same draws otherwise); a deal the price does not name keeps the catalog's.
    publishScenarios([
      stored({ ...blankScenario("AMD at 2M"), dealPriceOverrides: { "openai-amd": { "mi450-helios": 2e6 } }, probabilityOverrides: { "openai-amd": 1 } }),
      stored({ ...blankScenario("MI450 at 2M"), priceOverrides: { "mi450-helios": 2e6 }, probabilityOverrides: { "openai-amd": 1 } }),
      stored({ ...blankScenario("Certain AMD"), probabilityOverrides: { "openai-amd": 1 } }),
    ]);
    const capex = (deal: string, scenario: string) => rows(table("SCHEDULE", deal, "capex", 2026, 2030, "year", "mean", scenario)).map((r) => r[1] as number);
    const [atDealPrice, atSystemPrice, atCatalog] = [capex("openai-amd", "AMD at 2M"), capex("openai-amd", "MI450 at 2M"), capex("openai-amd", "Certain AMD")];
    atDealPrice.forEach((v, k) => near(v, atSystemPrice[k], 1e-9 * atSystemPrice[k]));
    expect(atDealPrice.reduce((s, v) => s + v, 0)).toBeLessThan(0.9 * atCatalog.reduce((s, v) => s + v, 0)); // the catalog's MI450 rack is dearer than $2M
    expect(capex("openai-broadcom", "AMD at 2M")).toEqual(capex("openai-broadcom", "Certain AMD"));
  });
});

describe("the Sampler's FLOWS on deals no catalog has", () => {
  // One certain tranche of exactly 4 GW of GB300 over 2027 (365 days), no vendor investment, no events.
  const base = DEAL_INDEX.find("nebius-meta")!;
  const gigawatts = { ...base.tranches[0].gigawatts, low: 4, base: 4, high: 4 };
  const deal = (extra: Partial<DealSpec>): DealSpec => ({
    ...base, key: "flows-test", investmentPerGigawatt: undefined, investmentCapUsd: undefined, contractUsdPerGigawatt: undefined, warrant: undefined, events: [],
    tranches: [{ ...base.tranches[0], start: "2027-01-01", end: "2027-12-31", gigawatts, system: "gb300-nvl72" }], ...extra,
  }) as DealSpec;
  const flows = (d: DealSpec, ...days: [number, number, number][]) => sampledFlows(d, days, { "flows-test": 1 });

  it("warrants vest on the whole GW delivered by a period's end, also when it ends inside a tranche", () => {
    // 1,000 shares, all at 4 GW. By 2027-10-01, 273 of 365 days: 4 × 273/365 = 2.99 GW, so 2 whole GW, 500 shares;
    // the 4 GW by year end vest the other 500.
    const periods = flows(deal({ warrant: { shares: 1000, fullAtGigawatts: 4, note: "test", source: base.source } }), [2027, 1, 1], [2027, 10, 1], [2028, 1, 1]);
    expect(periods.map((columns) => [Math.min(...columns[3]), Math.max(...columns[3])])).toEqual([[500, 500], [500, 500]]);
  });

  it.each(["licence", "equity", "service"])("payment %s without a contract price: the buyer spends nothing per GW", (payment) => {
    // A licence or equity deal pays no capex; a service without a price is refused by FLOWS (servicePriceMissing)
    // before it gets here, and the sampler does not put the systems' capex in its place.
    const [[investment, spend]] = flows(deal({ payment: payment as DealSpec["payment"] }), [2027, 1, 1], [2028, 1, 1]);
    expect([Math.max(...spend), Math.max(...investment)]).toEqual([0, 0]);
  });

  it("a licence or equity deal with a contract price still costs the buyer nothing", () => {
    // The payment decides (flows.ts): the contract price applies to capacity bought as a service only.
    const contract = { ...base.tranches[0].gigawatts, low: 9e9, base: 1e10, high: 1.2e10, unit: "USD/GW" };
    for (const payment of ["licence", "equity"] as const) {
      const [[, spend]] = flows(deal({ payment, contractUsdPerGigawatt: contract as DealSpec["contractUsdPerGigawatt"] }), [2027, 1, 1], [2028, 1, 1]);
      expect([payment, Math.max(...spend)]).toEqual([payment, 0]);
    }
  });
});
