/**
 * Flat exports of the catalog: one row per coded entry (CSV) and the whole validated catalog (JSON).
 * Columns come from the field table in `fields.ts`, so CSV, TTX.INFO and the summary read the same values.
 */
import { bilingual } from "../i18n/messages";
import { csvLine } from "../text/safe-cell";
import { aggregationOfEntry, aggregationTable } from "./aggregation";
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
  // How units' figures combine into the province's figure (plan/aggregation.ts, docs/aggregation.md), and why.
  "aggregation",
  "aggregation_reason",
  // Added at the end so existing column positions stay: sector subtotals as printed beside the computed
  // budget_billion / reduction (the JSON has both), and whether a task group is the decision's or our inference.
  "budget_printed",
  "reduction_printed",
  "task_group_basis",
] as const;

/**
 * Why a project or project group reports under its task group: the decision never assigns them, so the mapping is
 * our inference (ProjectGroup.taskGroupReasonEn), said as such wherever it shows (CSV, TTX.INFO). Null for every
 * other entry, whose task group the decision states.
 */
export function taskGroupBasis(e: Entry, c: IndexedCatalog): string | null {
  const group =
    e.kind === "projectGroup"
      ? e.item
      : // Stryker disable next-line ConditionalExpression: only a project has a group number; for any other entry the lookup finds none.
        e.kind === "project"
        ? c.projectGroups.find((g) => g.number === e.item.group)
        : undefined;
  if (!group) return null;
  const label = c.taskGroups.find((g) => g.id === group.taskGroup)?.sourceLabel ?? "";
  return bilingual("taskGroupInferred", { group: `DA${group.number}`, taskGroup: group.taskGroup, label, reason: group.taskGroupReasonEn });
}

/** Kinds of entry a unit reports a figure or a text for: they have an aggregation rule. */
const REPORTED = new Set<Entry["kind"]>(["ghgAction", "target", "task", "project"]);

const extraColumn = (e: Entry, f: string, c: IndexedCatalog): string | number | null =>
  f === "task_group_basis"
    ? taskGroupBasis(e, c)
    : f === "aggregation"
      ? REPORTED.has(e.kind)
        ? aggregationOfEntry(e).rule
        : null
      : f === "aggregation_reason"
        ? REPORTED.has(e.kind)
          ? aggregationOfEntry(e).reasonVi
          : null
        : null;

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
    lines.push(csvLine([e.code, e.kind, ...CSV_COLUMNS.map((f) => (fields.has(f) ? readField(e, f, c) : extraColumn(e, f, c)))]));
  }
  // BOM: Excel opens UTF-8 CSV as such only with it, otherwise Vietnamese diacritics come out garbled.
  return { text: "\uFEFF" + lines.join("\r\n") + "\r\n", rows: entries.length };
}

export function catalogJson(c: IndexedCatalog): { text: string; rows: number } {
  const { byCode: _index, ...plain } = c;
  const data: Catalog = plain;
  // The aggregation rules beside the catalog: each unit's default and the items overriding it, with their reasons.
  return { text: JSON.stringify({ ...data, aggregation: aggregationTable() }, null, 2) + "\n", rows: catalogEntries(c).length };
}
