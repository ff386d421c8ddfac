/**
 * Reads report sheets from an .xlsx file into RawReports (core/consolidation/report.ts). Sheets are recognised by
 * the hidden metadata sheet; where each part sits comes from the template the metadata names, so reader and
 * writer share one layout. Cell values are read as the user left them (formula results, rich text flattened).
 */
import ExcelJS from "exceljs";
import { META_KEYS, matchRenamedSheets, parseMetaRows, reportFromGrid } from "../core/consolidation/from-grid";
import type { Issue, IssueKind, RawReport } from "../core/consolidation/report";
import { t, type MessageKey, type MessageParams } from "../core/i18n/messages";
import { META_SHEET, type TemplateMetaT } from "../core/templates/spec";
import { MAX_UNCOMPRESSED_BYTES, inspectZip } from "./zip-guard";

/**
 * Sheet parts consolidation never reads. Skipping them roughly halves the load time of a template (its data
 * validations and conditional formats are the bulk of each sheet's XML after the cells).
 */
const IGNORED = ["dataValidations", "conditionalFormatting", "extLst", "hyperlinks", "pageMargins", "pageSetup", "printOptions", "headerFooter", "rowBreaks", "picture", "drawing", "legacyDrawing", "tableParts", "sheetProtection", "autoFilter"];

/** A cell's value as a person sees it: formula → its result, rich text → its text, error → "#N/A"… */
export function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("formula" in v || "sharedFormula" in v) return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v && "hyperlink" in v) return v.text;
  if ("error" in v) return v.error;
  return String(v);
}

function readMeta(workbook: ExcelJS.Workbook): Map<string, TemplateMetaT> {
  const sheet = workbook.getWorksheet(META_SHEET);
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push(META_KEYS.map((_k, i) => plainValue(row.getCell(i + 1).value))));
  return parseMetaRows(rows);
}

/** Reads every visible sheet of a workbook; sheets without valid metadata come back with meta = null. */
export async function readReports(bytes: Uint8Array, file: string): Promise<RawReport[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED } satisfies Partial<ExcelJS.XlsxReadOptions>);
  const metas = readMeta(workbook);
  const names = workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name);
  for (const [name, meta] of matchRenamedSheets(metas, names, (sheet, address) => plainValue(workbook.getWorksheet(sheet)!.getCell(address).value))) metas.set(name, meta);
  const reports: RawReport[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") continue;
    const origin = { file, sheet: sheet.name };
    const meta = metas.get(sheet.name) ?? null;
    // Column numbers, not "G14" addresses: parsing an address per cell was a tenth of the reading time.
    reports.push(
      reportFromGrid(origin, meta, (r, c) => plainValue(sheet.getRow(r).getCell(c).value), sheet.rowCount, (r, c) => sheet.getRow(r).getCell(c).isMerged),
    );
  }
  return reports;
}

/**
 * One file, whatever it holds: its sheets, or, when it is not a readable .xlsx (corrupt, another format, empty),
 * an "unreadable file" issue naming it. Used by the CLI and by the task pane's file picker alike.
 */
export async function readReportFile(bytes: Uint8Array, file: string): Promise<{ reports: RawReport[]; issue: Issue | null }> {
  const refuse = (kind: IssueKind, key: MessageKey, params: MessageParams = {}) => {
    const text = { vi: t(key, params, "vi"), en: t(key, params, "en") };
    const issue: Issue = { kind, rejected: true, origin: { file, sheet: "" }, cell: "", code: "", unitId: "", message: `${text.vi} · ${text.en}`, text };
    return { reports: [], issue };
  };
  const zip = inspectZip(bytes);
  if (!zip.ok) {
    if (zip.reason === "encrypted") return refuse("unreadable_file", "issueEncrypted");
    if (zip.reason === "too_large") return refuse("unreadable_file", "issueTooLarge", { limit: MAX_UNCOMPRESSED_BYTES / 1024 / 1024 });
    if (zip.reason === "bomb") return refuse("unreadable_file", "issueZipBomb", { ratio: zip.ratio ?? 0 });
    return refuse("unreadable_file", "issueUnreadable", { reason: "not a zip archive" });
  }
  try {
    const reports = await readReports(bytes, file);
    return reports.length > 0 ? { reports, issue: null } : refuse("not_template", "issueNoSheets");
  } catch (error) {
    return refuse("unreadable_file", "issueUnreadable", { reason: (error as Error).message.split("\n")[0] ?? "" });
  }
}
