/**
 * The numbers of the pane's fan chart and of the inserted table's P10/P50/P90 columns, computed by
 * the registered functions themselves (GW.SCHEDULE, GW.DELIVERED with estimate "p10", "p50", "p90"
 * and "base"), so the pane never shows a percentile a formula would not give.
 *
 * Requests and results are plain data: the same request runs in a Web Worker (percentiles.worker.ts)
 * or, where there is none, in steps on the pane's thread (percentile-client.ts). No DOM, no Office.
 */
import { invoke } from "../functions/define";
import { DELIVERED, SCHEDULE } from "../functions/deals";
import type { ScenarioData } from "../model/scenario";
import { periodBoundaries, type Period } from "../model/periods";
import { serialFromYmd } from "../model/dates";

/** What the fan shows: a level at the end of each period (what has arrived by then). */
export type FanMeasure = "gw_cumulative" | "accelerators_cumulative" | "fp8_pflops_cumulative" | "capex_cumulative";

/** The statistics a fan carries; "base" is the announced path (every deal delivered, base figures). */
export const FAN_ESTIMATES = ["base", "p10", "p50", "p90"] as const;
export type FanEstimate = (typeof FAN_ESTIMATES)[number];

export interface FanRequest {
  /** A deal key, or the portfolio's deal keys (added up). */
  readonly deals: string | readonly string[];
  readonly measure: FanMeasure;
  readonly period: Period;
  /** The scenario the functions compute under, as stored (plain data); null for the catalog's values. */
  readonly scenario: ScenarioData | null;
}

export interface FanResult {
  /** Row labels as GW.SCHEDULE gives them: years, or the period's first day as an Excel serial. */
  readonly labels: readonly number[];
  readonly base: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
}

/** A request's identity: identical requests share one computation and one cached result. */
export function requestKey(request: FanRequest): string {
  return JSON.stringify([request.deals, request.measure, request.period, request.scenario]);
}

/** A cell as the functions hand it back: a number, or (where Excel has data types) a formatted number. */
function numberOf(cell: unknown): number {
  if (typeof cell === "number") return cell;
  const basic = (cell as { basicValue?: unknown } | null)?.basicValue;
  if (typeof basic === "number") return basic;
  throw new Error(`not a number: ${JSON.stringify(cell)}`);
}

function dealArgument(deals: FanRequest["deals"]): unknown {
  return typeof deals === "string" ? deals : deals.map((key) => [key]);
}

/** GW.SCHEDULE's rows for one estimate: [label, value][]. */
function scheduleRows(request: FanRequest, measure: string, estimate: FanEstimate): number[][] {
  const table = invoke(SCHEDULE, [dealArgument(request.deals), measure, null, null, request.period, estimate, request.scenario?.name ?? null]) as unknown[][];
  return table.slice(1).map((row) => [numberOf(row[0]), numberOf(row[1])]);
}

/** The end of each row's period, as GW.DELIVERED's date: the next period's first day. */
function periodEnds(labels: readonly number[], period: Period): number[] {
  if (labels.length === 0) return [];
  const serial = (label: number) => (period === "year" ? serialFromYmd(label, 1, 1) : label);
  const boundaries = periodBoundaries(serial(labels[0]), serial(labels[labels.length - 1]), period, labels.length + 1)!;
  return boundaries.slice(1);
}

/**
 * One estimate of the fan, as the functions give it. A cumulative measure of GW.SCHEDULE is its value
 * at each period's end; capex has none, so it is GW.DELIVERED(…, "capex") at each period's end (the
 * same cumulative samples: spent so far).
 */
export function fanColumn(request: FanRequest, estimate: FanEstimate, labels?: readonly number[]): { labels: number[]; values: number[] } {
  if (request.measure !== "capex_cumulative") {
    const rows = scheduleRows(request, request.measure, estimate);
    return { labels: rows.map((r) => r[0]), values: rows.map((r) => r[1]) };
  }
  const own = labels ?? scheduleRows(request, "gw_added", "base").map((r) => r[0]);
  const values = periodEnds(own, request.period).map((end) =>
    numberOf(invoke(DELIVERED, [dealArgument(request.deals), end, "capex", estimate, request.scenario?.name ?? null])));
  return { labels: [...own], values };
}

/**
 * The computation as steps, each a bounded piece of work: the pane's thread runs one step per turn of
 * the event loop (so a click or a keystroke is handled in between), a worker runs them back to back.
 * The first percentile draws the samples (the expensive step); the others reuse them (GW.SCHEDULE
 * keeps the sampled periods, see functions/risk.ts).
 */
export function* fanSteps(request: FanRequest, { warmUp = true } = {}): Generator<void, FanResult, void> {
  const base = fanColumn(request, "base");
  yield;
  const columns: Partial<Record<FanEstimate, number[]>> = { base: base.values };
  // On the pane's thread a portfolio's deals draw their samples one step each (kept by the model), so
  // no single step holds the thread long; a worker skips this (it costs more in all, and blocks nothing).
  if (warmUp && typeof request.deals !== "string" && request.deals.length > 1 && request.measure !== "capex_cumulative") {
    for (const deal of request.deals) {
      try {
        fanColumn({ ...request, deals: deal }, "p50");
      } catch {
        // a deal without this measure: the portfolio's own call below says what is wrong
      }
      yield;
    }
  }
  for (const estimate of ["p10", "p50", "p90"] as const) {
    columns[estimate] = fanColumn(request, estimate, base.labels).values;
    yield;
  }
  return { labels: base.labels, base: base.values, p10: columns.p10!, p50: columns.p50!, p90: columns.p90! };
}

/** The whole computation at once (the worker; tests). */
export function computeFan(request: FanRequest): FanResult {
  const steps = fanSteps(request, { warmUp: false });
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
