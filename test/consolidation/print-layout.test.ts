/**
 * Every sheet of the consolidated workbook prints readably on A4 landscape, in both writers: fitted to
 * the page's width (not its height), header row repeated, page numbers in the footer, and columns narrow enough
 * that the text stays at 9 pt or more once fitted. The Summary opens with the Decree 30 heading and ends with the
 * signature block; Detail shows the item, the role and the progress beside each figure; Issues one language a column.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { Consolidator, MemoryStore } from "../../src/core/consolidation/consolidator";
import { PRINT, consolidationLayout, focalUnit, issueText, printScale, type TableLayout } from "../../src/core/consolidation/layout";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { createFakeExcel, type FakeWorksheet } from "../support/fake-excel";
import { PERIOD, validated } from "../support/validated";

const MIN_SCALE = PRINT.minPrintedFont / PRINT.baseFont;

// Sở Công Thương reports NV4 (D.12: 5 MW, 12.5 bn disbursed; a refused cell); Sở Xây dựng leads C1.1 (40%).
const reports = () => [
  validated(
    "SO_CT",
    "NV4",
    [
      { code: "D.12", actual: 5, disbursed: 12.5, role: "lead" },
      { code: "D.13", actual: null, role: "lead" },
    ],
    { issues: [{}] },
  ),
  validated("SO_XD", "NV3", [{ code: "C1.1", actual: 40, role: "lead" }]),
];

let result: Consolidation;
beforeAll(async () => {
  result = await consolidate(reports(), PERIOD);
});

const layout = consolidationLayout("vi");
const lists: [string, TableLayout][] = [
  ["Chi tiết", layout.detail],
  ["Nộp báo cáo", layout.submissions],
  ["Vấn đề", layout.issues],
  ["Thuyết minh", layout.narratives],
  ["Văn bản dài", layout.longTexts],
];
const printed = (l: TableLayout) => l.widths.slice(0, l.printColumns ?? l.widths.length);

describe("the layout's columns fit A4 landscape at 9 pt or more", () => {
  it.each(lists)("%s", (_name, l) => {
    expect(printScale(printed(l))).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(PRINT.baseFont * printScale(printed(l))).toBeGreaterThanOrEqual(9);
  });
  it("Tổng hợp", () => {
    const model = layout.summary(result);
    expect(model.widths).toHaveLength(12);
    expect(printScale(model.widths)).toBeGreaterThanOrEqual(MIN_SCALE);
    for (const t of model.tables) expect(t.layout.widths).toBe(model.widths);
  });
  it("the scale is what fitting gives: printable width over the columns' width, never above 1", () => {
    expect(printScale([10])).toBe(1);
    // 200 characters: (200 × 7 + 5) × 0.75 pt each … far wider than the 784 pt between 0.4" margins.
    expect(printScale([100, 100])).toBeCloseTo((841.89 - 57.6) / (2 * (100 * 7 + 5) * 0.75), 3);
  });
});

describe("the Summary as a report the province signs", () => {
  it("opens with the Decree 30 heading: agency (the focal department on the due date), motto, number, place and date, title", () => {
    const lines = layout
      .summary(result)
      .lines.filter((l) => l.row <= 8)
      .map((l) => [l.row, l.from ?? 1, l.text]);
    expect(lines).toEqual([
      [1, 1, "UBND TỈNH CAO BẰNG"],
      [1, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [2, 1, "SỞ TÀI CHÍNH"],
      [2, 5, "Độc lập - Tự do - Hạnh phúc"],
      [4, 1, "Số: …/BC-STC"],
      [4, 5, "Cao Bằng, ngày … tháng … năm 2025"],
      [6, 1, "BÁO CÁO"],
      [7, 1, "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND) 6 tháng đầu năm 2025"],
      [8, 1, "Hạn gửi báo cáo của các đơn vị: 05/06/2025"],
    ]);
  });

  it("names Sở KH&ĐT for reports due before 1 March 2025 and Sở Tài chính from then on", () => {
    expect([focalUnit("2024-annual")?.id, focalUnit("2025-H1")?.id]).toEqual(["SO_KHDT", "SO_TC"]);
    expect(
      consolidationLayout("vi")
        .summary({ ...result, period: "2024-annual" })
        .lines.find((l) => l.row === 2 && (l.from ?? 1) === 1)!.text,
    ).toBe("SỞ KẾ HOẠCH VÀ ĐẦU TƯ");
  });

  it("gives the headline before the tables, the count check as a footnote after them, and the signature block last", () => {
    const model = layout.summary(result);
    const text = (re: RegExp) => model.lines.find((l) => re.test(String(l.text)))!;
    const units = text(/^Đơn vị phải báo cáo: /);
    expect(units.text).toMatch(/— đúng hạn 2; muộn 0; chưa nộp \d+; đã nhận nhưng chưa nhập số liệu 0; khác 0$/);
    expect(text(/^Hạng mục có chỉ tiêu số: 28 — /).row).toBe(units.row + 1);
    expect(text(/^Kinh phí: đã giải ngân 12,5 tỷ đồng \/ kế hoạch [\d.,]+ tỷ đồng/).row).toBe(units.row + 2);
    expect(text(/^Giảm phát thải khí nhà kính ước tính: /).row).toBe(units.row + 3);
    const firstTable = Math.min(...model.tables.map((t) => t.top));
    expect(units.row).toBeLessThan(firstTable);
    const counts = text(/^Số dòng đọc /);
    expect(counts.row).toBeGreaterThan(Math.max(...model.tables.map((t) => t.top + t.rows.length)));
    expect(counts.italic).toBe(true);
    const signer = text(/^THỦ TRƯỞNG CƠ QUAN$/);
    expect(signer.row).toBeGreaterThan(counts.row);
    expect(text(/^\(Ký, ghi rõ họ tên, đóng dấu\)$/).row).toBe(signer.row + 1);
    expect(model.lines.find((l) => l.row === signer.row && (l.from ?? 1) === 1)!.text).toBe("NGƯỜI LẬP BIỂU");
    const recipients = text(/^Nơi nhận:$/);
    expect(model.lines.filter((l) => l.row > recipients.row).map((l) => l.text)).toEqual([
      "- UBND tỉnh (để báo cáo);",
      "- Các sở, ban, ngành, đơn vị có liên quan;",
      "- Lưu: VT, Sở TC.",
    ]);
  });

  it("lists every item with the province's figure by its rule, and says why a figure is blank", () => {
    const items = layout.summary(result).tables.find((t) => t.layout.name === "TTX_Summary_Items")!;
    expect(items.rows).toHaveLength(95);
    const row = (code: string) => items.rows.find((r) => r[0] === code)!;
    // D.12 (MW, max): SO_CT's 5 MW of 11; C1.1 (percent, lead SO_XD): 40%.
    expect(row("D.12").slice(2, 8)).toEqual(["Lớn nhất", "MW", 1, 1, 5, 5 / 11]);
    expect(row("C1.1").slice(2, 7)).toEqual(["Đơn vị chủ trì", "%", 1, 1, 40]);
    expect(row("D.13")[11]).toBe("Chưa có đơn vị nào báo cáo số liệu");
    expect(row("D.13")[4]).toBe(1);
    expect(row("NV1.1")[11]).toBe("Văn bản: nội dung từng đơn vị ở trang Chi tiết");
  });
});

describe("Detail and Issues", () => {
  it("Detail shows the item, the unit's role and the progress beside the figure", () => {
    const d12 = result.entries.find((e) => e.code === "D.12")!;
    const row = layout.detailRow(d12);
    expect(layout.detail.headers.slice(0, 9)).toEqual([
      "Mã",
      "Nhóm",
      "Hạng mục",
      "Đơn vị",
      "Vai trò",
      "Kết quả",
      "Tiến độ",
      "Kiểm tra so với lộ trình",
      "Giải ngân (tỷ đồng)",
    ]);
    expect(row.slice(0, 7)).toEqual(["D.12", "NV4", "Sản xuất điện từ sinh khối và khí sinh học.", "SO_CT", "Chủ trì", 5, 5 / 11]);
    expect(row[11]).toBe("Sở Công Thương"); // the unit carrying it today, by name (the unit as reported is shown as the report named it)
    expect(row[8]).toBe(12.5);
    expect(layout.detailRow({ ...d12, role: "coordinating" })[4]).toBe("Phối hợp");
    expect(layout.detailRow({ ...d12, role: null })[4]).toBe("—");
  });

  it("Issues puts each language in its own column, the workbook's first; a message alone is split", () => {
    const issue = result.issues.find((i) => i.kind === "not_a_number")!;
    const row = layout.issueRow(issue);
    expect(row.slice(12)).toEqual(["Ô số liệu chứa chữ: nhiều", "Text in a number cell: nhiều"]);
    expect(consolidationLayout("en").issueRow(issue).slice(12)).toEqual(["Text in a number cell: nhiều", "Ô số liệu chứa chữ: nhiều"]);
    expect(issueText({ message: "Một · One" }, "en")).toBe("One");
    // A message in one language only is shown once, in the first column.
    expect(layout.issueRow({ ...issue, text: undefined, message: "m0" }).slice(12)).toEqual(["m0", null]);
  });
});

/** Column widths of a sheet read back (characters), defaulting as Excel does. */
const widthsOf = (sheet: ExcelJS.Worksheet, n: number) => Array.from({ length: n }, (_, i) => sheet.getColumn(i + 1).width ?? 9.140625);

