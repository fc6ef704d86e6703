#!/usr/bin/env node
/**
 * `npm run oracle:share`: how many of the suite's tests compare numbers with an independent oracle — a
 * hand calculation written in the test, the Python generators (scripts/golden-schedules.py, exact
 * fractions from the catalog's data files; scripts/rng-reference.py, the random generator's outputs), a closed form, a public figure, or a figure the test reads
 * from the catalog's data files itself (not through the model) — out of all tests of a full run. It
 * reads Jest's JSON report (`npx jest --json --outputFile=reports/jest.json`, which `npm run
 * oracle:share` runs first unless given a report) and counts the tests each rule below names.
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
  // Files of the last round, test by test: a title is listed when at least one of the test's numbers is
  // compared with a hand value, a data file read by the test or a closed form (not another call's result).
  ["test/unit/date-argument-edges.test.ts", (_full, title) => /^(month text reads|the year 1900 typed|the number 1900 is|10000 is a serial)/.test(title), "Excel serials by hand"],
  ["test/unit/system-range-shapes.test.ts", (_full, title) => /^(a one-cell reference|a one-row range|each name gives its own system)/.test(title), "hand calculation from GB300's data file"],
  ["test/unit/plan-edges.test.ts", (_full, title) => /^(a header matches|a tranche of one day|a whole number below 1900|9999, the last year|start alone|end alone|shape:|pue:|price_per_system:|gw and system of a deal|a plan of only a licence|to the latest|from = to|a deal row with a probability|rows are drawn independently)/.test(title), "hand calculation (days, serials, catalog figures) and closed forms of the draws"],
  ["test/unit/number-text.test.ts", (_full, title) => /→ -?[\d.]+(e[+-]?\d+)?$/.test(title)
    || /^(lists use|the pane's reproductions|thousands:|pair groups|a decimal mark needs|the typographic minus|a culture's own marks|Excel's separators:|blank items)/.test(title), "readings of numeric text by hand from each culture's conventions (GW.ENERGY rows: the reading × 8,760)"],
  ["test/unit/custom-system.test.ts", (_full, title) => /^(twice the system power|each overridden field|blank rows are skipped|usable by name|field names match)/.test(title), "hand calculation from GB300's data file (some of these tests also compare calls with each other)"],
  ["test/unit/data-type-cards.test.ts", (_full, title) => /^(GB300:|every system's card|OpenAI–AMD|OpenAI–AWS|NVIDIA–Groq|every deal's card)/.test(title), "the catalog's data files read raw by the test; serials by hand"],
  ["test/unit/data-type-values.test.ts", (full, title) => /^which hosts get data types/.test(full)
    || /^(each result kind|money keeps|a formatted number reads|a string or boolean|a card reads as its Key|another add-in's card|data types inside a range)/.test(title), "hand values of the formula table (test/fixtures/formulas.json)"],
  ["test/unit/catalog-figure-gaps.test.ts", (_full, title) => /median availability date/.test(title), "a triangle's median in closed form, serials by hand"],
  ["test/unit/custom-system-range-rows.test.ts", (_full, title) => /^a based_on row names the base/.test(title), "GB300's data file"],
  ["test/unit/argument-reading.test.ts", (_full, title) => /GW\.OPEX\(\[\[1\]\]\)/.test(title), "hand value (README: 7,008,000 MWh × $70)"],
  ["test/unit/controller.test.ts", (_full, title) => /^(an edited scenario is saved|loading publishes the workbook's number culture|a colleague opening|insert commands|scenario prices, system mix|sub-gigawatt|one name key)/.test(title), "hand calculation"],
  ["test/unit/risk-flows.test.ts", (full) => !/prices per system|hardware deal.s spend|plan row's own PUE/.test(full), "hand values from the data files; closed forms of the triangular, Bernoulli and Irwin–Hall draws; a numerical convolution (the price, PUE and hardware-spend tests compare with GW.CAPEX, GW.ACCELERATORS or another scenario, so they do not count)"],
  ["test/unit/risk-streams.test.ts", () => true, "scripts/rng-reference.py's generator outputs and Latin hypercube uniforms, through the triangular quantile's definition"],
  ["test/unit/risk-functions.test.ts", (_full, title) => /F\(GW\.SPEC|√0\.5|completion probability times|probability of 0 removes a deal/.test(title), "closed forms of the triangular and Bernoulli draws; hand values"],
  ["test/unit/catalog-money.test.ts", (_full, title) => /^(OpenAI–NVIDIA: the \$30B|capacity bought as a service|a stalled letter of intent|hand-checked rows)/.test(title), "public figures and hand values"],
  ["test/unit/coerce.test.ts", (_full, title) => /^(numeric text |a fraction of a year|serials follow Excel's 1900)/.test(title), "readings and Excel serials by hand"],
  ["test/unit/ambiguous-names.test.ts", (_full, title) => /^(the issue's other aliases resolve|a scenario pinned to 2026\.11\.0)/.test(title), "hand calculation from the data files"],
  ["test/unit/fresh-runtime-tables.test.ts", (_full, title) => /deal card shows its GW/.test(title), "openai-amd's data file"],
  ["test/unit/sharing.test.ts", (_full, title) => /^(concurrent edits of different scenarios|a co-author's save reaches the functions)/.test(title), "hand calculation"],
  ["test/unit/scenario-publishing.test.ts", (_full, title) => /^results computed with an unchanged scenario/.test(title), "hand calculation"],
  ["test/unit/catalog-changes.test.ts", (_full, title) => /^(hand-picked changes|an overlay version's changes|going backwards|the number of rows equals a naive)/.test(title), "the data files read by hand; a naive diff of the files for the row count"],
  ["test/unit/version-list.test.ts", (_full, title) => /^list TRUE gives every kept version/.test(title), "versions.json and the data folders read by the test; serials by hand"],
  ["test/unit/runner-safety-net.test.ts", (_full, title) => /MI450 as catalog 2026\.11\.0|a money result is a formatted number/.test(title), "hand calculation"],
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
