/**
 * Reads report sheets from an .xlsx file into RawReports (core/consolidation/report.ts). Sheets are recognised by
 * the hidden metadata sheet; where each part sits comes from the template the metadata names, so reader and
 * writer share one layout. Cell values are read as the user left them (formula results, rich text flattened).
 * Only the visible sheets, hidden report sheets and the metadata sheet are parsed (xlsx-parts.ts says why not
 * ExcelJS). A hidden report sheet comes back marked hidden (validation lists it, refused); other hidden sheets
 * (lookups, notes) are left out.
 */
import { cellOf } from "../core/address";
import { META_KEYS, matchRenamedSheets, metaFromHeader, parseMetaRows, reportFromGrid } from "../core/consolidation/from-grid";
import type { Issue, IssueKind, RawReport } from "../core/consolidation/report";
import type { MessageKey, MessageParams } from "../core/i18n/messages";
import { META_SHEET } from "../core/templates/spec";
import { fileIssue, sniffFile, verdictIssue } from "./file-format";
import { ReadLimitError, limitIssue, readLimits, refuseBySize, type ReadLimits } from "./limits";
import { sheetCellsParser, type SheetCells } from "./sheet-cells";
import { openXlsx, type SheetEntry, type XlsxPackage } from "./xlsx-parts";
import { inspectZip } from "./zip-guard";

/** A sheet's cells, parsed as its part is inflated (never held whole), counted against the file's limits. */
async function sheetCells(pkg: XlsxPackage, sheet: SheetEntry): Promise<SheetCells> {
  const parser = sheetCellsParser(pkg, sheet.name);
  let wrote = false;
  if (sheet.part) {
    await pkg.stream(
      sheet.part,
      (text) => {
        wrote = true;
        parser.write(text);
      },
      sheet.name,
    );
  }
  if (!wrote) parser.write("<worksheet/>");
  return parser.end();
}

/** Reads every visible sheet and hidden report sheet; sheets without valid metadata come back with meta = null. */
export async function readReports(bytes: Uint8Array, file: string, limits: Partial<ReadLimits> = {}): Promise<RawReport[]> {
  const pkg = await openXlsx(bytes, limits);
  const metaSheet = pkg.sheets.find((s) => s.name === META_SHEET);
  const metaCells = metaSheet ? await sheetCells(pkg, metaSheet) : undefined;
  const metas = parseMetaRows(metaCells?.rowsWithValues().map((r) => META_KEYS.map((_k, i) => metaCells.value(r, i + 1))) ?? []);
  const visible = pkg.sheets.filter((s) => s.state === "visible");
  const cells = new Map<string, SheetCells>();
  for (const sheet of visible) cells.set(sheet.name, await sheetCells(pkg, sheet));
  const names = visible.map((s) => s.name);
  // Hidden report sheets are not renamed ones: their metadata names an existing sheet.
  const hidden = pkg.sheets.filter((s) => s.state === "hidden" && metas.has(s.name));
  const existing = [...names, ...hidden.map((s) => s.name)];
  for (const [name, meta] of matchRenamedSheets(metas, existing, (sheet, address) => cells.get(sheet)?.value(...cellOf(address)) ?? null))
    metas.set(name, meta);
  for (const sheet of hidden) cells.set(sheet.name, await sheetCells(pkg, sheet));
  // A report is scanned row by row down to its last row holding something: bounded before any scan starts.
  let rows = 0;
  for (const sheet of [...visible, ...hidden]) {
    const grid = cells.get(sheet.name)!;
    if (metas.has(sheet.name) || metaFromHeader(grid.value) !== null) rows += grid.lastRow;
  }
  if (rows > pkg.limits.reportRows) throw new ReadLimitError("reportRows", pkg.limits.reportRows, rows, true);
  return [...visible, ...hidden].map((sheet) => {
    const grid = cells.get(sheet.name)!;
    const report = reportFromGrid(
      { file, sheet: sheet.name },
      metas.get(sheet.name) ?? null,
      grid.value,
      grid.lastRow,
      grid.merged,
      grid.covered,
    );
    return sheet.state === "hidden" ? { ...report, hidden: true } : report;
  });
}

/**
 * One file, whatever it holds: its sheets, or one issue naming it. A workbook that cannot be read (corrupt,
 * password-protected, too large) is refused as unreadable; a spreadsheet in another format (.xls, .ods, .csv…)
 * is refused as "received, unreadable format — save as .xlsx"; a lock file, an empty file or a file that is not a
 * spreadsheet is only noted (file-format.ts decides which, from the bytes and the name). `.xlsm` is the same zip
 * package as `.xlsx` and is read the same way. A file over any of the read limits (limits.ts: its size, unpacked
 * bytes, shared strings, cells, merged ranges) is refused as unreadable, "too large: …", naming what and the limit;
 * reading stops at the first breach, before the memory is spent. So is one with a cell beyond Excel's grid, or a
 * value in a cell whose address is not a cell's (its place unknown: refused rather than read without it). Used by the CLI and by the task pane's file picker
 * alike. The limits are a parameter for tests only.
 */
export async function readReportFile(
  bytes: Uint8Array,
  file: string,
  limits: Partial<ReadLimits> = {},
): Promise<{ reports: RawReport[]; issue: Issue | null }> {
  const refuse = (kind: IssueKind, key: MessageKey, params: MessageParams = {}) => ({
    reports: [],
    issue: fileIssue(file, kind, true, key, params),
  });
  const max = readLimits(limits);
  const tooBig = refuseBySize(bytes.length, file, max.fileBytes);
  if (tooBig) return { reports: [], issue: tooBig };
  const verdict = sniffFile(bytes, file);
  if (verdict.kind !== "read") return { reports: [], issue: verdictIssue(file, verdict) };
  const zip = inspectZip(bytes, max.unpackedBytes);
  if (!zip.ok) {
    if (zip.reason === "encrypted") return refuse("unreadable_file", "issueEncrypted");
    if (zip.reason === "too_large") return refuse("unreadable_file", "issueTooLarge", { limit: max.unpackedBytes / 1024 / 1024 });
    if (zip.reason === "bomb") return refuse("unreadable_file", "issueZipBomb", { ratio: zip.ratio ?? 0 });
    return refuse("unreadable_file", "issueUnreadable", { reason: "not a zip archive" });
  }
  try {
    const reports = await readReports(bytes, file, max);
    return reports.length > 0 ? { reports, issue: null } : refuse("not_template", "issueNoSheets");
  } catch (error) {
    if (error instanceof ReadLimitError) return { reports: [], issue: limitIssue(file, error) };
    return refuse("unreadable_file", "issueUnreadable", { reason: (error as Error).message.split("\n")[0] ?? "" });
  }
}
