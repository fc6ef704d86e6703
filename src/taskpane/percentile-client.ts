/**
 * Runs percentile requests (percentiles.ts) without freezing the pane: in a Web Worker where the host
 * has one, else in steps on the pane's thread that yield to the event loop between them. The latest
 * request wins: a request superseded before it finishes resolves `undefined` (its numbers are kept in
 * the cache, since they are right for their own inputs, but never shown for newer ones), and a request
 * still waiting for the worker is dropped without running. Identical requests share one computation.
 */
import { fanSteps, requestKey, type FanRequest, type FanResult } from "./percentiles";

export interface WorkerQuestion {
  readonly id: number;
  readonly request: FanRequest;
}
export interface WorkerAnswer {
  readonly id: number;
  readonly result?: FanResult;
  readonly error?: string;
}

/** The part of a DOM Worker the client uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerQuestion): void;
  onmessage: ((event: { data: WorkerAnswer }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface PercentileClientOptions {
  /** Makes the worker; absent, or throwing, means the steps run on this thread. */
  readonly createWorker?: () => WorkerLike;
  /** One turn of the event loop between steps on this thread. */
  readonly yieldToEventLoop?: () => Promise<void>;
  /** Results kept (a fan is a few hundred numbers). */
  readonly cacheSize?: number;
}

interface Job {
  readonly key: string;
  readonly request: FanRequest;
  readonly promise: Promise<FanResult | undefined>;
  resolve(result: FanResult | undefined): void;
  reject(error: Error): void;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Outcome = { result?: FanResult; error?: string };

export class PercentileClient {
  /** Where the Monte Carlo runs: "worker", or "steps" on the pane's thread. */
  mode: "worker" | "steps";
  /** Computations started (cache hits and dropped requests start none): tests count them. */
  computations = 0;
  private worker: WorkerLike | undefined;
  private readonly cache = new Map<string, FanResult>();
  private latest: string | undefined;
  private running: Job | undefined;
  private waiting: Job | undefined;
  private nextId = 1;
  /** Questions the worker has not answered yet, by id: each answer goes to its own asker. */
  private readonly pending = new Map<number, { request: FanRequest; done: (outcome: Outcome) => void }>();
  private readonly yieldToEventLoop: () => Promise<void>;
  private readonly cacheSize: number;

  constructor(options: PercentileClientOptions = {}) {
    this.yieldToEventLoop = options.yieldToEventLoop ?? nextTurn;
    this.cacheSize = options.cacheSize ?? 32;
    try {
      this.worker = options.createWorker?.();
    } catch {
      this.worker = undefined; // no Worker in this host (or it refused the script): compute in steps
    }
    this.mode = this.worker ? "worker" : "steps";
    if (this.worker !== undefined) {
      this.worker.onmessage = (event) => {
        const asker = this.pending.get(event.data.id);
        if (asker === undefined) return;
        this.pending.delete(event.data.id);
        asker.done(event.data);
      };
      // The worker could not start or died (a host that blocks worker scripts): what it was asked, and
      // every later request, computes in steps here.
      this.worker.onerror = () => {
        this.dispose();
        this.mode = "steps";
        const unanswered = [...this.pending.values()];
        this.pending.clear();
        for (const { request, done } of unanswered) void this.inSteps(request, () => false).then(done);
      };
    }
  }

  /** The result for a request already computed, or undefined. */
  cached(request: FanRequest): FanResult | undefined {
    const key = requestKey(request);
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.cache.delete(key);
      this.cache.set(key, hit); // most recently used last
    }
    return hit;
  }

  /** Whether the latest request is still being computed. */
  get busy(): boolean {
    return this.latest !== undefined && !this.cache.has(this.latest) && (this.running?.key === this.latest || this.waiting?.key === this.latest);
  }

  /**
   * The request's percentiles; undefined when a newer request came before they were ready (the
   * newer one is what the pane shows). Rejects with the functions' message when they refuse.
   */
  request(request: FanRequest): Promise<FanResult | undefined> {
    const key = requestKey(request);
    this.latest = key;
    const hit = this.cached(request);
    if (hit !== undefined) return Promise.resolve(hit);
    if (this.running?.key === key) return this.running.promise;
    if (this.waiting?.key === key) return this.waiting.promise;
    let resolve!: Job["resolve"];
    let reject!: Job["reject"];
    const promise = new Promise<FanResult | undefined>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    this.waiting?.resolve(undefined); // superseded before it started: never runs
    this.waiting = { key, request, promise, resolve, reject };
    this.pump();
    return promise;
  }

  /**
   * For an insert, which a newer chart request must not drop: the cached result, or the worker's
   * answer (in steps here without one). Rejects with the functions' message when they refuse.
   */
  async compute(request: FanRequest): Promise<FanResult> {
    const hit = this.cached(request);
    if (hit !== undefined) return hit;
    this.computations++;
    const outcome = this.worker !== undefined ? await this.ask(request) : await this.inSteps(request, () => false);
    if (outcome.result === undefined) throw new Error(outcome.error ?? "no result");
    this.remember(requestKey(request), outcome.result);
    return outcome.result;
  }

  /** Stops the worker (a closing pane, a test). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ask(request: FanRequest): Promise<Outcome> {
    return new Promise((done) => {
      const id = this.nextId++;
      this.pending.set(id, { request, done });
      this.worker!.postMessage({ id, request });
    });
  }

  private pump(): void {
    if (this.running !== undefined || this.waiting === undefined) return;
    const job = (this.running = this.waiting);
    this.waiting = undefined;
    this.computations++;
    const finish = (outcome: Outcome) => {
      if (this.running === job) this.running = undefined;
      if (outcome.result !== undefined) {
        this.remember(job.key, outcome.result);
        job.resolve(job.key === this.latest ? outcome.result : undefined);
      } else if (job.key === this.latest && outcome.error !== undefined) job.reject(new Error(outcome.error));
      else job.resolve(undefined);
      this.pump();
    };
    // Superseded (the user edited again): the steps stop at the next one, nothing of it is shown.
    const superseded = () => job.key !== this.latest;
    if (this.worker !== undefined) void this.ask(job.request).then(finish);
    else void this.inSteps(job.request, superseded).then(finish);
  }

  /** The computation here, one step per turn of the event loop; stops early (no result) when `stop` says so. */
  private async inSteps(request: FanRequest, stop: () => boolean): Promise<Outcome> {
    try {
      const steps = fanSteps(request);
      for (;;) {
        await this.yieldToEventLoop();
        if (stop()) return {};
        const next = steps.next();
        if (next.done) return { result: next.value };
      }
    } catch (error) {
      return { error: String((error as Error)?.message ?? error) };
    }
  }

  private remember(key: string, result: FanResult): void {
    this.cache.delete(key);
    this.cache.set(key, result);
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }
}
