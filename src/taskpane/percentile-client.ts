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
   * For an insert, which must not be dropped by a newer chart request: the cached result, or the
   * steps run here, one per turn of the event loop.
   */
  async compute(request: FanRequest): Promise<FanResult> {
    const hit = this.cached(request);
    if (hit !== undefined) return hit;
    const steps = fanSteps(request);
    for (;;) {
      await this.yieldToEventLoop();
      const next = steps.next();
      if (next.done) {
        this.remember(requestKey(request), next.value);
        return next.value;
      }
    }
  }

  /** Stops the worker (a closing pane, a test). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running !== undefined || this.waiting === undefined) return;
    const job = (this.running = this.waiting);
    this.waiting = undefined;
    this.computations++;
    const done = (outcome: { result?: FanResult; error?: string }) => {
      if (this.running === job) this.running = undefined;
      if (outcome.result !== undefined) {
        this.remember(job.key, outcome.result);
        job.resolve(job.key === this.latest ? outcome.result : undefined);
      } else if (job.key === this.latest) job.reject(new Error(outcome.error ?? "no result"));
      else job.resolve(undefined);
      this.pump();
    };
    if (this.worker !== undefined) this.inWorker(job, done);
    else void this.inSteps(job, done);
  }

  private inWorker(job: Job, done: (outcome: { result?: FanResult; error?: string }) => void): void {
    const worker = this.worker!;
    const id = this.nextId++;
    worker.onmessage = (event) => {
      if (event.data.id !== id) return;
      worker.onmessage = null;
      worker.onerror = null;
      done(event.data);
    };
    worker.onerror = () => {
      // The worker could not start or died (a host that blocks worker scripts): this and every later
      // request computes in steps here.
      worker.onmessage = null;
      worker.onerror = null;
      this.dispose();
      this.mode = "steps";
      void this.inSteps(job, done);
    };
    worker.postMessage({ id, request: job.request });
  }

  private async inSteps(job: Job, done: (outcome: { result?: FanResult; error?: string }) => void): Promise<void> {
    try {
      const steps = fanSteps(job.request);
      for (;;) {
        await this.yieldToEventLoop();
        // Superseded (the user edited again): stop here, nothing of it is shown.
        if (job.key !== this.latest) return done({});
        const next = steps.next();
        if (next.done) return done({ result: next.value });
      }
    } catch (error) {
      done({ error: String((error as Error)?.message ?? error) });
    }
  }

  private remember(key: string, result: FanResult): void {
    this.cache.delete(key);
    this.cache.set(key, result);
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }
}

