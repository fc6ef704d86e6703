/**
 * Money in the catalog: caps are invariants, capacity bought as a service is not the buyer's capex,
 * and every reported money figure reconciles with what the model derives or says why not. The
 * functions run as Excel calls them (stub CustomFunctions); scenarios are published as the pane does.
 */
import fc from "fast-check";
import { invoke } from "../../src/functions/define";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { publishScenarios } from "../../src/functions/scenarios";
import { NO_OVERRIDES } from "../../src/model/assumptions";
import { DEALS, DEAL_INDEX, SYSTEMS, type DealSpec } from "../../src/model/catalog";
import { ENUMS } from "../../src/model/catalog/types.generated";
import { dealTotals, flowValues } from "../../src/model/flows";
import { periodBoundaries } from "../../src/model/periods";
import { dealFlows } from "../../src/model/schedule";
import { serialFromYmd } from "../../src/model/dates";

function gw(id: string, ...args: unknown[]): unknown {
  const def = FUNCTION_DEFS.find((d) => d.id === id)!;
  return invoke(def, [...args, ...Array(def.params.length - args.length).fill(null)]);
}

const CASES = ["low", "base", "high"] as const;
const capped = DEALS.filter((d) => d.investmentCapUsd !== undefined);

afterAll(() => publishScenarios([]));

test("the catalog carries caps for the deals whose vendor investment is capped", () => {
  expect(capped.map((d) => d.key)).toEqual(expect.arrayContaining(["openai-nvidia", "anthropic-microsoft-nvidia", "anthropic-amazon-5gw"]));
});

describe.each(capped.map((d) => [d.key, d] as const))("%s: vendor investment never exceeds the cap", (_key, deal) => {
  const scenarios = [
    { name: "Doubled ramp", case: "base" as const, overrides: NO_OVERRIDES, rampOverrides: { [deal.key]: [5, 10, 20, 40] }, systemOverrides: {}, priceOverrides: {} },
    { name: "On GB300", case: "high" as const, overrides: NO_OVERRIDES, rampOverrides: {}, systemOverrides: { [deal.key]: "gb300-nvl72" }, priceOverrides: {} },
  ];
  test.each([null, "Doubled ramp", "On GB300"])("scenario %s, every estimate and period", (scenario) => {
    publishScenarios(scenarios);
    for (const estimate of CASES) {
      for (const period of ["year", "quarter"]) {
        const table = gw("FLOWS", deal.key, null, null, period, estimate, scenario) as number[][];
        let cumulative = 0;
        for (const row of table.slice(1)) {
          cumulative += row[1];
          expect(row[1]).toBeGreaterThanOrEqual(0);
          expect(cumulative).toBeLessThanOrEqual(deal.investmentCapUsd![estimate] * (1 + 1e-12));
        }
      }
    }
  });
});

test("property: whatever the per-GW investment, events, ramp and cap, cumulative investment stays within the cap", () => {
  const base = DEAL_INDEX.find("openai-nvidia")!;
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 50 }), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }), fc.integer({ min: 1, max: 120 }),
    fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 6 }),
    (perGwB, eventsB, capB, ramp) => {
      const usd = (b: number) => ({ low: b * 1e9, base: b * 1e9, high: b * 1e9, unit: "USD" as const, kind: "assumption" as const, source: "GW" });
      const deal: DealSpec = {
        ...base, investmentPerGigawatt: usd(perGwB), investmentCapUsd: usd(capB),
        events: eventsB.map((b, i) => ({ date: `${2026 + i}-03-01`, usd: usd(b), direction: "investment" as const, status: "binding" as const, note: "test" })),
      };
      const options = { case: "base" as const, overrides: NO_OVERRIDES, rampOverride: ramp };
      const flows = dealFlows(deal, options);
      const boundaries = periodBoundaries(serialFromYmd(2025, 1, 1), serialFromYmd(2040, 12, 31), "year", 100)!;
      let cumulative = 0;
      for (const row of flowValues(deal, flows, boundaries, options)) {
        cumulative += row[0].toNumber();
        if (row[0].isNegative() || cumulative > capB * 1e9 * (1 + 1e-12)) return false;
      }
      return dealTotals(deal, flows, options).vendorInvestment.lte(capB * 1e9);
    },
  ), { numRuns: 200 });
});

test("OpenAI–NVIDIA: the $30B equity replaced the LOI's per-GW investment, so FLOWS totals $30B, never the $130B of catalog 2026.11.0", () => {
  for (const estimate of CASES) {
    const table = gw("FLOWS", "openai-nvidia", null, null, "year", estimate) as number[][];
    expect(table.slice(1).reduce((sum, row) => sum + row[1], 0)).toBe(30e9);
  }
});

