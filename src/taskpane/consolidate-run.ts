/**
 * What the Consolidate tab runs in the add-in: read the picked files with the file adapter (loaded only when
 * files were picked), then consolidate in Excel with the Office.js adapter.
 */
import type { Issue, RawReport } from "../core/consolidation/report";
import { consolidateWorkbook, type ConsolidateWorkbookResult } from "../excel/consolidate-workbook";
import type { ConsolidateRequest } from "./consolidate-request";

export async function readPickedFiles(files: ConsolidateRequest["files"]): Promise<{ reports: RawReport[]; issues: Issue[] }> {
  const reports: RawReport[] = [];
  const issues: Issue[] = [];
  if (files.length === 0) return { reports, issues };
  const { readReportFile } = await import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/report-reader");
  for (const f of files) {
    const read = await readReportFile(await f.bytes(), f.name);
    reports.push(...read.reports);
    if (read.issue) issues.push(read.issue);
  }
  return { reports, issues };
}

export async function runConsolidation(context: Excel.RequestContext, request: ConsolidateRequest): Promise<ConsolidateWorkbookResult> {
  const { reports, issues } = await readPickedFiles(request.files);
  return consolidateWorkbook(context, request.period, {
    sheets: request.sheets,
    lang: request.lang,
    fileReports: reports,
    fileIssues: issues,
    onProgress: request.onProgress,
    isCancelled: request.isCancelled,
  });
}
