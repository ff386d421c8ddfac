/**
 * A reporting template as data: everything both writers (Office.js into the open workbook, ExcelJS into a file)
 * need, with cell addresses fixed here so writers, checks and consolidation agree on where everything is.
 * Formulas are in Excel's English syntax with the TTX names (`TTX.PROGRESS(A14,H14,$C$9)`); each carries the
 * result it has for the blank template, so a file reads right where the add-in is not loaded.
 */
import { z } from "zod";

/**
 * The version new templates are written in. Reports on earlier versions still in circulation are read by the
 * layout of their own version (layout.ts): a figure typed on last year's template is never refused for its age.
 */
export const TEMPLATE_VERSION = "2.0.0";
export const META_SHEET = "_ttx_meta";

const Address = z.string().regex(/^\$?[A-Z]{1,3}\$?\d+$/);
const CellValue = z.union([z.string(), z.number(), z.null()]);

export const Validation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("list"), values: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("decimal"), min: z.number(), max: z.number().optional() }),
  /** A date after `after` (ISO "2017-01-01"): the writers' data validation, and what the validator accepts. */
  // A calendar date (YYYY-MM-DD, a day its month has): Excel refuses a date validation on 2018-02-30.
  z.object({ kind: z.literal("date"), after: z.iso.date() }),
  z.object({ kind: z.literal("any") }),
]);

const HeaderField = z.object({
  key: z.enum(["plan", "template", "unit", "period", "year", "due", "reporter", "submitted"]),
  label: z.string(),
  labelAddress: Address,
  valueAddress: Address,
  /** The merged cells showing the value ("C4:F4"): the value is at its top-left, `valueAddress`. */
  valueMerge: z.string().regex(/^[A-Z]+\d+:[A-Z]+\d+$/),
  value: CellValue,
  /** Excel number format for the value (dates). */
  numFmt: z.string().optional(),
  entry: z.boolean(),
  validation: Validation.optional(),
});

export const ColumnKey = z.enum([
  "code",
  "role",
  "group",
  "task",
  "target",
  "unit",
  "budget",
  "actual",
  "disbursed",
  "status",
  "evidence",
  "progress",
  "check",
]);

export const Column = z.object({
  key: ColumnKey,
  letter: z.string().regex(/^[A-Z]$/),
  header: z.string(),
  width: z.number().positive(),
  /**
   * plan: locked, from the catalog, part of the plan fingerprint; info: locked, from the responsibility data when
   * the file was made (an assignment may be revised later: not fingerprinted); entry: unlocked for the reporter;
   * formula: locked, computed.
   */
  role: z.enum(["plan", "info", "entry", "formula"]),
  numFmt: z.string().optional(),
  wrap: z.boolean(),
});

const Formula = z.object({ formula: z.string(), cached: z.union([z.string(), z.number()]) });

export const TableRow = z.object({
  code: z.string(),
  /** The kind of result the row expects: a percentage (0–100), a non-negative number, or a text description. */
  actualKind: z.enum(["percent", "number", "text"]),
  values: z.partialRecord(ColumnKey, CellValue),
  formulas: z.partialRecord(ColumnKey, Formula),
});

const NarrativeField = z.object({
  key: z.enum(["completed", "ongoing", "proposals"]),
  label: z.string(),
  labelAddress: Address,
  /** The merged entry block, e.g. "A40:L44". */
  range: z.string().regex(/^[A-Z]+\d+:[A-Z]+\d+$/),
});

export const TemplateMeta = z.object({
  templateId: z.string().regex(/^TTX-NV[1-6]$/),
  // Shapes, not just strings: these come back from files people send and end up in sheets and messages.
  version: z.string().regex(/^\d+(\.\d+){0,3}$/),
  taskGroup: z.enum(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]),
  unitId: z.string().regex(/^[A-Z][A-Z0-9_]{0,40}$/),
  period: z.string().regex(/^\d{4}-(H1|annual)$/),
  lang: z.enum(["vi", "en"]),
  /** SHA-256 of the locked plan cells (row codes and plan columns, in order): detects edits to the plan part. */
  planHash: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * "all": every row of the task group, asked for on purpose; absent: the rows the unit leads, then those it
   * coordinates (from version 2; version 1 templates list every row).
   */
  rows: z.literal("all").optional(),
});

/** Fixed text above or below the table: the Decree 30 heading, the title, the signature block. */
export const TextLine = z.object({
  address: Address,
  text: z.string(),
  merge: z.string(),
  style: z.enum(["title", "subtitle", "agency", "agencyName", "motto", "place", "note", "signTitle", "signNote", "recipients"]),
  /** Computed from a header cell (the unit's name in capitals, the place and date): `text` is its blank-template result. */
  formula: z.string().optional(),
});

export const TemplateSpec = z.object({
  meta: TemplateMeta,
  sheetName: z.string().min(1).max(31),
  titleLines: z.array(TextLine),
  header: z.array(HeaderField),
  table: z.object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
    headerRow: z.number().int().positive(),
    columns: z.array(Column),
    rows: z.array(TableRow).min(1),
  }),
  narrative: z.array(NarrativeField),
  /** Below the narrative blocks: who prepared and who signs (Decree 30). The reader stops the narratives at its first line. */
  signature: z.array(TextLine),
  /** Rows the table freezes and prints on every page, and the column the frozen panes stop after. */
  frozenColumns: z.number().int().min(0),
  statusValues: z.array(z.string()).length(4),
});

export type TemplateSpecT = z.infer<typeof TemplateSpec>;
export type ColumnT = z.infer<typeof Column>;
export type ColumnKeyT = z.infer<typeof ColumnKey>;
export type TableRowT = z.infer<typeof TableRow>;
export type TemplateMetaT = z.infer<typeof TemplateMeta>;
export type ValidationT = z.infer<typeof Validation>;
export type TextLineT = z.infer<typeof TextLine>;