test("capacity bought as a service: OpenAI pays Cerebras the contract price (>$20B for 750 MW), not the hardware's capex", () => {
  const table = gw("FLOWS", "openai-cerebras") as number[][];
  const spend = table.slice(1).reduce((sum, row) => sum + row[2], 0);
  // $20B over three years for 0.75 GW = $26.67B per GW (rounded to the dollar in the data) × 0.75 GW.
  expect(Math.abs(spend - 20e9)).toBeLessThan(1); // $26,666,666,667 × 0.75 GW
  expect(spend).toBeLessThan((gw("CAPEX", 0.75, "CS-3") as number) / 3);
});

test("a service whose price nobody reported has no FLOWS number: #N/A with what to do", () => {
  expect(() => gw("FLOWS", "stargate-uae")).toThrow(/as a service at a price nobody has reported/);
});

test("every deal says how the buyer pays, and its status and its tranches' statuses are in the list the risk view keys on", () => {
  for (const deal of DEALS) {
    expect(ENUMS.Payment).toContain(deal.payment);
    expect(["binding", "loi", "announced", "stalled", "rumoured", "in_service", "cancelled"]).toContain(deal.status);
    for (const t of deal.tranches) expect(ENUMS.DealStatus).toContain(t.status);
  }
  const table = gw("DEALS") as string[][];
  expect(table[0].slice(8, 11)).toEqual(["Status", "Source", "Payment"]);
  expect(table.find((row) => row[0] === "openai-nvidia")?.[8]).toBe("stalled");
  expect(table.find((row) => row[0] === "openai-cerebras")?.[10]).toBe("service");
});

test("a stalled letter of intent keeps its announced capacity in SCHEDULE (status says how firm it is)", () => {
  const table = gw("SCHEDULE", "openai-nvidia", "gw_cumulative") as number[][];
  expect(table[table.length - 1][1]).toBeCloseTo(10, 12); // 'at least 10 GW'
  expect(DEAL_INDEX.find("openai-nvidia")!.status).toBe("stalled");
});

describe("GW.RECONCILE", () => {
  const table = gw("RECONCILE") as (string | number)[][];
  const rows = table.slice(1);

  test("has the reconciliation columns and a row for every reported money figure of every deal", () => {
    expect(table[0].slice(0, 6)).toEqual(["Deal", "Reported item", "Reported (USD)", "Modelled (USD)", "Ratio (modelled ÷ reported)", "Explanation"]);
    expect(rows.length).toBe(DEALS.reduce((n, d) => n + (d.reported ?? []).length, 0));
  });

  test("every figure reconciles (modelled within a third of reported) or the data explains why not", () => {
    for (const deal of DEALS) {
      for (const item of deal.reported ?? []) {
        const row = rows.find((r) => r[0] === deal.key && r[1] === item.what && r[2] === item.usd.base)!;
        const ratio = row[4];
        const reconciles = typeof ratio === "number" && ratio >= 0.75 && ratio <= 4 / 3;
        expect({ deal: deal.key, item: item.what, ratio, explained: reconciles || (item.explanation ?? "").length > 20 })
          .toEqual({ deal: deal.key, item: item.what, ratio, explained: true });
      }
    }
  });

  test("hand-checked rows: Oracle's $300B for 4.5 GW, NVIDIA's $100B cap against the $30B paid", () => {
    const oracle = rows.find((r) => r[0] === "openai-oracle" && r[1] === "contract_value")!;
    expect(oracle[2]).toBe(300e9);
    expect(Math.abs((oracle[3] as number) - 300e9)).toBeLessThanOrEqual(1.5); // $66,666,666,667 per GW (to the dollar) × 4.5 GW
    const cap = rows.find((r) => r[0] === "openai-nvidia" && r[2] === 100e9)!;
    expect([cap[3], cap[4]]).toEqual([30e9, 0.3]);
  });

  test("for one deal; a deal with no reported money says so in a row", () => {
    const one = gw("RECONCILE", "Cerebras 750 MW") as string[][];
    expect(new Set(one.slice(1).map((r) => r[0]))).toEqual(new Set(["openai-cerebras"]));
    const none = gw("RECONCILE", "xai-colossus1") as string[][];
    expect(none.length).toBe(2);
    expect(none[1][0]).toBe("xai-colossus1");
    expect(none[1][5]).toMatch(/No money figures are reported/);
  });
});

test("every system's figures that exist are figures; bf16 is known for the systems compute is compared on", () => {
  for (const key of ["h100-hgx", "h200-hgx", "b200-hgx", "gb200-nvl72", "gb300-nvl72", "vera-rubin-nvl72", "mi355x", "tpu-v7-ironwood"]) {
    expect(SYSTEMS.find((s) => s.key === key)?.bf16Pflops?.base).toBeGreaterThan(0);
  }
});
