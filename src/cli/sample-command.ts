/**
 * `ttx sample --units 30 --period 2025-H1 -o samples/`: realistic filled reports for demos, tests, benchmarks.
 * `--units` is a plain whole number from 1 to MAX_UNITS (one report per reporting unit, so a period has at most as
 * many as it has units: 34 in 2025-H1, and the closing line says so). The folder must be new or empty: sample
 * files are named like real reports (TTX-NV1_SO_CT_2025-H1.xlsx) and must never replace one. A write that fails
 * (full disk) stops at once and removes what this run wrote.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { bilingual } from "../core/i18n/messages";
import { sampleReports } from "../core/consolidation/sample";
import { sampleFile, sampleFileName } from "../xlsx/sample-files";
import { parseArgs, periodOption } from "./args";
import { CliError, fileError } from "./errors";
import { makeFolder, type CliIo } from "./io";

export const MAX_UNITS = 500;

export async function sampleCommand(args: readonly string[], io: CliIo): Promise<void> {
  const USAGE = bilingual("cliSampleUsageMax", { max: MAX_UNITS });
  const a = parseArgs(args, "sample", {
    valued: ["--units", "--period", "-o", "--output", "--seed"],
    flags: ["--all-groups"],
    usage: USAGE,
  });
  const out = a.values.get("-o") ?? a.values.get("--output");
  const unitsText = a.values.get("--units") ?? "30";
  const seedText = a.values.get("--seed") ?? "337";
  if (!out) throw new CliError(`${bilingual("cliMissingOption", { option: "-o" })}\n${USAGE}`);
  const { period, note } = periodOption(a.values.get("--period"), USAGE);
  // Plain digits only: no "1e2", "0x10", " 5", "+3" or "30.0", which Number() would take.
  if (!/^[1-9]\d{0,5}$/.test(unitsText) || Number(unitsText) > MAX_UNITS) {
    throw new CliError(`${bilingual("cliBadUnits", { max: MAX_UNITS, got: unitsText })}\n${USAGE}`);
  }
  if (!/^\d{1,9}$/.test(seedText)) throw new CliError(USAGE);
  const units = Number(unitsText);

  // A new or empty folder, never a file, a link or a folder holding anything.
  const existing = await fs
    .lstat(out)
    .catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(fileError(error, out))));
  if (existing && (!existing.isDirectory() || (await fs.readdir(out)).length > 0))
    throw new CliError(bilingual("cliSampleTargetExists", { folder: out }));
  if (note) io.stderr(`${note}\n`);

  // --all-groups: each unit sends a report for every group it answers for, as a province's units do.
  const reports = sampleReports(units, period, Number(seedText), { allGroups: a.flags.has("--all-groups") });
  const written: string[] = [];
  try {
    if (!existing) await makeFolder(out);
    for (const r of reports) {
      const file = path.join(out, sampleFileName(r));
      await io.writeFileAtomic(file, await sampleFile(r));
      written.push(file);
    }
  } catch (error) {
    // Stopped at the first error; what this run wrote goes too, and the folder if this run made it.
    for (const file of written) await fs.rm(file, { force: true }).catch(() => undefined);
    if (!existing) await fs.rmdir(out).catch(() => undefined);
    throw fileError(error, out); // a CliError from writeFileAtomic passes as it is
  }
  const flaws = reports.filter((r) => r.flaw !== "none").map((r) => `${sampleFileName(r)}: ${r.flaw}`);
  const unitsSent = new Set(reports.map((r) => r.unitId)).size;
  const fewer = unitsSent < units ? `${bilingual("cliSampleFewerUnits", { period, count: unitsSent, asked: units })}\n` : "";
  io.stderr(`${bilingual("cliWrote", { count: reports.length, file: out })}\n${fewer}${flaws.join("\n")}\n`);
}
