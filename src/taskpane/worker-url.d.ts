/** See worker-url.js: a dedicated worker running percentiles.worker.ts. */
export function createPercentileWorker(): Worker;
