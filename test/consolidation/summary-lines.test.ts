/**
 * The consolidated Summary's own lines (issue 14, section 4): the period as people write it, the counted items
 * against the path under the counts lines, and a blank mean progress explained under the group table.
 */
import ExcelJS from "exceljs";
import { consolidate, type Consolidation } from "../../src/core/consolidation/consolidate";
import { consolidationLayout, meanProgressNote, periodText } from "../../src/core/consolidation/layout";
import { Consolidator, MemoryStore } from "../../src/core/consolidation/consolidator";
import { validateReport } from "../../src/core/consolidation/validate";
import type { Lang } from "../../src/core/i18n/messages";
import { buildTemplate } from "../../src/core/templates/build";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";

/** A report of `group` by `unit`, sent on time, its result cells (column G from row 14) filled with `values`. */
async function report(group: string, unit: string, values: (number | string | null)[], period = PERIOD): Promise<Uint8Array> {
  const r = buildTemplate({ group, unit, period, ...V1 });
  if (!r.ok) throw new Error(r.error);
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, r.spec);
  sheet.getCell("C10").value = "Nguyễn Văn A";
  sheet.getCell("C11").value = new Date(Date.UTC(2025, 5, 3));
  values.forEach((v, i) => void (sheet.getCell(`G${14 + i}`).value = v));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function run(files: [string, Uint8Array][], period = PERIOD): Promise<Consolidation> {
  const validated = [];
  for (const [name, bytes] of files) for (const raw of await readReports(bytes, name)) validated.push(validateReport(raw, { period }));
  return consolidate(validated, period);
}

const lines = (r: Consolidation, lang: Lang) => consolidationLayout(lang).summary(r).lines.map((l) => [l.row, l.text]);

const files = async (): Promise<[string, Uint8Array][]> => [
  // NV4: four numeric rows (D.12–D.15); NV5: text rows only, one filled.
  ["nv4.xlsx", await report("NV4", "SO_CT", [10, 11, 12, 13])],
  ["nv5.xlsx", await report("NV5", "SO_CT", ["Đã triển khai"])],
];

