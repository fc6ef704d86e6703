/**
 * Deal schedules through the functions Excel calls (source realm: the associated functions, run through
 * ts-jest): golden tables (computed independently in exact fractions by scripts/golden-schedules.py),
 * proration of a tranche that starts mid-quarter, the portfolio against the oracle's per-deal tables,
 * hand-computed deliveries, and the boundary errors. Whole tables of every measure, case and deal are
 * compared with the oracle in test/oracle/tables.test.ts.
 */
import golden from "../fixtures/schedules.json";
import { DEALS, DEAL_INDEX, SOURCES } from "../../src/model/catalog";
import { ENUMS } from "../../src/model/catalog/types.generated";
import { closeTo, expectTable } from "../helpers/formula";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";
import { serialFromIso } from "../../src/model/dates";

const excel = loadRegistered("src");
const gw = (id: string, ...args: unknown[]): unknown => valueOf(excel, id, ...args);
function gwError(id: string, ...args: unknown[]): { code: string; message: string } {
  const outcome = callRegistered(excel, id, args);
  if (outcome.error === undefined) throw new Error(`${id} did not fail`);
  return outcome.error;
}
type Table = Array<Array<number | string>>;
const oracle = golden.oracle as unknown as { schedule_window: Record<string, Table>; flows: Record<string, Table> };

describe.each(Object.entries(golden.yearly))("golden yearly GW added: %s", (key, rows) => {
  test("matches the independent computation", () => {
    const table = gw("SCHEDULE", key) as (number | string)[][];
    expect(table[0]).toEqual(["Year", "GW added"]);
    expect(table.length - 1).toBe(rows.length);
    rows.forEach(([year, value], i) => {
      expect(table[i + 1][0]).toBe(year);
      expect(closeTo(table[i + 1][1] as number, value)).toBe(true);
    });
  });
});

