/**
 * The sample generator (consolidation/sample.ts) on its own output, not through consolidation: test/consolidation/
 * samples.test.ts checks what consolidation makes of the samples, which holds just as well for a generator that
 * writes other figures, other cells or other flaws. Pinned here, against expectations computed from the catalog and
 * the assignments (never from the generator):
 * - random(seed): mulberry32, value for value against an independent implementation, deterministic, in [0, 1);
 * - which units report (reportingUnits of the due date, in order, cut to unitCount), on which group (the one the
 *   unit leads most rows in; a tie goes to the earlier group in NV3, NV6, NV5, NV1, NV4, NV2), with allGroups and
 *   allRows;
 * - which report carries which flaw, and what the flaw is: the cell and the value;
 * - every cell filled, and every value within its documented range: reporter, submitted date, narratives, status,
 *   evidence, text rows, actual figures (around the path's point, split between lead and coordinating units) and
 *   disbursements (the unit's share of the budget planned for the years gone), rounded as documented; the share of
 *   the budget at its clamps (2017 and 2040) and in between.
 * Where a range must be reached end to end (1–14 days late, statuses, 0.85–1.2 of the point), the draws are those of
 * fixed seeds: reaching it is a fact of these samples, not a chance; a generator drawing from a narrower range fails.
 * Not pinned, because no input reaches them: rows without an assignment or a catalog entry, a template the generator
 * cannot build, and a number flaw on any row but the first (no template mixes number and text rows).
 */
import { random, sampleReports, type Flaw, type SampleReport } from "../../../src/core/consolidation/sample";
import { toExcelSerial } from "../../../src/core/cells/values";
import { getCatalog } from "../../../src/core/plan/catalog";
import { measuresOf, milestonesFor } from "../../../src/core/plan/milestones";
import { pathStartYear, pathValueAt } from "../../../src/core/plan/path";
import { assignmentsOn, reportingUnits, roleOf, rowsOfUnit } from "../../../src/core/plan/responsibility";
import type { ColumnKeyT } from "../../../src/core/templates/spec";

const PERIOD = "2025-H1";
/** 5 June 2025, the due date of 2025-H1 (the date units and responsibilities are taken on). */
const DUE_ISO = "2025-06-05";
const DUE = 45813;
/** The order sample.ts tries task groups in: of two groups a unit leads as many rows in, the earlier one. */
const GROUP_ORDER = ["NV3", "NV6", "NV5", "NV1", "NV4", "NV2"];

/** A period's year, due date (5 June for H1, 5 December for the annual report) and share of the plan's budget gone. */
interface Period {
  period: string;
  year: number;
  iso: string;
  /** Share of the 2017–2030 budget planned for the years gone: (year − 2017 + ½) / 14, kept within 5%–100%. */
  planShare: number;
  /** The same, as a test name says it. */
  shareText: string;
}
const P2025: Period = { period: PERIOD, year: 2025, iso: DUE_ISO, planShare: 8.5 / 14, shareText: "8.5/14" };
const OTHER_PERIODS: Period[] = [
  // 0.5 / 14 = 3.6%: raised to the floor.
  { period: "2017-H1", year: 2017, iso: "2017-06-05", planShare: 0.05, shareText: "5% (the floor)" },
  { period: "2018-annual", year: 2018, iso: "2018-12-05", planShare: 1.5 / 14, shareText: "1.5/14" },
  { period: "2030-annual", year: 2030, iso: "2030-12-05", planShare: 13.5 / 14, shareText: "13.5/14" },
  // 23.5 / 14: cut to the ceiling.
  { period: "2040-annual", year: 2040, iso: "2040-12-05", planShare: 1, shareText: "all (the ceiling)" },
];

