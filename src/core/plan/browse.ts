/**
 * The catalog as rows for people to browse and search (the task pane's "Kế hoạch / Plan" tab): one row per coded
 * entry with the figures staff ask about — target, milestones, budget, GHG reduction, lead agency. Values are read
 * through the field table (fields.ts), so the pane shows exactly what TTX.INFO and `ttx catalog` give.
 */
import type { Lang } from "../i18n/messages";
import { getCatalog, type EntryKind, type IndexedCatalog } from "./catalog";
import { catalogEntries } from "./export";
import { fieldNames, readField, type FieldValue } from "./fields";
import { measuresOf, milestoneSummary } from "./milestones";

/** What the pane lets people filter by; organisational units are listed too, so agencies can be looked up. */
export const BROWSE_KINDS = ["target", "ghgAction", "project", "task", "orgUnit"] as const;
export type BrowseKind = (typeof BROWSE_KINDS)[number] | "other";

export interface BrowseRow {
  code: string;
  kind: BrowseKind;
  /** Name in the chosen language where the decision's English label exists; the Vietnamese text otherwise. */
  name: string;
  target: string | null;
  /** "2020: 25%; 2030: 80%", or null when the decision gives no figure. */
  milestones: string | null;
  budgetBillionVnd: number | null;
  reductionKt: number | null;
  lead: string | null;
  source: string | null;
  /** Lower-case text without diacritics, built once: what the search matches against. */
  haystack: string;
}

const kindOf = (k: EntryKind): BrowseKind =>
  k === "taskGroup" ? "task" : (BROWSE_KINDS as readonly string[]).includes(k) ? (k as BrowseKind) : "other";

const str = (v: FieldValue): string | null => (v === null || v === "" ? null : String(v));
// Stryker disable next-line ConditionalExpression: the budget and reduction fields give a number or null, never text.
const num = (v: FieldValue): number | null => (typeof v === "number" ? v : null);

/** "Nông nghiệp Đồng" → "nong nghiep dong": people type without diacritics, or with them. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

export function browseRows(lang: Lang, catalog: IndexedCatalog = getCatalog()): BrowseRow[] {
  return catalogEntries(catalog).map((entry) => {
    const has = new Set(fieldNames(entry.kind));
    const field = (name: string): FieldValue => (has.has(name) ? readField(entry, name, catalog) : null);
    const name = str(lang === "en" ? (field("name_en") ?? field("name")) : field("name")) ?? entry.code;
    const measures = measuresOf(entry);
    // A GHG goal's target is its bare figure (7 for 7%): the milestones show it with its unit and year.
    const target = field("target");
    const row = {
      code: entry.code,
      kind: kindOf(entry.kind),
      name,
      target: typeof target !== "string" || target === name ? null : str(target),
      milestones: measures.length > 0 ? milestoneSummary(measures, lang) : null,
      budgetBillionVnd: num(field("budget_billion")),
      reductionKt: num(field("reduction")),
      lead: str(field("lead")) ?? str(field("agency")) ?? str(field("abbr")),
      source: str(field("source")),
    };
    const haystack = foldForSearch(
      [row.code, row.name, str(field("name")), row.target, row.lead, str(field("agency"))].filter(Boolean).join(" "),
    );
    return { ...row, haystack };
  });
}

/**
 * Rows matching every word typed (any order, diacritics optional), optionally of one kind. Codes typed exactly
 * ("C1.1") come first, so looking up a code someone has on paper is one step.
 */
export function searchRows(rows: readonly BrowseRow[], query: string, kind: BrowseKind | "all" = "all"): BrowseRow[] {
  const words = foldForSearch(query).match(/\S+/g) ?? [];
  const exact = foldForSearch(query).replace(/\s/g, "");
  const hits = rows.filter((r) => (kind === "all" || r.kind === kind) && words.every((w) => r.haystack.includes(w)));
  return exact === ""
    ? hits
    : [...hits.filter((r) => foldForSearch(r.code) === exact), ...hits.filter((r) => foldForSearch(r.code) !== exact)];
}
