/**
 * The add-in's consolidation writer against the counting fake of the Excel API: same rows as the layout says,
 * requests kept small, a bounded number of syncs, native charts on the summary, and a cancelled or failed run
 * leaves the workbook as it was.
 */
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { columnLetter } from "../../src/core/address";
import { consolidationLayout, type TableLayout } from "../../src/core/consolidation/layout";
import { sampleReports } from "../../src/core/consolidation/sample";
import { validateReport } from "../../src/core/consolidation/validate";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { sampleFile, sampleFileName } from "../../src/xlsx/sample-files";
import { createFakeExcel, parseAddress } from "../support/fake-excel";

const PERIOD = "2025-H1";
let result: Consolidation;

beforeAll(async () => {
  const validated = [];
  for (const r of sampleReports(14, PERIOD)) {
    for (const raw of await readReports(await sampleFile(r), sampleFileName(r))) validated.push(validateReport(raw, { period: PERIOD }));
  }
  result = await consolidate(validated, PERIOD);
  // A unit's formula-like text must arrive as text.
  result.entries[0]!.evidence = '=HYPERLINK("http://x","y")';
}, 60_000);

const layout = consolidationLayout("vi");

describe("writeConsolidationToWorkbook", () => {
  it("writes every row the layout gives, in small requests, with few syncs", async () => {
    const { context, fake, sheets } = createFakeExcel();
    const progress: [number, number][] = [];
    const out = await writeConsolidationToWorkbook(context, result, { chunkCells: 1500, onProgress: (d, t) => progress.push([d, t]) });
    expect(out.status).toBe("done");
    expect(out.sheets).toEqual(["Tổng hợp", "Chi tiết", "Nộp báo cáo", "Vấn đề", "Thuyết minh"]);

    const detail = sheets.getItem("Chi tiết");
    const rows = result.entries.map(layout.detailRow);
    // An empty layout cell is an empty cell (written as "", which clears it).
    rows.forEach((row, i) => row.forEach((v, j) => expect(detail.valueAt(`${columnLetter(j + 1)}${i + 2}`)).toEqual(v ?? undefined)));
    expect([...detail.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
    expect(detail.valueAt("K2")).toBe(`=HYPERLINK("http://x","y")`);
    expect(detail.cell("K2").quotePrefix).toBe(true);
    expect(detail.cell("Q2").numberFormat).toBe("dd/mm/yyyy");
    const issues = sheets.getItem("Vấn đề");
    expect(issues.valueAt(`A${result.issues.length + 1}`)).not.toBeUndefined();
    expect(issues.valueAt(`A${result.issues.length + 2}`)).toBeUndefined();

    // Requests: none above the chunk size, filled across sheets: syncs = names + headers + the requests the
    // cells need (a row is never split, so a request may hold up to one row less than the chunk) + finish.
    expect(fake.largestBatch).toBeLessThanOrEqual(1500);
    // Cells per row: its values; a request also carries one number format per formatted column.
    const lists: [TableLayout, number][] = [
      [layout.detail, rows.length],
      [layout.submissions, result.submissions.length],
      [layout.issues, result.issues.length],
      [layout.narratives, result.narratives.length],
    ];
    const perRow = (l: TableLayout) => l.headers.length;
    const cells = lists.reduce((n, [l, count]) => n + count * perRow(l), 0);
    const widest = Math.max(...lists.map(([l]) => perRow(l) + Object.keys(l.formats).length));
    expect(out.syncs).toBe(fake.syncCount);
    expect(fake.syncCount).toBeGreaterThanOrEqual(2 + Math.ceil(cells / 1500));
    expect(fake.syncCount).toBeLessThanOrEqual(2 + Math.ceil(cells / (1500 - widest)));
    const total = rows.length + result.submissions.length + result.issues.length + result.narratives.length;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
  });

  it("puts native charts on the summary over its group and sector tables, and tables over the lists", async () => {
    const { context, sheets } = createFakeExcel();
    await writeConsolidationToWorkbook(context, result);
    const summary = sheets.getItem("Tổng hợp");
    const model = layout.summary(result);
    expect(summary.charts.items.map((c) => [c.type, c.title.text, c.seriesList.map((s) => [s.values, s.categories])])).toEqual(
      model.charts.map((c) => [
        c.kind === "bar" ? "BarClustered" : "ColumnClustered",
        c.title,
        c.series.map((s) => [s.values, c.categories]),
      ]),
    );
    expect(summary.valueAt(model.charts[0]!.categories.split(":")[0]!)).toBe("NV1 (1.2)");
    // Each chart is given its box (the layout's), side by side under the group table, over no line or table row.
    expect(summary.charts.items.map((c) => [c.anchor, c.to])).toEqual(model.charts.map((c) => [c.anchor, c.to]));
    const boxes = model.charts.map((c) => ({ ...parseAddress(`${c.anchor}:${c.to}`) }));
    const used = [
      ...model.lines.map((l) => l.row),
      ...model.tables.flatMap((t) => Array.from({ length: t.rows.length + 1 }, (_, k) => t.top + k)),
    ];
    for (const [i, a] of boxes.entries()) {
      expect(used.filter((row) => row >= a.r1 && row <= a.r2)).toEqual([]);
      expect(a.r1).toBeGreaterThan(model.tables[0]!.top + model.tables[0]!.rows.length);
      for (const b of boxes.slice(i + 1)) expect(a.c2 < b.c1 || b.c2 < a.c1 || a.r2 < b.r1 || b.r2 < a.r1).toBe(true);
    }
    expect(summary.activated).toBe(true);
    const detailTable = sheets.getItem("Chi tiết").tables.items[0]!;
    expect(detailTable).toMatchObject({ name: "TTX_Detail", hasHeaders: true });
    expect(parseAddress(detailTable.address as string).r2).toBe(result.entries.length + 1);
  });

  it("never overwrites: a second run gets suffixed sheet and table names", async () => {
    const { context, sheets } = createFakeExcel();
    await writeConsolidationToWorkbook(context, result);
    const second = await writeConsolidationToWorkbook(context, result);
    expect(second.sheets).toEqual(["Tổng hợp (2)", "Chi tiết (2)", "Nộp báo cáo (2)", "Vấn đề (2)", "Thuyết minh (2)"]);
    expect(sheets.getItem("Chi tiết (2)").tables.items[0]).toMatchObject({ name: "TTX_Detail_2" });
  });

  it("cancelled midway: removes what it added, leaving the workbook as it was", async () => {
    const { context, sheets } = createFakeExcel();
    sheets.add("Dữ liệu của tôi");
    let calls = 0;
    const out = await writeConsolidationToWorkbook(context, result, { chunkCells: 1000, isCancelled: () => ++calls === 2 });
    expect(out).toMatchObject({ status: "cancelled", sheets: [] });
    expect(sheets.sheets.map((s) => s.name)).toEqual(["Dữ liệu của tôi"]);
    expect(sheets.deleted).toHaveLength(5);
  });

  it("failed midway (a lost request): removes what it added and reports the error", async () => {
    const { context, fake, sheets } = createFakeExcel();
    fake.failOnSync = 4;
    await expect(writeConsolidationToWorkbook(context, result, { chunkCells: 1000 })).rejects.toThrow("GeneralException");
    expect(sheets.sheets).toEqual([]);
    expect(sheets.deleted).toHaveLength(5);
  });
});
