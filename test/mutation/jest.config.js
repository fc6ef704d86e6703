/**
 * The tests StrykerJS runs against each mutant (npm run test:mutation, stryker.config.mjs): every test
 * that can see a mutant. Stryker activates mutants through a global in the Jest realm, so the bundle in
 * its own VM context would run unmutated code: here the functions Excel calls come from the source
 * realm instead (GIGAWATT_REGISTERED=src, test/helpers/registered.ts; a contract test proves both realms
 * answer alike). Tests that only check dist/ (manifest, metadata, docs, browser, start) are left out:
 * they cannot see a mutant of src/model or src/functions; so is test/office (Excel writes through
 * office-addin-mock, slow and about src/office).
 *
 * Two things keep a mutant's run short on two cores: all those files load as one
 * (test/mutation/all-tests.test.ts), so the model and the catalog load once per run instead of ~30
 * times (~9 s → ~1.5 s before the first test), and the first failure skips the rest
 * (test/mutation/bail-environment.js): a killed mutant's run took 5 s instead of 27 s when measured.
 */
process.env.GIGAWATT_REGISTERED = "src";
// Nearly every test covers the model, so each mutant reruns most of the suite: fewer fuzz calls and
// only the base case's quarterly tables keep a mutant's run short (test/fuzz, test/oracle read this).
process.env.GIGAWATT_MUTATION = "1";
// The co-authoring property test's 10,000 interleavings alone take ~20 s: a mutant run does 2 × 200
// (npm test still runs all 10,000).
process.env.GIGAWATT_COAUTHOR_RUNS ??= "200";

module.exports = {
  rootDir: "../..",
  // An absolute path: Stryker wraps the environment and resolves it without expanding <rootDir>.
  testEnvironment: require("path").join(__dirname, "bail-environment.js"),
  testTimeout: 60000,
  roots: ["<rootDir>/test"],
  // One file that loads the others (test/mutation/all-tests.test.ts): the model loads once per mutant run.
  testMatch: ["<rootDir>/test/mutation/all-tests.test.ts"],
  // Transpile only: the TypeScript checker has already rejected mutants that do not compile.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/mutation/tsconfig.json" }] },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/shims/uuid.js",
  },
  setupFiles: ["<rootDir>/test/setup-runtime.ts"],
};
