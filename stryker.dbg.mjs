import base from "./stryker.config.mjs";
const part = process.env.PART;
export default {
  ...base,
  mutate: process.env.MUT.split(","),
  incrementalFile: `reports/mutation/part-${part}.incremental.json`,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: `reports/mutation/part-${part}.json` },
  concurrency: Number(process.env.CONC ?? 2),
};
