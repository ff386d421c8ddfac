/**
 * The mutation table and goal (scripts/mutation-table.js, printed by npm run mutate): scores per module from
 * Stryker's report, timeouts counted as killed, static mutants outside the score, and the strict modules failing on
 * any mutant not killed.
 */
interface Row {
  module: string;
  mutants: number;
  killed: number;
  survived: number;
  noCoverage: number;
  staticOnly: number;
  disabled: number;
  errors: number;
  score: number | null;
}
// A CommonJS script (node runs it as is); typed here by hand.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const table = require("../../scripts/mutation-table.js") as {
  GOAL: number;
  STRICT: string[];
  moduleRows: (report: { files: Record<string, { mutants: { status: string }[] }> }) => Row[];
  goalMisses: (rows: Row[]) => string[];
  formatTable: (rows: Row[], notRun: string[], markdown?: boolean) => string;
};

const STATIC = 'Static mutant (and "ignoreStatic" was enabled)';
const mutants = (counts: Record<string, number>, statusReason = STATIC) =>
  Object.entries(counts).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status, statusReason })));

describe("mutation table", () => {
  const report = {
    files: {
      "src/core/plan/judge.ts": { mutants: mutants({ Killed: 80, Timeout: 5, Survived: 10, NoCoverage: 5, Ignored: 7, RuntimeError: 3 }) },
      "src/core/cells/values.ts": { mutants: [...mutants({ Killed: 99, Ignored: 1 }), ...mutants({ Ignored: 2 }, "the groups always match")] },
      "src/core/plan/org.ts": { mutants: mutants({ Ignored: 4 }) },
    },
  };

  it("scores killed and timed out against killed, survived and untested", () => {
    const [judge, values, org] = table.moduleRows(report);
    expect(judge).toEqual({
      module: "src/core/plan/judge.ts",
      mutants: 110,
      killed: 85,
      survived: 10,
      noCoverage: 5,
      staticOnly: 7,
      disabled: 0,
      errors: 3,
      score: 85,
    });
    expect(values).toEqual({
      module: "src/core/cells/values.ts",
      mutants: 102,
      killed: 99,
      survived: 0,
      noCoverage: 0,
      staticOnly: 1,
      disabled: 2,
      errors: 0,
      score: 100,
    });
    // Every mutant static and not run: not measured, never "100%".
    expect(org!.score).toBeNull();
    const disabledOnly = table.moduleRows({ files: { "a.ts": { mutants: mutants({ Ignored: 2 }, "equivalent: why") } } });
    expect(disabledOnly[0]!.score).toBe(100);
  });

  it("misses the goal under 85%, or with any mutant not killed in a strict module", () => {
    expect(table.GOAL).toBe(85);
    expect(table.STRICT).toContain("src/core/cells/values.ts");
    const rows = table.moduleRows(report);
    expect(table.goalMisses(rows)).toEqual([
      "src/core/cells/values.ts: 1 mutant(s) not killed in a strict module",
      "src/core/plan/org.ts: not measured (its 4 mutants are static, not run)",
    ]);
    const below = rows.map((r) => (r.module.endsWith("judge.ts") ? { ...r, killed: 84, score: 84.8 } : r));
    expect(table.goalMisses(below)).toContain("src/core/plan/judge.ts: 84.8% < 85%");
    expect(table.goalMisses(rows.filter((r) => r.module.endsWith("judge.ts")))).toEqual([]);
  });

  it("prints one line per module, the groups not run, and the total", () => {
    const text = table.formatTable(table.moduleRows(report), ["reader"]);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^module\s+mutants\s+killed\s+survived\s+no coverage\s+static, not run\s+equivalent\s+errors\s+score$/);
    expect(lines).toHaveLength(2 + 3 + 1 + 1);
    expect(lines[2]).toMatch(/^src\/core\/plan\/judge\.ts\s+110\s+85\s+10\s+5\s+7\s+0\s+3\s+85\.0%$/);
    expect(lines[3]).toMatch(/^src\/core\/cells\/values\.ts \(strict\)\s+102\s+99\s+0\s+0\s+1\s+2\s+0\s+100\.0%$/);
    expect(lines[4]).toMatch(/^src\/core\/plan\/org\.ts\s+4\s+0\s+0\s+0\s+4\s+0\s+0\s+not measured$/);
    expect(lines[5]).toMatch(/^reader \(group not run yet\)/);
    expect(lines[6]).toMatch(/^all\s+216\s+184\s+10\s+5\s+12\s+2\s+3\s+92\.5%$/);
    const markdown = table.formatTable(table.moduleRows(report), [], true).split("\n");
    expect(markdown[1]).toBe("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    expect(markdown[2]).toBe("| src/core/plan/judge.ts | 110 | 85 | 10 | 5 | 7 | 0 | 3 | 85.0% |");
  });
});
