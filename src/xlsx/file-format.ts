/**
 * What a received file is, from its first bytes and its name, before anything is unpacked: a workbook to read
 * (.xlsx, .xlsm: the same zip package), a spreadsheet in a format this reader does not read (.xls, .ods, .csv,
 * .numbers, .xlsb, WPS .et/.ett), a password-protected workbook, a file that is not a spreadsheet (a scanned PDF of
 * the signed report), or something to note and skip (an Excel/LibreOffice lock file, an empty file). Each becomes
 * one Issue naming the file, so nothing a unit sent is silently dropped.
 *
 * Office encrypts a password-protected .xlsx into an OLE compound file, the same container as an old .xls: the
 * directory of the compound file tells them apart (an "EncryptedPackage" stream, or a "Workbook"/"Book" stream).
 * No Node APIs here: the task pane's file picker uses this too.
 */
import type { Issue, IssueKind } from "../core/consolidation/report";
import { t, type MessageKey, type MessageParams } from "../core/i18n/messages";

/** Extensions read as an Office Open XML workbook (the same zip package; macros are never run, only cells read). */
const OOXML_EXTENSIONS: ReadonlySet<string> = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);
/** Spreadsheets this reader does not read: listed as "received, unreadable format — save as .xlsx". */
const UNSUPPORTED_SPREADSHEET_EXTENSIONS: ReadonlySet<string> = new Set([
  ".xls",
  ".xlt",
  ".xlsb",
  ".xlam",
  ".ods",
  ".ots",
  ".fods",
  ".csv",
  ".tsv",
  ".numbers",
  ".et",
  ".ett",
  ".123",
  ".wk1",
  ".wks",
]);
/** Files an operating system leaves in folders: nobody sent them, so they are not listed at all. */
const SYSTEM_FILES: ReadonlySet<string> = new Set([".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".localized"]);

/** The last path segment, whichever separator the name uses. */
const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);

/** ".xlsx" (lower case) or "" when the name has none; a leading dot alone (".profile") is not an extension. */
export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** "~$bao-cao.xlsx" (Excel, Word) or ".~lock.bao-cao.xlsx#" (LibreOffice): written while a workbook is open. */
const isLockFileName = (file: string): boolean => /^~\$/.test(baseName(file)) || /^\.~lock\..*#$/.test(baseName(file));

/**
 * How a folder entry is treated from its name alone, so that a folder is listed without reading every file in it
 * (a video beside the reports is never loaded): "read" its bytes and sniff them, "other" (not a spreadsheet: noted
 * by name), or "system" (left by the operating system, not listed).
 */
export function nameKind(file: string): "read" | "system" | "other" {
  const name = baseName(file);
  if (SYSTEM_FILES.has(name.toLowerCase())) return "system";
  // "._bao-cao.xlsx" is macOS's AppleDouble companion, written beside each file copied to a FAT/exFAT drive.
  if (isLockFileName(name) || name.startsWith("._")) return "read";
  const ext = extensionOf(name);
  return OOXML_EXTENSIONS.has(ext) || UNSUPPORTED_SPREADSHEET_EXTENSIONS.has(ext) ? "read" : "other";
}

type FileVerdict =
  /** A zip that may be a workbook: read it. */
  | { kind: "read" }
  | { kind: "empty" }
  | { kind: "lock" }
  | { kind: "mac_metadata" }
  | { kind: "encrypted" }
  | { kind: "unsupported"; format: string }
  | { kind: "other"; format: string };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const APPLE_DOUBLE = [0x00, 0x05, 0x16, 0x07];
const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/**
 * The stream and storage names in an OLE compound file's directory. Directory entries are 128 bytes, aligned in
 * their sectors: a UTF-16LE name (up to 31 characters and a terminator), its byte length at +64, the entry type at
 * +66 (1 storage, 2 stream, 5 root). Every aligned slot after the header is checked rather than following the
 * allocation table, so a truncated file still shows the names it holds; stream data would have to reproduce a
 * whole well-formed entry at an aligned offset to be taken for one.
 */
export function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = bytes[at + 64]! | (bytes[at + 65]! << 8);
    const type = bytes[at + 66]!;
    if ((type !== 1 && type !== 2 && type !== 5) || length < 4 || length > 64 || length % 2 !== 0) continue;
    const chars: number[] = [];
    for (let i = 0; i < length - 2; i += 2) chars.push(bytes[at + i]! | (bytes[at + i + 1]! << 8));
    if (bytes[at + length - 2] !== 0 || bytes[at + length - 1] !== 0) continue;
    if (chars.some((c) => c === 0 || (c < 0x20 && c > 0x06))) continue;
    names.add(String.fromCharCode(...chars));
  }
  return names;
}

