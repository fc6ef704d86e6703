/**
 * Statistics of a sample, as Excel computes them: percentiles by PERCENTILE.INC (linear interpolation
 * between order statistics at rank (n − 1)·p), the mean as AVERAGE.
 */

/** "p1" … "p99" and "mean": what the `estimate` argument asks of the Monte Carlo distribution. */
export type Statistic = "mean" | `p${number}`;

/** The probability of a percentile statistic (p10 → 0.1); undefined for the mean. */
export function probabilityOf(statistic: Statistic): number | undefined {
  return statistic === "mean" ? undefined : Number(statistic.slice(1)) / 100;
}

export function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/**
 * Rearranges a so that a[k] is the value a full sort would put there, with nothing larger before it
 * and nothing smaller after it (Hoare's selection, median-of-three pivots): O(n) on average where a
 * sort is O(n log n). The order statistic is unique, so the result does not depend on the method.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot, which also makes sorted and constant input fast.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** PERCENTILE.INC of unsorted values, by selection; `work` is overwritten. */
export function percentileOf(values: Float64Array, p: number, work: Float64Array = new Float64Array(values.length)): number {
  const n = values.length;
  work.set(values);
  const rank = (n - 1) * p;
  const below = Math.floor(rank);
  const fraction = rank - below;
  const low = select(work, below);
  if (fraction === 0 || below + 1 >= n) return low;
  // After selection everything right of `below` is ≥ it: the next order statistic is their minimum.
  let next = work[below + 1];
  for (let i = below + 2; i < n; i++) if (work[i] < next) next = work[i];
  return low + fraction * (next - low);
}

/** A statistic of values; `scratch` (same length) avoids an allocation per call. The input is left as it was. */
export function statisticOf(values: Float64Array, statistic: Statistic, scratch?: Float64Array): number {
  const p = probabilityOf(statistic);
  if (p === undefined) return mean(values);
  return percentileOf(values, p, scratch ?? new Float64Array(values.length));
}
