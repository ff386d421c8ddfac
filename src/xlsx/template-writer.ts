/**
 * Writes reporting templates into an ExcelJS workbook: the file path of the CLI and of distributed blank
 * templates. Everything about content and layout comes from the spec (core/templates); this module only maps it
 * onto ExcelJS: styles, validations, protection, print setup, and the hidden metadata sheet.
 */
import type { Workbook, Worksheet } from "exceljs";
import { neutralizeFormulaText } from "../core/text/safe-cell";
import { entryValidation, validationMessage } from "../core/templates/build";
import { META_KEYS, PRINT, metaRowOf } from "../core/templates/layout";
import { COLOURS, FORM_FONT, LINE_FONTS, LISTS_SHEET, leftAligned, noteHeight } from "../core/templates/style";
import { META_SHEET, type TemplateSpecT, type TextLineT, type ValidationT } from "../core/templates/spec";

/**
 * Excel saves add-in (JavaScript) custom functions in files as `_xldudf_` + name with "." → "_"; a formula
 * written as plain `TTX.PROGRESS(` is not recognised as the add-in's function until re-entered.
 */
export const toFileFormula = (formula: string): string =>
  // String literals ("…", with "" as an escaped quote) are matched first and kept as they are.
  formula.replace(/"(?:[^"]|"")*"|\bTTX\.([A-Z]+)\(/g, (match, name: string | undefined) => (name ? `_xldudf_TTX_${name}(` : match));

