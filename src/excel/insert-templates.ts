/**
 * Inserts reporting templates into the open workbook (Office.js). Whatever the number of templates and rows:
 * exactly two context.sync calls, one to learn the existing sheet names (a template never overwrites a sheet:
 * it takes a suffixed name instead), one to send every write in a single batch. Cell text from the catalog that
 * starts like a formula is entered with a leading apostrophe (neutralizeFormulaText): Excel reads range values as
 * typed input, where the apostrophe is the "text follows" prefix, so the cell holds the text exactly (without the
 * apostrophe) and never a formula. Enum values are given as their string
 * form so this module runs against any object with Excel's shape (the test fake, Excel on the web, desktop).
 */
import { columnLetter } from "../core/address";
import { neutralizeFormulaText } from "../core/text/safe-cell";
import { entryValidation, validationMessage } from "../core/templates/build";
import { META_KEYS, PRINT, metaRowOf } from "../core/templates/layout";
import { COLOURS, FORM_FONT, LINE_FONTS, LISTS_SHEET, leftAligned, noteHeight } from "../core/templates/style";
import { META_SHEET, type TemplateSpecT, type TextLineT, type ValidationT } from "../core/templates/spec";

export { LISTS_SHEET };
const hex = (c: string) => `#${c}`;
const GREEN = hex(COLOURS.green);
const PLAN_FILL = hex(COLOURS.planFill);
const ENTRY_FILL = hex(COLOURS.entryFill);
const STATUS_FILLS = COLOURS.statusFills.map(hex);
/** Excel column widths are in points in Office.js; the spec gives characters (about 7 px = 5.25 pt each). */
const POINTS_PER_CHAR = 5.25;

/** "Tên", "Tên (2)", "Tên (3)"… within Excel's 31 characters. */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

const cellText = (v: string | number | null): string | number => (v === null ? "" : typeof v === "string" ? neutralizeFormulaText(v) : v);

function ruleFor(v: ValidationT): Excel.DataValidationRule | undefined {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.values.join(",") } };
    case "decimal":
      return v.max === undefined
        ? { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator } }
        : { decimal: { formula1: v.min, formula2: v.max, operator: "Between" as Excel.DataValidationOperator } };
    case "date":
      return { date: { formula1: v.after, operator: "GreaterThan" as Excel.DataValidationOperator } };
    default:
      return undefined;
  }
}

function setValidation(range: Excel.Range, v: ValidationT | undefined, lang: "vi" | "en"): void {
  const rule = v && ruleFor(v);
  if (!v || !rule) return;
  const { title, message } = validationMessage(v, lang);
  range.dataValidation.rule = rule;
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title, message };
}

/** One fixed line (heading, title, signature): merged, styled by its role, a formula where it follows a header cell. */
function queueTextLine(sheet: Excel.Worksheet, line: TextLineT): void {
  const range = sheet.getRange(line.merge);
  range.merge(false);
  const cell = sheet.getRange(line.address);
  if (line.formula) cell.formulas = [[`=${line.formula}`]];
  else cell.values = [[cellText(line.text)]];
  const f = LINE_FONTS[line.style];
  range.format.font.bold = f.bold ?? false;
  range.format.font.italic = f.italic ?? false;
  range.format.font.size = f.size;
  range.format.font.name = FORM_FONT;
  if (f.green) range.format.font.color = GREEN;
  range.format.wrapText = true;
  range.format.horizontalAlignment = (leftAligned(line.style) ? "Left" : "Center") as Excel.HorizontalAlignment;
  const height = line.style === "note" ? noteHeight(line.text) : null;
  if (height) range.format.rowHeight = height;
}

