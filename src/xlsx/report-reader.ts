/**
 * Reads report sheets from an .xlsx file into RawReports (core/consolidation/report.ts). Sheets are recognised by
 * the hidden metadata sheet; where each part sits comes from the template the metadata names, so reader and
 * writer share one layout. Cell values are read as the user left them (formula results, rich text flattened).
 * Only the visible sheets, hidden report sheets and the metadata sheet are parsed (xlsx-parts.ts says why not
 * ExcelJS). A hidden report sheet comes back marked hidden (validation lists it, refused); other hidden sheets
 * (lookups, notes) are left out.
 */
import { cellOf } from "../core/address";
import { META_KEYS, matchRenamedSheets, parseMetaRows, reportFromGrid } from "../core/consolidation/from-grid";
import type { Issue, IssueKind, RawReport } from "../core/consolidation/report";
import type { MessageKey, MessageParams } from "../core/i18n/messages";
import { META_SHEET } from "../core/templates/spec";
import { fileIssue, sniffFile, verdictIssue } from "./file-format";
import { readSheetCells, type SheetCells } from "./sheet-cells";
import { UnpackLimitError, openXlsx, type XlsxPackage } from "./xlsx-parts";
import { MAX_UNCOMPRESSED_BYTES, inspectZip } from "./zip-guard";

async function sheetCells(pkg: XlsxPackage, part: string): Promise<SheetCells> {
  return readSheetCells((part && (await pkg.text(part))) || "<worksheet/>", pkg);
}

/** Reads every visible sheet and hidden report sheet; sheets without valid metadata come back with meta = null. */
export async function readReports(bytes: Uint8Array, file: string, maxUnpackedBytes = MAX_UNCOMPRESSED_BYTES): Promise<RawReport[]> {
  const pkg = await openXlsx(bytes, maxUnpackedBytes);
  const metaSheet = pkg.sheets.find((s) => s.name === META_SHEET);
  const metaCells = metaSheet ? await sheetCells(pkg, metaSheet.part) : undefined;
  const metas = parseMetaRows(metaCells?.rowsWithValues().map((r) => META_KEYS.map((_k, i) => metaCells.value(r, i + 1))) ?? []);
  const visible = pkg.sheets.filter((s) => s.state === "visible");
  const cells = new Map<string, SheetCells>();
  for (const sheet of visible) cells.set(sheet.name, await sheetCells(pkg, sheet.part));
  const names = visible.map((s) => s.name);
  // Hidden report sheets are not renamed ones: their metadata names an existing sheet.
  const hidden = pkg.sheets.filter((s) => s.state === "hidden" && metas.has(s.name));
  const existing = [...names, ...hidden.map((s) => s.name)];
  for (const [name, meta] of matchRenamedSheets(metas, existing, (sheet, address) => cells.get(sheet)?.value(...cellOf(address)) ?? null)) metas.set(name, meta);
  for (const sheet of hidden) cells.set(sheet.name, await sheetCells(pkg, sheet.part));
  return [...visible, ...hidden].map((sheet) => {
    const grid = cells.get(sheet.name)!;
    const report = reportFromGrid({ file, sheet: sheet.name }, metas.get(sheet.name) ?? null, grid.value, grid.lastRow, grid.merged, grid.covered);
    return sheet.state === "hidden" ? { ...report, hidden: true } : report;
  });
}

/**
 * One file, whatever it holds: its sheets, or one issue naming it. A workbook that cannot be read (corrupt,
 * password-protected, too large) is refused as unreadable; a spreadsheet in another format (.xls, .ods, .csv…)
 * is refused as "received, unreadable format — save as .xlsx"; a lock file, an empty file or a file that is not a
 * spreadsheet is only noted (file-format.ts decides which, from the bytes and the name). `.xlsm` is the same zip
 * package as `.xlsx` and is read the same way. Used by the CLI and by the task pane's file picker alike. The
 * unpacking limit is a parameter for tests only.
 */
export async function readReportFile(bytes: Uint8Array, file: string, maxUnpackedBytes = MAX_UNCOMPRESSED_BYTES): Promise<{ reports: RawReport[]; issue: Issue | null }> {
  const refuse = (kind: IssueKind, key: MessageKey, params: MessageParams = {}) => ({ reports: [], issue: fileIssue(file, kind, true, key, params) });
  const verdict = sniffFile(bytes, file);
  if (verdict.kind !== "read") return { reports: [], issue: verdictIssue(file, verdict) };
  const zip = inspectZip(bytes);
  if (!zip.ok) {
    if (zip.reason === "encrypted") return refuse("unreadable_file", "issueEncrypted");
    if (zip.reason === "too_large") return refuse("unreadable_file", "issueTooLarge", { limit: MAX_UNCOMPRESSED_BYTES / 1024 / 1024 });
    if (zip.reason === "bomb") return refuse("unreadable_file", "issueZipBomb", { ratio: zip.ratio ?? 0 });
    return refuse("unreadable_file", "issueUnreadable", { reason: "not a zip archive" });
  }
  try {
    const reports = await readReports(bytes, file, maxUnpackedBytes);
    return reports.length > 0 ? { reports, issue: null } : refuse("not_template", "issueNoSheets");
  } catch (error) {
    if (error instanceof UnpackLimitError) return refuse("unreadable_file", "issueTooLarge", { limit: maxUnpackedBytes / 1024 / 1024 });
    return refuse("unreadable_file", "issueUnreadable", { reason: (error as Error).message.split("\n")[0] ?? "" });
  }
}
