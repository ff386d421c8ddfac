#!/usr/bin/env node
/**
 * npm run mutate: StrykerJS over src/core and the file reader, one run per group of bench/mutation/groups.json (a
 * group's modules against that group's tests: stryker.config.mjs, jest.mutate.config.js), then one table — module,
 * mutants, killed, survived, no coverage, static not run, equivalent (disabled in the code, with a reason), errors
 * (the module could not load with the mutant), score — and the goal judged on it:
 *   - every module at least GOAL % (killed ÷ killed + survived + no coverage; a timeout counts as killed);
 *   - nothing left alive in the strict modules, where a survivor means a figure lost or a formula let in.
 * Each group's results are committed (bench/mutation/<group>.json). A group none of whose modules, tests or
 * mutation settings changed since its results were committed is not run again; one that changed is run
 * incrementally: Stryker reuses the results of unchanged code and tests, and tests only the rest.
 *
 *   npm run mutate                   every group that changed or has no results yet; table; goal
 *   npm run mutate -- --changed      CI: only groups with results that changed; groups never run are listed, not run
 *   npm run mutate -- --group strict one group, whatever changed
 *   npm run mutate -- --table        the committed results only (--markdown: as a Markdown table)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import support from "./mutation-support.js";
import table from "./mutation-table.js";

const { GOAL, moduleRows, goalMisses, formatTable } = table;
const { supportFiles } = support;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MUTATION = "bench/mutation";
/** What every group's results depend on besides its own files (and its own entry in groups.json). */
const SETTINGS = [
  "stryker.config.mjs",
  "jest.mutate.config.js",
  "test/support/mutation-sequencer.js",
  "test/support/mutation-environment.js",
  "test/support/mutation-group.js",
];

const git = (...args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
const resultsFile = (group) => `${MUTATION}/${group}.json`;

/** A group's files as git pathspecs: its modules (with exclusions), its tests, their helpers and the shared settings. */
const pathspecs = (group) => [
  ...group.mutate.map((p) => (p.startsWith("!") ? `:(exclude,glob)${p.slice(1)}` : `:(glob)${p}`)),
  ...group.tests.map((p) => `:(glob)${p}`),
  ...supportFiles(
    ROOT,
    git("ls-files", "--", ...group.tests.map((p) => `:(glob)${p}`))
      .stdout.split("\n")
      .filter(Boolean),
  ),
  ...SETTINGS,
];

/** Files of the group changed since its results were last committed, committed or not; null when it has none. */
function changedSince(name, group) {
  const since = git("log", "-1", "--format=%H", "--", resultsFile(name)).stdout.trim();
  if (!since || !existsSync(path.join(ROOT, resultsFile(name)))) return null;
  const committed = git("diff", "--name-only", since, "HEAD", "--", ...pathspecs(group)).stdout;
  const uncommitted = git("status", "--porcelain", "--", ...pathspecs(group)).stdout;
  // groups.json: only this group's entry counts (another group's tests added there change nothing here).
  const then = git("show", `${since}:${MUTATION}/groups.json`);
  const entry = then.status === 0 ? JSON.parse(then.stdout).groups?.[name] : undefined;
  const ownEntry = JSON.stringify(entry) === JSON.stringify(group) ? [] : [`${MUTATION}/groups.json (${name})`];
  return [...committed.split("\n"), ...uncommitted.split("\n").map((l) => l.slice(3)), ...ownEntry].filter(Boolean);
}

function runGroup(name) {
  console.log(`\n== mutation group ${name}`);
  const run = spawnSync("npx", ["stryker", "run"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, TTX_MUTATE_GROUP: name } });
  if (run.status !== 0) {
    console.error(`Stryker stopped on group ${name} with exit code ${run.status}`);
    process.exit(run.status ?? 1);
  }
}

function main(args) {
  const { groups } = JSON.parse(readFileSync(path.join(ROOT, MUTATION, "groups.json"), "utf8"));
  const only = args.includes("--group") ? args[args.indexOf("--group") + 1] : null;
  if (only && !groups[only]) {
    console.error(`No mutation group "${only}": ${Object.keys(groups).join(", ")}`);
    process.exit(2);
  }
  const tableOnly = args.includes("--table") || args.includes("--markdown");
  const ciMode = args.includes("--changed");
  for (const [name, group] of Object.entries(groups)) {
    if (tableOnly || (only && name !== only)) continue;
    const changed = changedSince(name, group);
    if (only === name) runGroup(name);
    else if (changed === null && ciMode) console.log(`== mutation group ${name}: no results committed yet, not run here`);
    else if (changed === null || changed.length > 0) {
      if (changed) console.log(`== mutation group ${name}: changed since its results — ${changed.join(", ")}`);
      runGroup(name);
    } else console.log(`== mutation group ${name}: unchanged since its results were committed`);
  }
  const withResults = Object.keys(groups).filter((g) => existsSync(path.join(ROOT, resultsFile(g))));
  const notRun = Object.keys(groups).filter((g) => !withResults.includes(g));
  const rows = withResults
    .flatMap((g) => moduleRows(JSON.parse(readFileSync(path.join(ROOT, resultsFile(g)), "utf8"))))
    .sort((a, b) => a.module.localeCompare(b.module));
  console.log(`\n${formatTable(rows, notRun, args.includes("--markdown"))}`);
  const misses = goalMisses(rows);
  if (misses.length > 0) {
    console.error(`\nMutation goal missed (every module ≥ ${GOAL}%, strict modules with none alive):\n  ${misses.join("\n  ")}`);
    process.exit(1);
  }
  const pending = notRun.length > 0 ? ` (groups not run yet: ${notRun.join(", ")})` : "";
  console.log(`\nMutation goal met: every module ≥ ${GOAL}%, strict modules with none alive${pending}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
