/**
 * How a catalog range becomes a distribution. A figure's low / base / high are read as the minimum,
 * the most likely value and the maximum of a triangular distribution (see README "How much will
 * really arrive?"). Why triangular rather than PERT or a two-piece normal:
 * - it stays inside [low, high], which is what the catalog's ranges mean (the plausible extent), so a
 *   sampled result never leaves the range its low and high estimates span;
 * - its inverse CDF needs only +, −, ×, ÷ and √, which IEEE 754 requires to be correctly rounded: the
 *   same uniform gives the same bits on every engine (PERT's beta quantile has no closed form, and
 *   Math.log / Math.exp may differ between engines in the last bit);
 * - one uniform per draw, so common random numbers and Latin hypercube sampling apply directly;
 * - a point figure (low = base = high) is that number exactly, every sample.
 */
export interface Range {
  readonly low: number;
  readonly base: number;
  readonly high: number;
}

/** The value at probability u ∈ (0, 1] of triangular(min = low, mode = base, max = high); u = 1 gives high. */
export function triangularQuantile(range: Range, u: number): number {
  const { low, base, high } = range;
  if (low === high) return low;
  const width = high - low;
  const left = base - low;
  if (u * width < left) return low + Math.sqrt(u * width * left);
  return high - Math.sqrt((1 - u) * width * (high - base));
}

/** Fills `out` with the figure's values at each uniform. */
export function triangularSamples(range: Range, uniforms: Float64Array, out = new Float64Array(uniforms.length)): Float64Array {
  if (range.low === range.high) return out.fill(range.low);
  for (let i = 0; i < uniforms.length; i++) out[i] = triangularQuantile(range, uniforms[i]);
  return out;
}

/** Completion draws: 1 where the uniform falls below the probability, else 0. */
export function bernoulliSamples(probability: number, uniforms: Float64Array, out = new Float64Array(uniforms.length)): Float64Array {
  if (probability >= 1) return out.fill(1);
  if (probability <= 0) return out.fill(0);
  for (let i = 0; i < uniforms.length; i++) out[i] = uniforms[i] < probability ? 1 : 0;
  return out;
}

/** How a range is simulated, in words: GW.SOURCE and GW.ASSUMPTIONS show it beside the citation. */
export function describeDistribution(range: { readonly low: number | string; readonly base: number | string; readonly high: number | string }): string {
  if (range.low === range.base && range.base === range.high) return `Simulated as the point value ${range.base} (no range).`;
  return `Simulated as triangular (minimum ${range.low}, most likely ${range.base}, maximum ${range.high}).`;
}
