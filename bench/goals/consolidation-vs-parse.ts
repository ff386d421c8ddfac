/**
 * Goal: consolidating 30 report files × ~500 rows — read, validate, consolidate, write the workbook —
 * takes at most 1.2× the time of only parsing the same files with ExcelJS (load every file, visit every cell).
 * Both run in this process on the same files, alternately, and the medians are compared.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { consolidateCommand } from "../../src/cli/consolidate-command";
import { nodeIo } from "../../src/cli/io";
import { median, type Goal } from "../harness";
import { writeReportFiles } from "../support/report-files";

const PERIOD = "2025-H1";

async function parseOnly(files: readonly string[]): Promise<number> {
  let cells = 0;
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => void cells++)));
  }
  return cells;
}

const quiet = { ...nodeIo, stdout: () => undefined, stderr: () => undefined };

export const consolidationVsParse: Goal = async ({ quick }) => {
  const fileCount = quick ? 4 : 30;
  const rowsPerFile = quick ? 100 : 500;
  const repetitions = quick ? 1 : 7;
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-bench-"));
  try {
    const input = await writeReportFiles(path.join(dir, "in"), fileCount, rowsPerFile, PERIOD);
    const out = path.join(dir, "tong-hop.xlsx");
    const consolidateOnce = () => consolidateCommand([input.dir, "--period", PERIOD, "-o", out], quiet);
    await parseOnly(input.files); // warm-up both paths
    await consolidateOnce();
    const parse: number[] = [];
    const full: number[] = [];
    // Each run starts from a collected heap (bench/run.js passes --expose-gc), so neither pays the other's garbage.
    const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
    for (let i = 0; i < repetitions; i++) {
      collect();
      let start = performance.now();
      await parseOnly(input.files);
      parse.push(performance.now() - start);
      collect();
      start = performance.now();
      await consolidateOnce();
      full.push(performance.now() - start);
    }
    return [
      {
        goal: `consolidate ${fileCount} files × ${rowsPerFile} rows`,
        baseline: "ExcelJS parse only",
        candidate: "read+validate+consolidate+write",
        baselineValue: median(parse),
        candidateValue: median(full),
        unit: "ms",
        maxRatio: 1.2,
        details: `${input.rows} rows in ${fileCount} files; median of ${repetitions} alternating runs`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
