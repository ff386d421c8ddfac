/**
 * TTX.BUDGET(code) and TTX.GHG(codeOrSector): planned budget (billion VND, Appendix I's unit; project budgets,
 * printed in million VND, are converted) and planned GHG reduction by 2030 (thousand tCO2). Sectors, project groups
 * and task groups sum their rows (sector C sums C1–C5); the printed subtotals stay available via TTX.INFO.
 * GHG also accepts "ALL" for every Appendix I action.
 */
import { bilingual } from "../i18n/messages";
import type { Entry, IndexedCatalog } from "../plan/catalog";
import { getCatalog } from "../plan/catalog";
import { actionsOfSector } from "../plan/integrity";
import { readCode } from "./coerce";
import { resolveEntry } from "./resolve";
import { ttxError, type TtxResult } from "./result";

const sum = (xs: readonly number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

function budgetBillion(e: Entry, c: IndexedCatalog): number | null {
  switch (e.kind) {
    case "ghgAction":
      return e.item.budgetBillionVnd;
    case "ghgSector":
      return sum(actionsOfSector(e.item.code, c.ghgActions).map((a) => a.budgetBillionVnd));
    case "project":
      return e.item.budget.millionVnd / 1000;
    case "projectGroup": {
      const n = e.item.number;
      return sum(c.projects.filter((p) => p.group === n).map((p) => p.budget.millionVnd / 1000));
    }
    case "taskGroup": {
      const id = e.item.id;
      return sum([
        ...c.ghgActions.filter((a) => a.taskGroup === id).map((a) => a.budgetBillionVnd),
        ...c.projects.filter((p) => p.taskGroup === id).map((p) => p.budget.millionVnd / 1000),
      ]);
    }
    default:
      return null;
  }
}

function reductionKt(e: Entry, c: IndexedCatalog): number | null {
  switch (e.kind) {
    case "ghgAction":
      return e.item.ghgReductionKt;
    case "ghgSector":
      return sum(actionsOfSector(e.item.code, c.ghgActions).map((a) => a.ghgReductionKt));
    case "taskGroup": {
      const rows = c.ghgActions.filter((a) => a.taskGroup === e.item.id);
      return rows.length === 0 ? null : sum(rows.map((a) => a.ghgReductionKt));
    }
    default:
      return null;
  }
}

export function budget(code: unknown): TtxResult<number> {
  const entry = resolveEntry(code);
  if ("ttxError" in entry) return entry;
  return budgetBillion(entry, getCatalog()) ?? ttxError("NOT_AVAILABLE", bilingual("noFigure", { code: entry.code, what: "kinh phí/budget" }));
}

export function ghg(codeOrSector: unknown): TtxResult<number> {
  const text = readCode(codeOrSector);
  if (typeof text === "string" && text.trim().toUpperCase() === "ALL") {
    return sum(getCatalog().ghgActions.map((a) => a.ghgReductionKt));
  }
  const entry = resolveEntry(codeOrSector);
  if ("ttxError" in entry) return entry;
  return reductionKt(entry, getCatalog()) ?? ttxError("NOT_AVAILABLE", bilingual("noFigure", { code: entry.code, what: "giảm phát thải/GHG reduction" }));
}
