/**
 * What a spreadsheet cell holds, read the way people and programs put it there: blank, a number typed as Vietnamese
 * or plain text, an Excel date serial (1900 or 1904 based) or a date typed as text, a number format's meaning. Used by
 * both readers, validation, the layout and the TTX functions' argument readers alike.
 */
import { parseVietnameseNumber } from "../plan/parse";

/** A number a cell can hold: not NaN or ±Infinity (Number.isFinite never coerces, so text is not one). */
export const isFiniteNumber = (v: unknown): v is number => Number.isFinite(v);

/** Nothing in the cell: absent, null, or only spaces. */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * Text numbers: Vietnamese style first ("1.234,5", "12,5", "1.234" = 1234), then plain ("12.5", "0.125"); a trailing
 * "%" is allowed ("12,5%" = 12.5, as figures are percentages written as numbers).
 * A single "." is read by the digits after it: exactly three is a thousands group, as Excel in Vietnamese shows
 * 1234 ("1.234", and staff copy what they see); one, two or four and more cannot be a group, so it is a decimal
 * point ("1.5" = 1.5, "12.25" = 12.25, "1.2345" = 1.2345). A leading "0." is always a decimal point ("0.125" =
 * 0.125): a thousands group never follows a lone 0. So "1.234" typed meaning 1.234 reads as 1234: the checks
 * against the plan's ranges are where such a figure shows up.
 */
export function parseNumberText(text: string): number | null {
  const s = text.trim().replace(/\s*%$/, "");
  // Integers and the Vietnamese forms are read there; what is left is the plain decimal point.
  const vi = parseVietnameseNumber(s);
  if (vi !== null) return vi;
  return /^-?\d+\.\d+$/.test(s) ? Number(s) : null;
}

/** Excel date serial (1900 system, days since 1899-12-30) ↔ calendar date, in UTC to avoid time-zone drift. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
export const toExcelSerial = (year: number, month: number, day: number): number =>
  Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS);
export function fromExcelSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EXCEL_EPOCH_MS + daySerial(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Excel serial → Date at UTC, as date cells are read; 1904-based workbooks add 1462 days. The time of day is kept
 * (45813.73 is 5 June 2025 17:31): readers that want the day take `daySerial` of it, which never rounds up.
 */
export const serialToDate = (serial: number, date1904 = false): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));

/**
 * The day of a date cell as a whole serial: the time of day is dropped, never rounded (5 June 17:30 is 5 June, not
 * 6 June). A number within a millisecond below the next day is that day (binary noise, not a time).
 */
export function daySerial(v: Date | number): number {
  if (v instanceof Date) return Math.floor(v.getTime() / DAY_MS) + 25569;
  return Math.floor(v + 1e-8);
}

/** A format code without its literal parts: quoted text, [colours/locales/conditions], \x escapes, _x spaces, *x fills. */
const formatSymbols = (code: string): string => code.replace(/"[^"]*"|\\[^]|[_*][^]|\[[^\]]*]/g, "");

/** A number format shows a date or time when, outside its literal parts, it has a date or time letter. */
export const isDateFormat = (code: string): boolean => /[ymdhsb]/i.test(formatSymbols(code));

/** A number format shows a percentage (the stored 0.125 shown as 12.5%) when it has a `%` outside its literal parts. */
export const isPercentFormat = (code: string): boolean => formatSymbols(code).includes("%");

/**
 * A number stored in a %-formatted cell (0.125) as the person typed it (12.5): the figures of the templates are
 * percentages written as numbers (25 for 25%). Rounded to 12 significant digits, so 0.123 gives 12.3, not
 * 12.299999999999999 (×100 in binary floating point); no figure typed into a report has more.
 */
export const fromPercent = (stored: number): number => Number((stored * 100).toPrecision(12));

