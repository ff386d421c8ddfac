/**
 * Report files for the consolidation benchmarks, made by the same code as `ttx sample`: each file holds several
 * units' filled templates (all six task groups per unit), packed until the file has at least `rowsPerFile` rows.
 * Later files repeat units, as resubmissions do, so the engine also has sheets to supersede.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { sampleReports, type SampleReport } from "../../src/core/consolidation/sample";
import { sampleWorkbook } from "../../src/xlsx/sample-files";

interface ReportFiles {
  dir: string;
  files: string[];
  rows: number;
}

export async function writeReportFiles(dir: string, fileCount: number, rowsPerFile: number, period: string): Promise<ReportFiles> {
  mkdirSync(dir, { recursive: true });
  // Every unit with every row of every group (all-rows templates): enough rows to pack files of ~500.
  const pool = sampleReports(100, period, 337, { allGroups: true, allRows: true }).filter((r) => r.version === 2);
  const files: string[] = [];
  let rows = 0;
  let next = 0;
  for (let f = 0; f < fileCount; f++) {
    const chosen: SampleReport[] = [];
    const used = new Set<string>();
    let fileRows = 0;
    while (fileRows < rowsPerFile) {
      const r = pool[next++ % pool.length]!;
      const key = `${r.unitId}|${r.spec.meta.taskGroup}`;
      if (used.has(key)) break; // one sheet per unit and group in a file
      used.add(key);
      chosen.push(r);
      fileRows += r.spec.table.rows.length;
    }
    const file = path.join(dir, `bao-cao-${String(f).padStart(5, "0")}.xlsx`);
    writeFileSync(file, await sampleWorkbook(chosen));
    files.push(file);
    rows += fileRows;
  }
  return { dir, files, rows };
}

/** `copies` copies of every file of `source` in `dir` (cheap volume: the same reports sent again and again). */
export function copyReportFiles(source: ReportFiles, dir: string, copies: number): ReportFiles {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const file of source.files) {
      const target = path.join(dir, `${String(c).padStart(4, "0")}-${path.basename(file)}`);
      copyFileSync(file, target);
      files.push(target);
    }
  }
  return { dir, files, rows: source.rows * copies };
}
