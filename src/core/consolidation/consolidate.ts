/**
 * Consolidates validated reports for one period: a unit's resubmission replaces its older report for the same
 * task group (the older one stays, listed as superseded), submissions are judged against the calendar, and
 * nothing is lost: for every report, rows read = rows accepted + rows rejected. Output order is deterministic, so
 * the same inputs always give the same result.
 */
import { bilingual } from "../i18n/messages";
import { getCatalog } from "../plan/catalog";
import { dueDate, parseReportPeriod } from "../plan/calendar";
import { activeUnits } from "../plan/org";
import { toExcelSerial } from "../functions/coerce";
import type { Entry, Issue } from "./report";
import type { ValidatedReport } from "./validate";

export type SubmissionStatus = "on_time" | "late" | "no_date" | "missing";

export interface Submission {
  unitId: string;
  unitName: string;
  taskGroups: string[];
  submitted: number | null;
  status: SubmissionStatus;
}

export interface Consolidation {
  period: string;
  due: number;
  entries: Entry[];
  issues: Issue[];
  submissions: Submission[];
  superseded: { unitId: string; taskGroup: string; origin: Entry["origin"]; submitted: number | null }[];
  /** Completed / ongoing / proposals of every counted report, as the decision asks units to write them. */
  narratives: { unitId: string; unitName: string; taskGroup: string; origin: Entry["origin"]; completed: string; ongoing: string; proposals: string }[];
  counts: { sheets: number; rowsRead: number; accepted: number; rejected: number; warnings: number; unitsMissing: number };
}

/** Units expected to report: those existing on the due date, less the catch-all entries of the catalog. */
const GENERIC_UNITS = new Set(["UBND_HUYEN", "DOAN_THE", "BENH_VIEN", "UBND_TINH"]);

/** `fileIssues`: files that could not be read at all (corrupt, not .xlsx), listed with the rest. */
export function consolidate(reports: readonly ValidatedReport[], period: string, fileIssues: readonly Issue[] = []): Consolidation {
  const p = parseReportPeriod(period);
  if (!p) throw new Error(`invalid period ${period}`);
  const due = dueDate(p);
  const dueSerial = toExcelSerial(due.year, due.month, due.day);
  const catalog = getCatalog();

  // Latest submission per (unit carried today, task group) wins; ties go to the later input.
  const winners = new Map<string, ValidatedReport>();
  const key = (r: ValidatedReport) => `${r.entries[0]?.currentUnitId ?? r.unitId}|${r.report.meta?.taskGroup ?? ""}`;
  const countable = reports.filter((r) => r.report.meta && r.entries.length + r.issues.filter((i) => i.rejected).length > 0 && r.unitId !== "");
  for (const r of countable) {
    const previous = winners.get(key(r));
    if (!previous || (r.submitted ?? -1) >= (previous.submitted ?? -1)) winners.set(key(r), r);
  }

  const entries: Entry[] = [];
  const issues: Issue[] = [...fileIssues];
  const superseded: Consolidation["superseded"] = [];
  for (const r of reports) {
    issues.push(...r.issues);
    const winner = winners.get(key(r));
    if (!winner || winner === r || !countable.includes(r)) {
      entries.push(...r.entries);
      continue;
    }
    superseded.push({ unitId: r.unitId, taskGroup: r.report.meta?.taskGroup ?? "", origin: r.report.origin, submitted: r.submitted });
    const message = bilingual("issueSuperseded", { newer: `${winner.report.origin.file} › ${winner.report.origin.sheet}` });
    for (const e of r.entries) {
      issues.push({ kind: "superseded", rejected: true, origin: e.origin, cell: e.cell, code: e.code, unitId: e.unitId, message });
    }
  }

  // Deterministic order: task group, catalog order of codes, unit, then origin.
  const order = new Map([...catalog.byCode.values()].map((e, i) => [e.code, i]));
  entries.sort((a, b) =>
    a.taskGroup.localeCompare(b.taskGroup) || (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0) ||
    a.unitId.localeCompare(b.unitId) || a.origin.file.localeCompare(b.origin.file) || a.origin.sheet.localeCompare(b.origin.sheet),
  );
  // Issues in reading order: file, sheet, row, column.
  const cellKey = (cell: string): [number, string] => [Number(/\d+/.exec(cell)?.[0] ?? 0), /^[A-Z]*/.exec(cell)?.[0] ?? ""];
  issues.sort((a, b) => {
    const [ra, ca] = cellKey(a.cell);
    const [rb, cb] = cellKey(b.cell);
    return a.origin.file.localeCompare(b.origin.file) || a.origin.sheet.localeCompare(b.origin.sheet) || ra - rb || ca.localeCompare(cb);
  });

  const isoDue = `${due.year}-${String(due.month).padStart(2, "0")}-${String(due.day).padStart(2, "0")}`;
  const submissions: Submission[] = activeUnits(catalog.orgUnits, isoDue)
    .filter((u) => !GENERIC_UNITS.has(u.id))
    .map((u) => {
      const mine = [...winners.values()].filter((r) => (r.entries[0]?.currentUnitId ?? r.unitId) === u.id || r.unitId === u.id);
      const dates = mine.map((r) => r.submitted).filter((d): d is number => d !== null);
      const submitted = dates.length ? Math.max(...dates) : null;
      const status: SubmissionStatus = mine.length === 0 ? "missing" : submitted === null ? "no_date" : submitted <= dueSerial ? "on_time" : "late";
      return { unitId: u.id, unitName: u.nameVi, taskGroups: [...new Set(mine.map((r) => r.report.meta!.taskGroup))].sort(), submitted, status };
    });

  const narratives = [...winners.values()]
    .map((r) => ({
      unitId: r.unitId,
      unitName: catalog.orgUnits.find((u) => u.id === r.unitId)?.nameVi ?? r.unitId,
      taskGroup: r.report.meta!.taskGroup,
      origin: r.report.origin,
      ...r.report.narrative,
    }))
    .filter((n) => n.completed || n.ongoing || n.proposals)
    .sort((a, b) => a.taskGroup.localeCompare(b.taskGroup) || a.unitId.localeCompare(b.unitId));

  const rejected = issues.filter((i) => i.rejected && i.cell !== "").length;
  return {
    period,
    due: dueSerial,
    entries,
    issues,
    submissions,
    superseded,
    narratives,
    counts: {
      sheets: reports.length,
      rowsRead: reports.reduce((n, r) => n + r.rowsRead, 0),
      accepted: entries.length,
      rejected,
      warnings: issues.filter((i) => !i.rejected).length,
      unitsMissing: submissions.filter((s) => s.status === "missing").length,
    },
  };
}
