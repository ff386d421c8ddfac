/**
 * TTX.DEADLINE(period, [year]): due date of a report as an Excel date serial (format the cell as a date).
 * The calendar is the catalog's (Điều 1, IV): six-month report by 5 June, annual report by 5 December.
 * period: "H1" / "6 tháng" / "6T" / 6, or "annual" / "năm" / "cả năm" / 12; or "2025-H1", "2025-annual" with the
 * year inside (then `year` may be left out).
 */
import { bilingual } from "../i18n/messages";
import { dueDate, parsePeriod } from "../plan/calendar";
import { oneCell, readYear } from "./coerce";
import { isBlank, toExcelSerial } from "../cells/values";
import { ttxError, type TtxResult } from "./result";

export function deadline(periodArgument: unknown, year?: unknown): TtxResult<number> {
  const period = oneCell(periodArgument);
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
  const due = dueDate({ kind: parsed.kind, year: y });
  return toExcelSerial(due.year, due.month, due.day);
}
