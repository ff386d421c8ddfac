/** The `ttx` command line: dispatches to one command module per verb. Only wiring lives here. */
import { bilingual, t, type MessageKey } from "../core/i18n/messages";
import { catalogCommand } from "./catalog-command";
import { consolidateCommand } from "./consolidate-command";
import { MAX_UNITS, sampleCommand } from "./sample-command";
import { templateCommand } from "./template-command";
import { CliError, isFileSystemError } from "./errors";
import { nodeIo, type CliIo } from "./io";

/** A command returns its exit code when it is not 0 (consolidate: 3 when nothing was accepted). */
const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<void | number>> = {
  catalog: catalogCommand,
  template: templateCommand,
  sample: sampleCommand,
  consolidate: consolidateCommand,
};

const USAGES: MessageKey[] = ["cliUsage", "cliTemplateUsage", "cliSampleUsageMax", "cliConsolidateUsage"];
/** Every command's usage line, in Vietnamese, then in English. */
const overview = (): string =>
  (["vi", "en"] as const).map((lang) => USAGES.map((key) => t(key, { max: MAX_UNITS }, lang)).join("\n")).join("\n\n");

/**
 * Runs one invocation and returns the exit code: 0 ok, 2 user error or file error (a full disk, a folder one may not
 * write in: a message naming the path, never a stack trace), 1 unexpected failure, or the command's own
 * (3: `consolidate` accepted nothing at all).
 */
export async function run(argv: readonly string[], given: CliIo = nodeIo): Promise<number> {
  const [command, ...args] = argv;
  // An error message starts on a line of its own, even right after a progress bar (which ends in \r, not \n).
  let lineOpen = false;
  const io: CliIo = {
    ...given,
    stderr: (text) => {
      if (text) lineOpen = !text.endsWith("\n");
      given.stderr(text);
    },
  };
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
    // A file-system error no command turned into its own message (a safety net): still the path and the system's
    // words, exit 2, never a stack trace.
    if (error instanceof CliError || isFileSystemError(error)) {
      const message =
        error instanceof CliError
          ? error.message
          : bilingual("cliFileError", { file: (error as NodeJS.ErrnoException).path ?? "", reason: (error as Error).message });
      io.stderr(`${lineOpen ? "\n" : ""}${message}\n`);
      return 2;
    }
    io.stderr(`${lineOpen ? "\n" : ""}Lỗi không mong đợi · Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
