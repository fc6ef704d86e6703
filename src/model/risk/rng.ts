/**
 * A seeded, portable pseudo-random generator. Every step is 32-bit integer arithmetic (Math.imul,
 * shifts, xor) and the conversion to a double is exact, so the same seed gives the same bits on every
 * JavaScript engine, machine and load: no Math.random, no clock.
 *
 * Streams: each model input (a catalog figure, a deal's completion) draws from its own stream, named
 * by a stable key ("system:mi450-helios:pricePerSystemUsd"). The stream's state comes from the seed and
 * a hash of the key, so an input takes the same draws wherever it appears in one evaluation (common
 * random numbers), whatever else is evaluated beside it or in which order.
 */

/** FNV-1a over the key's UTF-16 code units, then mixed with the seed. */
export function streamSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** SplitMix32: spreads one 32-bit seed over the generator's four words. */
function splitMix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** xoshiro128** (Blackman and Vigna, 2018): 32-bit words, period 2^128 − 1. */
export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const state = { s: seed | 0 };
    this.a = splitMix32(state);
    this.b = splitMix32(state);
    this.c = splitMix32(state);
    this.d = splitMix32(state);
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1; // the all-zero state is a fixed point
  }

  /** A generator in a given state (for checking against the reference implementation's outputs). */
  static fromState(a: number, b: number, c: number, d: number): Xoshiro128 {
    const rng = new Xoshiro128(0);
    [rng.a, rng.b, rng.c, rng.d] = [a | 0, b | 0, c | 0, d | 0];
    return rng;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /**
   * A double in (0, 1]: 53 random bits plus half a step, so 0 is never reached. In the top half the half
   * step rounds to even, so the largest draw (probability 2^-53) is exactly 1; the consumers accept 1
   * (a triangular quantile of 1 is the range's high, a completion draw of 1 fails only where p < 1).
   */
  nextUniform(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  }

  /** An integer in [0, n) without modulo bias: outputs from 2^32 − (2^32 mod n) up, past the last whole run of n values, are drawn again; n ≤ 2^32. */
  nextBelow(n: number): number {
    const limit = 4294967296 - (4294967296 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * n uniforms of one stream by Latin hypercube sampling: sample i falls in stratum π(i) of n equal
 * strata of (0, 1), π a random permutation. Each input's marginal is then covered evenly (the
 * empirical quantile at p is within 1/n of p in probability), which is what makes 10,000 samples
 * enough for stable percentiles; @RISK and Crystal Ball offer the same. The sum stratum + uniform is
 * rounded to the doubles near n, so a top-stratum draw within about n·2^-53 of 1 becomes exactly 1
 * (about one vector in 10^12 at 10,000 samples): draws lie in (0, 1], as nextUniform's.
 */
export function latinHypercube(seed: number, key: string, n: number): Float64Array {
  const rng = new Xoshiro128(streamSeed(seed, key));
  const strata = new Uint32Array(n);
  for (let i = 0; i < n; i++) strata[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const t = strata[i];
    strata[i] = strata[j];
    strata[j] = t;
  }
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) u[i] = (strata[i] + rng.nextUniform()) / n;
  return u;
}