/** Serial → "dd/mm/yyyy", for text (cells carry the serial and a date format instead). */
export function serialToText(serial: number): string {
  const { year, month, day } = fromExcelSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/**
 * What a date typed as text says: one day, two possible days (`ambiguous`, day-first reading first), or nothing
 * (null: not a date, or a day that does not exist such as 31/02/2025).
 */
type DateText = { serial: number } | { ambiguous: readonly [dayFirst: number, monthFirst: number] };

/**
 * A valid calendar day as a serial, else null (31/02 → null, not 3 March). A day or month that does not exist
 * (day 0 or past the month's end, month 0 or 13) rolls over into another month, which is how it is told.
 */
function validDay(year: number, month: number, day: number): number | null {
  const serial = toExcelSerial(year, month, day);
  return fromExcelSerial(serial).month === month ? serial : null;
}

/**
 * Without diacritics, lower case, single spaces: "Ngày  5 Tháng 6" → "ngay 5 thang 6". (đ stays đ: no word the
 * patterns look for has one.)
 */
const fold = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * A time of day after the date ("17:30", "5:30:00 PM", "17:30 CH", ISO "T17:30:00Z"): the day is what counts. Both
 * patterns see folded text, where spaces are single.
 */
const TIME_AFTER = /(?:\s|t)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:[ap]\.?m\.?|sa|ch))?(?:z|[+-]\d{2}:?\d{2})?$/;
/** A time of day before it, as Vietnamese letters write it: "17h30 ngày 05/6/2025", "17:30, 05/06/2025". */
const TIME_BEFORE = /^\d{1,2}(?::|h|g|\s?gio\s?)\d{0,2}(?:\s?phut)?,?\s/;

/**
 * Reads a date typed as text. Accepted forms (a time of day before or after is ignored, the day kept):
 * - ISO "2025-06-05";
 * - words, as Vietnamese documents date themselves: "ngày 05 tháng 6 năm 2025", with or without diacritics, any
 *   case and spacing, and a place before it ("Cao Bằng, ngày 5 tháng 6 năm 2025");
 * - numbers "05/06/2025", "5.6.2025", "05-06-2025" (optionally after "ngày"): Vietnamese order, day first. Except
 *   where the text may be Excel's US default m/d/yyyy, which never pads with zeros: "/" or "-" separators, both
 *   parts unpadded and at most 12, and day ≠ month ("6/5/2025", "10/11/2025"). That is ambiguous (6 May or 5 June?),
 *   and ambiguous is returned with both days: a guess would silently date a report a month wrong. A zero ("05/06",
 *   "5/06") or dots ("6.5.2025", never US) mark day first; a part above 12 leaves one reading ("13/5/2025", and
 *   "5/13/2025", which can only be 13 May).
 */
export function readDateText(text: string): DateText | null {
  let s = fold(text);
  s = s.replace(TIME_AFTER, "").replace(TIME_BEFORE, "");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return one(validDay(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const words = /^(?:[^,\d]{1,60},\s?)?ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(s);
  if (words) return one(validDay(Number(words[3]), Number(words[2]), Number(words[1])));
  const numeric = /^(?:ngay\s?)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (!numeric) return null;
  // Stryker disable next-line StringLiteral: the pattern's groups always match; the defaults only satisfy the type checker.
  const [, first = "", separator, second = "", yearText] = numeric;
  const year = Number(yearText);
  const dayFirst = validDay(year, Number(second), Number(first));
  const padded = first.startsWith("0") || second.startsWith("0");
  if (padded || separator === ".") return one(dayFirst);
  const monthFirst = validDay(year, Number(first), Number(second));
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst) return { ambiguous: [dayFirst, monthFirst] };
  return one(dayFirst ?? monthFirst);
}

const one = (serial: number | null): DateText | null => (serial === null ? null : { serial });

/** A text date's day as a serial; null when it is not a date or is ambiguous (readDateText tells which). */
export function parseDateText(text: string): number | null {
  const read = readDateText(text);
  return read && "serial" in read ? read.serial : null;
}

/** "YYYY-MM-DD" of a calendar day: the form dates are compared and keyed in (org-unit changes, due dates). */
export const isoDateOf = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** "YYYY-MM-DD" of a date cell's value (a Date at UTC midnight, as readers give date cells). */
export const isoOfDate = (d: Date): string => d.toISOString().slice(0, 10);
