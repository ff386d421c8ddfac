/** What a CLI command may touch, injected so tests can run commands without a terminal or a disk. */
import { promises as fs } from "fs";
import * as path from "path";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes the whole file or nothing: a failure leaves no partial file behind. */
  writeFileAtomic(file: string, content: string | Uint8Array): Promise<void>;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  async writeFileAtomic(file, content) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(tmp, content);
      await fs.rename(tmp, file);
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
  },
};
