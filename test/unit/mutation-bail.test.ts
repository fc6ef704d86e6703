/**
 * The mutation run's stop-at-first-failure environment (test/mutation/bail-environment.js): after a
 * failure it skips later tests, but never one that already carries an error, since skipping that hides
 * the failure and Stryker then counts the mutant as survived. Events are fed as jest-circus sends them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BailOnFirstFailure = require("../mutation/bail-environment.js");

interface FakeTest { errors: unknown[]; mode?: string }
const handle: (this: { failed: boolean }, event: { name: string; test?: FakeTest }) => Promise<void> = BailOnFirstFailure.prototype.handleTestEvent;

async function feed(events: { name: string; test?: FakeTest }[]): Promise<void> {
  const environment = { failed: false };
  for (const event of events) await handle.call(environment, event);
}

test("before any failure, no test is skipped", async () => {
  const first: FakeTest = { errors: [] };
  await feed([{ name: "test_start", test: first }]);
  expect(first.mode).toBeUndefined();
});

test("after a failing test, a later test is skipped", async () => {
  const later: FakeTest = { errors: [] };
  await feed([{ name: "test_fn_failure" }, { name: "test_start", test: later }]);
  expect(later.mode).toBe("skip");
});

test("after a failed beforeAll, its tests (which carry the hook's error) still run and fail; others are skipped", async () => {
  // jest-circus gives a failed beforeAll's error to every test in its describe block before they start.
  const inBlock: FakeTest = { errors: [new Error("beforeAll failed")] };
  const elsewhere: FakeTest = { errors: [] };
  await feed([{ name: "hook_failure" }, { name: "test_start", test: inBlock }, { name: "test_start", test: elsewhere }]);
  expect(inBlock.mode).toBeUndefined();
  expect(elsewhere.mode).toBe("skip");
});
