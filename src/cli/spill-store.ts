/**
 * A SheetStore for the CLI: sheets stay in memory while they are few, and once they hold more than
 * `memoryRows` rows everything moves to a temporary file (one JSON line per sheet) and later sheets go straight
 * there. A usual half-year (a few thousand rows) never touches the disk; a million rows hold one sheet at a time.
 * `dispose` removes the file; the CLI calls it whatever happens.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createInterface } from "readline";
import type { SheetStore } from "../core/consolidation/consolidator";
import type { Entry, Issue } from "../core/consolidation/report";

type Sheet = { index: number; entries: Entry[]; issues: Issue[] };

export class SpillStore implements SheetStore {
  private memory: Sheet[] = [];
  private memoryRowCount = 0;
  private dir: string | null = null;
  private file = "";
  private fd: number | null = null;
  private replaying = false;

  /** `memoryRows` 0 spills from the first sheet (tests use it to exercise the file path). */
  constructor(private readonly memoryRows = 50_000) {}

  get spilled(): boolean {
    return this.dir !== null;
  }

  put(index: number, entries: readonly Entry[], issues: readonly Issue[]): void {
    if (this.replaying) throw new Error("SpillStore: put after replay");
    const sheet = { index, entries: [...entries], issues: [...issues] };
    if (this.fd === null && this.memoryRowCount + entries.length + issues.length <= this.memoryRows) {
      this.memory.push(sheet);
      this.memoryRowCount += entries.length + issues.length;
      return;
    }
    if (this.fd === null) {
      this.dir = mkdtempSync(path.join(tmpdir(), "ttx-spill-"));
      this.file = path.join(this.dir, "sheets.ndjson");
      this.fd = openSync(this.file, "w");
      for (const s of this.memory) this.write(s);
      this.memory = [];
    }
    this.write(sheet);
  }

  private write(sheet: Sheet): void {
    writeSync(this.fd!, `${JSON.stringify(sheet)}\n`);
  }

  async *replay(): AsyncGenerator<Sheet> {
    this.replaying = true;
    if (!this.spilled) {
      yield* this.memory;
      return;
    }
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    const lines = createInterface({ input: createReadStream(this.file, "utf8"), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as Sheet;
  }

  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

