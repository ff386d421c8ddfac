/**
 * TTX.TARGET(code, [year], [field]): the milestone that applies to `year` (the next one when the year lies between
 * two; the final one when omitted). `field` picks a property of that milestone (value, year, unit, comparator,
 * max) or, for anything else, the entry's field as TTX.INFO reads it.
 */
import { bilingual } from "../i18n/messages";
import { milestonesFor } from "../plan/milestones";
import { isBlank, readYear } from "./coerce";
import { info } from "./info";
import { resolveMeasured } from "./resolve";
import { ttxError, type TtxResult } from "./result";

const MILESTONE_FIELDS = ["value", "year", "unit", "comparator", "max"] as const;

export function target(code: unknown, year?: unknown, field?: unknown): TtxResult<string | number> {
  const fieldName = isBlank(field) ? "value" : typeof field === "string" ? field.trim().toLowerCase() : null;
  if (fieldName === null) return ttxError("VALUE", bilingual("notText", { what: "field", got: String(field) }));
  if (!(MILESTONE_FIELDS as readonly string[]).includes(fieldName)) return info(code, field);

  const resolved = resolveMeasured(code);
  if ("ttxError" in resolved) return resolved;
  const wantedYear = isBlank(year) ? undefined : readYear(year);
  if (typeof wantedYear === "object") return wantedYear;
  const due = milestonesFor(resolved.measures, wantedYear);
  const first = due?.measures[0];
  if (!due || !first) return ttxError("NOT_AVAILABLE", bilingual("noMilestones", { code: resolved.entry.code }));
  switch (fieldName as (typeof MILESTONE_FIELDS)[number]) {
    case "year":
      return due.year;
    case "unit":
      return first.unit;
    case "comparator":
      return first.comparator;
    case "max":
      return first.max ?? ttxError("NOT_AVAILABLE", bilingual("fieldEmpty", { code: resolved.entry.code, field: "max" }));
    default:
      return first.value;
  }
}
