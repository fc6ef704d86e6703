/**
 * The one test file a mutation run executes: it loads every test file that can see a mutant of
 * src/model or src/functions, each inside a describe block named after it. Jest gives each test file
 * its own module registry, so with the files run separately every mutant paid for loading the model
 * and both catalog versions ~30 times (about 9 s, most of a mutant's run); loaded together they pay once.
 * No test file in this set mocks modules or resets the registry, and each starts from a fresh
 * runtime's state (freshRuntime), so sharing one registry changes nothing they assert: the same tests
 * pass here as in `npm test`.
 */
import path from "path";
// Every module the functions Excel calls load, loaded before any test: their module-level code (the
// declarations, card labels, number formats, the runtime guard) then runs outside every test, so Stryker
// classes its mutants as static (ignoreStatic, stryker.config.mjs) for all modules alike. Loaded lazily,
// that code was attributed to whichever test first required it, and Stryker ran only that test against
// its mutants: a card label mutated was "survived" although the card tests fail on it.
import "../../src/functions/functions";
// The same for the pane's scenario store, whose message table (scenario-text.ts) the functions never load:
// its texts were attributed to the first test that read one, and only that test ran against them.
import "../../src/model/scenario-merge";
// And the sampler the Monte Carlo estimates use (loaded lazily by the functions): its tables, such as the
// run shares of each ramp shape, were attributed to the first test that drew a sample.
import "../../src/model/risk/sample";
import { MUTATION_TEST_FILES } from "./test-files";
import { publishNumberCulture } from "../../src/functions/coerce";
import { publishScenarios } from "../../src/functions/scenarios";
import { resetDataTypeSupport } from "../../src/functions/cell-values";
import { setMessages } from "../../src/i18n/messages";
import { MESSAGES_EN } from "../../src/i18n/messages.en";

/** What a fresh runtime starts with: each file then sees the state it would see run on its own. */
function freshRuntime(): void {
  publishNumberCulture(undefined);
  publishScenarios([]);
  resetDataTypeSupport();
  setMessages(MESSAGES_EN);
}

for (const file of MUTATION_TEST_FILES) {
  describe(path.relative(path.resolve(__dirname, ".."), file), () => {
    beforeAll(freshRuntime);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  });
}
