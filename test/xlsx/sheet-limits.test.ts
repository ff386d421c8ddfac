/**
 * Excel's limits in the consolidated file: a list longer than a sheet goes on to "Chi tiết (2)"…
 * with the same header row, a text longer than a cell shows its beginning and a marker, its full text in pieces on
 * the Long texts sheet, and the summary says both. The row limit is a parameter: the boundary is shown with small
 * numbers (a sheet of `rows` rows holds rows − 1 data rows under its header); the cell limit is Excel's own.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { collect } from "../../src/core/consolidation/in-memory";
import { Consolidator, type Narrative } from "../../src/core/consolidation/consolidator";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import type { Entry, Issue } from "../../src/core/consolidation/report";
import { EXCEL_MAX_CHARS, EXCEL_MAX_ROWS, SheetBook, pieces } from "../../src/core/consolidation/sheet-limits";
import { validateReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { consolidationBuffer, reserveFirst } from "../../src/xlsx/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { entry, issue, PERIOD, rowBoundaries } from "../support/limit-rows";
import { V1 } from "../support/template-v1";

const layout = consolidationLayout("vi");

/**
 * The engine with chosen Detail, Issues and Narratives rows (and no units expected, so Submissions is one header
 * row): the writer streams them as it would a real run's.
 */
class Rows extends Consolidator {
  constructor(
    private readonly e: Entry[],
    private readonly i: Issue[],
    private readonly n: Narrative[] = [],
  ) {
    super(PERIOD);
  }
  override async *detail(): AsyncGenerator<Entry> {
    yield* this.e;
  }
  override async *issues(): AsyncGenerator<Issue> {
    yield* this.i;
  }
  override narratives(): Narrative[] {
    return this.n;
  }
  override submissions(): ReturnType<Consolidator["submissions"]> {
    return [];
  }
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};
/** The autofilter each sheet got, straight from its part (ExcelJS does not read it back). */
async function autoFilters(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new Map(
    [...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="(rId\d+)"/g)].map((m) => [m[1] ?? m[4]!, m[2] ?? m[3]!]),
  );
  const out = new Map<string, string>();
  for (const m of book.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)) {
    const xml = await zip.file(`xl/${target.get(m[2]!)!.replace(/^\//, "")}`)!.async("string");
    out.set(m[1]!.replace(/&amp;/g, "&"), /<autoFilter ref="([^"]+)"/.exec(xml)?.[1] ?? "");
  }
  return out;
}
const bottomOf = (ref: string) => Number(/(\d+)$/.exec(ref)?.[1]);

describe("sheet names and pieces (core)", () => {
  it("continuation sheets are 'first (k)', within 31 characters, never a name already taken", () => {
    const book = new SheetBook("vi", { rows: 3 }, ["Chi tiết (2)", "A".repeat(31)]);
    expect(book.sheetOf("Chi tiết", 0)).toBe("Chi tiết");
    expect(book.sheetOf("Chi tiết", 2)).toBe("Chi tiết (3)");
    expect(book.sheetOf("Chi tiết", 1)).toBe("Chi tiết (2-2)");
    const long = "B".repeat(31);
    expect(book.sheetOf(long, 1)).toBe(`${"B".repeat(27)} (2)`);
    expect(book.place("Vấn đề", 0)).toEqual({ sheet: "Vấn đề", row: 2 });
    expect(book.place("Vấn đề", 1)).toEqual({ sheet: "Vấn đề", row: 3 });
    expect(book.place("Vấn đề", 2)).toEqual({ sheet: "Vấn đề (2)", row: 2 });
    expect(book.claim("chi tiết (3)")).toBe("chi tiết (3) (2)"); // case-insensitive, as Excel compares
  });

  it("pieces never split a surrogate pair and join back to the text", () => {
    const text = `${"a".repeat(4)}😀${"b".repeat(5)}😀`;
    const parts = pieces(text, 5);
    expect(parts.join("")).toBe(text);
    expect(parts.every((p) => p.length <= 5 && !/[\uD800-\uDBFF]$/.test(p) && !/^[\uDC00-\uDFFF]/.test(p))).toBe(true);
  });

  it("a text of exactly 32,767 characters is kept; 32,768 is cut to 32,767 with a marker, in full on Long texts", () => {
    const book = new SheetBook("en");
    const exact = "x".repeat(EXCEL_MAX_CHARS);
    const row = ["a", exact];
    expect(book.fit(row, "Detail", 2)).toBe(row);
    const over = `${"y".repeat(EXCEL_MAX_CHARS)}Z`;
    const [, cut] = book.fit(["a", over], "Detail", 7) as [string, string];
    expect(cut.length).toBeLessThanOrEqual(EXCEL_MAX_CHARS);
    const shown = cut.indexOf("…");
    expect(cut.slice(shown)).toBe(
      `… [${(over.length - shown).toLocaleString("en")} characters cut; full text on sheet “Long texts” from row 2, in 2 parts]`,
    );
    expect(over.startsWith(cut.slice(0, shown))).toBe(true);
    expect(book.longTextRows()).toEqual([
      ["Detail", "B7", 1, 2, over.length, over.slice(0, EXCEL_MAX_CHARS)],
      ["Detail", "B7", 2, 2, over.length, "Z"],
    ]);
    expect(book.facts()).toMatchObject({ longTexts: { sheet: "Long texts", cells: 1 }, continued: [] });
  });
});