/** Queues every write of one template on its (new) sheet. No sync here. */
function queueTemplate(sheet: Excel.Worksheet, spec: TemplateSpecT, unitListRef: string): void {
  const { table } = spec;
  const lang = spec.meta.lang;
  const first = table.headerRow + 1;
  const last = table.headerRow + table.rows.length;
  const lastCol = table.columns[table.columns.length - 1]!.letter;

  table.columns.forEach((col) => (sheet.getRange(`${col.letter}:${col.letter}`).format.columnWidth = col.width * POINTS_PER_CHAR));
  for (const line of spec.titleLines) queueTextLine(sheet, line);
  for (const field of spec.header) {
    sheet.getRange(field.labelAddress).values = [[cellText(field.label)]];
    sheet.getRange(field.labelAddress).format.font.bold = true;
    sheet.getRange(field.valueMerge).merge(false);
    const value = sheet.getRange(field.valueAddress);
    value.values = [[cellText(field.value)]];
    if (field.numFmt) value.numberFormat = [[field.numFmt]];
    if (field.entry) {
      value.format.protection.locked = false;
      value.format.fill.color = ENTRY_FILL;
    }
    if (field.validation?.kind === "list") {
      value.dataValidation.rule = { list: { inCellDropDown: true, source: unitListRef } };
    } else if (field.validation) {
      setValidation(value, field.validation, lang);
    }
  }

  // Table: header and every row in one 2-D write; formulas (with "=") and neutralised values side by side.
  const body = sheet.getRange(`A${table.headerRow}:${lastCol}${last}`);
  body.formulas = [
    table.columns.map((c) => cellText(c.header)),
    ...table.rows.map((row) =>
      table.columns.map((col) => {
        const f = row.formulas[col.key];
        return f ? `=${f.formula}` : cellText(row.values[col.key] ?? null);
      }),
    ),
  ];
  const excelTable = sheet.tables.add(`A${table.headerRow}:${lastCol}${last}`, true);
  excelTable.name = table.name;
  excelTable.style = "TableStyleLight1";
  excelTable.showBandedRows = false;
  const header = sheet.getRange(`A${table.headerRow}:${lastCol}${table.headerRow}`);
  header.format.fill.color = GREEN;
  header.format.font.color = "#FFFFFF";
  header.format.font.bold = true;
  header.format.wrapText = true;

  for (const col of table.columns) {
    const range = sheet.getRange(`${col.letter}${first}:${col.letter}${last}`);
    range.format.wrapText = col.wrap;
    range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    if (col.numFmt) range.numberFormat = table.rows.map(() => [col.numFmt!]);
    if (col.role === "plan" || col.role === "info") range.format.fill.color = PLAN_FILL;
    if (col.role !== "entry") continue;
    range.format.protection.locked = false;
    range.format.fill.color = ENTRY_FILL;
    // Column-wide rules (disbursed, status); the result column's rule depends on the row, set below.
    if (col.key !== "actual") setValidation(range, entryValidation(spec, col.key, table.rows[0]!), lang);
  }
  // The result column's validation depends on the row (percentage, number, text): one rule per run of rows.
  const actualLetter = table.columns.find((c) => c.key === "actual")!.letter;
  let start = 0;
  table.rows.forEach((row, i) => {
    const next = table.rows[i + 1];
    if (next?.actualKind === row.actualKind) return;
    setValidation(
      sheet.getRange(`${actualLetter}${first + start}:${actualLetter}${first + i}`),
      entryValidation(spec, "actual", row),
      lang,
    );
    start = i + 1;
  });

  const statusLetter = table.columns.find((c) => c.key === "status")!.letter;
  const checkLetter = table.columns.find((c) => c.key === "check")!.letter;
  spec.statusValues.forEach((value, i) => {
    const cf = sheet
      .getRange(`${statusLetter}${first}:${statusLetter}${last}`)
      .conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = STATUS_FILLS[i]!;
    cf.cellValue.rule = { formula1: `="${value}"`, operator: "EqualTo" };
  });
  const failing = sheet
    .getRange(`${checkLetter}${first}:${checkLetter}${last}`)
    .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  failing.custom.rule.formula = `=AND($${actualLetter}${first}<>"",$${checkLetter}${first}<>"OK")`;
  failing.custom.format.font.color = hex(COLOURS.failing);
  failing.custom.format.font.bold = true;
  sheet.getRange(`A${first}:${lastCol}${last}`).format.autofitRows();

  for (const block of spec.narrative) {
    sheet.getRange(block.labelAddress).values = [[cellText(block.label)]];
    sheet.getRange(block.labelAddress).format.font.bold = true;
    sheet.getRange(block.labelAddress).format.font.color = GREEN;
    const range = sheet.getRange(block.range);
    range.merge(false);
    range.format.protection.locked = false;
    range.format.fill.color = ENTRY_FILL;
    range.format.wrapText = true;
  }

  for (const line of spec.signature) queueTextLine(sheet, line);

  sheet.freezePanes.freezeAt(sheet.getRange(`A1:${table.columns[spec.frozenColumns - 1]!.letter}${table.headerRow}`));
  const page = sheet.pageLayout;
  page.orientation = "Landscape" as Excel.PageOrientation;
  page.paperSize = "A4" as Excel.PaperType;
  // One page wide, as many pages down as the rows need (the file writer's fitToWidth 1, fitToHeight 0).
  page.zoom = { horizontalFitToPages: 1 };
  const points = (inches: number) => inches * 72;
  page.leftMargin = points(PRINT.margins.left);
  page.rightMargin = points(PRINT.margins.right);
  page.topMargin = points(PRINT.margins.top);
  page.bottomMargin = points(PRINT.margins.bottom);
  page.headerMargin = points(PRINT.margins.header);
  page.footerMargin = points(PRINT.margins.footer);
  page.centerHorizontally = true;
  page.headersFooters.defaultForAllPages.centerFooter = `${lang === "vi" ? "Trang" : "Page"} &P / &N`;
  page.setPrintTitleRows(`$${table.headerRow}:$${table.headerRow}`);
  const lastPrinted = Math.max(
    Number(/\d+$/.exec(spec.narrative[spec.narrative.length - 1]!.range)![0]),
    ...spec.signature.map((l) => Number(/\d+$/.exec(l.address)![0])),
  );
  page.setPrintArea(`A1:${lastCol}${lastPrinted}`);
  sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
}

