/** The README's function reference is generated from functions.json and the formula table: never stale. */
import fs from "fs";
import path from "path";
import fixture from "../fixtures/formulas.json";
import { readMetadata } from "../helpers/bundle";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expectedReadme } = require("../../scripts/docs");

test("README.md's function reference is up to date (run `npm run docs` after changing a function)", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  expect(readme).toBe(expectedReadme(readme, readMetadata(), fixture));
});

test("every function has at least one README example from the formula table", () => {
  for (const f of readMetadata().functions) {
    expect({ id: f.id, examples: fixture.cases.filter((c) => c.readme && c.formula.startsWith(`=GW.${f.id}(`)).length > 0 }).toEqual({ id: f.id, examples: true });
  }
});
