/**
 * How a template looks, for both writers (Office.js into the open workbook, ExcelJS into files): colours as RGB
 * hex ("2E7D32"; each writer adds its own prefix), the fonts of the form's fixed lines, the hidden lists sheet.
 */
import type { TextLineT } from "./spec";

export const COLOURS = {
  /** Titles, the table header, narrative labels. */
  green: "2E7D32",
  /** Locked cells from the catalog. */
  planFill: "F1F5F1",
  /** A light yellow that still shows on paper: the instructions call entry cells "ô màu vàng". */
  entryFill: "FFF2CC",
  /** A failing check once a figure is entered: red, bold. */
  failing: "C62828",
  border: "B0BEC5",
  /** Status list colours, in the order of the template's status values (done, ongoing, not started, dropped). */
  statusFills: ["C8E6C9", "FFF9C4", "FFE0B2", "E0E0E0"],
} as const;

/**
 * The unit dropdown's values live on their own very hidden sheet: on the metadata sheet they would push the next
 * template's metadata row down (ExcelJS appends after the last used row).
 */
export const LISTS_SHEET = "_ttx_lists";

/** Decree 30 sets administrative text in Times New Roman: the form's own lines use it; the table keeps the sheet's font. */
export const FORM_FONT = "Times New Roman";

/** Fonts by line style: the Decree 30 heading and signature block in black, the template's own title in green. */
export const LINE_FONTS: Record<TextLineT["style"], { bold?: boolean; italic?: boolean; size: number; green?: boolean }> = {
  title: { bold: true, size: 14, green: true },
  subtitle: { bold: true, size: 12, green: true },
  agency: { size: 11 },
  agencyName: { bold: true, size: 11 },
  motto: { bold: true, size: 11 },
  place: { italic: true, size: 11 },
  note: { italic: true, size: 11 },
  signTitle: { bold: true, size: 11 },
  signNote: { italic: true, size: 11 },
  recipients: { bold: true, italic: true, size: 11 },
};

/** Lines left-aligned (the instructions, the recipients); the others are centred in their merged cells. */
export const leftAligned = (style: TextLineT["style"]): boolean => style === "note" || style === "recipients";

/** Row height for a long instructions line: about 170 characters to a line at the table's width, 15 points each. */
export const noteHeight = (text: string): number | null => (text.length > 170 ? 15 * Math.ceil(text.length / 170) + 3 : null);