export interface InsertResult {
  /** The sheet each template went to (suffixed when its name was taken). */
  sheetNames: string[];
}

/**
 * Inserts the templates with exactly two syncs. The first loads the sheet names and how much of the hidden
 * metadata and list sheets is used, so every address written in the second batch is known exactly.
 */
export async function insertTemplates(context: Excel.RequestContext, specs: readonly TemplateSpecT[]): Promise<InsertResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const metaUsed = sheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  metaUsed.load("rowIndex,rowCount");
  const listsUsed = sheets.getItemOrNullObject(LISTS_SHEET).getUsedRangeOrNullObject(true);
  listsUsed.load("columnIndex,columnCount");
  await context.sync();

  const taken = new Set(sheets.items.map((s) => s.name));
  const meta = taken.has(META_SHEET) ? sheets.getItem(META_SHEET) : sheets.add(META_SHEET);
  const lists = taken.has(LISTS_SHEET) ? sheets.getItem(LISTS_SHEET) : sheets.add(LISTS_SHEET);
  meta.visibility = "VeryHidden" as Excel.SheetVisibility;
  lists.visibility = "VeryHidden" as Excel.SheetVisibility;
  // The used range ends at its last filled row or column (it starts at the first filled one, not at A1).
  let metaRow = metaUsed.isNullObject ? 0 : metaUsed.rowIndex + metaUsed.rowCount;
  const metaEnd = columnLetter(META_KEYS.length);
  if (metaRow === 0) meta.getRange(`A1:${metaEnd}1`).values = [[...META_KEYS]];
  metaRow = Math.max(metaRow, 1);
  let listColumn = listsUsed.isNullObject ? 0 : listsUsed.columnIndex + listsUsed.columnCount;

  const sheetNames: string[] = [];
  for (const spec of specs) {
    const name = uniqueSheetName(spec.sheetName, taken);
    taken.add(name);
    sheetNames.push(name);

    // This template's unit list, in its own column of the hidden list sheet.
    const units = spec.header.find((h) => h.key === "unit")?.validation;
    const values = units?.kind === "list" ? units.values : [];
    const column = columnLetter(++listColumn);
    if (values.length > 0) lists.getRange(`${column}1:${column}${values.length}`).values = values.map((v) => [cellText(v)]);
    queueTemplate(sheets.add(name), spec, `='${LISTS_SHEET}'!$${column}$1:$${column}$${Math.max(values.length, 1)}`);

    metaRow++;
    meta.getRange(`A${metaRow}:${metaEnd}${metaRow}`).values = [metaRowOf(name, spec.meta).map((v) => v ?? "")];
  }
  if (sheetNames.length > 0) sheets.getItem(sheetNames[0]!).activate();
  await context.sync();
  return { sheetNames };
}
