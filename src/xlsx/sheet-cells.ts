/**
 * One worksheet's cell values, read from its XML part (xlsx-parts.ts reads the package around it). Values are
 * what a person sees: a formula gives its last computed result, rich text its plain text, an error cell its code
 * ("#N/A"), a number in a date format a Date (with its time of day), a number in a percentage format the percentage
 * as typed (12.5 for a cell showing 12.5%, stored 0.125, as the Office.js reader gives it too). As in Excel, every
 * cell of a merged range shows the value of its top-left cell.
 */
import { fromPercent, serialToDate } from "../core/functions/coerce";
import { parseXml, type XlsxPackage } from "./xlsx-parts";

export interface SheetCells {
  /** Value at row r, column c (both from 1); null when empty. */
  value(row: number, column: number): unknown;
  /** Whether the cell lies in a merged range. */
  merged(row: number, column: number): boolean;
  /** Whether the cell lies in a merged range and is not its top-left cell (it shows that cell's value). */
  covered(row: number, column: number): boolean;
  /** The last row holding a cell, a row record or a merged range. */
  lastRow: number;
  /** Row numbers holding at least one value, ascending. */
  rowsWithValues(): number[];
}

const MAX_COLUMNS = 16_384;
const key = (row: number, column: number) => row * (MAX_COLUMNS + 1) + column;

/**
 * "AB12" → [12, 28]; [0, 0] when the reference is not a cell address. Not core/address.ts's cellOf: this runs
 * once per cell of every file (no regex), and a file's odd reference must be skipped, not thrown on.
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

type Range = [top: number, left: number, bottom: number, right: number];

export function readSheetCells(xml: string, pkg: Pick<XlsxPackage, "sharedStrings" | "dateStyles" | "percentStyles" | "date1904">): SheetCells {
  const values = new Map<number, unknown>();
  const ranges: Range[] = [];
  let lastRow = 0;
  // The cell being read. Its address may be left out, meaning "next to the previous one" (the schema allows it).
  let row = 0;
  let column = 0;
  let type = "";
  let style = 0;
  let raw: string | null = null;
  let hasFormula = false;
  let capture: "v" | "t" | null = null;
  let phonetic = 0;

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
          value = Number(raw) !== 0;
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
          value = raw.trim() === "" || Number.isNaN(n) ? raw
            : pkg.dateStyles[style] ? serialToDate(n, pkg.date1904)
            : pkg.percentStyles[style] ? fromPercent(n)
            : n;
        }
      }
    }
    if (value !== null && row > 0 && column > 0) {
      values.set(key(row, column), value);
      if (row > lastRow) lastRow = row;
    }
  };

  parseXml(xml, {
    open: (name, a) => {
      switch (name) {
        case "row": {
          const r = Number(a.r);
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          column = 0;
          if (row > lastRow) lastRow = row;
          break;
        }
        case "c": {
          const [r, c] = a.r ? decodeCell(a.r) : [row, column + 1];
          row = r;
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
        case "mergeCell": {
          const [from, to] = (a.ref ?? "").split(":");
          const [top, left] = decodeCell(from ?? "");
          const [bottom, right] = to ? decodeCell(to) : [top, left];
          if (top > 0 && bottom >= top && right >= left) {
            ranges.push([top, left, bottom, right]);
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

  const rangeAt = (r: number, c: number) => ranges.find(([top, left, bottom, right]) => r >= top && r <= bottom && c >= left && c <= right);
  return {
    value: (r, c) => {
      const range = ranges.length > 0 ? rangeAt(r, c) : undefined;
      return (range ? values.get(key(range[0], range[1])) : values.get(key(r, c))) ?? null;
    },
    merged: (r, c) => ranges.length > 0 && rangeAt(r, c) !== undefined,
    covered: (r, c) => {
      const range = ranges.length > 0 ? rangeAt(r, c) : undefined;
      return range !== undefined && (range[0] !== r || range[1] !== c);
    },
    lastRow,
    rowsWithValues: () => [...new Set([...values.keys()].map((k) => Math.floor(k / (MAX_COLUMNS + 1))))].sort((a, b) => a - b),
  };
}
