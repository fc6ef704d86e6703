/** GW.DEALS, GW.SCHEDULE, GW.DELIVERED, GW.RAMP, GW.FLOWS, GW.RECONCILE: deals as year-by-year tables, one declaration each (see CONTRIBUTING.md). */
import { DEALS as DEAL_LIST, type Case, type DealSpec, sourceOf } from "../model/catalog";
import { Dec } from "../model/decimal";
import { FLOW_HEADERS, flowValues, paymentOf, servicePriceMissing } from "../model/flows";
import { RECONCILE_HEADER, reconcileDeal } from "../model/reconcile";
import { sourceLabel } from "../model/spec";
import { scalarOf } from "./coerce";
import { PERIODS, periodBoundaries, periodLabel, type Period } from "../model/periods";
import { MEASURES, MEASURE_HEADERS, computeUnitOf, type Measure } from "../model/schedule";
import { COMPUTE_UNITS } from "../model/compute";
import { requireCompute } from "./compute";
import { cumulativeOf, dealOptions, flowsOf, scheduleNumbers, spanOf } from "./deal-models";
import { acceleratorsPerGigawatt, capexPerGigawatt } from "../model/capacity";
import { messages } from "../i18n/messages";
import { checkTable, defineFunction, type Cell, type ResultKind } from "./define";
import { dealEntity } from "./entities";
import { GIGAWATTS as GW_BOUNDS } from "../model/bounds";
import { TupleMemo } from "./factors";
import { notAvailable, numError } from "./errors";
import { DEFAULT_SCENARIO, modelOptions, type Scenario } from "./scenarios";
import { caseParam, choiceParam, dateParam, dealParam, dealsParam, numberParam, optionalDateParam, optionalSystemParam, scenarioParam, type Param } from "./params";
import { isoFromSerial } from "../model/dates";
import { isStatistic } from "./estimate";
import { flowSamples, sampledFactor, scheduleSamples, statisticsOf } from "./risk";

/** Enough for monthly rows over 80 years; more is a mistake, and Excel would spill it over the sheet. */
export const MAX_ROWS = 1000;

const ESTIMATE = '"low", "base" (default) or "high"; or "p1" … "p99" or "mean" of 10,000 simulated outcomes (each cell its own statistic).';
const PERIOD = '"year" (default), "half", "quarter" or "month".';
const SCENARIO = "Name of a scenario stored in this workbook.";

/** Rows' period boundaries between from and to, defaulting to the deals' own span. */
function boundariesFor(deals: readonly DealSpec[], c: Case, scenario: Scenario, from: number | undefined, to: number | undefined, period: Period): number[] {
  const span = spanOf(deals, c, scenario);
  const start = from ?? span?.from ?? 0;
  const end = to ?? span?.to ?? 0;
  if (start > end) throw numError(messages().fromAfterTo(isoFromSerial(start), isoFromSerial(end)));
  const boundaries = periodBoundaries(start, end, period, MAX_ROWS);
  if (boundaries === undefined) throw numError(messages().tooManyPeriods(MAX_ROWS));
  return boundaries;
}

export function periodHeader(period: Period): string {
  return period === "year" ? "Year" : "Period start";
}

/**
 * The deals that carry capacity. In a portfolio (a range of deals) a licence without capacity
 * (NVIDIA–Groq) counts as zero GW, so the key column of GW.DEALS works as a whole; asked for alone,
 * or when no deal of the range has capacity, it is an error that points to GW.FLOWS.
 */
function withCapacity(deals: readonly DealSpec[]): DealSpec[] {
  const kept = deals.filter((deal) => deal.tranches.length > 0);
  if (kept.length === 0) throw notAvailable(messages().noCapacity(deals[0].name));
  return kept;
}

/** #N/A when a compute measure meets a system without the figure it needs. */
function requireMeasure(deals: readonly DealSpec[], measure: Measure, c: Case, scenario: Scenario): void {
  const unit = computeUnitOf(measure);
  if (unit !== undefined) for (const flow of flowsOf(deals, c, scenario)) requireCompute(flow.system, unit);
}

/**
 * Results repeat while a sheet recalculates; keyed on the arguments and the (immutable) scenario
 * object. Tables are checked and frozen once, then handed out as they are: nobody can change them.
 */
