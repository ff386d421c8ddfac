/**
 * Goal: about a million rows are consolidated streamed, in bounded memory, with a peak under 1 GB.
 * Candidate: `ttx consolidate` on ~1,000,000 rows in a fresh process. Baseline, measured in the same run: the same
 * command on a tenth of the rows. Memory that grew with the rows would be ~10× the baseline; bounded means far
 * less: goal ≤ 3×, and under 1,024 MB. For scale, the details give the peak of a fresh process that only parses
 * the million rows with ExcelJS (one file at a time). Every process runs with the V8 settings `ttx consolidate`
 * uses (bin/heap-cap.js).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Goal } from "../harness";
import { copyReportFiles, writeReportFiles } from "../support/report-files";

const PERIOD = "2025-H1";
const LIMIT_MB = 1024;

function child(script: string, args: string[]): { peakMb: number; seconds: number } {
  const stdout = execFileSync(process.execPath, [path.join(__dirname, "..", "support", script), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split("\n").pop()!) as { code: number; errors: string; peakMb: number; seconds: number };
  if (result.code !== 0) throw new Error(`${script} exited ${result.code}: ${result.errors}`);
  return result;
}

export const peakMemory: Goal = async ({ quick }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-bench-mem-"));
  try {
    const seed = await writeReportFiles(path.join(dir, "seed"), quick ? 4 : 30, quick ? 100 : 500, PERIOD);
    const copies = quick ? 20 : Math.ceil(1_000_000 / seed.rows);
    const big = copyReportFiles(seed, path.join(dir, "big"), copies);
    const small = copyReportFiles(seed, path.join(dir, "small"), Math.max(1, Math.round(copies / 10)));
    const parse = child("parse-child.js", [big.dir]);
    const run = child("peak-child.js", [big.dir, PERIOD, path.join(dir, "big.xlsx")]);
    const tenth = child("peak-child.js", [small.dir, PERIOD, path.join(dir, "small.xlsx")]);
    return [
      {
        goal: `peak memory, consolidate ${big.rows.toLocaleString("en")} rows`,
        baseline: `same, ${small.rows.toLocaleString("en")} rows`,
        candidate: "ttx consolidate",
        baselineValue: tenth.peakMb,
        candidateValue: run.peakMb,
        unit: "MB",
        maxRatio: 3,
        limit: LIMIT_MB,
        details: `peak RSS of fresh processes; ${big.files.length} files; consolidate ${run.seconds.toFixed(0)} s; ExcelJS parse only of the same files: ${parse.peakMb.toFixed(0)} MB, ${parse.seconds.toFixed(0)} s`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
