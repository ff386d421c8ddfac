/**
 * Rows and boundary cases for Excel's sheet limits, shared by the file writer's and the add-in writer's tests
 * (test/xlsx/sheet-limits.test.ts, test/excel/sheet-limits.test.ts): the same entries and issues, the same
 * boundaries, so the two writers are held to one rule.
 */
import type { Entry, Issue } from "../../src/core/consolidation/report";

export const PERIOD = "2025-H1";

export const entry = (i: number, extra: Partial<Entry> = {}): Entry => ({
  code: "A.1",
  taskGroup: "NV4",
  unitId: "SO_CT",
  unitName: "Sở Công Thương",
  answeringUnitId: "SO_CT",
  period: PERIOD,
  submitted: 45810,
  templateVersion: "1",
  origin: { file: `f${i}.xlsx`, sheet: "NV4" },
  cell: `G${i + 14}`,
  actual: i,
  disbursed: null,
  status: "",
  evidence: `e${i}`,
  check: "",
  ...extra,
});

export const issue = (i: number, extra: Partial<Issue> = {}): Issue => ({
  kind: "not_a_number",
  rejected: true,
  origin: { file: `g${i}.xlsx`, sheet: "NV3" },
  cell: `G${i + 14}`,
  code: "A.1",
  unitId: "SO_XD",
  message: `m${i}`,
  ...extra,
});

/** A sheet of `rows` rows holds the header and rows − 1 data rows: counts around that boundary, and the sheets they need. */
export function rowBoundaries(rows: number): [name: string, count: number, sheets: number][] {
  const per = rows - 1;
  return [
    ["limit − 2 data rows", per - 1, 1],
    ["limit − 1 data rows (the sheet exactly full)", per, 1],
    ["limit data rows (one row too many)", per + 1, 2],
    ["limit + 1 data rows", per + 2, 2],
    ["three sheets", 2 * per + 1, 3],
  ];
}
