/**
 * TTX.BUDGET(code) and TTX.GHG(codeOrSector): planned budget (billion VND) and planned GHG reduction by 2030
 * (thousand tCO2), summed as plan/totals.ts decides. The printed subtotals stay available via TTX.INFO.
 * GHG also accepts "ALL" for every Appendix I action; BUDGET accepts "DA" for the Part 2 total (all projects; the
 * table is headed "triệu đồng" but its cells are mostly in tỷ, each read in its own unit and summed in tỷ đồng).
 */
import { bilingual } from "../i18n/messages";
import { getCatalog, normalizeCode } from "../plan/catalog";
import { budgetBillionVnd, ghgReductionKt, sumFigures } from "../plan/totals";
import { readCode } from "./coerce";
import { resolveEntry } from "./resolve";
import { ttxError, type TtxResult } from "./result";

/** "DA": the whole Part 2 table (every green production/lifestyle project), as TTX.CODES("DA") lists it. */
const PART2 = "DA";

export function budget(code: unknown): TtxResult<number> {
  const text = readCode(code);
  if (typeof text === "string" && normalizeCode(text) === PART2)
    return sumFigures(getCatalog().projects.map((p) => p.budget.millionVnd / 1000));
  const entry = resolveEntry(code);
  if ("ttxError" in entry) return entry;
  return (
    budgetBillionVnd(entry, getCatalog()) ?? ttxError("NOT_AVAILABLE", bilingual("noFigure", { code: entry.code, what: "kinh phí/budget" }))
  );
}

export function ghg(codeOrSector: unknown): TtxResult<number> {
  const text = readCode(codeOrSector);
  if (typeof text === "string" && text.trim().toUpperCase() === "ALL") {
    return sumFigures(getCatalog().ghgActions.map((a) => a.ghgReductionKt));
  }
  const entry = resolveEntry(codeOrSector);
  if ("ttxError" in entry) return entry;
  return (
    ghgReductionKt(entry, getCatalog()) ??
    ttxError("NOT_AVAILABLE", bilingual("noFigure", { code: entry.code, what: "giảm phát thải/GHG reduction" }))
  );
}
