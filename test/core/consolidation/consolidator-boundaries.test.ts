/**
 * The consolidation engine at its edges, on validated reports built by hand (test/support/validated.ts): two reports
 * of one unit and group dated the same day, the due date and the day after, a unit's latest date, the exact counts,
 * the narratives as listed, the units expected on a due date, and the guards against misuse.
 */
import { Consolidator } from "../../../src/core/consolidation/consolidator";
import { collect, consolidate } from "../../../src/core/consolidation/in-memory";
import type { ValidatedReport } from "../../../src/core/consolidation/validate";
import { toExcelSerial } from "../../../src/core/cells/values";
import { t, type MessageKey, type MessageParams } from "../../../src/core/i18n/messages";
import { PERIOD, validated } from "../../support/validated";

/** "Vietnamese · English", as the engine writes its own issues. */
const both = (key: MessageKey, params: MessageParams = {}) => `${t(key, params, "vi")} · ${t(key, params, "en")}`;

const withNarrative = (v: ValidatedReport, narrative: Partial<ValidatedReport["report"]["narrative"]>): ValidatedReport => ({
  ...v,
  report: { ...v.report, narrative: { completed: "", ongoing: "", proposals: "", ...narrative } },
});

/** 5 June 2025, the due date of 2025-H1. */
const DUE_H1 = 45813;

describe("Consolidator: two reports of one unit and group dated the same day", () => {
  it("different figures: neither counts; each row is a conflict issue naming the other report, with its values", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40, disbursed: 1 }], { file: "a.xlsx", submitted: 45811 }));
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 45 }], { file: "b.xlsx", submitted: 45811 }));
    const r = await collect(engine);
    expect(r.entries).toEqual([]);
    expect(r.issues).toEqual([
      {
        kind: "conflict",
        rejected: true,
        origin: { file: "a.xlsx", sheet: "NV3" },
        cell: "G14",
        code: "C1.3",
        unitId: "SO_TC",
        message: both("issueConflict", { other: "b.xlsx › NV3" }),
        values: { actual: 40, disbursed: 1 },
      },
      {
        kind: "conflict",
        rejected: true,
        origin: { file: "b.xlsx", sheet: "NV3" },
        cell: "G14",
        code: "C1.3",
        unitId: "SO_TC",
        message: both("issueConflict", { other: "a.xlsx › NV3" }),
        values: { actual: 45 },
      },
    ]);
    expect(r.superseded).toEqual([
      { unitId: "SO_TC", taskGroup: "NV3", origin: { file: "a.xlsx", sheet: "NV3" }, submitted: 45811, standing: "conflict" },
      { unitId: "SO_TC", taskGroup: "NV3", origin: { file: "b.xlsx", sheet: "NV3" }, submitted: 45811, standing: "conflict" },
    ]);
    expect(r.submissions.find((s) => s.unitId === "SO_TC")).toEqual({
      unitId: "SO_TC",
      unitName: "Sở Tài chính",
      taskGroups: [],
      submitted: null,
      status: "conflict",
    });
    expect(r.counts).toMatchObject({ sheets: 2, rowsRead: 2, accepted: 0, rejected: 2, warnings: 0 });
  });

  it("identical copies: the one added first counts, the other is superseded as its duplicate", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "b.xlsx", submitted: 45811 }));
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "a.xlsx", submitted: 45811 }));
    const r = await collect(engine);
    expect(r.entries.map((e) => [e.origin.file, e.code, e.actual])).toEqual([["b.xlsx", "C1.3", 40]]);
    expect(r.issues).toEqual([
      {
        kind: "superseded",
        rejected: true,
        origin: { file: "a.xlsx", sheet: "NV3" },
        cell: "G14",
        code: "C1.3",
        unitId: "SO_TC",
        message: both("issueDuplicateCopy", { newer: "b.xlsx › NV3" }),
        values: { actual: 40 },
      },
    ]);
    expect(r.superseded).toEqual([
      { unitId: "SO_TC", taskGroup: "NV3", origin: { file: "a.xlsx", sheet: "NV3" }, submitted: 45811, standing: "superseded" },
    ]);
    expect(r.submissions.find((s) => s.unitId === "SO_TC")).toMatchObject({ submitted: 45811, status: "on_time", taskGroups: ["NV3"] });
    expect(r.counts).toMatchObject({ sheets: 2, rowsRead: 2, accepted: 1, rejected: 1 });
  });

  it("consolidate() takes sheets in file order, so of two copies the first file by name counts, whatever order they came in", async () => {
    const b = validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "b.xlsx", submitted: 45811 });
    const a = validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "a.xlsx", submitted: 45811 });
    const r = await consolidate([b, a], PERIOD);
    expect(r.entries.map((e) => e.origin.file)).toEqual(["a.xlsx"]);
    expect(r.issues.map((i) => [i.kind, i.origin.file, i.message])).toEqual([
      ["superseded", "b.xlsx", both("issueDuplicateCopy", { newer: "a.xlsx › NV3" })],
    ]);
  });

  it("a later date wins over an earlier one, whichever was added first", async () => {
    for (const order of ["newer first", "older first"] as const) {
      const older = validated("SO_TC", "NV3", [{ code: "C1.3", actual: 30 }], { file: "cu.xlsx", submitted: 45800 });
      const newer = validated("SO_TC", "NV3", [{ code: "C1.3", actual: 50 }], { file: "moi.xlsx", submitted: 45812 });
      const engine = new Consolidator(PERIOD);
      for (const v of order === "newer first" ? [newer, older] : [older, newer]) await engine.add(v);
      const r = await collect(engine);
      expect([order, r.entries.map((e) => [e.origin.file, e.actual])]).toEqual([order, [["moi.xlsx", 50]]]);
      expect(r.issues).toEqual([
        {
          kind: "superseded",
          rejected: true,
          origin: { file: "cu.xlsx", sheet: "NV3" },
          cell: "G14",
          code: "C1.3",
          unitId: "SO_TC",
          message: both("issueSuperseded", { newer: "moi.xlsx › NV3" }),
          values: { actual: 30 },
        },
      ]);
      expect(r.submissions.find((s) => s.unitId === "SO_TC")).toMatchObject({ submitted: 45812, status: "on_time" });
    }
  });

  it("an empty report, even a later one, never replaces a filled one", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 30 }], { file: "day.xlsx", submitted: 45800 }));
    await engine.add({
      ...validated("SO_TC", "NV3", [{ code: "C1.3", actual: null }], { file: "trong.xlsx", submitted: 45812 }),
      empty: true,
    });
    const r = await collect(engine);
    expect(r.entries.map((e) => [e.origin.file, e.actual])).toEqual([["day.xlsx", 30]]);
    expect(r.issues.map((i) => [i.kind, i.origin.file, i.message])).toEqual([
      ["superseded", "trong.xlsx", both("issueEmptySuperseded", { newer: "day.xlsx › NV3" })],
    ]);
  });
});

