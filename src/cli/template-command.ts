/**
 * `ttx template <group|--all> --unit <id> --period 2025-H1 [--lang en] -o <file.xlsx|folder>`.
 * One .xlsx file (all requested groups as sheets), or a folder with one file per group. Every template is built
 * and validated before anything is written, so bad input writes nothing.
 *
 * `ttx template --all --unit <id,id…|all> --period … -o <folder|file.zip>`: one file per unit (`TTX_<UNIT>_<period>.xlsx`,
 * every group it has rows in), the files the task pane's "Make files for units" makes (src/xlsx/unit-files.ts);
 * `all` is every unit with a row on the due date, the pane's default.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { bilingual, type Lang } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { parseReportPeriod } from "../core/plan/calendar";
import { reportingUnits } from "../core/plan/responsibility";
import { dueIso } from "../core/plan/calendar";
import { templatesForUnit } from "../core/templates/for-unit";
import type { TemplateSpecT } from "../core/templates/spec";
import { makeUnitFiles, templateWorkbookBytes as workbookBytes, zipFiles } from "../xlsx/unit-files";
import { parseArgs, periodOption } from "./args";
import { bilingualWith, CliError, fileError } from "./errors";
import { makeFolder, type CliIo } from "./io";

/** A folder (made if missing; a file or a link there is refused, not followed). */
async function ensureFolder(target: string): Promise<void> {
  const st = await fs
    .lstat(target)
    .catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(fileError(error, target))));
  if (st && !st.isDirectory()) throw new CliError(bilingualWith("cliNotAFolder", { folder: target }));
  if (!st) await makeFolder(target);
}

/** Several units (or `all`): one file per unit in a folder or a .zip, the pane's files. */
async function unitFilesCommand(
  request: { units: string[]; period: string; lang: Lang; allRows: boolean; target: string; note?: string; usage: string },
  io: CliIo,
): Promise<void> {
  const { target, period } = request;
  if (target.toLowerCase().endsWith(".xlsx")) throw new CliError(`${bilingual("cliUnitsNeedFolder")}\n${request.usage}`);
  const ids =
    request.units.length === 1 && request.units[0]!.toLowerCase() === "all"
      ? reportingUnits(dueIso(parseReportPeriod(period)!))
      : request.units;
  let made;
  try {
    made = await makeUnitFiles({ units: ids, period, lang: request.lang, allRows: request.allRows });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${request.usage}`);
  }
  if (made.status !== "done") return; // not cancellable here
  const names = (units: string[]) =>
    units.map((id) => getCatalog().orgUnits.find((u) => u.id === id.trim().toUpperCase())?.nameVi ?? id).join(", ");
  if (made.files.length === 0) throw new CliError(bilingual("cliNoRowsAtAll", { unit: names(made.skipped) }));
  const zip = target.toLowerCase().endsWith(".zip");
  const writes: [string, Uint8Array][] = zip
    ? [[target, await zipFiles(made.files)]]
    : made.files.map((f) => [path.join(target, f.name), f.bytes]);
  if (!zip) await ensureFolder(target);
  if (request.note) io.stderr(`${request.note}\n`);
  if (made.skipped.length > 0) io.stderr(`${bilingual("cliNoFileForUnits", { units: names(made.skipped) })}\n`);
  for (const [file, bytes] of writes) await io.writeFileAtomic(file, bytes);
  for (const f of made.files)
    io.stderr(`${bilingual("cliWrote", { count: f.rows, file: zip ? `${target}: ${f.name}` : path.join(target, f.name) })}\n`);
}

export async function templateCommand(args: readonly string[], io: CliIo): Promise<void> {
  const usage = `${bilingual("cliTemplateUsage")}\n${bilingual("cliTemplateUnitsUsage")}`;
  const parsed = parseArgs(args, "template", {
    valued: ["--unit", "--period", "--lang", "-o", "--output"],
    flags: ["--all", "--all-rows"],
    usage,
  });
  const output = parsed.values.get("-o") ?? parsed.values.get("--output");
  for (const [option, value] of [
    ["--unit", parsed.values.get("--unit")],
    ["--period", parsed.values.get("--period")],
    ["-o", output],
  ] as const) {
    if (value === undefined) throw new CliError(`${bilingual("cliMissingOption", { option })}\n${usage}`);
  }
  const lang = parsed.values.get("--lang") ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new CliError(bilingual("cliBadLang", { got: lang }));
  const all = parsed.flags.has("--all");
  if (all === parsed.positional.length > 0 || parsed.positional.length > 1) throw new CliError(usage);
  const groups = all ? getCatalog().taskGroups.map((g) => g.id) : parsed.positional;

  const { period, note } = periodOption(parsed.values.get("--period"), usage);
  const units = parsed.values
    .get("--unit")!
    .split(",")
    .map((u) => u.trim())
    .filter((u) => u !== "");
  if (units.length > 1 || units[0]?.toLowerCase() === "all") {
    if (!all) throw new CliError(usage);
    return unitFilesCommand(
      { units, period, lang: lang as Lang, allRows: parsed.flags.has("--all-rows"), target: output!, ...(note ? { note } : {}), usage },
      io,
    );
  }
  const built = templatesForUnit({
    groups,
    unit: parsed.values.get("--unit")!,
    period,
    lang: lang as Lang,
    ...(parsed.flags.has("--all-rows") ? { rows: "all" as const } : {}),
  });
  if (!built.ok) throw new CliError(built.error);
  const { specs, skipped } = built.value;
  // A group asked for by name, where the unit has no row, is an error: the one file asked for cannot be made.
  if (!all && skipped.length > 0) throw new CliError(`${skipped[0]!.reason}\n${usage}`);
  if (specs.length === 0) {
    const unit = getCatalog().orgUnits.find((u) => u.id === parsed.values.get("--unit")!.trim().toUpperCase());
    throw new CliError(bilingual("cliNoRowsAtAll", { unit: unit?.nameVi ?? parsed.values.get("--unit")! }));
  }

  const target = output!;
  const files: [string, TemplateSpecT[]][] = target.toLowerCase().endsWith(".xlsx")
    ? [[target, specs]]
    : specs.map((s) => [path.join(target, `${s.meta.templateId}_${s.meta.unitId}_${s.meta.period}.xlsx`), [s]]);
  const contents = await Promise.all(files.map(async ([file, group]) => [file, await workbookBytes(group)] as const));
  if (!target.toLowerCase().endsWith(".xlsx")) await ensureFolder(target);
  if (note) io.stderr(`${note}\n`);
  for (const { reason } of skipped) io.stderr(`${bilingual("cliNoSheetForGroup", { reason })}\n`);
  // One file after the other, stopping at the first error (each is written whole or not at all).
  for (const [file, bytes] of contents) await io.writeFileAtomic(file, bytes);
  for (const [file, group] of files) {
    io.stderr(`${bilingual("cliWrote", { count: group.reduce((n, s) => n + s.table.rows.length, 0), file })}\n`);
  }
}
