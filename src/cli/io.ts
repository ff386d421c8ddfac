/** What a CLI command may touch, injected so tests can run commands without a terminal or a disk. */
import { promises as fs } from "fs";
import * as path from "path";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes the whole file or nothing: a failure leaves no partial file behind. */
  writeFileAtomic(file: string, content: string | Uint8Array): Promise<void>;
  /** Same guarantee for a file written in pieces: `produce` writes the given temporary path, then it is renamed. */
  produceFileAtomic(file: string, produce: (tmp: string) => Promise<void>): Promise<void>;
}

const tmpFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  async writeFileAtomic(file, content) {
    await nodeIo.produceFileAtomic(file, (tmp) => fs.writeFile(tmp, content));
  },
  async produceFileAtomic(file, produce) {
    const tmp = tmpFor(file);
    try {
      await produce(tmp);
      await fs.rename(tmp, file);
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
  },
};
