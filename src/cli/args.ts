/** Small, strict option parsing shared by the CLI commands: unknown options are errors, never ignored. */
import { bilingual } from "../core/i18n/messages";
import { CliError } from "./errors";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** `valued` options take the next argument ("-o file"); `flags` stand alone ("--all"). */
export function parseArgs(args: readonly string[], command: string, spec: { valued: string[]; flags: string[]; usage: string }): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (spec.valued.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("-")) throw new CliError(bilingual("cliMissingValue", { option: arg }));
      out.values.set(arg, value);
      i++;
    } else if (spec.flags.includes(arg)) {
      out.flags.add(arg);
    } else if (arg.startsWith("-")) {
      throw new CliError(`${bilingual("cliUnknownOption", { option: arg, command })}\n${spec.usage}`);
    } else {
      out.positional.push(arg);
    }
  }
  return out;
}
