/**
 * TTX.CHECK(code, value, [year], [lang]): validates one entry against the catalog and returns "OK" or the first
 * problem in words. Order: blank → not a number → outside the unit's possible range → implausibly far above the
 * final milestone → short of the applicable milestone (or over an "at most" cap). The rules are the catalog's
 * (unit ranges and comparators in plan/milestones.ts); this function only applies them.
 */
import { t, type Lang } from "../i18n/messages";
import { IMPLAUSIBLE_MULTIPLE, UNIT_LABELS, UNIT_RANGES, meets, milestonesFor } from "../plan/milestones";
import type { MeasureT } from "../plan/schema";
import { isBlank, parseNumberText, readYear } from "./coerce";
import { readLang, resolveMeasured } from "./resolve";
import type { TtxResult } from "./result";

const formatTarget = (m: MeasureT, lang: Lang): string => {
  const unit = UNIT_LABELS[m.unit][lang];
  const value = m.max !== undefined ? `${m.value}–${m.max}` : String(m.value);
  return unit === "%" ? `${value}%` : `${value} ${unit}`;
};

/** The reason a value fails, or null when it passes. Shared with STATUS and consolidation. */
export function checkValue(measures: readonly MeasureT[], value: number, year: number | undefined, lang: Lang): string | null {
  const first = measures[0];
  if (!first) return null;
  const range = UNIT_RANGES[first.unit];
  if (value < range.min) return t("checkBelowMin", {}, lang);
  if (range.max !== null && value > range.max) {
    return t("checkAboveMax", { max: range.max, unit: first.unit === "percent" ? "%" : ` ${UNIT_LABELS[first.unit][lang]}` }, lang);
  }
  const final = milestonesFor(measures);
  const finalValue = final?.measures[0]?.value ?? 0;
  if (range.max === null && finalValue > 0 && value > finalValue * IMPLAUSIBLE_MULTIPLE) {
    return t("checkImplausible", { times: IMPLAUSIBLE_MULTIPLE, year: final?.year ?? "" }, lang);
  }
  const due = milestonesFor(measures, year);
  const measure = due?.measures[0];
  if (due && measure && !meets(measure, value)) {
    const key = measure.comparator === "<=" ? "checkAboveCap" : "checkBelowTarget";
    return t(key, { year: due.year, target: formatTarget(measure, lang) }, lang);
  }
  return null;
}

export function check(code: unknown, value: unknown, year?: unknown, lang?: unknown): TtxResult<string> {
  const language = readLang(lang);
  if (typeof language !== "string") return language;
  const resolved = resolveMeasured(code);
  if ("ttxError" in resolved) return resolved;
  const wantedYear = isBlank(year) ? undefined : readYear(year);
  if (typeof wantedYear === "object") return wantedYear;
  if (isBlank(value)) return t("checkBlank", {}, language);
  const number = typeof value === "number" ? value : typeof value === "string" ? parseNumberText(value) : null;
  if (number === null || !Number.isFinite(number)) return t("checkNotNumber", { got: String(value) }, language);
  return checkValue(resolved.measures, number, wantedYear, language) ?? t("checkOk", {}, language);
}