const letterOf = (r: SampleReport, key: ColumnKeyT) => r.spec.table.columns.find((c) => c.key === key)!.letter;
const headerCell = (r: SampleReport, key: string) => r.spec.header.find((h) => h.key === key)!.valueAddress;
/** The address of column `key` on the template's k-th table row (the rows start under the header row). */
const cell = (r: SampleReport, key: ColumnKeyT, k: number) => `${letterOf(r, key)}${r.spec.table.headerRow + 1 + k}`;
const narrativeCells = (r: SampleReport) => r.spec.narrative.map((n) => n.range.split(":")[0]!);
const current = (reports: SampleReport[]) => reports.filter((r) => r.version === 2);
const abbrOf = (unitId: string) => getCatalog().orgUnits.find((u) => u.id === unitId)!.abbr;
/** The template row a number flaw spoils: the first with a numeric actual; -1 where there is none. */
const numberRow = (r: SampleReport) => r.spec.table.rows.findIndex((row) => row.actualKind !== "text");
const isFlawCell = (r: SampleReport, k: number) => (r.flaw === "text_in_number" || r.flaw === "out_of_range") && k === numberRow(r);

/** The group a unit reports on by default: the one it leads most rows in, out of `groups`; the earlier on a tie. */
function mainGroup(unitId: string, iso: string, groups: string[]): string {
  let best = groups[0]!;
  let most = -1;
  for (const g of groups) {
    const leads = rowsOfUnit(unitId, g, iso).filter((r) => r.role === "lead").length;
    if (leads > most) [best, most] = [g, leads];
  }
  return best;
}
const groupsWithRows = (unitId: string, iso: string) => GROUP_ORDER.filter((g) => rowsOfUnit(unitId, g, iso).length > 0);

/**
 * The flaw of the i-th report (sample.ts): reports come in rounds of six; of every three rounds, the second's
 * reports with number cells carry text in a number cell, the third's an impossible figure; of the others every 15th
 * from the 12th has an edited plan cell, and every 5th from the 5th is late.
 */
function expectedFlaw(i: number, hasNumbers: boolean): Flaw {
  const round = Math.floor(i / 6) % 3;
  if (hasNumbers && round === 1) return "text_in_number";
  if (hasNumbers && round === 2) return "out_of_range";
  if (i % 15 === 11) return "plan_edited";
  return i % 5 === 4 ? "late" : "none";
}

/** The point of the plan's path a row's figure is judged at in `year`; undefined where the row has no figure. */
function pathPoint(code: string, year: number): number | undefined {
  const entry = getCatalog().byCode.get(code);
  const measures = entry ? measuresOf(entry) : [];
  const figure = milestonesFor(measures, year)?.measures[0];
  return figure ? pathValueAt(measures, figure, year, pathStartYear(entry)) : undefined;
}

/** A unit's part of a row's amounts: the leads split 90% (all of it where nobody coordinates), the coordinating units 10%. */
function shareOf(unitId: string, code: string, iso: string): number {
  const a = assignmentsOn(iso).find((x) => x.code === code)!;
  if (a.lead.includes(unitId)) return (a.coordinating.length > 0 ? 0.9 : 1) / a.lead.length;
  expect(a.coordinating).toContain(unitId);
  return 0.1 / a.coordinating.length;
}

/** Every cell a report fills: header, narratives, and per row status, evidence, the actual where due, the disbursement where budgeted. */
function expectedCells(r: SampleReport, p: Period): string[] {
  const cells = [headerCell(r, "reporter"), headerCell(r, "submitted"), ...narrativeCells(r)];
  r.spec.table.rows.forEach((row, k) => {
    // A rate is the province's (the lead's); an amount is every unit's own part; a text row is always described.
    const figure =
      row.actualKind === "text" ||
      (pathPoint(row.code, p.year) !== undefined && (row.actualKind === "number" || roleOf(r.unitId, row.code, p.iso) === "lead"));
    if (figure || isFlawCell(r, k)) cells.push(cell(r, "actual", k));
    if (typeof row.values.budget === "number") cells.push(cell(r, "disbursed", k));
    cells.push(cell(r, "status", k), cell(r, "evidence", k));
  });
  if (r.flaw === "plan_edited") cells.push(cell(r, "budget", 0));
  return cells.sort();
}

