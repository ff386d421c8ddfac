/**
 * A SheetStore that keeps each sheet's entries and issues in a temporary file (one JSON line per sheet) instead of
 * memory, so a consolidation of a million rows holds only one sheet at a time. Replays read the file back line by
 * line. `dispose` removes the file; the CLI calls it whatever happens.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createInterface } from "readline";
import type { SheetStore } from "../core/consolidation/consolidator";
import type { Entry, Issue } from "../core/consolidation/report";

export class SpillStore implements SheetStore {
  private readonly dir = mkdtempSync(path.join(tmpdir(), "ttx-spill-"));
  private readonly file = path.join(this.dir, "sheets.ndjson");
  private fd: number | null = openSync(this.file, "w");

  put(index: number, entries: readonly Entry[], issues: readonly Issue[]): void {
    if (this.fd === null) throw new Error("SpillStore: put after replay");
    writeSync(this.fd, `${JSON.stringify({ index, entries, issues })}\n`);
  }

  async *replay(): AsyncGenerator<{ index: number; entries: Entry[]; issues: Issue[] }> {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    const lines = createInterface({ input: createReadStream(this.file, "utf8"), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line);
  }

  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
