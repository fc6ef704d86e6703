/**
 * Which draws the Monte Carlo model makes. The same seed must give the same percentiles on every machine
 * and in every later version (a shared workbook's numbers), and each input must draw from its own stream
 * (independent inputs) under a stable name (common random numbers across functions). Distribution tests
 * cannot see a change of stream or of the generator's bits: any stream gives the same distribution.
 *
 * Oracle: test/fixtures/rng-reference.json, written by scripts/rng-reference.py from the algorithms'
 * published definitions (FNV-1a, SplitMix32, xoshiro128**, Fisher–Yates, Latin hypercube), not from
 * src/model/risk/rng.ts. Where a sampled figure is checked, its value is the triangular quantile of the
 * reference uniform, from the distribution's definition.
 */
import reference from "../fixtures/rng-reference.json";
import { Xoshiro128, latinHypercube, streamSeed } from "../../src/model/risk/rng";
import { Sampler } from "../../src/model/risk/sample";
import { CURRENT_CATALOG, DEAL_INDEX, systemByKey, type DealSpec, type Figure } from "../../src/model/catalog";
import { serialFromYmd } from "../../src/model/dates";

describe("the generator against scripts/rng-reference.py", () => {
  it.each(reference.streamSeeds.map((e) => [e.seed, e.key, e.value]))("streamSeed(%d, %j) is %d", (seed, key, value) => {
    expect(streamSeed(seed as number, key as string)).toBe(value);
  });

  it.each(Object.entries(reference.generators))("seed %s: eight 32-bit outputs, then four uniforms, bit for bit", (seed, expected) => {
    const rng = new Xoshiro128(Number(seed));
    expect(Array.from({ length: 8 }, () => rng.nextUint32())).toEqual(expected.uint32);
    expect(Array.from({ length: 4 }, () => rng.nextUniform())).toEqual(expected.then_uniforms);
  });

  // n = 2^31 + 1 rejects almost half of all outputs (the script checks that some of these eight draws did).
  it.each(Object.entries(reference.belowFromSeed99))("nextBelow(%s) from seed 99, eight times", (n, expected) => {
    const rng = new Xoshiro128(99);
    expect(Array.from({ length: 8 }, () => rng.nextBelow(Number(n)))).toEqual(expected);
  });

  it("nextBelow rejects an output equal to its bound: n = seed 0's first output, which is then the bound", () => {
    const { n, values } = reference.belowTheFirstOutputOfSeed0;
    const rng = new Xoshiro128(0);
    expect(Array.from({ length: 4 }, () => rng.nextBelow(n))).toEqual(values);
  });

  it.each(reference.latinHypercube.map((e) => [e.seed, e.key, e.n, e.values]))("latinHypercube(%d, %j, %d)", (seed, key, n, values) => {
    expect(Array.from(latinHypercube(seed as number, key as string, n as number))).toEqual(values);
  });
});