describe("the Summary's lines", () => {
  let r: Consolidation;
  beforeAll(async () => {
    r = await run(await files());
  });

  it("count each group's entries against the path", () => {
    const byGroup = Object.fromEntries(r.groups.map((g) => [g.taskGroup, g.pathStatuses]));
    expect(byGroup.NV4).toEqual({ on_track: 0, behind: 1, ahead: 3, no_target: 0, not_reported: 0 });
    expect(byGroup.NV5).toEqual({ on_track: 0, behind: 0, ahead: 0, no_target: 33, not_reported: 0 });
    expect(byGroup.NV1).toEqual({ on_track: 0, behind: 0, ahead: 0, no_target: 0, not_reported: 0 });
    // Every counted entry is counted once.
    const total = r.groups.reduce((n, g) => n + Object.values(g.pathStatuses).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(r.entries.length);
  });

  it("in Vietnamese: the period as people write it, the path line under the counts, the blank explained", () => {
    expect(lines(r, "vi")).toEqual([
      [1, "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG TĂNG TRƯỞNG XANH"],
      [2, "Kỳ báo cáo: 6 tháng đầu năm 2025 · Hạn gửi: 05/06/2025"],
      [3, "Số tệp nhận được: 2 = đọc được 2 + chỉ ghi tại trang Vấn đề 0"],
      [4, "Số dòng đọc 37 = chấp nhận 37 + từ chối 0; cảnh báo 0; trang tính 2; đơn vị chưa nộp 30"],
      [5, "Rows read 37 = accepted 37 + rejected 0; warnings 0; sheets 2; units missing 30"],
      [6, "Mục đã tính so với lộ trình: Đúng lộ trình: 0 · Chậm so với lộ trình: 1 · Vượt lộ trình: 3 · Không có chỉ tiêu số: 33 · Chưa báo cáo: 0"],
      [15, "Tiến độ bình quân để trống: nhóm chỉ có nhiệm vụ dạng văn bản, không có chỉ tiêu số (NV1, NV2, NV5, NV6); chưa có số liệu báo cáo để so với chỉ tiêu (NV3)"],
      [27, expect.stringMatching(/^Ước tính = giảm phát thải/)],
    ]);
  });

  it("in English, the same lines", () => {
    expect(lines(r, "en")).toEqual([
      [1, "CONSOLIDATED GREEN GROWTH ACTION PLAN REPORT"],
      [2, "Reporting period: First half of 2025 · Due: 05/06/2025"],
      [3, "Files found: 2 = read 2 + listed on the Issues sheet only 0"],
      [4, "Rows read 37 = accepted 37 + rejected 0; warnings 0; sheets 2; units missing 30"],
      [5, "Số dòng đọc 37 = chấp nhận 37 + từ chối 0; cảnh báo 0; trang tính 2; đơn vị chưa nộp 30"],
      [6, "Counted items against the path: On track: 0 · Behind the path: 1 · Ahead of the path: 3 · No numeric target: 33 · Not reported: 0"],
      [15, "Mean progress left blank: text tasks only, no numeric target (NV1, NV2, NV5, NV6); no figure reported yet to compare with a target (NV3)"],
      [27, expect.stringMatching(/^Estimate = planned 2030 reduction/)],
    ]);
  });

  it("place the note between the group table and the sector table, a blank row before each table", () => {
    const model = consolidationLayout("vi").summary(r);
    // Group table: header at 8, six groups at 9–14; the note at 15; a blank row; the sector table at 17.
    expect(model.tables.map((t) => [t.top, t.rows.length])).toEqual([[8, 6], [17, 8]]);
    expect(model.charts[0]!.categories).toBe("A9:A14");
    const used = new Set<number>();
    for (const l of model.lines) used.add(l.row);
    for (const t of model.tables) for (let row = t.top; row <= t.top + t.rows.length; row++) {
      expect(used.has(row)).toBe(false);
      used.add(row);
    }
  });

  it("move the path line and the tables down under a line naming another period's reports", async () => {
    const withOld = await run([...(await files()), ["cu.xlsx", await report("NV4", "SO_CT", [1], "2024-annual")]]);
    const model = consolidationLayout("en").summary(withOld);
    expect(model.lines.filter((l) => l.row >= 6 && l.row <= 8).map((l) => [l.row, String(l.text).slice(0, 32)])).toEqual([
      [6, "Reports for another period, not "],
      [7, "Counted items against the path: "],
    ]);
    expect(model.tables.map((t) => t.top)).toEqual([9, 18]);
  });

  it("are written to the Summary sheet of the file", async () => {
    const engine = new Consolidator(PERIOD, new MemoryStore());
    for (const [name, bytes] of await files()) for (const raw of await readReports(bytes, name)) await engine.add(validateReport(raw, { period: PERIOD }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await consolidationBuffer(engine)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Tổng hợp")!;
    expect(sheet.getCell("A2").value).toBe("Kỳ báo cáo: 6 tháng đầu năm 2025 · Hạn gửi: 05/06/2025");
    expect(sheet.getCell("A6").value).toMatch(/^Mục đã tính so với lộ trình: Đúng lộ trình: 0 · Chậm so với lộ trình: 1/);
    expect(sheet.getCell("A15").value).toMatch(/^Tiến độ bình quân để trống: /);
    expect(sheet.getCell("A17").value).toBe("Lĩnh vực");
  });
});

describe("helpers", () => {
  it("write a period as people do, and leave a text they do not know as it is", () => {
    expect(["2025-H1", "2025-annual", "sometime"].map((p) => [periodText(p, "vi"), periodText(p, "en")])).toEqual([
      ["6 tháng đầu năm 2025", "First half of 2025"],
      ["Cả năm 2025", "Full year 2025"],
      ["sometime", "sometime"],
    ]);
  });

  it("say nothing when no group's mean progress is blank", () => {
    expect(meanProgressNote([{ taskGroup: "NV4", meanProgress: 0.5, numericItems: 4 }], "vi")).toBeNull();
    expect(meanProgressNote([{ taskGroup: "NV4", meanProgress: null, numericItems: 4 }], "en")).toBe("Mean progress left blank: no figure reported yet to compare with a target (NV4)");
  });
});
