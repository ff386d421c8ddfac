/**
 * Excel's limits on what a sheet holds, and what the consolidated workbook does at them, for both writers (ExcelJS
 * for files, Office.js in the add-in), so that nothing is ever cut silently:
 *  - A sheet has 1,048,576 rows; under the header row a list holds 1,048,575 rows. A longer list goes on to
 *    "Chi tiết (2)", "Chi tiết (3)"… with the same header row, and the summary names those sheets.
 *  - A cell holds 32,767 characters. A longer text shows its beginning and a marker saying how many characters were
 *    cut and where the whole text is: the "Văn bản dài · Long texts" sheet, which holds every such text in full, in
 *    pieces of at most 32,767 characters, one row each (sheet, cell, part k of n, length, piece). Pieces never
 *    split a surrogate pair, so joining a text's pieces gives it back exactly; the summary says how many cells
 *    were cut and names the sheet.
 * Both limits are parameters so tests can show the boundary with small numbers.
 */
import { columnLetter } from "../address";
import { t, type Lang } from "../i18n/messages";
import type { Cell } from "./layout";

/** Rows on an Excel sheet, header included. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Characters in an Excel cell. */
export const EXCEL_MAX_CHARS = 32_767;
/** Characters in a sheet name. */
const SHEET_NAME_CHARS = 31;

export interface SheetLimits {
  /** Rows a sheet holds, its header row included. */
  rows: number;
  /** Characters a cell holds. */
  chars: number;
}

const EXCEL_LIMITS: Readonly<SheetLimits> = Object.freeze({ rows: EXCEL_MAX_ROWS, chars: EXCEL_MAX_CHARS });

/** What the summary says about the limits reached. */
export interface LimitFacts {
  /** Lists that went on to more sheets: the first sheet and the others, in order. */
  continued: { sheet: string; more: string[] }[];
  /** Cells cut, and the sheet holding their full texts (null when none was cut). */
  longTexts: { sheet: string; cells: number } | null;
  rows: number;
  chars: number;
}

/** 1048576 → "1.048.576" (vi) / "1,048,576" (en). */
const groupDigits = (n: number, lang: Lang): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");

/** Where to cut a string at `at` code units without splitting a surrogate pair (the cut moves back one). */
const safeCut = (s: string, at: number): number => {
  if (at <= 0 || at >= s.length) return Math.max(0, Math.min(at, s.length));
  const code = s.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
};

/** A text in pieces of at most `size` code units, none splitting a surrogate pair. */
export function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = safeCut(text, at + size);
    if (end <= at) end = at + size; // size 1 and a pair: cannot be kept whole (tests only)
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/**
 * The sheets of one consolidated workbook and what Excel's limits made of them: names handed out (unique, case
 * insensitively, within 31 characters), lists that continue, texts cut and their pieces. One per written workbook.
 */
export class SheetBook {
  readonly limits: SheetLimits;
  /** Data rows a list sheet holds under its header row. */
  readonly rowsPerSheet: number;
  private readonly taken = new Set<string>();
  private readonly continued = new Map<string, string[]>();
  private readonly longRows: Cell[][] = [];
  private cutCells = 0;
  private longFirst: string | undefined;

  constructor(
    readonly lang: Lang,
    limits: Partial<SheetLimits> = {},
    existing: Iterable<string> = [],
  ) {
    this.limits = { ...EXCEL_LIMITS, ...limits };
    if (!(this.limits.rows >= 2) || !(this.limits.chars >= 2))
      throw new Error("SheetBook: a sheet holds at least a header and a row, a cell two characters");
    this.rowsPerSheet = this.limits.rows - 1;
    for (const name of existing) this.taken.add(name.toLowerCase());
  }

  private free(name: string): boolean {
    return !this.taken.has(name.toLowerCase());
  }

  private take(name: string): string {
    this.taken.add(name.toLowerCase());
    return name;
  }

  /** `wanted`, or "wanted (2)", "wanted (3)"… when taken (the add-in's rule for a second consolidation). */
  claim(wanted: string): string {
    const base = wanted.slice(0, SHEET_NAME_CHARS);
    if (this.free(base)) return this.take(base);
    for (let i = 2; ; i++) {
      const suffix = ` (${i})`;
      const name = wanted.slice(0, SHEET_NAME_CHARS - suffix.length) + suffix;
      if (this.free(name)) return this.take(name);
    }
  }