describe("each input draws from the stream that names it", () => {
  const { seed, n, uniforms } = reference.streams;
  const u = (stream: keyof typeof uniforms) => uniforms[stream];
  /** triangular(low, base, high) at probability p: the inverse of its CDF, from the definition. */
  const quantile = ({ low: a, base: b, high: c }: Figure, p: number) =>
    p <= (b - a) / (c - a) ? a + Math.sqrt(p * (c - a) * (b - a)) : c - Math.sqrt((1 - p) * (c - a) * (c - b));
  const quantiles = (figure: Figure, stream: keyof typeof uniforms) => u(stream).map((p) => quantile(figure, p));
  const close = (actual: ArrayLike<number>, expected: readonly number[]) => {
    expect(actual.length).toBe(expected.length);
    expected.forEach((x, i) => expect([i, Math.abs(actual[i] - x) <= 1e-12 * Math.abs(x)]).toEqual([i, true]));
  };
  const sampler = () => new Sampler({ seed, samples: n, overrides: {}, probabilities: { "risk-test": 0.5 } });
  const system = systemByKey("vera-rubin-nvl72")!;

  it("a system's figures: system:<key>:<GW.SPEC name>", () => {
    close(sampler().systemFigure(system, "systemKw"), quantiles(system.systemKw, "system:vera-rubin-nvl72:system_kw"));
    close(sampler().systemFigure(system, "pricePerSystemUsd"), quantiles(system.pricePerSystemUsd, "system:vera-rubin-nvl72:price_per_system"));
  });

  it("an assumption: assumption:<key>", () => {
    close(sampler().assumed("pue"), quantiles(CURRENT_CATALOG.assumption("pue"), "assumption:pue"));
    close(sampler().assumed("utilization"), quantiles(CURRENT_CATALOG.assumption("utilization"), "assumption:utilization"));
  });

  it("compute per GW reads the unit's PFLOPS stream; H100e reads BF16's (÷ 0.9894)", () => {
    const s = sampler();
    const accelerators = s.acceleratorsPerGigawatt(system, "facility");
    const h100e = s.computePerGigawatt(system, "h100e", "facility");
    const fp8 = s.computePerGigawatt(system, "fp8_pflops", "facility");
    close(Array.from(h100e, (x, i) => (x * 0.9894) / accelerators[i]), quantiles(system.bf16Pflops!, "system:vera-rubin-nvl72:bf16_pflops"));
    close(Array.from(fp8, (x, i) => x / accelerators[i]), quantiles(system.fp8Pflops!, "system:vera-rubin-nvl72:fp8_pflops"));
  });

  describe("a deal's completion, contract price, investment cap and events: deal:<key>:…", () => {
    // A deal no catalog has: one certain-size 1 GW tranche over 2027, bought as a service at a ranged contract price,
    // a ranged purchase on 2027-06-01 and a $10B investment on 2027-07-01 under a ranged cap ($0.5–2B, so it binds),
    // every part delivered with the scenario's probability 0.5 on the deal's one completion draw.
    const base = DEAL_INDEX.find("nebius-meta")!;
    const figure = (low: number, mid: number, high: number): Figure => ({ low, base: mid, high, unit: "USD", kind: "assumption", source: base.source });
    const deal = {
      ...base, key: "risk-test", payment: "service", warrant: undefined, investmentPerGigawatt: undefined,
      contractUsdPerGigawatt: figure(8e9, 10e9, 14e9),
      investmentCapUsd: figure(0.5e9, 1e9, 2e9),
      tranches: [{ ...base.tranches[0], start: "2027-01-01", end: "2027-12-31", gigawatts: { ...figure(1, 1, 1), unit: "GW" }, system: "gb300-nvl72" }],
      events: [
        { date: "2027-06-01", usd: figure(1e9, 2e9, 4e9), direction: "purchase", status: "announced", note: "test" },
        { date: "2027-07-01", usd: figure(10e9, 10e9, 10e9), direction: "investment", status: "announced", note: "test" },
      ],
    } as DealSpec;
    const delivered = u("deal:risk-test:completion").map((p) => (p < 0.5 ? 1 : 0));

    it("its tranches' completion: deal:<key>:completion", () => {
      expect(new Set(delivered)).toEqual(new Set([0, 1])); // both outcomes among the 16 draws, or this test could not tell streams apart
      close(sampler().dealFlows(deal)[0].gigawatts, delivered);
    });

    it("FLOWS: spend is the contract price's and the purchase's draws, investment the cap's, on the same completion draw", () => {
      const [[investment, spend, net]] = sampler().flowSamples(deal, [serialFromYmd(2027, 1, 1), serialFromYmd(2028, 1, 1)]);
      const contract = quantiles(deal.contractUsdPerGigawatt!, "deal:risk-test:contract_usd_per_gw");
      const purchase = quantiles(deal.events[0].usd, "deal:risk-test:event:0:usd");
      const cap = quantiles(deal.investmentCapUsd!, "deal:risk-test:investment_cap");
      close(spend, delivered.map((d, s) => d * (contract[s] + purchase[s])));
      close(investment, delivered.map((d, s) => d * cap[s]));
      close(net, delivered.map((d, s) => d * (contract[s] + purchase[s] - cap[s])));
    });
  });
});
