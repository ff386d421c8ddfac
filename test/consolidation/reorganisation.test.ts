/**
 * Units merged after a period reported on: their reports are their own for that period. The province merged
 * departments on 1 March 2025 (NN&PTNT and TN&MT → NN&MT; GTVT → Xây dựng; KH&ĐT → Tài chính) and districts
 * earlier (Thông Nông → Hà Quảng, 2020). A 2019 report of Sở NN&PTNT and one of Sở TN&MT in the same task group are
 * two units' reports — both count — while in 2025 a report still made on Sở NN&PTNT's old template is Sở NN&MT's,
 * and a newer one of Sở NN&MT supersedes it; a 2019 header naming Sở TN&MT on Sở NN&PTNT's report is another unit's
 * name. Reports go through validation as a reader hands them over.
 */
import type { RawReport } from "../../src/core/consolidation/report";
import { validateReport } from "../../src/core/consolidation/validate";
import { consolidate } from "../../src/core/consolidation/in-memory";
import { toExcelSerial } from "../../src/core/cells/values";
import { buildTemplate } from "../../src/core/templates/build";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { t } from "../../src/core/i18n/messages";
import { getCatalog } from "../../src/core/plan/catalog";
import { unitOn } from "../../src/core/plan/org";

function templateOf(group: string, unit: string, period: string): TemplateSpecT {
  const r = buildTemplate({ group, unit, period });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
}

/** A unit's report with `actual` typed in every row, sent on `submitted`. */
function sent(spec: TemplateSpecT, actual: number, submitted: number, file: string): RawReport {
  return {
    origin: { file, sheet: spec.sheetName },
    meta: { ...spec.meta },
    unitName: null,
    reporter: "Nguyễn Văn A",
    submitted,
    headers: spec.table.columns.map((c) => c.header),
    rows: spec.table.rows.map((r, i) => ({ row: spec.table.headerRow + 1 + i, cells: { ...r.values, code: r.code, actual } })),
    narrative: { completed: "", ongoing: "", proposals: "" },
  };
}

async function consolidated(period: string, reports: RawReport[]) {
  return consolidate(
    reports.map((r) => validateReport(r, { period })),
    period,
  );
}

describe("reports of units merged after the period", () => {
  it("2019: Sở NN&PTNT's and Sở TN&MT's NV4 reports are two units' reports: every figure of both counts", async () => {
    const nnptnt = templateOf("NV4", "SO_NNPTNT", "2019-H1");
    const tnmt = templateOf("NV4", "SO_TNMT", "2019-H1");
    expect(nnptnt.table.rows.map((r) => r.code)).toEqual(["D.12", "D.14", "D.15"]);
    expect(tnmt.table.rows.map((r) => r.code)).toEqual(["D.12", "D.13", "D.14"]);
    const r = await consolidated("2019-H1", [
      sent(nnptnt, 2, toExcelSerial(2019, 6, 1), "nnptnt.xlsx"),
      sent(tnmt, 3, toExcelSerial(2019, 6, 3), "tnmt.xlsx"),
    ]);
    expect(r.entries.map((e) => [e.origin.file, e.code, e.actual, e.answeringUnitId])).toEqual([
      ["nnptnt.xlsx", "D.12", 2, "SO_NNPTNT"],
      ["nnptnt.xlsx", "D.14", 2, "SO_NNPTNT"],
      ["nnptnt.xlsx", "D.15", 2, "SO_NNPTNT"],
      ["tnmt.xlsx", "D.12", 3, "SO_TNMT"],
      ["tnmt.xlsx", "D.13", 3, "SO_TNMT"],
      ["tnmt.xlsx", "D.14", 3, "SO_TNMT"],
    ]);
    expect(r.superseded).toEqual([]);
    expect(r.issues.filter((i) => i.rejected)).toEqual([]);
    const status = (id: string) => r.submissions.find((s) => s.unitId === id);
    expect(status("SO_NNPTNT")).toMatchObject({ taskGroups: ["NV4"], status: "on_time", submitted: toExcelSerial(2019, 6, 1) });
    expect(status("SO_TNMT")).toMatchObject({ taskGroups: ["NV4"], status: "on_time", submitted: toExcelSerial(2019, 6, 3) });
  });

  it("2019: Sở GTVT's and Sở Xây dựng's NV3 reports both count too", async () => {
    const r = await consolidated("2019-H1", [
      sent(templateOf("NV3", "SO_GTVT", "2019-H1"), 20, toExcelSerial(2019, 6, 4), "gtvt.xlsx"),
      sent(templateOf("NV3", "SO_XD", "2019-H1"), 30, toExcelSerial(2019, 6, 2), "xd.xlsx"),
    ]);
    expect(r.entries.map((e) => [e.origin.file, e.code, e.answeringUnitId])).toEqual([
      ["gtvt.xlsx", "C3.7", "SO_GTVT"],
      ["gtvt.xlsx", "C3.6", "SO_GTVT"],
      ["xd.xlsx", "C1.1", "SO_XD"],
      ["xd.xlsx", "C2.4", "SO_XD"],
    ]);
    expect(r.superseded).toEqual([]);
  });

  it("2025: a report on Sở NN&PTNT's old template is Sở NN&MT's; Sở NN&MT's later report supersedes it", async () => {
    const old = templateOf("NV4", "SO_NNPTNT", "2019-H1");
    // The old unit's template, retitled to the period by hand (as offices do with last year's file).
    const oldIn2025: TemplateSpecT = { ...old, meta: { ...old.meta, period: "2025-H1" } };
    const r = await consolidated("2025-H1", [
      sent(oldIn2025, 2, toExcelSerial(2025, 5, 20), "cu.xlsx"),
      sent(templateOf("NV4", "SO_NNMT", "2025-H1"), 4, toExcelSerial(2025, 6, 2), "moi.xlsx"),
    ]);
    expect(r.entries.map((e) => [e.origin.file, e.code, e.actual, e.answeringUnitId])).toEqual([
      ["moi.xlsx", "D.12", 4, "SO_NNMT"],
      ["moi.xlsx", "D.13", 4, "SO_NNMT"],
      ["moi.xlsx", "D.14", 4, "SO_NNMT"],
      ["moi.xlsx", "D.15", 4, "SO_NNMT"],
    ]);
    expect(r.superseded.map((s) => [s.unitId, s.origin.file, s.standing])).toEqual([["SO_NNPTNT", "cu.xlsx", "superseded"]]);
  });
});

