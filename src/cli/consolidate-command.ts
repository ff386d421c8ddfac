/**
 * `ttx consolidate <folder|files…> --period 2025-annual -o tong-hop.xlsx [--lang en]`: reads every report file,
 * validates, consolidates and writes one workbook. Files are read one at a time and their rows spilled to a
 * temporary file, so memory stays flat for any number of rows. A progress bar goes to stderr; the summary at the
 * end gives files, sheets, rows accepted/rejected and units missing, then the report sheets made for another
 * period. Folders are read at any depth; every file found is a report read or one issue naming it (another
 * spreadsheet format, a password, a lock file, a PDF…), so nothing received is silently skipped. Exit code 3 when
 * nothing at all was accepted; the workbook is written all the same, so the reasons can be read.
 *
 * The output is checked before anything is read (io.ts, listInputs): never one of the inputs, never inside a folder
 * given (a later run would read it back), never anything but a regular file. Its temporary file is created then,
 * before the reading, so an unwritable folder fails at once rather than after the reading; a signal or an error
 * removes it and the spill file, and an old output stays as it was (interrupt.ts).
 */
import { promises as fs, type Dirent } from "fs";
import * as path from "path";
import { Consolidator } from "../core/consolidation/consolidator";
import { countsLine, otherPeriodsLine } from "../core/consolidation/layout";
import { validateReport } from "../core/consolidation/validate";
import { bilingual, t, type Lang } from "../core/i18n/messages";
import type { Issue, RawReport } from "../core/consolidation/report";
import { writeConsolidation } from "../xlsx/consolidation-writer";
import { extensionOf, fileIssue, nameKind, verdictIssue } from "../xlsx/file-format";
import { refuseBySize } from "../xlsx/limits";
import { readReportFile } from "../xlsx/report-reader";
import { parseArgs, periodOption } from "./args";
import { CliError, fileError, isFileSystemError } from "./errors";
import { OWN_TEMP, refuseNonRegular, type CliIo } from "./io";
import { SpillStore } from "./spill-store";

/**
 * One thing found among the inputs. `label` is its provenance in the consolidated workbook: the path relative to
 * the folder given (forward slashes, "so-ct/2025/bao-cao.xlsx"), or the base name of a file named directly.
 * - "read": its bytes go to the report reader, which decides from them (a report, another spreadsheet format, a
 *   lock file, an empty file…);
 * - "other": not a spreadsheet by its name (a scanned PDF, a photo), noted without being loaded;
 * - "bundle": a macOS Numbers document, which is a folder;
 * - "cannot_open": a folder or file the system would not open (permissions), with the reason;
 * - "not_regular" / "broken_link": a FIFO, socket or device, or a link to nothing or round a loop: never opened (a
 *   FIFO would block the run for ever).
 */
interface FoundInput {
  path: string;
  label: string;
  /** The folder given (or, for a file named directly, its folder): names it when two labels are the same. */
  root: string;
  action: "read" | "other" | "bundle" | "cannot_open" | "not_regular" | "broken_link";
  reason?: string;
}

const slashes = (p: string) => p.split(path.sep).join("/");

/**
 * Everything named, and everything inside a named folder at any depth, each file once, sorted by label so the
 * output does not depend on the order of the arguments or of the disk. Left out: this CLI's own temporary files
 * and the files an operating system leaves in folders (.DS_Store, Thumbs.db, desktop.ini). A path that does not
 * exist is an error: a typo must not shrink a consolidation silently.
 *
 * With `output`, the output is refused (CliError, exit 2, before anything is written) when it is one of the files
 * found — named, in a folder given, or the same file through a link — or when its folder is one of the folders read
 * (at any depth, however reached): overwriting a report destroys it, and an output inside an input folder would be
 * read back as an input by the next run.
 */
