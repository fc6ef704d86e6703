/* global Worker */
/**
 * The one place that names the percentile worker. Plain JavaScript on purpose: webpack 5 recognises
 * `new Worker(new URL(…, import.meta.url))` and bundles the worker as its own entry, while the
 * project's TypeScript compiles to CommonJS, where `import.meta` is not allowed (tsc, ts-jest). Only
 * the pane's entry (taskpane.ts) imports this file; tests hand the client a worker of their own.
 */
export function createPercentileWorker() {
  return new Worker(new URL("./percentiles.worker.ts", import.meta.url), { name: "gigawatt-percentiles" });
}
