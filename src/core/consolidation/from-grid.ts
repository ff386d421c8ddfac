/**
 * Where each part of a report sheet sits, read from the template its metadata names: one function for both
 * readers (src/xlsx for files, Office.js for the open workbook), each supplying only "the value at row r,
 * column c". Rows are read from below the table header down to the narrative blocks, whatever a reporter
 * inserted, deleted or typed there; validation names what does not belong.
 */
import { cellOf, columnNumber } from "../address";
import { isBlank, isoOfDate } from "../cells/values";
import { LANGS, t } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { findUnit } from "../plan/org";
import { buildTemplate, templateOfReport } from "../templates/build";
import { LAYOUTS, META_KEYS, fieldValueAddress, layoutOf, type HeaderKey, type TemplateLayout } from "../templates/layout";
import { shownText } from "../text/shown";
import { TemplateMeta, type TemplateMetaT, type TemplateSpecT } from "../templates/spec";
import type { Origin, RawReport, RawRow } from "./report";

export type CellAt = (row: number, column: number) => unknown;

export { META_KEYS };

/** Metadata rows (header row first) → sheet name → metadata; rows that do not parse are left out. */
export function parseMetaRows(rows: readonly (readonly unknown[])[]): Map<string, TemplateMetaT> {
  const metas = new Map<string, TemplateMetaT>();
  rows.slice(1).forEach((row) => {
    const { sheet, rows: rowSet, ...rest } = Object.fromEntries(META_KEYS.map((k, i) => [k, row[i] ?? null])) as Record<string, unknown>;
    // A blank "rows" cell (or none, before version 2) means the template's own rows.
    const parsed = TemplateMeta.safeParse(rowSet === null || rowSet === "" ? rest : { ...rest, rows: rowSet });
    if (typeof sheet === "string" && parsed.success) metas.set(sheet, parsed.data);
  });
  return metas;
}

