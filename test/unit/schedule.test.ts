/**
 * Deal schedules: golden tables (computed independently in exact fractions, see the fixture's
 * comment), exact telescoping sums in decimal, proration of a tranche that starts mid-quarter,
 * the portfolio, consistency with GW.CAPEX, and the boundary errors.
 */
import golden from "../fixtures/schedules.json";
import { DEALS, DEAL_INDEX, DEAL_STATUSES, SOURCES } from "../../src/model/catalog";
import { MEASURES, computeUnitOf, cumulativeAt, dealFlows, scheduleValues } from "../../src/model/schedule";
import { hasCompute } from "../../src/model/compute";
import { periodBoundaries } from "../../src/model/periods";
import { Dec } from "../../src/model/decimal";
import { invoke } from "../../src/functions/define";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import { closeTo } from "../helpers/formula";
import { serialFromIso } from "../../src/model/dates";

function gw(id: string, ...args: unknown[]): unknown {
  const def = FUNCTION_DEFS.find((d) => d.id === id)!;
  return invoke(def, [...args, ...Array(def.params.length - args.length).fill(null)]);
}
function gwError(id: string, ...args: unknown[]): StubCustomFunctionsError {
  try {
    gw(id, ...args);
  } catch (error) {
    return error as StubCustomFunctionsError;
  }
  throw new Error(`${id} did not fail`);
}

const BASE = { case: "base" as const, overrides: {} };

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
  const flows = dealFlows(deal, BASE);
  const first = Math.min(...flows.map((f) => f.start));
  const last = Math.max(...flows.map((f) => f.end));
  test.each(["year", "half", "quarter", "month"] as const)("per-%s values sum exactly (decimal) to the cumulative and the total", (period) => {
    const boundaries = periodBoundaries(first, last - 1, period, 1000)!;
    // Compute measures wherever every tranche's system publishes the figure (else the functions answer #N/A).
    const measures = MEASURES.filter((m) => !m.endsWith("_cumulative") && flows.every((f) => computeUnitOf(m) === undefined || hasCompute(f.system, computeUnitOf(m)!)));
    for (const measure of measures) {
      const sum = scheduleValues(flows, measure, boundaries, BASE).reduce((a, b) => a.plus(b), new Dec(0));
      expect(sum.eq(cumulativeAt(flows, measure, boundaries[boundaries.length - 1], BASE))).toBe(true);
    }
    const gwSum = scheduleValues(flows, "gw_added", boundaries, BASE).reduce((a, b) => a.plus(b), new Dec(0));
    expect(gwSum.eq(flows.reduce((a, f) => a.plus(f.gigawatts), new Dec(0)))).toBe(true);
  });

  test("the last cumulative row is the deal's total GW", () => {
    const table = gw("SCHEDULE", deal.key, "gw_cumulative") as number[][];
    const total = deal.tranches.reduce((sum, t) => sum + t.gigawatts.base, 0);
    expect(closeTo(table[table.length - 1][1], total)).toBe(true);
  });

  test("capex agrees with GW.CAPEX for each tranche's system and case", () => {
    for (const c of ["low", "base", "high"]) {
      const table = gw("SCHEDULE", deal.key, "capex", null, null, "year", c) as number[][];
      const scheduled = table.slice(1).reduce((sum, row) => sum + row[1], 0);
      const direct = deal.tranches.reduce((sum, t) => sum + (gw("CAPEX", t.gigawatts[c as "low"], t.system, "total", c) as number), 0);
      expect(Math.abs(scheduled / direct - 1)).toBeLessThan(1e-12);
    }
  });
});

test("a portfolio (a range of deal ids) is the sum of its deals; blanks and repeats are ignored", () => {
  const amd = gw("SCHEDULE", "openai-amd", "gw_added", 2026, 2031) as number[][];
  const meta = gw("SCHEDULE", "meta-amd", "gw_added", 2026, 2031) as number[][];
  const both = gw("SCHEDULE", [["openai-amd"], [null], ["Meta AMD"], ["openai-amd"]], "gw_added", 2026, 2031) as number[][];
  expect(both.length).toBe(7);
  for (let i = 1; i < both.length; i++) expect(closeTo(both[i][1], amd[i][1] + meta[i][1])).toBe(true);
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
  expect(closeTo(gw("DELIVERED", "openai-amd", 2035, "accelerators") as number, (gw("ACCELERATORS", 6, "MI450") as number))).toBe(true);
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
  // Abilene is fully built from 2026-07-01: the second half of 2026 runs 1.2 GW for 184 days.
  const table = gw("SCHEDULE", "stargate-abilene", "energy", "2026-07-01", "2026-12-31", "half") as number[][];
  expect(closeTo(table[1][1], 1.2 * 184 * 24 * 1000 * 0.8)).toBe(true);
});

test("RAMP: Altman's gigawatt a week as 52 GW a year", () => {
  const table = gw("RAMP", 52, 2026, 2030, "year", "GB300") as number[][];
  expect(table.map((r) => r[0])).toEqual(["Year", 2026, 2027, 2028, 2029, 2030]);
  expect(table[5][2]).toBe(260);
  expect(closeTo(table[5][3], 260e6 / 2.42)).toBe(true);
  expect((gw("RAMP", 1, "2027-Q1", "2027-Q4", "quarter") as number[][]).length).toBe(5);
});

test("FLOWS: NVIDIA's ~$10B per GW plus the $30B equity in 2026 against OpenAI's spend", () => {
  const table = gw("FLOWS", "openai-nvidia") as number[][];
  expect(table[0]).toEqual(["Year", "Vendor investment (USD)", "Buyer spend (USD)", "Net to vendor (USD)", "Warrant shares vested"]);
  expect(table[1][0]).toBe(2026);
  expect(table[1][1]).toBe(40e9);
  const spend2026 = (gw("CAPEX", 1, "Vera Rubin", "systems") as number) + (gw("CAPEX", 1, "Vera Rubin", "network") as number);
  expect(closeTo(table[1][2], spend2026)).toBe(true);
  expect(closeTo(table[1][3], spend2026 - 40e9)).toBe(true);
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
    expect(DEAL_STATUSES).toContain(deal.status);
    expect(SOURCES.has(deal.source)).toBe(true);
    for (const t of deal.tranches) {
      expect(DEAL_STATUSES).toContain(t.status);
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