describe("Consolidator: on time or late", () => {
  it("2025-H1 is due 5 June 2025: a report of that day is on time, of the next day late, without a date no_date", async () => {
    const engine = new Consolidator(PERIOD);
    expect(engine.due).toBe(DUE_H1);
    expect(toExcelSerial(2025, 6, 5)).toBe(DUE_H1);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { submitted: DUE_H1 }));
    await engine.add(validated("SO_CT", "NV3", [{ code: "C1.2", actual: 40 }], { submitted: DUE_H1 + 1 }));
    await engine.add({ ...validated("SO_YT", "NV6", [{ code: "DA1.4", actual: "Đang làm" }]), submitted: null });
    const subs = engine.submissions();
    const of = (id: string) => subs.find((s) => s.unitId === id);
    expect(of("SO_TC")).toEqual({ unitId: "SO_TC", unitName: "Sở Tài chính", taskGroups: ["NV3"], submitted: DUE_H1, status: "on_time" });
    expect(of("SO_CT")).toEqual({
      unitId: "SO_CT",
      unitName: "Sở Công Thương",
      taskGroups: ["NV3"],
      submitted: DUE_H1 + 1,
      status: "late",
    });
    expect(of("SO_YT")).toEqual({ unitId: "SO_YT", unitName: "Sở Y tế", taskGroups: ["NV6"], submitted: null, status: "no_date" });
    expect(engine.counts().unitsMissing).toBe(27);
  });

  it("2025-annual is due 5 December 2025: 5 December on time, 6 December late", async () => {
    const engine = new Consolidator("2025-annual");
    expect(engine.due).toBe(toExcelSerial(2025, 12, 5));
    expect(engine.due).toBe(45996);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { period: "2025-annual", submitted: 45996 }));
    await engine.add(validated("SO_CT", "NV3", [{ code: "C1.2", actual: 40 }], { period: "2025-annual", submitted: 45997 }));
    const subs = engine.submissions();
    expect(subs.find((s) => s.unitId === "SO_TC")!.status).toBe("on_time");
    expect(subs.find((s) => s.unitId === "SO_CT")!.status).toBe("late");
  });

  it("a unit with several dated reports (one per group) is dated by the latest of them", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_NNMT", "NV4", [{ code: "D.12", actual: 10 }], { submitted: 45820 }));
    await engine.add(validated("SO_NNMT", "NV3", [{ code: "A.1", actual: 4000 }], { submitted: 45800 }));
    await engine.add(validated("SO_TC", "NV1", [{ code: "NV1.2", actual: "Xong" }], { submitted: 45790 }));
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { submitted: 45812 }));
    const subs = engine.submissions();
    expect(subs.find((s) => s.unitId === "SO_NNMT")).toEqual({
      unitId: "SO_NNMT",
      unitName: "Sở Nông nghiệp và Môi trường",
      taskGroups: ["NV3", "NV4"],
      submitted: 45820,
      status: "late",
    });
    expect(subs.find((s) => s.unitId === "SO_TC")).toMatchObject({ taskGroups: ["NV1", "NV3"], submitted: 45812, status: "on_time" });
  });
});

