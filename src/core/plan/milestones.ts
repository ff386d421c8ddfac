/**
 * Milestones of a catalog entry and the rules that pick one for a year. The one place that decides which figure a
 * code must reach by when; TTX.TARGET, PROGRESS, CHECK and STATUS all read from here.
 */
import type { Entry } from "./catalog";
import type { MeasureT, UnitT } from "./schema";

/** Quantified figures of an entry: action milestones, target measures, or a GHG goal's reduction percentage. */
export function measuresOf(entry: Entry): readonly MeasureT[] {
  switch (entry.kind) {
    case "ghgAction":
      return entry.item.milestones;
    case "target":
      return entry.item.measures;
    case "ghgGoal":
      return [{ comparator: ">=", value: entry.item.totalPct, unit: "percent", year: entry.item.year, subject: "GHG reduction vs BAU" }];
    default:
      return [];
  }
}

function milestoneYears(measures: readonly MeasureT[]): number[] {
  return [...new Set(measures.map((m) => m.year))].sort((a, b) => a - b);
}

/**
 * The milestone year that applies to `year`: that year if it is one; the next one when it lies between two or
 * before the first; the last one after the plan's horizon (the target stays in force). Default: the final year.
 */
function applicableYear(measures: readonly MeasureT[], year?: number): number | undefined {
  const years = milestoneYears(measures);
  // No year, or one after the last milestone: the last (undefined when there is none).
  return years.find((y) => y >= (year ?? Infinity)) ?? years[years.length - 1];
}

/** The figures due in the applicable year, in printed order (several when the target has two numbers). */
export function milestonesFor(measures: readonly MeasureT[], year?: number): { year: number; measures: MeasureT[] } | undefined {
  const applicable = applicableYear(measures, year);
  if (applicable === undefined) return undefined;
  return { year: applicable, measures: measures.filter((m) => m.year === applicable) };
}

/**
 * Share of a milestone reached, as a fraction (1 = reached). Rules, by comparator:
 * - ">=", ">", "=": actual / target (a "more is better" target; "=" targets in the decision are all reach-type);
 * - "between" (e.g. save 5–8%): actual / lower bound: reaching the range's floor counts as reached;
 * - "<=" (at most): target / actual, 1 when actual is 0; below the cap is more than reached.
 * Units do not change the rule: percentages are compared in percentage points (25 means 25%), absolute units
 * (ha, MW, communes, times the baseline) as they are. A target of 0 is reached by any non-negative value.
 */
export function progressRatio(measure: MeasureT, actual: number): number {
  if (measure.comparator === "<=") return actual <= 0 ? 1 : measure.value / actual;
  if (measure.value === 0) return actual >= 0 ? 1 : 0;
  return actual / measure.value;
}

/** Whether a value satisfies a measure as the decision words it ("trên 60%" needs more than 60). */
export function meets(measure: MeasureT, actual: number): boolean {
  switch (measure.comparator) {
    case ">":
      return actual > measure.value;
    case "<=":
      return actual <= measure.value;
    default:
      // ">=", "=", and "between" (reaching the lower bound counts; doing better than the range is not a failure).
      return actual >= measure.value;
  }
}

/**
 * Values a unit can take at all. Percentages are percentage points 0–100; area in ha cannot exceed the province
 * (Cao Bằng covers about 6,700 km² = 670,000 ha); communes cannot exceed the province's count (under 200).
 * MW and "times the baseline" have no natural ceiling, so they are judged against the milestone instead.
 */
export const UNIT_RANGES: Record<UnitT, { min: number; max: number | null }> = {
  percent: { min: 0, max: 100 },
  ha: { min: 0, max: 670_000 },
  communes: { min: 0, max: 200 },
  MW: { min: 0, max: null },
  times_baseline: { min: 0, max: null },
};

/** Above this multiple of the final milestone a value is implausible (e.g. a unit mix-up: kW typed as MW). */
export const IMPLAUSIBLE_MULTIPLE = 10;

