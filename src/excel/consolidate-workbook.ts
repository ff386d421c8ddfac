/**
 * "Tổng hợp" in the add-in: the report sheets of the open workbook → validation → consolidation → five new
 * sheets in the same workbook. The same core as `ttx consolidate`; only reading and writing are Office.js.
 */
import { consolidate, type Consolidation } from "../core/consolidation/consolidate";
import { validateReport } from "../core/consolidation/validate";
import { readWorkbookReports } from "./read-reports";
import { writeConsolidationToWorkbook, type WriteConsolidationOptions, type WriteConsolidationResult } from "./write-consolidation";

export interface ConsolidateWorkbookResult {
  result: Consolidation;
  written: WriteConsolidationResult;
}

export async function consolidateWorkbook(
  context: Excel.RequestContext,
  period: string,
  options: WriteConsolidationOptions & { workbookName?: string } = {},
): Promise<ConsolidateWorkbookResult> {
  const raws = await readWorkbookReports(context, options.workbookName ?? "(sổ đang mở · this workbook)");
  const result = await consolidate(raws.map((r) => validateReport(r, { period })), period);
  const written = await writeConsolidationToWorkbook(context, result, options);
  return { result, written };
}
