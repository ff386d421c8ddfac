/**
 * Validated reports built by hand, for tests of what consolidation makes of figures (the Summary, the writers'
 * layout), independent of how a template lays its cells out.
 */
import type { Entry, Issue, Role } from "../../src/core/consolidation/report";
import type { ValidatedReport } from "../../src/core/consolidation/validate";

export const PERIOD = "2025-H1";
/** 3 June 2025, before the 5 June due date. */
export const ON_TIME = 45811;

export interface Row {
  code: string;
  actual: number | string | null;
  disbursed?: number | null;
  role?: Role | null;
  pathStatus?: Entry["pathStatus"];
}

/** One unit's report of one task group, sent on `submitted`, its rows as given, its issues as given. */
export function validated(
  unit: string,
  group: string,
  rows: Row[],
  options: { file?: string; submitted?: number; period?: string; issues?: Partial<Issue>[] } = {},
): ValidatedReport {
  const file = options.file ?? `${unit}-${group}.xlsx`;
  const origin = { file, sheet: group };
  const period = options.period ?? PERIOD;
  const submitted = options.submitted ?? ON_TIME;
  const entries: Entry[] = rows.map((r, i) => ({
    code: r.code,
    taskGroup: group,
    unitId: unit,
    unitName: unit,
    answeringUnitId: unit,
    period,
    submitted,
    templateVersion: "2",
    origin,
    cell: `G${14 + i}`,
    actual: r.actual,
    disbursed: r.disbursed ?? null,
    status: "",
    evidence: "",
    check: "",
    pathStatus: r.pathStatus ?? (typeof r.actual === "string" ? "no_target" : r.actual === null ? "not_reported" : "on_track"),
    ...(r.role !== undefined ? { role: r.role } : {}),
  }));
  const issues: Issue[] = (options.issues ?? []).map((i) => ({
    kind: "not_a_number",
    rejected: true,
    origin,
    cell: "G40",
    code: rows[0]?.code ?? "",
    unitId: unit,
    message: "Ô số liệu chứa chữ: nhiều · Text in a number cell: nhiều",
    text: { vi: "Ô số liệu chứa chữ: nhiều", en: "Text in a number cell: nhiều" },
    values: { actual: "nhiều" },
    ...i,
  }));
  return {
    report: {
      origin,
      meta: {
        templateId: `TTX-${group}`,
        version: "2",
        taskGroup: group as never,
        unitId: unit,
        period,
        lang: "vi",
        planHash: "x",
      } as never,
      unitName: unit,
      reporter: "Nguyễn Văn A",
      submitted,
      rows: [],
      narrative: { completed: "", ongoing: "", proposals: "" },
    },
    unitId: unit,
    entries,
    issues,
    rowsRead: entries.length + issues.filter((i) => i.rejected).length,
    submitted,
    sheetRejected: null,
    empty: false,
  };
}