describe("Consolidator: counts", () => {
  it("warnings are every non-refusing issue of every sheet (counted, superseded, or refused); rejected rows only those with a cell", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(
      validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], {
        file: "a.xlsx",
        submitted: 45812,
        issues: [
          { kind: "out_of_range", rejected: false, cell: "G14" },
          { kind: "dong_amount", rejected: false, cell: "H14" },
          { kind: "plan_edited", rejected: false, cell: "" },
          {},
        ],
      }),
    );
    await engine.add(
      validated("SO_TC", "NV3", [{ code: "C1.3", actual: 30 }], {
        file: "b.xlsx",
        submitted: 45811,
        issues: [{ kind: "blank_header", rejected: false, cell: "D15" }],
      }),
    );
    await engine.add({
      ...validated("SO_CT", "NV3", [], {
        file: "c.xlsx",
        period: "2024-annual",
        issues: [{ kind: "wrong_period", rejected: true, cell: "A20" }],
      }),
      sheetRejected: "wrong_period",
    });
    // A hidden sheet with no rows: listed by one sheet-wide issue (no cell), which is no row refused.
    await engine.add({
      ...validated("SO_YT", "NV6", [], { file: "d.xlsx", issues: [{ kind: "hidden_sheet", rejected: true, cell: "" }] }),
      rowsRead: 0,
      sheetRejected: "hidden_sheet",
    });
    expect(engine.counts()).toEqual({
      files: 4,
      filesListed: 0,
      sheets: 4,
      rowsRead: 4,
      accepted: 1,
      rejected: 3,
      warnings: 4,
      unitsMissing: 27,
    });
    expect(engine.otherPeriods()).toEqual([{ origin: { file: "c.xlsx", sheet: "NV3" }, period: "2024-annual" }]);
    expect(engine.submissions().find((s) => s.unitId === "SO_CT")).toMatchObject({ status: "rejected", submitted: null, taskGroups: [] });
  });

  it("a file listed as unreadable counts as a file, and as a listed one", async () => {
    const engine = new Consolidator(PERIOD);
    engine.addFileIssue({
      kind: "unreadable_file",
      rejected: true,
      origin: { file: "hong.xlsx", sheet: "" },
      cell: "",
      code: "",
      unitId: "",
      message: "x",
    });
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "a.xlsx" }));
    expect(engine.counts()).toEqual({
      files: 2,
      filesListed: 1,
      sheets: 1,
      rowsRead: 1,
      accepted: 1,
      rejected: 0,
      warnings: 0,
      unitsMissing: 29,
    });
  });
});