/** value / expected middle, for the figures and disbursements of `reports`, after checking each against its bounds. */
interface Ratios {
  actual: number[];
  disbursed: number[];
}
function checkAmounts(reports: SampleReport[], p: Period): Ratios {
  const ratios: Ratios = { actual: [], disbursed: [] };
  for (const r of current(reports)) {
    r.spec.table.rows.forEach((row, k) => {
      const share = shareOf(r.unitId, row.code, p.iso);
      const point = pathPoint(row.code, p.year);
      const actual = r.fills[cell(r, "actual", k)];
      if (row.actualKind !== "text" && !isFlawCell(r, k) && actual !== undefined) {
        // 0.85–1.2 of the path's point: a rate whole (at most 100%), an amount the unit's share of it; 1 decimal.
        const middle = row.actualKind === "percent" ? point! : point! * share;
        const cap = row.actualKind === "percent" ? 100 : Infinity;
        expect(typeof actual).toBe("number");
        expect(Math.round((actual as number) * 10) / 10).toBe(actual);
        expect(actual).toBeGreaterThanOrEqual(Math.min(cap, 0.85 * middle) - 0.05 - 1e-9);
        expect(actual).toBeLessThanOrEqual(Math.min(cap, 1.2 * middle) + 0.05 + 1e-9);
        if (middle >= 10 && 1.2 * middle <= cap) ratios.actual.push((actual as number) / middle);
      }
      const disbursed = r.fills[cell(r, "disbursed", k)];
      if (typeof row.values.budget === "number") {
        // Half to all of the unit's share of the budget planned for the years gone; 2 decimals.
        const most = row.values.budget * p.planShare * share;
        expect(typeof disbursed).toBe("number");
        expect(Math.round((disbursed as number) * 100) / 100).toBe(disbursed);
        expect(disbursed).toBeGreaterThanOrEqual(0.5 * most - 0.005 - 1e-9);
        expect(disbursed).toBeLessThanOrEqual(most + 0.005 + 1e-9);
        if (most >= 1) ratios.disbursed.push((disbursed as number) / most);
      }
    });
  }
  return ratios;
}

/**
 * The samples, made afresh in each test that needs them: not in beforeAll, which runs before a mutation run activates
 * its mutant, and not kept from one test for the next, which would credit a mutant's coverage to the first test only
 * (Stryker's jest runner attributes coverage per test).
 */
const main = () => sampleReports(30, PERIOD);
const wide = () => sampleReports(30, PERIOD, 337, { allGroups: true });
/** Five more seeds, every unit and group: enough draws that every documented value range is reached. */
const seeds = () => [1, 2, 3, 4, 5].flatMap((seed) => sampleReports(30, PERIOD, seed, { allGroups: true }));

describe("random: mulberry32", () => {
  it("gives the reference sequence for seeds 0 and 337", () => {
    // Reference values from an independent Python mulberry32 (32-bit arithmetic masked by hand).
    const draws = (seed: number, n: number) => {
      const rnd = random(seed);
      return Array.from({ length: n }, () => rnd());
    };
    expect(draws(0, 5)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111, 0.46732782293111086]);
    expect(draws(337, 5)).toEqual([
      0.019834168488159776, 0.2704704359639436, 0.24212387553416193, 0.35533457598648965, 0.31751407124102116,
    ]);
    // The seed is taken as an unsigned 32-bit integer: -1 is 2^32 - 1.
    expect(draws(-1, 3)).toEqual([0.8964226141106337, 0.189478256739676, 0.7156526781618595]);
    expect(draws(4294967295, 3)).toEqual(draws(-1, 3));
  });

  it("is deterministic for a seed, differs between seeds, and stays in [0, 1)", () => {
    const a = random(42);
    const b = random(42);
    const c = random(43);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 10_000 }, () => c())).not.toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // Spread over the interval, not stuck: every tenth of it is hit about a thousand times.
    const tenths = Array.from({ length: 10 }, (_, d) => xs.filter((x) => Math.floor(x * 10) === d).length);
    for (const n of tenths) expect(n).toBeGreaterThan(900);
  });
});

