/**
 * Lets `npm start` and `npm test` be the only set-up commands on a fresh clone: installs the locked
 * dependencies when node_modules is missing or older than package-lock.json. Uses only Node built-ins.
 */
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");

const stale = !fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs;
if (stale) {
  console.log("gigawatt: installing dependencies (npm ci) …");
  execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
}
