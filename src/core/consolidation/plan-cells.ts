/**
 * The locked plan part of a report, compared cell by cell with its template as other programs save it. A file
 * re-saved by LibreOffice, openpyxl or WPS drops empty text cells, stores strings inline or shared, writes
 * 38.510000000000005 for 38.51 and may keep a trailing space: none of that is an edit. What remains is named, cell
 * by cell, with the template's value and the sheet's, so that the focal department sees what changed.
 */
import { isFiniteNumber, isoOfDate } from "../cells/values";
import type { TableRowT, TemplateSpecT } from "../templates/spec";
import { shownText } from "../text/shown";
import type { RawRow } from "./report";

/**
 * A plan cell as compared: blank and absent alike; text composed (NFC), spaces collapsed and trimmed; numbers to
 * 12 significant digits, which no plan figure (at most 9 digits) loses and binary noise (15–17 digits) does.
 */
function planCellKey(v: unknown): string {
  if (isFiniteNumber(v)) return String(Number(v.toPrecision(12)));
  if (v instanceof Date) return isoOfDate(v);
  const text = shownText(v);
  // A number stored as text by another writer compares as that number.
  return /^-?\d+(\.\d+)?$/.test(text) ? String(Number(Number(text).toPrecision(12))) : text;
}

/** A code as people retype it: spaces dropped, case ignored ("nv5.1 " is NV5.1). */
export const codeKey = (v: unknown): string =>
  (v === null || v === undefined ? "" : String(v)).normalize("NFC").replace(/\s/g, "").toUpperCase();

interface PlanCellEdit {
  /** "C17" */
  cell: string;
  was: string;
  now: string;
}

/** Plan cells of one row that differ from the template's row, code excepted (the row was matched by it). */
export function editedPlanCells(spec: TemplateSpecT, template: TableRowT, row: RawRow): PlanCellEdit[] {
  return spec.table.columns
    .filter((c) => c.role === "plan" && c.key !== "code")
    .flatMap((c) => {
      const was = planCellKey(template.values[c.key]);
      const now = planCellKey(row.cells[c.key]);
      return was === now ? [] : [{ cell: `${c.letter}${row.row}`, was, now }];
    });
}

type HeaderCheck = { moved: null; renamed: PlanCellEdit[] } | { moved: PlanCellEdit; renamed: PlanCellEdit[] };

/**
 * The table's header row against the template's, in either language. A header showing another column's title
 * means columns were moved, inserted or deleted: values would be read crosswise, so the sheet cannot be read.
 * Any other difference (a retyped or reworded title) is cosmetic and only named.
 */
export function checkHeaders(
  spec: TemplateSpecT,
  alternates: readonly TemplateSpecT[],
  headers: readonly unknown[] | undefined,
): HeaderCheck {
  const renamed: PlanCellEdit[] = [];
  if (!headers) return { moved: null, renamed };
  const titles = (s: TemplateSpecT) => s.table.columns.map((c) => planCellKey(c.header).toLowerCase());
  const all = [titles(spec), ...alternates.map(titles)];
  for (const [i, column] of spec.table.columns.entries()) {
    const now = planCellKey(headers[i]).toLowerCase();
    if (all.some((t) => t[i] === now)) continue;
    const edit = { cell: `${column.letter}${spec.table.headerRow}`, was: column.header, now: planCellKey(headers[i]) };
    // Not this column's own title (that continued above): another column's.
    if (all.some((t) => t.includes(now))) return { moved: edit, renamed };
    renamed.push(edit);
  }
  return { moved: null, renamed };
}
