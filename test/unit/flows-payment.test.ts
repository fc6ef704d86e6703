/**
 * FLOWS's rules where no catalog deal reaches them today (the Python oracle in test/oracle/tables.test.ts
 * covers every catalog deal): a licence or an equity deal that also has capacity, and a dated event on a
 * period's first day. The deals are catalog deals with one field changed; expected values by hand.
 */
import { NO_OVERRIDES } from "../../src/model/assumptions";
import { CATALOG_VERSIONS, DEAL_INDEX, DEALS, catalogAt, type DealSpec } from "../../src/model/catalog";
import { serialFromYmd } from "../../src/model/dates";
import { flowValues, paymentOf, servicePriceMissing } from "../../src/model/flows";
import { dealFlows } from "../../src/model/schedule";

const options = { case: "base" as const, overrides: NO_OVERRIDES };
const YEARS = [2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) => serialFromYmd(y, 1, 1));

function table(deal: DealSpec, boundaries: readonly number[] = YEARS): number[][] {
  return flowValues(deal, dealFlows(deal, options), boundaries, options).map((row) => row.map((v) => v.toNumber()));
}

describe("a licence or an equity deal pays nothing per GW, even at a contract price", () => {
  // openai-cerebras: 0.75 GW bought as a service at a contract price (spend ≠ 0 as a service).
  const cerebras = DEAL_INDEX.find("openai-cerebras")!;
  const spend = (deal: DealSpec) => table(deal).reduce((sum, row) => sum + row[1], 0);

  test("as a service it spends its contract price (the control)", () => {
    expect(spend(cerebras)).toBeGreaterThan(1e9);
  });
  test.each(["licence", "equity"] as const)("as %s: no buyer spend in any year", (payment) => {
    expect(table({ ...cerebras, payment }).map((row) => row[1])).toEqual(YEARS.slice(1).map(() => 0));
  });
});

test("a dated event on a period's first day falls in that period, not the one before ([start, end) periods)", () => {
  // openai-nvidia: NVIDIA's $30B equity event (dated 2026-02-27), no investment per GW. Moved to 2026-04-01,
  // the first day of 2026's second quarter, it is all of Q2's vendor investment and none of Q1's.
  const nvidia = DEAL_INDEX.find("openai-nvidia")!;
  const moved: DealSpec = { ...nvidia, events: nvidia.events.map((e) => ({ ...e, date: "2026-04-01" })) };
  const quarters = [serialFromYmd(2026, 1, 1), serialFromYmd(2026, 4, 1), serialFromYmd(2026, 7, 1)];
  expect(table(moved, quarters).map((row) => row[0])).toEqual([0, 30e9]);
});

describe("how a deal pays when the data does not say (the first catalog had no payment field)", () => {
  const first = catalogAt(CATALOG_VERSIONS[0])!.dealIndex;
  test("no capacity: a licence; a contract price: a service; else hardware", () => {
    expect(first.find("nvidia-groq")!.payment).toBeUndefined();
    expect([paymentOf(first.find("nvidia-groq")!), paymentOf(first.find("openai-cerebras")!), paymentOf(first.find("openai-amd")!)])
      .toEqual(["licence", "service", "hardware"]);
  });
  test("every deal of the current catalog states its payment", () => {
    expect(DEALS.filter((d) => d.payment === undefined).map((d) => d.key)).toEqual([]);
  });
});

describe("a service whose price nobody reported", () => {
  const cerebras = DEAL_INDEX.find("openai-cerebras")!;
  const unpriced: DealSpec = { ...cerebras, contractUsdPerGigawatt: undefined };
  test("is refused by the functions (servicePriceMissing), and only with capacity: without tranches nothing is priced", () => {
    expect(servicePriceMissing(unpriced)).toBe(true);
    expect(servicePriceMissing({ ...unpriced, tranches: [] })).toBe(false);
    expect(servicePriceMissing(cerebras)).toBe(false);
  });
  test("adds no spend of its own in the model (never the vendor's hardware capex)", () => {
    expect(table(unpriced).map((row) => row[1])).toEqual(YEARS.slice(1).map(() => 0));
  });
});
