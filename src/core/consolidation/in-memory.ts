/**
 * All of a consolidation in memory, for the add-in and for tests: the engine (consolidator.ts, which streams) run
 * over validated reports with a memory store. Reports are taken in file order (then sheet order within a file), so the same
 * inputs give the same output whatever order they arrive in. Large runs use the engine directly and stream.
 */
import { Consolidator, type Counts, type Narrative, type Submission } from "./consolidator";
import type { Entry, Issue } from "./report";
import type { GroupSummary, SectorSummary } from "./summary";
import type { ValidatedReport } from "./validate";

export type { Submission, Counts, Narrative } from "./consolidator";

export interface Consolidation {
  period: string;
  due: number;
  entries: Entry[];
  issues: Issue[];
  submissions: Submission[];
  superseded: ReturnType<Consolidator["superseded"]>;
  otherPeriods: ReturnType<Consolidator["otherPeriods"]>;
  narratives: Narrative[];
  groups: GroupSummary[];
  sectors: SectorSummary[];
  counts: Counts;
}

export async function consolidate(
  reports: readonly ValidatedReport[],
  period: string,
  fileIssues: readonly Issue[] = [],
): Promise<Consolidation> {
  const engine = new Consolidator(period);
  for (const issue of fileIssues) engine.addFileIssue(issue);
  // Stable sort: sheets of one file keep their workbook order.
  const ordered = [...reports].sort((a, b) => a.report.origin.file.localeCompare(b.report.origin.file));
  for (const r of ordered) await engine.add(r);
  return collect(engine);
}

/** Drains an engine into one in-memory result. */
export async function collect(engine: Consolidator): Promise<Consolidation> {
  const entries: Entry[] = [];
  for await (const e of engine.detail()) entries.push(e);
  const issues: Issue[] = [];
  for await (const i of engine.issues()) issues.push(i);
  await engine.summarize();
  return {
    period: engine.period,
    due: engine.due,
    entries,
    issues,
    submissions: engine.submissions(),
    superseded: engine.superseded(),
    otherPeriods: engine.otherPeriods(),
    narratives: engine.narratives(),
    groups: engine.groupSummary(),
    sectors: engine.sectorSummary(),
    counts: engine.counts(),
  };
}