describe("the file writer's print setup", () => {
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    const engine = new Consolidator(PERIOD, new MemoryStore());
    for (const r of reports()) await engine.add(r);
    const bytes = await consolidationBuffer(engine);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    zip = await JSZip.loadAsync(bytes);
  });

  it("sets A4 landscape, one page wide and free in height, margins and page numbers on every sheet", async () => {
    for (let i = 1; i <= wb.worksheets.length; i++) {
      const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string");
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toContain('<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
      expect(xml).toContain("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>");
    }
  });

  it("starts a printed page at the Summary's charts and at its item table", async () => {
    const model = layout.summary(result);
    expect(model.pageBreaks).toEqual([
      Number(/\d+/.exec(model.charts[0]!.anchor)![0]),
      model.tables.find((t) => t.layout.name === "TTX_Summary_Items")!.top - 1,
    ]);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain(
      `<rowBreaks count="2" manualBreakCount="2"><brk id="${model.pageBreaks[0]! - 1}" max="16383" man="1"/><brk id="${model.pageBreaks[1]! - 1}" max="16383" man="1"/></rowBreaks>`,
    );
  });

  it("repeats each list's header row and leaves provenance columns off paper", async () => {
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    for (const name of ["Chi tiết", "Nộp báo cáo", "Vấn đề", "Thuyết minh"])
      expect(workbook).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${wb.worksheets.findIndex((s) => s.name === name)}">&apos;${name}&apos;!$1:$1</definedName>`,
      );
    expect(workbook).toContain(`&apos;Chi tiết&apos;!$A:$K`);
    expect(workbook).toContain(`&apos;Thuyết minh&apos;!$A:$F`);
  });

  it("keeps every cell at 9 pt or more once the printed columns are fitted to the page", () => {
    for (const [name, l] of [
      ...lists.slice(0, 4),
      ["Tổng hợp", { widths: layout.summary(result).widths } as TableLayout] as [string, TableLayout],
    ]) {
      const sheet = wb.getWorksheet(name)!;
      const scale = printScale(widthsOf(sheet, printed(l).length));
      expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
      let smallest = Infinity;
      sheet.eachRow((row) => row.eachCell((cell) => void (smallest = Math.min(smallest, cell.font?.size ?? PRINT.baseFont))));
      expect(smallest * scale).toBeGreaterThanOrEqual(9);
    }
  });

  it("wraps long texts: the item on Detail, the reasons on Issues", () => {
    expect(wb.getWorksheet("Chi tiết")!.getCell("C2").alignment).toMatchObject({ wrapText: true });
    expect(wb.getWorksheet("Vấn đề")!.getCell("M2").alignment).toMatchObject({ wrapText: true });
    expect(wb.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("UBND TỈNH CAO BẰNG");
  });
});

