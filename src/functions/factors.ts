/**
 * Exact factors, computed once. Most GW functions are linear in their first argument (GW, count), so a
 * call is `value × factor`: the factor is derived in decimal (every step exact to 34 digits) and kept
 * with its double. The float product differs from the decimal product by at most one rounding of each
 * operand; test/unit/fast-path.test.ts proves it stays within half a unit of Excel's 15th digit.
 */
import type { Dec } from "../model/decimal";

export interface Factor {
  readonly exact: Dec;
  readonly fast: number;
}

/** Bounded, so a sheet of random PUEs (or a fuzzer) cannot grow it without end. */
const MAX_ENTRIES = 20000;
const cache = new Map<string, Factor>();

export function factor(key: string, compute: () => Dec): Factor {
  let found = cache.get(key);
  if (found === undefined) {
    const exact = compute();
    found = { exact, fast: exact.toNumber() };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, found);
  }
  return found;
}
