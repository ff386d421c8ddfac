/**
 * The one rule for a percentage that reached us as a fraction. Excel stores a cell showing 20% as 0.2, and a custom
 * function (or a file reader) sees 0.2, never the cell's format. The plan's percentages are percentage points
 * (20 means 20%), so:
 *
 *   where the figure's unit is % and the applicable milestone is above 1, a value strictly between 0 and 1 is
 *   "stored as a fraction": it is named (0,2 looks like 20% — type 20), never judged as 0,2%.
 *
 * Why this rule: no milestone of the decision that is above 1% can sensibly be reported as under 1%, while a slip of
 * the % format turns every such figure into 0.x; milestones of 1% or less (none today) keep their small values.
 * Only numbers are judged so: a value that arrives as text ("0,2" or "0,2%") was typed as such, no cell format
 * came between, and it is the way out for a real 0,2% (callers pass `typedAsText`). The advice never sends the
 * person round in a circle: where the percent reading is itself below 1 (0,002 → 0,2%) it says to enter the text
 * "0,2%", not the number 0,2. TTX.CHECK, TTX.STATUS and TTX.PROGRESS apply it through this module; the
 * consolidation's validation and the Check tab go through `judgeValue` (check.ts) or call it.
 */
import { t, type Lang } from "../i18n/messages";
import { lookup } from "./catalog";
import { formatMeasure, measuresOf, milestonesFor } from "./milestones";
import type { MeasureT } from "./schema";
import { fromPercent } from "../cells/values";

interface StoredFraction {
  /** The value as given (0.2). */
  value: number;
  /** What the person most likely typed, in percentage points (20). */
  percent: number;
  /** The milestone figure it was to be judged against, and its year. */
  figure: MeasureT;
  year: number;
}

/** A value that arrived as text ("0,2", "0,2%"): typed by the person, never a %-formatted number cell. */
export const isTypedText = (v: unknown): boolean => typeof v === "string";

/** Whether a value may be a fraction against this figure: a percentage above 1% (against 0,5% a 0,4 is just 0,4%). */
export const fractionRuleAppliesTo = (figure: MeasureT): boolean => figure.unit === "percent" && figure.value > 1;

/**
 * The rule on measures already looked up: `figure` is the 0-based figure of the milestone due in `year` (the final
 * milestone when `year` is undefined), as TTX.PROGRESS pairs values with figures; null when the rule does not apply.
 */
export function storedFractionOf(
  measures: readonly MeasureT[],
  value: number,
  year?: number,
  figure = 0,
  typedAsText = false,
): StoredFraction | null {
  if (typedAsText || !(value > 0 && value < 1)) return null;
  const due = milestonesFor(measures, year);
  if (!due) return null;
  // The applicable year is one of the figures' years: it has a first figure.
  const m = due.measures[figure] ?? due.measures[0]!;
  if (!fractionRuleAppliesTo(m)) return null;
  return { value, percent: fromPercent(value), figure: m, year: due.year };
}

/** The same rule by plan code ("C4.10"); null for an unknown code, an entry without milestones, or no fraction. */
export function looksLikeStoredFraction(code: string, value: number, year?: number, figure = 0): StoredFraction | null {
  const entry = lookup(code);
  return entry ? storedFractionOf(measuresOf(entry), value, year, figure) : null;
}

// Figures as the person typed them, in full (0,125 is not rounded to 0,13).
const EXACT = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10 }),
};

/**
 * "0,2 có vẻ là 20% lưu dạng phân số … — hãy nhập 20 …" (message key `checkStoredFraction`); where the percent
 * reading is below 1 as well, the text to enter instead (`checkStoredFractionText`).
 */
export function storedFractionMessage(f: StoredFraction, lang: Lang): string {
  return t(
    f.percent < 1 ? "checkStoredFractionText" : "checkStoredFraction",
    { got: EXACT[lang].format(f.value), pct: EXACT[lang].format(f.percent), year: f.year, target: formatMeasure(f.figure, lang) },
    lang,
  );
}
