/** A user mistake (bad argument, unwritable file): printed as its message alone, exit code 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
