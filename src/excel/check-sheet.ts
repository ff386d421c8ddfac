/**
 * "Kiểm tra / Check" in the add-in: the open report sheet → the same validation consolidation applies (the rules
 * TTX.CHECK uses) → what the user must fix, with cells to jump to. No period is imposed: a sheet is checked
 * against its own template's period.
 */
import type { Issue, IssueKind } from "../core/consolidation/report";
import { validateReport } from "../core/consolidation/validate";
import { readActiveReport } from "./report-reader";

export interface SheetCheck {
  sheet: string;
  /** False when the sheet carries no TTX template metadata. */
  isTemplate: boolean;
  rowsRead: number;
  accepted: number;
  /** A fault of the whole sheet (old version, plan cells edited…): then `issues` holds its one explanation. */
  sheetRejected: IssueKind | null;
  /** A template with nothing filled in (no figure, status, evidence or narrative): not filled yet, never ready to send. */
  empty: boolean;
  issues: Issue[];
}

export async function checkActiveSheet(context: Excel.RequestContext, workbookName = ""): Promise<SheetCheck> {
  const report = await readActiveReport(context, workbookName);
  const validated = validateReport(report);
  const whole = validated.sheetRejected;
  return {
    sheet: report.origin.sheet,
    isTemplate: report.meta !== null,
    rowsRead: validated.rowsRead,
    accepted: validated.entries.length,
    sheetRejected: whole,
    empty: validated.empty,
    // A whole-sheet fault is repeated on every row for the Issues sheet; here once is enough. What must be fixed
    // comes first, then what to look at (a blank reporter, a named plan edit), each in sheet order.
    issues: whole ? validated.issues.slice(0, 1) : [...validated.issues].sort((a, b) => Number(b.rejected) - Number(a.rejected)),
  };
}
