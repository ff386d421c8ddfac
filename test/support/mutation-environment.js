/**
 * Jest's node environment for the mutation run (jest.mutate.config.js), stopping at a mutant's first failing test.
 * One failure kills the mutant; Stryker cannot ask Jest to bail (jest#11766), so every other test that reached it
 * would still run. Here, once a test fails while a mutant is active, the tests after it are skipped, in that file and
 * in the next files of the same run (this module stays loaded across the files of an in-band run). Outside a mutant
 * run (no active mutant), nothing changes.
 */
const { TestEnvironment } = require("jest-environment-node");

const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";
/** The mutant a test has failed for, if any. */
let failedFor;

class MutationEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    if (event.name === "test_start" && failedFor === mutant) event.test.mode = "skip";
    if (event.name === "test_done" && event.test.errors.length > 0) failedFor = mutant;
  }
}

module.exports = MutationEnvironment;
