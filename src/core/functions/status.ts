/**
 * TTX.STATUS(code, actual, [reportDate], [lang]): "đạt" / "vượt tiến độ" / "đúng tiến độ" / "chậm" / "chưa báo cáo".
 * The path rule is plan/path.ts, the one TTX.CHECK and consolidation apply:
 * - chưa báo cáo: no value;
 * - đạt: the value meets the milestone due next at the report date (the final one without a date);
 * - vượt tiến độ / đúng tiến độ / chậm: ahead of, within half a year of, or behind the straight-line path at the
 *   report date (from 0 on 1 January 2017, or the action's own period start, through each milestone, reached on
 *   31 December of its year). Without a date the final milestone applies: met is đạt, else chậm.
 * - For "at most" targets the path does not apply: within the cap is đạt, else chậm.
 * - A percentage stored as a fraction (0,2 for 20%, plan/stored-fraction.ts) gets that message instead of a label.
 */
import { t, type MessageKey } from "../i18n/messages";
import { meets } from "../plan/milestones";
import { dayPoint, judgePath, pathStartYear } from "../plan/path";
import { readDate, readNumber } from "./coerce";
import { fromExcelSerial, isBlank } from "../cells/values";
import { isTypedText, storedFractionMessage, storedFractionOf } from "../plan/stored-fraction";
import { readLang, resolveMeasured } from "./resolve";
import type { TtxResult } from "./result";

const LABELS: Record<"on_track" | "behind" | "ahead", MessageKey> = {
  on_track: "statusOnTrack",
  behind: "statusBehind",
  ahead: "statusAhead",
};

export function status(code: unknown, actual: unknown, reportDate?: unknown, lang?: unknown): TtxResult<string> {
  const language = readLang(lang);
  if (typeof language !== "string") return language;
  const resolved = resolveMeasured(code);
  if ("ttxError" in resolved) return resolved;
  const date = isBlank(reportDate) ? undefined : readDate(reportDate, "reportDate");
  if (typeof date === "object") return date;
  if (isBlank(actual)) return t("statusNotReported", {}, language);
  const value = readNumber(actual, "actual");
  if (typeof value !== "number") return value;

  const day = date === undefined ? undefined : fromExcelSerial(date);
  // 20% stored as 0.2 is named, not labelled "chậm" (plan/stored-fraction.ts).
  const fraction = storedFractionOf(resolved.measures, value, day?.year, 0, isTypedText(actual));
  if (fraction) return storedFractionMessage(fraction, language);
  const verdict = judgePath(resolved.measures, value, day && dayPoint(day.year, day.month, day.day), pathStartYear(resolved.entry));
  if (!verdict) return t("statusNotReported", {}, language);
  if (verdict.status !== "behind" && meets(verdict.figure, value)) return t("statusAchieved", {}, language);
  return t(LABELS[verdict.status], {}, language);
}