const tables = new TupleMemo<Cell[][]>(2000);
function cachedTable(keys: readonly unknown[], build: () => Cell[][]): Cell[][] {
  return tables.get(keys, () => Object.freeze(checkTable(build()).map((row) => Object.freeze(row))) as Cell[][]);
}

export const DEALS_TABLE = defineFunction({
  id: "DEALS",
  description: "The documented deals with their capacity, systems, dates, status and source, as a table.",
  params: [],
  result: "matrix",
  returns: { kind: "table", description: "Table of deals (dates as Excel dates)." },
  compute() {
    // Columns are public API: new ones go at the end. Status and payment are data the risk view keys on.
    const header = ["Key", "Deal", "Buyer", "Vendor", "GW (base)", "Systems", "Start", "End", "Status", "Source", "Payment"];
    const rows: Cell[][] = DEAL_LIST.map((deal) => {
      const flows = flowsOf([deal], "base", DEFAULT_SCENARIO);
      const span = spanOf([deal], "base", DEFAULT_SCENARIO)!;
      const gw = flows.reduce((sum, f) => sum.plus(f.gigawatts), new Dec(0)).toNumber();
      const systems = [...new Set(deal.tranches.map((t) => t.system))].join(", ");
      const source = sourceOf(deal.source);
      return [deal.key, deal.name, deal.buyer, deal.vendor, gw, systems, span.from, span.to, deal.status,
        source ? sourceLabel(source) : deal.source, paymentOf(deal)];
    });
    return [header, ...rows];
  },
});

export const SCHEDULE = defineFunction({
  id: "SCHEDULE",
  description: "A deal's (or a portfolio's) delivery by period, as a table with a header row.",
  params: [
    dealsParam("deal", 'Deal key or alias, e.g. "openai-amd", or a range of them to add up (a licence without capacity in a range counts as zero).'),
    choiceParam("measure", MEASURES, "gw_added",
      '"gw_added" (default), "gw_cumulative", "accelerators_added", "accelerators_cumulative", "capex" (USD), "energy" (MWh used), or compute: "fp8_pflops_added", "fp8_pflops_cumulative", likewise fp4_pflops, bf16_pflops and h100e.'),
    optionalDateParam("from", "First period: an Excel date, a year (2027) or text such as 2027-Q1. Default: the deal's start."),
    optionalDateParam("to", "Last period, as for from. Default: the deal's end."),
    choiceParam("period", PERIODS, "year", PERIOD),
    caseParam(ESTIMATE),
    scenarioParam("Name of a scenario stored in this workbook (it may override the ramp)."),
  ],
  result: "matrix",
  returns: { kind: "table", description: "One row per period: year or start date, value." },
  compute(portfolio, measure, from, to, period, estimate, scenario) {
    // A statistic's periods and checks are the scenario case's: the tranches' dates do not vary.
    const c = isStatistic(estimate) ? scenario.case : estimate ?? scenario.case;
    const dealsKey = portfolio.length === 1 ? portfolio[0] : portfolio.map((d) => d.key).join(",");
    return cachedTable([dealsKey, measure, from, to, period, isStatistic(estimate) ? estimate : c, scenario], () => {
      const deals = withCapacity(portfolio);
      requireMeasure(deals, measure, c, scenario);
      const boundaries = boundariesFor(deals, c, scenario, from, to, period);
      const values = isStatistic(estimate)
        ? statisticsOf(scheduleSamples(deals, measure, boundaries, scenario), estimate)
        : scheduleNumbers(deals, measure, boundaries, c, scenario);
      return [[periodHeader(period), MEASURE_HEADERS[measure]], ...values.map((v, k) => [periodLabel(boundaries[k], period), v])];
    });
  },
});

const DELIVERED_MEASURES = ["gw", "accelerators", "capex", "energy", ...COMPUTE_UNITS] as const;
const CUMULATIVE_OF: Readonly<Record<(typeof DELIVERED_MEASURES)[number], Measure>> = {
  gw: "gw_cumulative", accelerators: "accelerators_cumulative", capex: "capex", energy: "energy",
  fp8_pflops: "fp8_pflops_cumulative", fp4_pflops: "fp4_pflops_cumulative", bf16_pflops: "bf16_pflops_cumulative", h100e: "h100e_cumulative",
};

