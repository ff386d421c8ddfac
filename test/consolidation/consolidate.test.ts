/**
 * Reports written as files by the template writer, filled the way staff fill them (including mistakes), read
 * back, validated and consolidated: every row is accepted or rejected with its origin, and nothing is lost.
 */
import ExcelJS from "exceljs";
import { consolidate } from "../../src/core/consolidation/in-memory";
import { validateReport } from "../../src/core/consolidation/validate";
import { check } from "../../src/core/functions/check";
import { countPathStatuses } from "../../src/core/plan/path";
import { toExcelSerial } from "../../src/core/cells/values";
import { buildTemplate } from "../../src/core/templates/build";
import { readReports } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { V1 } from "../support/template-v1";

type Fill = Record<string, ExcelJS.CellValue>;

/** A filled report file: template for (group, unit, period), then the given cells typed in. */
async function reportFile(
  group: string,
  unit: string,
  fill: Fill,
  period = "2025-H1",
  tweak?: (s: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const r = buildTemplate({ group, unit, period, ...V1 });
  if (!r.ok) throw new Error(r.error);
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, r.spec);
  for (const [address, value] of Object.entries(fill)) sheet.getCell(address).value = value;
  tweak?.(sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function run(files: [string, Uint8Array][], period = "2025-H1") {
  const validated = [];
  for (const [name, bytes] of files) for (const raw of await readReports(bytes, name)) validated.push(validateReport(raw, { period }));
  return { validated, result: await consolidate(validated, period) };
}

const onTime = new Date(Date.UTC(2025, 5, 3)); // 3 June 2025, before the 5 June deadline
const late = new Date(Date.UTC(2025, 5, 20));

describe("consolidation from report files", () => {
  it("accepts a clean report, with provenance, its status against the plan's path, and Vietnamese number text", async () => {
    // NV3 rows: A.1 at row 14 … C1.1 at row 27 (percent).
    const bytes = await reportFile("NV3", "SO_NNPTNT", {
      C10: "Nguyễn Văn A",
      C11: onTime,
      G14: 4000,
      H14: 10.5,
      I14: "Đang thực hiện",
      G27: "12,5",
      J27: "Báo cáo số 12",
    });
    const { result } = await run([["so-nn.xlsx", bytes]]);
    expect(result.counts).toMatchObject({ sheets: 1, rowsRead: 24, accepted: 24, rejected: 0 });
    const a1 = result.entries.find((e) => e.code === "A.1")!;
    expect(a1).toMatchObject({
      unitId: "SO_NNPTNT",
      answeringUnitId: "SO_NNMT",
      actual: 4000,
      disbursed: 10.5,
      status: "Đang thực hiện",
      cell: "G14",
      origin: { file: "so-nn.xlsx", sheet: "NV3 Giảm phát thải KNK" },
    });
    expect(result.entries.find((e) => e.code === "C1.1")).toMatchObject({ actual: 12.5, evidence: "Báo cáo số 12" });
    // 4.000 ha and 12,5% in 2025 are behind the path's 2025 points (6.428,57 ha; 52,5%): the entries' status, shown
    // in their check text, and no issue: "out of range" is for implausible values only.
    expect(result.issues).toEqual([]);
    expect(a1).toMatchObject({ pathStatus: "behind", check: "Chậm 2.428,57 ha so với lộ trình 2025 (6.428,57 ha)" });
    expect(result.entries.find((e) => e.code === "C1.1")).toMatchObject({
      pathStatus: "behind",
      check: "Chậm 40 điểm % so với lộ trình 2025 (52,5%)",
    });
    expect(countPathStatuses(result.entries.map((e) => e.pathStatus))).toEqual({
      on_track: 0,
      behind: 2,
      ahead: 0,
      no_target: 0,
      not_reported: 22,
    });
    expect(result.submissions.find((s) => s.unitId === "SO_NNMT")).toMatchObject({ status: "on_time", taskGroups: ["NV3"] });
  });

  it("rejects bad cells with sheet, cell and reason, and keeps rows read = accepted + rejected", async () => {
    const bytes = await reportFile("NV3", "SO_CT", { C11: onTime, G14: "nhiều lắm", G27: 130, H15: -3, G28: -1 });
    const { result } = await run([["so-ct.xlsx", bytes]]);
    const rejected = result.issues.filter((i) => i.rejected);
    expect(rejected.map((i) => [i.kind, i.cell, i.code])).toEqual([
      ["not_a_number", "G14", "A.1"],
      ["out_of_range", "H15", "A.2"],
      ["out_of_range", "G27", "C1.1"],
      ["out_of_range", "G28", "C1.2"],
    ]);
    expect(rejected[0]!.message).toBe("Ô số liệu chứa chữ: nhiều lắm · Text in a number cell: nhiều lắm");
    expect(rejected[2]!.message).toContain("Vượt mức hợp lý (tối đa 100%)");
    expect(result.counts.rowsRead).toBe(result.counts.accepted + result.counts.rejected);
    expect(result.counts).toMatchObject({ rowsRead: 24, accepted: 20, rejected: 4 });
  });

  it("warns on implausible figures only (a fraction on a percentage row, disbursed over 10× the row's budget); the path is a status", async () => {
    // A.1…A.4 at rows 14–17 (planned 38,51 / 533,78 / 15,78 / 24,38 tỷ đồng; 10.000, 3.000, 5.000, 5.000 ha), C1.1 at row 27.
    const fill = { C10: "Trần Văn C", C11: onTime, G27: 0.525, H14: 385.11, H15: 5337.8, G16: 3035.72, G17: 4000, G18: 3035.7 };
    const { result } = await run([["so-ct.xlsx", await reportFile("NV3", "SO_CT", fill)]]);
    expect(result.counts).toMatchObject({ rowsRead: 24, accepted: 24, rejected: 0 });
    expect(result.issues.map((i) => [i.kind, i.rejected, i.cell, i.code])).toEqual([
      ["out_of_range", false, "H14", "A.1"],
      ["out_of_range", false, "G27", "C1.1"],
    ]);
    expect(result.issues[0]!.message).toBe(
      "Giải ngân 385,11 tỷ đồng, hơn 10 lần kinh phí kế hoạch của dòng (38,51 tỷ đồng): kiểm tra đơn vị tính (tỷ đồng) · Disbursed 385.11 billion VND, over 10 times the row's planned budget (38.51 billion VND): check the unit (billion VND)",
    );
    expect(result.issues[1]!.message).toBe(
      '0,525 có vẻ là 52,5% lưu dạng phân số (ô định dạng %) — hãy nhập 52,5; nếu đúng là 0,525%, nhập dạng chữ "0,525%" (mục tiêu 2030: 80%) · 0.525 looks like 52.5% stored as a fraction (a %-formatted cell) — type 52.5; if 0.525% is meant, enter the text "0.525%" (the 2030 target: 80%)',
    );
    // 5.000 ha by 2030 → 3.214,29 ha at the end of 2025, on track from 3.035,71 (mid-2025) to 3.392,86 (mid-2026).
    const byCode = new Map(result.entries.map((e) => [e.code, e]));
    expect(["A.3", "A.4", "A.5", "C1.1"].map((c) => [byCode.get(c)!.actual, byCode.get(c)!.pathStatus, byCode.get(c)!.check])).toEqual([
      [3035.72, "on_track", "OK"],
      [4000, "ahead", "OK"],
      [3035.7, "behind", "Chậm 178,59 ha so với lộ trình 2025 (3.214,29 ha)"],
      [
        0.525,
        "behind",
        '0,525 có vẻ là 52,5% lưu dạng phân số (ô định dạng %) — hãy nhập 52,5; nếu đúng là 0,525%, nhập dạng chữ "0,525%" (mục tiêu 2030: 80%)',
      ],
    ]);
    // One rule: each entry's check text is what TTX.CHECK says for the same figure and report year.
    for (const e of result.entries) if (typeof e.actual === "number") expect(e.check).toBe(check(e.code, e.actual, 2025));
  });

  it("names an edited locked plan cell and still counts the row it belongs to", async () => {
    const bytes = await reportFile(
      "NV4",
      "SO_CT",
      { C11: onTime, C10: "Lê Thị B", G14: 5 },
      "2025-H1",
      (s) => (s.getCell("F14").value = 999),
    );
    const { result } = await run([["edited.xlsx", bytes]]);
    expect(result.counts).toMatchObject({ rowsRead: 4, accepted: 4, rejected: 0 });
    expect(result.issues.filter((i) => i.kind !== "out_of_range").map((i) => [i.kind, i.rejected, i.cell])).toEqual([
      ["plan_edited", false, "F14"],
    ]);
    expect(result.entries.find((e) => e.cell === "G14")).toMatchObject({ actual: 5 });
  });

  it("replaces a resubmission's older report, listing it as superseded, and judges timeliness", async () => {
    const first = await reportFile("NV4", "SO_CT", { C11: onTime, G14: 2 });
    const second = await reportFile("NV4", "SO_CT", { C11: late, G14: 4 });
    const { result } = await run([
      ["v2.xlsx", second],
      ["v1.xlsx", first],
    ]);
    expect(result.entries.filter((e) => e.code === "D.12").map((e) => [e.actual, e.origin.file])).toEqual([[4, "v2.xlsx"]]);
    expect(result.superseded).toEqual([
      expect.objectContaining({ unitId: "SO_CT", taskGroup: "NV4", origin: { file: "v1.xlsx", sheet: "NV4 Năng lượng tái tạo" } }),
    ]);
    expect(result.issues.filter((i) => i.kind === "superseded")).toHaveLength(4);
    expect(result.counts.rowsRead).toBe(result.counts.accepted + result.counts.rejected);
    expect(result.submissions.find((s) => s.unitId === "SO_CT")!.status).toBe("late");
    expect(result.submissions.find((s) => s.unitId === "SO_XD")!.status).toBe("missing");
    expect(result.counts.unitsMissing).toBe(result.submissions.length - 1);
  });

  it("rejects reports for another period and sheets that are not templates", async () => {
    const other = await reportFile("NV2", "SO_CT", { C11: onTime }, "2024-annual");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("A1").value = "không phải mẫu";
    const plain = new Uint8Array(await wb.xlsx.writeBuffer());
    const { result } = await run([
      ["old.xlsx", other],
      ["notes.xlsx", plain],
    ]);
    expect(result.issues.filter((i) => i.kind === "wrong_period")).toHaveLength(5);
    expect(result.issues.find((i) => i.kind === "not_template")).toMatchObject({
      origin: { file: "notes.xlsx", sheet: "Ghi chú" },
      cell: "",
      rejected: true,
    });
    expect(result.counts).toMatchObject({ accepted: 0, rejected: 5 });
  });

  it("is idempotent: the same inputs give the same output", async () => {
    const files: [string, Uint8Array][] = [
      ["a.xlsx", await reportFile("NV3", "SO_CT", { C11: onTime, G20: 3 })],
      ["b.xlsx", await reportFile("NV6", "H_HOAAN", { C11: onTime, G14: "Đã tổ chức 3 lớp" })],
    ];
    const one = (await run(files)).result;
    const two = (await run(files)).result;
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.due).toBe(toExcelSerial(2025, 6, 5));
  });
});
