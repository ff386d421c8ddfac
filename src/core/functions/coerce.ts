/**
 * Argument coercion shared by every TTX function (HyperFormula's "one generic runner" idea): each reader returns
 * the value or a TtxError, never throws. Excel hands custom functions numbers, strings, booleans, null (blank) and
 * 2-D arrays (ranges); text numbers may use the Vietnamese decimal comma.
 */
import { bilingual } from "../i18n/messages";
import { parseVietnameseNumber } from "../plan/parse";
import { ttxError, type TtxError } from "./result";

export const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function describe(value: unknown): string {
  if (isBlank(value)) return "(trống/empty)";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A single cell's value: a 1×1 range counts as that cell. */
function single(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  return value;
}

export function readCode(value: unknown, what = "code"): string | TtxError {
  const v = single(value);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "string" && v.trim() !== "") return v;
  return ttxError("VALUE", bilingual("notText", { what, got: describe(v) }));
}

/** Text numbers: Vietnamese style first ("1.234,5", "12,5"), then plain ("12.5"); a trailing "%" is allowed. */
export function parseNumberText(text: string): number | null {
  const s = text.trim().replace(/\s*%$/, "");
  if (s === "") return null;
  const vi = parseVietnameseNumber(s);
  if (vi !== null) return vi;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export function readNumber(value: unknown, what: string): number | TtxError {
  const v = single(value);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string") {
    const n = parseNumberText(v);
    if (n !== null) return n;
  }
  return ttxError("VALUE", bilingual("notNumber", { what, got: describe(v) }));
}

export function readYear(value: unknown): number | TtxError {
  const n = readNumber(value, "year");
  if (typeof n !== "number") return n;
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    return ttxError("VALUE", bilingual("badYear", { got: describe(value) }));
  }
  return n;
}

/** Excel date serial (1900 system, days since 1899-12-30) ↔ calendar date, in UTC to avoid time-zone drift. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
export const toExcelSerial = (year: number, month: number, day: number): number =>
  Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS);
export function fromExcelSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Excel serial → Date at UTC (midnight for whole days), as date cells are read; 1904-based workbooks add 1462 days. */
export const serialToDate = (serial: number, date1904 = false): Date => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

/** A number format shows a date or time when, outside quoted text and [brackets], it has a date or time letter. */
export const isDateFormat = (code: string): boolean => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** Serial → "dd/mm/yyyy", for text (cells carry the serial and a date format instead). */
export function serialToText(serial: number): string {
  const { year, month, day } = fromExcelSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Text "2025-06-05" or "05/06/2025" (Vietnamese day/month/year; also with "-" or ".") → serial; null otherwise. */
export function parseDateText(text: string): number | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const vi = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vi ? [vi[4], vi[3], vi[1]] : [];
  if (!y || !m || !d) return null;
  const serial = toExcelSerial(Number(y), Number(m), Number(d));
  const back = fromExcelSerial(serial);
  return back.month === Number(m) && back.day === Number(d) ? serial : null;
}

/** A date as an Excel serial number, or text "2025-06-05" / "05/06/2025" (Vietnamese day/month/year). */
export function readDate(value: unknown, what: string): number | TtxError {
  const v = single(value);
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return Math.floor(v);
  const serial = typeof v === "string" ? parseDateText(v) : null;
  return serial ?? ttxError("VALUE", bilingual("notDate", { what, got: describe(v) }));
}

/** Numbers of a range argument (row, column or block), blanks skipped; a single value gives one number. */
export function readNumberList(value: unknown, what: string): number[] | TtxError {
  const cells = Array.isArray(value) ? (value as unknown[]).flat(2) : [value];
  const out: number[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const n = readNumber(cell, what);
    if (typeof n !== "number") return n;
    out.push(n);
  }
  return out;
}
