/**
 * Deal tables that keep results between calls (GW.SCHEDULE, GW.RAMP's statistics) and GW.RECONCILE's row
 * for a deal without reported money, through the functions Excel calls. A cached result must never answer
 * a different question: two portfolios of the same size, or two per-GW factors of the same system.
 */
import golden from "../fixtures/schedules.json";
import { expectTable } from "../helpers/formula";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const gw = (id: string, ...args: unknown[]) => valueOf(excel, id, ...args) as Array<Array<number | string>>;
const yearly = golden.yearly as unknown as Record<string, Array<[number, number]>>;

/** GW added per year of several deals, summed from the Python generator's per-deal tables. */
function summed(keys: readonly string[]): Array<[number, number]> {
  const byYear = new Map<number, number>();
  for (const key of keys) for (const [year, added] of yearly[key]) byYear.set(year, (byYear.get(year) ?? 0) + added);
  return [...byYear.entries()].sort(([a], [b]) => a - b);
}

test("two portfolios of two deals each answer their own GW added, one after the other", () => {
  for (const pair of [["openai-amd", "openai-broadcom"], ["openai-amd", "openai-cerebras"], ["openai-broadcom", "openai-cerebras"]]) {
    expectTable(gw("SCHEDULE", [pair], "gw_added").slice(1), summed(pair));
  }
});

test("GW.RAMP's simulated accelerator and capex columns are GW.ACCELERATORS's and GW.CAPEX's statistics per GW", () => {
  const perGw = {
    accelerators: gw("ACCELERATORS", 1, "GB200", null, "facility", "p50") as unknown as number,
    capex: gw("CAPEX", 1, "GB200", "total", "p50") as unknown as number,
  };
  expect(perGw.accelerators).not.toBeCloseTo(perGw.capex, -3);
  // 1 GW a quarter for four quarters: cumulative GW k, accelerators k × per GW, capex of the 1 GW added each quarter.
  const rows = gw("RAMP", 1, "2027-Q1", "2027-Q4", "quarter", "GB200", "p50").slice(1);
  expectTable(rows.map((row) => row.slice(1)), [1, 2, 3, 4].map((k) => [1, k, k * perGw.accelerators, perGw.capex]));
});

test("GW.RECONCILE of a deal without reported money: one row naming the deal, the message and nothing compared", () => {
  const [header, row, ...rest] = gw("RECONCILE", "xai-colossus1");
  expect(header.length).toBe(9);
  expect(rest).toEqual([]);
  expect(row.map((cell, i) => (i === 5 ? typeof cell : cell))).toEqual(["xai-colossus1", "", "", "", "", "string", "none", "", ""]);
  expect(row[5]).toMatch(/^No money figures are reported/);
});

test("GW.FLOWS with a statistic answers the simulated statistic, not the base case", () => {
  // openai-cerebras 2026: a binding deal (completes with probability 0.9), 0.15 GW base of a triangular
  // (0.1, 0.15, 0.25) tranche at a triangular (13,333,333,333; 26,666,666,667; 26,666,666,667) USD per GW.
  // Mean buyer spend = 0.9 × (0.1 + 0.15 + 0.25)/3 × (13,333,333,333 + 2 × 26,666,666,667)/3 ≈ 3.333e9;
  // the base case would be 0.15 × 26,666,666,667 ≈ 4.0e9.
  const year2026 = gw("FLOWS", "openai-cerebras", null, null, "year", "mean").find((row) => row[0] === 2026)!;
  const expected = 0.9 * (0.5 / 3) * ((13_333_333_333 + 2 * 26_666_666_667) / 3);
  expect(Math.abs((year2026[2] as number) / expected - 1)).toBeLessThan(0.02);
});

test("a table of exactly 1,000 periods is answered; one more period is refused with #NUM!", () => {
  // 2000-01 to 2083-04 by month: 83 × 12 + 4 = 1,000 months (DATE(2000,1,1) = 36526, DATE(2083,4,1) = 66932).
  const rows = gw("RAMP", 0.1, 36526, 66932, "month").slice(1);
  expect(rows.length).toBe(1000);
  expect(rows[999][2]).toBeCloseTo(100, 9); // 0.1 GW a month for 1,000 months
  const refused = callRegistered(excel, "RAMP", [0.1, 36526, 66962, "month", null, null, null]);
  expect(refused.error?.code).toBe("#NUM!");
  expect(refused.error?.message).toMatch(/1,?000/);
});