describe("the add-in's print setup (Office.js, through the fake Excel)", () => {
  let sheets: ReturnType<typeof createFakeExcel>["sheets"];
  beforeAll(async () => {
    const fake = createFakeExcel();
    sheets = fake.sheets;
    await writeConsolidationToWorkbook(fake.context, result);
  });
  const page = (s: FakeWorksheet) => s.pageLayout as Record<string, any>;

  it("sets A4 landscape, one page wide (height free), margins and page numbers on every sheet", () => {
    for (const sheet of sheets.sheets) {
      expect(page(sheet)).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1 },
        leftMargin: 28.8,
        rightMargin: 28.8,
      });
      expect(page(sheet).topMargin).toBeCloseTo(43.2);
      expect(page(sheet).zoom.verticalFitToPages).toBeUndefined();
      expect(page(sheet).headersFooters.defaultForAllPages.centerFooter).toBe("Trang &P/&N");
    }
  });

  it("repeats each list's header row and leaves provenance columns off paper", () => {
    for (const [name] of lists.slice(0, 4)) expect(page(sheets.getItem(name)).printTitleRows).toBe("$1:$1");
    expect(page(sheets.getItem("Chi tiết")).printArea).toBe("A:K");
    expect(page(sheets.getItem("Tổng hợp")).printTitleRows).toBeUndefined();
  });

  it("keeps every font at 9 pt or more once the printed columns are fitted to the page", () => {
    for (const [name, l] of [
      ...lists.slice(0, 4),
      ["Tổng hợp", { widths: layout.summary(result).widths } as TableLayout] as [string, TableLayout],
    ]) {
      const sheet = sheets.getItem(name);
      const widths = printed(l).map((_w, i) => sheet.columnWidths.get(String.fromCharCode(65 + i))! / 5.25);
      const scale = printScale(widths);
      expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
      const sizes = [
        ...[...sheet.cells.values()].map((c) => c.fontSize),
        ...[...sheet.columnFormats.values()].map((c) => c.fontSize),
      ].filter((s): s is number => s !== undefined);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes) * scale).toBeGreaterThanOrEqual(9);
    }
    expect(sheets.getItem("Tổng hợp").cell("A6").fontSize).toBe(14);
  });

  it("starts a printed page at the Summary's charts and at its item table", () => {
    expect(sheets.getItem("Tổng hợp").pageBreaks).toEqual(layout.summary(result).pageBreaks.map((row) => `A${row}`));
  });

  it("writes the Decree 30 heading merged side by side, and wraps the lists' long columns", () => {
    const summary = sheets.getItem("Tổng hợp");
    expect(summary.merges.slice(0, 4)).toEqual(["A1:B1", "E1:L1", "A2:B2", "E2:L2"]);
    expect(summary.valueAt("E1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheets.getItem("Chi tiết").columnFormats.get("C")).toMatchObject({ wrap: true, fontSize: 11 });
  });
});
