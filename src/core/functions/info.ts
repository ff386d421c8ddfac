/**
 * TTX.INFO(code, [field]): one field of a catalog entry. Pure; errors are values.
 * - unknown code → NOT_AVAILABLE (#N/A) with the code named;
 * - field the entry does not have, or a non-text field argument → VALUE (#VALUE!) listing the valid fields;
 * - field that exists but the decision leaves blank → NOT_AVAILABLE, saying so (an empty cell would look like 0);
 * - a label printed for two task groups ("1.2") → NOT_AVAILABLE naming both stable codes (resolve.ts);
 * - projects also have funding fields and every project or project group `task_group_basis`, which says the
 *   task group is our inference (info-fields.ts).
 */
import { bilingual } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { fieldNames, readField, resolveField } from "../plan/fields";
import { readCode } from "./coerce";
import { isBlank } from "../cells/values";
import { extraFieldNames, readExtraField, resolveExtraField } from "./info-fields";
import { resolveEntry } from "./resolve";
import { ttxError, type TtxResult } from "./result";

export function info(code: unknown, field?: unknown): TtxResult<string | number> {
  const entry = resolveEntry(code);
  if ("ttxError" in entry) return entry;
  const fieldText = isBlank(field) ? "name" : readCode(field, "field");
  if (typeof fieldText !== "string") return fieldText;
  const canonical = resolveField(entry.kind, fieldText);
  const extra = canonical ? undefined : resolveExtraField(entry.kind, fieldText);
  if (!canonical && !extra) {
    const fields = [...fieldNames(entry.kind), ...extraFieldNames(entry.kind)];
    return ttxError("VALUE", bilingual("unknownField", { field: fieldText, code: entry.code, fields: fields.join(", ") }));
  }
  const value = canonical ? readField(entry, canonical, getCatalog()) : readExtraField(entry, extra!, getCatalog());
  if (value === null || value === "") {
    return ttxError("NOT_AVAILABLE", bilingual("fieldEmpty", { code: entry.code, field: canonical ?? extra! }));
  }
  return value;
}
