/**
 * TTX.BUDGET(code) and TTX.GHG(codeOrSector): planned budget (billion VND) and planned GHG reduction by 2030
 * (thousand tCO2), summed as plan/totals.ts decides. The printed subtotals stay available via TTX.INFO.
 * GHG also accepts "ALL" for every Appendix I action.
 */
import { bilingual } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { budgetBillionVnd, ghgReductionKt, sumFigures } from "../plan/totals";
import { readCode } from "./coerce";
import { resolveEntry } from "./resolve";
import { ttxError, type TtxResult } from "./result";

export function budget(code: unknown): TtxResult<number> {
  const entry = resolveEntry(code);
  if ("ttxError" in entry) return entry;
  return budgetBillionVnd(entry, getCatalog()) ?? ttxError("NOT_AVAILABLE", bilingual("noFigure", { code: entry.code, what: "kinh phí/budget" }));
}

export function ghg(codeOrSector: unknown): TtxResult<number> {
  const text = readCode(codeOrSector);
  if (typeof text === "string" && text.trim().toUpperCase() === "ALL") {
    return sumFigures(getCatalog().ghgActions.map((a) => a.ghgReductionKt));
  }
  const entry = resolveEntry(codeOrSector);
  if ("ttxError" in entry) return entry;
  return ghgReductionKt(entry, getCatalog()) ?? ttxError("NOT_AVAILABLE", bilingual("noFigure", { code: entry.code, what: "giảm phát thải/GHG reduction" }));
}
