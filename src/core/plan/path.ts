/**
 * The plan's path: where a figure should be at a given time, and whether a reported figure is on track, behind or
 * ahead of it. The one rule TTX.CHECK, TTX.STATUS, the templates' check column, the Check tab and consolidation
 * apply: a 2025 figure is judged against the 2025 point of the path, not the 2030 end point.
 *
 * The rule, in full:
 * - Milestones are the decision's own figures (plan/milestones.ts), each reached on 31 December of its year.
 * - The path starts at 0 on 1 January of the plan's first year, 2017: the decision is "Kế hoạch hành động tăng
 *   trưởng xanh tỉnh Cao Bằng giai đoạn 2017-2020, tầm nhìn đến năm 2030" (its title; Điều 1) and prints no
 *   baseline figure for any target. Two exceptions, both the decision's words:
 *   - a figure "gấp 1,5 lần hiện nay" (times today's level; Điều 1, I.2.b ý 15, I.2.c ý 8) starts at 1, today's
 *     level by definition;
 *   - an Appendix I action whose own target text names the period it runs in starts on 1 January of that period:
 *     D.12–D.15 "Dự kiến công suất đạt … MW vào năm 2030 (giai đoạn 2021-2030)" start in 2021; C2.5, C3.6, C3.7
 *     ("Giai đoạn 2018-2020: …") in 2018.
 * - From the start the path runs in straight lines through each milestone of the same figure (same subject, e.g.
 *   "biofuel share of A95": 10% in 2020, 60% in 2030), and stays at the last milestone after it (the target stays in
 *   force).
 * - The figure judged is the first one of the milestone due in the report year (the one the template's single
 *   result cell stands for; TTX.PROGRESS and TTX.TARGET use the same one).
 * - A report for a year, six-month or annual, is judged at that year's point (31 December): the milestones are
 *   yearly and the templates carry the report year only (cell C8, passed to TTX.CHECK).
 * - On track: within half a year of the path, i.e. between the path's values half a year before and half a year
 *   after the point, bounds included. For a six-month report this means at least where the path is on 30 June.
 *   Below that band is behind, by the gap to the point itself ("behind by 12.5 points"); above it is ahead.
 * - Once a milestone's year is reached (the report year is that year or later, or no year is given: the final
 *   milestone), the milestone itself must be met as the decision words it ("trên 60%" needs more than 60).
 * - An "at most" figure (comparator "<="; none in the decision today) has no path: within the cap is on track.
 */
import type { Entry } from "./catalog";
import { DECISION } from "./data/decision";
import { meets, milestonesFor } from "./milestones";
import type { MeasureT } from "./schema";

/** A status of one reported figure against the path; text rows and blank cells have their own. */
export type PathStatus = "on_track" | "behind" | "ahead" | "no_target" | "not_reported";
export const PATH_STATUSES: readonly PathStatus[] = ["on_track", "behind", "ahead", "no_target", "not_reported"];

/** The plan's first year: the decision's first phase, 2017–2020 (decision.ts, "Tên Quyết định; Điều 1, III.2.1"). */
export const PLAN_START_YEAR = DECISION.phases[0]!.start;

/** "Within half a year of the path" counts as on track. */
export const ON_TRACK_YEARS = 0.5;

/**
 * Time on the path, in years: `Y` is the end of year Y (31 December), so the plan starts at 2016 (1 January 2017)
 * and a report for 2025 is judged at 2025.
 */
export type PathTime = number;

/** The point a report for `year` is judged at: the end of that year (no point when no year is given). */
export function yearPoint(year: number): PathTime;
export function yearPoint(year: number | undefined): PathTime | undefined;
export function yearPoint(year: number | undefined): PathTime | undefined {
  return year;
}

/** A calendar day on the path: the end of that day (31 December 2025 → 2025; 30 June 2025 → 2024 + 181/365). */
export function dayPoint(year: number, month: number, day: number): PathTime {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return year - 1 + ((Date.UTC(year, month - 1, day) - start) / 86_400_000 + 1) / days;
}

/** The first year of an entry's path: its own period where its target text names one, else the plan's. */
export function pathStartYear(entry: Entry | undefined): number {
  if (entry?.kind !== "ghgAction") return PLAN_START_YEAR;
  const own = /giai đoạn\s*(\d{4})\s*[-–]\s*\d{4}/i.exec(entry.item.targetVi);
  return own ? Math.max(PLAN_START_YEAR, Number(own[1])) : PLAN_START_YEAR;
}

