/**
 * Where each part of a report sheet sits, read from the template its metadata names: one function for both
 * readers (src/xlsx for files, Office.js for the open workbook), each supplying only "the value at row r,
 * column c". Rows are read from below the table header down to the first row without a code; rows a reporter
 * added or deleted are read as they are, and validation then sees the plan part changed.
 */
import { cellOf, columnNumber } from "../address";
import { getCatalog } from "../plan/catalog";
import { findUnit } from "../plan/org";
import { buildTemplate } from "../templates/build";
import { TemplateMeta, type TemplateMetaT } from "../templates/spec";
import type { Origin, RawReport, RawRow } from "./report";

export type CellAt = (row: number, column: number) => unknown;

export const META_KEYS = ["sheet", "templateId", "version", "taskGroup", "unitId", "period", "lang", "planHash"] as const;

/** Metadata rows (header row first) → sheet name → metadata; rows that do not parse are left out. */
export function parseMetaRows(rows: readonly (readonly unknown[])[]): Map<string, TemplateMetaT> {
  const metas = new Map<string, TemplateMetaT>();
  rows.slice(1).forEach((row) => {
    const { sheet, ...rest } = Object.fromEntries(META_KEYS.map((k, i) => [k, row[i] ?? null]));
    const parsed = TemplateMeta.safeParse(rest);
    if (typeof sheet === "string" && parsed.success) metas.set(sheet, parsed.data);
  });
  return metas;
}

/** Where a template shows a header field ("template" → C5), read from the template the metadata names. */
function headerAddress(meta: TemplateMetaT, key: "template" | "unit"): string | undefined {
  const built = buildTemplate({ group: meta.taskGroup, unit: meta.unitId, period: meta.period, lang: meta.lang });
  return built.ok ? built.spec.header.find((h) => h.key === key)?.valueAddress : undefined;
}

/** Metadata rows naming no existing sheet: their sheet's tab was renamed (or the sheet deleted). */
export function orphanedMetas(metas: ReadonlyMap<string, TemplateMetaT>, sheetNames: readonly string[]): [string, TemplateMetaT][] {
  const existing = new Set(sheetNames);
  return [...metas].filter(([name]) => !existing.has(name));
}

/**
 * Report sheets whose tab was renamed after insertion. Their metadata row still names the old tab, so they would
 * read as "not a template" and their rows would go unread. A sheet without metadata of its own is matched to an
 * orphaned row by the template id it shows (C5, "TTX-NV4 v…") and, when several orphans share that template, by
 * the unit it shows (C6). `shown(sheet, address)` gives a header cell's value. Returns sheet name → metadata.
 */
export function matchRenamedSheets(metas: ReadonlyMap<string, TemplateMetaT>, sheetNames: readonly string[], shown: (sheet: string, address: string) => unknown): Map<string, TemplateMetaT> {
  const matched = new Map<string, TemplateMetaT>();
  let orphans = orphanedMetas(metas, sheetNames).map(([, meta]) => meta);
  for (const sheet of sheetNames) {
    if (metas.has(sheet) || orphans.length === 0) continue;
    const showsTemplate = (m: TemplateMetaT) => {
      const at = headerAddress(m, "template");
      return at !== undefined && String(shown(sheet, at) ?? "").startsWith(`${m.templateId} `);
    };
    let candidates = orphans.filter(showsTemplate);
    if (candidates.length > 1) {
      candidates = candidates.filter((m) => {
        const at = headerAddress(m, "unit");
        return at !== undefined && findUnit(String(shown(sheet, at) ?? ""), getCatalog().orgUnits)?.id === m.unitId;
      });
    }
    if (candidates.length === 1) {
      matched.set(sheet, candidates[0]!);
      orphans = orphans.filter((m) => m !== candidates[0]);
    }
  }
  return matched;
}

const notTemplate = (origin: Origin): RawReport => ({ origin, meta: null, unitName: null, reporter: null, submitted: null, rows: [], narrative: { completed: "", ongoing: "", proposals: "" } });

/**
 * One sheet as a RawReport; `lastRow` bounds the scan for rows. `mergedAt`, where the reader can tell, says whether
 * a cell lies in a merged range: a number typed across merged entry cells cannot be attributed to one column.
 */
export function reportFromGrid(origin: Origin, meta: TemplateMetaT | null, at: CellAt, lastRow: number, mergedAt?: (row: number, column: number) => boolean): RawReport {
  const template = meta ? buildTemplate({ group: meta.taskGroup, unit: meta.unitId, period: meta.period, lang: meta.lang }) : undefined;
  if (!meta || !template?.ok) return notTemplate(origin);
  const spec = template.spec;
  const atAddress = (address: string) => at(...cellOf(address));
  const header = (key: string) => atAddress(spec.header.find((h) => h.key === key)!.valueAddress);
  const columns = spec.table.columns.map((c) => [c.key, columnNumber(c.letter)] as const);
  const codeColumn = columns.find(([key]) => key === "code")![1];
  const entryColumns = spec.table.columns.filter((c) => c.role === "entry").map((c) => [c.key, columnNumber(c.letter)] as const);
  const rows: RawRow[] = [];
  for (let r = spec.table.headerRow + 1; r <= lastRow; r++) {
    if (at(r, codeColumn) === null) break;
    const row: RawRow = { row: r, cells: Object.fromEntries(columns.map(([key, n]) => [key, at(r, n)])) };
    const merged = mergedAt ? entryColumns.filter(([, n]) => mergedAt(r, n)).map(([key]) => key) : [];
    if (merged.length > 0) row.merged = merged;
    rows.push(row);
  }
  const narrative = Object.fromEntries(spec.narrative.map((n) => [n.key, String(atAddress(n.range.split(":")[0]!) ?? "")]));
  const headers = columns.map(([, n]) => at(spec.table.headerRow, n));
  return { origin, meta, unitName: header("unit"), reporter: header("reporter"), submitted: header("submitted"), rows, headers, narrative: narrative as RawReport["narrative"] };
}
