/**
 * The figures of the consolidated summary, accumulated entry by entry so a streamed run keeps only a few numbers
 * per item, group and sector (a run of a million rows holds no more than a run of ten).
 *
 * Per item, the province's figure follows the item's aggregation rule (plan/aggregation.ts, docs/aggregation.md):
 * "sum" adds every unit's figure, "lead" is the lead unit's figure (blank, with the reason, when the lead did not
 * report or two lead units disagree; never a coordinating unit's figure instead), "max" the largest reported,
 * "text" nothing. Budget disbursed is summed over units, who each report their own spending. Progress uses the
 * catalog's rule (TTX.PROGRESS) on the province's figure against the milestone that applies in the report year, and
 * the item's place against the plan's path (plan/path.ts) is judged on that figure too.
 *
 * GHG reduction is not reported directly (the templates ask for each action's own indicator), so it is estimated:
 * planned reduction by 2030 × the share of the 2030 milestone the province's figure reaches (capped at 100%).
 */
import { progress } from "../functions/progress";
import { aggregationOf } from "../plan/aggregation";
import { getCatalog, lookup } from "../plan/catalog";
import { actionsOfSector } from "../plan/integrity";
import { measuresOf } from "../plan/milestones";
import { countPathStatuses, pathStartYear, pathStatusOf, type PathStatus } from "../plan/path";
import type { AggregationRuleT, UnitT } from "../plan/schema";
import { dueIso, parseReportPeriod } from "../plan/calendar";
import { roleOf as unitRoleOf } from "../plan/responsibility";
import type { Entry, Role } from "./report";

/** Why an item's province figure is blank. */
export type BlankReason = "text" | "no_figure" | "lead_missing" | "leads_differ";

export interface ItemSummary {
  code: string;
  taskGroup: string;
  nameVi: string;
  nameEn: string;
  rule: AggregationRuleT;
  /** Unit of the figure (first milestone); absent for text items. */
  unit?: UnitT;
  /** Units whose report holds the row, and of them those that filled its result. */
  unitsReporting: number;
  unitsWithFigure: number;
  /** Units whose figure makes the province's figure: all with a figure for sum and max, the lead for lead. */
  unitsCounted: number;
  /** The province's figure by the rule; null with `blank` saying why. */
  province: number | null;
  blank: BlankReason | null;
  /** Share of the milestone due in the report year reached by the province's figure. */
  progress: number | null;
  pathStatus: PathStatus;
  budgetPlanned: number | null;
  budgetDisbursed: number;
  /** Units that reported a disbursed amount for the item. */
  unitsDisbursing: number;
}

export interface GroupSummary {
  taskGroup: string;
  label: string;
  title: string;
  titleEn: string;
  items: number;
  /** Items whose result is a number or a percent (the others are text): 0 for a text-only group. */
  numericItems: number;
  unitsReporting: number;
  /** Numeric items with a province figure. */
  itemsWithFigure: number;
  budgetPlanned: number;
  budgetDisbursed: number;
  /** Mean share of the applicable milestone reached, over items with a province figure; null when none. */
  meanProgress: number | null;
  /** The group's items by their province figure's place against the path, every status present. */
  pathStatuses: Record<PathStatus, number>;
  /** The counted entries (each unit's figure) by their own place against the path: the Summary's footnote. */
  entryStatuses: Record<PathStatus, number>;
  /** Every item of the group, in catalog order (actions, activities, projects). */
  itemSummaries: ItemSummary[];
}

export interface SectorSummary {
  sector: string;
  title: string;
  titleEn: string;
  plannedKt: number;
  estimatedKt: number;
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;
const ratio = (code: string, actual: number | null, year?: number): number | null => {
  if (actual === null) return null;
  const p = progress(code, actual, year);
  return typeof p === "number" ? p : null;
};

/** A few numbers per item: enough to give the province's figure by any rule. */
interface ItemTally {
  reporting: number;
  withFigure: number;
  numbers: number;
  sum: number;
  max: number;
  leads: number;
  leadFirst: number;
  leadsDiffer: boolean;
  disbursed: number;
  disbursing: number;
}

const newTally = (): ItemTally => ({
  reporting: 0,
  withFigure: 0,
  numbers: 0,
  sum: 0,
  max: -Infinity,
  leads: 0,
  leadFirst: 0,
  leadsDiffer: false,
  disbursed: 0,
  disbursing: 0,
});

/**
 * The unit's part in the row: the entry's own role when its producer set one; for an entry from an older producer
 * (no `role` at all), what the responsibility data says on its report's due date (plan/responsibility.ts, the one
 * source validation and the templates use too).
 */
export function roleOf(e: Pick<Entry, "code" | "unitId" | "period" | "role">): Role | null {
  if (e.role !== undefined) return e.role;
  // An entry from a producer older than the role field: the responsibility data on its report's due date.
  const period = parseReportPeriod(e.period);
  return period ? unitRoleOf(e.unitId, e.code, dueIso(period)) : null;
}

/** The province's figure of one item from its tally, by its rule. */
function provinceFigure(
  rule: AggregationRuleT,
  t: Pick<ItemTally, "numbers" | "sum" | "max" | "leads" | "leadFirst" | "leadsDiffer">,
): { value: number | null; counted: number; blank: BlankReason | null } {
  if (rule === "text") return { value: null, counted: 0, blank: "text" };
  if (rule === "lead") {
    if (t.leads === 0) return { value: null, counted: 0, blank: t.numbers > 0 ? "lead_missing" : "no_figure" };
    if (t.leadsDiffer) return { value: null, counted: 0, blank: "leads_differ" };
    return { value: t.leadFirst, counted: t.leads, blank: null };
  }
  if (t.numbers === 0) return { value: null, counted: 0, blank: "no_figure" };
  return { value: round(rule === "sum" ? t.sum : t.max), counted: t.numbers, blank: null };
}

interface CatalogItem {
  code: string;
  taskGroup: string;
  nameVi: string;
  nameEn: string;
  budget: number | null;
}

/** The items a task group reports on, from the catalog itself (not from any unit's template). */
function catalogItems(group: string): CatalogItem[] {
  const c = getCatalog();
  return [
    ...c.ghgActions
      .filter((a) => a.taskGroup === group)
      .map((a) => ({ code: a.code, taskGroup: group, nameVi: a.nameVi, nameEn: a.nameEn, budget: a.budgetBillionVnd })),
    ...c.tasks
      .filter((x) => x.taskGroup === group)
      .map((x) => ({ code: x.code, taskGroup: group, nameVi: x.textVi, nameEn: x.textVi, budget: null })),
    ...c.projects
      .filter((p) => p.taskGroup === group)
      .map((p) => ({ code: p.code, taskGroup: group, nameVi: p.nameVi, nameEn: p.nameVi, budget: round(p.budget.millionVnd / 1000) })),
  ];
}

export class SummaryAccumulator {
  private year: number | undefined;
  private readonly items = new Map<string, ItemTally>();
  /** Units reporting per group: a set of unit ids (tens of units, whatever the rows). */
  private readonly units = new Map<string, Set<string>>();
  private readonly statuses = new Map<string, Record<PathStatus, number>>();

