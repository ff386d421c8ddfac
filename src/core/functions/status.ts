/**
 * TTX.STATUS(code, actual, [reportDate], [lang]): "đạt" / "đúng tiến độ" / "chậm" / "chưa báo cáo".
 * - chưa báo cáo: no value;
 * - đạt: the value meets the milestone due next at the report date (the final one without a date);
 * - đúng tiến độ: not there yet, but at or above the straight-line path to that milestone. The decision gives no
 *   baselines, so the path starts from 0 on 1 January 2017 (start of the plan) and runs through each milestone
 *   (reached on 31 December of its year);
 * - chậm: below that path. For "at most" targets the path does not apply: within the cap is đạt, else chậm.
 */
import { t } from "../i18n/messages";
import { meets, milestonesFor } from "../plan/milestones";
import type { MeasureT } from "../plan/schema";
import { fromExcelSerial, isBlank, readDate, readNumber, toExcelSerial } from "./coerce";
import { readLang, resolveMeasured } from "./resolve";
import type { TtxResult } from "./result";

const PLAN_START = toExcelSerial(2017, 1, 1);

/** Expected value on a date along the straight-line path through the first figure of each milestone year. */
export function pathValue(measures: readonly MeasureT[], serial: number): number {
  const points: [number, number][] = [[PLAN_START, 0]];
  for (const year of [...new Set(measures.map((m) => m.year))].sort((a, b) => a - b)) {
    const m = measures.find((x) => x.year === year);
    if (m) points.push([toExcelSerial(year, 12, 31), m.value]);
  }
  if (serial <= PLAN_START) return 0;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (serial <= x1) return y0 + ((y1 - y0) * (serial - x0)) / (x1 - x0);
  }
  return points[points.length - 1]![1];
}

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

  const due = milestonesFor(resolved.measures, date === undefined ? undefined : fromExcelSerial(date).year);
  const measure = due?.measures[0];
  if (!due || !measure) return t("statusNotReported", {}, language);
  if (meets(measure, value)) return t("statusAchieved", {}, language);
  if (measure.comparator === "<=" || date === undefined) return t("statusBehind", {}, language);
  return value >= pathValue(resolved.measures, date) ? t("statusOnTrack", {}, language) : t("statusBehind", {}, language);
}
