/**
 * "Tổng hợp" in the add-in: the report sheets of the open workbook and/or reports read from .xlsx files the user
 * picked → validation → consolidation → five new sheets (or more, at Excel's limits) in the same workbook. The
 * same core as `ttx consolidate`; only reading and writing are Office.js (file reading is done by the caller, with
 * the file adapter).
 */
import { consolidate, type Consolidation } from "../core/consolidation/in-memory";
import type { Issue, RawReport } from "../core/consolidation/report";
import { validateReport } from "../core/consolidation/validate";
import { readWorkbookReports } from "./report-reader";
import { writeConsolidationToWorkbook, type WriteConsolidationOptions, type WriteConsolidationResult } from "./consolidation-writer";

export interface ConsolidateWorkbookResult {
  result: Consolidation;
  written: WriteConsolidationResult;
}

export async function consolidateWorkbook(
  context: Excel.RequestContext,
  period: string,
  options: WriteConsolidationOptions & {
    workbookName?: string;
    /** Only these sheets of the workbook (the ones ticked in the pane; none when empty); all visible sheets when absent. */
    sheets?: readonly string[];
    /** Reports from picked files, and files that could not be read. */
    fileReports?: readonly RawReport[];
    fileIssues?: readonly Issue[];
  } = {},
): Promise<ConsolidateWorkbookResult> {
  const own =
    options.sheets === undefined || options.sheets.length > 0
      ? await readWorkbookReports(
          context,
          options.workbookName ?? "(sổ đang mở · this workbook)",
          options.sheets && new Set(options.sheets),
        )
      : [];
  const raws = [...own, ...(options.fileReports ?? [])];
  const result = await consolidate(
    raws.map((r) => validateReport(r, { period })),
    period,
    options.fileIssues ?? [],
  );
  const written = await writeConsolidationToWorkbook(context, result, options);
  return { result, written };
}
