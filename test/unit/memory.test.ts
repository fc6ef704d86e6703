/**
 * Bounded memory. The caches key results on the published scenario object; replacing a scenario
 * (every edit in the pane, every co-author's save) drops what was computed with the old version, and
 * all caches together hold at most MAX_CACHED_RESULTS results. Measured on the caches' own size, which
 * is deterministic (a heap measurement in a shared test process would not be): before this, 60 edits
 * kept 60 versions' deal models, each with thousands of cached days (the 106 MB → 500 MB).
 */
import { invoke } from "../../src/functions/define";
import { DELIVERED } from "../../src/functions/deals";
import { ACCELERATORS } from "../../src/functions/capacity";
import { publishScenarios } from "../../src/functions/scenarios";
import { MAX_CACHED_RESULTS, TupleMemo, cachedResults } from "../../src/functions/factors";
import { DEALS } from "../../src/model/catalog";
import { blankScenario } from "../../src/model/scenario";
import { serialFromYmd } from "../../src/model/dates";

afterAll(() => publishScenarios([]));

test("a long session: 60 edits × 8 deals × 300 distinct dates keeps one version's results, not 60", () => {
  const deals = DEALS.filter((d) => d.tranches.length > 0).slice(0, 8).map((d) => d.key);
  expect(deals).toHaveLength(8);
  const start = serialFromYmd(2026, 1, 1);
  // Measured from what the caches already hold (other tests' results, when files share a runtime).
  const before = cachedResults();
  const sizes: number[] = [];
  for (let edit = 0; edit < 60; edit++) {
    publishScenarios([{ ...blankScenario("Long"), overrides: { pue: 1.1 + edit / 100 } }, blankScenario("Other")]);
    for (const deal of deals) for (let d = 0; d < 300; d++) invoke(DELIVERED, [deal, start + d * 5, null, null, "Long"]);
    invoke(ACCELERATORS, [1, "GB200", null, null, null, "Long"]);
    sizes.push(cachedResults());
  }
  // The ceiling: one version's deal models (8) and factor (1) above what the session held before.
  const ceiling = sizes[0];
  expect(Math.max(...sizes)).toBe(ceiling);
  expect(sizes.at(-1)).toBe(sizes[0]);
  expect(ceiling - before).toBeLessThan(8 * 2 + 10);
});

test("forget drops exactly the results keyed on a version, wherever it sits in the tuple", () => {
  const memo = new TupleMemo<number>(100);
  const v1 = {};
  const v2 = {};
  let computed = 0;
  const get = (keys: unknown[]) => memo.get(keys, () => ++computed);
  get(["a", v1, 1]);
  get(["a", v1, 2]);
  get(["b", 3, v1]);
  get(["a", v2, 1]);
  expect(memo.entries).toBe(4);
  memo.forget(v1);
  expect(memo.entries).toBe(1);
  expect(get(["a", v2, 1])).toBe(4); // kept
  expect(get(["a", v1, 1])).toBe(5); // recomputed
});

test("all memos together stay under the global bound", () => {
  const memos = [new TupleMemo<number>(MAX_CACHED_RESULTS), new TupleMemo<number>(MAX_CACHED_RESULTS)];
  for (let i = 0; i < MAX_CACHED_RESULTS; i++) for (const memo of memos) memo.get([i], () => i);
  expect(cachedResults()).toBeLessThanOrEqual(MAX_CACHED_RESULTS);
  expect(memos.some((m) => m.entries > 0)).toBe(true);
});
