/**
 * The demo reports of `ttx sample`, written as real files, read back and consolidated: every flaw the generator
 * planted is found where it was planted, clean reports come through value for value, the sums in the summary are
 * the sums of what was typed, and nothing is lost.
 */
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { sampleReports, type SampleReport } from "../../src/core/consolidation/sample";
import { validateReport } from "../../src/core/consolidation/validate";
import { countPathStatuses } from "../../src/core/plan/path";
import { rowsOfUnit } from "../../src/core/plan/responsibility";
import { readReports } from "../../src/xlsx/report-reader";
import { sampleFile, sampleFileName } from "../../src/xlsx/sample-files";

const PERIOD = "2025-H1";
let reports: SampleReport[];
let result: Consolidation;

beforeAll(async () => {
  reports = sampleReports(30, PERIOD);
  const validated = [];
  for (const r of reports) {
    for (const raw of await readReports(await sampleFile(r), sampleFileName(r))) validated.push(validateReport(raw, { period: PERIOD }));
  }
  result = await consolidate(validated, PERIOD);
}, 60_000);

const fileOf = (r: SampleReport) => sampleFileName(r);
const issuesOf = (r: SampleReport) => result.issues.filter((i) => i.origin.file === fileOf(r));
const entriesOf = (r: SampleReport) => result.entries.filter((e) => e.origin.file === fileOf(r));
const firstRow = (r: SampleReport) => r.spec.table.headerRow + 1;
const letter = (r: SampleReport, key: string) => r.spec.table.columns.find((c) => c.key === key)!.letter;
/** The row the generator spoils for number flaws: the first with a numeric actual. */
const spoiledCell = (r: SampleReport) =>
  `${letter(r, "actual")}${firstRow(r) + r.spec.table.rows.findIndex((row) => row.actualKind !== "text")}`;