describe("Consolidator: narratives", () => {
  it("every report with words in it, counted or not, with its standing, sorted by group, unit, file; empty ones left out", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(
      withNarrative(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "tc-moi.xlsx", submitted: 45812 }), {
        completed: "Đã giải ngân đợt 1",
        proposals: "Bổ sung vốn",
      }),
    );
    await engine.add(
      withNarrative(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 30 }], { file: "tc-cu.xlsx", submitted: 45800 }), {
        ongoing: "Đang rà soát",
      }),
    );
    await engine.add(
      withNarrative(
        {
          ...validated("SO_CT", "NV1", [], { file: "ct.xlsx", period: "2024-annual", issues: [{ kind: "wrong_period", cell: "A20" }] }),
          sheetRejected: "wrong_period",
        },
        { proposals: "Xin gia hạn" },
      ),
    );
    await engine.add(validated("SO_YT", "NV6", [{ code: "DA1.4", actual: "Đang làm" }], { file: "yt.xlsx" }));
    await engine.add(
      withNarrative(validated("KHONG_CO", "NV6", [{ code: "DA1.4", actual: "x" }], { file: "la.xlsx" }), { completed: "Không rõ đơn vị" }),
    );
    expect(engine.narratives()).toEqual([
      {
        unitId: "SO_CT",
        unitName: "Sở Công Thương",
        taskGroup: "NV1",
        origin: { file: "ct.xlsx", sheet: "NV1" },
        standing: "refused",
        completed: "",
        ongoing: "",
        proposals: "Xin gia hạn",
      },
      {
        unitId: "SO_TC",
        unitName: "Sở Tài chính",
        taskGroup: "NV3",
        origin: { file: "tc-cu.xlsx", sheet: "NV3" },
        standing: "superseded",
        completed: "",
        ongoing: "Đang rà soát",
        proposals: "",
      },
      {
        unitId: "SO_TC",
        unitName: "Sở Tài chính",
        taskGroup: "NV3",
        origin: { file: "tc-moi.xlsx", sheet: "NV3" },
        standing: "counted",
        completed: "Đã giải ngân đợt 1",
        ongoing: "",
        proposals: "Bổ sung vốn",
      },
      {
        unitId: "KHONG_CO",
        unitName: "KHONG_CO",
        taskGroup: "NV6",
        origin: { file: "la.xlsx", sheet: "NV6" },
        standing: "counted",
        completed: "Không rõ đơn vị",
        ongoing: "",
        proposals: "",
      },
    ]);
  });

  it("both sides of a same-day conflict are listed as conflict", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(withNarrative(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "a.xlsx" }), { completed: "Bản A" }));
    await engine.add(withNarrative(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "b.xlsx" }), { completed: "Bản B" }));
    expect(engine.narratives().map((n) => [n.origin.file, n.standing, n.completed])).toEqual([
      ["a.xlsx", "conflict", "Bản A"],
      ["b.xlsx", "conflict", "Bản B"],
    ]);
  });
});

describe("Consolidator: the units expected on a due date", () => {
  it("5 December 2025 (2025-annual): these twenty units, in catalog order, all missing when nothing was sent", async () => {
    const r = await consolidate([], "2025-annual");
    expect(r.due).toBe(45996);
    expect(r.submissions.map((s) => s.unitId)).toEqual([
      "SO_TC",
      "SO_NV",
      "SO_CT",
      "SO_XD",
      "SO_KHCN",
      "SO_YT",
      "SO_VHTTDL",
      "SO_NNMT",
      "CC_KIEMLAM",
      "CUC_THUE",
      "TT_KHUYENCONG",
      "HOI_NONGDAN",
      "HIEPHOI_DN",
      "LIENHIEP_KHKT",
      "HOI_LHPN",
      "HOI_TCBVNTD",
      "MTTQ",
      "DAI_PTTH",
      "BAO_CB",
      "DIENLUC_CB",
    ]);
    expect(r.submissions.every((s) => s.status === "missing" && s.submitted === null && s.taskGroups.length === 0)).toBe(true);
    expect(r.counts).toEqual({
      files: 0,
      filesListed: 0,
      sheets: 0,
      rowsRead: 0,
      accepted: 0,
      rejected: 0,
      warnings: 0,
      unitsMissing: 20,
    });
  });
});

