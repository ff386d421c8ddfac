/**
 * Excel's limits in the add-in's writer, against the fake Excel: a list longer than a
 * sheet goes on to "Chi tiết (2)"… with the same header row and a table of its own; a text longer than a cell
 * shows its beginning and a marker, its full text in pieces on the Long texts sheet; the summary says both. And a
 * cancelled run, whenever it is cancelled, leaves the workbook exactly as it was.
 */
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import type { Entry, Issue } from "../../src/core/consolidation/report";
import { EXCEL_MAX_CHARS } from "../../src/core/consolidation/sheet-limits";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { createFakeExcel, parseAddress, type FakeWorksheet } from "../support/fake-excel";
import { entry, issue, PERIOD, rowBoundaries } from "../support/limit-rows";

const layout = consolidationLayout("vi");
const columns = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));

let empty: Consolidation;
beforeAll(async () => {
  empty = await consolidate([], PERIOD);
});
/** A consolidation with chosen lists (no units expected, so Submissions holds no row). */
const withRows = (entries: Entry[], issues: Issue[], more: Partial<Consolidation> = {}): Consolidation => ({
  ...empty,
  entries,
  issues,
  submissions: [],
  narratives: [],
  ...more,
});

/** A list's data rows as the sheet holds them, read across `width` columns below the header. */
function dataRows(sheet: FakeWorksheet, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 2; columns(width).some((c) => sheet.valueAt(`${c}${r}`) !== undefined); r++)
    rows.push(columns(width).map((c) => sheet.valueAt(`${c}${r}`)));
  return rows;
}

describe("the add-in's writer at Excel's row limit", () => {
  const rows = 6;
  it.each(rowBoundaries(rows))(
    "%s (%i): every row once, in order, on %i sheet(s), each with a valid table",
    async (_name, count, sheetsWanted) => {
      const entries = Array.from({ length: count }, (_, i) => entry(i));
      const issues = Array.from({ length: count }, (_, i) => issue(i));
      const { context, sheets } = createFakeExcel();
      const out = await writeConsolidationToWorkbook(context, withRows(entries, issues), { limits: { rows }, chunkCells: 40 });
      const names = (first: string) => [first, ...Array.from({ length: sheetsWanted - 1 }, (_, k) => `${first} (${k + 2})`)];
      expect(out.status).toBe("done");
      expect(out.sheets).toEqual(["Tổng hợp", ...names("Chi tiết"), "Nộp báo cáo", ...names("Vấn đề"), "Thuyết minh"]);
      expect(sheets.sheets.map((s) => s.name)).toEqual(out.sheets);
      expect(out.lists).toMatchObject({ detail: names("Chi tiết"), issues: names("Vấn đề"), longTexts: [] });

      const tableNames: string[] = [];
      for (const [list, tableLayout, want] of [
        [out.lists.detail, layout.detail, entries.map(layout.detailRow)],
        [out.lists.issues, layout.issues, issues.map(layout.issueRow)],
      ] as const) {
        const width = tableLayout.headers.length;
        const data: unknown[][] = [];
        for (const name of list) {
          const sheet = sheets.getItem(name);
          expect(columns(width).map((c) => sheet.valueAt(`${c}1`))).toEqual(tableLayout.headers);
          const rowsHere = dataRows(sheet, width);
          expect(rowsHere.length).toBeGreaterThan(0);
          expect(rowsHere.length + 1).toBeLessThanOrEqual(rows);
          data.push(...rowsHere);
          // One table per sheet, over its header and its rows, within the sheet.
          expect(sheet.tables.items).toHaveLength(1);
          const table = sheet.tables.items[0]!;
          const at = parseAddress(table.address as string);
          expect(at).toEqual({ r1: 1, c1: 1, r2: rowsHere.length + 1, c2: width });
          expect(at.r2).toBeLessThanOrEqual(rows);
          expect(table.hasHeaders).toBe(true);
          tableNames.push(table.name as string);
        }
        expect(data).toEqual(want.map((r) => r.map((v) => v ?? undefined)));
      }
      expect(new Set(tableNames.map((n) => n.toLowerCase())).size).toBe(tableNames.length);

      const summary = sheets.getItem("Tổng hợp");
      const lines = [...summary.cells.entries()].filter(([a]) => /^A\d+$/.test(a)).map(([, c]) => String(c.value ?? ""));
      const line = lines.find((v) => v.startsWith("Excel chứa tối đa"));
      if (sheetsWanted === 1) expect(line).toBeUndefined();
      else {
        const more = (first: string) =>
          names(first)
            .slice(1)
            .map((n) => `“${n}”`)
            .join(", ");
        expect(line).toBe(
          `Excel chứa tối đa 6 dòng một trang, nên danh sách dài tiếp tục ở trang sau, cùng hàng tiêu đề: “Chi tiết” tiếp tục ở ${more("Chi tiết")}; “Vấn đề” tiếp tục ở ${more("Vấn đề")}`,
        );
      }
    },
  );

  it("a second run in the same workbook continues on names of its own, with table names still unique", async () => {
    const { context, sheets } = createFakeExcel();
    const result = withRows(
      Array.from({ length: 7 }, (_, i) => entry(i)),
      [],
    );
    const first = await writeConsolidationToWorkbook(context, result, { limits: { rows: 4 } });
    const second = await writeConsolidationToWorkbook(context, result, { limits: { rows: 4 } });
    expect(first.lists.detail).toEqual(["Chi tiết", "Chi tiết (2)", "Chi tiết (3)"]);
    expect(second.lists.detail).toEqual(["Chi tiết (4)", "Chi tiết (4) (2)", "Chi tiết (4) (3)"]);
    const all = sheets.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((n) => n.length <= 31)).toBe(true);
    const tables = sheets.sheets.flatMap((s) => s.tables.items.map((t) => String(t.name).toLowerCase()));
    expect(new Set(tables).size).toBe(tables.length);
  });
});

