/** A CLI io that writes to the real disk but captures what the command prints. */
import { nodeIo, type CliIo } from "../../src/cli/io";

export function capture(): CliIo & { out: string; err: string } {
  const io = {
    ...nodeIo,
    out: "",
    err: "",
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
  };
  return io;
}
