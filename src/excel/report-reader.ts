/**
 * Reads report sheets of the open workbook (Office.js) into RawReports. Where each part of a sheet sits comes from
 * core/consolidation/from-grid.ts, shared with the file reader.
 * - readWorkbookReports: every visible sheet and hidden report sheet (marked hidden: validation lists it, refused),
 *   in two context.sync calls whatever the number of sheets: one for the sheet list and the hidden metadata, one for
 *   every report sheet's used range.
 * - readActiveReport: the sheet the user is on (the Check tab), in one sync.
 * - listReportSheets: which sheets are reports, hidden ones marked (the Consolidate tab's choices), in one sync (two when a
 *   report tab was renamed and the other sheets' headers must be read to find it).
 * A report tab renamed after insertion is matched back to its metadata (core: matchRenamedSheets). Merged entry
 * cells are found where Excel can tell (ExcelApi 1.13), loaded in the same batch: the rule is the file reader's.
 */
import { cellOf } from "../core/address";
import {
  matchRenamedSheets,
  metaFromHeader,
  orphanedMetas,
  parseMetaRows,
  reportFromGrid,
  type CellAt,
} from "../core/consolidation/from-grid";
import type { RawReport } from "../core/consolidation/report";
import { fromPercent, isDateFormat, isPercentFormat, serialToDate } from "../core/cells/values";
import { ENTRY_COLUMNS_ANY_VERSION } from "../core/templates/build";
import { META_SHEET } from "../core/templates/spec";

/** Excel gives "" for an empty cell; the grid reader expects null, as the file reader gives. */
const cell = (v: unknown): unknown => (v === "" || v === undefined ? null : v);

type Metas = ReturnType<typeof parseMetaRows>;

function loadMeta(context: Excel.RequestContext): Excel.Range {
  const meta = context.workbook.worksheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  meta.load("values");
  return meta;
}

const metasOf = (meta: Excel.Range): Metas => (meta.isNullObject ? new Map() : parseMetaRows(meta.values));

/**
 * The value at (row, column) of the sheet, from a loaded range that starts anywhere. Where the number format was
 * loaded, a number is read as the file reader reads it:
 * - Excel gives dates as serial numbers: in a date format the value is a Date, with its time of day (so a date
 *   typed into a figure cell is "not a number" in both, not a huge figure);
 * - Excel stores 12.5% as 0.125: in a percentage format the value is 12.5, the figure as typed and shown.
 */
function atOf(range: Excel.Range, formats?: unknown[][]): CellAt {
  const { values, rowIndex, columnIndex } = range;
  return (row, column) => {
    const v = cell(values[row - 1 - rowIndex]?.[column - 1 - columnIndex]);
    if (typeof v !== "number") return v;
    const format = formats?.[row - 1 - rowIndex]?.[column - 1 - columnIndex];
    if (typeof format !== "string") return v;
    return isDateFormat(format) ? serialToDate(v) : isPercentFormat(format) ? fromPercent(v) : v;
  };
}

/** What report sheets' used ranges are loaded with. */
const USED = "values,numberFormat,rowIndex,columnIndex";

/** A header cell of a sheet whose range was loaded ("C5"), for matching renamed report sheets. */
const shownIn =
  (ranges: ReadonlyMap<string, Excel.Range>) =>
  (sheet: string, address: string): unknown => {
    const range = ranges.get(sheet);
    return range && !range.isNullObject ? atOf(range)(...cellOf(address)) : null;
  };

/**
 * The merged areas among a sheet's entry columns, to load in the batch; undefined where Excel cannot tell
 * (before ExcelApi 1.13: values there sit only in a merged area's first cell, so nothing is duplicated either).
 */
function loadMerged(sheet: Excel.Worksheet): Excel.RangeAreas | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements?.isSetSupported("ExcelApi", "1.13")) return undefined;
  const merged = sheet.getRange(ENTRY_COLUMNS_ANY_VERSION).getMergedAreasOrNullObject();
  merged.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
  return merged;
}

function mergedAt(merged: Excel.RangeAreas | undefined): ((row: number, column: number) => boolean) | undefined {
  if (!merged || merged.isNullObject) return undefined;
  const boxes = merged.areas.items.map(
    (a) => [a.rowIndex + 1, a.columnIndex + 1, a.rowIndex + a.rowCount, a.columnIndex + a.columnCount] as const,
  );
  return (row, column) => boxes.some(([top, left, bottom, right]) => row >= top && row <= bottom && column >= left && column <= right);
}

/** A loaded used range (or none) → the report it holds; sheets without template metadata read as "not a template". */
function reportOf(
  origin: { file: string; sheet: string },
  metas: Metas,
  used: Excel.Range | undefined,
  merged?: Excel.RangeAreas,
  hidden = false,
): RawReport {
  const meta = metas.get(origin.sheet) ?? null;
  if (!used || used.isNullObject) return reportFromGrid(origin, null, () => null, 0);
  const report = reportFromGrid(origin, meta, atOf(used, used.numberFormat), used.rowIndex + used.values.length, mergedAt(merged));
  return hidden ? { ...report, hidden } : report;
}