describe("sampleReports: units, groups and templates", () => {
  it("refuses a period it cannot read, naming it", () => {
    expect(() => sampleReports(3, "2016-H1")).toThrow(new Error("invalid period 2016-H1"));
    expect(() => sampleReports(3, "H1")).toThrow(new Error("invalid period H1"));
  });

  it("the 2025-H1 sample of 30 units, report by report: unit, group, version and flaw", () => {
    expect(main().map((r) => [r.unitId, r.spec.meta.taskGroup, r.version, r.flaw])).toEqual([
      ["SO_TC", "NV5", 2, "none"],
      ["SO_NV", "NV1", 2, "none"],
      ["SO_CT", "NV3", 2, "none"],
      ["SO_XD", "NV6", 2, "none"],
      ["SO_KHCN", "NV6", 2, "late"],
      ["SO_YT", "NV6", 2, "none"],
      ["SO_YT", "NV6", 1, "superseded"],
      ["SO_VHTTDL", "NV6", 2, "none"],
      ["SO_NNMT", "NV3", 2, "text_in_number"],
      ["CC_KIEMLAM", "NV3", 2, "text_in_number"],
      ["CUC_THUE", "NV3", 2, "text_in_number"],
      ["TT_KHUYENCONG", "NV5", 2, "none"],
      ["HOI_NONGDAN", "NV3", 2, "text_in_number"],
      ["HIEPHOI_DN", "NV3", 2, "out_of_range"],
      ["LIENHIEP_KHKT", "NV3", 2, "out_of_range"],
      ["HOI_LHPN", "NV3", 2, "out_of_range"],
      ["HOI_TCBVNTD", "NV3", 2, "out_of_range"],
      ["MTTQ", "NV3", 2, "out_of_range"],
      ["DAI_PTTH", "NV3", 2, "out_of_range"],
      ["DAI_PTTH", "NV3", 1, "superseded"],
      ["BAO_CB", "NV3", 2, "none"],
      ["DIENLUC_CB", "NV3", 2, "late"],
      ["TP_CAOBANG", "NV6", 2, "none"],
      ["H_BAOLAM", "NV6", 2, "none"],
      ["H_BAOLAC", "NV6", 2, "none"],
      ["H_HAQUANG", "NV6", 2, "none"],
      ["H_TRUNGKHANH", "NV6", 2, "late"],
      ["H_HALANG", "NV6", 2, "none"],
      ["H_QUANGHOA", "NV6", 2, "plan_edited"],
      ["H_HOAAN", "NV6", 2, "none"],
      ["H_NGUYENBINH", "NV6", 2, "none"],
      ["H_THACHAN", "NV6", 2, "late"],
      ["H_THACHAN", "NV6", 1, "superseded"],
    ]);
  });

  it("one report per reporting unit of the due date, in order, cut to unitCount", () => {
    const units = reportingUnits(DUE_ISO);
    expect(units).toHaveLength(30);
    expect(current(main()).map((r) => r.unitId)).toEqual(units);
    expect(sampleReports(100, PERIOD).map((r) => r.unitId)).toEqual(main().map((r) => r.unitId));
    expect(current(sampleReports(4, PERIOD)).map((r) => r.unitId)).toEqual(units.slice(0, 4));
    expect(sampleReports(0, PERIOD)).toEqual([]);
  });

  it("each on the group the unit leads most rows in, the earlier group on a tie; the template lists the unit's rows", () => {
    for (const r of current(main())) {
      expect(r.spec.meta.taskGroup).toBe(mainGroup(r.unitId, DUE_ISO, groupsWithRows(r.unitId, DUE_ISO)));
      expect(r.spec.meta).toMatchObject({ unitId: r.unitId, period: PERIOD });
      expect(r.spec.meta.rows).toBeUndefined();
      expect(r.spec.table.rows.map((row) => row.code)).toEqual(rowsOfUnit(r.unitId, r.spec.meta.taskGroup, DUE_ISO).map((x) => x.code));
    }
    const groupOf = (unitId: string) => main().find((r) => r.unitId === unitId)!.spec.meta.taskGroup;
    // Leads one row in each of NV6, NV1 and NV2 and coordinates four in NV5: NV6, the earliest it leads in.
    expect(groupOf("SO_KHCN")).toBe("NV6");
    // Leads one row of NV6 and one of NV1 (every district alike): NV6 comes first.
    expect(groupOf("H_BAOLAM")).toBe("NV6");
    // Leads nothing, coordinates in NV3, NV5 and NV1: the first of those.
    expect(groupOf("CC_KIEMLAM")).toBe("NV3");
  });

  it("with allGroups: one report per unit and group it has rows in, groups in their order", () => {
    const expected = reportingUnits(DUE_ISO).flatMap((u) => groupsWithRows(u, DUE_ISO).map((g) => [u, g]));
    expect(current(wide()).map((r) => [r.unitId, r.spec.meta.taskGroup])).toEqual(expected);
    expect(expected).toHaveLength(89);
    for (const r of current(wide())) {
      expect(r.spec.table.rows.map((row) => row.code)).toEqual(rowsOfUnit(r.unitId, r.spec.meta.taskGroup, DUE_ISO).map((x) => x.code));
    }
  });

  it("with allRows: templates of every row of the group; one per unit (its main group of all six) or one per unit and group", () => {
    const allRowsOf = (group: string) =>
      assignmentsOn(DUE_ISO)
        .filter((a) => a.taskGroup === group)
        .map((a) => a.code);
    const every = current(sampleReports(3, PERIOD, 337, { allRows: true, allGroups: true }));
    expect(every.map((r) => [r.unitId, r.spec.meta.taskGroup])).toEqual(
      reportingUnits(DUE_ISO)
        .slice(0, 3)
        .flatMap((u) => GROUP_ORDER.map((g) => [u, g])),
    );
    for (const r of every) {
      expect(r.spec.meta.rows).toBe("all");
      expect(r.spec.table.rows.map((row) => row.code)).toEqual(allRowsOf(r.spec.meta.taskGroup));
    }
    const one = current(sampleReports(30, PERIOD, 337, { allRows: true }));
    expect(one.map((r) => [r.unitId, r.spec.meta.taskGroup])).toEqual(
      reportingUnits(DUE_ISO).map((u) => [u, mainGroup(u, DUE_ISO, GROUP_ORDER)]),
    );
    // Leads no row at all: the first group, though it has no row there (NV5 without allRows).
    expect(one.find((r) => r.unitId === "TT_KHUYENCONG")!.spec.meta.taskGroup).toBe("NV3");
    for (const r of one) expect(r.spec.table.rows.map((row) => row.code)).toEqual(allRowsOf(r.spec.meta.taskGroup));
  });
});

