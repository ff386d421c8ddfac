/**
 * TTX.DEADLINE(period, [year]): due date of a report as an Excel date serial (format the cell as a date).
 * The calendar is the catalog's (Điều 1, IV): six-month report by 5 June, annual report by 5 December.
 * period: "H1" / "6 tháng" / "6T" / 6, or "annual" / "năm" / "cả năm" / 12; or "2025-H1", "2025-annual" with the
 * year inside (then `year` may be left out).
 */
import { bilingual } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { normalizeFieldName } from "../plan/fields";
import { isBlank, readYear, toExcelSerial } from "./coerce";
import { ttxError, type TtxResult } from "./result";

const PERIOD_WORDS: Record<string, "H1" | "annual"> = {
  h1: "H1", "6thang": "H1", "6t": "H1", "6": "H1", sauthang: "H1", "6months": "H1", halfyear: "H1",
  annual: "annual", nam: "annual", canam: "annual", "12": "annual", "12thang": "annual", year: "annual", n: "annual",
};

export function parsePeriod(text: string): { period: "H1" | "annual"; year?: number } | null {
  const m = /^\s*(\d{4})\s*[-–/ ]\s*(.+)$/.exec(text);
  const word = PERIOD_WORDS[normalizeFieldName(m ? (m[2] ?? "") : text)];
  if (!word) return null;
  return m ? { period: word, year: Number(m[1]) } : { period: word };
}

export function deadline(period: unknown, year?: unknown): TtxResult<number> {
  const text = typeof period === "number" ? String(period) : typeof period === "string" ? period : "";
  const parsed = parsePeriod(text);
  if (!parsed) return ttxError("VALUE", bilingual("badPeriod", { got: String(period ?? "") }));
  let y: number | undefined = parsed.year;
  if (!isBlank(year)) {
    const given = readYear(year);
    if (typeof given !== "number") return given;
    y = given;
  }
  if (y === undefined) return ttxError("VALUE", bilingual("badYear", { got: "(trống/empty)" }));
  const rule = getCatalog().decision.reportingPeriods.find((p) => p.id === parsed.period);
  if (!rule) return ttxError("NOT_AVAILABLE", bilingual("badPeriod", { got: text }));
  return toExcelSerial(y, rule.dueMonth, rule.dueDay);
}
