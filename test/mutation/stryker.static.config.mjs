/**
 * The static pass (`npm run test:mutation:static -- --mutate "<file:lines>"`): module-level code, such as
 * message tables, header lists and the sampler's constant tables, runs once when its module loads. The
 * main run (stryker.config.mjs) runs each mutant against the tests that cover it. A few test files load
 * modules afresh (jest.isolateModules), so that code counts as covered by those files alone, and a
 * mutant in it meets only tests that never read it. The same goes for code behind a cache filled by
 * whichever test draws first (the sampler's vectors). This pass runs each such mutant against every test,
 * with the mutant active from load: the survivors of the main run on those lines are measured again here.
 */
import base, { outputFiles } from "../../stryker.config.mjs";

export default {
  ...base,
  coverageAnalysis: "all",
  ignoreStatic: false,
  ...outputFiles("-static"),
};
