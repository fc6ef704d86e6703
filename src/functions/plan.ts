/**
 * GW.PLAN: a tranche table typed in the sheet, read cell by cell into the model's flows (src/model/plan.ts).
 * A bad cell answers an error that names its row (the header is row 1) and column.
 */
import { type Case, type DealSpec, type SystemSpec } from "../model/catalog";
import { serialFromYmd, ymdFromSerial, isoFromSerial } from "../model/dates";
import { Dec } from "../model/decimal";
import { periodBoundaries, periodLabel, PERIODS } from "../model/periods";
import {
  PLAN_COLUMN_NAMES, REQUIRED_PLAN_COLUMNS, SHAPES, dealRowFlows, planColumnOf, planSpan, planValues, shapeOf, trancheFlow,
  type PlanColumn,
} from "../model/plan";
import { MEASURES, MEASURE_HEADERS, computeUnitOf, type Flow, type Measure } from "../model/schedule";
import { messages } from "../i18n/messages";
import { describe, scalarOf, toNumber, type Scalar } from "./coerce";
import { dateFrom } from "./date-arg";
import { checkTable, defineFunction, type Cell } from "./define";
import { GwError, notAvailable, numError, valueError } from "./errors";
import { flowsOf } from "./deal-models";
import { requireCompute } from "./compute";
import { catalogOf, modelOptions, type Scenario } from "./scenarios";
import { caseParam, choiceParam, optionalDateParam, scenarioParam, type Param } from "./params";
import { MAX_ROWS, periodHeader } from "./deals";
import { scenarioSystem } from "./system-arg";
import { unknownDealText, unknownSystemText } from "./unknown-name";
import { isStatistic } from "./estimate";
import { planSamples, statisticsOf } from "./risk";
import type { Statistic } from "../model/risk/percentiles";

/** Data rows below the header a plan takes: fewer than this. A sheet's whole column (A:F) is refused, not read. */
export const MAX_TRANCHE_ROWS = 10000;
const MAX_GW = 1e6;
const MAX_PRICE = 1e10;

/** The tranche table: a range with a header row, passed through as Excel gives it (read in PLAN, which knows the scenario). */
export function tranchesParam(name: string, description: string): Param<readonly unknown[][]> {
  return {
    name, kind: "table", description, optional: false, matrix: true,
    coerce(raw) {
      if (!Array.isArray(raw) || !raw.every((row) => Array.isArray(row))) throw valueError(messages().planNotTable());
      if (raw.length - 1 >= MAX_TRANCHE_ROWS) throw numError(messages().planTooManyRows(MAX_TRANCHE_ROWS));
      if (raw.length < 2) throw valueError(messages().planNoRows());
      return raw as unknown[][];
    },
  };
}

/** How many months a date typed as a whole period covers (a year 12, "2027-H2" 6, …); 0 for a day. */
function periodMonths(value: Scalar): number {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 9999 ? 12 : 0;
  if (typeof value !== "string") return 0;
  const text = value.trim();
  if (/^\d{4}$/.test(text)) return 12;
  if (/^\d{4}[-\s]?H[12]$/i.test(text)) return 6;
  if (/^\d{4}[-\s]?Q[1-4]$/i.test(text)) return 3;
  if (/^\d{4}-\d{2}$/.test(text)) return 1;
  return 0;
}

/** `end` is the last day delivered; a whole period (2027, 2027-Q4) ends on its last day, as a deal's tranche does. */
function endFrom(value: Scalar, name: string): number {
  const first = dateFrom(value, name);
  const months = periodMonths(value);
  if (months === 0) return first;
  const { year, month } = ymdFromSerial(first);
  return serialFromYmd(year, month + months, 1) - 1;
}

function text(value: Scalar, name: string): string {
  if (typeof value !== "string") throw valueError(messages().notText(name, describe(value)));
  return value.trim();
}

function bounded(value: Scalar, name: string, min: number, max: number): number {
  const n = toNumber(value, name);
  if (n < min) throw numError(messages().tooSmall(name, String(min)));
  if (n > max) throw numError(messages().tooLarge(name, String(max)));
  return n;
}

/** A catalog system, or a custom system the scenario defines by that name. */
function resolveSystem(value: Scalar, name: string, scenario: Scenario): SystemSpec {
  const key = text(value, name);
  const { systemIndex } = catalogOf(scenario);
  const found = systemIndex.find(key) ?? scenarioSystem(scenario, key, name);
  if (found === undefined) throw notAvailable(unknownSystemText(key, systemIndex));
  return found;
}

/** A deal of the scenario's pinned catalog version. */
function resolveDeal(value: Scalar, name: string, scenario: Scenario): DealSpec {
  const key = text(value, name);
  const { dealIndex } = catalogOf(scenario);
  const found = dealIndex.find(key);
  if (found === undefined) throw notAvailable(unknownDealText(key, dealIndex));
  return found;
}

