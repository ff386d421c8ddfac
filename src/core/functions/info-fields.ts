/**
 * Fields TTX.INFO reads beyond the catalog's field table (plan/fields.ts): a project's funding sources, as the
 * Part 2 table prints them in three columns (local budget, central support requested, other), and the basis of a
 * project's task group, which is our inference, not the decision's.
 */
import type { Entry, IndexedCatalog } from "../plan/catalog";
import { taskGroupBasis } from "../plan/export";
import { FIELD_ALIASES, normalizeFieldName, type FieldValue } from "../plan/fields";
import type { EntryKind } from "../plan/catalog";

type Project = Extract<Entry, { kind: "project" }>["item"];

// The column headers of the Part 2 table, as printed ("Ngân sách địa phương", "Đề nghị TW hỗ trợ", "Nguồn khác").
const LOCAL = "Ngân sách địa phương";
const CENTRAL = "Đề nghị TW hỗ trợ";
const OTHER = "Nguồn khác";

/** "Ngân sách địa phương; Đề nghị TW hỗ trợ; Cộng đồng": each source the row marks, the other one by its name. */
function fundingText(p: Project): string | null {
  const f = p.funding;
  const parts = [f.local ? LOCAL : null, f.central ? CENTRAL : null, f.other ? (f.otherVi ?? OTHER) : null].filter(
    (x): x is string => x !== null,
  );
  return parts.length > 0 ? parts.join("; ") : null;
}

type Getter = (e: Entry, c: IndexedCatalog) => FieldValue;
const project =
  (read: (p: Project) => FieldValue): Getter =>
  (e) =>
    e.kind === "project" ? read(e.item) : null;

/** 1 where the row marks the source, 0 where it does not: numbers, so COUNTIF/SUM work on them. */
const EXTRA: Partial<Record<EntryKind, Record<string, Getter>>> = {
  project: {
    funding: project(fundingText),
    funding_local: project((p) => (p.funding.local ? 1 : 0)),
    funding_central: project((p) => (p.funding.central ? 1 : 0)),
    funding_other: project((p) => (p.funding.other ? (p.funding.otherVi ?? "x") : null)),
    funding_cells: project((p) => p.funding.cellsVi.join(" | ")),
    task_group_basis: taskGroupBasis,
  },
  projectGroup: { task_group_basis: taskGroupBasis },
};

export const extraFieldNames = (kind: EntryKind): string[] => Object.keys(EXTRA[kind] ?? {});

/** The canonical extra field for a typed name ("Nguồn vốn" → funding), or undefined. */
export function resolveExtraField(kind: EntryKind, field: string): string | undefined {
  const key = normalizeFieldName(field);
  const names = extraFieldNames(kind);
  const canonical = FIELD_ALIASES[key] ?? names.find((n) => normalizeFieldName(n) === key);
  return names.find((n) => n === canonical);
}

export function readExtraField(entry: Entry, field: string, c: IndexedCatalog): FieldValue {
  return EXTRA[entry.kind]?.[field]?.(entry, c) ?? null;
}