/**
 * The value above which a figure for these measures is implausible, and the final milestone's year the message
 * names; null where the unit has its own upper bound (UNIT_RANGES) or the final figure is 0 (no multiple of it).
 */
export function implausibleAbove(measures: readonly MeasureT[]): { limit: number; year: number } | null {
  const first = measures[0];
  if (!first || UNIT_RANGES[first.unit].max !== null) return null;
  // Measures given, there is a final milestone, and its year has a first figure.
  const final = milestonesFor(measures)!;
  const value = final.measures[0]!.value;
  return value > 0 ? { limit: value * IMPLAUSIBLE_MULTIPLE, year: final.year } : null;
}

export const UNIT_LABELS: Record<UnitT, { vi: string; en: string }> = {
  percent: { vi: "%", en: "%" },
  ha: { vi: "ha", en: "ha" },
  MW: { vi: "MW", en: "MW" },
  communes: { vi: "xã", en: "communes" },
  times_baseline: { vi: "lần so với hiện nay", en: "× baseline" },
};

/** A number in the sheet language's notation: 10.000 and 1,5 in Vietnamese; 10,000 and 1.5 in English. */
export const formatNumber = (x: number, lang: "vi" | "en"): string => NUMBER_FORMATS[lang].format(x);
// Built once: toLocaleString builds a formatter per call, which was the single largest cost of validating a report.
const NUMBER_FORMATS = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

/** "25%", "5–8%", "10.000 ha", "1,5 lần so với hiện nay": one figure with its unit, for messages and sheets. */
export function formatMeasure(m: MeasureT, lang: "vi" | "en"): string {
  const value = m.max !== undefined ? `${formatNumber(m.value, lang)}–${formatNumber(m.max, lang)}` : formatNumber(m.value, lang);
  return withUnit(value, m.unit, lang);
}

/** English words for one ("1 commune": as written, so 1.001 shown as 1 takes it too); Vietnamese has no plural. */
const ONE_EN: Partial<Record<UnitT, string>> = { communes: "commune" };
const labelOf = (shown: string, unit: UnitT, lang: "vi" | "en", labels: typeof UNIT_LABELS, ones: typeof ONE_EN): string =>
  (lang === "en" && shown === "1" && ones[unit]) || labels[unit][lang];

const withUnit = (value: string, unit: UnitT, lang: "vi" | "en"): string => {
  const label = labelOf(value, unit, lang, UNIT_LABELS, ONE_EN);
  return label === "%" ? `${value}%` : `${value} ${label}`;
};

/** One value in a unit: "52,5%", "67,5 MW" (a point of the path). */
export const formatQuantity = (value: number, unit: UnitT, lang: "vi" | "en"): string => withUnit(formatNumber(value, lang), unit, lang);

/** A difference in a unit: percentages in points ("12,5 điểm %", "12.5 points"), others in their unit. */
const DIFFERENCE_LABELS: Record<UnitT, { vi: string; en: string }> = {
  ...UNIT_LABELS,
  percent: { vi: "điểm %", en: "points" },
  times_baseline: { vi: "lần", en: "× baseline" },
};
const DIFFERENCE_ONE_EN: typeof ONE_EN = { ...ONE_EN, percent: "point" };
export function formatDifference(value: number, unit: UnitT, lang: "vi" | "en"): string {
  const shown = formatNumber(value, lang);
  return `${shown} ${labelOf(shown, unit, lang, DIFFERENCE_LABELS, DIFFERENCE_ONE_EN)}`;
}

/** "2020: 25%; 2030: 80%": every milestone of an entry, year by year, for sheets and the task pane. */
export function milestoneSummary(ms: readonly MeasureT[], lang: "vi" | "en"): string {
  return milestoneYears(ms)
    .map(
      (year) =>
        `${year}: ${ms
          .filter((m) => m.year === year)
          .map((m) => formatMeasure(m, lang))
          .join(", ")}`,
    )
    .join("; ");
}