/** Where a template shows a header field ("template" → C5), read from the template the metadata names. */
function headerAddress(meta: TemplateMetaT, key: "template" | "unit"): string | undefined {
  const layout = layoutOf(meta.version);
  return layout ? fieldValueAddress(layout, key) : undefined;
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
export function matchRenamedSheets(
  metas: ReadonlyMap<string, TemplateMetaT>,
  sheetNames: readonly string[],
  shown: (sheet: string, address: string) => unknown,
): Map<string, TemplateMetaT> {
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

const notTemplate = (origin: Origin): RawReport => ({
  origin,
  meta: null,
  unitName: null,
  reporter: null,
  submitted: null,
  rows: [],
  narrative: { completed: "", ongoing: "", proposals: "" },
});

/** A label or header value compared as people see it, case ignored. */
const seen = (v: unknown): string => shownText(v).toLowerCase();

/**
 * A sheet without metadata of its own (copied or moved into another workbook, which has no `_ttx_meta` row for it)
 * recognised from what it shows: the template id and version (C5, "TTX-NV3 v1.0.0"), the unit (C6) and the period
 * (C7, in either language, its year included). Null unless all three are readable: a sheet that merely resembles a
 * template is not guessed at.
 */
export function metaFromHeader(at: CellAt): TemplateMetaT | null {
  for (const layout of LAYOUTS) {
    const shown = (key: HeaderKey) => at(...cellOf(fieldValueAddress(layout, key)));
    const id = /^TTX-(NV[1-6])\s+v(\d+(?:\.\d+){0,3})$/.exec(String(shown("template") ?? "").trim());
    // Each version shows the template id in its own cell: the one whose cell holds it (with its version) is the layout.
    if (!id) continue;
    const unit = findUnit(String(shown("unit") ?? ""), getCatalog().orgUnits);
    const periodText = seen(shown("period"));
    const year = Number(/\d{4}/.exec(periodText)?.[0]);
    if (!unit || !Number.isInteger(year)) return null;
    for (const lang of LANGS) {
      for (const [kind, key] of [
        ["H1", "tplPeriodH1"],
        ["annual", "tplPeriodAnnual"],
      ] as const) {
        if (periodText !== seen(t(key, { year }, lang))) continue;
        // Without metadata the rows it was made with are unknown: every row of the group is a plan item.
        const built = buildTemplate({
          group: id[1]!,
          unit: unit.id,
          period: `${year}-${kind}`,
          lang,
          version: layout.version,
          rows: "all",
        });
        // The version shown is kept: one that is not the layout's own is named by validation, never guessed at.
        return built.ok ? { ...built.spec.meta, version: id[2]! } : null;
      }
    }
    return null;
  }
  return null;
}

/**
 * A report whose metadata names a version no layout has (typed over, or from a build that never shipped): read by
 * the layout whose table header the sheet shows, so everything typed is listed with the refusal validation gives
 * it, never skipped. The newest layout when none matches.
 */
function templateByLook(meta: TemplateMetaT, at: CellAt) {
  const shows = (layout: TemplateLayout) =>
    layout.columns.every((c, i) => LANGS.some((lang) => seen(at(layout.headerRow, i + 1)) === seen(t(c.label, {}, lang))));
  const layout = LAYOUTS.find(shows) ?? LAYOUTS[0]!;
  const built = buildTemplate({
    group: meta.taskGroup,
    unit: meta.unitId,
    period: meta.period,
    lang: meta.lang,
    version: layout.version,
    rows: "all",
  });
  return built.ok ? { ok: true as const, spec: { ...built.spec, meta: { ...built.spec.meta, version: meta.version } } } : built;
}

/** Where the narrative blocks start: their labels in column A, below the table, in the sheet's or the other language. */
function narrativeLabelRows(spec: TemplateSpecT, at: CellAt, lastRow: number): { key: NarrativeKey; row: number }[] {
  const labels = new Map<string, NarrativeKey>();
  for (const n of spec.narrative) for (const lang of LANGS) labels.set(seen(t(NARRATIVE_LABELS[n.key], {}, lang)), n.key);
  const found: { key: NarrativeKey; row: number }[] = [];
  for (let r = spec.table.headerRow + 1; r <= lastRow; r++) {
    const key = labels.get(seen(at(r, 1)));
    if (key && !found.some((f) => f.key === key)) found.push({ key, row: r });
  }
  return found;
}

/**
 * The first row below the narrative blocks where the signature block starts (its first label in column A, in
 * either language), or null: the last block ends above it, so "Nơi nhận:" is never read as a proposal.
 */
function signatureRow(spec: TemplateSpecT, at: CellAt, from: number, lastRow: number): number | null {
  const first = spec.signature[0];
  if (!first) return null;
  const labels = new Set(LANGS.map((lang) => seen(t("tplRecipients", {}, lang))));
  for (let r = from; r <= lastRow; r++) if (labels.has(seen(at(r, 1)))) return r;
  return null;
}

type NarrativeKey = TemplateSpecT["narrative"][number]["key"];
const NARRATIVE_LABELS = {
  completed: "tplNarrativeCompleted",
  ongoing: "tplNarrativeOngoing",
  proposals: "tplNarrativeProposals",
} as const;

/**
 * One sheet as a RawReport; `lastRow` bounds the scan. `mergedAt`, where the reader can tell, says whether a cell
 * lies in a merged range (a number typed across merged entry cells cannot be attributed to one column);
 * `covered` whether it lies in one but is not its top-left cell (a reader that shows the top-left value in every
 * cell of a range says so, and such cells are not read twice).
 *
 * People edit the table: rows are inserted (with or without a code), deleted, typed below it. So the table is not
 * "rows down to the first without a code": it runs from below its header row to the first narrative label (or the
 * sheet's end), and every row holding something is read; validation names what does not belong. Each narrative
 * block runs from its label to the next label, whatever its cells: a text pasted across several rows is kept whole,
 * line by line.
 */
export function reportFromGrid(
  origin: Origin,
  meta: TemplateMetaT | null,
  at: CellAt,
  lastRow: number,
  mergedAt?: (row: number, column: number) => boolean,
  covered?: (row: number, column: number) => boolean,
): RawReport {
  const fromHeader = meta === null ? metaFromHeader(at) : null;
  const effective = meta ?? fromHeader;
  const template = effective ? (layoutOf(effective.version) ? templateOfReport(effective) : templateByLook(effective, at)) : undefined;
  if (!effective || !template?.ok) return notTemplate(origin);
  const spec = template.spec;
  const read: CellAt = covered ? (r, c) => (covered(r, c) ? null : at(r, c)) : at;
  const atAddress = (address: string) => read(...cellOf(address));
  const header = (key: string) => atAddress(spec.header.find((h) => h.key === key)!.valueAddress);
  const columns = spec.table.columns.map((c) => [c.key, columnNumber(c.letter)] as const);
  const entryColumns = spec.table.columns.filter((c) => c.role === "entry").map((c) => [c.key, columnNumber(c.letter)] as const);
  // Formula columns hold the template's own results: a row showing only those holds nothing a person typed.
  const typedColumns = spec.table.columns.filter((c) => c.role !== "formula").map((c) => columnNumber(c.letter));
  const labels = narrativeLabelRows(spec, read, lastRow);
  const lastColumn = columnNumber(spec.table.columns[spec.table.columns.length - 1]!.letter);
  /** Rows `from`…`to` as text: each row's cells joined by a space, a line per row holding something. */
  const blockText = (from: number, to: number): string => {
    const lines: string[] = [];
    for (let r = from; r <= to; r++) {
      const cells: string[] = [];
      for (let c = 1; c <= lastColumn; c++) {
        const v = read(r, c);
        if (!isBlank(v)) cells.push(v instanceof Date ? isoOfDate(v) : String(v));
      }
      if (cells.length > 0) lines.push(cells.join(" "));
    }
    return lines.join("\n");
  };
  const narrative = { completed: "", ongoing: "", proposals: "" };
  // Rows read as narrative, never also as table rows: each typed text ends in one place.
  const narrativeRows = new Set<number>();
  if (labels.length === 0) {
    // No label left to go by: the blocks where the template put them.
    for (const n of spec.narrative) {
      const [top, bottom] = n.range.split(":").map((address) => cellOf(address)[0]);
      narrative[n.key] = blockText(top!, bottom!);
      for (let r = top!; r <= bottom!; r++) narrativeRows.add(r);
    }
  }
  const tableEnd = labels.length > 0 ? labels[0]!.row - 1 : lastRow;
  const rows: RawRow[] = [];
  for (let r = spec.table.headerRow + 1; r <= tableEnd; r++) {
    if (narrativeRows.has(r) || !typedColumns.some((c) => !isBlank(read(r, c)))) continue;
    const row: RawRow = { row: r, cells: Object.fromEntries(columns.map(([key, n]) => [key, read(r, n)])) };
    const merged = mergedAt ? entryColumns.filter(([, n]) => mergedAt(r, n)).map(([key]) => key) : [];
    if (merged.length > 0) row.merged = merged;
    rows.push(row);
  }
  const signature = labels.length > 0 ? signatureRow(spec, read, labels[labels.length - 1]!.row + 1, lastRow) : null;
  labels.forEach(({ key, row }, i) => {
    const end = i + 1 < labels.length ? labels[i + 1]!.row - 1 : (signature ?? lastRow + 1) - 1;
    narrative[key] = blockText(row + 1, end);
  });
  const headers = columns.map(([, n]) => read(spec.table.headerRow, n));
  const report: RawReport = {
    origin,
    meta: effective,
    unitName: header("unit"),
    reporter: header("reporter"),
    submitted: header("submitted"),
    rows,
    headers,
    narrative,
  };
  return fromHeader ? { ...report, fromHeader: true } : report;
}
