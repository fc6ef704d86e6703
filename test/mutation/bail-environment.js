/**
 * Jest's node environment, stopping at the first failure. In a mutation run one failing test kills
 * the mutant, and all tests sit in one file (test/mutation/all-tests.test.ts), where Jest's own `bail`
 * cannot stop them: after a failure each later test is marked skipped as it starts (jest-circus checks
 * the mode after dispatching test_start). A surviving mutant still runs every test that covers it.
 * A failed beforeAll hook is a failure too: jest-circus gives its error to every test in its describe
 * block, and those tests still run (and fail); only tests without an error are skipped. Skipping them
 * as well turned a mutant that breaks a beforeAll into "survived" with no test run.
 * Only the mutation run uses this environment (test/mutation/jest.config.js).
 */
const { TestEnvironment } = require("jest-environment-node");

class BailOnFirstFailure extends TestEnvironment {
  failed = false;

  async handleTestEvent(event) {
    if (event.name === "test_fn_failure" || event.name === "hook_failure") this.failed = true;
    else if (event.name === "test_start" && this.failed && event.test.errors.length === 0) event.test.mode = "skip";
  }
}

module.exports = BailOnFirstFailure;
