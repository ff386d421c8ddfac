/** The `ttx` command line: dispatches to one command module per verb. Only wiring lives here. */
import { bilingual } from "../core/i18n/messages";
import { catalogCommand } from "./catalog-command";
import { consolidateCommand } from "./consolidate-command";
import { sampleCommand } from "./sample-command";
import { templateCommand } from "./template-command";
import { CliError } from "./errors";
import { nodeIo, type CliIo } from "./io";

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<void>> = {
  catalog: catalogCommand,
  template: templateCommand,
  sample: sampleCommand,
  consolidate: consolidateCommand,
};

/** Runs one invocation and returns the exit code: 0 ok, 2 user error, 1 unexpected failure. */
export async function run(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...args] = argv;
  const handler = command === undefined ? undefined : COMMANDS[command];
  try {
    if (!handler) {
      throw new CliError(bilingual("cliUnknownCommand", { command: command ?? "", commands: Object.keys(COMMANDS).join(", ") }));
    }
    await handler(args, io);
    return 0;
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
