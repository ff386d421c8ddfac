/**
 * Reads report sheets from an .xlsx file into RawReports (core/consolidation/report.ts). Sheets are recognised by
 * the hidden metadata sheet; where each part sits comes from the template the metadata names, so reader and
 * writer share one layout. Cell values are read as the user left them (formula results, rich text flattened).
 */
import ExcelJS from "exceljs";
import type { RawReport, RawRow } from "../core/consolidation/report";
import { buildTemplate } from "../core/templates/build";
import { META_SHEET, TemplateMeta, type TemplateMetaT } from "../core/templates/spec";

/**
 * Sheet parts consolidation never reads. Skipping them roughly halves the load time of a template (its data
 * validations and conditional formats are the bulk of each sheet's XML after the cells).
 */
const IGNORED = ["dataValidations", "conditionalFormatting", "extLst", "hyperlinks", "pageMargins", "pageSetup", "printOptions", "headerFooter", "rowBreaks", "picture", "drawing", "legacyDrawing", "tableParts", "sheetProtection", "autoFilter"];

const KEYS = ["sheet", "templateId", "version", "taskGroup", "unitId", "period", "lang", "planHash"] as const;

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

const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function readMeta(workbook: ExcelJS.Workbook): Map<string, TemplateMetaT> {
  const metas = new Map<string, TemplateMetaT>();
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return metas;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = Object.fromEntries(KEYS.map((k, i) => [k, plainValue(row.getCell(i + 1).value)]));
    const { sheet: name, ...rest } = values;
    const parsed = TemplateMeta.safeParse(rest);
    if (typeof name === "string" && parsed.success) metas.set(name, parsed.data);
  });
  return metas;
}

/** Reads every visible sheet of a workbook; sheets without valid metadata come back with meta = null. */
export async function readReports(bytes: Uint8Array, file: string): Promise<RawReport[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED } satisfies Partial<ExcelJS.XlsxReadOptions>);
  const metas = readMeta(workbook);
  const reports: RawReport[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") continue;
    const origin = { file, sheet: sheet.name };
    const meta = metas.get(sheet.name) ?? null;
    const template = meta ? buildTemplate({ group: meta.taskGroup, unit: meta.unitId, period: meta.period, lang: meta.lang }) : undefined;
    if (!meta || !template?.ok) {
      reports.push({ origin, meta: null, unitName: null, reporter: null, submitted: null, rows: [], narrative: { completed: "", ongoing: "", proposals: "" } });
      continue;
    }
    const spec = template.spec;
    const at = (address: string) => plainValue(sheet.getCell(address).value);
    const header = (key: string) => spec.header.find((h) => h.key === key)!.valueAddress;
    // Rows: from below the table header down to the first row without a code (rows added or deleted by the
    // reporter are read as they are; validation then sees the plan part changed).
    const rows: RawRow[] = [];
    // Column numbers, not "G14" addresses: parsing an address per cell was a tenth of the reading time.
    const columns = spec.table.columns.map((c) => [c.key, columnNumber(c.letter)] as const);
    const codeColumn = columns.find(([key]) => key === "code")![1];
    for (let r = spec.table.headerRow + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (plainValue(row.getCell(codeColumn).value) === null) break;
      rows.push({ row: r, cells: Object.fromEntries(columns.map(([key, n]) => [key, plainValue(row.getCell(n).value)])) });
    }
    const narrative = Object.fromEntries(spec.narrative.map((n) => [n.key, String(at(n.range.split(":")[0]!) ?? "")]));
    reports.push({
      origin,
      meta,
      unitName: at(header("unit")),
      reporter: at(header("reporter")),
      submitted: at(header("submitted")),
      rows,
      narrative: narrative as RawReport["narrative"],
    });
  }
  return reports;
}
