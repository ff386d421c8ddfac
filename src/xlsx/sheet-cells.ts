/**
 * One worksheet's cell values, read from its XML part (xlsx-parts.ts reads the package around it). Values are
 * what a person sees: a formula gives its last computed result, rich text its plain text, an error cell its code
 * ("#N/A"), a number in a date format a Date (with its time of day), a number in a percentage format the percentage
 * as typed (12.5 for a cell showing 12.5%, stored 0.125, as the Office.js reader gives it too). As in Excel, every
 * cell of a merged range shows the value of its top-left cell.
 */
import { fromPercent, serialToDate } from "../core/cells/values";
import { EXCEL_COLUMNS, EXCEL_ROWS, READ_LIMITS, ReadLimitError, ownString } from "./limits";
import { MergeIndex } from "./merge-index";
import { xmlParser, type XlsxPackage } from "./xlsx-parts";

export interface SheetCells {
  /** Value at row r, column c (both from 1); null when empty. */
  value(row: number, column: number): unknown;
  /** Whether the cell lies in a merged range. */
  merged(row: number, column: number): boolean;
  /** Whether the cell lies in a merged range and is not its top-left cell (it shows that cell's value). */
  covered(row: number, column: number): boolean;
  /**
   * The last row holding a value or a merged range: what a scan of the sheet needs to reach. Row records and cells
   * without a value (formatting, heights: writers leave them down to row 1,048,576) do not count.
   */
  lastRow: number;
  /** Row numbers holding at least one value, ascending. */
  rowsWithValues(): number[];
  /** The merged ranges, indexed (what `value`, `merged` and `covered` look up). */
  mergeIndex?: MergeIndex;
}

const MAX_COLUMNS = 16_384;
const key = (row: number, column: number) => row * (MAX_COLUMNS + 1) + column;

/**
 * "AB12" → [12, 28]; [0, 0] when the reference is not a cell address. Not core/address.ts's cellOf: this runs
 * once per cell of every file (no regex), and its caller decides what an odd reference means (a value there
 * refuses the file; an empty cell or merged range there is skipped).
 */
function decodeCell(ref: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) column = column * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) column = column * 26 + ch - 96;
    else break;
  }
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row > 0 && column > 0 ? [row, column] : [0, 0];
}

type CellFormats = Pick<XlsxPackage, "sharedStrings" | "dateStyles" | "percentStyles" | "date1904">;
/** A package read by openXlsx also carries the file's limits and what its other sheets used of them. */
type SheetSource = CellFormats & Partial<Pick<XlsxPackage, "limits" | "used">>;

/**
 * A sheet's cells read as its XML comes (`write` each piece, then `end`). Counted while parsing, before they are
 * kept: cells on this sheet and in the file, merged ranges in the file (a `<mergeCells count>` over the limit is
 * refused before any is read), characters of text kept (with the shared strings'); each over its limit stops the
 * file with a ReadLimitError, and so does a cell, row or merged range outside Excel's grid. `sheet` names the
 * sheet in those errors. Text is kept as strings of their own (ownString), never views of the XML read.
 */
