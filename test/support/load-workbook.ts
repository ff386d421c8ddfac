/**
 * Opens an .xlsx file in the in-memory Excel (fake-excel.ts) the way Excel would open it, so the add-in's readers
 * (src/excel/report-reader.ts) can be run on any file, including files nobody here wrote. Parsed with ExcelJS, a
 * reader independent of the project's own (src/xlsx); what the Excel JavaScript API then gives is modelled:
 * - every sheet, in workbook order, with its name and visibility ("Visible", "Hidden", "VeryHidden"); the active
 *   sheet is the workbook view's active tab when it is visible;
 * - each cell's value as `range.values` gives it: numbers as stored (doubles), strings, booleans, a formula's cached
 *   result (the formula kept beside it; with no cached result Excel would calculate, the fake reads ""), an error as
 *   its text ("#N/A"); dates as the serial number stored in the file (Excel gives serials, never dates), with the
 *   cell's number format string ("General" when none);
 * - merged areas (only their top-left cell holds a value, as in Excel).
 * ExcelJS's own readings are undone where they are not what Excel gives: a date-formatted number comes as a Date
 * (converted back to the stored serial with the date system ExcelJS used, so the number is the file's), rich text as
 * runs (joined), a hyperlink cell as {text, hyperlink} (its text), a formula as {formula, result} (its result), and
 * every cell of a merged area but the first repeats the first's value (left empty). ExcelJS 4.4 also fails on a
 * sheet whose relationships point at their parts by absolute path (openpyxl writes Target="/xl/tables/table1.xml",
 * ExcelJS looks tables up by "../tables/…"): such targets are made relative before ExcelJS reads the file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createFakeExcel, type FakeCell } from "./fake-excel";

type FakeExcel = ReturnType<typeof createFakeExcel>;

const VISIBILITY: Record<string, string> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const DAY_MS = 24 * 3600 * 1000;

/** The serial the file stores for a date ExcelJS made from it (its excelToDate, undone on the millisecond grid). */
export function serialOf(date: Date, date1904: boolean): number {
  return (date.getTime() + (25569 - (date1904 ? 1462 : 0)) * DAY_MS) / DAY_MS;
}

type Scalar = string | number | boolean | undefined;

/** A cell value (or formula result) as Excel's `range.values` gives it. */
function scalarOf(value: unknown, date1904: boolean): Scalar {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value, date1904);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) return scalarOf(v.result, date1904);
    if ("hyperlink" in v || "text" in v) return scalarOf(v.text, date1904);
  }
  return String(value);
}

/** The package with every worksheet relationship's absolute target ("/xl/tables/t.xml") made relative ("../tables/t.xml"). */
async function withRelativeTargets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name));
  let changed = false;
  for (const name of rels) {
    const xml = await zip.file(name)!.async("string");
    const fixed = xml.replace(/Target="\/xl\/([^"]+)"/g, (_whole, rest: string) => `Target="../${rest}"`);
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array" }) : bytes;
}

/**
 * Loads `bytes` into a new in-memory Excel (or into `into`, adding its sheets) and returns it: `context` for the
 * add-in's functions, `sheets` and `fake` for assertions.
 */
export async function loadWorkbook(bytes: Uint8Array, into: FakeExcel = createFakeExcel()): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ArrayBuffer);
  const date1904 = (wb.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  wb.eachSheet((ws) => {
    const sheet = into.sheets.add(ws.name);
    sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type === ExcelJS.ValueType.Merge) return; // Excel: only the merged area's first cell holds the value
        const cell: FakeCell = {};
        const value = scalarOf(c.value, date1904);
        if (value !== undefined) cell.value = value;
        if (c.type === ExcelJS.ValueType.Formula) cell.formula = `=${c.formula ?? ""}`;
        if (cell.value === undefined && cell.formula === undefined) return;
        const format = typeof c.numFmt === "string" && c.numFmt !== "" ? c.numFmt : "General";
        cell.numberFormat = format;
        sheet.cells.set(c.address, cell);
      });
    });
    for (const range of merges) sheet.getRange(range.replace(/\$/g, "")).merge(false);
  });
  const active = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  const all = into.sheets.sheets;
  const chosen = active !== undefined ? all[all.length - wb.worksheets.length + active] : undefined;
  if (chosen?.visibility === "Visible") into.sheets.activeName = chosen.name;
  return into;
}
