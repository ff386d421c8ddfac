/**
 * The consolidation engine, incremental so that a million rows never sit in memory at once. Sheets are added one
 * at a time; their entries and issues go to a SheetStore (memory for the add-in, a spill file for the CLI) and
 * only a small record per sheet is kept. Once every sheet is in, the latest submission per (unit carried today,
 * task group) wins; the others are superseded and their rows become issues. Detail and Issues are then replayed
 * from the store, in the order sheets were added, so a writer can stream them.
 *
 * Nothing is lost: for every sheet, rows read = rows accepted (Detail) + rows rejected (Issues).
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { cellOf } from "../address";
import { toExcelSerial } from "../cells/values";
import { bilingual } from "../i18n/messages";
import { dueDate, dueIso, parseReportPeriod } from "../plan/calendar";
import { getCatalog } from "../plan/catalog";
import { activeUnits, unitOn } from "../plan/org";
import { reportingUnits } from "../plan/responsibility";
import type { OrgUnitT } from "../plan/schema";
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

export type SubmissionStatus = "on_time" | "late" | "no_date" | "empty" | "conflict" | "rejected" | "missing";

export interface Submission {
  unitId: string;
  unitName: string;
  taskGroups: string[];
  submitted: number | null;
  status: SubmissionStatus;
}

/** Where a sheet's report stands once every sheet is in: counted, or why not. */
export type Standing = "counted" | "superseded" | "conflict" | "refused";

export interface Narrative {
  unitId: string;
  unitName: string;
  taskGroup: string;
  origin: Origin;
  standing: Standing;
  completed: string;
  ongoing: string;
  proposals: string;
}

export interface Counts {
  /** Files found, and of them those only listed as a whole-file issue (nothing read from them). */
  files: number;
  filesListed: number;
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
  /** The unit answering for the report on the due date (plan/org.ts unitOn); empty when the sheet named none. */
  holder: string;
  taskGroup: string;
  submitted: number | null;
  /** A refused sheet (old version, wrong period…) never replaces another. */
  competes: boolean;
  /** Why the whole sheet was refused, if it was. */
  refusedAs: ValidatedReport["sheetRejected"];
  period: string;
  /** Nothing filled in: it never replaces a filled report. */
  empty: boolean;
  /** Hash of the figures and narrative: two copies of one report have the same. */
  signature: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  warnings: number;
  narrative: ValidatedReport["report"]["narrative"];
}

/**
 * What became of a competing sheet: counted; superseded by a later report (or, being empty, by a filled one, or,
 * being a second copy of the same report, by the first); or in conflict with another report of the same date.
 */
type Fate =
  { kind: "counted" } | { kind: "superseded" | "duplicate" | "empty"; by: SheetRecord } | { kind: "conflict"; with: SheetRecord[] };

/** An issue's cell as [row, column]; a sheet-wide issue (no cell) first. */
const position = (cell: string): [number, number] => (cell === "" ? [0, 0] : cellOf(cell));
const byCell = (a: Issue, b: Issue) => {
  const [[ra, ca], [rb, cb]] = [position(a.cell), position(b.cell)];
  return ra - rb || ca - cb;
};

/** What a sheet not counted is, in the issues (kind and message) and among the reports (standing). */
const NOT_COUNTED = {
  conflict: { kind: "conflict", message: "issueConflict", standing: "conflict" },
  duplicate: { kind: "superseded", message: "issueDuplicateCopy", standing: "superseded" },
  empty: { kind: "superseded", message: "issueEmptySuperseded", standing: "superseded" },
  superseded: { kind: "superseded", message: "issueSuperseded", standing: "superseded" },
} as const;

export class Consolidator {
  readonly period: string;
  readonly due: number;
  private readonly dueIso: string;
  private readonly records: SheetRecord[] = [];
  private readonly fileIssues: Issue[] = [];
  private readonly files = new Set<string>();
  private fates: Map<SheetRecord, Fate> | undefined;
  private readonly summary = new SummaryAccumulator();
  private summarized = false;

  constructor(
    period: string,
    private readonly store: SheetStore = new MemoryStore(),
  ) {
    const p = parseReportPeriod(period);
    if (!p) throw new Error(`invalid period ${period}`);
    const due = dueDate(p);
    this.period = period;
    this.due = toExcelSerial(due.year, due.month, due.day);
    this.dueIso = dueIso(p);
    this.summary.setYear(p.year);
  }

  /** A file that could not be read at all (corrupt, not .xlsx): listed with the issues, counted as a file. */
  addFileIssue(issue: Issue): void {
    this.files.add(issue.origin.file);
    this.fileIssues.push(issue);
  }

