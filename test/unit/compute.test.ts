/**
 * GW.COMPUTE and the compute measures of SCHEDULE and DELIVERED: hand-computed values, consistency with
 * ACCELERATORS × SPEC, the H100-equivalent convention, and portfolios that include a licence-only deal.
 */
import { DEALS, SYSTEMS, type SystemSpec } from "../../src/model/catalog";
import { COMPUTE_UNITS, H100E_BF16_PFLOPS, computePerGigawatt, pflopsFigure } from "../../src/model/compute";
import { closeTo } from "../helpers/formula";
import { gw, gwError } from "../helpers/invoke";


const FIELD = { fp8_pflops: "fp8_pflops", fp4_pflops: "fp4_pflops", bf16_pflops: "bf16_pflops", h100e: "bf16_pflops" } as const;

test("hand-computed: 1 GW of GB300 is 1e6 ÷ 2.42 kW = 413,223 GPUs of 5 PF FP8 and 15 PF FP4", () => {
  // 132 kW ÷ 72 × 1.1 IT overhead × 1.2 PUE = 2.42 kW per GPU at the facility.
  expect(closeTo(gw("COMPUTE", 1, "GB300") as number, 5e6 / 2.42)).toBe(true);
  expect(closeTo(gw("COMPUTE", 1, "GB300", "FP4_PFLOPS") as number, 15e6 / 2.42)).toBe(true);
  // Vera Rubin (catalog 2026.11.1): 230 kW ÷ 72 × 1.32 = 4.21667 kW; 17.5 PF FP8 each.
  expect(closeTo(gw("COMPUTE", 2, "Vera Rubin") as number, (2 * 17.5e6 * 72) / (230 * 1.32))).toBe(true);
  // IT basis drops the PUE; an explicit PUE replaces 1.2.
  expect(closeTo(gw("COMPUTE", 1, "GB300", null, null, "it") as number, 5e6 / (132 / 72 * 1.1))).toBe(true);
  expect(closeTo(gw("COMPUTE", 1, "GB300", null, 1.5) as number, 5e6 / (132 / 72 * 1.1 * 1.5))).toBe(true);
});

const units = COMPUTE_UNITS.map((u) => [u] as const);
describe.each(units)("COMPUTE in %s converts back as ACCELERATORS × SPEC", (unit) => {
  const withFigure = SYSTEMS.filter((s) => pflopsFigure(s, unit) !== null);
  test.each(["low", "base", "high"])("every system with the figure, estimate %s", (c) => {
    for (const system of withFigure) {
      for (const [pue, basis] of [[null, "facility"], [1.35, "facility"], [null, "it"]] as const) {
        const accelerators = gw("ACCELERATORS", 3, system.key, pue, basis, c) as number;
        const perAccelerator = (gw("SPEC", system.key, FIELD[unit], c) as number) / (unit === "h100e" ? 0.9894 : 1);
        expect(closeTo(gw("COMPUTE", 3, system.key, unit, pue, basis, c) as number, accelerators * perAccelerator)).toBe(true);
      }
    }
  });
  test("a system without the figure answers #N/A naming it", () => {
    for (const system of SYSTEMS.filter((s) => pflopsFigure(s, unit) === null)) {
      expect(gwError("COMPUTE", 1, system.key, unit)).toMatchObject({ code: "#N/A", message: expect.stringContaining(FIELD[unit]) });
    }
  });
});

test("low ≤ base ≤ high", () => {
  for (const system of SYSTEMS.filter((s) => s.fp8Pflops !== null)) {
    const [low, base, high] = ["low", "base", "high"].map((c) => gw("COMPUTE", 1, system.key, null, null, null, c) as number);
    expect(low).toBeLessThanOrEqual(base);
    expect(base).toBeLessThanOrEqual(high);
  }
});

test("H100-equivalents: dense BF16 over the H100 SXM's 989.4 TFLOPS", () => {
  const gb300 = SYSTEMS.find((s) => s.key === "gb300-nvl72")!;
  const withBf16 = { ...gb300, bf16Pflops: { low: 2.5, base: 2.5, high: 2.5, unit: "PFLOPS", kind: "reported", source: "S31" } } as SystemSpec;
  const options = { case: "base" as const, overrides: {} };
  // 2.5 PF ÷ 0.9894 PF per H100e, times 1e6 ÷ 2.42 GPUs per GW.
  expect(closeTo(computePerGigawatt(withBf16, "h100e", "facility", options).toNumber(), (2.5 / 0.9894) * (1e6 / 2.42))).toBe(true);
  expect(closeTo(computePerGigawatt(withBf16, "bf16_pflops", "facility", options).toNumber(), 2.5e6 / 2.42)).toBe(true);
  // The convention is pinned: NVIDIA's dense BF16 figure, half of the 1,979 TFLOPS quoted with sparsity.
  expect(H100E_BF16_PFLOPS.toNumber()).toBe(0.9894);
  // Where the catalog carries the H100 itself, one H100 is one H100e at base.
  const h100 = SYSTEMS.find((s) => s.key === "h100-hgx");
  if (h100 !== undefined) expect(closeTo(gw("COMPUTE", 1, "h100-hgx", "h100e") as number, gw("ACCELERATORS", 1, "h100-hgx") as number)).toBe(true);
});