/** How DELIVERED's result shows where Excel formats numbers; energy and compute stay plain. */
const DELIVERED_KINDS: Readonly<Partial<Record<(typeof DELIVERED_MEASURES)[number], ResultKind>>> = {
  gw: "gw", accelerators: "count", capex: "usd",
};

export const DELIVERED = defineFunction({
  id: "DELIVERED",
  description: "How much of a deal (or portfolio) is delivered before a date.",
  params: [
    dealsParam("deal", "Deal key or alias, or a range of them."),
    dateParam("date", "An Excel date, a year (2028 means before 1 January 2028) or text such as 2027-H2."),
    choiceParam("measure", DELIVERED_MEASURES, "gw", '"gw" (default), "accelerators", "capex" (USD spent so far), "energy" (MWh used so far), or compute in place: "fp8_pflops", "fp4_pflops", "bf16_pflops", "h100e".'),
    caseParam(ESTIMATE),
    scenarioParam(SCENARIO),
  ],
  result: "scalar",
  returns: { kind: "number", description: "Cumulative value at the date." },
  formatAs: (_deals, _date, measure) => DELIVERED_KINDS[measure],
  compute(portfolio, date, measure, estimate, scenario) {
    const c = isStatistic(estimate) ? scenario.case : estimate ?? scenario.case;
    const deals = withCapacity(portfolio);
    requireMeasure(deals, CUMULATIVE_OF[measure], c, scenario);
    if (isStatistic(estimate)) {
      return sampledFactor(["DELIVERED", deals.map((d) => d.key).join(","), measure, date], estimate, scenario, undefined,
        (s) => s.cumulativeSamples(deals, CUMULATIVE_OF[measure], [date])[0]);
    }
    return cumulativeOf(deals, CUMULATIVE_OF[measure], date, c, scenario).toNumber();
  },
});

export const RAMP = defineFunction({
  id: "RAMP",
  description: "A what-if build-out at a constant pace, e.g. Altman's 1 GW a week is 52 GW a year.",
  params: [
    numberParam("gw_per_period", { ...GW_BOUNDS, unit: "GW", description: "GW added in every period." }),
    dateParam("start", "First period (a date, a year or text such as 2027-Q1)."),
    dateParam("end", "Last period."),
    choiceParam("period", PERIODS, "year", PERIOD),
    optionalSystemParam("system", "A system key; adds accelerator and capex columns."),
    caseParam(ESTIMATE),
    scenarioParam(SCENARIO),
  ],
  result: "matrix",
  returns: { kind: "table", description: "One row per period." },
  compute(gwPerPeriod, start, end, period, system, estimate, scenario) {
    // RAMP's arguments are start and end, so the message names those (not SCHEDULE's from and to).
    if (start > end) throw numError(messages().planEndBeforeStart(isoFromSerial(end), isoFromSerial(start)));
    const boundaries = periodBoundaries(start, end, period, MAX_ROWS);
    if (boundaries === undefined) throw numError(messages().tooManyPeriods(MAX_ROWS));
    const perPeriod = new Dec(gwPerPeriod);
    let accelerators: Dec | undefined;
    let capex: Dec | undefined;
    if (system && isStatistic(estimate)) {
      // The GW columns are certain; per-GW factors scale by non-negative GW, so their statistics scale with them.
      accelerators = new Dec(sampledFactor(["ACCELERATORS", system, "facility"], estimate, scenario, undefined, (s) => s.acceleratorsPerGigawatt(system, "facility")));
      capex = new Dec(sampledFactor(["CAPEX", system, "total"], estimate, scenario, undefined, (s) => s.capexPerGigawatt(system, "total")));
    } else if (system) {
      const model = modelOptions(scenario, isStatistic(estimate) ? scenario.case : estimate ?? scenario.case);
      accelerators = acceleratorsPerGigawatt(system, "facility", model);
      capex = capexPerGigawatt(system, "total", model);
    }
    const header: Cell[] = [periodHeader(period), "GW added", "GW cumulative"];
    if (system) header.push("Accelerators cumulative", "Capex (USD)");
    const rows: Cell[][] = [header];
    for (let k = 1; k < boundaries.length; k++) {
      const cumulative = perPeriod.times(k);
      const row: Cell[] = [periodLabel(boundaries[k - 1], period), perPeriod.toNumber(), cumulative.toNumber()];
      if (accelerators && capex) row.push(cumulative.times(accelerators).toNumber(), perPeriod.times(capex).toNumber());
      rows.push(row);
    }
    return rows;
  },
});