  async add(v: ValidatedReport): Promise<void> {
    if (this.fates) throw new Error("Consolidator: add after replay");
    const index = this.records.length;
    this.files.add(v.report.origin.file);
    // Stryker disable next-line StringLiteral: a sheet with no metadata is refused: never grouped, never of a period.
    const { taskGroup = "", period = "" } = v.report.meta ?? {};
    this.records.push({
      index,
      origin: v.report.origin,
      unitId: v.unitId,
      holder: unitOn(getCatalog().orgUnits, v.unitId, this.dueIso)?.id ?? v.unitId,
      taskGroup,
      submitted: v.submitted,
      // Validation refuses a sheet with no metadata or no known unit: only a sheet it read whole competes.
      competes: v.sheetRejected === null,
      refusedAs: v.sheetRejected,
      period,
      empty: v.empty,
      signature: signatureOf(v),
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

  /**
   * Per (unit today, task group): the latest dated report wins; a report with no figures never replaces a filled
   * one; two reports of the same latest date win only if they are copies of each other, otherwise neither is
   * chosen (the conflict is listed for the focal department to settle, never decided by file names).
   */
  private decide(): Map<SheetRecord, Fate> {
    // Stryker disable next-line ConditionalExpression: decided once and kept; deciding again gives the same fates.
    if (!this.fates) {
      this.fates = new Map();
      const byKey = new Map<string, SheetRecord[]>();
      for (const r of this.records) if (r.competes) byKey.set(this.key(r), [...(byKey.get(this.key(r)) ?? []), r]);
      for (const reports of byKey.values()) {
        const filled = reports.filter((r) => !r.empty);
        const pool = filled.length > 0 ? filled : reports;
        const latest = Math.max(...pool.map((r) => r.submitted ?? -1));
        const top = pool.filter((r) => (r.submitted ?? -1) === latest);
        const copies = top.every((r) => r.signature === top[0]!.signature);
        const first = top[0]!;
        for (const r of reports) {
          const fate: Fate = top.includes(r)
            ? !copies
              ? { kind: "conflict", with: top.filter((o) => o !== r) }
              : r === first
                ? { kind: "counted" }
                : { kind: "duplicate", by: first }
            : !pool.includes(r)
              ? { kind: "empty", by: first }
              : { kind: "superseded", by: first };
          this.fates.set(r, fate);
        }
      }
    }
    return this.fates;
  }

  /** A competing sheet's fate (every competing sheet has one). */
  private fate(r: SheetRecord): Fate {
    return this.decide().get(r)!;
  }

  /** Refused sheets count as read (their rows are issues); competing sheets only when they won. */
  private counted(r: SheetRecord): boolean {
    return !r.competes || this.fate(r).kind === "counted";
  }

  private standing(r: SheetRecord): Standing {
    if (!r.competes) return "refused";
    const { kind } = this.fate(r);
    return kind === "counted" ? "counted" : NOT_COUNTED[kind].standing;
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

  /** Every issue: unreadable files first, then each sheet's in cell order, rows not counted included with their values. */
  async *issues(): AsyncGenerator<Issue> {
    this.decide();
    yield* this.fileIssues;
    for await (const sheet of this.store.replay()) {
      const record = this.records[sheet.index]!;
      const issues = [...sheet.issues];
      const fate = record.competes ? this.fate(record) : null;
      if (fate && fate.kind !== "counted") {
        const where = (r: SheetRecord) => `${r.origin.file} › ${r.origin.sheet}`;
        const { kind, message: key } = NOT_COUNTED[fate.kind];
        const message =
          fate.kind === "conflict" ? bilingual(key, { other: fate.with.map(where).join("; ") }) : bilingual(key, { newer: where(fate.by) });
        for (const e of sheet.entries) {
          issues.push({
            kind,
            rejected: true,
            origin: e.origin,
            cell: e.cell,
            code: e.code,
            unitId: e.unitId,
            message,
            values: typedOf(e),
          });
        }
      }
      yield* issues.sort(byCell);
    }
  }

  /** Competing reports that are not counted: older, empty or duplicate copies, and both sides of a conflict. */
  superseded(): { unitId: string; taskGroup: string; origin: Origin; submitted: number | null; standing: Standing }[] {
    return this.records
      .filter((r) => !this.counted(r))
      .filter((r) => r.competes)
      .map((r) => ({ unitId: r.unitId, taskGroup: r.taskGroup, origin: r.origin, submitted: r.submitted, standing: this.standing(r) }));
  }

  /** Sheets refused because they report another period than the one consolidated: named first, they are easy to miss. */
  otherPeriods(): { origin: Origin; period: string }[] {
    return this.records
      .filter((r) => r.refusedAs === "wrong_period" && r.period !== this.period)
      .map((r) => ({ origin: r.origin, period: r.period }));
  }

  counts(): Counts {
    const sum = (f: (r: SheetRecord) => number) => this.records.reduce((n, r) => n + f(r), 0);
    return {
      files: this.files.size,
      filesListed: new Set(this.fileIssues.map((i) => i.origin.file)).size,
      sheets: this.records.length,
      rowsRead: sum((r) => r.rowsRead),
      accepted: sum((r) => (this.counted(r) ? r.accepted : 0)),
      rejected: sum((r) => r.rejected + (this.counted(r) ? 0 : r.accepted)),
      warnings: sum((r) => r.warnings),
      unitsMissing: this.submissions().filter((s) => s.status === "missing").length,
    };
  }

  /**
   * Every unit expected on the due date, and every other unit whose report holds for itself (one active but not
   * expected; one dissolved by the due date with nobody to take over, whose report stays its own): what it sent and
   * whether in time.
   */
  submissions(): Submission[] {
    const catalog = getCatalog();
    const mineOf = (u: { id: string }) => (r: SheetRecord) => r.holder === u.id;
    const counted = this.records.filter((r) => r.competes && this.counted(r));
    const conflicted = this.records.filter((r) => r.competes && this.fate(r).kind === "conflict");
    // Expected: the units that lead or coordinate a row on the due date (plan/responsibility.ts); any other unit
    // that sent a report is listed too, with its standing, never dropped.
    const expected = new Set(reportingUnits(this.dueIso));
    const sent = (u: OrgUnitT) => this.records.some(mineOf(u));
    const active = new Set(activeUnits(catalog.orgUnits, this.dueIso));
    return catalog.orgUnits
      .filter((u) => (active.has(u) && expected.has(u.id)) || (!u.standsFor && sent(u)))
      .map((u) => {
        const mine = counted.filter(mineOf(u));
        const dates = mine.map((r) => r.submitted).filter((d): d is number => d !== null);
        const submitted = dates.length ? Math.max(...dates) : null;
        const status: SubmissionStatus =
          mine.length === 0
            ? conflicted.some(mineOf(u))
              ? "conflict"
              : // Nothing counted and no conflict: what it sent, if anything, was refused.
                sent(u)
                ? "rejected"
                : "missing"
            : mine.every((r) => r.empty)
              ? "empty"
              : submitted === null
                ? "no_date"
                : submitted <= this.due
                  ? "on_time"
                  : "late";
        return { unitId: u.id, unitName: u.nameVi, taskGroups: [...new Set(mine.map((r) => r.taskGroup))].sort(), submitted, status };
      });
  }

  /**
   * Completed / ongoing / proposals of every report read, as the decision asks units to write them, each with its
   * standing: a narrative of a superseded or refused report is still somebody's words, listed, never dropped.
   */
  narratives(): Narrative[] {
    const catalog = getCatalog();
    return this.records
      .filter((r) => r.narrative.completed || r.narrative.ongoing || r.narrative.proposals)
      .map((r) => ({
        unitId: r.unitId,
        unitName: catalog.orgUnits.find((u) => u.id === r.unitId)?.nameVi ?? r.unitId,
        taskGroup: r.taskGroup,
        origin: r.origin,
        standing: this.standing(r),
        ...r.narrative,
      }))
      .sort(
        (a, b) =>
          a.taskGroup.localeCompare(b.taskGroup) ||
          a.unitId.localeCompare(b.unitId) ||
          a.origin.file.localeCompare(b.origin.file) ||
          a.origin.sheet.localeCompare(b.origin.sheet),
      );
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

/** A report's figures and narrative as one hash: equal for two copies of one report, different otherwise. */
function signatureOf(v: ValidatedReport): string {
  const figures = v.entries.map((e) => [e.code, e.actual, e.disbursed, e.status, e.evidence]);
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify([figures, v.report.narrative]))));
}

const typedOf = (e: Entry): Issue["values"] => {
  const values: NonNullable<Issue["values"]> = {};
  if (e.actual !== null) values.actual = e.actual;
  if (e.disbursed !== null) values.disbursed = e.disbursed;
  if (e.status !== "") values.status = e.status;
  if (e.evidence !== "") values.evidence = e.evidence;
  return values;
};