/** The media type an OpenDocument package declares in its first, stored entry "mimetype"; null for other zips. */
function openDocumentType(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || bytes.length < 30) return null;
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  if (ascii(bytes, 30, 30 + nameLength) !== "mimetype") return null;
  const start = 30 + nameLength + extraLength;
  const size = (bytes[18]! | (bytes[19]! << 8) | (bytes[20]! << 16)) >>> 0;
  // A size of 0 means the writer put it in a data descriptor (the format forbids it; read a prefix all the same).
  const type = ascii(bytes, start, start + (size > 0 ? Math.min(size, 100) : 100));
  return type.startsWith("application/vnd.oasis.opendocument.") ? type : null;
}

/** What to do with one received file, from its bytes and its name (a path: only its last segment matters). */
export function sniffFile(bytes: Uint8Array, file: string): FileVerdict {
  const ext = extensionOf(file);
  const name = baseName(file);
  const format = ext || name;
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (bytes.length === 0) return { kind: "empty" };
  if (name.startsWith("._") && startsWith(bytes, APPLE_DOUBLE)) return { kind: "mac_metadata" };
  if (startsWith(bytes, CFB_MAGIC)) {
    const names = compoundFileNames(bytes);
    if (names.has("EncryptedPackage")) return { kind: "encrypted" };
    // BIFF8 (Excel 97–2003) keeps its cells in "Workbook", BIFF5 (Excel 5/95) in "Book"; WPS .et does the same.
    if (names.has("Workbook") || names.has("Book"))
      return { kind: "unsupported", format: ext === ".et" || ext === ".ett" || ext === ".xlt" ? ext : ".xls" };
    if (names.has("WordDocument")) return { kind: "other", format: ".doc" };
    if (names.has("PowerPoint Document")) return { kind: "other", format: ".ppt" };
    if (UNSUPPORTED_SPREADSHEET_EXTENSIONS.has(ext)) return { kind: "unsupported", format: ext };
    if (isLockFileName(name)) return { kind: "lock" };
    // A compound file named .xlsx whose directory could not be read: what Office makes of a password.
    return { kind: "encrypted" };
  }
  if (isZip) {
    const odf = openDocumentType(bytes);
    if (odf !== null) {
      if (odf.includes("spreadsheet")) return { kind: "unsupported", format: odf.endsWith("-template") ? ".ots" : ".ods" };
      return { kind: "other", format };
    }
    // Zips that are not SpreadsheetML packages: Numbers, binary .xlsb, or a Word/PowerPoint/plain zip file.
    if (UNSUPPORTED_SPREADSHEET_EXTENSIONS.has(ext) && !(ext === ".xls" || ext === ".xlt")) return { kind: "unsupported", format: ext };
    if (nameKind(name) === "other" && ext !== "") return { kind: "other", format };
    // A .xlsx renamed .xls (Excel opens it, with a warning) is read like any other.
    return { kind: "read" };
  }
  if (isLockFileName(name)) return { kind: "lock" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: "other", format: ".pdf" }; // "%PDF"
  if (UNSUPPORTED_SPREADSHEET_EXTENSIONS.has(ext)) return { kind: "unsupported", format: ext };
  if (nameKind(name) === "other" && ext !== "") return { kind: "other", format };
  return { kind: "read" };
}

/** One issue naming the whole file: refused (rejected) or only noted (a warning that counts nothing). */
export function fileIssue(file: string, kind: IssueKind, rejected: boolean, key: MessageKey, params: MessageParams = {}): Issue {
  const text = { vi: t(key, params, "vi"), en: t(key, params, "en") };
  return { kind, rejected, origin: { file, sheet: "" }, cell: "", code: "", unitId: "", message: `${text.vi} · ${text.en}`, text };
}

/** The issue for a verdict other than "read". */
export function verdictIssue(file: string, verdict: Exclude<FileVerdict, { kind: "read" }>): Issue {
  switch (verdict.kind) {
    case "empty":
      return fileIssue(file, "skipped_file", false, "issueEmptyFile");
    case "lock":
      return fileIssue(file, "skipped_file", false, "issueLockFile");
    case "mac_metadata":
      return fileIssue(file, "skipped_file", false, "issueMacMetadata");
    case "encrypted":
      return fileIssue(file, "unreadable_file", true, "issueEncrypted");
    case "unsupported":
      return fileIssue(file, "unsupported_format", true, "issueUnsupportedFormat", { format: verdict.format });
    case "other":
      return fileIssue(file, "other_file", false, "issueOtherFile", { format: verdict.format });
  }
}