export const FLOWS = defineFunction({
  id: "FLOWS",
  description: "Money around a deal by period: the vendor's investment into the buyer against the buyer's spend on the vendor's hardware.",
  params: [
    dealParam("deal", "Deal key or alias."),
    optionalDateParam("from", "First period. Default: the deal's first capacity or payment."),
    optionalDateParam("to", "Last period. Default: the deal's last."),
    choiceParam("period", PERIODS, "year", PERIOD),
    caseParam(ESTIMATE),
    scenarioParam(SCENARIO),
  ],
  result: "matrix",
  returns: { kind: "table", description: "Period, vendor investment, buyer spend, net to vendor (USD), warrant shares vested." },
  compute(deal, from, to, period, estimate, scenario) {
    const c = isStatistic(estimate) ? scenario.case : estimate ?? scenario.case;
    if (servicePriceMissing(deal)) throw notAvailable(messages().noServicePrice(deal.name));
    const flows = flowsOf([deal], c, scenario);
    const boundaries = boundariesFor([deal], c, scenario, from, to, period);
    if (isStatistic(estimate)) {
      // Each cell is its own statistic: a period's p50 net is not p50 spend minus p50 investment.
      const rows = flowSamples(deal, boundaries, scenario).map((columns) => statisticsOf(columns, estimate));
      return [[periodHeader(period), ...FLOW_HEADERS], ...rows.map((row, k) => [periodLabel(boundaries[k], period), ...row])];
    }
    const rows = flowValues(deal, flows, boundaries, dealOptions(deal, c, scenario));
    return [[periodHeader(period), ...FLOW_HEADERS], ...rows.map((row, k) => [periodLabel(boundaries[k], period), ...row.map((v) => v.toNumber())])];
  },
});

export const DEAL = defineFunction({
  id: "DEAL",
  description: "A deal as a card: parties, status, dates, GW with range, tranches, reported money and source; elsewhere its name. Pass the card wherever a deal key goes.",
  params: [dealParam("deal", "Deal key or alias.")],
  result: "scalar",
  returns: { kind: "entity", description: "A card of the deal where Excel supports data types, else its display name." },
  compute: (deal) => deal.name,
  entity: (deal) => dealEntity(deal),
});

/** GW.RECONCILE's optional deal: omitted means every deal with reported money. */
function optionalDealParam(name: string, description: string): Param<DealSpec | undefined> {
  const inner = dealParam(name, description);
  return { ...inner, optional: true, coerce: (raw, catalog) => (scalarOf(raw, name) === undefined ? undefined : inner.coerce(raw, catalog)) };
}

export const RECONCILE = defineFunction({
  id: "RECONCILE",
  description: "Every money figure reported for a deal (deal value, investment cap, equity, prepayment) against what Gigawatt derives for it, with the ratio and why they differ.",
  params: [optionalDealParam("deal", "Deal key or alias. Default: every deal with reported money.")],
  result: "matrix",
  returns: { kind: "table", description: "Deal, reported item, reported USD, modelled USD, ratio, explanation, what was compared, date, source." },
  compute(deal) {
    const deals = deal === undefined ? DEAL_LIST.filter((d) => (d.reported ?? []).length > 0) : [deal];
    const rows: Cell[][] = [];
    for (const d of deals) {
      const flows = flowsOf([d], "base", DEFAULT_SCENARIO);
      for (const row of reconcileDeal(d, flows, modelOptions(DEFAULT_SCENARIO, "base"))) {
        const source = sourceOf(row.item.source);
        rows.push([d.key, row.item.what, row.reported, row.modelled?.toNumber() ?? "", row.ratio ?? "", row.explanation,
          row.item.modelled, row.item.date, source ? sourceLabel(source) : row.item.source]);
      }
    }
    // A deal with no reported money says so in a row (its status and capacity still stand).
    if (rows.length === 0 && deal !== undefined) {
      rows.push([deal.key, "", "", "", "", messages().nothingReported(deal.name), "none", "", ""]);
    }
    return [[...RECONCILE_HEADER], ...rows];
  },
});