describe("compute measures of SCHEDULE and DELIVERED", () => {
  test("DELIVERED in FP8 PFLOPS is accelerators delivered × FP8 per accelerator", () => {
    for (const date of [2027, "2027-07-01", 2035]) {
      const accelerators = gw("DELIVERED", "openai-amd", date, "accelerators") as number;
      expect(closeTo(gw("DELIVERED", "openai-amd", date, "fp8_pflops") as number, accelerators * 20)).toBe(true);
      expect(closeTo(gw("DELIVERED", "openai-amd", date, "fp4_pflops") as number, accelerators * 40)).toBe(true);
    }
    // Six GW of MI450 by 2035: 6 × COMPUTE(1, MI450).
    expect(closeTo(gw("DELIVERED", "openai-amd", 2035, "fp8_pflops") as number, gw("COMPUTE", 6, "MI450") as number)).toBe(true);
  });

  test("per-period compute added sums to the cumulative column, which ends at the deal's total", () => {
    for (const deal of ["openai-nvidia", "meta-amd", "anthropic-google"]) {
      for (const period of ["year", "quarter", "month"]) {
        const added = gw("SCHEDULE", deal, "fp8_pflops_added", null, null, period) as (number | string)[][];
        const cumulative = gw("SCHEDULE", deal, "fp8_pflops_cumulative", null, null, period) as (number | string)[][];
        expect(added[0][1]).toBe("FP8 PFLOPS added");
        expect(cumulative[0][1]).toBe("FP8 PFLOPS cumulative");
        let running = 0;
        for (let k = 1; k < added.length; k++) {
          running += added[k][1] as number;
          expect(closeTo(running, cumulative[k][1] as number) || Math.abs(running - (cumulative[k][1] as number)) < 1e-9 * Math.abs(running)).toBe(true);
        }
        const last = cumulative[cumulative.length - 1][1] as number;
        expect(closeTo(last, gw("DELIVERED", deal, 2100, "fp8_pflops") as number)).toBe(true);
      }
    }
  });

  test("a deal on a system without the figure answers #N/A naming field and system", () => {
    expect(gwError("SCHEDULE", "openai-cerebras", "fp8_pflops_added")).toMatchObject({ code: "#N/A", message: expect.stringMatching(/fp8_pflops.*Cerebras/) });
    expect(gwError("DELIVERED", "openai-cerebras", 2028, "fp8_pflops")).toMatchObject({ code: "#N/A" });
  });
});

describe("portfolios of every deal", () => {
  const keys = (gw("DEALS") as string[][]).slice(1).map((row) => [row[0]]);

  test("the key column of GW.DEALS, licence included, is the sum of the deals with capacity", () => {
    expect(keys.some(([k]) => k === "nvidia-groq")).toBe(true);
    const capacity = DEALS.filter((d) => d.tranches.length > 0);
    for (const measure of ["gw", "accelerators", "capex"]) {
      const each = capacity.reduce((sum, d) => sum + (gw("DELIVERED", d.key, 2029, measure) as number), 0);
      expect(closeTo(gw("DELIVERED", keys, 2029, measure) as number, each) || Math.abs(gw("DELIVERED", keys, 2029, measure) as number - each) < 1e-9 * each).toBe(true);
    }
    const table = gw("SCHEDULE", keys) as number[][];
    const withoutLicence = gw("SCHEDULE", capacity.map((d) => [d.key])) as number[][];
    expect(table).toEqual(withoutLicence);
  });

  test("the licence alone, or a range of nothing but licences, still points to GW.FLOWS", () => {
    expect(gwError("DELIVERED", "nvidia-groq", 2029)).toMatchObject({ code: "#N/A", message: expect.stringContaining("GW.FLOWS") });
    expect(gwError("DELIVERED", [["nvidia-groq"], ["nvidia-groq"]], 2029)).toMatchObject({ code: "#N/A", message: expect.stringContaining("GW.FLOWS") });
  });
});
