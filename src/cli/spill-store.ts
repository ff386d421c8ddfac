/**
 * A SheetStore for the CLI: sheets stay in memory while they are few, and once they hold more than
 * `memoryRows` rows everything moves to a temporary file (one JSON line per sheet) and later sheets go straight
 * there. A usual half-year (a few thousand rows) never touches the disk; a million rows hold one sheet at a time.
 * `dispose` removes the file; the CLI calls it whatever happens, and a signal removes it too (interrupt.ts). The
 * folder is made by mkdtemp (private, random name) under TMPDIR; a full or unwritable TMPDIR is a CliError naming it
 * (exit 2) at the first failed write, after which nothing more is written. A disposed store stops a replay still
 * running (a writer that failed part-way), so nothing goes on reading or writing after an error.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createInterface } from "readline";
import type { SheetStore } from "../core/consolidation/consolidator";
import type { Entry, Issue } from "../core/consolidation/report";
import { CliError, fileError } from "./errors";
import { registerTemp } from "./interrupt";

type Sheet = { index: number; entries: Entry[]; issues: Issue[] };

export class SpillStore implements SheetStore {
  private memory: Sheet[] = [];
  private memoryRowCount = 0;
  private dir: string | null = null;
  private file = "";
  private fd: number | null = null;
  private replaying = false;
  private disposed = false;
  private failed: CliError | null = null;
  private unregister: () => void = () => undefined;

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
      const base = tmpdir();
      try {
        this.dir = mkdtempSync(path.join(base, "ttx-spill-"));
        this.unregister = registerTemp(this.dir);
        this.file = path.join(this.dir, "sheets.ndjson");
        this.fd = openSync(this.file, "wx", 0o600);
      } catch (error) {
        throw (this.failed = fileError(error, this.file, { tempFolder: base }));
      }
      for (const s of this.memory) this.write(s);
      this.memory = [];
    }
    this.write(sheet);
  }

  /** The whole line or an error: a short write (a disk filling up) is continued, then fails on its next call. */
  private write(sheet: Sheet): void {
    if (this.failed) throw this.failed;
    const bytes = Buffer.from(`${JSON.stringify(sheet)}\n`, "utf8");
    try {
      for (let done = 0; done < bytes.length;) done += writeSync(this.fd!, bytes, done, bytes.length - done);
    } catch (error) {
      throw (this.failed = fileError(error, this.file, { tempFolder: path.dirname(this.dir!) }));
    }
  }

  async *replay(): AsyncGenerator<Sheet> {
    this.replaying = true;
    if (!this.spilled) {
      for (const sheet of this.memory) {
        this.checkOpen();
        yield sheet;
      }
      return;
    }
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    const lines = createInterface({ input: createReadStream(this.file, "utf8"), crlfDelay: Infinity });
    for await (const line of lines) {
      this.checkOpen();
      if (line) yield JSON.parse(line) as Sheet;
    }
  }

  private checkOpen(): void {
    if (this.disposed) throw new Error("SpillStore: disposed during replay");
  }

  dispose(): void {
    this.disposed = true;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.unregister();
  }
}
