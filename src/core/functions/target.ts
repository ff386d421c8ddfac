/**
 * TTX.TARGET(code, [year], [field], [figure]): the milestone that applies to `year` (the next one when the year lies
 * between two; the final one when omitted). `field` picks a property of that milestone (value, min, max, year, unit,
 * comparator, subject, text, figures) or, for anything else, the entry's field as TTX.INFO reads it.
 *
 * Every figure has a way out: a milestone may print several figures ("trên 60% … và trên 80% …", C1.3's
 * 20% of enterprises and 2% savings) and a figure may be a range (SX.6's 5–8%). `figure` is the figure's position in
 * printed order, 1 first (the default); "figures" says how many there are. "max" is a range's upper bound, "min" (as
 * "value") its lower bound; "max" without `figure` takes the milestone's range figure when it has exactly one, so
 * TTX.TARGET("SX.6"; 2020; "max") is 8.
 */
import { bilingual } from "../i18n/messages";
import { formatMeasure, milestonesFor } from "../plan/milestones";
import type { MeasureT } from "../plan/schema";
import { oneCell, readNumber, readYear } from "./coerce";
import { isBlank } from "../cells/values";
import { info } from "./info";
import { resolveMeasured } from "./resolve";
import { ttxError, type TtxResult } from "./result";

const MILESTONE_FIELDS = ["value", "min", "max", "year", "unit", "comparator", "subject", "text", "figures"] as const;
type MilestoneField = (typeof MILESTONE_FIELDS)[number];

export function target(code: unknown, year?: unknown, fieldArgument?: unknown, figure?: unknown): TtxResult<string | number> {
  const field = oneCell(fieldArgument);
  const fieldName = isBlank(field) ? "value" : typeof field === "string" ? field.trim().toLowerCase() : null;
  if (fieldName === null) return ttxError("VALUE", bilingual("notText", { what: "field", got: String(field) }));
  if (!(MILESTONE_FIELDS as readonly string[]).includes(fieldName)) return info(code, field);

  const resolved = resolveMeasured(code);
  if ("ttxError" in resolved) return resolved;
  const wantedYear = isBlank(year) ? undefined : readYear(year);
  if (typeof wantedYear === "object") return wantedYear;
  const due = milestonesFor(resolved.measures, wantedYear);
  if (!due || due.measures.length === 0) return ttxError("NOT_AVAILABLE", bilingual("noMilestones", { code: resolved.entry.code }));
  const entryCode = resolved.entry.code;
  if (fieldName === "figures") return due.measures.length;

  // Which figure: the one asked for, else the only range for "max", else the first.
  let index = 0;
  if (!isBlank(figure)) {
    const n = readNumber(figure, "figure");
    if (typeof n !== "number") return n;
    if (!Number.isInteger(n) || n < 1 || n > due.measures.length) {
      return ttxError(
        "VALUE",
        bilingual("targetFigureRange", { code: entryCode, year: due.year, count: due.measures.length, got: String(figure) }),
      );
    }
    index = n - 1;
  } else if (fieldName === "max") {
    const ranges = due.measures.flatMap((m, i) => (m.max !== undefined ? [i] : []));
    if (ranges.length === 1) index = ranges[0]!;
  }
  const m = due.measures[index]!;
  return milestoneField(fieldName as MilestoneField, m, due.year, index, entryCode);
}

function milestoneField(field: MilestoneField, m: MeasureT, year: number, index: number, code: string): TtxResult<string | number> {
  switch (field) {
    case "year":
      return year;
    case "unit":
      return m.unit;
    case "comparator":
      return m.comparator;
    case "subject":
      return m.subject ?? ttxError("NOT_AVAILABLE", bilingual("fieldEmpty", { code, field: "subject" }));
    case "text":
      // As the decision words it: "trên 60%" (over), "tối đa" (at most); a plain figure is reached at least.
      return `${m.comparator === ">" ? "trên " : m.comparator === "<=" ? "tối đa " : ""}${formatMeasure(m, "vi")}`;
    case "max":
      return (
        m.max ?? ttxError("NOT_AVAILABLE", bilingual("targetNotRange", { code, year, figure: index + 1, target: formatMeasure(m, "vi") }))
      );
    default:
      // "value" and "min": the figure, or a range's lower bound.
      return m.value;
  }
}
