/** `ttx sample --units 30 --period 2025-H1 -o samples/`: realistic filled reports for demos, tests, benchmarks. */
import { promises as fs } from "fs";
import * as path from "path";
import { bilingual } from "../core/i18n/messages";
import { parseReportPeriod } from "../core/plan/calendar";
import { sampleReports } from "../core/consolidation/sample";
import { sampleFile, sampleFileName } from "../xlsx/sample-files";
import { parseArgs } from "./args";
import { CliError } from "./errors";
import type { CliIo } from "./io";

export async function sampleCommand(args: readonly string[], io: CliIo): Promise<void> {
  const USAGE = bilingual("cliSampleUsage");
  const a = parseArgs(args, "sample", { valued: ["--units", "--period", "-o", "--output", "--seed"], flags: [], usage: USAGE });
  const out = a.values.get("-o") ?? a.values.get("--output");
  const period = a.values.get("--period");
  const units = Number(a.values.get("--units") ?? "30");
  const seed = Number(a.values.get("--seed") ?? "337");
  if (!out) throw new CliError(`${bilingual("cliMissingOption", { option: "-o" })}\n${USAGE}`);
  if (!period || !parseReportPeriod(period)) throw new CliError(bilingual("tplBadPeriod", { got: period ?? "" }));
  if (!Number.isInteger(units) || units < 1 || !Number.isInteger(seed)) throw new CliError(USAGE);
  const reports = sampleReports(units, period, seed);
  await fs.mkdir(out, { recursive: true });
  for (const r of reports) await io.writeFileAtomic(path.join(out, sampleFileName(r)), await sampleFile(r));
  const flaws = reports.filter((r) => r.flaw !== "none").map((r) => `${sampleFileName(r)}: ${r.flaw}`);
  io.stderr(`${bilingual("cliWrote", { count: reports.length, file: out })}\n${flaws.join("\n")}\n`);
}
