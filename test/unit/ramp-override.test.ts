/**
 * A scenario's ramp (GW per calendar year from the deal's first year) replaces the catalog's tranches but
 * keeps each year's system: the tranche active on July 1 of that year, else the deal's last tranche
 * (README, scenarios). The whole tables with ramps are compared with the Python oracle in
 * test/oracle/tables.test.ts; here, the edges of "active on July 1" on a catalog deal with its tranches
 * moved, and ramps that replace nothing.
 */
import { NO_OVERRIDES } from "../../src/model/assumptions";
import { DEAL_INDEX, type DealSpec } from "../../src/model/catalog";
import { serialFromYmd } from "../../src/model/dates";
import { dealFlows } from "../../src/model/schedule";

const base = { case: "base" as const, overrides: NO_OVERRIDES };
const amazon = DEAL_INDEX.find("anthropic-amazon-5gw")!;
const [trainium2, trainium3] = [amazon.tranches[0], amazon.tranches[1]];

/** anthropic-amazon-5gw with its tranches replaced: [start, end, system]. */
function withTranches(...tranches: Array<[string, string, typeof trainium2]>): DealSpec {
  return { ...amazon, tranches: tranches.map(([start, end, like]) => ({ ...like, start, end })) };
}
const systemsByYear = (deal: DealSpec, ramp: number[]) =>
  dealFlows(deal, { ...base, rampOverride: ramp }).map((f) => [new Date((f.start - 25569) * 864e5).getUTCFullYear(), f.system.key]);

test("a tranche starting on July 1 is that year's; one ending on June 30 is not", () => {
  // 2026: Trainium2 until June 30, Trainium3 from July 1; 2027: Trainium2 again (the last tranche).
  const deal = withTranches(["2026-01-01", "2026-06-30", trainium2], ["2026-07-01", "2026-12-31", trainium3], ["2027-01-01", "2027-12-31", trainium2]);
  expect(systemsByYear(deal, [1, 1])).toEqual([[2026, "trainium3"], [2027, "trainium2"]]);
});

test("a year no tranche covers on July 1 takes the last tranche's system, also before the first tranche starts", () => {
  // First year 2026 (the first tranche starts 2026-09-01, after July 1): no tranche is active on 2026-07-01.
  const deal = withTranches(["2026-09-01", "2027-12-31", trainium3], ["2028-01-01", "2028-12-31", trainium2]);
  expect(systemsByYear(deal, [1, 1, 1, 1])).toEqual([[2026, "trainium2"], [2027, "trainium3"], [2028, "trainium2"], [2029, "trainium2"]]);
});

test("a ramp's years run forward from the deal's first year, one calendar year each", () => {
  const flows = dealFlows(amazon, { ...base, rampOverride: [1, 2, 3] });
  expect(flows.map((f) => [f.start, f.end, f.gigawatts.toNumber()])).toEqual([
    [serialFromYmd(2026, 1, 1), serialFromYmd(2027, 1, 1), 1],
    [serialFromYmd(2027, 1, 1), serialFromYmd(2028, 1, 1), 2],
    [serialFromYmd(2028, 1, 1), serialFromYmd(2029, 1, 1), 3],
  ]);
});

test("an empty ramp keeps the catalog's tranches; a deal without capacity stays without, ramp or not", () => {
  expect(dealFlows(amazon, { ...base, rampOverride: [] })).toEqual(dealFlows(amazon, base));
  const licence = DEAL_INDEX.find("nvidia-groq")!;
  expect(licence.tranches).toEqual([]);
  expect(dealFlows(licence, { ...base, rampOverride: [1, 2] })).toEqual([]);
});