describe("a unit dissolved by the due date with nobody to take over", () => {
  it("its report stays its own: counted, and listed in Submissions with its date and standing", async () => {
    // Sở TT&TT, dissolved on 1 March 2025 (its tasks split between two departments), reports NV1 for 2025-H1 on its
    // 2019 template retitled by hand.
    const old = templateOf("NV1", "SO_TTTT", "2019-H1");
    const late: TemplateSpecT = { ...old, meta: { ...old.meta, period: "2025-H1" } };
    const r = await consolidated("2025-H1", [sent(late, 5, toExcelSerial(2025, 6, 9), "tttt.xlsx")]);
    expect(r.entries.map((e) => [e.origin.file, e.code, e.actual, e.answeringUnitId])).toEqual([["tttt.xlsx", "NV1.2", "5", "SO_TTTT"]]); // a task row keeps its progress as text
    const listed = r.submissions.filter((s) => s.unitId === "SO_TTTT");
    expect(listed).toEqual([
      {
        unitId: "SO_TTTT",
        unitName: "Sở Thông tin và Truyền thông",
        taskGroups: ["NV1"],
        submitted: toExcelSerial(2025, 6, 9),
        status: "late",
      },
    ]);
  });

  it("without a report it is not expected, so not listed as missing", async () => {
    const r = await consolidated("2025-H1", [sent(templateOf("NV4", "SO_NNMT", "2025-H1"), 4, toExcelSerial(2025, 6, 2), "moi.xlsx")]);
    expect(r.submissions.map((s) => s.unitId)).not.toContain("SO_TTTT");
    expect(r.submissions.find((s) => s.unitId === "SO_NNMT")).toMatchObject({ status: "on_time" });
  });
});

describe("the unit answering on a date", () => {
  const answering = (id: string, iso: string) => unitOn(getCatalog().orgUnits, id, iso)?.id;

  it("follows a successor from the day it took over, not before", () => {
    expect(answering("SO_KHDT", "2025-02-28")).toBe("SO_KHDT");
    expect(answering("SO_KHDT", "2025-03-01")).toBe("SO_TC");
    expect(answering("H_THONGNONG", "2019-12-05")).toBe("H_THONGNONG");
    expect(answering("H_THONGNONG", "2025-06-05")).toBe("H_HAQUANG");
    expect(answering("SO_TC", "2025-06-05")).toBe("SO_TC");
    expect(answering("SO_KHONG_CO", "2025-06-05")).toBeUndefined();
    // Dissolved with nobody named to take over: nobody answers (its own report stays its own, see validate.ts).
    expect(answering("SO_TTTT", "2025-06-05")).toBeUndefined();
  });

  it("a 2019 report of Sở NN&PTNT whose header names Sở TN&MT (merged with it only in 2025) is another unit's name", () => {
    const spec = templateOf("NV4", "SO_NNPTNT", "2019-H1");
    const v = validateReport(
      { ...sent(spec, 2, toExcelSerial(2019, 6, 1), "a.xlsx"), unitName: "Sở Tài nguyên và Môi trường" },
      { period: "2019-H1" },
    );
    expect(v.issues.map((i) => [i.kind, i.text?.en])).toEqual([
      [
        "unit_conflict",
        t("issueUnitConflict", { typed: "Sở Tài nguyên và Môi trường", unit: "Sở Nông nghiệp và Phát triển nông thôn" }, "en"),
      ],
    ]);
  });
});
