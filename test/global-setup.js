/**
 * Builds the production bundle once before the suites that load dist/ (registration contract,
 * manifest, browser, fuzz), and fails the run if that build warns: the production build must be clean.
 * Set GIGAWATT_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
const { execFileSync } = require("child_process");
const path = require("path");
const fs = require("fs");

module.exports = async () => {
  const root = path.resolve(__dirname, "..");
  if (process.env.GIGAWATT_SKIP_BUILD === "1" && fs.existsSync(path.join(root, "dist", "functions.json"))) return;
  const output = execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--no-color"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (/\bWARNING\b/.test(output)) throw new Error(`The production build has warnings:\n${output}`);
};