describe("the file writer at Excel's row limit", () => {
  // A sheet of `rows` rows: the header and rows − 1 data rows.
  const rows = 6;
  it.each(rowBoundaries(rows))("%s (%i): every row once, in order, on %i sheet(s)", async (_name, count, sheetsWanted) => {
    const entries = Array.from({ length: count }, (_, i) => entry(i));
    const issues = Array.from({ length: count }, (_, i) => issue(i));
    const bytes = await consolidationBuffer(new Rows(entries, issues), { limits: { rows } });
    const wb = await load(bytes);
    const detailSheets = wb.worksheets.filter((s) => s.name.startsWith("Chi tiết"));
    const issueSheets = wb.worksheets.filter((s) => s.name.startsWith("Vấn đề"));
    const expectedNames = (first: string) => [first, ...Array.from({ length: sheetsWanted - 1 }, (_, k) => `${first} (${k + 2})`)];
    expect(detailSheets.map((s) => s.name)).toEqual(expectedNames("Chi tiết"));
    expect(issueSheets.map((s) => s.name)).toEqual(expectedNames("Vấn đề"));
    // Tab order: summary first, each list's sheets together, in the layout's order.
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      ...expectedNames("Chi tiết"),
      "Nộp báo cáo",
      ...expectedNames("Vấn đề"),
      "Thuyết minh",
    ]);

    const filters = await autoFilters(bytes);
    const lists = [
      {
        sheets: detailSheets,
        headers: layout.detail.headers,
        want: entries.map((e) => [e.code, e.origin.file, e.cell]),
        pick: (r: unknown[]) => [r[0], r[12], r[14]],
      },
      {
        sheets: issueSheets,
        headers: layout.issues.headers,
        want: issues.map((i) => [i.origin.file, i.cell, i.message]),
        pick: (r: unknown[]) => [r[2], r[4], r[12]],
      },
    ];
    for (const list of lists) {
      const data: unknown[][] = [];
      for (const sheet of list.sheets) {
        const grid = rowsOf(sheet);
        expect(grid.length).toBeLessThanOrEqual(rows);
        expect(grid[0]).toEqual(list.headers);
        data.push(...grid.slice(1).map(list.pick));
        // The autofilter covers the header and this sheet's rows, within the sheet.
        const ref = filters.get(sheet.name)!;
        expect(ref).toMatch(/^A1:[A-Z]+\d+$/);
        expect(bottomOf(ref)).toBe(Math.max(2, grid.length));
        expect(bottomOf(ref)).toBeLessThanOrEqual(rows);
      }
      expect(data).toEqual(list.want);
    }

    // Said on the summary, never silent: which lists continue, and where.
    const summary = rowsOf(wb.getWorksheet("Tổng hợp")!)
      .map((r) => r[0])
      .filter((v): v is string => typeof v === "string");
    const line = summary.find((v) => v.startsWith("Excel chứa tối đa"));
    if (sheetsWanted === 1) expect(line).toBeUndefined();
    else {
      const more = (first: string) =>
        expectedNames(first)
          .slice(1)
          .map((n) => `“${n}”`)
          .join(", ");
      expect(line).toBe(
        `Excel chứa tối đa 6 dòng một trang, nên danh sách dài tiếp tục ở trang sau, cùng hàng tiêu đề: “Chi tiết” tiếp tục ở ${more("Chi tiết")}; “Vấn đề” tiếp tục ở ${more("Vấn đề")}`,
      );
    }
  });

  it("keeps the summary in the first place (sheet1.xml) and ExcelJS's sheet list where reserveFirst expects it", async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({});
    const free = reserveFirst(wb);
    const a = wb.addWorksheet("a");
    expect((a as unknown as { id: number }).id).toBe(2);
    free();
    const first = wb.addWorksheet("first");
    expect((first as unknown as { id: number }).id).toBe(1);
    expect(() => reserveFirst(wb)).toThrow();

    const bytes = await consolidationBuffer(new Rows([entry(0)], [issue(0)]), { limits: { rows: 2 } });
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain("Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh");
    // By default a sheet is Excel's: 1,048,576 rows, the header and 1,048,575 data rows.
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(new SheetBook("vi").rowsPerSheet).toBe(1_048_575);
  });
});

