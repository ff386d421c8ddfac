/**
 * Jest for the mutation run (npm run mutate): one group's tests (bench/mutation/groups.json, the group named by
 * TTX_MUTATE_GROUP, strict when unset), all in-process. LibreOffice, Chromium and nginx suites and tests that start processes are in no
 * group: a mutant lives in the instrumented copy, not in a child process or another program.
 * Transpile-only: Stryker's instrumented code is not type-correct (it adds @ts-nocheck), and the type check is CI's.
 */
const path = require("path");
const base = require("./jest.config.js");
const { compilerOptions } = require("./tsconfig.json");
const { group } = require("./test/support/mutation-group.js");

// LibreOffice's half of the reader tests checks LibreOffice's files, not the reader's code: seconds per run.
process.env.TTX_NO_LIBREOFFICE = "1";

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: group.tests.map((t) => `<rootDir>/${t}`),
  // Loads only the files holding the tests a mutant is run against, and stops at its first failing test.
  testSequencer: path.join(__dirname, "test/support/mutation-sequencer.js"),
  // An absolute path: Stryker loads the environment itself, without Jest's <rootDir>.
  testEnvironment: path.join(__dirname, "test/support/mutation-environment.js"),
  // The project's compiler options, inline, as isolated modules: ts-jest then only transpiles.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { ...compilerOptions, isolatedModules: true } }] },
};
