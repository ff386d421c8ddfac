/**
 * `npm run bench`: runs every goal, prints one table of ratios against baselines measured in the same run, and
 * exits non-zero when a goal is missed. `--only <text>` runs the goals whose name contains it. `--quick` (CI) runs
 * small sizes and only proves the benchmarks work:
 * thresholds are judged on full runs, since CI machines are noisy.
 */
import { consolidationVsParse } from "./goals/consolidation-vs-parse";
import { functionsVsNative } from "./goals/functions-vs-native";
import { meetsGoal, type Goal, type GoalResult } from "./harness";
import { peakMemory } from "./goals/peak-memory";
import { syncCounts } from "./goals/syncs";
import { bundleSizes } from "./goals/bundle-size";

const GOALS: Goal[] = [syncCounts, bundleSizes, functionsVsNative, consolidationVsParse, peakMemory];

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

async function main(): Promise<number> {
  const quick = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
  // `--only consolidation` runs the goals whose name contains that text (to re-measure one goal alone).
  const only = process.argv[process.argv.indexOf("--only") + 1]?.toLowerCase();
  const chosen = process.argv.includes("--only") && only ? GOALS.filter((g) => g.name.toLowerCase().includes(only)) : GOALS;
  if (chosen.length === 0) throw new Error(`no goal matches --only ${only}; goals: ${GOALS.map((g) => g.name).join(", ")}`);
  const results: GoalResult[] = [];
  for (const goal of chosen) results.push(...(await goal({ quick })));

  console.log(`\nTTX benchmarks (${quick ? "quick mode: thresholds not judged" : "full run"}), node ${process.version}\n`);
  const header = ["goal", "baseline", "candidate", "ratio", "goal", "result"];
  const rows = results.map((r) => {
    const ratio = r.candidateValue / r.baselineValue;
    const pass = meetsGoal(r);
    return [
      r.goal,
      `${r.baseline}: ${fmt(r.baselineValue)} ${r.unit}`,
      `${r.candidate}: ${fmt(r.candidateValue)} ${r.unit}`,
      `${ratio.toFixed(2)}×`,
      `≤ ${r.maxRatio}×${r.limit !== undefined ? `, ≤ ${r.limit} ${r.unit}` : ""}`,
      quick ? "(not judged)" : pass ? "PASS" : "FAIL",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  rows.forEach((r) => console.log(line(r)));
  for (const r of results) if (r.details) console.log(`  ${r.goal}: ${r.details}`);

  const failed = results.filter((r) => !meetsGoal(r));
  if (!quick && failed.length > 0) {
    console.error(`\n${failed.length} goal(s) missed.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
