/**
 * Adding a function is four parts (CONTRIBUTING.md, "Add a function"): its declaration, registered in
 * registry.ts; its model code; its German text; its examples in the formula table. This fails, naming
 * the function and the part, when any of them is missing.
 */
import fs from "fs";
import path from "path";
import fixture from "../fixtures/formulas.json";
import germanTable from "../../src/i18n/functions.de.json";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import type { AnyFunctionDef } from "../../src/functions/define";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localize-metadata");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadDeclarations } = require("../../scripts/declarations");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { completenessProblems } = require("../../scripts/completeness");

const FUNCTIONS_DIR = path.resolve(__dirname, "../../src/functions");

/** Every defineFunction(...) exported by a file in src/functions, found by loading the files. */
function declaredEverywhere(): AnyFunctionDef[] {
  const found: AnyFunctionDef[] = [];
  for (const file of fs.readdirSync(FUNCTIONS_DIR).filter((f) => f.endsWith(".ts"))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(FUNCTIONS_DIR, file)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      const def = value as Partial<AnyFunctionDef>;
      if (typeof def === "object" && def !== null && typeof def.id === "string" && typeof def.compute === "function" && Array.isArray(def.params)) found.push(def as AnyFunctionDef);
    }
  }
  return found;
}

test("every declared function is registered in registry.ts, once", () => {
  const registered = new Set(FUNCTION_DEFS);
  expect(declaredEverywhere().filter((d) => !registered.has(d)).map((d) => d.id)).toEqual([]);
  const ids = FUNCTION_DEFS.map((d) => d.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test("every function has its declaration, German text and examples complete", () => {
  expect(completenessProblems(loadDeclarations(), germanTable, fixture)).toEqual([]);
});

test("the check names what is missing", () => {
  const declarations = loadDeclarations();
  const broken = JSON.parse(JSON.stringify(germanTable));
  delete broken.functions.CAPEX.returns;
  const cases = fixture.cases.filter((c) => !c.formula.startsWith("=GW.OPEX("));
  expect(completenessProblems(declarations, broken, { cases })).toEqual(expect.arrayContaining([
    "CAPEX (returns): no translation",
    "OPEX: no example in test/fixtures/formulas.json marked \"readme\"",
  ]));
  expect(localizeMetadata(declarations.metadata(), broken, declarations.reference).problems).toContain("CAPEX (returns): no translation");
});
