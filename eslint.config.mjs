import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test/artifacts/", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly", globalThis: "readonly", Buffer: "readonly", performance: "readonly", setTimeout: "readonly", clearTimeout: "readonly", document: "readonly", window: "readonly", Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Workbook text must never become markup (see README, "Security").
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: "Render text with textContent; workbook data is untrusted." },
        { property: "outerHTML", message: "Render text with textContent; workbook data is untrusted." },
        { property: "insertAdjacentHTML", message: "Render text with textContent; workbook data is untrusted." }],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
