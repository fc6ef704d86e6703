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

/** Every memo of results, so a superseded scenario can be forgotten everywhere and the total bounded. */
const MEMOS: TupleMemo<unknown>[] = [];

/**
 * All memos together hold at most this many results (each memo also has its own bound). Past it the
 * memo used longest ago is emptied first: a long session cannot grow the caches without end.
 */
export const MAX_CACHED_RESULTS = 30000;

let clock = 0;

/**
 * A memo keyed by a tuple of values (objects, interned strings, numbers, undefined), held as nested
 * Maps: no key string is built per call, which on the hot path cost more than the arithmetic.
 * Bounded on its own and globally, so a sheet of random PUEs (or a fuzzer) cannot grow it without end;
 * results keyed on a scenario version that was replaced are dropped (`forget`).
 */
export class TupleMemo<V> {
  private root = new Map<unknown, unknown>();
  private size = 0;
  /** When this memo last served or stored a result (a logical clock), for the global bound. */
  private used = 0;
  /** The Maps this memo made as inner nodes (a stored value is never one of them). */
  private inner = new WeakSet<Map<unknown, unknown>>();

  constructor(private readonly maxEntries: number) {
    MEMOS.push(this as TupleMemo<unknown>);
  }

  get entries(): number {
    return this.size;
  }

  get(keys: readonly unknown[], compute: () => V): V {
    this.used = ++clock;
    let node = this.root;
    const last = keys.length - 1;
    for (let i = 0; i < last; i++) {
      let next = node.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        this.inner.add(next);
        node.set(keys[i], next);
      }
      node = next;
    }
    if (node.has(keys[last])) return node.get(keys[last]) as V;
    const value = compute();
    if (this.size >= this.maxEntries) {
      this.clear();
      return value; // the next call starts filling the fresh memo
    }
    node.set(keys[last], value);
    this.size++;
    if (this.size % 256 === 0) boundAll();
    return value;
  }

  clear(): void {
    this.root = new Map();
    this.inner = new WeakSet();
    this.size = 0;
  }

  /** Drops every result whose key tuple contains `key` (a superseded scenario version). */
  forget(key: object): void {
    const count = (node: unknown): number => {
      if (!(node instanceof Map) || !this.inner.has(node)) return 1;
      let n = 0;
      for (const child of node.values()) n += count(child);
      return n;
    };
    const walk = (node: Map<unknown, unknown>) => {
      if (node.has(key)) {
        this.size -= count(node.get(key));
        node.delete(key);
      }
      for (const child of node.values()) if (child instanceof Map && this.inner.has(child)) walk(child);
    };
    walk(this.root);
  }

  /** For the global bound. */
  lastUsed(): number {
    return this.used;
  }
}

/** Results held by all memos together. */
export function cachedResults(): number {
  return MEMOS.reduce((sum, memo) => sum + memo.entries, 0);
}

function boundAll(): void {
  while (cachedResults() > MAX_CACHED_RESULTS) {
    const oldest = MEMOS.filter((m) => m.entries > 0).sort((a, b) => a.lastUsed() - b.lastUsed())[0];
    if (oldest === undefined) return;
    oldest.clear();
  }
}

/** A scenario version was replaced or removed: nothing computed with it can be asked for again. */
export function forgetEverywhere(key: object): void {
  for (const memo of MEMOS) memo.forget(key);
}

const factors = new TupleMemo<Factor>(20000);

export function factor(keys: readonly unknown[], compute: () => Dec): Factor {
  return factors.get(keys, () => {
    const exact = compute();
    return { exact, fast: exact.toNumber() };
  });
}