describe("Consolidator: misuse", () => {
  it("an invalid period is refused at construction, named in the message", () => {
    expect(() => new Consolidator("2025-H3")).toThrow(new Error("invalid period 2025-H3"));
    expect(() => new Consolidator("")).toThrow(new Error("invalid period "));
  });

  it("adding a sheet once the reports were decided (detail replayed) throws", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }]));
    const seen = [];
    for await (const e of engine.detail()) seen.push(e.code);
    expect(seen).toEqual(["C1.3"]);
    await expect(engine.add(validated("SO_CT", "NV3", [{ code: "C1.2", actual: 40 }]))).rejects.toThrow(
      new Error("Consolidator: add after replay"),
    );
  });

  it("adding after counts() (which decides) throws too; before any of it, adding is fine", async () => {
    const engine = new Consolidator(PERIOD);
    await expect(engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }]))).resolves.toBeUndefined();
    expect(engine.counts().sheets).toBe(1);
    await expect(engine.add(validated("SO_CT", "NV3", [{ code: "C1.2", actual: 40 }]))).rejects.toThrow("Consolidator: add after replay");
  });

  it("groupSummary() and sectorSummary() before summarize() throw; after it they answer", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }]));
    expect(() => engine.groupSummary()).toThrow(new Error("Consolidator: groupSummary() before summarize()"));
    expect(() => engine.sectorSummary()).toThrow(new Error("Consolidator: sectorSummary() before summarize()"));
    await engine.summarize();
    expect(Array.isArray(engine.groupSummary())).toBe(true);
    expect(Array.isArray(engine.sectorSummary())).toBe(true);
  });
});

/** A sheet refused whole by validation (old version, wrong period…): its rows stay listed, it never competes. */
const refused = (v: ValidatedReport, kind: NonNullable<ValidatedReport["sheetRejected"]>, period = v.report.meta?.period ?? PERIOD) => ({
  ...v,
  report: { ...v.report, meta: v.report.meta && { ...v.report.meta, period } },
  entries: [],
  sheetRejected: kind,
});

describe("Consolidator: what a sheet not counted leaves in the issues", () => {
  it("its rows in cell order — row, then column — after the sheet's own issues without a cell", async () => {
    const older = validated(
      "SO_TC",
      "NV3",
      [
        { code: "C1.3", actual: 30, disbursed: 2 },
        { code: "C1.4", actual: null },
      ],
      {
        file: "cu.xlsx",
        submitted: 45800,
        // As validation lists them: a row's warnings, then the sheet's (deleted row, no cell), in the order found.
        issues: [
          { kind: "dong_amount", rejected: false, cell: "I14", values: undefined },
          { kind: "plan_edited", rejected: false, cell: "D15", values: undefined },
          { kind: "missing_row", rejected: false, cell: "", values: undefined },
        ],
      },
    );
    older.entries[1]!.status = "Đang thực hiện";
    older.entries[1]!.evidence = "QĐ 12";
    const engine = new Consolidator(PERIOD);
    await engine.add(older);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 50 }], { file: "moi.xlsx", submitted: 45812 }));
    const r = await collect(engine);
    const superseded = both("issueSuperseded", { newer: "moi.xlsx › NV3" });
    expect(r.issues.map((i) => [i.kind, i.cell, i.values, i.kind === "superseded" ? i.message : ""])).toEqual([
      ["missing_row", "", undefined, ""],
      ["superseded", "G14", { actual: 30, disbursed: 2 }, superseded],
      ["dong_amount", "I14", undefined, ""],
      ["plan_edited", "D15", undefined, ""],
      // A row with no figure lists what it held: status and evidence, no actual.
      ["superseded", "G15", { status: "Đang thực hiện", evidence: "QĐ 12" }, superseded],
    ]);
  });
});

