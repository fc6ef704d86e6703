/**
 * GW.PLAN over many tranches derives each system's per-GW factor once and shares it between rows that
 * change nothing about it (src/model/schedule.ts, cumulativeSeries). A row with its own PUE or price must
 * never take, or give, the shared factor; and a tranche's first day counts however the periods fall.
 * Through the function Excel calls; expected values by hand from the catalog's GB300 (72 GPUs in a
 * 132 kW rack at $4M; IT overhead 1.1; network 15% of systems; facility $11M per MW; PUE 1.2 by default).
 */
import { expectTable } from "../helpers/formula";
import { loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const plan = (...args: unknown[]) => valueOf(excel, "PLAN", ...args) as Array<Array<number | string>>;

/** Capex of 1 facility GW of GB300 at PUE p and price q per rack: racks = 1e6 kW ÷ (132 kW × 1.1 × p). */
const capexPerGw = (p: number, q: number) => (1e6 / (132 * 1.1 * p)) * q * 1.15 + 1000 * 11e6;

test("rows of one system with and without their own PUE or price each keep their own capex", () => {
  // Rows with their own factor come first and between plain rows, in both orders, so a factor shared
  // wrongly in either direction shows.
  const rows: Array<[string, number | null, number | null]> = [
    ["pue 1.5", 1.5, null], ["plain", null, null], ["pue 1.3", 1.3, null],
    ["price 8M", null, 8e6], ["price 6M", null, 6e6], ["plain again", null, null],
  ];
  const table = [["name", "start", "end", "gw", "system", "pue", "price_per_system"],
    ...rows.map(([name, pue, price]) => [name, "2027-01-01", "2027-12-31", 1, "GB300", pue, price])];
  const expected = rows.reduce((sum, [, pue, price]) => sum + capexPerGw(pue ?? 1.2, price ?? 4e6), 0);
  expectTable(plan(table, "capex").slice(1), [[2027, expected]]);
});

test("a tranche starting on a period's last day delivers its first day in that period", () => {
  // 1 GW from 2026-12-31 to 2027-12-30: 365 days, so 1/365 GW by the start of 2027 and the rest in 2027.
  const table = [["name", "start", "end", "gw", "system"], ["A", "2026-12-31", "2027-12-30", 1, "GB300"]];
  expectTable(plan(table, "gw_added").slice(1), [[2026, 1 / 365], [2027, 364 / 365]]);
});
