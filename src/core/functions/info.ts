/**
 * TTX.INFO(code, [field]): one field of a catalog entry. Pure; errors are values.
 * - unknown code → NOT_AVAILABLE (#N/A) with the code named;
 * - field the entry does not have, or a non-text field argument → VALUE (#VALUE!) listing the valid fields;
 * - field that exists but the decision leaves blank → NOT_AVAILABLE, saying so (an empty cell would look like 0).
 */
import { bilingual } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { fieldNames, readField, resolveField } from "../plan/fields";
import { isBlank, readCode } from "./coerce";
import { resolveEntry } from "./resolve";
import { ttxError, type TtxResult } from "./result";

export function info(code: unknown, field?: unknown): TtxResult<string | number> {
  const entry = resolveEntry(code);
  if ("ttxError" in entry) return entry;
  const fieldText = isBlank(field) ? "name" : readCode(field, "field");
  if (typeof fieldText !== "string") return fieldText;
  const canonical = resolveField(entry.kind, fieldText);
  if (!canonical) {
    return ttxError(
      "VALUE",
      bilingual("unknownField", { field: fieldText, code: entry.code, fields: fieldNames(entry.kind).join(", ") }),
    );
  }
  const value = readField(entry, canonical, getCatalog());
  if (value === null || value === "") {
    return ttxError("NOT_AVAILABLE", bilingual("fieldEmpty", { code: entry.code, field: canonical }));
  }
  return value;
}
