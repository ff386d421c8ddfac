/** Shared first steps of TTX functions: read the code argument and find its catalog entry, or say why not. */
import { bilingual, type Lang } from "../i18n/messages";
import { lookup, type Entry } from "../plan/catalog";
import { measuresOf } from "../plan/milestones";
import type { MeasureT } from "../plan/schema";
import { isBlank, readCode } from "./coerce";
import { ttxError, type TtxError } from "./result";

export function resolveEntry(code: unknown): Entry | TtxError {
  const text = readCode(code);
  if (typeof text !== "string") return text;
  return lookup(text) ?? ttxError("NOT_AVAILABLE", bilingual("unknownCode", { code: text.trim() }));
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
