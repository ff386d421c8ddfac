/**
 * `ttx consolidate <folder|files…> --period 2025-annual -o tong-hop.xlsx [--lang en]`: reads every report file,
 * validates, consolidates and writes one workbook. Files are read one at a time and their rows spilled to a
 * temporary file, so memory stays flat for any number of rows. A progress bar goes to stderr; the summary at the
 * end gives files, sheets, rows accepted/rejected and units missing. Unreadable files are listed as issues.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Consolidator } from "../core/consolidation/consolidator";
import { countsLine } from "../core/consolidation/layout";
import { validateReport } from "../core/consolidation/validate";
import { bilingual, t, type Lang } from "../core/i18n/messages";
import { parseReportPeriod } from "../core/plan/calendar";
import { writeConsolidation } from "../xlsx/consolidation-writer";
import { readReportFile } from "../xlsx/report-reader";
import { parseArgs } from "./args";
import { CliError } from "./errors";
import type { CliIo } from "./io";
import { SpillStore } from "./spill-store";

/** Every .xlsx named or inside a named folder, each once, in name order (so the output does not depend on it). */
export async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      for (const name of await fs.readdir(input)) {
        if (name.toLowerCase().endsWith(".xlsx") && !name.startsWith(".")) files.add(path.resolve(input, name));
      }
    } else if (stat?.isFile()) files.add(path.resolve(input));
  }
  return [...files].sort((a, b) => (path.basename(a) < path.basename(b) ? -1 : path.basename(a) > path.basename(b) ? 1 : a < b ? -1 : 1));
}

export function progressBar(io: CliIo, label: string, done: number, total: number): void {
  const width = 24;
  // Clamped: a progress display must never be what fails a run.
  const filled = Math.min(width, Math.max(0, Math.round((done / Math.max(total, 1)) * width)));
  io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${label}`);
}

export async function consolidateCommand(args: readonly string[], io: CliIo): Promise<void> {
  const usage = bilingual("cliConsolidateUsage");
  const a = parseArgs(args, "consolidate", { valued: ["--period", "-o", "--output", "--lang"], flags: [], usage });
  const period = a.values.get("--period");
  const out = a.values.get("-o") ?? a.values.get("--output");
  const lang = (a.values.get("--lang") ?? "vi") as Lang;
  if (!period || !parseReportPeriod(period)) throw new CliError(`${bilingual("tplBadPeriod", { got: period ?? "" })}\n${usage}`);
  if (!out) throw new CliError(`${bilingual("cliMissingOption", { option: "-o" })}\n${usage}`);
  if (lang !== "vi" && lang !== "en") throw new CliError(bilingual("cliBadLang", { got: lang }));
  if (a.positional.length === 0) throw new CliError(usage);
  const files = await listInputs(a.positional);
  if (files.length === 0) throw new CliError(bilingual("cliNoInputs", { inputs: a.positional.join(", ") }));

  const store = new SpillStore();
  try {
    const engine = new Consolidator(period, store);
    for (const [i, file] of files.entries()) {
      const name = path.basename(file);
      const { reports, issue } = await readReportFile(await fs.readFile(file), name);
      if (issue) engine.addFileIssue(issue);
      for (const raw of reports) await engine.add(validateReport(raw, { period }));
      progressBar(io, t("cliProgress", { done: i + 1, total: files.length }, lang), i + 1, files.length);
    }
    io.stderr("\n");
    // Rows to write: Detail plus Issues (rejected rows, warnings and whole-file issues).
    const before = engine.counts();
    const rowsTotal = before.accepted + before.rejected + before.warnings;
    let written = 0;
    const counts = await io
      .produceFileAtomic(out, async (tmp) => {
        await writeConsolidation(engine, tmp, {
          lang,
          onRow: () => void (++written % 5000 === 0 && progressBar(io, `${written}/${rowsTotal}`, written, rowsTotal)),
        });
      })
      .then(() => engine.counts())
      .catch((error: Error) => {
        throw new CliError(bilingual("cliWriteFailed", { file: out, reason: error.message }));
      });
    io.stderr(`\r${files.length} tệp · files → ${out}\n${countsLine(counts, "vi")}\n${countsLine(counts, "en")}\n`);
  } finally {
    store.dispose();
  }
}