/** Column index by column, from the header row; errors for a missing required or a repeated column. */
function readHeader(header: readonly unknown[]): Map<PlanColumn, number> {
  const columns = new Map<PlanColumn, number>();
  const found: string[] = [];
  header.forEach((cell, i) => {
    if (typeof cell !== "string" || cell.trim() === "") return;
    found.push(cell.trim());
    const column = planColumnOf(cell);
    if (column === undefined) return; // other columns (site, notes) are the user's own
    if (columns.has(column)) throw valueError(messages().planDuplicateColumn(column));
    columns.set(column, i);
  });
  for (const column of REQUIRED_PLAN_COLUMNS) {
    if (!columns.has(column)) throw valueError(messages().planMissingColumn(column, PLAN_COLUMN_NAMES[column], found));
  }
  return columns;
}

/** Reads one data row into flows; every error names the row and column. */
function readRow(row: readonly unknown[], rowNumber: number, columns: Map<PlanColumn, number>, c: Case, scenario: Scenario): Flow[] | undefined {
  const cells = new Map<PlanColumn, Scalar>();
  const nameCell = columns.has("name") ? row[columns.get("name")!] : undefined;
  const label = typeof nameCell === "string" || typeof nameCell === "number" ? String(nameCell).trim() || undefined : undefined;
  const at = (column: string) => (problem: unknown): never => {
    const error = problem instanceof GwError ? problem : valueError(String(problem));
    throw new GwError(error.code, messages().planCell(rowNumber, column, label, error.message));
  };
  for (const [column, i] of columns) {
    let value: Scalar | undefined;
    try {
      value = scalarOf(row[i], column);
    } catch (error) {
      at(column)(error);
    }
    if (value !== undefined) cells.set(column, value);
  }
  if (cells.size === 0) return undefined; // a blank row
  function read<T>(column: PlanColumn, parse: (value: Scalar, column: string) => T): T | undefined {
    const value = cells.get(column);
    if (value === undefined) return undefined;
    try {
      return parse(value, column);
    } catch (error) {
      return at(column)(error);
    }
  }
  const need = <T>(column: PlanColumn, value: T | undefined): T => value ?? at(column)(valueError(messages().missing(column)));

  const deal = read("deal", (v, col) => resolveDeal(v, col, scenario));
  const system = read("system", (v, col) => resolveSystem(v, col, scenario));
  const shape = read("shape", (v, col) => {
    const found = shapeOf(text(v, col));
    if (found === undefined) throw valueError(messages().notAllowed(col, String(v), SHAPES));
    return found;
  });
  const probability = new Dec(read("probability", (v, col) => bounded(v, col, 0, 1)) ?? 1);
  const pue = read("pue", (v, col) => bounded(v, col, 1, 5));
  const pricePerSystem = read("price_per_system", (v, col) => bounded(v, col, 0, MAX_PRICE));
  let start = read("start", dateFrom);
  let end = read("end", endFrom);
  const gw = read("gw", (v, col) => bounded(v, col, 0, MAX_GW));

  if (deal !== undefined && start === undefined && end === undefined && gw === undefined) {
    return dealRowFlows(deal.tranches.length === 0 ? [] : flowsOf([deal], c, scenario), { system, shape, probability, pue, pricePerSystem });
  }
  let gigawatts = gw === undefined ? undefined : new Dec(gw);
  let rowSystem = system;
  if (deal !== undefined) {
    // The deal becomes one tranche: blank columns come from the deal, filled ones override it.
    if (deal.tranches.length === 0) at("deal")(notAvailable(messages().noCapacity(deal.name)));
    const flows = flowsOf([deal], c, scenario);
    const span = planSpan(flows)!;
    start ??= span.from;
    end ??= span.to;
    gigawatts ??= flows.reduce((sum, f) => sum.plus(f.gigawatts), new Dec(0));
    if (rowSystem === undefined) {
      const systems = [...new Set(flows.map((f) => f.system))];
      if (systems.length > 1) at("system")(valueError(messages().planSeveralSystems(deal.name)));
      rowSystem = systems[0];
    }
  } else if (gw === undefined && system === undefined && start === undefined && end === undefined) {
    at("gw")(valueError(messages().planNoDealOrGw()));
  }
  const first = need("start", start);
  const last = need("end", end);
  const amount = need("gw", gigawatts);
  const built = need("system", rowSystem);
  if (last < first) at("end")(numError(messages().planEndBeforeStart(isoFromSerial(last), isoFromSerial(first))));
  return [trancheFlow({ start: first, end: last + 1, gigawatts: amount, system: built, shape: shape ?? "even", probability, pue, pricePerSystem })];
}

