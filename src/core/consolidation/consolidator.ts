/**
 * The consolidation engine, incremental so that a million rows never sit in memory at once. Sheets are added one
 * at a time; their entries and issues go to a SheetStore (memory for the add-in, a spill file for the CLI) and
 * only a small record per sheet is kept. Once every sheet is in, the latest submission per (unit carried today,
 * task group) wins; the others are superseded and their rows become issues. Detail and Issues are then replayed
 * from the store, in the order sheets were added, so a writer can stream them.
 *
 * Nothing is lost: for every sheet, rows read = rows accepted (Detail) + rows rejected (Issues).
 */
import { toExcelSerial } from "../functions/coerce";
import { bilingual } from "../i18n/messages";
import { dueDate, parseReportPeriod } from "../plan/calendar";
import { getCatalog } from "../plan/catalog";
import { activeUnits } from "../plan/org";
import type { Entry, Issue, Origin } from "./report";
import { SummaryAccumulator, type GroupSummary, type SectorSummary } from "./summary";
import type { ValidatedReport } from "./validate";

/** Where a sheet's entries and issues wait between reading and writing. */
export interface SheetStore {
  put(index: number, entries: readonly Entry[], issues: readonly Issue[]): void | Promise<void>;
  /** Every sheet put, in put order. */
  replay(): AsyncIterable<{ index: number; entries: Entry[]; issues: Issue[] }>;
}

export class MemoryStore implements SheetStore {
  private readonly sheets: { index: number; entries: Entry[]; issues: Issue[] }[] = [];
  put(index: number, entries: readonly Entry[], issues: readonly Issue[]): void {
    this.sheets.push({ index, entries: [...entries], issues: [...issues] });
  }
  async *replay() {
    yield* this.sheets;
  }
}

export type SubmissionStatus = "on_time" | "late" | "no_date" | "rejected" | "missing";

export interface Submission {
  unitId: string;
  unitName: string;
  taskGroups: string[];
  submitted: number | null;
  status: SubmissionStatus;
}

export interface Narrative {
  unitId: string;
  unitName: string;
  taskGroup: string;
  origin: Origin;
  completed: string;
  ongoing: string;
  proposals: string;
}

export interface Counts {
  files: number;
  sheets: number;
  rowsRead: number;
  accepted: number;
  rejected: number;
  warnings: number;
  unitsMissing: number;
}

/** What a sheet leaves behind once its rows are in the store. */
interface SheetRecord {
  index: number;
  origin: Origin;
  unitId: string;
  /** Unit carrying the report today; empty when the sheet named none. */
  holder: string;
  taskGroup: string;
  submitted: number | null;
  /** A refused sheet (old version, edited plan…) never replaces another. */
  competes: boolean;
  rowsRead: number;
  accepted: number;
  rejected: number;
  warnings: number;
  narrative: ValidatedReport["report"]["narrative"];
}

/** Units expected to report: those existing on the due date, less the catch-all entries of the catalog. */
const GENERIC_UNITS = new Set(["UBND_HUYEN", "DOAN_THE", "BENH_VIEN", "UBND_TINH"]);

const rowOf = (cell: string) => Number(/\d+/.exec(cell)?.[0] ?? 0);
const columnOf = (cell: string) => /^[A-Z]*/.exec(cell)?.[0] ?? "";
const byCell = (a: Issue, b: Issue) => rowOf(a.cell) - rowOf(b.cell) || columnOf(a.cell).localeCompare(columnOf(b.cell));

export class Consolidator {
  readonly period: string;
  readonly due: number;
  private readonly records: SheetRecord[] = [];
  private readonly fileIssues: Issue[] = [];
  private readonly files = new Set<string>();
  private winners: Map<string, SheetRecord> | undefined;
  private readonly summary = new SummaryAccumulator();
  private summarized = false;

  constructor(period: string, private readonly store: SheetStore = new MemoryStore()) {
    const p = parseReportPeriod(period);
    if (!p) throw new Error(`invalid period ${period}`);
    const due = dueDate(p);
    this.period = period;
    this.due = toExcelSerial(due.year, due.month, due.day);
    this.summary.setYear(p.year);
  }

  /** A file that could not be read at all (corrupt, not .xlsx): listed with the issues, counted as a file. */
  addFileIssue(issue: Issue): void {
    this.files.add(issue.origin.file);
    this.fileIssues.push(issue);
  }

  async add(v: ValidatedReport): Promise<void> {
    if (this.winners) throw new Error("Consolidator: add after replay");
    const index = this.records.length;
    this.files.add(v.report.origin.file);
    this.records.push({
      index,
      origin: v.report.origin,
      unitId: v.unitId,
      holder: v.entries[0]?.currentUnitId ?? v.unitId,
      taskGroup: v.report.meta?.taskGroup ?? "",
      submitted: v.submitted,
      competes: v.report.meta !== null && v.sheetRejected === null && v.unitId !== "",
      rowsRead: v.rowsRead,
      accepted: v.entries.length,
      rejected: v.issues.filter((i) => i.rejected && i.cell !== "").length,
      warnings: v.issues.filter((i) => !i.rejected).length,
      narrative: v.report.narrative,
    });
    await this.store.put(index, v.entries, v.issues);
  }

  private key(r: SheetRecord): string {
    return `${r.holder}|${r.taskGroup}`;
  }

