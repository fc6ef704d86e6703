/** Model invariants under generated inputs, through the functions Excel calls (test/helpers/registered.ts). */
import fc from "fast-check";
import { CASES, DEALS, SYSTEMS, type Case } from "../../src/model/catalog";
import { loadRegistered, valueOf } from "../helpers/registered";

const LONG = process.env.GIGAWATT_FUZZ === "long";
const RUNS = { numRuns: LONG ? 20_000 : process.env.GIGAWATT_MUTATION ? 40 : 300, seed: Number(process.env.GIGAWATT_FUZZ_SEED ?? 20261125) };

const excel = loadRegistered();
const gw = (id: string, ...args: unknown[]): number => valueOf(excel, id, ...args) as number;
const sum = (table: number[][]) => table.slice(1).reduce((s, r) => s + r[1], 0);

const system = fc.constantFrom(...SYSTEMS.map((s) => s.key));
const gigawatts = fc.double({ min: 1e-6, max: 1e4, noNaN: true });
const pue = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null });
const basis = fc.constantFrom("facility", "it");
const estimate = fc.constantFrom<Case>(...CASES);
const opposite = (c: Case): Case => (c === "low" ? "high" : c === "high" ? "low" : "base");
const close = (a: number, b: number, rel = 1e-12) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));

test("GW → accelerators → GW round-trips (the inverse pairs a low count with high power per accelerator)", () => {
  fc.assert(fc.property(gigawatts, system, pue, basis, estimate, (g, s, p, b, c) => {
    const count = gw("ACCELERATORS", g, s, p, b, c);
    return close(gw("GIGAWATTS", count, s, p, b, opposite(c)), g);
  }), RUNS);
});

test("low ≤ base ≤ high for every estimate-dependent result", () => {
  const ordered = (f: (c: Case) => number) => {
    const [l, b, h] = CASES.map(f);
    return l <= b * (1 + 1e-12) && b <= h * (1 + 1e-12);
  };
  fc.assert(fc.property(gigawatts, system, basis, fc.constantFrom("chip", "system", "it", "facility"), (g, s, b, level) =>
    ordered((c) => gw("ACCELERATORS", g, s, null, b, c)) &&
    ordered((c) => gw("GIGAWATTS", g * 1e5, s, null, b, c)) &&
    ordered((c) => gw("POWER", s, level, null, c)) &&
    ordered((c) => gw("CAPEX", g, s, "total", c)) &&
    ordered((c) => gw("TCO", s, null, null, c)) &&
    ordered((c) => gw("SPEC", s, "system_kw", c)) &&
    ordered((c) => gw("SPEC", s, "price_per_accelerator", c))), RUNS);
});

test("schedule periods sum to the totals, for any period and window covering the deal", () => {
  const withCapacity = DEALS.filter((d) => d.tranches.length > 0).map((d) => d.key);
  fc.assert(fc.property(fc.subarray(withCapacity, { minLength: 1 }), fc.constantFrom("year", "half", "quarter", "month"), estimate,
    fc.constantFrom("gw_added", "accelerators_added", "capex"), (deals, period, c, measure) => {
      const range = deals.map((d) => [d]);
      // The window covers every deal of the catalog (the latest runs to the end of 2032).
      const added = gw("SCHEDULE", range, measure, 2024, 2035, period, c) as unknown as number[][];
      const cumulative = measure === "capex" ? undefined : gw("SCHEDULE", range, measure.replace("added", "cumulative"), 2024, 2035, period, c) as unknown as number[][];
      const total = measure === "capex" ? gw("DELIVERED", range, 2036, "capex", c) : cumulative![cumulative!.length - 1][1];
      return close(sum(added), total, 1e-9);
    }), { ...RUNS, numRuns: Math.min(RUNS.numRuns, LONG ? 2000 : 60) });
});

test("Monte Carlo estimates: p(a) ≤ p(b) for a < b, and low ≤ every percentile and the mean ≤ high (no deal risk in these)", () => {
  const percentile = fc.integer({ min: 1, max: 99 });
  const inside = (l: number, x: number, h: number) => l * (1 - 1e-12) <= x && x <= h * (1 + 1e-12);
  fc.assert(fc.property(gigawatts, system, basis, fc.constantFrom("chip", "system", "it", "facility"), percentile, percentile, (g, s, b, level, x, y) => {
    const [a, c] = x <= y ? [x, y] : [y, x];
    const checks: Array<(e: string) => number> = [
      (e) => gw("ACCELERATORS", g, s, null, b, e),
      (e) => gw("GIGAWATTS", g * 1e5, s, null, b, e),
      (e) => gw("POWER", s, level, null, e),
      (e) => gw("CAPEX", g, s, "total", e),
      (e) => gw("TCO", s, null, null, e),
      (e) => gw("SPEC", s, "price_per_system", e),
    ];
    return checks.every((f) => {
      const [low, high, pa, pc, mean] = [f("low"), f("high"), f(`p${a}`), f(`p${c}`), f("mean")];
      return pa <= pc && inside(low, pa, high) && inside(low, pc, high) && inside(low, mean, high);
    });
  }), { ...RUNS, numRuns: Math.min(RUNS.numRuns, LONG ? 2000 : 100) });
});

test("Monte Carlo schedules: each period's percentiles are ordered and the periods' means add up to the total's mean", () => {
  const withCapacity = DEALS.filter((d) => d.tranches.length > 0).map((d) => d.key);
  // The window opens at the earliest tranche (some deals were in service in 2024), so nothing is delivered before it.
  const from = Math.min(...DEALS.flatMap((d) => d.tranches.map((t) => Number(t.start.slice(0, 4)))));
  fc.assert(fc.property(fc.subarray(withCapacity, { minLength: 1, maxLength: 4 }), fc.constantFrom("year", "quarter"), fc.integer({ min: 1, max: 49 }),
    fc.constantFrom("gw_cumulative", "accelerators_cumulative"), (deals, period, p, measure) => {
      const range = deals.map((d) => [d]);
      const at = (e: string) => (gw("SCHEDULE", range, measure, from, 2031, period, e) as unknown as number[][]).slice(1).map((r) => r[1]);
      const [lower, upper] = [at(`p${p}`), at(`p${100 - p}`)];
      const added = gw("SCHEDULE", range, measure.replace("cumulative", "added"), from, 2031, period, "mean") as unknown as number[][];
      const total = at("mean");
      // Means are linear: the per-period means telescope to the cumulative mean (up to float rounding).
      return lower.every((v, k) => v <= upper[k]) && close(sum(added), total[total.length - 1], 1e-9);
    }), { ...RUNS, numRuns: Math.min(RUNS.numRuns, LONG ? 500 : 20) });
});
