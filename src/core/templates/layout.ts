/**
 * Where things sit on a template sheet, per template version. New templates are written in the current layout;
 * a report keeps the version it was made in (its metadata says which), and is read by that version's layout, so
 * reports already filled on an earlier template still count.
 *
 * Version 2 (2026): the Decree 30/2020/NĐ-CP heading above the title, a role column (chủ trì / phối hợp), the
 * unit's own rows, a signature block, and columns narrow enough to print on A4 landscape at ≥ 9 pt.
 */
import type { MessageKey } from "../i18n/messages";
import { TEMPLATE_VERSION, type ColumnKeyT, type ColumnT, type TemplateMetaT } from "./spec";

export interface ColumnDef {
  key: ColumnKeyT;
  label: MessageKey;
  /** Excel width in characters of the default font (Calibri 11). */
  width: number;
  role: ColumnT["role"];
  numFmt?: string;
  wrap: boolean;
}

export interface TemplateLayout {
  version: string;
  columns: ColumnDef[];
  /** Rows of the header fields (plan, template, unit, period, year, due, reporter, submitted), in that order. */
  firstFieldRow: number;
  /** The header fields' labels sit in column A; their values from this column to `fieldValueEnd`, merged. */
  fieldValueColumn: string;
  fieldValueEnd: string;
  headerRow: number;
  /** The Decree 30 heading, the instructions line and the signature block. */
  decree30: boolean;
  /** The unit's own rows (lead, then coordinating) rather than every row of the group. */
  rowsPerUnit: boolean;
}

const col = (key: ColumnKeyT, label: MessageKey, width: number, role: ColumnT["role"], numFmt?: string, wrap = width >= 18): ColumnDef => ({
  key,
  label,
  width,
  role,
  wrap,
  ...(numFmt ? { numFmt } : {}),
});

const LAYOUT_V1: TemplateLayout = {
  version: "1.0.0",
  columns: [
    col("code", "tplColCode", 9, "plan"),
    col("group", "tplColGroup", 18, "plan"),
    col("task", "tplColTask", 46, "plan"),
    col("target", "tplColTarget", 40, "plan"),
    col("unit", "tplColUnit", 10, "plan"),
    col("budget", "tplColBudget", 13, "plan", "#,##0.00"),
    col("actual", "tplColActual", 16, "entry", "#,##0.##"),
    col("disbursed", "tplColDisbursed", 14, "entry", "#,##0.00"),
    col("status", "tplColStatus", 16, "entry"),
    col("evidence", "tplColEvidence", 32, "entry"),
    col("progress", "tplColProgress", 12, "formula", "0%"),
    col("check", "tplColCheck", 28, "formula"),
  ],
  firstFieldRow: 4,
  fieldValueColumn: "C",
  fieldValueEnd: "F",
  headerRow: 13,
  decree30: false,
  rowsPerUnit: false,
};

/**
 * Widths sum to 174 characters: at about 7 px per character plus 5 px per column (Calibri 11) that is 1,283 px,
 * which fits the 11.19 in between A4 landscape's 0.25 in margins at 83% — 11 pt text prints at 9.2 pt.
 */
export const LAYOUT_V2: TemplateLayout = {
  version: TEMPLATE_VERSION,
  columns: [
    col("code", "tplColCode", 7, "plan"),
    col("role", "tplColRole", 10, "info", undefined, true),
    col("group", "tplColGroup", 12, "plan", undefined, true),
    col("task", "tplColTask", 29, "plan"),
    col("target", "tplColTarget", 24, "plan"),
    col("unit", "tplColUnit", 7, "plan", undefined, true),
    col("budget", "tplColBudget", 10, "plan", "#,##0.00", true),
    col("actual", "tplColActual", 11, "entry", "#,##0.##", true),
    col("disbursed", "tplColDisbursed", 11, "entry", "#,##0.00", true),
    col("status", "tplColStatus", 11, "entry", undefined, true),
    col("evidence", "tplColEvidence", 18, "entry"),
    col("progress", "tplColProgress", 8, "formula", "0%", true),
    col("check", "tplColCheck", 16, "formula", undefined, true),
  ],
  firstFieldRow: 9,
  // Labels get columns A–C (28 characters): the narrow code and role columns alone would cut "Kỳ báo cáo".
  fieldValueColumn: "D",
  fieldValueEnd: "G",
  headerRow: 19,
  decree30: true,
  rowsPerUnit: true,
};

/** The header fields, in the order of their rows from `firstFieldRow`. */
export const HEADER_KEYS = ["plan", "template", "unit", "period", "year", "due", "reporter", "submitted"] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** Where a layout shows a header field's value ("template" → D10 in version 2, C5 in version 1). */
export const fieldValueAddress = (layout: TemplateLayout, key: HeaderKey): string =>
  `${layout.fieldValueColumn}${layout.firstFieldRow + HEADER_KEYS.indexOf(key)}`;

/** Every layout a report may have been made in, newest first. */
export const LAYOUTS: readonly TemplateLayout[] = [LAYOUT_V2, LAYOUT_V1];

export const layoutOf = (version: string): TemplateLayout | undefined => LAYOUTS.find((l) => l.version === version);

/** Page facts the writers apply and the print test checks: A4 landscape, fit to one page wide. */
export const PRINT = {
  paperSize: 9,
  /** Inches: narrow side margins leave the width to the table. */
  margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  /** A4 landscape is 11.69 in wide. */
  pageWidthInches: 11.69,
  baseFontPt: 11,
  /** Excel's column width → pixels at the default font: 7 px per character and 5 px of padding. */
  pixelsPerChar: 7,
  paddingPx: 5,
} as const;

/** The scale "fit to one page wide" gives a sheet of these column widths (at most 100%). */
export function printScale(widths: readonly number[]): number {
  const px = widths.reduce((sum, w) => sum + w * PRINT.pixelsPerChar + PRINT.paddingPx, 0);
  const printable = (PRINT.pageWidthInches - PRINT.margins.left - PRINT.margins.right) * 96;
  return Math.min(1, printable / px);
}

/**
 * The hidden metadata sheet's columns, in order: one row per report sheet. "rows" came with version 2 and is
 * blank unless the template lists every row of its group; readers of older files find it absent.
 */
export const META_KEYS = ["sheet", "templateId", "version", "taskGroup", "unitId", "period", "lang", "planHash", "rows"] as const;

/** The metadata row both template writers append for a sheet. */
export function metaRowOf(sheetName: string, meta: TemplateMetaT): (string | null)[] {
  return [sheetName, meta.templateId, meta.version, meta.taskGroup, meta.unitId, meta.period, meta.lang, meta.planHash, meta.rows ?? null];
}
