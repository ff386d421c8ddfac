/**
 * Jest's test sequencer for the mutation run (jest.mutate.config.js). Stryker runs each mutant with a test-name
 * pattern of the tests that reached it, and Jest would still load and collect every test file of the group to find
 * them: most of a mutant's time. The run without a pattern (Stryker's first, whole run) records which file holds
 * which test, and how long each file took; a run with a pattern then loads only the files holding a matching test,
 * the quickest first: a mutant stops at its first failing test (mutation-environment.js), so a fast file that kills
 * it spares the slow ones (Jest's own order puts the slowest first). A name not recorded keeps every file, as Jest
 * would.
 */
const { existsSync, readFileSync, writeFileSync } = require("fs");
const path = require("path");
const Sequencer = require("@jest/test-sequencer").default;

const mapFile = (globalConfig) => path.join(globalConfig.rootDir, ".mutation-test-files.json");

class MutationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options.globalConfig;
  }

  sort(tests) {
    const pattern = this.globalConfig.testNamePattern;
    const file = mapFile(this.globalConfig);
    if (!pattern || !existsSync(file)) return super.sort(tests);
    const { filesByName, durations } = JSON.parse(readFileSync(file, "utf8"));
    const matcher = new RegExp(pattern, "i");
    const wanted = new Set();
    for (const [name, files] of Object.entries(filesByName)) if (matcher.test(name)) files.forEach((f) => wanted.add(f));
    if (wanted.size === 0) return super.sort(tests);
    const took = (t) => durations[t.path] ?? Infinity;
    return tests.filter((t) => wanted.has(t.path)).sort((a, b) => took(a) - took(b));
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    if (this.globalConfig.testNamePattern) return;
    const filesByName = {};
    const durations = {};
    for (const suite of results.testResults) {
      durations[suite.testFilePath] = suite.perfStats.end - suite.perfStats.start;
      for (const test of suite.testResults) (filesByName[test.fullName] ??= []).push(suite.testFilePath);
    }
    writeFileSync(mapFile(this.globalConfig), JSON.stringify({ filesByName, durations }));
  }
}

module.exports = MutationSequencer;
