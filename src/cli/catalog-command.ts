/** `ttx catalog [--json|--csv] [-o file]`: summary to stdout, or an export to stdout or a file. */
import { getCatalog } from "../core/plan/catalog";
import { catalogCsv, catalogJson } from "../core/plan/export";
import { renderSummary, summarizeCatalog } from "../core/plan/summary";
import { bilingual } from "../core/i18n/messages";
import { CliError } from "./errors";
import type { CliIo } from "./io";

interface CatalogOptions {
  format: "summary" | "json" | "csv";
  output?: string;
}

function parseCatalogArgs(args: readonly string[]): CatalogOptions {
  let format: CatalogOptions["format"] = "summary";
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json" || arg === "--csv") {
      const wanted = arg === "--json" ? "json" : "csv";
      if (format !== "summary" && format !== wanted) throw new CliError(bilingual("cliConflictingFormats"));
      format = wanted;
    } else if (arg === "-o" || arg === "--output") {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("-")) throw new CliError(bilingual("cliMissingValue", { option: arg }));
      output = value;
      i++;
    } else {
      throw new CliError(`${bilingual("cliUnknownOption", { option: arg, command: "catalog" })}\n${bilingual("cliUsage")}`);
    }
  }
  if (output !== undefined && format === "summary") format = output.toLowerCase().endsWith(".csv") ? "csv" : "json";
  return { format, ...(output !== undefined ? { output } : {}) };
}

export async function catalogCommand(args: readonly string[], io: CliIo): Promise<void> {
  const options = parseCatalogArgs(args);
  const catalog = getCatalog();
  if (options.format === "summary") {
    io.stdout(renderSummary(summarizeCatalog(catalog)));
    return;
  }
  const { text, rows } = options.format === "csv" ? catalogCsv(catalog) : catalogJson(catalog);
  if (options.output === undefined) {
    io.stdout(text);
    return;
  }
  await io.writeFileAtomic(options.output, text); // errors are bilingual CliErrors naming the path (io.ts)
  io.stderr(bilingual("cliWrote", { count: rows, file: options.output }) + "\n");
}
