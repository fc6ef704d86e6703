/** Jest runs TypeScript through ts-jest; the shims let office-addin-mock load under CommonJS (see test/shims). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/shims/uuid.js",
  },
  // The contract and browser suites load dist/; the global setup builds it once.
  globalSetup: "<rootDir>/test/global-setup.js",
  // Tests that import src/ directly get the stub CustomFunctions global.
  setupFiles: ["<rootDir>/test/setup-runtime.ts"],
  testTimeout: 60000,
};
