/**
 * Exact schedule work, kept per deal. A deal's flows for a case and scenario are immutable, so their
 * cumulative value at a day and their value over a period never change: each is computed once in
 * decimal and then reused by every schedule that asks for the same period boundaries, which in a
 * sheet of SCHEDULE formulas is nearly all of them.
 */
import type { Case, DealSpec } from "../model/catalog";
import type { Dec } from "../model/decimal";
import { cumulativeAt, dealFlows, dealSpan, measureFactors, periodValues, type Flow, type Measure } from "../model/schedule";
import { TupleMemo } from "./factors";
import { modelOptions, type Scenario } from "./scenarios";

interface DealModel {
  readonly deal: DealSpec;
  readonly flows: readonly Flow[];
  readonly span: { from: number; to: number } | undefined;
  readonly factors: Map<Measure, Dec[]>;
  /** Exact cumulative value per measure and day. */
  readonly cumulative: Map<Measure, Map<number, Dec>>;
  /** Per-period results as Excel numbers, per measure, by period start then end. */
  readonly periods: Map<Measure, Map<number, Map<number, number>>>;
}

const MAX_DAYS_KEPT = 20000;
const models = new TupleMemo<DealModel>(500);

/** The model options for one deal: a scenario's price for this deal only wins over its price for the system. */
export function dealOptions(deal: DealSpec, c: Case, scenario: Scenario) {
  const options = modelOptions(scenario, c);
  const dealPrices = scenario.dealPriceOverrides?.[deal.key];
  return dealPrices === undefined ? options : { ...options, prices: { ...options.prices, ...dealPrices } };
}

function dealModel(deal: DealSpec, c: Case, scenario: Scenario): DealModel {
  return models.get([deal, c, scenario], () => {
    const flows = dealFlows(deal, {
      ...dealOptions(deal, c, scenario), rampOverride: scenario.rampOverrides[deal.key], systemOverride: scenario.systemOverrides[deal.key],
    });
    return { deal, flows, span: dealSpan(deal, flows), factors: new Map(), cumulative: new Map(), periods: new Map() };
  });
}

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function cumulative(model: DealModel, measure: Measure, t: number, c: Case, scenario: Scenario): Dec {
  const byDay = child(model.cumulative, measure, () => new Map<number, Dec>());
  let value = byDay.get(t);
  if (value === undefined) {
    const options = dealOptions(model.deal, c, scenario);
    const factors = child(model.factors, measure, () => measureFactors(model.flows, measure, options));
    value = cumulativeAt(model.flows, measure, t, options, factors);
    if (byDay.size < MAX_DAYS_KEPT) byDay.set(t, value);
  }
  return value;
}

export function flowsOf(deals: readonly DealSpec[], c: Case, scenario: Scenario): Flow[] {
  return deals.flatMap((deal) => dealModel(deal, c, scenario).flows);
}

/** First and last day any of the deals moves capacity or money. */
export function spanOf(deals: readonly DealSpec[], c: Case, scenario: Scenario): { from: number; to: number } | undefined {
  const spans = deals.map((deal) => dealModel(deal, c, scenario).span).filter((s) => s !== undefined);
  return spans.length === 0 ? undefined : { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

/** The cumulative value of a measure over the deals at day t, exact. */
export function cumulativeOf(deals: readonly DealSpec[], measure: Measure, t: number, c: Case, scenario: Scenario): Dec {
  let total = cumulative(dealModel(deals[0], c, scenario), measure, t, c, scenario);
  for (let i = 1; i < deals.length; i++) total = total.plus(cumulative(dealModel(deals[i], c, scenario), measure, t, c, scenario));
  return total;
}

/**
 * One Excel number per period [b(k-1), b(k)). For one deal each period's number is kept; for a
 * portfolio the deals' exact values are summed first and rounded to a number once.
 */
export function scheduleNumbers(deals: readonly DealSpec[], measure: Measure, boundaries: readonly number[], c: Case, scenario: Scenario): number[] {
  if (deals.length > 1) {
    return periodValues(boundaries.map((b) => cumulativeOf(deals, measure, b, c, scenario)), measure).map((v) => v.toNumber());
  }
  const model = dealModel(deals[0], c, scenario);
  const byStart = child(model.periods, measure, () => new Map<number, Map<number, number>>());
  const numbers: number[] = [];
  for (let k = 1; k < boundaries.length; k++) {
    const [a, b] = [boundaries[k - 1], boundaries[k]];
    const byEnd = child(byStart, a, () => new Map<number, number>());
    let value = byEnd.get(b);
    if (value === undefined) {
      value = periodValues([cumulative(model, measure, a, c, scenario), cumulative(model, measure, b, c, scenario)], measure)[0].toNumber();
      if (byStart.size < MAX_DAYS_KEPT) byEnd.set(b, value);
    }
    numbers.push(value);
  }
  return numbers;
}