  setYear(year: number): void {
    this.year = year;
  }

  add(e: Entry): void {
    let units = this.units.get(e.taskGroup);
    if (!units) this.units.set(e.taskGroup, (units = new Set()));
    units.add(e.answeringUnitId);
    if (e.pathStatus) {
      let s = this.statuses.get(e.taskGroup);
      if (!s) this.statuses.set(e.taskGroup, (s = countPathStatuses([])));
      s[e.pathStatus]++;
    }
    let t = this.items.get(e.code);
    if (!t) this.items.set(e.code, (t = newTally()));
    t.reporting++;
    if (e.actual !== null) t.withFigure++;
    if (e.disbursed !== null) {
      t.disbursed += e.disbursed;
      t.disbursing++;
    }
    if (typeof e.actual === "number") {
      t.numbers++;
      t.sum += e.actual;
      t.max = Math.max(t.max, e.actual);
      if (roleOf(e) === "lead") {
        if (t.leads === 0) t.leadFirst = e.actual;
        else if (e.actual !== t.leadFirst) t.leadsDiffer = true;
        t.leads++;
      }
    }
  }

  private item(i: CatalogItem): ItemSummary {
    const a = aggregationOf(i.code);
    const t = this.items.get(i.code) ?? newTally();
    const figure = provinceFigure(a.rule, t);
    const entry = lookup(i.code);
    const measures = entry ? measuresOf(entry) : [];
    return {
      code: i.code,
      taskGroup: i.taskGroup,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      rule: a.rule,
      ...(a.unit ? { unit: a.unit } : {}),
      unitsReporting: t.reporting,
      unitsWithFigure: t.withFigure,
      unitsCounted: figure.counted,
      province: figure.value,
      blank: figure.blank,
      progress: figure.value === null ? null : ratio(i.code, figure.value, this.year),
      pathStatus: a.rule === "text" ? "no_target" : pathStatusOf(measures, figure.value, this.year, pathStartYear(entry)),
      budgetPlanned: i.budget,
      budgetDisbursed: round(t.disbursed),
      unitsDisbursing: t.disbursing,
    };
  }

  /** Every group with its items; `_period` is kept for callers of the former signature. */
  groups(_period?: string): GroupSummary[] {
    return getCatalog().taskGroups.map((group) => {
      const items = catalogItems(group.id).map((i) => this.item(i));
      const numeric = items.filter((i) => i.rule !== "text");
      const measured = numeric.filter((i) => i.progress !== null);
      return {
        taskGroup: group.id,
        label: group.sourceLabel,
        title: group.titleVi,
        titleEn: group.titleEn,
        items: items.length,
        numericItems: numeric.length,
        unitsReporting: this.units.get(group.id)?.size ?? 0,
        itemsWithFigure: numeric.filter((i) => i.province !== null).length,
        budgetPlanned: round(items.reduce((s, i) => s + (i.budgetPlanned ?? 0), 0)),
        budgetDisbursed: round(items.reduce((s, i) => s + i.budgetDisbursed, 0)),
        meanProgress: measured.length ? round(measured.reduce((s, i) => s + i.progress!, 0) / measured.length) : null,
        pathStatuses: countPathStatuses(items.map((i) => i.pathStatus)),
        entryStatuses: { ...(this.statuses.get(group.id) ?? countPathStatuses([])) },
        itemSummaries: items,
      };
    });
  }

  sectors(): SectorSummary[] {
    const c = getCatalog();
    return c.ghgSectors
      .filter((s) => s.code !== "C")
      .map((s) => {
        const actions = actionsOfSector(s.code, c.ghgActions);
        const estimated = actions.reduce((sum, a) => {
          const province = provinceFigure(aggregationOf(a.code).rule, this.items.get(a.code) ?? newTally()).value;
          return sum + a.ghgReductionKt * Math.min(1, ratio(a.code, province, 2030) ?? 0);
        }, 0);
        return {
          sector: s.code,
          title: s.titleVi,
          titleEn: s.titleEn,
          plannedKt: round(actions.reduce((x, a) => x + a.ghgReductionKt, 0)),
          estimatedKt: round(estimated),
        };
      });
  }
}