test.each(Object.entries(golden.quarterly))("golden quarterly GW added: %s (a tranche starting mid-quarter is prorated by day)", (key, rows) => {
  const table = gw("SCHEDULE", key, "gw_added", rows[0][0], rows[rows.length - 1][0], "quarter") as number[][];
  expect(table.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
  rows.forEach(([, value], i) => expect(closeTo(table[i + 1][1], value)).toBe(true));
});

describe.each(DEALS.filter((d) => d.tranches.length > 0).map((d) => [d.key, d] as const))("%s", (_key, deal) => {
  test("the last cumulative row is the deal's total GW (the data file's tranches, summed by hand)", () => {
    const table = gw("SCHEDULE", deal.key, "gw_cumulative") as number[][];
    const total = deal.tranches.reduce((sum, t) => sum + t.gigawatts.base, 0);
    expect(closeTo(table[table.length - 1][1], total)).toBe(true);
  });
});

test("a portfolio (a range of deal ids) is the sum of its deals' oracle tables; blanks and repeats are ignored", () => {
  for (const measure of ["gw_added", "capex", "energy"]) {
    const both = gw("SCHEDULE", [["openai-amd"], [null], ["Meta AMD"], ["openai-amd"]], measure, 2024, 2031) as Table;
    const [amd, meta] = ["openai-amd", "meta-amd"].map((deal) => oracle.schedule_window[`${deal}|${measure}`]);
    expectTable(both, amd.map((row, i) => (i === 0 ? row : [row[0], (row[1] as number) + (meta[i][1] as number)])));
  }
});

test("the portfolio's span is the union of its deals' spans", () => {
  const table = gw("SCHEDULE", [["stargate-abilene", "meta-amd"]]) as number[][];
  expect(table[1][0]).toBe(2025);
  expect(table[table.length - 1][0]).toBe(2031);
});

test("DELIVERED counts what arrived before the date", () => {
  expect(gw("DELIVERED", "openai-amd", 2027)).toBe(1);
  expect(gw("DELIVERED", "openai-amd", "2026-07-01")).toBe(0);
  expect(closeTo(gw("DELIVERED", "openai-amd", "2026-10-01") as number, 92 / 184)).toBe(true); // Jul–Sep of Jul–Dec
  expect(gw("DELIVERED", "openai-amd", 2035)).toBe(6);
  // 6 GW of MI450 at 160 ÷ 72 × 1.1 × 1.2 = 2.9333 kW per GPU (catalog 2026.11.1)
  expect(closeTo(gw("DELIVERED", "openai-amd", 2035, "accelerators") as number, 6e6 / ((160 / 72) * 1.1 * 1.2))).toBe(true);
});

test("scenario-free low ≤ base ≤ high for every deal and measure", () => {
  for (const deal of DEALS.filter((d) => d.tranches.length > 0)) {
    for (const measure of ["gw_cumulative", "accelerators_cumulative", "capex", "energy"]) {
      const [low, base, high] = ["low", "base", "high"].map((c) => (gw("SCHEDULE", deal.key, measure, null, null, "year", c) as number[][]).slice(1).reduce((s, r) => s + r[1], 0));
      expect(low).toBeLessThanOrEqual(base * (1 + 1e-12));
      expect(base).toBeLessThanOrEqual(high * (1 + 1e-12));
    }
  }
});

test("energy: a GW running a full year at 0.8 utilisation uses 7,008,000 MWh", () => {
  // Abilene's 1.2 GW are all built by the end of 2026 (catalog 2026.11.1): the first half of 2027 runs 1.2 GW for 181 days.
  const table = gw("SCHEDULE", "stargate-abilene", "energy", "2027-01-01", "2027-06-30", "half") as number[][];
  expect(closeTo(table[1][1], 1.2 * 181 * 24 * 1000 * 0.8)).toBe(true);
});

test("RAMP: Altman's gigawatt a week as 52 GW a year", () => {
  const table = gw("RAMP", 52, 2026, 2030, "year", "GB300") as number[][];
  expect(table.map((r) => r[0])).toEqual(["Year", 2026, 2027, 2028, 2029, 2030]);
  expect(table[5][2]).toBe(260);
  expect(closeTo(table[5][3], 260e6 / 2.42)).toBe(true);
  expect((gw("RAMP", 1, "2027-Q1", "2027-Q4", "quarter") as number[][]).length).toBe(5);
});

test("FLOWS: NVIDIA's $30B equity (which replaced the LOI's ~$10B per GW) in 2026 against OpenAI's spend", () => {
  const table = gw("FLOWS", "openai-nvidia") as number[][];
  expect(table[0]).toEqual(["Year", "Vendor investment (USD)", "Buyer spend (USD)", "Net to vendor (USD)", "Warrant shares vested"]);
  expect(table[1][0]).toBe(2026);
  expect(table[1][1]).toBe(30e9);
  // spend: 1 GW of Vera Rubin at its systems + network capex, from the independent oracle
  expectTable(table, oracle.flows["openai-nvidia|year|base"]);
});

test("FLOWS: AMD's warrant vests 160M shares in whole-GW steps", () => {
  const table = gw("FLOWS", "openai-amd") as number[][];
  const vested = table.slice(1).reduce((s, r) => s + r[4], 0);
  expect(closeTo(vested, 160e6)).toBe(true);
  expect(closeTo(table[1][4], 160e6 / 6)).toBe(true);
});

test("boundaries and bad input", () => {
  expect(gwError("SCHEDULE", "opnai-amd")).toMatchObject({ code: "#N/A", message: expect.stringContaining('Did you mean "openai-amd"?') });
  expect(gwError("SCHEDULE", "openai-amd", null, 2030, 2027)).toMatchObject({ code: "#NUM!", message: expect.stringContaining("after") });
  expect(gwError("SCHEDULE", "nvidia-groq")).toMatchObject({ code: "#N/A", message: expect.stringContaining("GW.FLOWS") });
  expect(gwError("SCHEDULE", "openai-amd", "gw")).toMatchObject({ code: "#VALUE!" });
  expect(gwError("SCHEDULE", "openai-amd", null, 1950, 2100, "month")).toMatchObject({ code: "#NUM!", message: expect.stringContaining("1000 rows") });
  expect(gwError("SCHEDULE", [[null, ""]])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("no values") });
  expect(gwError("DELIVERED", "openai-amd", "soon")).toMatchObject({ code: "#VALUE!" });
});

test("every deal and tranche has a known status and source", () => {
  for (const deal of DEALS) {
    expect(ENUMS.DealStatus).toContain(deal.status);
    expect(SOURCES.has(deal.source)).toBe(true);
    for (const t of deal.tranches) {
      expect(ENUMS.DealStatus).toContain(t.status);
      expect(SOURCES.has(t.source) && SOURCES.has(t.gigawatts.source)).toBe(true);
      expect(t.note.length).toBeGreaterThan(10);
    }
    for (const e of deal.events) expect(SOURCES.has(e.usd.source)).toBe(true);
  }
});

test("deal keys and aliases are unique and resolve", () => {
  expect(DEAL_INDEX.find("Abilene")?.key).toBe("stargate-abilene");
  expect(new Set(DEALS.map((d) => d.key)).size).toBe(DEALS.length);
  for (const deal of DEALS) for (const t of deal.tranches) expect(serialFromIso(t.start)! <= serialFromIso(t.end)!).toBe(true);
});
