/**
 * What a function needs besides its model code, checked in one place (test/contract/completeness.test.ts
 * runs it; CONTRIBUTING.md's "Add a function" lists the same parts): a described declaration whose
 * numbers have bounds and whose choices list their values, a current German translation of every text,
 * and at least one example in the formula table marked `readme` that returns a value.
 */
const { localizeMetadata } = require("./localize-metadata");

function completenessProblems(declarations, germanTable, fixture) {
  const problems = [];
  for (const [id, file] of declarations.unregistered ?? []) problems.push(`${id}: declared in ${file} but not listed in FUNCTION_DEFS (src/functions/registry.ts)`);
  const metadata = declarations.metadata();
  metadata.functions.forEach((f, i) => {
    const ref = declarations.reference[i];
    if ((f.description ?? "").length < 10) problems.push(`${f.id}: no description`);
    if ((ref.returns.description ?? "").length < 3) problems.push(`${f.id}: no returns description`);
    f.parameters.forEach((p, j) => {
      const r = ref.parameters[j];
      if ((p.description ?? "").length < 5) problems.push(`${f.id}(${p.name}): no description`);
      if (r.kind === "number" && (r.min === undefined || r.max === undefined)) problems.push(`${f.id}(${p.name}): a number without bounds (take them from src/model/bounds.ts)`);
      if (r.kind === "choice" && !(r.allowed?.length > 0)) problems.push(`${f.id}(${p.name}): a choice without allowed values`);
    });
    const examples = fixture.cases.filter((c) => c.formula.startsWith(`=GW.${f.id}(`));
    if (!examples.some((c) => c.readme)) problems.push(`${f.id}: no example in test/fixtures/formulas.json marked "readme"`);
    if (!examples.some((c) => c.error === undefined)) problems.push(`${f.id}: no example in test/fixtures/formulas.json that returns a value`);
  });
  problems.push(...localizeMetadata(metadata, germanTable, declarations.reference).problems);
  return problems;
}

module.exports = { completenessProblems };

if (require.main === module) {
  // node scripts/completeness.js: what every function still lacks (CONTRIBUTING.md, "Add a function").
  const fs = require("fs");
  const path = require("path");
  const root = path.resolve(__dirname, "..");
  const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  const problems = completenessProblems(require("./declarations").loadDeclarations(), read("src/i18n/functions.de.json"), read("test/fixtures/formulas.json"));
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? "every function is complete" : `${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
