/**
 * The figures of the consolidated summary, accumulated entry by entry so a streamed run keeps only a few numbers
 * per group and per action. Progress uses the catalog's rule (TTX.PROGRESS) against the milestone that applies in
 * the report year. GHG reduction is not reported directly (the templates ask for each action's own indicator), so
 * it is estimated: planned reduction by 2030 × the share of the 2030 milestone reached (capped at 100%), taking
 * for each action the best value any unit reported. The summary sheet says so.
 */
import { progress } from "../functions/progress";
import { getCatalog } from "../plan/catalog";
import { actionsOfSector } from "../plan/integrity";
import { countPathStatuses, type PathStatus } from "../plan/path";
import { buildTemplate } from "../templates/build";
import type { Entry } from "./report";

export interface GroupSummary {
  taskGroup: string;
  label: string;
  title: string;
  titleEn: string;
  items: number;
  /** Items whose result is a number or a percent (the others are text): 0 for a text-only group. */
  numericItems: number;
  unitsReporting: number;
  entriesWithValue: number;
  budgetPlanned: number;
  budgetDisbursed: number;
  /** Mean share of the applicable milestone reached, over entries with a numeric value; null when none. */
  meanProgress: number | null;
  /** The counted entries of the group by their place against the path (core/plan/path.ts), every status present. */
  pathStatuses: Record<PathStatus, number>;
}

export interface SectorSummary {
  sector: string;
  title: string;
  titleEn: string;
  plannedKt: number;
  estimatedKt: number;
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;
const ratio = (code: string, actual: Entry["actual"], year?: number): number | null => {
  if (typeof actual !== "number") return null;
  const p = progress(code, actual, year);
  return typeof p === "number" ? p : null;
};

interface GroupTally {
  units: Set<string>;
  withValue: number;
  disbursed: number;
  ratioSum: number;
  ratioCount: number;
  /** Counts, not the statuses themselves: a streamed run keeps a few numbers per group. */
  statuses: Record<PathStatus, number>;
}

export class SummaryAccumulator {
  private year: number | undefined;
  private readonly groups_ = new Map<string, GroupTally>();
  /** Best share of the 2030 milestone reached, per GHG action code. */
  private readonly best2030 = new Map<string, number>();
  private readonly ghgCodes = new Set(getCatalog().ghgActions.map((a) => a.code));

  setYear(year: number): void {
    this.year = year;
  }

  add(e: Entry): void {
    let g = this.groups_.get(e.taskGroup);
    if (!g) this.groups_.set(e.taskGroup, (g = { units: new Set(), withValue: 0, disbursed: 0, ratioSum: 0, ratioCount: 0, statuses: countPathStatuses([]) }));
    g.units.add(e.currentUnitId);
    if (e.actual !== null) g.withValue++;
    g.disbursed += e.disbursed ?? 0;
    if (e.pathStatus) g.statuses[e.pathStatus]++;
    const r = ratio(e.code, e.actual, this.year);
    if (r !== null) {
      g.ratioSum += r;
      g.ratioCount++;
    }
    if (typeof e.actual === "number" && this.ghgCodes.has(e.code)) {
      const r2030 = ratio(e.code, e.actual, 2030);
      if (r2030 !== null) this.best2030.set(e.code, Math.max(this.best2030.get(e.code) ?? 0, r2030));
    }
  }

  groups(period: string): GroupSummary[] {
    return getCatalog().taskGroups.map((group) => {
      const template = buildTemplate({ group: group.id, unit: "SO_TC", period });
      const rows = template.ok ? template.spec.table.rows : [];
      const g = this.groups_.get(group.id);
      return {
        taskGroup: group.id,
        label: group.sourceLabel,
        title: group.titleVi,
        titleEn: group.titleEn,
        items: rows.length,
        numericItems: rows.filter((r) => r.actualKind !== "text").length,
        unitsReporting: g?.units.size ?? 0,
        entriesWithValue: g?.withValue ?? 0,
        budgetPlanned: round(rows.reduce((s, r) => s + (typeof r.values.budget === "number" ? r.values.budget : 0), 0)),
        budgetDisbursed: round(g?.disbursed ?? 0),
        meanProgress: g && g.ratioCount ? round(g.ratioSum / g.ratioCount) : null,
        pathStatuses: g ? { ...g.statuses } : countPathStatuses([]),
      };
    });
  }

  sectors(): SectorSummary[] {
    const c = getCatalog();
    return c.ghgSectors
      .filter((s) => s.code !== "C")
      .map((s) => {
        const actions = actionsOfSector(s.code, c.ghgActions);
        const estimated = actions.reduce((sum, a) => sum + a.ghgReductionKt * Math.min(1, this.best2030.get(a.code) ?? 0), 0);
        return { sector: s.code, title: s.titleVi, titleEn: s.titleEn, plannedKt: round(actions.reduce((x, a) => x + a.ghgReductionKt, 0)), estimatedKt: round(estimated) };
      });
  }
}
