/**
 * The consolidated Summary's own lines: the period as people write it, the headline with the
 * items judged on the province's figures, a blank mean progress explained under the group table, another period's
 * reports named where they cannot be missed, and the count check with every unit's figure against the path as a
 * footnote.
 */
import ExcelJS from "exceljs";
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { consolidationLayout, headlineLines, meanProgressNote, pathEntriesLine, periodText } from "../../src/core/consolidation/layout";
import { Consolidator, MemoryStore } from "../../src/core/consolidation/consolidator";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { PERIOD, validated } from "../support/validated";

// NV4: four numeric rows (D.12–D.15), SO_CT leading; NV5: text rows only, one filled.
const reports = () => [
  validated("SO_CT", "NV4", [
    { code: "D.12", actual: 10, pathStatus: "ahead" },
    { code: "D.13", actual: 11, pathStatus: "ahead" },
    { code: "D.14", actual: 12, pathStatus: "behind" },
    { code: "D.15", actual: 13, pathStatus: "ahead" },
  ]),
  validated("SO_CT", "NV5", [{ code: "NV5.1", actual: "Đã triển khai" }]),
];

let r: Consolidation;
beforeAll(async () => {
  r = await consolidate(reports(), PERIOD);
});

const text = (c: Consolidation, lang: "vi" | "en", re: RegExp) =>
  consolidationLayout(lang)
    .summary(c)
    .lines.find((l) => re.test(String(l.text)));

describe("the Summary's lines", () => {
  it("count each group's items against the path by the province's figure, and each unit's figure for the footnote", () => {
    const byGroup = Object.fromEntries(r.groups.map((g) => [g.taskGroup, [g.pathStatuses, g.entryStatuses]]));
    // D.12–D.15 are MW (largest reported): 10 of 11 MW for 2030 is ahead of the 2025 point of its path (from 2021).
    expect(byGroup.NV4![0]).toEqual({ on_track: 0, behind: 1, ahead: 3, no_target: 0, not_reported: 0 });
    expect(byGroup.NV4![1]).toEqual({ on_track: 0, behind: 1, ahead: 3, no_target: 0, not_reported: 0 });
    expect(byGroup.NV5![0]).toMatchObject({ no_target: 33 });
    expect(byGroup.NV5![1]).toMatchObject({ no_target: 1 });
    expect(pathEntriesLine(r.groups, "vi")).toBe(
      "Số liệu từng đơn vị so với lộ trình: Đúng lộ trình: 0 · Chậm so với lộ trình: 1 · Vượt lộ trình: 3 · Không có chỉ tiêu số: 1 · Chưa báo cáo: 0",
    );
  });

  it("give the headline in Vietnamese: units, items judged on the province's figures, budget, GHG", () => {
    const [units, items, budget, ghg] = headlineLines(r, "vi");
    expect(units).toMatch(/^Đơn vị phải báo cáo: \d+ — đúng hạn 1; muộn 0; chưa nộp \d+; đã nhận nhưng chưa nhập số liệu 0; khác 0$/);
    expect(items).toBe(
      "Hạng mục có chỉ tiêu số: 28 — đúng lộ trình 0; chậm so với lộ trình 1; vượt lộ trình 3; chưa có số liệu của tỉnh 24. Hạng mục báo cáo bằng văn bản (không có chỉ tiêu số): 67",
    );
    expect(budget).toMatch(/^Kinh phí: đã giải ngân 0 tỷ đồng \/ kế hoạch 9\.977,92 tỷ đồng \(0%\)/);
    expect(ghg).toMatch(
      /^Giảm phát thải khí nhà kính ước tính: [\d.,]+ \/ 11\.189,67 nghìn tấn CO2 theo kế hoạch đến năm 2030 \([\d,]+%\)$/,
    );
  });

  it("and in English", () => {
    expect(headlineLines(r, "en")[1]).toBe(
      "Items with a numeric target: 28 — on track 0; behind the path 1; ahead of the path 3; no province figure yet 24. Items reported as text (no numeric target): 67",
    );
    expect(text(r, "en", /^Progress of the/)!.text).toBe(
      "Progress of the Cao Bang Green Growth Action Plan (Decision 337/QĐ-UBND), first half of 2025",
    );
  });

  it("explain a blank mean progress right under the group table, before the charts", () => {
    const model = consolidationLayout("vi").summary(r);
    const groups = model.tables[0]!;
    const note = text(r, "vi", /^Tiến độ bình quân để trống: /)!;
    expect(note.text).toBe(
      "Tiến độ bình quân để trống: nhóm chỉ có nhiệm vụ dạng văn bản, không có chỉ tiêu số (NV1, NV2, NV5, NV6); chưa có số liệu báo cáo để so với chỉ tiêu (NV3)",
    );
    expect(note.row).toBe(groups.top + groups.rows.length + 1);
    expect(model.charts[0]!.categories).toBe(`A${groups.top + 1}:A${groups.top + 6}`);
    expect(Number(/\d+/.exec(model.charts[0]!.anchor)![0])).toBeGreaterThan(note.row);
    // No line sits on a table row.
    const used = new Set(model.lines.map((l) => l.row));
    for (const t of model.tables) for (let row = t.top; row <= t.top + t.rows.length; row++) expect(used.has(row)).toBe(false);
  });

  it("name another period's reports under the headline, in bold", async () => {
    const withOld = await consolidate(
      [
        ...reports(),
        {
          ...validated("SO_CT", "NV4", [{ code: "D.12", actual: 1 }], { file: "cu.xlsx", period: "2024-annual" }),
          sheetRejected: "wrong_period" as const,
        },
      ],
      PERIOD,
    );
    const line = text(withOld, "en", /^Reports for another period, not counted \(1\): cu\.xlsx › NV4 \(2024-annual\)$/)!;
    const ghg = text(withOld, "en", /^Estimated greenhouse gas reduction/)!;
    expect(line.row).toBe(ghg.row + 1);
    expect(line.bold).toBe(true);
  });

  it("are written to the Summary sheet of the file", async () => {
    const engine = new Consolidator(PERIOD, new MemoryStore());
    for (const v of reports()) await engine.add(v);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await consolidationBuffer(engine)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Tổng hợp")!;
    const model = consolidationLayout("vi").summary({ ...(await consolidate(reports(), PERIOD)) });
    for (const line of model.lines) expect([line.row, sheet.getCell(line.row, line.from ?? 1).value]).toEqual([line.row, line.text]);
    expect(sheet.getCell("A7").value).toBe(
      "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND) 6 tháng đầu năm 2025",
    );
  });
});

describe("helpers", () => {
  it("write a period as people do, and leave a text they do not know as it is", () => {
    expect(["2025-H1", "2025-annual", "sometime"].map((p) => [periodText(p, "vi"), periodText(p, "en")])).toEqual([
      ["6 tháng đầu năm 2025", "first half of 2025"],
      ["năm 2025", "year 2025"],
      ["sometime", "sometime"],
    ]);
  });

  it("say nothing when no group's mean progress is blank", () => {
    expect(meanProgressNote([{ taskGroup: "NV4", meanProgress: 0.5, numericItems: 4 }], "vi")).toBeNull();
    expect(meanProgressNote([{ taskGroup: "NV4", meanProgress: null, numericItems: 4 }], "en")).toBe(
      "Mean progress left blank: no figure reported yet to compare with a target (NV4)",
    );
  });
});
