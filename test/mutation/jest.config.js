/**
 * The tests StrykerJS runs against each mutant (npm run test:mutation, stryker.config.mjs): every test
 * that can see a mutant. Stryker activates mutants through a global in the Jest realm, so the bundle in
 * its own VM context would run unmutated code: here the functions Excel calls come from the source
 * realm instead (GIGAWATT_REGISTERED=src, test/helpers/registered.ts; a contract test proves both realms
 * answer alike). Tests that only check dist/ (manifest, metadata, docs, browser, start) are left out:
 * they cannot see a mutant of src/model or src/functions; so is test/office (Excel writes through
 * office-addin-mock, slow and about src/office).
 */
process.env.GIGAWATT_REGISTERED = "src";
// Nearly every test covers the model, so each mutant reruns most of the suite: fewer fuzz calls and
// only the base case's quarterly tables keep a mutant's run short (test/fuzz, test/oracle read this).
process.env.GIGAWATT_MUTATION = "1";

module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  testTimeout: 60000,
  roots: ["<rootDir>/test"],
  testMatch: [
    "<rootDir>/test/unit/**/*.test.ts",
    "<rootDir>/test/oracle/**/*.test.ts",
    "<rootDir>/test/formulas/**/*.test.ts",
    "<rootDir>/test/fuzz/**/*.test.ts",
    "<rootDir>/test/contract/optional-arguments.test.ts",
    "<rootDir>/test/contract/public-api.test.ts",
  ],
  // Transpile only: the TypeScript checker has already rejected mutants that do not compile.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/mutation/tsconfig.json" }] },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/shims/uuid.js",
  },
  setupFiles: ["<rootDir>/test/setup-runtime.ts"],
};
