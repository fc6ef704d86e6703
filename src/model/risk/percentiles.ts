/**
 * Statistics of a sample, as Excel computes them: percentiles by PERCENTILE.INC (linear interpolation
 * between order statistics at rank (n − 1)·p), the mean as AVERAGE.
 */

/** "p1" … "p99" and "mean": what the `estimate` argument asks of the Monte Carlo distribution. */
export type Statistic = "mean" | `p${number}`;

const PERCENTILE = /^p([1-9][0-9]?)$/;

/** The statistic a (lower-case, trimmed) text names, or undefined. */
export function parseStatistic(text: string): Statistic | undefined {
  if (text === "mean") return "mean";
  return PERCENTILE.test(text) ? (text as Statistic) : undefined;
}

/** The probability of a percentile statistic (p10 → 0.1); undefined for the mean. */
export function probabilityOf(statistic: Statistic): number | undefined {
  return statistic === "mean" ? undefined : Number(statistic.slice(1)) / 100;
}

/** PERCENTILE.INC of values sorted ascending. */
export function percentileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 1) return sorted[0];
  const rank = (n - 1) * p;
  const below = Math.floor(rank);
  const fraction = rank - below;
  if (fraction === 0 || below + 1 >= n) return sorted[below];
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

export function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** A statistic of values; `scratch` (same length) avoids an allocation per call. The input is left as it was. */
export function statisticOf(values: Float64Array, statistic: Statistic, scratch?: Float64Array): number {
  const p = probabilityOf(statistic);
  if (p === undefined) return mean(values);
  const sorted = scratch ?? new Float64Array(values.length);
  sorted.set(values);
  sorted.sort();
  return percentileSorted(sorted, p);
}
