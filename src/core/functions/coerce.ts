/**
 * Argument coercion shared by every TTX function (HyperFormula's "one generic runner" idea): each reader returns
 * the value or a TtxError, never throws. Excel hands custom functions numbers, strings, booleans, null (blank) and
 * 2-D arrays (ranges); text numbers may use the Vietnamese decimal comma.
 */
import { daySerial, isBlank, isFiniteNumber, parseNumberText, readDateText, serialToText } from "../cells/values";
import { bilingual } from "../i18n/messages";
import { ttxError, type TtxError } from "./result";

function describe(value: unknown): string {
  if (isBlank(value)) return "(trống/empty)";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A single cell's value: a 1×1 range (A1:A1, or a cell HyperFormula hands over as a range) counts as that cell. */
export function oneCell(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  return value;
}

export function readCode(value: unknown, what = "code"): string | TtxError {
  const v = oneCell(value);
  if (isFiniteNumber(v)) return String(v);
  if (typeof v === "string" && v.trim() !== "") return v;
  return ttxError("VALUE", bilingual("notText", { what, got: describe(v) }));
}

export function readNumber(value: unknown, what: string): number | TtxError {
  const v = oneCell(value);
  if (isFiniteNumber(v)) return v;
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

/**
 * A date as an Excel serial number (its day: a time of day is dropped), or text as readDateText reads it. An
 * ambiguous text ("6/5/2025") is an error naming both readings, not a guess.
 */
export function readDate(value: unknown, what: string): number | TtxError {
  const v = oneCell(value);
  if (isFiniteNumber(v) && v > 0) return daySerial(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return daySerial(v);
  const read = typeof v === "string" ? readDateText(v) : null;
  if (read && "serial" in read) return read.serial;
  if (read)
    return ttxError(
      "VALUE",
      bilingual("notDateAmbiguous", {
        what,
        got: describe(v),
        dayFirst: serialToText(read.ambiguous[0]),
        monthFirst: serialToText(read.ambiguous[1]),
      }),
    );
  return ttxError("VALUE", bilingual("notDate", { what, got: describe(v) }));
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
