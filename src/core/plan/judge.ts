/**
 * How a figure stands against a plan item at a report year: impossible (refused), a likely slip (warned), or where it
 * is on the plan's path — the one rule TTX.CHECK, the templates' check column, the Check tab and consolidation
 * apply. Order: outside the unit's possible range → implausibly far above the final milestone → a percentage stored
 * as a fraction (stored-fraction.ts) → behind the path at the report year ("trên 60%" and exactly 60 is "not over
 * 60%"). The range rules are the units' (milestones.ts), the path rule is path.ts.
 *
 * What becomes of each verdict in a report:
 * - impossible (negative, a percentage over 100, more hectares than the province, over 10× the final milestone):
 *   the row is refused, kind "out_of_range";
 * - implausible but possible (a fraction on a percentage row): accepted as typed, with an "out_of_range" warning;
 * - behind / on track / ahead of the path: the entry's status (Entry.pathStatus), never an issue. Only "behind"
 *   shows in the check column ("Chậm 12,5 điểm % so với lộ trình 2025 (52,5%)"); on track and ahead read "OK".
 */
import { t, type Lang } from "../i18n/messages";
import {
  IMPLAUSIBLE_MULTIPLE,
  UNIT_RANGES,
  formatDifference,
  formatMeasure,
  formatNumber,
  formatQuantity,
  implausibleAbove,
} from "./milestones";
import { PLAN_START_YEAR, judgePath, yearPoint, type PathJudgement } from "./path";
import type { MeasureT } from "./schema";
import { storedFractionMessage, storedFractionOf } from "./stored-fraction";

type CheckKind = "ok" | "below_min" | "above_max" | "implausible" | "fraction" | "behind";

interface Verdict {
  kind: CheckKind;
  message: string;
  /** What a report does with it: refuse the row, accept it with a warning, or nothing (the status says it). */
  issue: "refuse" | "warn" | null;
  /** The value against the path at the report year; null for an impossible value or an entry without milestones. */
  path: PathJudgement | null;
}

/** Above this multiple of the row's planned budget, a disbursed amount is implausible (typed in triệu, not tỷ?). */
const BUDGET_MULTIPLE = 10;

interface JudgeOptions {
  /** The value arrived as text ("0,2", "0,2%"): typed as such, never a stored fraction (stored-fraction.ts). */
  typedAsText?: boolean;
}

/**
 * Judges a value against an entry's measures at a report year (undefined: at the final milestone). `startYear` is
 * the entry's path start (plan/path.ts pathStartYear); callers holding the catalog entry pass it.
 */
export function judgeValue(
  measures: readonly MeasureT[],
  value: number,
  year: number | undefined,
  lang: Lang,
  startYear = PLAN_START_YEAR,
  options: JudgeOptions = {},
): Verdict {
  const ok = (path: PathJudgement | null): Verdict => ({ kind: "ok", message: t("checkOk", {}, lang), issue: null, path });
  const refuse = (kind: CheckKind, message: string): Verdict => ({ kind, message, issue: "refuse", path: null });
  const first = measures[0];
  if (!first) return ok(null);
  const range = UNIT_RANGES[first.unit];
  if (value < range.min) return refuse("below_min", t("checkBelowMin", {}, lang));
  if (range.max !== null && value > range.max) {
    return refuse("above_max", t("checkAboveMax", { max: formatQuantity(range.max, first.unit, lang) }, lang));
  }
  const implausible = implausibleAbove(measures);
  if (implausible && value > implausible.limit) {
    return refuse("implausible", t("checkImplausible", { times: IMPLAUSIBLE_MULTIPLE, year: implausible.year }, lang));
  }
  // A first measure means a path at any year (path.ts).
  const path = judgePath(measures, value, yearPoint(year), startYear)!;
  // 20% in a %-formatted cell arrives as 0.2: the one rule of stored-fraction.ts names it instead of judging 0,2%.
  // Accepted as typed, with a warning.
  const fraction = storedFractionOf(measures, value, year, 0, options.typedAsText);
  if (fraction) return { kind: "fraction", message: storedFractionMessage(fraction, lang), issue: "warn", path };
  if (path.status !== "behind") return ok(path);
  const figure = path.figure;
  const message =
    figure.comparator === "<="
      ? t("checkAboveCap", { year: path.dueYear, target: formatMeasure(figure, lang) }, lang)
      : // "trên 60%" and exactly 60: not over the bound, which is what the message must say.
        path.gap <= 0 && figure.comparator === ">"
        ? t("checkNotOver", { year: path.dueYear, target: formatMeasure(figure, lang) }, lang)
        : path.gap <= 0
          ? t("checkBelowTarget", { year: path.dueYear, target: formatMeasure(figure, lang) }, lang)
          : t(
              "checkBehindPath",
              {
                gap: formatDifference(path.gap, figure.unit, lang),
                year: Math.ceil(path.at),
                expected: formatQuantity(path.expected, figure.unit, lang),
              },
              lang,
            );
  return { kind: "behind", message, issue: null, path };
}

/** The reason a value is not "OK" (impossible, a likely fraction, or behind the path), or null when it is. */
export function checkValue(
  measures: readonly MeasureT[],
  value: number,
  year: number | undefined,
  lang: Lang,
  startYear = PLAN_START_YEAR,
  options: JudgeOptions = {},
): string | null {
  const verdict = judgeValue(measures, value, year, lang, startYear, options);
  return verdict.kind === "ok" ? null : verdict.message;
}

/**
 * A disbursed amount over BUDGET_MULTIPLE × the row's planned budget (tỷ đồng), as a warning message; null when
 * plausible or the row has no planned budget (`planned`: the row's budget cell as the plan holds it; anything but a
 * positive number is no budget). Amounts typed in đồng (≥ 1,000,000) have their own warning.
 */
export function judgeDisbursed(disbursed: number, planned: unknown, lang: Lang): string | null {
  // Rounded: 533,78 × 10 is 5337.799999999999 in binary floating point, and 5.337,8 is not over it.
  if (typeof planned !== "number" || !(planned > 0) || !(disbursed > Math.round(planned * BUDGET_MULTIPLE * 1e6) / 1e6)) return null;
  return t(
    "checkDisbursedOverBudget",
    { value: formatNumber(disbursed, lang), times: BUDGET_MULTIPLE, budget: formatNumber(planned, lang) },
    lang,
  );
}
