/**
 * Mutation testing (npm run test:mutation): StrykerJS changes src/model and src/functions one small
 * bug at a time and runs the tests that cover each change (test/mutation/jest.config.js); a mutant
 * that no test notices is a missing test, or an equivalent change listed in test/mutation/EQUIVALENT.md.
 * Incremental: results are kept in reports/mutation/incremental.json (git-ignored: each machine keeps
 * its own), so a rerun only tests mutants in changed code or covered by changed tests. Static mutants
 * (module-level code run once at load, e.g. declarations' description texts) are skipped: each would
 * need the whole suite, and they are reported as ignored. Such code that a test also loads afresh is run
 * against that test only; `npm run test:mutation:static` (test/mutation/stryker.static.config.mjs) measures
 * its lines against every test. `npm run test:mutation -- --mutate src/model/flows.ts`
 * narrows a run; `--force` ignores the kept results.
 */
// A run narrowed to one part of the code (`MUTATION_PART=functions npm run test:mutation -- --mutate
// "src/functions/**/*.ts"`) keeps its own results and report, so parts run on different days or
// machines combine: `npm run mutation:score` reads every report in reports/mutation/.
// The static pass (test/mutation/stryker.static.config.mjs) names its files the same way, with its own default.
export function outputFiles(defaultPart = "") {
  const part = process.env.MUTATION_PART ? `-${process.env.MUTATION_PART.replace(/[^\w-]/g, "")}` : defaultPart;
  return {
    incrementalFile: `reports/mutation/incremental${part}.json`,
    jsonReporter: { fileName: `reports/mutation/mutation${part}.json` },
    htmlReporter: { fileName: `reports/mutation/mutation${part}.html` },
  };
}

export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "test/mutation/jest.config.js", enableFindRelatedTests: false },
  checkers: ["typescript"],
  // Tests are transpiled without type checks (test/mutation/tsconfig.json), so files need no @ts-nocheck; adding one would also
  // change generated files that a test compares with their generator.
  disableTypeChecks: false,
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  mutate: ["src/model/**/*.ts", "src/functions/**/*.ts", "!src/**/*.generated.ts"],
  ignorePatterns: ["dist", "coverage", "reports", "test/artifacts", "bench/results.json", ".stryker-tmp"],
  incremental: true,
  ignoreStatic: true,
  // 2 cores on the project's machines; raise with --concurrency where there are more.
  concurrency: 2,
  timeoutMS: 20000,
  // The dry run executes every test with per-test coverage; on two shared cores that can take minutes.
  dryRunTimeoutMinutes: 30,
  reporters: ["clear-text", "progress", "json", "html"],
  ...outputFiles(),
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
