/**
 * CONTRIBUTING.md's "Add a function" recipe, followed step by step in a temporary copy of the project:
 * the completeness check (`node scripts/completeness.js`, the same code as completeness.test.ts) names
 * what is still missing after each step and passes only when the declaration, its registration, its
 * German text and its examples all exist; then the README reference (`npm run docs`) shows the function.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
let copy: string;

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "gw-recipe-"));
  for (const item of ["src", "scripts", "test/fixtures", "README.md", "package.json", "tsconfig.json"]) {
    fs.cpSync(path.join(ROOT, item), path.join(copy, item), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

/** Runs a project script in the copy; returns its output and whether it succeeded. */
function run(script: string, ...args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(process.execPath, [script, ...args], { cwd: copy, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

const file = (name: string) => path.join(copy, name);
const edit = (name: string, change: (text: string) => string) => fs.writeFileSync(file(name), change(fs.readFileSync(file(name), "utf8")));

test("adding GW.HALFGW: the check names each missing part until the recipe is complete", () => {
  expect(run("scripts/completeness.js")).toEqual({ ok: true, output: expect.stringContaining("every function is complete") });

  // 1. The declaration, in a family file of its own.
  fs.writeFileSync(file("src/functions/recipe-fixture.ts"), `/** A fixture function added by following CONTRIBUTING.md. */
import { GIGAWATTS as GW_BOUNDS } from "../model/bounds";
import { defineFunction } from "./define";
import { numberParam } from "./params";

export const HALFGW = defineFunction({
  id: "HALFGW",
  description: "Half of a power budget, in GW (a recipe fixture).",
  params: [numberParam("gigawatts", { ...GW_BOUNDS, unit: "GW", description: "Power in GW (≥ 0)." })],
  result: "scalar",
  returns: { kind: "gw", description: "GW." },
  compute: (gigawatts) => gigawatts / 2,
});
`);
  let check = run("scripts/completeness.js");
  expect(check.ok).toBe(false);
  expect(check.output).toContain("HALFGW: declared in src/functions/recipe-fixture.ts but not listed in FUNCTION_DEFS");

  // 1b. Listed in registry.ts: now its German text and its examples are missing.
  edit("src/functions/registry.ts", (t) => t
    .replace('import type { AnyFunctionDef } from "./define";', 'import type { AnyFunctionDef } from "./define";\nimport { HALFGW } from "./recipe-fixture";')
    .replace(/\n\];/, "\n  HALFGW,\n];"));
  check = run("scripts/completeness.js");
  expect(check.ok).toBe(false);
  expect(check.output).not.toContain("not listed in FUNCTION_DEFS");
  expect(check.output).toContain("HALFGW: no translation");
  expect(check.output).toContain("HALFGW(gigawatts): no translation");
  expect(check.output).toContain("HALFGW (returns): no translation");
  expect(check.output).toContain('HALFGW: no example in test/fixtures/formulas.json marked "readme"');

  // 3. German: the template (hashes filled in, texts TODO) is refused until translated.
  const template = JSON.parse(run("scripts/localize-metadata.js", "HALFGW").output) as Record<string, { description: { text: string }; returns: { text: string }; parameters: Record<string, { text: string }> }>;
  const addGerman = (entry: (typeof template)["HALFGW"]) => edit("src/i18n/functions.de.json", (t) => {
    const table = JSON.parse(t);
    table.functions.HALFGW = entry;
    return JSON.stringify(table, null, 1);
  });
  addGerman(template.HALFGW);
  check = run("scripts/completeness.js");
  expect(check.output).toContain("HALFGW: not translated yet (TODO)");
  const german = structuredClone(template.HALFGW);
  german.description.text = "Die Hälfte eines Leistungsbudgets in GW (ein Rezept-Beispiel).";
  german.returns.text = "GW.";
  german.parameters.gigawatts.text = "Leistung in GW (≥ 0).";
  addGerman(german);
  check = run("scripts/completeness.js");
  expect(check.output).not.toMatch(/HALFGW.*translat/);
  expect(check.output).toContain("HALFGW: no example");

  // 4. Examples, with the expected value worked out by hand (3 GW ÷ 2).
  edit("test/fixtures/formulas.json", (t) => {
    const table = JSON.parse(t);
    table.cases.push({ formula: "=GW.HALFGW(3)", expected: 1.5, readme: true, why: "3 GW ÷ 2" });
    return JSON.stringify(table, null, 2);
  });
  check = run("scripts/completeness.js");
  expect(check).toEqual({ ok: true, output: expect.stringContaining("every function is complete") });

  // 5. The one command that regenerates the reference.
  expect(run("scripts/docs.js").ok).toBe(true);
  const readme = fs.readFileSync(file("README.md"), "utf8");
  expect(readme).toContain("### GW.HALFGW(gigawatts)");
  expect(readme).toContain("`=GW.HALFGW(3)` → 1.5 (3 GW ÷ 2)");
}, 120000);
