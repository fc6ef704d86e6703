/**
 * `npm run mutation:score`: the mutation score of the last `npm run test:mutation` run(s), per folder,
 * from Stryker's JSON report(s) (reports/mutation/*.json other than incremental files), and every
 * surviving or uncovered mutant that test/mutation/EQUIVALENT.md does not explain. Several reports
 * (runs narrowed with --mutate, one part of the code each) are combined; a mutant reported twice counts
 * once, its latest report winning; a file measured again on changed source keeps only its newest
 * results, and files whose source has changed since they were measured are named. Exits 1 when a
 * survivor is unexplained, so the claim "no unexplained survivors" is checked, not asserted.
 *
 * Score = detected / (detected + undetected), as Stryker counts it: detected = killed + timed out,
 * undetected = survived + no coverage. Mutants the TypeScript checker rejects (compile errors) and
 * static mutants skipped by ignoreStatic are reported, not scored.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const REPORTS = path.join(ROOT, "reports/mutation");
const EQUIVALENT = path.join(ROOT, "test/mutation/EQUIVALENT.md");

/** The reports, oldest first (by when each was written), so a later run's result for a mutant wins. */
function reportFiles(args) {
  const byAge = (files) => files.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
  // Reports named on the command line are ordered by age too: a shell glob lists them by name, and
  // part-P2.json would then be read before an older part-S1.json and lose to it.
  if (args.length > 0) return byAge(args.map((a) => path.resolve(a)));
  if (!fs.existsSync(REPORTS)) return [];
  return byAge(fs.readdirSync(REPORTS).filter((f) => f.endsWith(".json") && !f.includes("incremental")).map((f) => path.join(REPORTS, f)));
}

/** "file:line:column mutator" of every mutant EQUIVALENT.md lists (lines like "- `src/x.ts:12:5` Mutator → ..."). */
function explained() {
  const text = fs.existsSync(EQUIVALENT) ? fs.readFileSync(EQUIVALENT, "utf8") : "";
  const keys = new Set();
  for (const match of text.matchAll(/^- `([^`]+:\d+:\d+)` (\w+)/gm)) keys.add(`${match[1]} ${match[2]}`);
  return keys;
}

function folderOf(file) {
  return file.startsWith("src/model/") ? "src/model" : file.startsWith("src/functions/") ? "src/functions" : path.dirname(file);
}

function main() {
  const files = reportFiles(process.argv.slice(2));
  if (files.length === 0) {
    console.error("No Stryker report in reports/mutation/: run `npm run test:mutation` first.");
    process.exit(2);
  }
  const mutants = new Map();
  // A file measured again on changed source: the results measured on its older source no longer count.
  const measuredSource = new Map();
  for (const file of files) {
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const [name, entry] of Object.entries(report.files)) {
      const rel = path.relative(ROOT, path.resolve(ROOT, name)).split(path.sep).join("/");
      if (measuredSource.has(rel) && measuredSource.get(rel) !== entry.source) {
        for (const [key, m] of mutants) if (m.file === rel) mutants.delete(key);
      }
      measuredSource.set(rel, entry.source);
      for (const m of entry.mutants) {
        const { start, end } = m.location;
        const key = `${rel}:${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement ?? ""}`;
        mutants.set(key, { ...m, file: rel });
      }
    }
  }
  // Results of code that has changed since: say so, they may no longer hold.
  const stale = [...measuredSource].filter(([rel, source]) => !fs.existsSync(path.join(ROOT, rel)) || fs.readFileSync(path.join(ROOT, rel), "utf8") !== source).map(([rel]) => rel);
  if (stale.length > 0) console.log(`Measured on older source (rerun them): ${stale.join(", ")}`);
  const equivalent = explained();
  const rows = new Map();
  const unexplained = [];
  // A time-out where EQUIVALENT.md explains a mutant at the same place is most likely that equivalent mutant
  // run slowly on loaded cores, not a detection: it inflates the score until measured again.
  const suspectTimeouts = [];
  let equivalentCount = 0;
  for (const m of mutants.values()) {
    const folder = folderOf(m.file);
    const row = rows.get(folder) ?? { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, Ignored: 0, RuntimeError: 0 };
    row[m.status] = (row[m.status] ?? 0) + 1;
    rows.set(folder, row);
    const id = `${m.file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}`;
    if (m.status === "Timeout" && equivalent.has(id)) suspectTimeouts.push(`${id} → ${JSON.stringify(m.replacement ?? "")}`);
    if (m.status === "Survived" || m.status === "NoCoverage") {
      if (equivalent.has(id)) equivalentCount++;
      else unexplained.push(`${id} → ${JSON.stringify(m.replacement ?? "")} (${m.status})`);
    }
  }
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, Ignored: 0, RuntimeError: 0 };
  console.log(`Reports: ${files.map((f) => path.relative(ROOT, f)).join(", ")}`);
  console.log("Folder          score   killed timeout survived no-cov  compile-err ignored");
  const line = (name, r) => {
    const detected = r.Killed + r.Timeout;
    const undetected = r.Survived + r.NoCoverage;
    const score = detected + undetected === 0 ? "n/a" : `${((100 * detected) / (detected + undetected)).toFixed(1)}%`;
    console.log(`${name.padEnd(15)} ${score.padStart(6)} ${String(r.Killed).padStart(8)} ${String(r.Timeout).padStart(7)} ${String(r.Survived).padStart(8)} ${String(r.NoCoverage).padStart(6)} ${String(r.CompileError).padStart(12)} ${String(r.Ignored).padStart(7)}`);
  };
  for (const [folder, r] of [...rows].sort()) {
    line(folder, r);
    for (const k of Object.keys(total)) total[k] += r[k] ?? 0;
  }
  line("all", total);
  console.log(`Survivors explained in test/mutation/EQUIVALENT.md: ${equivalentCount}; unexplained: ${unexplained.length}`);
  for (const u of unexplained) console.log(`  ${u}`);
  if (suspectTimeouts.length > 0) {
    console.log(`Time-outs where EQUIVALENT.md explains a mutant (rerun them with a longer limit, e.g. the static pass): ${suspectTimeouts.length}`);
    for (const t of suspectTimeouts) console.log(`  ${t}`);
  }
  process.exit(unexplained.length > 0 ? 1 : 0);
}

main();
