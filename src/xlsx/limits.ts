/**
 * What one received file may hold, stated in one place, and the Issue a file over any of them becomes. Every limit
 * is enforced while the file is read, before the memory it would take is spent: the file's size before it is read
 * at all (`refuseBySize`, for callers that can stat it: the CLI), the declared sizes before anything is inflated
 * (zip-guard.ts), inflated bytes counted chunk by chunk as each part streams through the XML parser
 * (xlsx-parts.ts), shared strings counted as they are parsed, cells and merged ranges counted as each sheet is
 * parsed (sheet-cells.ts). A breach stops that file with a `ReadLimitError`, which report-reader.ts turns into one
 * "unreadable file" Issue naming the file; the run goes on with the others.
 *
 * The figures are far above any report (a template is ~50 rows × 12 columns: ~700 cells, ~300 shared strings,
 * ~20 merged ranges, ~60 KB unpacked; a department's file with a few extra sheets of thousands of rows stays under a
 * tenth of each) and far below what would exhaust `ttx consolidate`'s 640 MB heap (bin/heap-cap.js): the README
 * gives the peak heap measured at each limit. The task pane applies the same limits (its reader is this one).
 * No Node APIs here.
 */
import type { Issue } from "../core/consolidation/report";
import { t, type Lang, type MessageKey, type MessageParams } from "../core/i18n/messages";

const MB = 1024 * 1024;

export interface ReadLimits {
  /** Bytes of the file itself (compressed). */
  fileBytes: number;
  /** Bytes all parts together may unpack to: declared (the zip's directory) and counted while inflating. */
  unpackedBytes: number;
  /** Bytes one part (a sheet, the shared strings, the styles…) may unpack to. */
  partBytes: number;
  /** Shared strings (`<si>`) in the file. */
  sharedStrings: number;
  /**
   * Characters of text kept from the file: shared strings, and text held in cells (inline strings, formulas' text
   * results, error codes). Numbers, dates and booleans are kept as such and do not count.
   */
  textChars: number;
  /** Cells (`<c>` elements, with or without a value) on one sheet. */
  sheetCells: number;
  /** Cells on all sheets read from one file. */
  fileCells: number;
  /** Merged ranges on all sheets read from one file. */
  mergedRanges: number;
  /** Sheets a workbook lists (each one read costs memory and, read as a report, time). */
  sheets: number;
  /**
   * Rows scanned for reports: the last row holding something, summed over the sheets read as reports (a report is
   * read from its header down to that row, every row, whatever lies between).
   */
  reportRows: number;
}

export const READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  fileBytes: 100 * MB,
  unpackedBytes: 512 * MB,
  partBytes: 64 * MB,
  sharedStrings: 1_000_000,
  textChars: 32_000_000,
  sheetCells: 1_000_000,
  fileCells: 2_000_000,
  mergedRanges: 100_000,
  sheets: 1_000,
  reportRows: 2_000_000,
});

/** Bytes one file may have on disk (or as picked): larger files are refused from their size, before being read. */
export const MAX_FILE_BYTES = READ_LIMITS.fileBytes;

/** What one file's sheets have used of the per-file limits so far (shared by its parsers). */
export interface ReadUsage {
  cells: number;
  merged: number;
  chars: number;
}

/**
 * A string of its own: the same characters, not a slice of the XML piece it was parsed from. V8 keeps a substring
 * of 13 characters or more as a view of its parent, so one kept cell would keep its whole piece of XML alive; a
 * concatenation flattened by `slice` is a new string (the parent it views is that copy, one character longer).
 */
export const ownString = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

/** Excel's grid: a cell, row or merged range beyond it is in no file Excel saved (and would make scans run long). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** The limits to read with: the defaults, some replaced (tests use small ones to hit them with small files). */
export const readLimits = (limits: Partial<ReadLimits> = {}): ReadLimits => ({ ...READ_LIMITS, ...limits });

type LimitName = keyof ReadLimits | "grid" | "address";

/**
 * One file went over a limit while being read. `count` is what the file declares when it declares more than the
 * limit (`<sst uniqueCount>`, `<mergeCells count>`: refused before parsing on), else what was counted when reading
 * stopped (`exact` false: "at least"). `sheet` names the sheet where it happened, `where` a part or cell reference.
 */
export class ReadLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    readonly count: number,
    readonly exact: boolean,
    readonly sheet = "",
    readonly where = "",
  ) {
    super(
      `${limit}: ${exact ? count : `more than ${max}`} (limit ${max})${sheet ? ` on sheet ${sheet}` : ""}${where ? ` at ${where}` : ""}`,
    );
    this.name = "ReadLimitError";
  }
}

/** Inflated bytes over `unpackedBytes` (the name predates the other limits). */
export class UnpackLimitError extends ReadLimitError {
  constructor(max: number, count: number) {
    super("unpackedBytes", max, count, false);
    this.message = `unpacks to more than ${max} bytes`;
    this.name = "UnpackLimitError";
  }
}

/** 1234567 → "1.234.567" (vi) / "1,234,567" (en). */
function groupDigits(n: number, lang: Lang): string {
  const digits = String(Math.trunc(n));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
}

const megabytes = (bytes: number) => Math.ceil(bytes / MB);

const KEYS: Record<LimitName, MessageKey> = {
  fileBytes: "issueFileTooBig",
  unpackedBytes: "issueTooLarge",
  partBytes: "issuePartTooLarge",
  sharedStrings: "issueTooManyStrings",
  textChars: "issueTooMuchText",
  sheetCells: "issueTooManyCells",
  fileCells: "issueTooManyCellsFile",
  mergedRanges: "issueTooManyMerged",
  sheets: "issueTooManySheets",
  reportRows: "issueTooManyRows",
  grid: "issueBeyondGrid",
  address: "issueNotAnAddress",
};

/** A whole-file Issue with parameters worded per language (numbers grouped as each language writes them). */
function issue(file: string, key: MessageKey, params: (lang: Lang) => MessageParams): Issue {
  const text = { vi: t(key, params("vi"), "vi"), en: t(key, params("en"), "en") };
  return {
    kind: "unreadable_file",
    rejected: true,
    origin: { file, sheet: "" },
    cell: "",
    code: "",
    unitId: "",
    message: `${text.vi} · ${text.en}`,
    text,
  };
}

/** The Issue for a file over a limit: "Too large: 1,000,000+ cells on sheet “Data” (limit 1,000,000 per sheet)…". */
export function limitIssue(file: string, error: ReadLimitError): Issue {
  const bytes = error.limit === "fileBytes" || error.limit === "unpackedBytes" || error.limit === "partBytes";
  return issue(file, KEYS[error.limit], (lang) => {
    const count = bytes ? megabytes(error.count) : error.exact ? groupDigits(error.count, lang) : `${groupDigits(error.max, lang)}+`;
    const limit = bytes ? megabytes(error.max) : groupDigits(error.max, lang);
    return { count, size: count, limit, sheet: error.sheet, part: error.sheet ? `“${error.sheet}”` : error.where, cell: error.where };
  });
}

/**
 * For a caller that knows a file's size before reading it (the CLI stats each file; the task pane has `File.size`):
 * the Issue refusing a file over `MAX_FILE_BYTES` (kind `unreadable_file`, "Too large: 2,049 MB (limit 100 MB per
 * file)…"), or null when the file may be read. `readReportFile` applies the same check to the bytes it is given.
 */
export function refuseBySize(size: number, file: string, max: number = MAX_FILE_BYTES): Issue | null {
  return size > max ? limitIssue(file, new ReadLimitError("fileBytes", max, size, true)) : null;
}
