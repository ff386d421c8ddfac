/** The `ttx` command line: dispatches to one command module per verb. Only wiring lives here. */
import { bilingual, t, type MessageKey } from "../core/i18n/messages";
import { catalogCommand } from "./catalog-command";
import { consolidateCommand } from "./consolidate-command";
import { sampleCommand } from "./sample-command";
import { templateCommand } from "./template-command";
import { CliError } from "./errors";
import { nodeIo, type CliIo } from "./io";

/** A command returns its exit code when it is not 0 (consolidate: 3 when nothing was accepted). */
const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<void | number>> = {
  catalog: catalogCommand,
  template: templateCommand,
  sample: sampleCommand,
  consolidate: consolidateCommand,
};

const USAGES: MessageKey[] = ["cliUsage", "cliTemplateUsage", "cliSampleUsage", "cliConsolidateUsage"];
/** Every command's usage line, in Vietnamese, then in English. */
const overview = (): string => (["vi", "en"] as const).map((lang) => USAGES.map((key) => t(key, {}, lang)).join("\n")).join("\n\n");

/**
 * Runs one invocation and returns the exit code: 0 ok, 2 user error, 1 unexpected failure, or the command's own
 * (3: `consolidate` accepted nothing at all).
 */
export async function run(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...args] = argv;
  // `ttx --help` shows every command's usage; `ttx` alone shows it too, as the error it is.
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${overview()}\n`);
    return 0;
  }
  if (command === undefined) {
    io.stderr(`${overview()}\n`);
    return 2;
  }
  const handler = COMMANDS[command];
  try {
    if (!handler) {
      throw new CliError(bilingual("cliUnknownCommand", { command, commands: Object.keys(COMMANDS).join(", ") }));
    }
    return (await handler(args, io)) ?? 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    io.stderr(`Lỗi không mong đợi · Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