const argb = (hex: string) => `FF${hex}`;
const GREEN = argb(COLOURS.green);
const solid = (hex: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: argb(hex) } });
const PLAN_FILL = solid(COLOURS.planFill);
const ENTRY_FILL = solid(COLOURS.entryFill);
const THIN = { style: "thin" as const, color: { argb: argb(COLOURS.border) } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export { LISTS_SHEET };

/** Cell text from the catalog or the user is never written as a formula. */
const text = (v: string | number | null): string | number | null => (typeof v === "string" ? neutralizeFormulaText(v) : v);

function validationFor(v: ValidationT, listRef: string | undefined, lang: "vi" | "en") {
  const { title: errorTitle, message: error } = validationMessage(v, lang);
  const common = { allowBlank: true, showErrorMessage: true, errorTitle, error };
  switch (v.kind) {
    case "list":
      return { type: "list" as const, formulae: [listRef ?? `"${v.values.join(",")}"`], ...common };
    case "decimal":
      return v.max === undefined
        ? { type: "decimal" as const, operator: "greaterThanOrEqual" as const, formulae: [v.min], ...common }
        : { type: "decimal" as const, operator: "between" as const, formulae: [v.min, v.max], ...common };
    case "date":
      return { type: "date" as const, operator: "greaterThan" as const, formulae: [new Date(`${v.after}T00:00:00Z`)], ...common };
    default:
      return undefined;
  }
}

/**
 * Row height for wrapped text: ExcelJS cannot autofit, so estimate the lines each wrapped cell needs at its
 * column width (about 1.1 characters per width unit at the default font) and give 15 points per line.
 */
function rowHeight(cells: [TemplateSpecT["table"]["columns"][number], string | number | null][]): number {
  const lines = Math.max(1, ...cells.map(([col, v]) => (col.wrap && typeof v === "string" ? Math.ceil(v.length / (col.width * 1.1)) : 1)));
  return Math.min(15 * lines + 3, 160);
}

/** One fixed line (heading, title, signature): merged, styled by its role, a formula where it follows a header cell. */
function writeTextLine(sheet: Worksheet, line: TextLineT): void {
  sheet.mergeCells(line.merge);
  const cell = sheet.getCell(line.address);
  // The form's own fixed wording ("- Lưu: VT.") is a string cell, never evaluated: it is written as Decree 30 prints it.
  cell.value = line.formula ? { formula: line.formula, result: line.text } : line.text;
  const f = LINE_FONTS[line.style];
  cell.font = {
    name: FORM_FONT,
    bold: f.bold ?? false,
    italic: f.italic ?? false,
    size: f.size,
    ...(f.green ? { color: { argb: GREEN } } : {}),
  };
  cell.alignment = { horizontal: leftAligned(line.style) ? "left" : "center", vertical: "middle", wrapText: true };
  const height = line.style === "note" ? noteHeight(line.text) : null;
  if (height) sheet.getRow(Number(cell.row)).height = height;
}

function listsSheet(workbook: Workbook): Worksheet {
  return workbook.getWorksheet(LISTS_SHEET) ?? workbook.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
}

function metaSheet(workbook: Workbook): Worksheet {
  const existing = workbook.getWorksheet(META_SHEET);
  if (existing) return existing;
  const sheet = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  sheet.addRow([...META_KEYS]);
  return sheet;
}

/** Adds one template sheet (and its metadata row) to the workbook. Returns the sheet. */
export function writeTemplate(workbook: Workbook, spec: TemplateSpecT): Worksheet {
  const { table } = spec;
  const firstRow = table.headerRow + 1;
  const lastRow = table.headerRow + table.rows.length;
  const lastCol = table.columns[table.columns.length - 1]!.letter;
  const sheet = workbook.addWorksheet(spec.sheetName, {
    views: [{ state: "frozen", xSplit: spec.frozenColumns, ySplit: table.headerRow, showGridLines: false }],
    pageSetup: {
      paperSize: PRINT.paperSize,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${table.headerRow}:${table.headerRow}`,
      margins: { ...PRINT.margins },
      horizontalCentered: true,
    },
    headerFooter: {
      oddFooter: `&C${spec.meta.lang === "vi" ? "Trang" : "Page"} &P / &N`,
      evenFooter: `&C${spec.meta.lang === "vi" ? "Trang" : "Page"} &P / &N`,
    },
    properties: { tabColor: { argb: GREEN } },
  });
  table.columns.forEach((col, i) => {
    sheet.getColumn(i + 1).width = col.width;
  });

  for (const line of spec.titleLines) writeTextLine(sheet, line);

  // Metadata row first: the unit dropdown points at the list written beside it.
  const meta = metaSheet(workbook);
  meta.addRow(metaRowOf(spec.sheetName, spec.meta));
  for (const field of spec.header) {
    const label = sheet.getCell(field.labelAddress);
    label.value = text(field.label);
    label.font = { bold: true };
    sheet.mergeCells(field.valueMerge);
    const cell = sheet.getCell(field.valueAddress);
    cell.value = text(field.value);
    if (field.numFmt) cell.numFmt = field.numFmt;
    cell.border = BORDER;
    cell.alignment = { horizontal: "left" };
    if (field.entry) {
      cell.protection = { locked: false };
      cell.fill = ENTRY_FILL;
    }
    let listRef: string | undefined;
    if (field.validation?.kind === "list") {
      // One column per list, so templates of different periods in one workbook keep their own unit lists.
      const lists = listsSheet(workbook);
      const column = lists.getColumn(lists.actualColumnCount + 1).letter;
      field.validation.values.forEach((v, i) => (lists.getCell(`${column}${i + 1}`).value = text(v)));
      listRef = `'${LISTS_SHEET}'!$${column}$1:$${column}$${field.validation.values.length}`;
    }
    const dv = field.validation ? validationFor(field.validation, listRef, spec.meta.lang) : undefined;
    if (dv) cell.dataValidation = dv;
  }

  // The table: header row, then one row per code. Plan cells are locked, entry cells unlocked.
  sheet.addTable({
    name: table.name,
    ref: `A${table.headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((row) =>
      table.columns.map((col) => {
        const f = row.formulas[col.key];
        if (f) return { formula: toFileFormula(f.formula), result: f.cached };
        return text(row.values[col.key] ?? null);
      }),
    ),
  });
  const header = sheet.getRow(table.headerRow);
  header.height = 48; // three lines of the longest header ("Kinh phí đã giải ngân (tỷ đồng)")
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: GREEN } };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  table.rows.forEach((row, i) => {
    const r = firstRow + i;
    sheet.getRow(r).height = rowHeight(table.columns.map((col) => [col, row.values[col.key] ?? null]));
    for (const col of table.columns) {
      const cell = sheet.getCell(`${col.letter}${r}`);
      cell.border = BORDER;
      cell.alignment = { wrapText: col.wrap, vertical: "top" };
      if (col.numFmt) cell.numFmt = col.numFmt;
      if (col.role === "entry") {
        cell.protection = { locked: false };
        cell.fill = ENTRY_FILL;
        const v = entryValidation(spec, col.key, row);
        const dv = v ? validationFor(v, undefined, spec.meta.lang) : undefined;
        if (dv) cell.dataValidation = dv;
      } else if (col.role === "plan" || col.role === "info") {
        cell.fill = PLAN_FILL;
      }
    }
  });

  // Status colours, and checks that fail once a value is entered.
  const statusCol = table.columns.find((c) => c.key === "status")!.letter;
  const actualCol = table.columns.find((c) => c.key === "actual")!.letter;
  const checkCol = table.columns.find((c) => c.key === "check")!.letter;
  const fills = COLOURS.statusFills.map(argb);
  sheet.addConditionalFormatting({
    ref: `${statusCol}${firstRow}:${statusCol}${lastRow}`,
    rules: spec.statusValues.map((value, i) => ({
      type: "cellIs" as const,
      operator: "equal" as const,
      formulae: [`"${value}"`],
      priority: i + 1,
      style: { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: fills[i]! } } },
    })),
  });
  sheet.addConditionalFormatting({
    ref: `${checkCol}${firstRow}:${checkCol}${lastRow}`,
    rules: [
      {
        type: "expression" as const,
        formulae: [`AND($${actualCol}${firstRow}<>"",$${checkCol}${firstRow}<>"OK")`],
        priority: 10,
        style: { font: { color: { argb: argb(COLOURS.failing) }, bold: true } },
      },
    ],
  });

  for (const block of spec.narrative) {
    const label = sheet.getCell(block.labelAddress);
    label.value = text(block.label);
    label.font = { bold: true, color: { argb: GREEN } };
    sheet.mergeCells(block.range);
    const cell = sheet.getCell(block.range.split(":")[0]!);
    cell.protection = { locked: false };
    cell.fill = ENTRY_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: "top" };
  }

  for (const line of spec.signature) writeTextLine(sheet, line);
  const lastPrinted = Math.max(
    Number(/\d+$/.exec(spec.narrative[spec.narrative.length - 1]!.range)![0]),
    ...spec.signature.map((l) => Number(/\d+$/.exec(l.address)![0])),
  );
  sheet.pageSetup.printArea = `A1:${lastCol}${lastPrinted}`;
  // Protection without a password: it prevents accidental edits of the plan part; consolidation verifies the
  // plan hash, so a deliberately unprotected and edited sheet is still caught.
  void sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
  });
  return sheet;
}