describe("the add-in's writer at Excel's cell limit", () => {
  it("keeps 32,767 characters, cuts 32,768 with a marker, and holds every character on Long texts", async () => {
    const exact = "đ".repeat(EXCEL_MAX_CHARS);
    const over = `${"e".repeat(EXCEL_MAX_CHARS)}!`;
    const huge = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(0x61 + (i % 26))).join("");
    const { context, sheets } = createFakeExcel();
    const out = await writeConsolidationToWorkbook(
      context,
      withRows([entry(0, { evidence: exact }), entry(1, { evidence: over })], [issue(0, { message: huge })]),
    );
    expect(out.lists.longTexts).toEqual(["Văn bản dài"]);
    expect(out.sheets.at(-1)).toBe("Văn bản dài");
    const detail = sheets.getItem("Chi tiết");
    expect(detail.valueAt("K2")).toBe(exact);
    const cut = String(detail.valueAt("K3"));
    expect(cut.length).toBeLessThanOrEqual(EXCEL_MAX_CHARS);
    expect(cut).toMatch(/… \[đã cắt [\d.]+ ký tự; toàn văn ở trang “Văn bản dài” từ dòng 2, 2 phần\]$/);
    expect(String(sheets.getItem("Vấn đề").valueAt("M2"))).toMatch(/từ dòng 4, 4 phần\]$/);
    for (const sheet of sheets.sheets)
      for (const c of sheet.cells.values()) expect(String(c.value ?? "").length).toBeLessThanOrEqual(EXCEL_MAX_CHARS);

    const long = sheets.getItem("Văn bản dài");
    expect(columns(6).map((c) => long.valueAt(`${c}1`))).toEqual(layout.longTexts.headers);
    const texts = new Map<string, string>();
    for (const [sheet, cell, part, parts, , piece] of dataRows(long, 6) as [string, string, number, number, number, string][]) {
      expect(part).toBeLessThanOrEqual(parts);
      texts.set(`${sheet}!${cell}`, (texts.get(`${sheet}!${cell}`) ?? "") + piece);
    }
    expect(Object.fromEntries(texts)).toEqual({ "Chi tiết!K3": over, "Vấn đề!M2": huge });
    expect(long.tables.items[0]).toMatchObject({ name: "TTX_LongTexts", address: "A1:F7" });
    const lines = [...sheets.getItem("Tổng hợp").cells.values()].map((c) => c.value);
    expect(lines).toContain(
      "2 ô dài hơn 32.767 ký tự (giới hạn một ô của Excel) chỉ hiện phần đầu, có ghi số ký tự đã cắt; toàn văn, chia thành từng phần, ở trang “Văn bản dài”",
    );
  });

  it("keeps each request's text within chunkChars: long rows travel in requests of their own", async () => {
    const long = (i: number) => entry(i, { evidence: String(i).repeat(30_000) });
    const result = withRows(
      Array.from({ length: 6 }, (_, i) => long(i)),
      [],
    );
    const batched = createFakeExcel();
    await writeConsolidationToWorkbook(batched.context, result);
    const split = createFakeExcel();
    const chars: number[] = [];
    let sent = 0;
    const sync = split.fake.sync.bind(split.fake);
    // Characters of text written since the last sync, counted from the cells the fake stores.
    split.fake.sync = async () => {
      const now = split.sheets.sheets.reduce(
        (n, s) => n + [...s.cells.values()].reduce((m, c) => m + (typeof c.value === "string" ? c.value.length : 0), 0),
        0,
      );
      chars.push(now - sent);
      sent = now;
      return sync();
    };
    await writeConsolidationToWorkbook(split.context, result, { chunkChars: 50_000 });
    expect(split.fake.syncCount).toBeGreaterThanOrEqual(batched.fake.syncCount + 5);
    expect(Math.max(...chars)).toBeLessThan(50_000 + 1_000); // one long row, and the short cells beside it
    expect(dataRows(split.sheets.getItem("Chi tiết"), 15).map((r) => r[10])).toEqual(result.entries.map((e) => e.evidence));
  });
});

