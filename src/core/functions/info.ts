/**
 * TTX.INFO(code, [field]): one field of a catalog entry. Pure; errors are values.
 * - unknown code → NOT_AVAILABLE (#N/A) with the code named;
 * - field the entry does not have, or a non-text field argument → VALUE (#VALUE!) listing the valid fields;
 * - field that exists but the decision leaves blank → NOT_AVAILABLE, saying so (an empty cell would look like 0).
 */
import { bilingual } from "../i18n/messages";
import { getCatalog, lookup } from "../plan/catalog";
import { fieldNames, readField, resolveField } from "../plan/fields";
import { ttxError, type TtxResult } from "./result";

/** Excel passes a number when the user types =TTX.INFO(1.3); codes are text, so read it back as text. */
function asText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

export function info(code: unknown, field?: unknown): TtxResult<string | number> {
  const codeText = asText(code);
  if (codeText === null || codeText.trim() === "") {
    return ttxError("VALUE", bilingual("notText", { what: "code", got: describe(code) }));
  }
  const entry = lookup(codeText);
  if (!entry) return ttxError("NOT_AVAILABLE", bilingual("unknownCode", { code: codeText.trim() }));

  const fieldText = field === undefined || field === null || field === "" ? "name" : asText(field);
  if (fieldText === null) return ttxError("VALUE", bilingual("notText", { what: "field", got: describe(field) }));
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

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(trống/empty)";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
