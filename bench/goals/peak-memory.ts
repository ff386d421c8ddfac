/**
 * Goal (issue 5): a consolidation of about a million rows runs in bounded memory — rows are streamed from the
 * files through a spill file into the workbook — with a peak under 1 GB. The baseline is the same consolidation
 * of a tenth of the rows, measured in this run: bounded means ten times the rows cost at most 1.5× the memory.
 * Each run is a fresh process, so the peak is the consolidation's alone.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Goal } from "../harness";
import { copyReportFiles, writeReportFiles } from "../support/report-files";

const PERIOD = "2025-H1";
const LIMIT_MB = 1024;

function peak(folder: string, out: string): { peakMb: number; seconds: number } {
  const stdout = execFileSync(process.execPath, [path.join(__dirname, "..", "support", "peak-child.js"), folder, PERIOD, out], { encoding: "utf8", maxBuffer: 1 << 20 });
  const result = JSON.parse(stdout.trim().split("\n").pop()!) as { code: number; errors: string; peakMb: number; seconds: number };
  if (result.code !== 0) throw new Error(`consolidate exited ${result.code}: ${result.errors}`);
  return result;
}

export const peakMemory: Goal = async ({ quick }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-bench-mem-"));
  try {
    const seed = await writeReportFiles(path.join(dir, "seed"), quick ? 4 : 30, quick ? 100 : 500, PERIOD);
    const bigCopies = quick ? 20 : Math.ceil(1_000_000 / seed.rows);
    const small = copyReportFiles(seed, path.join(dir, "small"), Math.max(1, Math.round(bigCopies / 10)));
    const big = copyReportFiles(seed, path.join(dir, "big"), bigCopies);
    const base = peak(small.dir, path.join(dir, "small.xlsx"));
    const run = peak(big.dir, path.join(dir, "big.xlsx"));
    return [
      {
        goal: `peak memory, ${big.rows.toLocaleString("en")} rows`,
        baseline: `${small.rows.toLocaleString("en")} rows`,
        candidate: `${big.rows.toLocaleString("en")} rows`,
        baselineValue: base.peakMb,
        candidateValue: run.peakMb,
        unit: "MB",
        maxRatio: 1.5,
        limit: LIMIT_MB,
        details: `peak RSS of a fresh process; ${big.files.length} files, ${run.seconds.toFixed(0)} s (small: ${base.seconds.toFixed(0)} s); limit ${LIMIT_MB} MB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
