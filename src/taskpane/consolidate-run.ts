/**
 * What the Consolidate tab runs in the add-in: read the picked files with the file adapter (loaded only when
 * files were picked), then consolidate in Excel with the Office.js adapter.
 *
 * One file never stops the others: a file over the size limit is refused from its size before a byte is read (a
 * 2 GB pick would otherwise be loaded whole into the pane's memory); a file the browser cannot read (moved,
 * permissions, `arrayBuffer()` rejecting) or the reader fails on is one Issues row naming it; the rest are read.
 */
import type { Issue, RawReport } from "../core/consolidation/report";
import { consolidateWorkbook, type ConsolidateWorkbookResult } from "../excel/consolidate-workbook";
import type { ConsolidateRequest } from "./consolidate-request";

export async function readPickedFiles(files: ConsolidateRequest["files"]): Promise<{ reports: RawReport[]; issues: Issue[] }> {
  const reports: RawReport[] = [];
  const issues: Issue[] = [];
  if (files.length === 0) return { reports, issues };
  const [{ readReportFile }, { refuseBySize }, { fileIssue }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/report-reader"),
    import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/limits"),
    import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/file-format"),
  ]);
  for (const f of files) {
    const tooBig = f.size === undefined ? null : refuseBySize(f.size, f.name);
    if (tooBig) {
      issues.push(tooBig);
      continue;
    }
    try {
      const read = await readReportFile(await f.bytes(), f.name);
      reports.push(...read.reports);
      if (read.issue) issues.push(read.issue);
    } catch (error) {
      const reason = error instanceof Error ? error.message || error.name : String(error);
      issues.push(fileIssue(f.name, "unreadable_file", true, "issueCannotOpen", { reason: reason.split("\n")[0] ?? "" }));
    }
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