describe("sampleReports: flaws", () => {
  it("go where the rule puts them, and every 12th report from the 6th has an older copy right after it", () => {
    for (const reports of [main(), wide()]) {
      const issued = current(reports);
      issued.forEach((r, i) => expect([i, r.flaw]).toEqual([i, expectedFlaw(i, numberRow(r) >= 0)]));
      const expected = issued.flatMap((r, i) =>
        i % 12 === 5
          ? [
              [r.unitId, r.spec.meta.taskGroup, 2, r.flaw],
              [r.unitId, r.spec.meta.taskGroup, 1, "superseded"],
            ]
          : [[r.unitId, r.spec.meta.taskGroup, 2, r.flaw]],
      );
      expect(reports.map((r) => [r.unitId, r.spec.meta.taskGroup, r.version, r.flaw])).toEqual(expected);
    }
    // Every kind of flaw occurs, in both runs.
    for (const reports of [main(), wide()]) expect(new Set(reports.map((r) => r.flaw)).size).toBe(6);
  });

  it("text in a number cell: 'chưa có số liệu' as the first numeric actual, and nowhere else", () => {
    const flawed = current(wide()).filter((r) => r.flaw === "text_in_number");
    expect(flawed.length).toBeGreaterThan(3);
    for (const r of flawed) expect(r.fills[cell(r, "actual", numberRow(r))]).toBe("chưa có số liệu");
    for (const r of current(wide()).filter((x) => x.flaw !== "text_in_number"))
      expect(Object.values(r.fills)).not.toContain("chưa có số liệu");
  });

  it("an impossible figure as the first numeric actual: 130 for a percentage, -5 for an amount", () => {
    const flawed = current(wide()).filter((r) => r.flaw === "out_of_range");
    const kinds = flawed.map((r) => r.spec.table.rows[numberRow(r)]!.actualKind);
    expect(new Set(kinds)).toEqual(new Set(["percent", "number"]));
    for (const r of flawed) {
      const percent = r.spec.table.rows[numberRow(r)]!.actualKind === "percent";
      expect(r.fills[cell(r, "actual", numberRow(r))]).toBe(percent ? 130 : -5);
    }
  });

  it("an edited plan cell: 1234 in the first row's budget; no other report writes a plan cell", () => {
    const edited = current(wide()).filter((r) => r.flaw === "plan_edited");
    expect(edited.length).toBeGreaterThan(0);
    for (const r of edited) expect(r.fills[cell(r, "budget", 0)]).toBe(1234);
    for (const r of current(wide()).filter((x) => x.flaw !== "plan_edited")) {
      expect(Object.keys(r.fills).filter((a) => a.startsWith(letterOf(r, "budget")) && /^\d+$/.test(a.slice(1)))).toEqual([]);
    }
  });

  it("dates: a late report 1–14 days after the due date, any other 1–20 days before it, spread over those days", () => {
    const daysLate: number[] = [];
    const daysEarly: number[] = [];
    for (const r of current([...wide(), ...seeds()])) {
      const submitted = r.fills[headerCell(r, "submitted")] as number;
      expect(Number.isInteger(submitted)).toBe(true);
      if (r.flaw === "late") daysLate.push(submitted - DUE);
      else daysEarly.push(DUE - submitted);
    }
    expect(Math.min(...daysLate)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...daysLate)).toBe(14);
    expect(new Set(daysLate).size).toBeGreaterThan(10);
    expect(Math.min(...daysEarly)).toBe(1);
    expect(Math.max(...daysEarly)).toBe(20);
    expect(new Set(daysEarly).size).toBe(20);
  });

  it("a resubmission's older copy: same unit and template, the same cells and values, submitted 3 days earlier", () => {
    for (const reports of [main(), wide()]) {
      reports.forEach((r, j) => {
        if (r.flaw !== "superseded") return;
        const newer = reports[j - 1]!;
        expect(r.version).toBe(1);
        expect([newer.version, newer.unitId, newer.spec]).toEqual([2, r.unitId, r.spec]);
        const submitted = headerCell(r, "submitted");
        expect(r.fills).toEqual({ ...newer.fills, [submitted]: (newer.fills[submitted] as number) - 3 });
      });
    }
  });
});

