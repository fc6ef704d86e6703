/**
 * Excel's PERCENTILE.INC computed the way its documentation states it: sort, then interpolate linearly
 * between the order statistics around rank (n − 1)·p. The product computes percentiles by selection
 * (src/model/risk/percentiles.ts, no sort); this is the independent reference tests compare it with.
 */
export function percentileInc(values: Float64Array, p: number): number {
  const sorted = Float64Array.from(values).sort();
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
}
