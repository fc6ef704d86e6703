/** The test files that can see a mutant of src/model or src/functions (see test/mutation/jest.config.js). */
import { readdirSync } from "fs";
import path from "path";

const TEST = path.resolve(__dirname, "..");
const inFolder = (folder: string) =>
  readdirSync(path.join(TEST, folder)).filter((f) => f.endsWith(".test.ts")).sort().map((f) => path.join(TEST, folder, f));

export const MUTATION_TEST_FILES: readonly string[] = [
  ...inFolder("unit"),
  ...inFolder("oracle"),
  ...inFolder("formulas"),
  ...inFolder("fuzz"),
  path.join(TEST, "contract/optional-arguments.test.ts"),
  path.join(TEST, "contract/public-api.test.ts"),
];