/** Every tranche of the table as flows (blank rows skipped). */
export function planFlows(table: readonly unknown[][], c: Case, scenario: Scenario): Flow[] {
  const columns = readHeader(table[0]);
  const flows: Flow[] = [];
  let rows = 0;
  for (let r = 1; r < table.length; r++) {
    const read = readRow(table[r], r + 1, columns, c, scenario);
    if (read === undefined) continue;
    rows++;
    for (const flow of read) flows.push(flow);
  }
  if (rows === 0) throw valueError(messages().planNoRows());
  return flows;
}

/** Per-period values of a plan as Excel numbers, with the rows' labels: the body of PLAN's table. */
export function planTable(flows: readonly Flow[], measure: Measure, from: number | undefined, to: number | undefined,
  period: (typeof PERIODS)[number], c: Case, scenario: Scenario): Cell[][] {
  const unit = computeUnitOf(measure);
  if (unit !== undefined) for (const flow of flows) requireCompute(flow.system, unit);
  const span = planSpan(flows);
  const start = from ?? span?.from ?? to ?? 0;
  const end = to ?? span?.to ?? start;
  if (start > end) throw numError(messages().fromAfterTo(isoFromSerial(start), isoFromSerial(end)));
  const boundaries = periodBoundaries(start, end, period, MAX_ROWS);
  if (boundaries === undefined) throw numError(messages().tooManyPeriods(MAX_ROWS));
  const values = planValues(flows, measure, boundaries, { ...modelOptions(scenario, c) });
  return [[periodHeader(period), MEASURE_HEADERS[measure]], ...values.map((v, k) => [periodLabel(boundaries[k], period), v.toNumber()])];
}

/**
 * PLAN with a Monte Carlo estimate: each flow's GW drawn from its low/base/high plan values, and its
 * row's probability a Bernoulli draw of its own (stream plan:<flow index>) instead of an expected value.
 */
function planStatisticTable(table: readonly unknown[][], measure: Measure, from: number | undefined, to: number | undefined,
  period: (typeof PERIODS)[number], statistic: Statistic, scenario: Scenario): Cell[][] {
  const [low, base, high] = (["low", "base", "high"] as const).map((c) => planFlows(table, c, scenario));
  const unit = computeUnitOf(measure);
  if (unit !== undefined) for (const flow of base) requireCompute(flow.system, unit);
  const span = planSpan(base);
  const start = from ?? span?.from ?? to ?? 0;
  const end = to ?? span?.to ?? start;
  if (start > end) throw numError(messages().fromAfterTo(isoFromSerial(start), isoFromSerial(end)));
  const boundaries = periodBoundaries(start, end, period, MAX_ROWS);
  if (boundaries === undefined) throw numError(messages().tooManyPeriods(MAX_ROWS));
  const values = statisticsOf(planSamples(base.map((flow, i) => {
    const p = flow.probability ?? 1;
    // A flow's GW is its expected value p × GW: when drawn as delivered it is GW itself.
    const range = { low: low[i].gigawatts.toNumber() / p, base: flow.gigawatts.toNumber() / p, high: high[i].gigawatts.toNumber() / p };
    return { ...flow, gigawatts: p === 0 ? { low: 0, base: 0, high: 0 } : range, probability: p, stream: `plan:${i}` };
  }), measure, boundaries, scenario), statistic);
  return [[periodHeader(period), MEASURE_HEADERS[measure]], ...values.map((v, k) => [periodLabel(boundaries[k], period), v])];
}

export const PLAN = defineFunction({
  id: "PLAN",
  description: "Your own build-out, tranche by tranche, as a table by period with GW.SCHEDULE's measures.",
  params: [
    tranchesParam("tranches",
      'A range with a header row: name, start, end (last day; 2027-Q4 means its last day), gw, system; optional shape ("even", "front_loaded", "back_loaded"), probability (0–1), pue, price_per_system, deal.'),
    choiceParam("measure", MEASURES, "gw_added",
      'As in GW.SCHEDULE: "gw_added" (default), "gw_cumulative", "accelerators_added", "accelerators_cumulative", "capex", "energy", or compute such as "h100e_cumulative".'),
    optionalDateParam("from", "First period. Default: the first tranche's start."),
    optionalDateParam("to", "Last period. Default: the last tranche's end."),
    choiceParam("period", PERIODS, "year", '"year" (default), "half", "quarter" or "month".'),
    caseParam('"low", "base" (default) or "high"; or "p1" … "p99" or "mean" of 10,000 simulated outcomes, each row delivered with its probability or not at all.'),
    scenarioParam("Name of a scenario stored in this workbook."),
  ],
  result: "matrix",
  returns: { kind: "table", description: "One row per period: year or start date, value." },
  compute(tranches, measure, from, to, period, estimate, scenario) {
    if (isStatistic(estimate)) return checkTable(planStatisticTable(tranches, measure, from, to, period, estimate, scenario));
    const c = estimate ?? scenario.case;
    return checkTable(planTable(planFlows(tranches, c, scenario), measure, from, to, period, c, scenario));
  },
});
