/**
 * `ttx consolidate <folder|files…> --period 2025-annual -o tong-hop.xlsx`: reads every report file, validates,
 * consolidates and writes one workbook. A progress bar goes to stderr while files are read; the summary at the end
 * gives files, sheets, rows accepted/rejected and units missing. Unreadable files are listed as issues, not skipped.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { consolidate } from "../core/consolidation/consolidate";
import type { Issue } from "../core/consolidation/report";
import { validateReport, type ValidatedReport } from "../core/consolidation/validate";
import { bilingual, t } from "../core/i18n/messages";
import { parseReportPeriod } from "../core/plan/calendar";
import { writeConsolidation } from "../xlsx/consolidation-writer";
import { readReports } from "../xlsx/report-reader";
import { parseArgs } from "./args";
import { CliError } from "./errors";
import type { CliIo } from "./io";

async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      for (const name of (await fs.readdir(input)).sort()) if (name.toLowerCase().endsWith(".xlsx") && !name.startsWith(".")) files.push(path.join(input, name));
    } else if (stat?.isFile()) files.push(input);
  }
  return files;
}

const bar = (done: number, total: number) => {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} tệp · files`;
};

export async function consolidateCommand(args: readonly string[], io: CliIo): Promise<void> {
  const usage = bilingual("cliConsolidateUsage");
  const a = parseArgs(args, "consolidate", { valued: ["--period", "-o", "--output"], flags: [], usage });
  const period = a.values.get("--period");
  const out = a.values.get("-o") ?? a.values.get("--output");
  if (!period || !parseReportPeriod(period)) throw new CliError(`${bilingual("tplBadPeriod", { got: period ?? "" })}\n${usage}`);
  if (!out) throw new CliError(`${bilingual("cliMissingOption", { option: "-o" })}\n${usage}`);
  if (a.positional.length === 0) throw new CliError(usage);
  const files = await listInputs(a.positional);
  if (files.length === 0) throw new CliError(bilingual("cliNoInputs", { inputs: a.positional.join(", ") }));

  const validated: ValidatedReport[] = [];
  const fileIssues: Issue[] = [];
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    try {
      for (const raw of await readReports(new Uint8Array(await fs.readFile(file)), name)) validated.push(validateReport(raw, { period }));
    } catch (error) {
      const message = bilingual("cliUnreadable", { reason: (error as Error).message.split("\n")[0] ?? "" });
      fileIssues.push({ kind: "unreadable_file", rejected: true, origin: { file: name, sheet: "" }, cell: "", code: "", unitId: "", message });
    }
    io.stderr(bar(i + 1, files.length));
  }
  io.stderr("\n");
  const result = consolidate(validated, period, fileIssues);
  const bytes = new Uint8Array(await writeConsolidation(result).xlsx.writeBuffer());
  try {
    await io.writeFileAtomic(out, bytes);
  } catch (error) {
    throw new CliError(bilingual("cliWriteFailed", { file: out, reason: (error as Error).message }));
  }
  const c = result.counts;
  const line = (lang: "vi" | "en") => t("conCountsLine", { read: c.rowsRead, accepted: c.accepted, rejected: c.rejected, warnings: c.warnings, sheets: c.sheets, missing: c.unitsMissing }, lang);
  io.stderr(`${files.length} tệp · files → ${out}\n${line("vi")}\n${line("en")}\n`);
}
