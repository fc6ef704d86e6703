/** The values the `estimate` argument takes: the catalog's cases, then the Monte Carlo statistics. */
import { CASES, type Case } from "../model/catalog";
import type { Statistic } from "../model/risk/percentiles";

export type Estimate = Case | Statistic;

export const ESTIMATES: readonly Estimate[] = [...CASES, "mean", ...Array.from({ length: 99 }, (_, i) => `p${i + 1}` as Statistic)];

/** Whether an estimate asks for the simulated distribution rather than an end of the catalog's range. */
export function isStatistic(estimate: Estimate | undefined): estimate is Statistic {
  return estimate !== undefined && estimate !== "low" && estimate !== "base" && estimate !== "high";
}
