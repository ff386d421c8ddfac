/**
 * The figures of the consolidated summary. Progress uses the catalog's rule (TTX.PROGRESS) against the
 * milestone that applies in the report year. GHG reduction is not reported directly (the templates ask for each
 * action's own indicator), so it is estimated: planned reduction by 2030 × the share of the 2030 milestone
 * reached (capped at 100%), taking for each action the best value any unit reported. The sheet says so.
 */
import { progress } from "../functions/progress";
import { getCatalog } from "../plan/catalog";
import { parseReportPeriod } from "../plan/calendar";
import { actionsOfSector } from "../plan/integrity";
import { buildTemplate } from "../templates/build";
import type { Consolidation } from "./consolidate";
import type { Entry } from "./report";

export interface GroupSummary {
  taskGroup: string;
  label: string;
  title: string;
  items: number;
  unitsReporting: number;
  entriesWithValue: number;
  budgetPlanned: number;
  budgetDisbursed: number;
  /** Mean share of the applicable milestone reached, over entries with a numeric value; null when none. */
  meanProgress: number | null;
}

export interface SectorSummary {
  sector: string;
  title: string;
  plannedKt: number;
  estimatedKt: number;
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;
const ratio = (code: string, actual: Entry["actual"], year?: number): number | null => {
  if (typeof actual !== "number") return null;
  const p = progress(code, actual, year);
  return typeof p === "number" ? p : null;
};

export function summarizeGroups(result: Consolidation): GroupSummary[] {
  const c = getCatalog();
  const year = parseReportPeriod(result.period)?.year;
  return c.taskGroups.map((g) => {
    const template = buildTemplate({ group: g.id, unit: "SO_TC", period: result.period });
    const rows = template.ok ? template.spec.table.rows : [];
    const mine = result.entries.filter((e) => e.taskGroup === g.id);
    const ratios = mine.map((e) => ratio(e.code, e.actual, year)).filter((r): r is number => r !== null);
    return {
      taskGroup: g.id,
      label: g.sourceLabel,
      title: g.titleVi,
      items: rows.length,
      unitsReporting: new Set(mine.map((e) => e.currentUnitId)).size,
      entriesWithValue: mine.filter((e) => e.actual !== null).length,
      budgetPlanned: round(rows.reduce((s, r) => s + (typeof r.values.budget === "number" ? r.values.budget : 0), 0)),
      budgetDisbursed: round(mine.reduce((s, e) => s + (e.disbursed ?? 0), 0)),
      meanProgress: ratios.length ? round(ratios.reduce((a, b) => a + b, 0) / ratios.length) : null,
    };
  });
}

export function summarizeSectors(result: Consolidation): SectorSummary[] {
  const c = getCatalog();
  return c.ghgSectors
    .filter((s) => s.code !== "C")
    .map((s) => {
      const actions = actionsOfSector(s.code, c.ghgActions);
      const estimated = actions.reduce((sum, a) => {
        const best = Math.max(0, ...result.entries.filter((e) => e.code === a.code).map((e) => ratio(a.code, e.actual, 2030) ?? 0));
        return sum + a.ghgReductionKt * Math.min(1, best);
      }, 0);
      return { sector: s.code, title: s.titleVi, plannedKt: round(actions.reduce((x, a) => x + a.ghgReductionKt, 0)), estimatedKt: round(estimated) };
    });
}
