/**
 * Money around a deal, per period: the vendor's investment into the buyer against the buyer's spend
 * with the vendor (the circular-financing view), and warrant shares vesting with GW delivered.
 *
 * What the buyer spends follows the deal's `payment`: for hardware it buys systems (a contract price
 * per GW when one is reported, else the systems and network the GW need); for capacity bought as a
 * service it pays the contract price, and the hardware capex is the vendor's, never the buyer's; a
 * licence or an equity deal moves money only through its dated events. Vendor investment (per GW
 * delivered plus dated investments) is cumulative-capped by `investmentCapUsd`: an invariant.
 */
import { type Case, type DealSpec } from "./catalog";
import { pick, type Overrides } from "./assumptions";
import { capexPerGigawatt } from "./capacity";
import { Dec, ZERO } from "./decimal";
import { serialFromIso } from "./dates";
import { deliveredBy, type Flow } from "./schedule";

export const FLOW_HEADERS = ["Vendor investment (USD)", "Buyer spend (USD)", "Net to vendor (USD)", "Warrant shares vested"] as const;

export interface FlowOptions {
  readonly case: Case;
  readonly overrides: Overrides;
  readonly prices?: Readonly<Record<string, number>>;
}

/** A deal's payment; catalog 2026.11.0 had none: a contract price meant a service, else hardware. */
export function paymentOf(deal: DealSpec): NonNullable<DealSpec["payment"]> {
  if (deal.payment !== undefined) return deal.payment;
  if (deal.tranches.length === 0) return "licence";
  return deal.contractUsdPerGigawatt !== undefined ? "service" : "hardware";
}

/** Capacity bought as a service whose price nobody reported: the buyer's spend is unknown, not zero. */
export function servicePriceMissing(deal: DealSpec): boolean {
  return paymentOf(deal) === "service" && deal.tranches.length > 0 && deal.contractUsdPerGigawatt === undefined;
}

/** USD the buyer pays the vendor per GW of a flow (see the module comment). */
function spendPerGigawatt(deal: DealSpec, flow: Flow, options: FlowOptions): Dec {
  const payment = paymentOf(deal);
  if (payment === "licence" || payment === "equity") return ZERO;
  if (deal.contractUsdPerGigawatt !== undefined) return pick(deal.contractUsdPerGigawatt, options.case);
  if (payment === "service") return ZERO; // servicePriceMissing: callers refuse to show this as a number
  return systemsCapexPerGigawatt(flow, options);
}

function systemsCapexPerGigawatt(flow: Flow, options: FlowOptions): Dec {
  return capexPerGigawatt(flow.system, "systems", options).plus(capexPerGigawatt(flow.system, "network", options));
}

function vestedShares(deal: DealSpec, gigawatts: Dec): Dec {
  const warrant = deal.warrant;
  if (warrant === undefined) return ZERO;
  // Shares vest in whole-GW milestones, the first at 1 GW, all of them at `fullAtGigawatts`.
  const milestones = Dec.min(gigawatts.floor(), warrant.fullAtGigawatts);
  return new Dec(warrant.shares).times(milestones).div(warrant.fullAtGigawatts);
}

/** Money events of one direction dated before day t (all of them for t = Infinity). */
function eventsBefore(deal: DealSpec, direction: "investment" | "purchase", t: number, c: Case): Dec {
  let total = ZERO;
  for (const event of deal.events) {
    if (event.direction === direction && serialFromIso(event.date)! < t) total = total.plus(pick(event.usd, c));
  }
  return total;
}

/** The vendor's cumulative investment by day t: per GW delivered plus dated investments, never above the cap. */
function investedBy(deal: DealSpec, flows: readonly Flow[], t: number, c: Case): Dec {
  const perGw = deal.investmentPerGigawatt !== undefined ? pick(deal.investmentPerGigawatt, c) : ZERO;
  let total = eventsBefore(deal, "investment", t, c);
  if (!perGw.isZero()) for (const flow of flows) total = total.plus(deliveredBy(flow, t).times(perGw));
  return deal.investmentCapUsd !== undefined ? Dec.min(total, pick(deal.investmentCapUsd, c)) : total;
}

/** The buyer's cumulative spend with the vendor by day t. */
function spentBy(deal: DealSpec, flows: readonly Flow[], factors: readonly Dec[], t: number, c: Case): Dec {
  let total = eventsBefore(deal, "purchase", t, c);
  flows.forEach((flow, i) => { total = total.plus(deliveredBy(flow, t).times(factors[i])); });
  return total;
}

/** One row of four values per period [b(k-1), b(k)): differences of cumulative values, so caps hold in every period. */
export function flowValues(deal: DealSpec, flows: readonly Flow[], boundaries: readonly number[], options: FlowOptions): Dec[][] {
  const c = options.case;
  const factors = flows.map((flow) => spendPerGigawatt(deal, flow, options));
  const gwBy = (t: number) => flows.reduce((sum, flow) => sum.plus(deliveredBy(flow, t)), ZERO);
  const rows: Dec[][] = [];
  for (let k = 1; k < boundaries.length; k++) {
    const [a, b] = [boundaries[k - 1], boundaries[k]];
    const investment = investedBy(deal, flows, b, c).minus(investedBy(deal, flows, a, c));
    const spend = spentBy(deal, flows, factors, b, c).minus(spentBy(deal, flows, factors, a, c));
    rows.push([investment, spend, spend.minus(investment), vestedShares(deal, gwBy(b)).minus(vestedShares(deal, gwBy(a)))]);
  }
  return rows;
}

/** A deal's money over its whole life, as GW.RECONCILE sets it against what was reported. */
export interface DealTotals {
  /** undefined where capacity is bought as a service at a price nobody reported. */
  readonly buyerSpend: Dec | undefined;
  readonly vendorInvestment: Dec;
  /** Systems and network for the deal's GW, whoever pays for them. */
  readonly systemsCapex: Dec;
  /** Systems, network and facility for the deal's GW. */
  readonly capex: Dec;
  /** Every dated money event, both directions. */
  readonly events: Dec;
}

export function dealTotals(deal: DealSpec, flows: readonly Flow[], options: FlowOptions): DealTotals {
  const c = options.case;
  const factors = flows.map((flow) => spendPerGigawatt(deal, flow, options));
  let systemsCapex = ZERO;
  let capex = ZERO;
  for (const flow of flows) {
    systemsCapex = systemsCapex.plus(flow.gigawatts.times(systemsCapexPerGigawatt(flow, options)));
    capex = capex.plus(flow.gigawatts.times(capexPerGigawatt(flow.system, "total", options)));
  }
  return {
    buyerSpend: servicePriceMissing(deal) ? undefined : spentBy(deal, flows, factors, Infinity, c),
    vendorInvestment: investedBy(deal, flows, Infinity, c),
    systemsCapex,
    capex,
    events: eventsBefore(deal, "investment", Infinity, c).plus(eventsBefore(deal, "purchase", Infinity, c)),
  };
}
