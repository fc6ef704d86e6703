/**
 * The result caches' bounds (src/functions/factors.ts), counted on the caches' own sizes as
 * test/unit/memory.test.ts counts them: a memo that reaches its own bound starts afresh, the global
 * count is the sum of every memo's results, and the global bound MAX_CACHED_RESULTS is a ceiling one
 * may reach, not exceed. Other test files' memos share the count when files share a runtime (the
 * mutation run), so every expectation is relative to what they hold, or first makes room.
 */
import { MAX_CACHED_RESULTS, TupleMemo, cachedResults } from "../../src/functions/factors";

/** Stores `count` new results in `memo` under keys [tag, i]. */
function fill(memo: TupleMemo<number>, tag: string, count: number): void {
  for (let i = 0; i < count; i++) memo.get([tag, i], () => i);
}

test("a memo full to its own bound forgets everything and starts afresh", () => {
  const memo = new TupleMemo<number>(3);
  fill(memo, "a", 3);
  expect(memo.entries).toBe(3);
  // The fourth result is computed and answered, but the full memo is emptied instead of growing to 4.
  let computed = 0;
  expect(memo.get(["a", 3], () => ++computed)).toBe(1);
  expect(memo.entries).toBe(0);
  fill(memo, "b", 2);
  expect(memo.entries).toBe(2);
});

test("the global count is every memo's results added up", () => {
  const before = cachedResults();
  const [one, two] = [new TupleMemo<number>(100), new TupleMemo<number>(100)];
  fill(one, "x", 2);
  fill(two, "y", 3);
  expect(cachedResults() - before).toBe(5);
});

test("every 256th result checks the global bound, and a total at the bound keeps every memo", () => {
  // Make room: while the others hold more than MAX − 256, 256 results in a fresh memo push the total past
  // the bound, which empties the memos used longest ago (the others) until it is back under.
  while (cachedResults() > MAX_CACHED_RESULTS - 256) {
    const pusher = new TupleMemo<number>(MAX_CACHED_RESULTS);
    fill(pusher, "push", 256);
    pusher.clear();
  }
  const filler = new TupleMemo<number>(MAX_CACHED_RESULTS);
  fill(filler, "fill", MAX_CACHED_RESULTS - 256 - cachedResults());
  expect(cachedResults()).toBe(MAX_CACHED_RESULTS - 256);
  // The probe's 256th result brings the total to exactly MAX_CACHED_RESULTS and runs the check: nothing is dropped.
  const probe = new TupleMemo<number>(1000);
  fill(probe, "probe", 256);
  expect(probe.entries).toBe(256);
  expect(cachedResults()).toBe(MAX_CACHED_RESULTS);
  // One more batch of 256 goes past the bound: the memo used longest ago (the filler) is emptied, the probe kept.
  fill(probe, "more", 256);
  expect(filler.entries).toBe(0);
  expect(probe.entries).toBe(512);
  filler.clear();
  probe.clear();
});
