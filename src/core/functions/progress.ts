/**
 * TTX.PROGRESS(code, actual, [year]): share of the applicable milestone reached, as a fraction (format the cell as
 * %). The rule per comparator is `progressRatio` in plan/milestones.ts. A target with several figures for the
 * year (e.g. "over 60% of urban areas and over 80% of facilities") takes one actual value per figure, as a range
 * in printed order, and returns the weakest share; a single value is compared with the first figure.
 * A blank actual gives an empty result (not yet reported), not an error. A percentage stored as a fraction (0,2 for
 * 20%, plan/stored-fraction.ts) is a #VALUE! error naming it, never a share 100 times too small.
 */
import { bilingual } from "../i18n/messages";
import { milestonesFor, progressRatio } from "../plan/milestones";
import { readNumberList, readYear } from "./coerce";
import { isBlank } from "../cells/values";
import { isTypedText, storedFractionMessage, storedFractionOf } from "../plan/stored-fraction";
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
    return ttxError(
      "VALUE",
      bilingual("tooManyValues", { code: resolved.entry.code, expected: due.measures.length, year: due.year, got: values.length }),
    );
  }
  // A share computed from 0.2 where 20% was meant would be off by 100×: an error that says so (plan/stored-fraction.ts).
  const explicit = nonBlankCells(actual).map(isTypedText);
  for (const [i, v] of values.entries()) {
    const fraction = storedFractionOf(resolved.measures, v, wantedYear, i, explicit[i]);
    if (fraction) return ttxError("VALUE", `${storedFractionMessage(fraction, "vi")} · ${storedFractionMessage(fraction, "en")}`);
  }
  const ratios = values.map((v, i) => progressRatio(due.measures[i] ?? due.measures[0]!, v));
  return Math.min(...ratios);
}

/** The cells readNumberList reads, in the same order (blanks skipped), to see how each was typed. */
const nonBlankCells = (value: unknown): unknown[] =>
  (Array.isArray(value) ? (value as unknown[]).flat(2) : [value]).filter((c) => !isBlank(c));
