/**
 * Two Jest projects. "unit" (test/unit, test/office) imports src/ through ts-jest and
 * never waits for a build. "bundle" (test/contract, test/formulas, test/oracle, test/fuzz, test/browser) loads the
 * production bundle in dist/; its global setup builds it once, and only when a test of that project is selected,
 * so `npx jest test/unit/foo.test.ts` starts at once. The shims let office-addin-mock load under
 * CommonJS (see test/shims).
 */
const common = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/shims/uuid.js",
  },
  // Tests that import src/ directly get the stub CustomFunctions global.
  setupFiles: ["<rootDir>/test/setup-runtime.ts"],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: "unit", roots: ["<rootDir>/test/unit", "<rootDir>/test/office"] },
    {
      ...common,
      displayName: "bundle",
      roots: ["<rootDir>/test/contract", "<rootDir>/test/formulas", "<rootDir>/test/oracle", "<rootDir>/test/fuzz", "<rootDir>/test/browser"],
      globalSetup: "<rootDir>/test/global-setup.js",
    },
  ],
};
