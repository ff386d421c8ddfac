/**
 * The test/support helpers a mutation group's tests import, and those they import in turn (scripts/mutate.mjs adds
 * them to what a group's results depend on: a helper that changes what the tests build changes the results as much
 * as a test does). Pinned by test/build/mutation-support.test.ts.
 */
"use strict";

const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");

/** An import of a helper: "../../support/x" from a test, "./x" from another helper. */
const SUPPORT_IMPORT = /from\s+["'](?:(?:\.\.\/)+support\/|\.\/)([\w.-]+)["']/g;
const EXTENSIONS = [".ts", ".tsx", ".js", ""];

/** The helpers (repository paths, sorted) that `testFiles` (repository paths) reach through imports. */
function supportFiles(root, testFiles) {
  const found = new Set();
  const visit = (file) => {
    const full = path.join(root, file);
    if (!existsSync(full)) return;
    for (const [, name] of readFileSync(full, "utf8").matchAll(SUPPORT_IMPORT)) {
      const helper = EXTENSIONS.map((ext) => `test/support/${name}${ext}`).find((f) => existsSync(path.join(root, f)));
      if (helper && !found.has(helper)) {
        found.add(helper);
        visit(helper);
      }
    }
  };
  testFiles.forEach(visit);
  return [...found].sort();
}

module.exports = { supportFiles };
