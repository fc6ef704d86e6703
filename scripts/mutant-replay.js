#!/usr/bin/env node
/**
 * `npm run mutation:replay -- <report.json> <src file> [--tests a.test.ts,b.test.ts] [-t "name pattern"] [--lines 40-80] [--all]`
 *
 * Puts each surviving (or uncovered) mutant of one file from a Stryker JSON report back into the source,
 * one at a time, runs tests against it and restores the file: KILLED or SURVIVED per mutant, in seconds
 * per mutant instead of a Stryker run. Use it while writing the test that kills a survivor; Stryker's
 * own run (`npm run test:mutation`) is still what the README's score counts.
 *
 * The mutant is found by its original lines, so it still applies when code above it moved since the
 * report. Tests run as a mutation run runs them (test/mutation/jest.config.js: the functions Excel calls
 * from the source realm, transpiled without type checks, stopping at the first failure); without
 * --tests, the whole mutation suite runs. --all replays killed mutants too.
 *
 * Never edit the file while it runs: it stops if the file changes under it, and stopping its tests
 * (Ctrl-C) restores the file and ends the run.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const [reportPath, file] = args;
if (!reportPath || !file) {
  console.error("usage: npm run mutation:replay -- <report.json> <src file> [--tests a,b] [-t pattern] [--lines 40-80] [--all]");
  process.exit(2);
}

const report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
const entry = Object.entries(report.files).find(([name]) => path.resolve(ROOT, name) === path.resolve(ROOT, file));
if (entry === undefined) {
  console.error(`${file} is not in ${reportPath}`);
  process.exit(2);
}
const [, measured] = entry;
const [low, high] = option("--lines") ? option("--lines").split("-").map(Number) : [0, Infinity];
const absolute = path.resolve(ROOT, file);
const pristine = fs.readFileSync(absolute, "utf8");
const current = pristine.split("\n");
const original = measured.source.split("\n");

/** Where the mutant's original lines are now: the nearest match to where they were. */
function findLines(start, count) {
  const span = original.slice(start - 1, start - 1 + count);
  for (let d = 0; d < current.length; d++) {
    for (const at of [start - 1 + d, start - 1 - d]) {
      if (at >= 0 && at + count <= current.length && span.every((line, i) => current[at + i] === line)) return at;
    }
  }
  return -1;
}

function mutated(mutant, at) {
  const { start, end } = mutant.location;
  const span = original.slice(start.line - 1, end.line).join("\n");
  const lastLine = original[end.line - 1];
  const endOffset = span.length - lastLine.length + (end.column - 1);
  const text = span.slice(0, start.column - 1) + mutant.replacement + span.slice(endOffset);
  return [...current.slice(0, at), text, ...current.slice(at + end.line - start.line + 1)].join("\n");
}

const jestArgs = ["jest", "-c", "test/mutation/jest.config.js", "--silent"];
if (option("--tests")) jestArgs.push("--testMatch", ...option("--tests").split(",").map((t) => `<rootDir>/${t}`));
if (option("-t")) jestArgs.push("-t", option("-t"));

const counts = { killed: 0, survived: 0, moved: 0 };
for (const mutant of measured.mutants) {
  if (!args.includes("--all") && mutant.status !== "Survived" && mutant.status !== "NoCoverage") continue;
  const { start, end } = mutant.location;
  if (start.line < low || start.line > high) continue;
  const label = `${file}:${start.line}:${start.column} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? "")}`;
  const at = findLines(start.line, end.line - start.line + 1);
  if (at < 0) {
    console.log(`CHANGED  ${label} (its code is no longer in the file)`);
    counts.moved++;
    continue;
  }
  if (fs.readFileSync(absolute, "utf8") !== pristine) {
    console.error(`${file} changed while this ran: stopped.`);
    process.exit(3);
  }
  fs.writeFileSync(absolute, mutated(mutant, at));
  let run;
  try {
    run = spawnSync("npx", jestArgs, { cwd: ROOT, encoding: "utf8", env: { ...process.env, GIGAWATT_REGISTERED: "src", GIGAWATT_MUTATION: "1" } });
  } finally {
    fs.writeFileSync(absolute, pristine);
  }
  if (run.signal) {
    console.error(`Tests stopped (${run.signal}): ${file} restored, run ended.`);
    process.exit(130);
  }
  const killed = run.status !== 0;
  counts[killed ? "killed" : "survived"]++;
  console.log(`${killed ? "KILLED  " : "SURVIVED"} ${label}${at + 1 !== start.line ? ` (now line ${at + 1})` : ""}`);
}
console.log(`\nkilled ${counts.killed}, survived ${counts.survived}, no longer in the file ${counts.moved}`);