export function sheetCellsParser(pkg: SheetSource, sheet = ""): { write(text: string): void; end(): SheetCells } {
  const limits = pkg.limits ?? READ_LIMITS;
  const used = pkg.used ?? { cells: 0, merged: 0, chars: 0 };
  const values = new Map<number, unknown>();
  const merges = new MergeIndex();
  let lastRow = 0;
  let cells = 0;
  // The cell being read. Its address may be left out, meaning "next to the previous one" (the schema allows it).
  let row = 0;
  let column = 0;
  // The row a row record without a number follows: the last row placed, kept past a cell that has no place.
  let lastPlacedRow = 0;
  let type = "";
  let style = 0;
  let raw: string | null = null;
  let hasFormula = false;
  let capture: "v" | "t" | null = null;
  let phonetic = 0;
  // The address that was not a cell's ("A0", "$A$1"): its cell, and address-less cells after it, have no place.
  let unplaced = "";

  const outsideGrid = (where: string) => new ReadLimitError("grid", EXCEL_ROWS, 0, true, sheet, where);

  const finish = () => {
    let value: unknown = null;
    if (raw !== null && !(hasFormula && raw === "")) {
      switch (type) {
        case "s":
          value = raw === "" ? null : (pkg.sharedStrings[Number(raw)] ?? null);
          break;
        case "str":
        case "inlineStr":
          value = raw;
          break;
        case "b":
          // 1 or 0 by the standard; some writers put "true"/"false", and "false" is no TRUE.
          value = /^\s*(1|true)\s*$/i.test(raw);
          break;
        case "e":
          value = raw;
          break;
        case "d": {
          // ISO 8601 without a zone is local time to Date; a workbook's dates have no zone, so read them as UTC.
          const date = new Date(/T[^Zz+-]*$/.test(raw) ? `${raw}Z` : raw);
          value = Number.isNaN(date.getTime()) ? raw : date;
          break;
        }
        default: {
          const n = Number(raw);
          value =
            raw.trim() === "" || Number.isNaN(n)
              ? raw
              : pkg.dateStyles[style]
                ? serialToDate(n, pkg.date1904)
                : pkg.percentStyles[style]
                  ? fromPercent(n)
                  : n;
        }
      }
    }
    // A value with no place would be lost without a word: the file is refused, naming the address.
    if (value !== null && (row === 0 || column === 0)) throw new ReadLimitError("address", 0, 0, true, sheet, unplaced);
    if (value !== null) {
      // A shared string is the shared strings' (counted and kept once); text held in the cell itself is counted here.
      if (typeof value === "string" && type !== "s") {
        if ((used.chars += value.length) > limits.textChars)
          throw new ReadLimitError("textChars", limits.textChars, used.chars, false, sheet);
        value = ownString(value);
      }
      values.set(key(row, column), value);
      if (row > lastRow) lastRow = row;
    }
  };

  const parser = xmlParser({
    open: (name, a) => {
      switch (name) {
        case "row": {
          const r = Number(a.r);
          row = Number.isInteger(r) && r > 0 ? r : lastPlacedRow + 1;
          lastPlacedRow = row;
          column = 0;
          if (row > EXCEL_ROWS) throw outsideGrid(`${row}:${row}`);
          break;
        }
        case "c": {
          if (++cells > limits.sheetCells) throw new ReadLimitError("sheetCells", limits.sheetCells, cells, false, sheet);
          if (++used.cells > limits.fileCells) throw new ReadLimitError("fileCells", limits.fileCells, used.cells, false, sheet);
          const [r, c] = a.r ? decodeCell(a.r) : [row, column + 1];
          if (a.r && r === 0) unplaced = a.r;
          if (r > EXCEL_ROWS || c > EXCEL_COLUMNS) throw outsideGrid(a.r ?? `${r}:${r}`);
          row = r;
          if (r > 0) lastPlacedRow = r;
          column = c;
          type = a.t ?? "";
          style = Number(a.s ?? 0);
          raw = null;
          hasFormula = false;
          break;
        }
        case "f":
          hasFormula = true;
          break;
        case "v":
          capture = "v";
          raw = "";
          break;
        case "t":
          if (phonetic === 0) {
            capture = "t";
            raw ??= "";
          }
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCells": {
          const declared = Number(a.count);
          if (Number.isSafeInteger(declared) && used.merged + declared > limits.mergedRanges)
            throw new ReadLimitError("mergedRanges", limits.mergedRanges, used.merged + declared, true, sheet);
          break;
        }
        case "mergeCell": {
          const [from, to] = (a.ref ?? "").split(":");
          const [top, left] = decodeCell(from ?? "");
          const [bottom, right] = to ? decodeCell(to) : [top, left];
          if (top > 0 && bottom >= top && right >= left) {
            if (bottom > EXCEL_ROWS || right > EXCEL_COLUMNS) throw outsideGrid(a.ref ?? "");
            if (++used.merged > limits.mergedRanges)
              throw new ReadLimitError("mergedRanges", limits.mergedRanges, used.merged, false, sheet);
            merges.add(top, left, bottom, right);
            if (bottom > lastRow) lastRow = bottom;
          }
          break;
        }
      }
    },
    text: (s) => {
      if (capture !== null) raw += s;
    },
    close: (name) => {
      if (name === "v" || name === "t") capture = null;
      else if (name === "rPh") phonetic--;
      else if (name === "c") finish();
    },
  });

  return {
    write: parser.write,
    end: () => {
      parser.end();
      merges.find(1, 1); // builds the index now, while the sheet is being read, not at the first lookup
      return {
        value: (r, c) => {
          const at = merges.topLeft(r, c);
          return (at ? values.get(key(at[0], at[1])) : values.get(key(r, c))) ?? null;
        },
        merged: (r, c) => merges.find(r, c) >= 0,
        covered: (r, c) => {
          const at = merges.topLeft(r, c);
          return at !== undefined && (at[0] !== r || at[1] !== c);
        },
        lastRow,
        rowsWithValues: () => [...new Set([...values.keys()].map((k) => Math.floor(k / (MAX_COLUMNS + 1))))].sort((a, b) => a - b),
        mergeIndex: merges,
      };
    },
  };
}

export function readSheetCells(xml: string, pkg: SheetSource, sheet = ""): SheetCells {
  const parser = sheetCellsParser(pkg, sheet);
  parser.write(xml);
  return parser.end();
}