describe("Consolidator: a refused sheet never competes", () => {
  it("a later refused sheet of the same unit and group leaves the counted report counted; the unit is on time", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 30 }], { file: "day.xlsx", submitted: 45800 }));
    await engine.add(refused(validated("SO_TC", "NV3", [], { file: "ban-cu.xlsx", submitted: 45812 }), "old_version"));
    const r = await collect(engine);
    expect(r.entries.map((e) => [e.origin.file, e.actual])).toEqual([["day.xlsx", 30]]);
    expect(r.superseded).toEqual([]);
    expect(r.submissions.find((s) => s.unitId === "SO_TC")).toMatchObject({ submitted: 45800, status: "on_time", taskGroups: ["NV3"] });
  });

  it("a unit that sent only refused sheets is 'rejected', not missing — a 2025 sheet of Sở KH&ĐT is Sở Tài chính's", async () => {
    const r = await consolidate([refused(validated("SO_KHDT", "NV3", [], { file: "khdt.xlsx" }), "old_version")], PERIOD);
    expect(r.submissions.find((s) => s.unitId === "SO_TC")).toEqual({
      unitId: "SO_TC",
      unitName: "Sở Tài chính",
      taskGroups: [],
      submitted: null,
      status: "rejected",
    });
    expect(r.counts.unitsMissing).toBe(29);
  });

  it("other periods: only sheets refused for another period are named; the consolidated period's own refusals are not", async () => {
    const r = await consolidate(
      [
        refused(validated("SO_TC", "NV3", [], { file: "a.xlsx" }), "wrong_period", "2024-annual"),
        refused(validated("SO_CT", "NV4", [], { file: "b.xlsx" }), "wrong_period", PERIOD),
        refused(validated("SO_YT", "NV6", [], { file: "c.xlsx" }), "old_version", "2019-H1"),
        {
          ...refused(validated("SO_XD", "NV2", [], { file: "d.xlsx" }), "not_template"),
          unitId: "",
          report: { ...validated("SO_XD", "NV2", []).report, meta: null },
        },
      ],
      PERIOD,
    );
    expect(r.otherPeriods).toEqual([{ origin: { file: "a.xlsx", sheet: "NV3" }, period: "2024-annual" }]);
  });
});

describe("Consolidator: the summary and the reports not counted", () => {
  it("summarize() twice gives the same summary (the accepted figures are added once)", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_NNMT", "NV4", [{ code: "D.12", actual: 4, disbursed: 10 }]));
    await engine.summarize();
    const once = engine.groupSummary();
    await engine.summarize();
    expect(engine.groupSummary()).toEqual(once);
    expect(once.find((g) => g.taskGroup === "NV4")).toMatchObject({ budgetDisbursed: 10 });
  });

  it("superseded() lists the copies not counted, never the one counted", async () => {
    const engine = new Consolidator(PERIOD);
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "a.xlsx", submitted: 45811 }));
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "b.xlsx", submitted: 45811 }));
    await engine.add(validated("SO_TC", "NV3", [{ code: "C1.3", actual: 20 }], { file: "c.xlsx", submitted: 45801 }));
    expect(engine.superseded().map((s) => [s.origin.file, s.standing])).toEqual([
      ["b.xlsx", "superseded"],
      ["c.xlsx", "superseded"],
    ]);
  });

  it("a unit with one group filled and another sent empty is on time, not 'empty'; with both empty it is 'empty'", async () => {
    const filledAndEmpty = await consolidate(
      [
        validated("SO_TC", "NV3", [{ code: "C1.3", actual: 40 }], { file: "a.xlsx" }),
        { ...validated("SO_TC", "NV2", [{ code: "NV2.2", actual: null }], { file: "b.xlsx" }), empty: true },
      ],
      PERIOD,
    );
    expect(filledAndEmpty.submissions.find((s) => s.unitId === "SO_TC")).toMatchObject({ status: "on_time", taskGroups: ["NV2", "NV3"] });
    const bothEmpty = await consolidate(
      [
        { ...validated("SO_TC", "NV3", [{ code: "C1.3", actual: null }], { file: "a.xlsx" }), empty: true },
        { ...validated("SO_TC", "NV2", [{ code: "NV2.2", actual: null }], { file: "b.xlsx" }), empty: true },
      ],
      PERIOD,
    );
    expect(bothEmpty.submissions.find((s) => s.unitId === "SO_TC")).toMatchObject({ status: "empty" });
  });
});