  /**
   * Sheet `index` (0-based) of the list whose first sheet is `first`: the first itself, then "first (2)",
   * "first (3)"… (shortened to fit 31 characters, and "first (2-2)" in the unlikely case that name is taken).
   */
  sheetOf(first: string, index: number): string {
    if (index === 0) return first;
    const more = this.continued.get(first) ?? [];
    this.continued.set(first, more);
    while (more.length < index) {
      const k = more.length + 2;
      for (let i = 1; ; i++) {
        const suffix = i === 1 ? ` (${k})` : ` (${k}-${i})`;
        const name = first.slice(0, SHEET_NAME_CHARS - suffix.length) + suffix;
        if (this.free(name)) {
          more.push(this.take(name));
          break;
        }
      }
    }
    return more[index - 1]!;
  }

  /** Where data row `i` (0-based) of a list goes: its sheet and the 1-based row on it. */
  place(first: string, i: number): { sheet: string; row: number } {
    return { sheet: this.sheetOf(first, Math.floor(i / this.rowsPerSheet)), row: 2 + (i % this.rowsPerSheet) };
  }

  /** The first "Long texts" sheet's name, claimed when the first text is cut. */
  get longTextsSheet(): string {
    return (this.longFirst ??= this.claim(t("conLongTexts", {}, this.lang)));
  }

  /**
   * A row as it can be written at `sheet`!`row`: each text over the cell limit replaced by its beginning and a
   * marker, its full text added to the long texts in pieces. The row itself is returned when nothing is cut.
   */
  fit(cells: Cell[], sheet: string, row: number): Cell[] {
    let out: Cell[] | undefined;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v !== "string" || v.length <= this.limits.chars) continue;
      out ??= [...cells];
      out[c] = this.cut(v, sheet, `${columnLetter(c + 1)}${row}`);
    }
    return out ?? cells;
  }

  private cut(text: string, sheet: string, cell: string): string {
    const parts = pieces(text, this.limits.chars);
    const at = this.place(this.longTextsSheet, this.longRows.length);
    const marker = (cut: number) =>
      t("conCutMarker", { cut: groupDigits(cut, this.lang), sheet: at.sheet, row: at.row, parts: parts.length }, this.lang);
    // The marker's length depends on the count it states: measured with the whole length (as many digits or
    // more), then restated with the count actually cut, which can only be as long or shorter.
    const head = safeCut(text, Math.max(0, this.limits.chars - marker(text.length).length));
    const shown = text.slice(0, head) + marker(text.length - head);
    parts.forEach((piece, k) => this.longRows.push([sheet, cell, k + 1, parts.length, text.length, piece]));
    this.cutCells++;
    return shown.length <= this.limits.chars ? shown : shown.slice(0, this.limits.chars); // a marker longer than the cell (tiny test limits only)
  }

  /** Rows of the long texts list, in the order the texts were cut. */
  longTextRows(): readonly Cell[][] {
    return this.longRows;
  }

  /** Sheets of the list whose first sheet is `first`, in order. */
  sheetsOf(first: string): string[] {
    return [first, ...(this.continued.get(first) ?? [])];
  }

  facts(): LimitFacts {
    return {
      continued: [...this.continued].filter(([, more]) => more.length > 0).map(([sheet, more]) => ({ sheet, more: [...more] })),
      longTexts: this.cutCells > 0 ? { sheet: this.longTextsSheet, cells: this.cutCells } : null,
      rows: this.limits.rows,
      chars: this.limits.chars,
    };
  }
}

/** The summary's lines about the limits reached: none when no list continued and no text was cut. */
export function limitLines(facts: LimitFacts | undefined, lang: Lang): string[] {
  if (!facts) return [];
  const lines: string[] = [];
  if (facts.continued.length > 0) {
    const lists = facts.continued
      .map((c) => t("conContinuedList", { sheet: c.sheet, more: c.more.map((m) => `“${m}”`).join(", ") }, lang))
      .join("; ");
    lines.push(t("conContinuedLine", { rows: groupDigits(facts.rows, lang), lists }, lang));
  }
  if (facts.longTexts)
    lines.push(
      t(
        "conLongTextsLine",
        { count: groupDigits(facts.longTexts.cells, lang), chars: groupDigits(facts.chars, lang), sheet: facts.longTexts.sheet },
        lang,
      ),
    );
  return lines;
}