describe("cancel leaves the workbook exactly as it was", () => {
  /** Everything the fake holds that a run could touch: sheets in order, their cells, tables, charts, panes, the active sheet. */
  const snapshot = (excel: ReturnType<typeof createFakeExcel>) =>
    JSON.stringify({
      active: excel.sheets.activeName,
      sheets: excel.sheets.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()],
        tables: s.tables.items,
        charts: s.charts.items.length,
        frozen: s.frozenAt,
        visibility: s.visibility,
        activated: s.activated,
        widths: [...s.columnWidths.entries()],
      })),
    });

  function workbookWithData() {
    const excel = createFakeExcel();
    const mine = excel.sheets.add("Dữ liệu của tôi");
    mine.getRange("A1:B2").values = [
      ["Tên", "Số"],
      ["'=1+1", 5],
    ];
    mine.tables.add("A1:B2", true).name = "TTX_Detail"; // a table name the run must not take
    excel.sheets.add("Chi tiết").cell("C3").value = "đã có";
    excel.sheets.activeName = "Dữ liệu của tôi";
    return excel;
  }

  // Continuation sheets and long texts too: every kind of sheet the run adds.
  const result = () =>
    withRows(
      Array.from({ length: 9 }, (_, i) => entry(i, i === 0 ? { evidence: "x".repeat(EXCEL_MAX_CHARS + 10) } : {})),
      Array.from({ length: 5 }, (_, i) => issue(i)),
    );
  const options = { limits: { rows: 4 }, chunkCells: 40 };

  it.each([
    ["before the first chunk is confirmed", (_n: number) => 1],
    ["in the middle", (n: number) => Math.ceil(n / 2)],
    ["after the last chunk", (n: number) => n - 1],
    ["at the very end, before the tables and charts", (n: number) => n],
  ])("cancelled %s", async (_when, at) => {
    // How many times a full run asks.
    const probe = workbookWithData();
    let asked = 0;
    const full = await writeConsolidationToWorkbook(probe.context, result(), { ...options, isCancelled: () => (asked++, false) });
    expect(full.status).toBe("done");
    expect(asked).toBeGreaterThanOrEqual(4);
    expect(full.lists.detail.length).toBe(3);
    expect(full.lists.longTexts).toHaveLength(1);

    const excel = workbookWithData();
    const before = snapshot(excel);
    let calls = 0;
    const stopAt = at(asked);
    const out = await writeConsolidationToWorkbook(excel.context, result(), { ...options, isCancelled: () => ++calls === stopAt });
    expect(out).toMatchObject({ status: "cancelled", sheets: [] });
    expect(calls).toBe(stopAt);
    expect(snapshot(excel)).toBe(before);
    // The sheets it removed are the ones a full run adds.
    expect(excel.sheets.deleted).toEqual(full.sheets);
  });
});
