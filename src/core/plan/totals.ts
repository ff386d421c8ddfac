/**
 * Planned budget and GHG reduction of any entry, the one place that decides how rows add up: sectors sum their
 * actions (C sums C1–C5), project groups their projects, task groups their actions and assigned projects.
 * Budgets in billion VND (Appendix I's unit); project budgets, printed in million VND, are divided by 1000.
 */
import type { Entry, IndexedCatalog } from "./catalog";
import { actionsOfSector } from "./integrity";

/** Rounds away binary noise from summing decimal figures (0.1 + 0.2). */
export const sumFigures = (xs: readonly number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

export function budgetBillionVnd(e: Entry, c: IndexedCatalog): number | null {
  switch (e.kind) {
    case "ghgAction":
      return e.item.budgetBillionVnd;
    case "ghgSector":
      return sumFigures(actionsOfSector(e.item.code, c.ghgActions).map((a) => a.budgetBillionVnd));
    case "project":
      return sumFigures([e.item.budget.millionVnd / 1000]);
    case "projectGroup": {
      const n = e.item.number;
      return sumFigures(c.projects.filter((p) => p.group === n).map((p) => p.budget.millionVnd / 1000));
    }
    case "taskGroup": {
      const id = e.item.id;
      return sumFigures([
        ...c.ghgActions.filter((a) => a.taskGroup === id).map((a) => a.budgetBillionVnd),
        ...c.projects.filter((p) => p.taskGroup === id).map((p) => p.budget.millionVnd / 1000),
      ]);
    }
    default:
      return null;
  }
}

export function ghgReductionKt(e: Entry, c: IndexedCatalog): number | null {
  switch (e.kind) {
    case "ghgAction":
      return e.item.ghgReductionKt;
    case "ghgSector":
      return sumFigures(actionsOfSector(e.item.code, c.ghgActions).map((a) => a.ghgReductionKt));
    case "taskGroup": {
      const rows = c.ghgActions.filter((a) => a.taskGroup === e.item.id);
      return rows.length === 0 ? null : sumFigures(rows.map((a) => a.ghgReductionKt));
    }
    default:
      return null;
  }
}
