/**
 * Lets `npm start` and `npm test` be the only set-up commands on a fresh clone: installs the locked
 * dependencies when node_modules is missing or older than package-lock.json, and with `--browser`
 * (before `npm test`) Debian's Chromium for the task-pane tests when it is missing and we may install
 * it. Uses only Node built-ins. Each long install says what it installs and roughly how long it takes
 * before it starts, so a first `npm test` that sits for minutes is not mistaken for a hang.
 */
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");

const stale = !fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs;
if (stale) {
  const packages = Object.keys(JSON.parse(fs.readFileSync(lock, "utf8")).packages ?? {}).length;
  console.log(`gigawatt: node_modules is ${fs.existsSync(installed) ? "older than package-lock.json" : "missing"}; installing the locked dependencies ` +
    `(npm ci, about ${packages} packages, usually 20 s to 2 min depending on the network) …`);
  execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
}

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (process.argv.includes("--browser") && !fs.existsSync(chromium)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = fs.existsSync("/usr/bin/apt-get");
  if (root && apt) {
    console.log(`gigawatt: the browser tests need Chromium and ${chromium} is missing; installing Debian's chromium and fonts-liberation ` +
      "(apt-get update + install, about 100 MB, usually 15 s to 2 min). Set CHROMIUM_PATH to use an existing Chromium instead …");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation",
      { stdio: "inherit", shell: "/bin/sh" });
  } else {
    console.error(`gigawatt: the browser tests need Chromium at ${chromium}. On Debian or Ubuntu: sudo apt-get install chromium fonts-liberation; elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary.`);
    process.exit(1);
  }
}
