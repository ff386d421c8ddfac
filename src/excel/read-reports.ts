/**
 * Reads the report sheets of the open workbook (Office.js) into RawReports, in two context.sync calls whatever
 * the number of sheets: one for the sheet list and the hidden metadata, one for every report sheet's used range.
 * Where each part sits comes from core/consolidation/from-grid.ts, shared with the file reader.
 */
import { parseMetaRows, reportFromGrid } from "../core/consolidation/from-grid";
import type { RawReport } from "../core/consolidation/report";
import { META_SHEET } from "../core/templates/spec";

/** Excel gives "" for an empty cell; the grid reader expects null, as ExcelJS gives. */
const cell = (v: unknown): unknown => (v === "" || v === undefined ? null : v);

export async function readWorkbookReports(context: Excel.RequestContext, workbookName: string): Promise<RawReport[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const meta = sheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  meta.load("values");
  await context.sync();
  const metas = meta.isNullObject ? new Map() : parseMetaRows(meta.values);

  const visible = sheets.items.filter((s) => s.visibility === "Visible");
  const ranges = visible.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    // Only template sheets need their cells; others are listed as "not a template" from their name alone.
    if (metas.has(sheet.name)) used.load("values,rowIndex,columnIndex");
    return used;
  });
  await context.sync();

  return visible.map((sheet, i) => {
    const origin = { file: workbookName, sheet: sheet.name };
    const used = ranges[i]!;
    if (!metas.has(sheet.name) || used.isNullObject) return reportFromGrid(origin, null, () => null, 0);
    const { values, rowIndex, columnIndex } = used;
    const at = (row: number, column: number) => cell(values[row - 1 - rowIndex]?.[column - 1 - columnIndex]);
    return reportFromGrid(origin, metas.get(sheet.name)!, at, rowIndex + values.length);
  });
}
