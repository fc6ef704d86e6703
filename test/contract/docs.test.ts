/** The README's function reference is generated from the declarations and the formula table: never stale. */
import fs from "fs";
import path from "path";
import fixture from "../fixtures/formulas.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { expectedReadme } = require("../../scripts/docs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadDeclarations } = require("../../scripts/declarations");

test("README.md's function reference is up to date (run `npm run docs` after changing a function)", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  expect(readme).toBe(expectedReadme(readme, loadDeclarations(), fixture));
});