  /** Latest submission per (unit today, task group); on equal dates the sheet added later wins. */
  private decide(): Map<string, SheetRecord> {
    if (!this.winners) {
      this.winners = new Map();
      for (const r of this.records) {
        if (!r.competes) continue;
        const previous = this.winners.get(this.key(r));
        if (!previous || (r.submitted ?? -1) >= (previous.submitted ?? -1)) this.winners.set(this.key(r), r);
      }
    }
    return this.winners;
  }

  private counted(r: SheetRecord): boolean {
    return !r.competes || this.decide().get(this.key(r)) === r;
  }

  /** Accepted entries, sheet by sheet in the order added. */
  async *detail(): AsyncGenerator<Entry> {
    this.decide();
    for await (const sheet of this.store.replay()) {
      if (!this.counted(this.records[sheet.index]!)) continue;
      yield* sheet.entries;
    }
  }

  /**
   * Builds the summary from the accepted entries: a pass of its own, so a writer can put the summary sheet first
   * and still stream Detail after it.
   */
  async summarize(): Promise<void> {
    if (this.summarized) return;
    for await (const e of this.detail()) this.summary.add(e);
    this.summarized = true;
  }

  /** Every issue: unreadable files first, then each sheet's in cell order, superseded rows included. */
  async *issues(): AsyncGenerator<Issue> {
    const winners = this.decide();
    yield* this.fileIssues;
    for await (const sheet of this.store.replay()) {
      const record = this.records[sheet.index]!;
      const issues = [...sheet.issues];
      if (!this.counted(record)) {
        const newer = winners.get(this.key(record))!.origin;
        const message = bilingual("issueSuperseded", { newer: `${newer.file} › ${newer.sheet}` });
        for (const e of sheet.entries) {
          issues.push({ kind: "superseded", rejected: true, origin: e.origin, cell: e.cell, code: e.code, unitId: e.unitId, message });
        }
      }
      yield* issues.sort(byCell);
    }
  }

  superseded(): { unitId: string; taskGroup: string; origin: Origin; submitted: number | null }[] {
    return this.records
      .filter((r) => !this.counted(r))
      .map((r) => ({ unitId: r.unitId, taskGroup: r.taskGroup, origin: r.origin, submitted: r.submitted }));
  }

  counts(): Counts {
    const sum = (f: (r: SheetRecord) => number) => this.records.reduce((n, r) => n + f(r), 0);
    return {
      files: this.files.size,
      sheets: this.records.length,
      rowsRead: sum((r) => r.rowsRead),
      accepted: sum((r) => (this.counted(r) ? r.accepted : 0)),
      rejected: sum((r) => r.rejected + (this.counted(r) ? 0 : r.accepted)),
      warnings: sum((r) => r.warnings),
      unitsMissing: this.submissions().filter((s) => s.status === "missing").length,
    };
  }

  /** Every unit expected on the due date: what it sent and whether in time. */
  submissions(): Submission[] {
    const catalog = getCatalog();
    const winners = [...this.decide().values()];
    const refused = this.records.filter((r) => !r.competes && r.unitId !== "");
    const p = parseReportPeriod(this.period)!;
    const due = dueDate(p);
    const isoDue = `${due.year}-${String(due.month).padStart(2, "0")}-${String(due.day).padStart(2, "0")}`;
    return activeUnits(catalog.orgUnits, isoDue)
      .filter((u) => !GENERIC_UNITS.has(u.id))
      .map((u) => {
        const mine = winners.filter((r) => r.holder === u.id || r.unitId === u.id);
        const dates = mine.map((r) => r.submitted).filter((d): d is number => d !== null);
        const submitted = dates.length ? Math.max(...dates) : null;
        const triedOnly = mine.length === 0 && refused.some((r) => r.holder === u.id || r.unitId === u.id);
        const status: SubmissionStatus =
          mine.length === 0 ? (triedOnly ? "rejected" : "missing") : submitted === null ? "no_date" : submitted <= this.due ? "on_time" : "late";
        return { unitId: u.id, unitName: u.nameVi, taskGroups: [...new Set(mine.map((r) => r.taskGroup))].sort(), submitted, status };
      });
  }

  /** Completed / ongoing / proposals of every counted report, as the decision asks units to write them. */
  narratives(): Narrative[] {
    const catalog = getCatalog();
    return [...this.decide().values()]
      .filter((r) => r.narrative.completed || r.narrative.ongoing || r.narrative.proposals)
      .map((r) => ({
        unitId: r.unitId,
        unitName: catalog.orgUnits.find((u) => u.id === r.unitId)?.nameVi ?? r.unitId,
        taskGroup: r.taskGroup,
        origin: r.origin,
        ...r.narrative,
      }))
      .sort((a, b) => a.taskGroup.localeCompare(b.taskGroup) || a.unitId.localeCompare(b.unitId) || a.origin.file.localeCompare(b.origin.file));
  }

  /** Summary by task group and GHG sector, from what was accepted: call summarize() first. */
  groupSummary(): GroupSummary[] {
    if (!this.summarized) throw new Error("Consolidator: groupSummary() before summarize()");
    return this.summary.groups(this.period);
  }

  sectorSummary(): SectorSummary[] {
    if (!this.summarized) throw new Error("Consolidator: sectorSummary() before summarize()");
    return this.summary.sectors();
  }
}
