/** Shared first steps of TTX functions: read the code argument and find its catalog entry, or say why not. */
import { bilingual, t, type Lang } from "../i18n/messages";
import { getCatalog, lookup, normalizeCode, type Entry } from "../plan/catalog";
import { measuresOf } from "../plan/milestones";
import type { MeasureT } from "../plan/schema";
import { readCode } from "./coerce";
import { isBlank } from "../cells/values";
import { ttxError, type TtxError, type TtxErrorKind } from "./result";

export function resolveEntry(code: unknown): Entry | TtxError {
  const text = readCode(code);
  if (typeof text !== "string") return text;
  return (
    lookup(text) ?? ambiguousLabel(text, "NOT_AVAILABLE") ?? ttxError("NOT_AVAILABLE", bilingual("unknownCode", { code: text.trim() }))
  );
}

/**
 * A label the decision prints for more than one task group ("1.2" heads NV1 and NV2): not "not in the plan" but
 * ambiguous, naming the stable codes to use instead. Null for any other text.
 */
export function ambiguousLabel(text: string, kind: TtxErrorKind): TtxError | null {
  const groups = getCatalog().taskGroups.filter((g) => normalizeCode(g.sourceLabel) === normalizeCode(text));
  if (groups.length < 2) return null;
  const say = (lang: Lang) => {
    const choices = groups.map((g) => `${g.id}: ${lang === "vi" ? g.titleVi : g.titleEn}`).join("; ");
    const codes = groups.map((g) => g.id).join(lang === "vi" ? " hoặc " : " or ");
    return t("ambiguousCode", { code: text.trim(), count: groups.length, choices, codes }, lang);
  };
  return ttxError(kind, `${say("vi")} · ${say("en")}`);
}

/** An entry that has quantified milestones (actions, targets, GHG goals). */
export function resolveMeasured(code: unknown): { entry: Entry; measures: readonly MeasureT[] } | TtxError {
  const entry = resolveEntry(code);
  if ("ttxError" in entry) return entry;
  const measures = measuresOf(entry);
  if (measures.length === 0) return ttxError("NOT_AVAILABLE", bilingual("noMilestones", { code: entry.code }));
  return { entry, measures };
}

export function readLang(value: unknown): Lang | TtxError {
  if (isBlank(value)) return "vi";
  const v = typeof value === "string" ? value.trim().toLowerCase() : value;
  if (v === "vi" || v === "en") return v;
  return ttxError("VALUE", bilingual("badLang", { got: String(value) }));
}