export async function listInputs(inputs: readonly string[], options: { output?: string } = {}): Promise<FoundInput[]> {
  const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const outputs = new Set<string>();
  let outputDir = "";
  let outputId = "";
  if (options.output) {
    const out = path.resolve(options.output);
    outputDir = await real(path.dirname(out));
    outputs.add(out).add(path.join(outputDir, path.basename(out)));
    const st = await fs.stat(out).catch(() => undefined);
    if (st) outputId = `${st.dev}:${st.ino}`;
  }
  const refuseIfOutputFolder = async (dir: string, key: string) => {
    if (!options.output || key !== outputDir) return;
    // An existing file there is one of the inputs; a new one would become one on the next run.
    throw new CliError(
      outputId
        ? bilingual("cliOutputIsInput", { file: options.output })
        : bilingual("cliOutputInInputFolder", { file: options.output, folder: dir }),
    );
  };
  const found = new Map<string, FoundInput>();
  const keep = (key: string, f: FoundInput) => {
    const had = found.get(key);
    // The same file reached twice (named and inside a folder, or through a link): the longer label says more.
    if (!had || f.label.length > had.label.length || (f.label.length === had.label.length && f.label < had.label)) found.set(key, f);
  };
  const isOutput = async (file: string) => {
    if (outputs.size === 0) return false;
    if (outputs.has(path.resolve(file)) || outputs.has(await real(file))) return true;
    const st = outputId ? await fs.stat(file).catch(() => undefined) : undefined;
    return st !== undefined && `${st.dev}:${st.ino}` === outputId; // a hard link to the same file
  };

  const visitFile = async (root: string, file: string, label: string, named: boolean) => {
    const name = path.basename(file);
    if (await isOutput(file)) throw new CliError(bilingual("cliOutputIsInput", { file: options.output! }));
    if (!named && (OWN_TEMP.test(name) || nameKind(name) === "system")) return;
    let action: FoundInput["action"] = "read";
    // Not a spreadsheet by name: noted without loading it (unless empty, which the reader says more plainly).
    if (!named && nameKind(name) === "other" && extensionOf(name) !== "") {
      const size = (await fs.stat(file).catch(() => undefined))?.size;
      if (size !== 0) action = "other";
    }
    keep(await real(file), { path: file, label, root, action });
  };
  const walk = async (root: string, dir: string, visited: Set<string>): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      keep(await real(dir), {
        path: dir,
        label: slashes(path.relative(root, dir)) || path.basename(dir),
        root,
        action: "cannot_open",
        reason: (error as Error).message,
      });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const label = slashes(path.relative(root, full));
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => undefined);
        isDirectory = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDirectory && extensionOf(entry.name) === ".numbers") keep(await real(full), { path: full, label, root, action: "bundle" });
      else if (isDirectory) {
        const key = await real(full);
        if (visited.has(key)) continue; // a link back up the tree
        visited.add(key);
        await refuseIfOutputFolder(full, key);
        await walk(root, full, visited);
      } else if (isFile) await visitFile(root, full, label, false);
      // A FIFO, socket, device, or a link to nothing or round in a loop: never opened (a FIFO would block the run
      // forever), listed by name.
      else if (nameKind(entry.name) !== "system")
        keep(full, { path: full, label, root, action: entry.isSymbolicLink() ? "broken_link" : "not_regular" });
    }
  };

  const missing: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      const key = await real(input);
      await refuseIfOutputFolder(input, key);
      await walk(path.resolve(input), path.resolve(input), new Set([key]));
    } else if (stat?.isFile()) await visitFile(path.dirname(path.resolve(input)), path.resolve(input), path.basename(input), true);
    else if (stat)
      keep(path.resolve(input), {
        path: path.resolve(input),
        label: path.basename(input),
        root: path.dirname(path.resolve(input)),
        action: "not_regular",
      });
    else missing.push(input);
  }
  if (missing.length > 0) throw new CliError(bilingual("cliInputMissing", { inputs: missing.join(", ") }));

  // Two different files with one label (the same name in two folders given): each is prefixed with its folder's
  // name ("don-vi-a/bao-cao.xlsx"), and where that is not enough either, gets its path from the working folder.
  const list = [...found.values()];
  const relabel = (rename: (f: FoundInput) => string) => {
    const byLabel = new Map<string, number>();
    for (const f of list) byLabel.set(f.label, (byLabel.get(f.label) ?? 0) + 1);
    const clashing = list.filter((f) => byLabel.get(f.label)! > 1);
    for (const f of clashing) f.label = rename(f);
  };
  relabel((f) => `${path.basename(f.root)}/${f.label}`);
  relabel((f) => slashes(path.relative(process.cwd(), f.path)));
  return list.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The issue for an input the reader is not given: only its name (or the system) speaks for it. */
function listingIssue(f: FoundInput): Issue {
  if (f.action === "bundle") return verdictIssue(f.label, { kind: "unsupported", format: ".numbers" });
  if (f.action === "cannot_open") return fileIssue(f.label, "unreadable_file", true, "issueCannotOpen", { reason: f.reason ?? "" });
  if (f.action === "not_regular") return fileIssue(f.label, "unreadable_file", true, "issueNotRegularFile");
  if (f.action === "broken_link") return fileIssue(f.label, "unreadable_file", true, "issueBrokenLink");
  return verdictIssue(f.label, { kind: "other", format: extensionOf(f.label) || path.basename(f.label) });
}

/**
 * One found file's reports, or the one issue that stands for it: never a throw, so one bad file cannot stop the
 * run. Its size is checked before a byte is read (a file over 2 GiB cannot even be read into memory), and what is
 * no longer a regular file (replaced since it was listed) is not opened.
 */