describe("the file writer at Excel's cell limit", () => {
  it("keeps 32,767 characters, cuts 32,768 and more with a marker, and holds every character on Long texts", async () => {
    const exact = "đ".repeat(EXCEL_MAX_CHARS);
    const over = `${"e".repeat(EXCEL_MAX_CHARS)}!`;
    const huge = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(0x61 + (i % 26))).join("");
    const story = `${"Đã hoàn thành. ".repeat(3000)}`; // 45,000 characters
    const narrative: Narrative = {
      unitId: "SO_CT",
      unitName: "Sở Công Thương",
      taskGroup: "NV4",
      origin: { file: "n.xlsx", sheet: "NV4" },
      standing: "counted",
      completed: story,
      ongoing: "",
      proposals: "",
    };
    const engine = new Rows([entry(0, { evidence: exact }), entry(1, { evidence: over })], [issue(0, { message: huge })], [narrative]);
    const wb = await load(await consolidationBuffer(engine));
    const detail = wb.getWorksheet("Chi tiết")!;
    expect(detail.getCell("K2").value).toBe(exact);
    const cut = String(detail.getCell("K3").value);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_MAX_CHARS);
    expect(cut).toMatch(/… \[đã cắt [\d.]+ ký tự; toàn văn ở trang “Văn bản dài” từ dòng 2, 2 phần\]$/);
    const issueCell = String(wb.getWorksheet("Vấn đề")!.getCell("M2").value);
    expect(issueCell).toMatch(/từ dòng 4, 4 phần\]$/);
    expect(String(wb.getWorksheet("Thuyết minh")!.getCell("D2").value)).toMatch(/từ dòng 8, 2 phần\]$/);

    // No cell anywhere over the limit.
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) => row.eachCell((c) => expect(String(c.value ?? "").length).toBeLessThanOrEqual(EXCEL_MAX_CHARS)));

    // Every character visible: the pieces of each cut cell join to its full text, in order, named by sheet and cell.
    const long = rowsOf(wb.getWorksheet("Văn bản dài")!);
    expect(long[0]).toEqual(layout.longTexts.headers);
    const texts = new Map<string, string>();
    for (const [sheet, cell, part, parts, length, piece] of long.slice(1) as [string, string, number, number, number, string][]) {
      const key = `${sheet}!${cell}`;
      expect(part).toBe((texts.has(key) ? Math.ceil(texts.get(key)!.length / EXCEL_MAX_CHARS) : 0) + 1);
      expect(part).toBeLessThanOrEqual(parts);
      expect(piece.length).toBeLessThanOrEqual(EXCEL_MAX_CHARS);
      texts.set(key, (texts.get(key) ?? "") + piece);
      expect(length).toBeGreaterThan(EXCEL_MAX_CHARS);
    }
    expect(Object.fromEntries(texts)).toEqual({ "Chi tiết!K3": over, "Vấn đề!M2": huge, "Thuyết minh!D2": story });
    const summary = rowsOf(wb.getWorksheet("Tổng hợp")!).map((r) => r[0]);
    expect(summary).toContain(
      "3 ô dài hơn 32.767 ký tự (giới hạn một ô của Excel) chỉ hiện phần đầu, có ghi số ký tự đã cắt; toàn văn, chia thành từng phần, ở trang “Văn bản dài”",
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nộp báo cáo", "Vấn đề", "Thuyết minh", "Văn bản dài"]);
  }, 60_000);

  it("a report from Excel reaches the limit: 20,000 characters typed in a number cell make a reason of over 40,000", async () => {
    const built = buildTemplate({ group: "NV4", unit: "SO_CT", period: PERIOD, ...V1 });
    if (!built.ok) throw new Error(built.error);
    const file = new ExcelJS.Workbook();
    const sheet = writeTemplate(file, built.spec);
    const typed = "ba mươi phần trăm ".repeat(1112).trim(); // 20,015 characters: a cell Excel itself holds
    sheet.getCell("C11").value = new Date(Date.UTC(2025, 5, 2));
    sheet.getCell("G14").value = typed;
    const bytes = new Uint8Array(await file.xlsx.writeBuffer());
    const engine = async () => {
      const e = new Consolidator(PERIOD);
      for (const raw of await readReports(bytes, "dai.xlsx")) await e.add(validateReport(raw, { period: PERIOD }));
      return e;
    };
    const found = (await collect(await engine())).issues.find((i) => i.cell === "G14")!;
    expect(found.message.length).toBeGreaterThan(EXCEL_MAX_CHARS);

    // Each language in its own column: the reason's two halves, each within a cell, nothing cut.
    const wb = await load(await consolidationBuffer(await engine()));
    const issues = rowsOf(wb.getWorksheet("Vấn đề")!);
    const row = issues.findIndex((r) => r[4] === "G14");
    expect(issues[row]![7]).toBe(typed); // the value as typed fits its cell
    expect([issues[row]![12], issues[row]![13]]).toEqual([found.text!.vi, found.text!.en]);
    expect(found.text!.vi.length).toBeLessThanOrEqual(EXCEL_MAX_CHARS);
    expect(wb.getWorksheet("Văn bản dài")).toBeUndefined();
  });

  it("writes no Long texts sheet and no line about it when nothing is over the limit", async () => {
    const wb = await load(await consolidationBuffer(new Rows([entry(0, { evidence: "x".repeat(EXCEL_MAX_CHARS) })], [])));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nộp báo cáo", "Vấn đề", "Thuyết minh"]);
    expect(
      rowsOf(wb.getWorksheet("Tổng hợp")!)
        .map((r) => String(r[0] ?? ""))
        .filter((v) => /ký tự|dòng một trang/.test(v)),
    ).toEqual([]);
  });
});
