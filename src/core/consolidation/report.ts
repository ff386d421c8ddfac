/**
 * What an adapter (src/xlsx for files, Office.js for open sheets) reads from one report sheet, before any
 * judgement: raw cell values with their addresses. Validation and consolidation work only on this shape, so the
 * same rules apply whichever way a report arrives.
 */
import type { Lang } from "../i18n/messages";
import type { ColumnKeyT, TemplateMetaT } from "../templates/spec";

export interface Origin {
  file: string;
  sheet: string;
}

export interface RawRow {
  /** Excel row number, for "sheet!cell" in issues. */
  row: number;
  cells: Partial<Record<ColumnKeyT, unknown>>;
  /** Entry columns whose cell is part of a merged range (where the reader can tell): the row is ambiguous. */
  merged?: ColumnKeyT[];
}

export interface RawReport {
  origin: Origin;
  /** From the hidden metadata sheet; null when the sheet has none (not a template). */
  meta: TemplateMetaT | null;
  /** Header entry cells as typed by the reporter. */
  unitName: unknown;
  reporter: unknown;
  /** Excel date serial or a Date, as the adapter found it. */
  submitted: unknown;
  rows: RawRow[];
  /** The table's header row as found, column by column in template order (absent from older readers). */
  headers?: unknown[];
  narrative: { completed: string; ongoing: string; proposals: string };
  /** The sheet is hidden in its workbook (a report there is listed, refused, never silently skipped). */
  hidden?: boolean;
}

export type IssueKind =
  | "unreadable_file"
  | "not_template"
  | "old_version"
  | "wrong_period"
  | "unknown_unit"
  | "plan_edited"
  | "unknown_code"
  | "duplicate_row"
  | "not_a_number"
  | "merged_cells"
  | "out_of_range"
  | "superseded"
  /** A warning: the submission date cell holds something that is not a plausible date. */
  | "bad_date"
  | "hidden_sheet";

/** A rejected row (or sheet), or a suspicious one that still counts: `rejected` tells which. */
export interface Issue {
  kind: IssueKind;
  rejected: boolean;
  origin: Origin;
  /** "G27" etc.; empty for a whole sheet. */
  cell: string;
  code: string;
  unitId: string;
  /** Both languages, "Vietnamese · English", as the Issues sheet shows it. */
  message: string;
  /** Each language alone, where the task pane shows one (set by validation; absent on older producers). */
  text?: Readonly<Record<Lang, string>>;
}

/** An accepted entry with its provenance. */
export interface Entry {
  code: string;
  taskGroup: string;
  /** The unit as reported, and the unit that carries it today (2025 reorganisation). */
  unitId: string;
  unitName: string;
  currentUnitId: string;
  period: string;
  submitted: number | null;
  templateVersion: string;
  origin: Origin;
  cell: string;
  actual: number | string | null;
  disbursed: number | null;
  status: string;
  evidence: string;
  check: string;
}
