/**
 * Mutation testing (npm run mutate: scripts/mutate.mjs runs one Stryker run per group of bench/mutation/groups.json,
 * prints the table and judges the goal). StrykerJS 9.6 — 10.x needs Node 22 — with its jest runner.
 *
 * - A group's modules run against the group's tests only (jest.mutate.config.js), and with perTest coverage each
 *   mutant runs only the tests that reached it.
 * - Static mutants (reached while modules load or tests are collected, before any test starts) would each re-run the
 *   group's whole test set: run for the small groups, counted as "static, not run" for the others.
 * - No TypeScript checker: it took most of the two cores for ~5 mutants a minute.
 * - Incremental: results of unchanged code and tests are reused from bench/mutation/<group>.json (committed).
 */
import { createRequire } from "node:module";

// The group scripts/mutate.mjs names (TTX_MUTATE_GROUP), strict when none is: one loader for both configurations.
const { name, group } = createRequire(import.meta.url)("./test/support/mutation-group.js");

export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { configFile: "jest.mutate.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  mutate: group.mutate,
  ignoreStatic: group.staticMutants === "ignore",
  checkers: [],
  concurrency: 2,
  incremental: true,
  incrementalFile: `bench/mutation/${name}.json`,
  reporters: ["json", "progress-append-only"],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 5000,
  tempDirName: ".stryker-tmp",
  // Anchored at the root: an unanchored "build" also left out test/build (the function metadata test).
  ignorePatterns: ["/dist", "/build", "/docs", "/reports", "/bench/*.js", "/bench/support", "/assets", "/.ci-jest.json", "/deploy"],
  cleanTempDir: "always",
  warnings: { slow: false },
};
