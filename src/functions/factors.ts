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

/**
 * A memo keyed by a tuple of values (objects, interned strings, numbers, undefined), held as nested
 * Maps: no key string is built per call, which on the hot path cost more than the arithmetic.
 * Bounded, so a sheet of random PUEs (or a fuzzer) cannot grow it without end.
 */
export class TupleMemo<V> {
  private root = new Map<unknown, unknown>();
  private size = 0;

  constructor(private readonly maxEntries: number) {}

  get(keys: readonly unknown[], compute: () => V): V {
    let node = this.root;
    const last = keys.length - 1;
    for (let i = 0; i < last; i++) {
      let next = node.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(keys[i], next);
      }
      node = next;
    }
    if (node.has(keys[last])) return node.get(keys[last]) as V;
    const value = compute();
    if (this.size >= this.maxEntries) {
      this.root = new Map();
      this.size = 0;
      return value; // the next call starts filling the fresh memo
    }
    node.set(keys[last], value);
    this.size++;
    return value;
  }
}

const factors = new TupleMemo<Factor>(20000);

export function factor(keys: readonly unknown[], compute: () => Dec): Factor {
  return factors.get(keys, () => {
    const exact = compute();
    return { exact, fast: exact.toNumber() };
  });
}
