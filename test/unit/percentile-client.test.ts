/**
 * The pane's percentile client (src/taskpane/percentile-client.ts): with a worker, identical requests
 * share one computation, the latest request wins (a superseded one resolves undefined and one still
 * waiting never runs), a failure of the functions reaches the pane, and a worker that dies hands over
 * to the steps; without a worker, the steps yield to the event loop, so a handler queued meanwhile
 * runs before the result, and a superseded computation stops.
 */
import { PercentileClient, type WorkerAnswer, type WorkerLike, type WorkerQuestion } from "../../src/taskpane/percentile-client";
import { computeFan, type FanRequest, type FanResult } from "../../src/taskpane/percentiles";

const AMD: FanRequest = { deals: "openai-amd", measure: "gw_cumulative", period: "year", scenario: null };
const CAPEX: FanRequest = { ...AMD, measure: "capex_cumulative" };
const PORTFOLIO: FanRequest = { ...AMD, deals: ["openai-amd", "meta-amd"] };

/** A worker whose answers the test gives, one question at a time. */
class FakeWorker implements WorkerLike {
  readonly questions: WorkerQuestion[] = [];
  onmessage: ((event: { data: WorkerAnswer }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  postMessage(message: WorkerQuestion): void {
    // Plain data only: what a structured clone would carry.
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
    this.questions.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(result: (request: FanRequest) => Partial<WorkerAnswer> = (request) => ({ result: computeFan(request) })): void {
    const question = this.questions.shift()!;
    this.onmessage!({ data: { id: question.id, ...result(question.request) } });
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test("a worker: identical requests compute once; a newer request wins; one still waiting never runs; results are cached", async () => {
  const worker = new FakeWorker();
  const client = new PercentileClient({ createWorker: () => worker });
  expect(client.mode).toBe("worker");
  const first = client.request(AMD);
  const again = client.request(AMD);
  expect(worker.questions).toHaveLength(1);
  expect(client.busy).toBe(true);
  // The user edits twice while the first runs: the middle request is dropped unrun, the last waits.
  const middle = client.request(CAPEX);
  const last = client.request(PORTFOLIO);
  await expect(middle).resolves.toBeUndefined();
  worker.answer();
  // The first finished after newer requests came: not shown, but kept for its own inputs.
  await expect(first).resolves.toBeUndefined();
  await expect(again).resolves.toBeUndefined();
  expect(client.cached(AMD)).toEqual(computeFan(AMD));
  expect(worker.questions.map((q) => q.request)).toEqual([PORTFOLIO]);
  worker.answer();
  const result = (await last)!;
  expect(result).toEqual(computeFan(PORTFOLIO));
  expect(client.busy).toBe(false);
  expect(client.computations).toBe(2);
  // Back to the first deal: answered from the cache, nothing posted.
  await expect(client.request(AMD)).resolves.toEqual(computeFan(AMD));
  expect(worker.questions).toHaveLength(0);
  expect(client.computations).toBe(2);
});

test("a worker: the functions' refusal reaches the latest request as its message", async () => {
  const worker = new FakeWorker();
  const client = new PercentileClient({ createWorker: () => worker });
  const asked = client.request(AMD);
  worker.answer(() => ({ error: "Unknown deal" }));
  await expect(asked).rejects.toThrow("Unknown deal");
  expect(client.cached(AMD)).toBeUndefined();
});

test("a worker that cannot start (or dies) hands the request to the steps here, and later ones too", async () => {
  const worker = new FakeWorker();
  const client = new PercentileClient({ createWorker: () => worker });
  const asked = client.request(AMD);
  worker.onerror!(new Error("blocked by the host"));
  await expect(asked).resolves.toEqual(computeFan(AMD));
  expect(worker.terminated).toBe(true);
  expect(client.mode).toBe("steps");
  await expect(client.request(CAPEX)).resolves.toEqual(computeFan(CAPEX));
  expect(new PercentileClient({ createWorker: () => { throw new Error("no Worker"); } }).mode).toBe("steps");
});

test("no worker: the steps yield to the event loop, so a click queued meanwhile runs before the percentiles arrive", async () => {
  const client = new PercentileClient();
  expect(client.mode).toBe("steps");
  const order: string[] = [];
  const asked = client.request(PORTFOLIO).then((result) => {
    order.push("percentiles");
    return result;
  });
  setTimeout(() => order.push("click"), 0);
  const result = (await asked)!;
  expect(order).toEqual(["click", "percentiles"]);
  expect(result).toEqual(computeFan(PORTFOLIO));
});

test("no worker: a superseded computation stops at its next step and is never shown", async () => {
  let turns = 0;
  const client = new PercentileClient({ yieldToEventLoop: async () => { turns++; await flush(); } });
  const first = client.request(PORTFOLIO);
  await flush();
  const second = client.request(AMD);
  await expect(first).resolves.toBeUndefined();
  const result = (await second) as FanResult;
  expect(result).toEqual(computeFan(AMD));
  // The portfolio's steps stopped early: it is not in the cache.
  expect(client.cached(PORTFOLIO)).toBeUndefined();
  expect(turns).toBeGreaterThan(3);
});

test("an insert's request goes to the worker too, is never dropped by the chart's, and fills the same cache", async () => {
  const worker = new FakeWorker();
  const client = new PercentileClient({ createWorker: () => worker });
  const table = client.compute(CAPEX);
  const chart = client.request(AMD); // the chart asks meanwhile
  const later = client.request(PORTFOLIO); // and again: the chart's AMD is superseded, the insert is not
  expect(worker.questions.map((q) => q.request)).toEqual([CAPEX, AMD]);
  worker.answer();
  worker.answer();
  await expect(table).resolves.toEqual(computeFan(CAPEX));
  await expect(chart).resolves.toBeUndefined();
  worker.answer();
  await expect(later).resolves.toEqual(computeFan(PORTFOLIO));
  expect(client.cached(CAPEX)).toEqual(computeFan(CAPEX));
  // Without a worker the insert computes in steps here.
  await expect(new PercentileClient().compute(AMD)).resolves.toEqual(computeFan(AMD));
});

test("a worker that dies while an insert waits: the insert is answered in steps here", async () => {
  const worker = new FakeWorker();
  const client = new PercentileClient({ createWorker: () => worker });
  const table = client.compute(AMD);
  worker.onerror!(new Error("killed"));
  await expect(table).resolves.toEqual(computeFan(AMD));
});
