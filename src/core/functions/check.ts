/**
 * TTX.CHECK(code, value, [year], [lang]): validates one entry against the catalog and returns "OK" or the first
 * problem in words. Order: blank → not a number → outside the unit's possible range → implausibly far above the
 * final milestone → short of the applicable milestone (or over an "at most" cap). The rules are the catalog's
 * (unit ranges and comparators in plan/milestones.ts); this function only applies them.
 */
import { t, type Lang } from "../i18n/messages";
import { IMPLAUSIBLE_MULTIPLE, UNIT_LABELS, UNIT_RANGES, formatMeasure, formatNumber, meets, milestonesFor } from "../plan/milestones";
import type { MeasureT } from "../plan/schema";
import { isBlank, parseNumberText, readYear } from "./coerce";
import { readLang, resolveMeasured } from "./resolve";
import type { TtxResult } from "./result";


export type CheckKind = "ok" | "below_min" | "above_max" | "implausible" | "below_target" | "above_cap";

/**
 * Judges a value against an entry's measures: the kind of problem (impossible values vs. a missed milestone) and
 * its message. TTX.CHECK shows the message; consolidation rejects impossible values and flags missed milestones.
 */
export function judgeValue(measures: readonly MeasureT[], value: number, year: number | undefined, lang: Lang): { kind: CheckKind; message: string } {
  const first = measures[0];
  if (!first) return { kind: "ok", message: t("checkOk", {}, lang) };
  const range = UNIT_RANGES[first.unit];
  if (value < range.min) return { kind: "below_min", message: t("checkBelowMin", {}, lang) };
  if (range.max !== null && value > range.max) {
    return { kind: "above_max", message: t("checkAboveMax", { max: formatNumber(range.max, lang), unit: first.unit === "percent" ? "%" : ` ${UNIT_LABELS[first.unit][lang]}` }, lang) };
  }
  const final = milestonesFor(measures);
  const finalValue = final?.measures[0]?.value ?? 0;
  if (range.max === null && finalValue > 0 && value > finalValue * IMPLAUSIBLE_MULTIPLE) {
    return { kind: "implausible", message: t("checkImplausible", { times: IMPLAUSIBLE_MULTIPLE, year: final?.year ?? "" }, lang) };
  }
  const due = milestonesFor(measures, year);
  const measure = due?.measures[0];
  if (due && measure && !meets(measure, value)) {
    const kind = measure.comparator === "<=" ? "above_cap" : "below_target";
    return { kind, message: t(kind === "above_cap" ? "checkAboveCap" : "checkBelowTarget", { year: due.year, target: formatMeasure(measure, lang) }, lang) };
  }
  return { kind: "ok", message: t("checkOk", {}, lang) };
}

/** The reason a value fails, or null when it passes. */
export function checkValue(measures: readonly MeasureT[], value: number, year: number | undefined, lang: Lang): string | null {
  const verdict = judgeValue(measures, value, year, lang);
  return verdict.kind === "ok" ? null : verdict.message;
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
