/** A user mistake (bad argument, unwritable file): printed as its message alone, exit code 2, no stack trace. */
import * as path from "path";
import { t, type MessageKey, type MessageParams } from "../core/i18n/messages";

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** "Vietnamese · English" with parameters that are themselves messages (a kind of file, in each language). */
export function bilingualWith(key: MessageKey, params: MessageParams, translated: Record<string, MessageKey> = {}): string {
  const inLang = (lang: "vi" | "en") => {
    const own = Object.fromEntries(Object.entries(translated).map(([name, k]) => [name, t(k, {}, lang)]));
    return t(key, { ...params, ...own }, lang);
  };
  return `${inLang("vi")} · ${inLang("en")}`;
}

/**
 * An error from the file system (it has a string `code` such as ENOSPC). Not `instanceof Error`: errors made by
 * Node's internals belong to another realm under a test runner's VM context.
 */
export const isFileSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as NodeJS.ErrnoException).code === "string" &&
  /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);

const FULL = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
const DENIED = new Set(["EACCES", "EPERM", "EROFS"]);

/**
 * The message for a file-system error met while writing `file`: a full disk, a folder one may not write in, a folder
 * that does not exist, or the system's own words. `temp` names the temporary folder (the spill folder's parent)
 * instead of the output's: a full TMPDIR is a different thing to fix than a full output disk.
 */
export function fileError(error: unknown, file: string, options: { tempFolder?: string } = {}): CliError {
  if (error instanceof CliError) return error;
  const code = isFileSystemError(error) ? error.code! : "";
  const folder = options.tempFolder ?? path.dirname(path.resolve(file));
  if (options.tempFolder !== undefined) return new CliError(bilingualWith("cliTempFull", { folder, code: code || String(error) }));
  if (FULL.has(code)) return new CliError(bilingualWith("cliDiskFull", { folder, file }));
  if (DENIED.has(code)) return new CliError(bilingualWith("cliNoWriteAccess", { folder, code }));
  if (code === "ENOENT" || code === "ENOTDIR") return new CliError(bilingualWith("cliFolderMissing", { folder, file }));
  const reason = typeof (error as Error | null)?.message === "string" ? (error as Error).message : String(error);
  return new CliError(bilingualWith("cliWriteFailed", { file, reason }));
}
