#!/usr/bin/env node
/**
 * `npm run oracle:share`: how many of the suite's tests compare numbers with an independent oracle — a
 * hand calculation written in the test, the Python generator (scripts/golden-schedules.py, exact
 * fractions from the catalog's data files), a closed form, or a public figure — out of all tests of a
 * full run. It reads Jest's JSON report (`npx jest --json --outputFile=reports/jest.json`, which
 * `npm run oracle:share` runs first unless given a report) and counts the tests each rule below names.
 *
 * The rules are the claim, written down: each names a test file, the tests in it that compare numbers
 * with an oracle, and which oracle. A rule that matches no passing test fails the script, so a renamed
 * or deleted test cannot leave a stale count. A test only counts if it passed.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const formulas = JSON.parse(fs.readFileSync(path.join(ROOT, "test/fixtures/formulas.json"), "utf8")).cases;
const hasNumber = (c) => typeof c.expected === "number" || (c.table ?? []).flat().some((v) => typeof v === "number")
  || (c.cells ?? []).some(([, , v]) => typeof v === "number");
const numericFormulas = new Set(formulas.filter(hasNumber).map((c) => c.formula));

/** [test file, which of its tests (a predicate on the full name and the title), the oracle] */
const RULES = [
  ["test/oracle/tables.test.ts", () => true, "whole tables of scripts/golden-schedules.py (every cell)"],
  ["test/formulas/registered.test.ts", (_full, title) => numericFormulas.has(title), "formula table rows with numbers, hand-computed (test/fixtures/formulas.json)"],
  ["test/formulas/hyperformula.test.ts", (_full, title) => numericFormulas.has(title), "the same rows in HyperFormula"],
  ["test/formulas/known-bugs.test.ts", () => true, "hand values of the ten bugs issue 17 found"],
  ["test/unit/schedule.test.ts", (full) => /golden|independent/i.test(full), "golden schedules of scripts/golden-schedules.py"],
  ["test/unit/plan.test.ts", (full) => /golden plan table/.test(full), "golden plan tables of scripts/golden-schedules.py"],
  ["test/unit/claims.test.ts", () => true, "public figures (test/fixtures/catalog-claims.json)"],
  ["test/unit/fast-path.test.ts", (_full, title) => /^(ACCELERATORS|CAPEX|ENERGY)/.test(title), "an exact restatement of the formulas in decimal arithmetic"],
  ["test/unit/compute.test.ts", (full) => /hand-computed/.test(full), "hand calculation"],
  ["test/unit/pinning.test.ts", (_full, title) => /^(ACCELERATORS|POWER and CAPEX|DELIVERED and SCHEDULE):/.test(title), "hand values from each catalog version's files"],
  ["test/unit/risk-model.test.ts", (full) => /closed form|reference xoshiro/.test(full), "closed forms and the reference generator's outputs"],
  ["test/unit/reconcile.test.ts", (full) => /Python oracle|dated events|reported as 0/.test(full), "scripts/golden-schedules.py and hand values"],
  ["test/unit/flows-payment.test.ts", (full) => /no buyer spend|first day|adds no spend/.test(full), "hand values"],
  ["test/unit/deal-tables.test.ts", (full) => /own GW added|simulated statistic|1,000 periods/.test(full), "golden schedules summed; a closed-form mean; hand values"],
  ["test/unit/plan-factors.test.ts", () => true, "hand calculation"],
  ["test/unit/source-citations.test.ts", (full) => /month's first day/.test(full), "Excel serials by hand"],
  ["test/unit/plan-periods.test.ts", () => true, "hand calculation"],
  ["test/unit/dates.test.ts", () => true, "Excel serials by hand"],
];

function report() {
  const given = process.argv[2];
  if (given) return JSON.parse(fs.readFileSync(given, "utf8"));
  const out = path.join(ROOT, "reports/jest.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  spawnSync("npx", ["jest", "--json", `--outputFile=${out}`], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return JSON.parse(fs.readFileSync(out, "utf8"));
}

function main() {
  const results = report();
  const tests = results.testResults.flatMap((file) => file.assertionResults.map((a) => ({
    file: path.relative(ROOT, file.name).split(path.sep).join("/"), full: a.fullName, title: a.title, passed: a.status === "passed",
  })));
  let oracle = 0;
  const stale = [];
  console.log("Tests that compare numbers with an independent oracle:");
  for (const [file, which, what] of RULES) {
    const n = tests.filter((t) => t.passed && t.file === file && which(t.full, t.title)).length;
    if (n === 0) stale.push(file);
    oracle += n;
    console.log(`${String(n).padStart(6)}  ${file}: ${what}`);
  }
  const passed = tests.filter((t) => t.passed).length;
  console.log(`${String(oracle).padStart(6)}  of ${tests.length} tests (${passed} passed): ${((100 * oracle) / tests.length).toFixed(1)}%`);
  if (stale.length > 0) {
    console.error(`No passing test matches the rule for ${stale.join(", ")}: update RULES in scripts/oracle-share.js.`);
    process.exit(1);
  }
}

main();
