/**
 * The mutation table and its goal (scripts/mutate.mjs prints and judges them; test/build/mutation-table.test.ts pins
 * them): one row per module of Stryker's mutation-testing reports.
 */
"use strict";

const GOAL = 85;

/** Text safety, number/date parsing and the plan fingerprint: no mutant may live (nor go untested). */
const STRICT = [
  "src/core/text/safe-cell.ts",
  "src/core/text/shown.ts",
  "src/core/cells/values.ts",
  "src/core/functions/coerce.ts",
  "src/core/consolidation/plan-cells.ts",
  "src/core/templates/plan-hash.ts",
];

const KILLED = new Set(["Killed", "Timeout"]);
/** The test run could not start with the mutant (it broke a module as it loaded): Stryker leaves it out of the score. */
const ERRORS = new Set(["RuntimeError", "CompileError"]);
/** Stryker's reason for a static mutant it did not run; any other ignored mutant was disabled in the code, with a reason. */
const isStatic = (m) => m.status === "Ignored" && /^Static mutant/.test(m.statusReason ?? "");

/**
 * Killed ÷ judged, in %. Nothing judged: 100 when nothing was left to judge (every mutant disabled or breaking the
 * module as it loads), null — not measured — when static mutants were left unrun: a module whose code all runs as
 * it loads (a table of definitions) is not "100%" for that.
 */
const scoreOf = (killed, judged, staticOnly) => (judged > 0 ? (100 * killed) / judged : staticOnly > 0 ? null : 100);

/** One row per mutated file of a mutation-testing report (a group's results file is one). */
function moduleRows(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    const killed = mutants.filter((m) => KILLED.has(m.status)).length;
    const staticOnly = mutants.filter(isStatic).length;
    const survived = count("Survived");
    const noCoverage = count("NoCoverage");
    const judged = killed + survived + noCoverage;
    return {
      module: file.replace(/\\/g, "/"),
      mutants: mutants.length,
      killed,
      survived,
      noCoverage,
      staticOnly,
      disabled: count("Ignored") - staticOnly,
      errors: mutants.filter((m) => ERRORS.has(m.status)).length,
      score: scoreOf(killed, judged, staticOnly),
    };
  });
}

/** What misses the goal, one line per module; empty when the goal is met. */
function goalMisses(rows) {
  return rows.flatMap((r) => {
    const alive = r.survived + r.noCoverage + r.staticOnly;
    if (STRICT.includes(r.module) && alive > 0) return [`${r.module}: ${alive} mutant(s) not killed in a strict module`];
    if (r.score === null) return [`${r.module}: not measured (its ${r.staticOnly} mutants are static, not run)`];
    return r.score < GOAL ? [`${r.module}: ${r.score.toFixed(1)}% < ${GOAL}%`] : [];
  });
}

const HEADERS = ["module", "mutants", "killed", "survived", "no coverage", "static, not run", "equivalent", "errors", "score"];

function cellsOf(r) {
  const name = STRICT.includes(r.module) ? `${r.module} (strict)` : r.module;
  const score = r.score === null ? "not measured" : `${r.score.toFixed(1)}%`;
  return [name, r.mutants, r.killed, r.survived, r.noCoverage, r.staticOnly, r.disabled, r.errors, score].map(String);
}

function totalOf(rows) {
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  const judged = sum("killed") + sum("survived") + sum("noCoverage");
  return {
    module: "all",
    ...Object.fromEntries(["mutants", "killed", "survived", "noCoverage", "staticOnly", "disabled", "errors"].map((k) => [k, sum(k)])),
    score: scoreOf(sum("killed"), judged, sum("staticOnly")),
  };
}

function formatTable(rows, notRun, markdown = false) {
  const lines = [
    ...rows.map(cellsOf),
    ...notRun.map((g) => [`${g} (group not run yet)`, ...HEADERS.slice(1).map(() => "")]),
    cellsOf(totalOf(rows)),
  ];
  if (markdown) {
    const row = (cells) => `| ${cells.join(" | ")} |`;
    return [row(HEADERS), row(HEADERS.map((_, i) => (i === 0 ? "---" : "---:"))), ...lines.map(row)].join("\n");
  }
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [row(HEADERS), row(widths.map((w) => "-".repeat(w))), ...lines.map(row)].join("\n");
}

module.exports = { GOAL, STRICT, moduleRows, goalMisses, formatTable };
