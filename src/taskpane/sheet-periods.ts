/**
 * The period the Consolidate tab proposes, from the report sheets ticked in the pane: the one
 * they share, else the most common (a tie goes to the most recent), and the sheets of any other period, to name.
 * Hidden report sheets are refused as hidden whatever their period: they have no say and are never named here.
 */
import type { ReportSheet } from "../excel/report-reader";
import type { PeriodValue } from "./ui";

/** "2025-H1" / "2025-annual" → the picker's value; null for anything else. */
function periodValueOf(period: string): PeriodValue | null {
  const m = /^(\d{4})-(H1|annual)$/.exec(period);
  return m ? { kind: m[2] as PeriodValue["kind"], year: m[1]! } : null;
}

/** Later first: the year, then the annual report after the six-month one. */
const recency = (p: PeriodValue) => Number(p.year) * 2 + (p.kind === "annual" ? 1 : 0);

export function proposePeriod(sheets: readonly ReportSheet[]): PeriodValue | null {
  const counts = new Map<string, number>();
  for (const s of sheets) if (!s.hidden && periodValueOf(s.period)) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  let best: PeriodValue | null = null;
  let bestCount = 0;
  for (const [period, count] of counts) {
    const value = periodValueOf(period)!;
    if (count > bestCount || (count === bestCount && best && recency(value) > recency(best))) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The ticked, visible sheets whose period is not `period` ("2025-H1"), as "name (period)". */
export function otherPeriodSheets(sheets: readonly ReportSheet[], period: string): string[] {
  return sheets.filter((s) => !s.hidden && s.period !== period).map((s) => `${s.name} (${s.period})`);
}