export interface ReportSheet {
  name: string;
  templateId: string;
  unitId: string;
  period: string;
  /** Hidden in the workbook: consolidated only to be listed as refused ("unhide it to count it"). */
  hidden: boolean;
}

/**
 * The visible sheets, the hidden report sheets (hidden sheets with template metadata; other hidden sheets are
 * lookups or notes) and the metadata, in one sync: what both the list and the read start from. `names` are the
 * sheets that exist for metadata to name (a hidden report is not a renamed one).
 */
async function sheetsAndMeta(
  context: Excel.RequestContext,
): Promise<{ visible: Excel.Worksheet[]; hidden: Excel.Worksheet[]; names: string[]; metas: Metas }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const meta = loadMeta(context);
  await context.sync();
  const metas = metasOf(meta);
  const visible = sheets.items.filter((s) => s.visibility === "Visible");
  const hidden = sheets.items.filter((s) => s.visibility === "Hidden" && metas.has(s.name));
  return { visible, hidden, names: [...visible, ...hidden].map((s) => s.name), metas };
}

export async function listReportSheets(context: Excel.RequestContext): Promise<ReportSheet[]> {
  const { visible, hidden, names, metas } = await sheetsAndMeta(context);
  const others = visible.filter((s) => !metas.has(s.name));
  if (others.length > 0) {
    // A sheet without metadata may be a renamed report tab or a report copied in from another workbook: its
    // header block tells (one more sync).
    const headers = new Map(others.map((s) => [s.name, s.getRange("A1:D12").load("values,rowIndex,columnIndex")] as const));
    await context.sync();
    for (const [name, meta] of matchRenamedSheets(metas, names, shownIn(headers))) metas.set(name, meta);
    for (const [name, range] of headers) {
      const meta = metas.has(name) ? null : metaFromHeader(atOf(range));
      if (meta) metas.set(name, meta);
    }
  }
  const hiddenNames = new Set(hidden.map((s) => s.name));
  return [...visible, ...hidden].flatMap((s) => {
    const meta = metas.get(s.name);
    return meta
      ? [{ name: s.name, templateId: meta.templateId, unitId: meta.unitId, period: meta.period, hidden: hiddenNames.has(s.name) }]
      : [];
  });
}

/** Every visible sheet and hidden report sheet, or only those named in `only` (the sheets the user ticked). */
export async function readWorkbookReports(
  context: Excel.RequestContext,
  workbookName: string,
  only?: ReadonlySet<string>,
): Promise<RawReport[]> {
  const all = await sheetsAndMeta(context);
  const metas = all.metas;
  const renamed = orphanedMetas(metas, all.names).length > 0;
  const hiddenNames = new Set(all.hidden.map((s) => s.name));
  const candidates = [...all.visible, ...all.hidden];
  const chosen = only ? candidates.filter((s) => only.has(s.name)) : candidates;
  const ranges = new Map<string, Excel.Range>();
  const merges = new Map<string, Excel.RangeAreas | undefined>();
  for (const sheet of chosen) {
    // Every chosen sheet is read: a report tab may have been renamed, or a report sheet copied in from another
    // workbook without its metadata; its header tells (core: matchRenamedSheets, metaFromHeader).
    ranges.set(sheet.name, sheet.getUsedRangeOrNullObject(true).load(USED));
    merges.set(sheet.name, loadMerged(sheet));
  }
  await context.sync();
  if (renamed)
    for (const [name, meta] of matchRenamedSheets(
      metas,
      chosen.map((s) => s.name),
      shownIn(ranges),
    ))
      metas.set(name, meta);
  return chosen.map((sheet) =>
    reportOf({ file: workbookName, sheet: sheet.name }, metas, ranges.get(sheet.name), merges.get(sheet.name), hiddenNames.has(sheet.name)),
  );
}

export async function readActiveReport(context: Excel.RequestContext, workbookName: string): Promise<RawReport> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const meta = loadMeta(context);
  // Loaded whatever the sheet is: one sync instead of two, and a non-template sheet is rarely large.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(USED);
  const merged = loadMerged(sheet);
  await context.sync();
  const metas = metasOf(meta);
  const renamed = matchRenamedSheets(
    metas,
    sheets.items.map((s) => s.name),
    shownIn(new Map([[sheet.name, used]])),
  );
  for (const [name, m] of renamed) if (name === sheet.name) metas.set(name, m);
  return reportOf({ file: workbookName, sheet: sheet.name }, metas, used, merged);
}

/** Shows the user a cell an issue points at: activates its sheet and selects it. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
