/**
 * Goals: Office.js round trips (`context.sync`) per operation, counted with the in-memory Excel
 * (test/support/fake-excel.ts). Excel on the web pays a network round trip per sync, so the count is the cost.
 * - Inserting templates and reading report sheets take the same syncs whatever their size: baseline is the same
 *   operation on the smallest input, goal ≤ 1× (and at most 2).
 * - Writing a consolidation must be chunked (Excel on the web refuses requests much over ~5 MB; chunks of 20,000
 *   cells): baseline is the fewest syncs that limit allows (cells ÷ 20,000, rounded up); goal ≤ 1.5×.
 */
import { consolidate } from "../../src/core/consolidation/in-memory";
import { validateReport } from "../../src/core/consolidation/validate";
import { getCatalog } from "../../src/core/plan/catalog";
import { parseReportPeriod } from "../../src/core/plan/calendar";
import { buildTemplate, unitChoices } from "../../src/core/templates/build";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { insertTemplates } from "../../src/excel/insert-templates";
import { readWorkbookReports } from "../../src/excel/report-reader";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createFakeExcel } from "../../test/support/fake-excel";
import type { Goal } from "../harness";
import { writeReportFiles } from "../support/report-files";

const PERIOD = "2025-H1";
const CHUNK = 20_000;

function specs(groups: readonly string[], units: readonly string[]): TemplateSpecT[] {
  return units.flatMap((unit) =>
    groups.map((group) => {
      // Every row of each group, whatever the unit's part: the same work for each unit, so the sizes compare.
      const built = buildTemplate({ group, unit, period: PERIOD, rows: "all" });
      if (!built.ok) throw new Error(built.error);
      // Several units in one workbook: sheet and table names made unique, as a compiling department would.
      return {
        ...built.spec,
        sheetName: `${group} ${unit}`.slice(0, 31),
        table: { ...built.spec.table, name: `${built.spec.table.name}_${unit}` },
      };
    }),
  );
}

async function syncsToInsert(list: TemplateSpecT[]) {
  const excel = createFakeExcel();
  await insertTemplates(excel.context, list);
  return { syncs: excel.fake.syncCount, excel };
}

export const syncCounts: Goal = async ({ quick }) => {
  const groups = getCatalog().taskGroups.map((g) => g.id);
  const units = unitChoices(parseReportPeriod(PERIOD)!, "vi")
    .map((u) => u.id)
    .filter((id) => id.startsWith("SO_"))
    .slice(0, quick ? 2 : 5);
  const smallest = [...groups].sort(
    (a, b) => specs([a], ["SO_CT"])[0]!.table.rows.length - specs([b], ["SO_CT"])[0]!.table.rows.length,
  )[0]!;
  const one = await syncsToInsert(specs([smallest], ["SO_CT"]));
  const all = await syncsToInsert(specs(groups, units));
  const rowsAll = specs(groups, units).reduce((n, s) => n + s.table.rows.length, 0);

  await readWorkbookReports(one.excel.context, "wb");
  const readOneSyncs = one.excel.fake.syncCount - one.syncs;
  await readWorkbookReports(all.excel.context, "wb");
  const readAllSyncs = all.excel.fake.syncCount - all.syncs;

  // The consolidation benchmark's input: 30 files × ~500 rows (quick: 4 × 100).
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-bench-syncs-"));
  const validated = [];
  try {
    const input = await writeReportFiles(dir, quick ? 4 : 30, quick ? 100 : 500, PERIOD);
    for (const file of input.files) {
      for (const raw of await readReports(readFileSync(file), path.basename(file))) validated.push(validateReport(raw, { period: PERIOD }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const result = await consolidate(validated, PERIOD);
  const target = createFakeExcel();
  let cells = 0;
  const countCells = target.fake.sync.bind(target.fake);
  target.fake.sync = async () => {
    cells += target.fake.cellsThisBatch;
    return countCells();
  };
  const written = await writeConsolidationToWorkbook(target.context, result, { chunkCells: CHUNK });
  const fewest = Math.ceil(cells / CHUNK);

  return [
    {
      goal: `insert templates: ${units.length * groups.length} sheets, ${rowsAll} rows`,
      baseline: `1 sheet (${smallest})`,
      candidate: "all",
      baselineValue: one.syncs,
      candidateValue: all.syncs,
      unit: "syncs",
      maxRatio: 1,
      limit: 2,
    },
    {
      goal: `read report sheets: ${units.length * groups.length} sheets`,
      baseline: "1 sheet",
      candidate: "all",
      baselineValue: readOneSyncs,
      candidateValue: readAllSyncs,
      unit: "syncs",
      maxRatio: 1,
      limit: 2,
    },
    {
      goal: `write consolidation in Excel: ${result.counts.rowsRead} rows, ${cells.toLocaleString("en")} cells`,
      baseline: `fewest at ${CHUNK.toLocaleString("en")} cells/request`,
      candidate: "chunked writer",
      baselineValue: fewest,
      candidateValue: written.syncs,
      unit: "syncs",
      maxRatio: 1.5,
      details: `largest request ${target.fake.largestBatch.toLocaleString("en")} cells`,
    },
  ];
};