/** The milestones of one figure across the years: those with the subject of `figure` (pathValueAt keeps the first of a year). */
const series = (measures: readonly MeasureT[], figure: MeasureT): MeasureT[] => measures.filter((m) => m.subject === figure.subject);

/** Rounded to 9 decimals: path values are compared with typed figures, and 25 + 55 × 0.45 must be 49.75. */
const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

/** The path of one figure: value at time `at`. */
export function pathValueAt(measures: readonly MeasureT[], figure: MeasureT, at: PathTime, startYear = PLAN_START_YEAR): number {
  const points: [number, number][] = [[startYear - 1, figure.unit === "times_baseline" ? 1 : 0]];
  for (const m of series(measures, figure).sort((a, b) => a.year - b.year)) {
    // A milestone at or before the path's own start (none in the decision) is left out, as is a second one in the
    // same year: the path leaves its start value at its start, and rises through one value a year.
    if (m.year > points[points.length - 1]![0]) points.push([m.year, m.value]);
  }
  const t = Math.max(at, points[0]![0]); // before the path's start: its start value
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    // Stryker disable next-line EqualityOperator: at a milestone's year both segments, and the end, give its value.
    if (t <= x1) return tidy(y0 + ((y1 - y0) * (t - x0)) / (x1 - x0));
  }
  return points[points.length - 1]![1];
}

export interface PathJudgement {
  status: "on_track" | "behind" | "ahead";
  /** The figure judged: the first of the milestone due, and that milestone's year. */
  figure: MeasureT;
  dueYear: number;
  /** The time judged at, and the path's value there. */
  at: PathTime;
  expected: number;
  /** The on-track band: the path half a year before and after (for an "at most" figure: [0, cap]). */
  lower: number;
  upper: number;
  /** How far from the point: expected − value when behind, value − expected when ahead, 0 on track. */
  gap: number;
}

/**
 * Judges a value against the path at time `at` (undefined: at the final milestone). Null when the entry has no
 * numeric target.
 */
export function judgePath(
  measures: readonly MeasureT[],
  value: number,
  at: PathTime | undefined,
  startYear = PLAN_START_YEAR,
): PathJudgement | null {
  const due = milestonesFor(measures, at === undefined ? undefined : Math.ceil(at));
  if (!due) return null;
  const figure = due.measures[0]!; // the applicable year is one of the figures' years
  const when = at ?? due.year;
  const base = { figure, dueYear: due.year, at: when };
  if (figure.comparator === "<=") {
    const ok = meets(figure, value);
    return {
      ...base,
      status: ok ? "on_track" : "behind",
      expected: figure.value,
      lower: 0,
      upper: figure.value,
      gap: ok ? 0 : tidy(value - figure.value),
    };
  }
  const expected = pathValueAt(measures, figure, when, startYear);
  const lower = pathValueAt(measures, figure, when - ON_TRACK_YEARS, startYear);
  const upper = pathValueAt(measures, figure, when + ON_TRACK_YEARS, startYear);
  // The milestone's year reached: the milestone itself, as worded, is what counts.
  const deadline = when >= due.year;
  const behind = deadline ? !meets(figure, value) : value < lower;
  if (behind) return { ...base, status: "behind", expected, lower, upper, gap: tidy(expected - value) };
  if (value > upper) return { ...base, status: "ahead", expected, lower, upper, gap: tidy(value - expected) };
  return { ...base, status: "on_track", expected, lower, upper, gap: 0 };
}

/**
 * The path status of a reported figure, as consolidation and the Summary count it: no numeric target for text rows
 * and entries without milestones; not reported for a blank; else the judgement at the year's point.
 */
export function pathStatusOf(
  measures: readonly MeasureT[],
  actual: number | string | null,
  year: number | undefined,
  startYear = PLAN_START_YEAR,
): PathStatus {
  if (measures.length === 0 || typeof actual === "string") return "no_target";
  if (actual === null) return "not_reported";
  // Measures given, the path is judged: it has a final milestone.
  return judgePath(measures, actual, yearPoint(year), startYear)!.status;
}

/** Counts per status (every status present, 0 when none), for a summary. */
export function countPathStatuses(statuses: Iterable<PathStatus | undefined>): Record<PathStatus, number> {
  const counts = Object.fromEntries(PATH_STATUSES.map((s) => [s, 0])) as Record<PathStatus, number>;
  for (const s of statuses) if (s) counts[s]++;
  return counts;
}
