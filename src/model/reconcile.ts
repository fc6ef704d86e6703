/**
 * Reconciliation: every money figure reported for a deal set against what the model derives for it
 * (GW.RECONCILE). The data says which modelled measure each reported figure compares with and, where
 * they differ, why; without an explanation in the data the row explains itself from the deal's payment.
 */
import type { DealSpec, ModelledMeasure, ReportedMoney } from "./catalog";
import type { Dec } from "./decimal";
import { dealTotals, paymentOf, type DealTotals, type FlowOptions } from "./flows";
import type { Flow } from "./schedule";

export const RECONCILE_HEADER = [
  "Deal", "Reported item", "Reported (USD)", "Modelled (USD)", "Ratio (modelled ÷ reported)", "Explanation", "Modelled as", "Reported on", "Source",
] as const;

export interface ReconcileRow {
  readonly deal: DealSpec;
  readonly item: ReportedMoney;
  readonly reported: number;
  /** undefined where nothing in the model compares (measure none, or a service price nobody reported). */
  readonly modelled: Dec | undefined;
  readonly ratio: number | undefined;
  readonly explanation: string;
}

const MEASURE_TEXT: Readonly<Record<ModelledMeasure, string>> = {
  buyer_spend: "the buyer's spend with the vendor over the deal",
  vendor_investment: "the vendor's investment into the buyer over the deal (capped)",
  systems_capex: "the systems and network capex of the deal's capacity, whoever pays it",
  capex: "the total capex (systems, network, facility) of the deal's capacity",
  events: "the deal's dated money events",
  none: "nothing in the model",
};

function modelledValue(totals: DealTotals, measure: ModelledMeasure): Dec | undefined {
  switch (measure) {
    case "buyer_spend": return totals.buyerSpend;
    case "vendor_investment": return totals.vendorInvestment;
    case "systems_capex": return totals.systemsCapex;
    case "capex": return totals.capex;
    case "events": return totals.events;
    default: return undefined;
  }
}

/** The explanation a row gives when the data has none: what was compared, and how the buyer pays. */
export function defaultExplanation(deal: DealSpec, item: ReportedMoney, modelled: Dec | undefined): string {
  const payment = paymentOf(deal);
  const how = payment === "service"
    ? "Capacity bought as a service: the buyer pays the contract price; the hardware capex is the vendor's."
    : payment === "hardware" ? "The buyer buys the systems (its capex)." : payment === "licence" ? "A licence: money without capacity." : "An investment only.";
  if (item.modelled === "none") return `Compared with ${MEASURE_TEXT.none}. ${how}`;
  if (modelled === undefined) return `No price for the service is reported, so the buyer's spend is not modelled. ${how}`;
  return `Compared with ${MEASURE_TEXT[item.modelled]}. ${how}`;
}

export function reconcileDeal(deal: DealSpec, flows: readonly Flow[], options: FlowOptions): ReconcileRow[] {
  const items = deal.reported ?? [];
  if (items.length === 0) return [];
  const totals = dealTotals(deal, flows, options);
  return items.map((item) => {
    const reported = item.usd[options.case];
    const modelled = modelledValue(totals, item.modelled);
    const ratio = modelled === undefined || reported === 0 ? undefined : modelled.div(reported).toNumber();
    return { deal, item, reported, modelled, ratio, explanation: item.explanation ?? defaultExplanation(deal, item, modelled) };
  });
}