describe("sampleReports: what is filled in", () => {
  it("exactly the cells due: header, narratives, and per row status, evidence, the actual where due, the disbursement where budgeted", () => {
    for (const r of current([...main(), ...wide()])) expect(Object.keys(r.fills).sort()).toEqual(expectedCells(r, P2025));
  });

  it("the reporter is 'Cán bộ <abbreviation>'; the narratives name the unit and count 1–4 tasks done, 1–6 under way", () => {
    const done = new Set<number>();
    const underWay = new Set<number>();
    for (const r of current([...wide(), ...seeds()])) {
      const abbr = abbrOf(r.unitId);
      expect(r.fills[headerCell(r, "reporter")]).toBe(`Cán bộ ${abbr}`);
      const [completed, ongoing, proposals] = narrativeCells(r).map((a) => r.fills[a] as string);
      const c = /^(.+): hoàn thành (\d+) nhiệm vụ trong kỳ\.$/.exec(completed!)!;
      const o = /^(.+): đang triển khai (\d+) nhiệm vụ\.$/.exec(ongoing!)!;
      expect([c[1], o[1]]).toEqual([abbr, abbr]);
      done.add(Number(c[2]));
      underWay.add(Number(o[2]));
      expect(proposals).toBe(`${abbr} đề nghị bổ sung kinh phí và hướng dẫn chỉ tiêu theo dõi.`);
    }
    expect([...done].sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    expect([...underWay].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("every row: one of the first three statuses, evidence 'Văn bản số NNN/BC'; every text row 'Đã triển khai N hoạt động', N 1–5", () => {
    const statuses = new Set<unknown>();
    const documents = new Set<number>();
    const activities = new Set<number>();
    for (const r of current([...wide(), ...seeds()])) {
      r.spec.table.rows.forEach((row, k) => {
        const status = r.fills[cell(r, "status", k)];
        expect(r.spec.statusValues.slice(0, 3)).toContain(status);
        statuses.add(status);
        const evidence = /^Văn bản số (\d{3})\/BC$/.exec(r.fills[cell(r, "evidence", k)] as string)!;
        documents.add(Number(evidence[1]));
        if (row.actualKind === "text") {
          const text = /^Đã triển khai (\d+) hoạt động$/.exec(r.fills[cell(r, "actual", k)] as string)!;
          activities.add(Number(text[1]));
        }
      });
    }
    expect(statuses).toEqual(new Set(current(wide())[0]!.spec.statusValues.slice(0, 3)));
    expect(Math.min(...documents)).toBeGreaterThanOrEqual(100);
    expect(documents.size).toBeGreaterThan(300);
    expect([...activities].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it("2025-H1 figures: 0.85–1.2 of the path's point (an amount the unit's share), disbursements ½–1 of its share of the budget gone", () => {
    const ratios = checkAmounts([...wide(), ...seeds()], P2025);
    // The draws cover the documented ranges, end to end.
    expect(ratios.actual.length).toBeGreaterThan(200);
    expect(Math.min(...ratios.actual)).toBeLessThan(0.86);
    expect(Math.max(...ratios.actual)).toBeGreaterThan(1.19);
    expect(ratios.disbursed.length).toBeGreaterThan(200);
    expect(Math.min(...ratios.disbursed)).toBeLessThan(0.51);
    expect(Math.max(...ratios.disbursed)).toBeGreaterThan(0.99);
  });

  it("a rate is the lead's alone and capped at 100%: 2030's targets of 90% and 100% are reported as 100 at most", () => {
    const p = OTHER_PERIODS.find((x) => x.year === 2030)!;
    const reports = [1, 2, 3].flatMap((seed) => sampleReports(30, p.period, seed, { allGroups: true }));
    checkAmounts(reports, p);
    const rates = current(reports).flatMap((r) =>
      r.spec.table.rows.flatMap((row, k) => (row.actualKind === "percent" && !isFlawCell(r, k) ? [r.fills[cell(r, "actual", k)]] : [])),
    );
    const given = rates.filter((x) => x !== undefined) as number[];
    expect(given.length).toBeGreaterThan(10);
    expect(Math.max(...given)).toBe(100);
    // Coordinating units leave the rate blank.
    expect(rates.filter((x) => x === undefined).length).toBeGreaterThan(10);
  });

  it.each(OTHER_PERIODS)(
    "$period: the cells due, dates around the due date, disbursements ½–1 of the unit's share of $shareText of the budget",
    (p) => {
      const reports = sampleReports(30, p.period, 337, { allGroups: true });
      for (const r of current(reports)) {
        expect(Object.keys(r.fills).sort()).toEqual(expectedCells(r, p));
        const submitted = r.fills[headerCell(r, "submitted")] as number;
        const due = toExcelSerial(p.year, p.period.endsWith("H1") ? 6 : 12, 5);
        expect(r.flaw === "late" ? submitted > due : submitted < due).toBe(true);
      }
      const ratios = checkAmounts(reports, p);
      expect(ratios.disbursed.length).toBeGreaterThan(20);
    },
  );
});
