/**
 * What a mutation group's results depend on besides its tests (scripts/mutation-support.js): the helpers its tests
 * import, followed through helpers that import helpers, on this repository's own files.
 */
import path from "node:path";

// A CommonJS script (node runs it as is); typed here by hand.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { supportFiles } = require("../../scripts/mutation-support.js") as { supportFiles: (root: string, tests: string[]) => string[] };

const ROOT = path.resolve(__dirname, "../..");

describe("supportFiles", () => {
  it("finds the helpers a test imports from test/support", () => {
    expect(supportFiles(ROOT, ["test/core/templates/spec-schema-values.test.ts"])).toEqual([
      "test/support/schema-issues.ts",
      "test/support/template-meta.ts",
    ]);
  });

  it("follows a helper into the helpers it imports, and names each once", () => {
    // cases.test.ts imports load-workbook and template-v1; only load-workbook imports fake-excel.
    expect(supportFiles(ROOT, ["test/world/cases.test.ts"])).toEqual([
      "test/support/fake-excel.ts",
      "test/support/load-workbook.ts",
      "test/support/template-v1.ts",
    ]);
    expect(supportFiles(ROOT, ["test/world/cases.test.ts", "test/excel/consolidation-writer.test.ts"])).toHaveLength(3);
  });

  it("finds none for a test with no helper, and skips a file that is not there", () => {
    expect(supportFiles(ROOT, ["test/build/mutation-table.test.ts", "test/nowhere.test.ts"])).toEqual([]);
  });
});
