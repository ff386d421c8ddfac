/**
 * Flat exports of the catalog: one row per coded entry (CSV) and the whole validated catalog (JSON).
 * Columns come from the field table in `fields.ts`, so CSV, TTX.INFO and the summary read the same values.
 */
import { csvLine } from "../text/safe-cell";
import type { Catalog, Entry, IndexedCatalog } from "./catalog";
import { readField, fieldNames } from "./fields";

export const CSV_COLUMNS = [
  "name",
  "name_en",
  "sector",
  "group",
  "task_group",
  "target",
  "unit",
  "milestone_2020",
  "milestone_2030",
  "budget_billion",
  "budget_million",
  "reduction",
  "priority",
  "lead",
  "timeframe",
  "source",
] as const;

/** Every entry once, in catalog order (the printed-label aliases of task groups are skipped). */
export function catalogEntries(c: IndexedCatalog): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const e of c.byCode.values()) {
    const key = `${e.kind}:${e.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

export function catalogCsv(c: IndexedCatalog): { text: string; rows: number } {
  const entries = catalogEntries(c);
  const lines = [csvLine(["code", "kind", ...CSV_COLUMNS])];
  for (const e of entries) {
    const fields = new Set(fieldNames(e.kind));
    lines.push(csvLine([e.code, e.kind, ...CSV_COLUMNS.map((f) => (fields.has(f) ? readField(e, f, c) : null))]));
  }
  // BOM: Excel opens UTF-8 CSV as such only with it, otherwise Vietnamese diacritics come out garbled.
  return { text: "\uFEFF" + lines.join("\r\n") + "\r\n", rows: entries.length };
}

export function catalogJson(c: IndexedCatalog): { text: string; rows: number } {
  const { byCode: _index, ...plain } = c;
  const data: Catalog = plain;
  return { text: JSON.stringify(data, null, 2) + "\n", rows: catalogEntries(c).length };
}