describe("sample reports, consolidated", () => {
  it("cover every kind of flaw, deterministically", () => {
    const flaws = new Set(reports.map((r) => r.flaw));
    expect(flaws).toEqual(new Set(["none", "late", "text_in_number", "out_of_range", "plan_edited", "superseded"]));
    expect(JSON.stringify(sampleReports(30, PERIOD))).toBe(JSON.stringify(reports));
  });

  it("catch text typed in a number cell, at that cell", () => {
    for (const r of reports.filter((x) => x.flaw === "text_in_number")) {
      const rejected = issuesOf(r).filter((i) => i.rejected);
      expect(rejected.map((i) => [i.kind, i.cell])).toEqual([["not_a_number", spoiledCell(r)]]);
      expect(rejected[0]!.message).toContain("chưa có số liệu");
    }
  });

  it("catch impossible values, at that cell", () => {
    for (const r of reports.filter((x) => x.flaw === "out_of_range")) {
      expect(
        issuesOf(r)
          .filter((i) => i.rejected)
          .map((i) => [i.kind, i.cell]),
      ).toEqual([["out_of_range", spoiledCell(r)]]);
    }
  });

  it("warn about no figure for being behind or ahead of the plan's path: that is each entry's status, counted", () => {
    // Before the path rule, every 2025 figure short of its 2030 milestone was an "out of range" warning: 125 here.
    expect(result.issues.filter((i) => i.kind === "out_of_range" && !i.rejected)).toEqual([]);
    // One refusal per file carrying the spoiled cell: the flawed report, and the older copy of it where one was sent.
    const spoiled = reports.filter(
      (r) =>
        r.flaw === "out_of_range" || (r.flaw === "superseded" && reports.some((x) => x.unitId === r.unitId && x.flaw === "out_of_range")),
    );
    expect(
      result.issues
        .filter((i) => i.kind === "out_of_range" && i.rejected)
        .map((i) => i.origin.file)
        .sort(),
    ).toEqual(spoiled.map(fileOf).sort());
    // Figures around the path give a mix (deterministic for the seed); coordinating units' parts are not judged alone.
    const counted = countPathStatuses(result.entries.map((e) => e.pathStatus));
    expect(counted).toEqual({ on_track: 7, behind: 9, ahead: 5, no_target: 87, not_reported: 0 });
    const partners = result.entries.filter((e) => e.role === "coordinating" && typeof e.actual === "number");
    expect(partners.length).toBeGreaterThan(0);
    for (const e of partners)
      expect([e.pathStatus, e.check]).toEqual([
        undefined,
        "Phần của đơn vị phối hợp: không so riêng với lộ trình của tỉnh (xem số liệu toàn tỉnh ở trang Tổng hợp)",
      ]);
  });

  it("name an edited plan cell with both values and still count the sheet's figures", () => {
    const edited = reports.filter((x) => x.flaw === "plan_edited");
    expect(edited.length).toBeGreaterThan(0);
    for (const r of edited) {
      const cell = `${letter(r, "budget")}${firstRow(r)}`;
      const was = r.spec.table.rows[0]!.values.budget ?? "";
      expect(
        issuesOf(r)
          .filter((i) => i.kind === "plan_edited")
          .map((i) => [i.rejected, i.cell, i.text?.en]),
      ).toEqual([[false, cell, `Plan cell ${cell} was edited: originally «${was}», now «1234»; the row's figures still count`]]);
      expect(entriesOf(r)).toHaveLength(r.spec.table.rows.length);
      expect(result.submissions.find((s) => s.unitId === r.unitId)!.status).not.toBe("rejected");
    }
  });

  it("supersede an older copy, keep the newer one, and list every superseded row", () => {
    const older = reports.filter((x) => x.flaw === "superseded");
    expect(older.length).toBeGreaterThan(0);
    for (const r of older) {
      const newer = reports.find((x) => x.unitId === r.unitId && x.version === 2)!;
      expect(entriesOf(r)).toEqual([]);
      expect(issuesOf(r).filter((i) => i.kind === "superseded")).toHaveLength(entriesOf(newer).length);
      expect(result.superseded).toContainEqual(
        expect.objectContaining({ unitId: r.unitId, origin: { file: fileOf(r), sheet: r.spec.sheetName } }),
      );
    }
  });

  it("judge timeliness against 5 June", () => {
    for (const r of reports.filter((x) => x.version === 2)) {
      const status = result.submissions.find(
        (s) => s.unitId === r.unitId || s.unitId === result.entries.find((e) => e.unitId === r.unitId)?.answeringUnitId,
      )!.status;
      expect([r.flaw, status]).toEqual([r.flaw, r.flaw === "late" ? "late" : "on_time"]);
    }
    expect(result.submissions.filter((s) => s.status === "missing").length).toBe(result.counts.unitsMissing);
  });

  it("bring clean reports through value for value, with provenance", () => {
    const clean = reports.filter((x) => x.flaw === "none");
    expect(clean.length).toBeGreaterThan(10);
    for (const r of clean) {
      expect(issuesOf(r).filter((i) => i.rejected)).toEqual([]);
      const entries = entriesOf(r);
      expect(entries).toHaveLength(r.spec.table.rows.length);
      for (const e of entries) {
        expect(e.origin.sheet).toBe(r.spec.sheetName);
        expect(e.actual ?? null).toEqual(r.fills[e.cell] ?? null);
        expect(e.disbursed ?? null).toEqual(r.fills[e.cell.replace(letter(r, "actual"), letter(r, "disbursed"))] ?? null);
      }
    }
  });

  it("sum to what was typed, per task group", () => {
    const counted = reports.filter((r) => r.flaw !== "superseded");
    for (const g of result.groups) {
      let expected = 0;
      for (const r of counted.filter((x) => x.spec.meta.taskGroup === g.taskGroup)) {
        r.spec.table.rows.forEach((_row, k) => {
          const row = firstRow(r) + k;
          const spoiled = (r.flaw === "text_in_number" || r.flaw === "out_of_range") && `${letter(r, "actual")}${row}` === spoiledCell(r);
          const h = r.fills[`${letter(r, "disbursed")}${row}`];
          if (!spoiled && typeof h === "number") expected += h;
        });
      }
      expect(g.budgetDisbursed).toBeCloseTo(expected, 6);
    }
  });

  it("lose nothing: rows read = accepted + rejected, overall and per file", () => {
    const c = result.counts;
    expect(c.rowsRead).toBe(reports.reduce((n, r) => n + r.spec.table.rows.length, 0));
    expect(c.rowsRead).toBe(c.accepted + c.rejected);
    expect(c.accepted).toBe(result.entries.length);
    expect(c.rejected).toBe(result.issues.filter((i) => i.rejected).length);
    for (const r of reports) {
      expect(entriesOf(r).length + issuesOf(r).filter((i) => i.rejected).length).toBe(r.spec.table.rows.length);
    }
  });
});

describe("sample reports of a whole province (--all-groups)", () => {
  const all = sampleReports(30, PERIOD, 337, { allGroups: true }).filter((r) => r.version === 2);

  it("send each unit's report for every group it answers for on the due date, and no other", () => {
    for (const unit of new Set(all.map((r) => r.unitId))) {
      const groups = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"].filter((g) => rowsOfUnit(unit, g, "2025-06-05").length > 0);
      expect([
        unit,
        all
          .filter((r) => r.unitId === unit)
          .map((r) => r.spec.meta.taskGroup)
          .sort(),
      ]).toEqual([unit, groups.sort()]);
    }
    expect(new Set(all.map((r) => r.spec.meta.taskGroup))).toEqual(new Set(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]));
  });

  it("never disburse more on a row, all units together, than its planned budget", () => {
    const disbursed = new Map<string, number>();
    const planned = new Map<string, number>();
    for (const r of all) {
      const letter = r.spec.table.columns.find((c) => c.key === "disbursed")!.letter;
      r.spec.table.rows.forEach((row, k) => {
        const v = r.fills[`${letter}${r.spec.table.headerRow + 1 + k}`];
        if (typeof v === "number") disbursed.set(row.code, (disbursed.get(row.code) ?? 0) + v);
        if (typeof row.values.budget === "number") planned.set(row.code, row.values.budget);
      });
    }
    expect(disbursed.size).toBeGreaterThan(50);
    for (const [code, sum] of disbursed) expect([code, sum <= planned.get(code)! + 1e-9]).toEqual([code, true]);
  });
});