async function readInput(f: FoundInput): Promise<{ reports: RawReport[]; issue: Issue | null }> {
  const cannot = (reason: string) => ({ reports: [], issue: fileIssue(f.label, "unreadable_file", true, "issueCannotOpen", { reason }) });
  try {
    const stat = await fs.stat(f.path);
    if (!stat.isFile()) return { reports: [], issue: fileIssue(f.label, "unreadable_file", true, "issueNotRegularFile") };
    const tooLarge = refuseBySize(stat.size, f.label);
    if (tooLarge) return { reports: [], issue: tooLarge };
    return await readReportFile(await fs.readFile(f.path), f.label);
  } catch (error) {
    // Errors from Node's internals may come from another realm (not `instanceof Error`): their message is read.
    return cannot(typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error));
  }
}

/** Exit code of a run in which no row at all was accepted (the workbook is still written, with the issues). */
const EXIT_NOTHING_ACCEPTED = 3;

export function progressBar(io: CliIo, label: string, done: number, total: number): void {
  const width = 24;
  // Clamped: a progress display must never be what fails a run.
  const filled = Math.min(width, Math.max(0, Math.round((done / Math.max(total, 1)) * width)));
  io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${label}`);
}

/** Rows kept in memory before they spill to a temporary file; TTX_SPILL_ROWS sets it (0: spill at once, for tests). */
function spillRows(): number {
  const value = process.env.TTX_SPILL_ROWS;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : 50_000;
}

export async function consolidateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const usage = bilingual("cliConsolidateUsage");
  const a = parseArgs(args, "consolidate", { valued: ["--period", "-o", "--output", "--lang"], flags: [], usage });
  const out = a.values.get("-o") ?? a.values.get("--output");
  const lang = (a.values.get("--lang") ?? "vi") as Lang;
  const { period, note } = periodOption(a.values.get("--period"), usage);
  if (!out) throw new CliError(`${bilingual("cliMissingOption", { option: "-o" })}\n${usage}`);
  if (lang !== "vi" && lang !== "en") throw new CliError(bilingual("cliBadLang", { got: lang }));
  if (a.positional.length === 0) throw new CliError(usage);
  await refuseNonRegular(out);
  const found = await listInputs(a.positional, { output: out });
  if (found.length === 0) throw new CliError(bilingual("cliNoInputs", { inputs: a.positional.join(", ") }));
  if (note) io.stderr(`${note}\n`);

  const target = await io.createAtomic(out);
  const store = new SpillStore(spillRows());
  try {
    const engine = new Consolidator(period, store);
    for (const [i, f] of found.entries()) {
      if (f.action !== "read") engine.addFileIssue(listingIssue(f));
      else {
        const { reports, issue } = await readInput(f);
        if (issue) engine.addFileIssue(issue);
        for (const raw of reports) await engine.add(validateReport(raw, { period }));
      }
      progressBar(io, t("cliProgress", { done: i + 1, total: found.length }, lang), i + 1, found.length);
    }
    io.stderr("\n");
    // Rows to write: Detail plus Issues (rejected rows, warnings and whole-file issues).
    const before = engine.counts();
    const rowsTotal = before.accepted + before.rejected + before.warnings;
    let written = 0;
    try {
      await writeConsolidation(engine, target.stream, {
        lang,
        onRow: () => void (++written % 5000 === 0 && progressBar(io, `${written}/${rowsTotal}`, written, rowsTotal)),
      });
    } catch (error) {
      if (error instanceof CliError) throw error; // the spill folder, named
      if (isFileSystemError(error)) throw fileError(error, out);
      throw new CliError(bilingual("cliWriteFailed", { file: out, reason: (error as Error).message }));
    }
    await target.commit();
    const counts = engine.counts();
    const lines = [`\r${found.length} tệp · files → ${out}`, countsLine(counts, "vi"), countsLine(counts, "en")];
    // Reports of another period are easy to miss among the issues: named last, where the eye lands.
    const others = engine.otherPeriods();
    if (others.length > 0) lines.push(otherPeriodsLine(others, "vi"), otherPeriodsLine(others, "en"));
    const nothing = counts.accepted === 0;
    if (nothing) {
      const params = { sheet: t("conIssues", {}, lang), file: out };
      lines.push(t("cliNothingAccepted", params, "vi"), t("cliNothingAccepted", params, "en"));
    }
    io.stderr(`${lines.join("\n")}\n`);
    return nothing ? EXIT_NOTHING_ACCEPTED : 0;
  } finally {
    // Stops a replay still running after a failed write, removes the spill file, and the temporary output unless
    // it was put in place.
    store.dispose();
    await target.abort();
  }
}
