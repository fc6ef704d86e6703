/**
 * Money around a deal, per period: the vendor's investment into the buyer against the buyer's spend on
 * the vendor's hardware (the circular-financing view), and warrant shares vesting with GW delivered.
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

/** USD the buyer pays the vendor per GW of a flow: a contract price, else the vendor's content (systems + network). */
function spendPerGigawatt(deal: DealSpec, flow: Flow, options: FlowOptions): Dec {
  if (deal.contractUsdPerGigawatt !== undefined) return pick(deal.contractUsdPerGigawatt, options.case);
  return capexPerGigawatt(flow.system, "systems", options).plus(capexPerGigawatt(flow.system, "network", options));
}

function vestedShares(deal: DealSpec, gigawatts: Dec): Dec {
  const warrant = deal.warrant;
  if (warrant === undefined) return ZERO;
  // Shares vest in whole-GW milestones, the first at 1 GW, all of them at `fullAtGigawatts`.
  const milestones = Dec.min(gigawatts.floor(), warrant.fullAtGigawatts);
  return new Dec(warrant.shares).times(milestones).div(warrant.fullAtGigawatts);
}

function eventsBetween(deal: DealSpec, direction: "investment" | "purchase", from: number, to: number, c: Case): Dec {
  let total = ZERO;
  for (const event of deal.events) {
    const day = serialFromIso(event.date)!;
    if (event.direction === direction && day >= from && day < to) total = total.plus(pick(event.usd, c));
  }
  return total;
}

/** One row of four values per period [b(k-1), b(k)). */
export function flowValues(deal: DealSpec, flows: readonly Flow[], boundaries: readonly number[], options: FlowOptions): Dec[][] {
  const spendFactors = flows.map((flow) => spendPerGigawatt(deal, flow, options));
  const investPerGw = deal.investmentPerGigawatt !== undefined ? pick(deal.investmentPerGigawatt, options.case) : ZERO;
  const rows: Dec[][] = [];
  for (let k = 1; k < boundaries.length; k++) {
    const [a, b] = [boundaries[k - 1], boundaries[k]];
    let gwAdded = ZERO;
    let cumulativeAtA = ZERO;
    let cumulativeAtB = ZERO;
    let spend = eventsBetween(deal, "purchase", a, b, options.case);
    flows.forEach((flow, i) => {
      const before = deliveredBy(flow, a);
      const after = deliveredBy(flow, b);
      gwAdded = gwAdded.plus(after.minus(before));
      cumulativeAtA = cumulativeAtA.plus(before);
      cumulativeAtB = cumulativeAtB.plus(after);
      spend = spend.plus(after.minus(before).times(spendFactors[i]));
    });
    const investment = gwAdded.times(investPerGw).plus(eventsBetween(deal, "investment", a, b, options.case));
    rows.push([investment, spend, spend.minus(investment), vestedShares(deal, cumulativeAtB).minus(vestedShares(deal, cumulativeAtA))]);
  }
  return rows;
}
