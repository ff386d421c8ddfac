/**
 * What an adapter (src/xlsx for files, Office.js for open sheets) reads from one report sheet, before any
 * judgement: raw cell values with their addresses. Validation and consolidation work only on this shape, so the
 * same rules apply whichever way a report arrives.
 */
import type { Lang } from "../i18n/messages";
import type { ColumnKeyT, TemplateMetaT } from "../templates/spec";
import type { PathStatus } from "../plan/path";

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
  /**
   * The sheet had no metadata of its own (copied into another workbook) and was recognised from its visible
   * header: template id, unit and period as shown. Counted, with a warning saying so.
   */
  fromHeader?: boolean;
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
  /** A warning: an amount in a tỷ-đồng column large enough (≥ 1,000,000) to have been typed in đồng. */
  | "dong_amount"
  | "hidden_sheet"
  /** A row of the template absent from the report (deleted): a warning naming its code. */
  | "missing_row"
  /** A row typed inside or under the table without a code: refused, its values listed. */
  | "no_code"
  /** The unit typed in the header is not the one in the file's metadata (the metadata counts). */
  | "unit_conflict"
  /** A sheet without metadata recognised from its visible header (template id, unit, period). */
  | "from_header"
  /** A report with no figures at all: received, empty. */
  | "empty_report"
  /** The reporter or the submission date was left blank. */
  | "blank_header"
  /** Two reports of one unit and group dated the same day with different figures: neither is chosen silently. */
  | "conflict"
  /** A whole file: a spreadsheet in a format the reader does not read (.xls, .ods, .csv…), refused. */
  | "unsupported_format"
  /** A whole file only noted: an Excel/LibreOffice lock file, an empty file, a macOS "._" companion. */
  | "skipped_file"
  /** A whole file only noted: received in a report folder but not a spreadsheet (a scanned PDF, a Word letter). */
  | "other_file";

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
  /**
   * What the row held, as typed, for a refused or superseded row: the focal department never has to open the
   * original file. Entry columns by key; `other` lists any other cell typed in a row without a code ("C20: …").
   */
  values?: TypedValues;
}

export interface TypedValues {
  actual?: unknown;
  disbursed?: unknown;
  status?: unknown;
  evidence?: unknown;
  other?: string;
}

/** An accepted entry with its provenance. */
export interface Entry {
  code: string;
  taskGroup: string;
  /**
   * The unit as reported, and the unit answering for the report on the period's due date (plan/org.ts unitOn): in
   * 2019 Sở NN&PTNT's report is its own; in 2025 one on its old template is Sở NN&MT's (2025 reorganisation).
   */
  unitId: string;
  unitName: string;
  answeringUnitId: string;
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
  /**
   * The figure against the plan's path at the report year (plan/path.ts): on track, behind, ahead; "no_target" for
   * text rows, "not_reported" for a blank number cell. Absent from producers older than the path rule.
   */
  pathStatus?: PathStatus;
  /**
   * The unit's part in this row on the report's due date (plan/responsibility.ts): "lead" (chủ trì), "coordinating"
   * (phối hợp), or null where the responsibility data gives the unit no part (a row reported from an all-rows
   * template). Absent from producers older than the responsibility data.
   */
  role?: Role | null;
}

export type Role = "lead" | "coordinating";
