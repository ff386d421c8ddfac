/**
 * TTX.PROGRESS(code, actual, [year]): share of the applicable milestone reached, as a fraction (format the cell as
 * %). The rule per comparator is `progressRatio` in plan/milestones.ts. A target with several figures for the
 * year (e.g. "over 60% of urban areas and over 80% of facilities") takes one actual value per figure, as a range
 * in printed order, and returns the weakest share; a single value is compared with the first figure.
 * A blank actual gives an empty result (not yet reported), not an error.
 */
import { bilingual } from "../i18n/messages";
import { milestonesFor, progressRatio } from "../plan/milestones";
import { isBlank, readNumberList, readYear } from "./coerce";
import { resolveMeasured } from "./resolve";
import { ttxError, type TtxResult } from "./result";

export function progress(code: unknown, actual: unknown, year?: unknown): TtxResult<number | string> {
  const resolved = resolveMeasured(code);
  if ("ttxError" in resolved) return resolved;
  const wantedYear = isBlank(year) ? undefined : readYear(year);
  if (typeof wantedYear === "object") return wantedYear;
  const values = readNumberList(actual, "actual");
  if (!Array.isArray(values)) return values;
  if (values.length === 0) return "";
  const due = milestonesFor(resolved.measures, wantedYear);
  if (!due) return ttxError("NOT_AVAILABLE", bilingual("noMilestones", { code: resolved.entry.code }));
  if (values.length > 1 && values.length !== due.measures.length) {
    return ttxError("VALUE", bilingual("tooManyValues", { code: resolved.entry.code, expected: due.measures.length, year: due.year, got: values.length }));
  }
  const ratios = values.map((v, i) => progressRatio(due.measures[i] ?? due.measures[0]!, v));
  return Math.min(...ratios);
}
