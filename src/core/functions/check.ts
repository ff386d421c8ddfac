/**
 * TTX.CHECK(code, value, [year], [lang]): validates one entry against the catalog and returns "OK" or what is
 * wrong or late, in words: blank → not a number → the verdict of plan/judge.ts (the rule consolidation applies too).
 */
import { isBlank, isFiniteNumber, parseNumberText } from "../cells/values";
import { t } from "../i18n/messages";
import { checkValue } from "../plan/judge";
import { pathStartYear } from "../plan/path";
import { isTypedText } from "../plan/stored-fraction";
import { oneCell, readYear } from "./coerce";
import { readLang, resolveMeasured } from "./resolve";
import type { TtxResult } from "./result";

export function check(code: unknown, valueArgument: unknown, year?: unknown, lang?: unknown): TtxResult<string> {
  const value = oneCell(valueArgument);
  const language = readLang(lang);
  if (typeof language !== "string") return language;
  const resolved = resolveMeasured(code);
  if ("ttxError" in resolved) return resolved;
  const wantedYear = isBlank(year) ? undefined : readYear(year);
  if (typeof wantedYear === "object") return wantedYear;
  if (isBlank(value)) return t("checkBlank", {}, language);
  const number = typeof value === "number" ? value : typeof value === "string" ? parseNumberText(value) : null;
  if (!isFiniteNumber(number)) return t("checkNotNumber", { got: String(value) }, language);
  const options = { typedAsText: isTypedText(value) };
  return checkValue(resolved.measures, number, wantedYear, language, pathStartYear(resolved.entry), options) ?? t("checkOk", {}, language);
}
