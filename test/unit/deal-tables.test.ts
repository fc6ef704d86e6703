/**
 * Deal tables that keep results between calls (GW.SCHEDULE, GW.RAMP's statistics) and GW.RECONCILE's row
 * for a deal without reported money, through the functions Excel calls. A cached result must never answer
 * a different question: two portfolios of the same size, or two per-GW factors of the same system.
 */
import golden from "../fixtures/schedules.json";
import { expectTable } from "../helpers/formula";
import { loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered();
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
