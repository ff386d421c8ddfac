/**
 * The reporting calendar (Điều 1, IV): six-month report by 5 June, annual report by 5 December, every year.
 * Periods are written "2025-H1" / "2025-annual"; Vietnamese words are accepted too ("6 tháng", "cả năm").
 */
import { isoDateOf } from "../cells/values";
import { getCatalog } from "./catalog";
import { normalizeFieldName } from "./fields";

export type PeriodKind = "H1" | "annual";
export interface ReportPeriod {
  year: number;
  kind: PeriodKind;
}

const PERIOD_WORDS: Record<string, PeriodKind> = {
  h1: "H1",
  "6thang": "H1",
  "6t": "H1",
  "6": "H1",
  sauthang: "H1",
  "6months": "H1",
  halfyear: "H1",
  annual: "annual",
  nam: "annual",
  canam: "annual",
  "12": "annual",
  "12thang": "annual",
  year: "annual",
  n: "annual",
};

/** "H1", "6 tháng", "annual", "cả năm", or with the year in front: "2025-H1", "2025 cả năm". */
export function parsePeriod(text: string): { kind: PeriodKind; year?: number } | null {
  const m = /^\s*(\d{4})\s*[-–/ ]\s*(.+)$/.exec(text);
  const kind = PERIOD_WORDS[normalizeFieldName(m?.[2] ?? text)];
  if (!kind) return null;
  return m ? { kind, year: Number(m[1]) } : { kind };
}

/** A full period with its year, e.g. "2025-H1"; null when the text is not one or the year is outside 2017–2100. */
export function parseReportPeriod(text: string): ReportPeriod | null {
  const p = parsePeriod(text);
  if (!p || p.year === undefined || p.year < 2017 || p.year > 2100) return null;
  return { kind: p.kind, year: p.year };
}

export function dueDate(period: ReportPeriod): { year: number; month: number; day: number } {
  const rule = getCatalog().decision.reportingPeriods.find((r) => r.id === period.kind);
  if (!rule) throw new Error(`no reporting rule for ${period.kind}`);
  return { year: period.year, month: rule.dueMonth, day: rule.dueDay };
}

export const periodId = (p: ReportPeriod): string => `${p.year}-${p.kind}`;

/** The due date as "YYYY-MM-DD": the date responsibilities and units are taken on. */
export const dueIso = (period: ReportPeriod): string => isoDateOf(dueDate(period));
