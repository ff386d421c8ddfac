/**
 * The consolidated workbook file, read back with ExcelJS: the sheets, the counts statement, Detail and Issues row
 * for row, text from reports kept as text (never a formula), and the same workbook whether rows waited in memory
 * or in the CLI's spill file.
 */
import ExcelJS from "exceljs";
import { MemoryStore, Consolidator, type SheetStore } from "../../src/core/consolidation/consolidator";
import { collect } from "../../src/core/consolidation/in-memory";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import { validateReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { SpillStore } from "../../src/cli/spill-store";
import { consolidationBuffer, sheetPipes } from "../../src/xlsx/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";
const onTime = new Date(Date.UTC(2025, 5, 2));

async function reportFile(group: string, unit: string, fill: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const r = buildTemplate({ group, unit, period: PERIOD, ...V1 });
  if (!r.ok) throw new Error(r.error);
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, r.spec);
  for (const [address, value] of Object.entries(fill)) sheet.getCell(address).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let files: [string, Uint8Array][];
beforeAll(async () => {
  files = [
    // A unit's evidence and status typed as formulas: they must arrive as text.
    [
      "a.xlsx",
      await reportFile("NV4", "SO_CT", {
        C11: onTime,
        G14: 3,
        I14: "+Đang làm",
        J14: '=HYPERLINK("http://evil.example","bấm")',
        J15: "@SUM(1)",
      }),
    ],
    ["b.xlsx", await reportFile("NV3", "SO_XD", { C11: onTime, G14: "nhiều", G27: 12 })],
  ];
});

async function engineWith(store: SheetStore): Promise<Consolidator> {
  const engine = new Consolidator(PERIOD, store);
  for (const [name, bytes] of files)
    for (const raw of await readReports(bytes, name)) await engine.add(validateReport(raw, { period: PERIOD }));
  return engine;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const values = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe("consolidated workbook file", () => {
  it("has the five sheets, the counts statement and one Detail/Issues row per entry/issue", async () => {
    const expected = await collect(await engineWith(new MemoryStore()));
    const wb = await load(await consolidationBuffer(await engineWith(new MemoryStore())));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nộp báo cáo", "Vấn đề", "Thuyết minh"]);
    const summary = wb.getWorksheet("Tổng hợp")!;
    const c = expected.counts;
    expect(c).toMatchObject({ files: 2, sheets: 2, rowsRead: 28, accepted: 27, rejected: 1 });
    // The count check, in both languages, in the Summary's footnote.
    const texts = values(summary).map((r) => r[0]);
    const at = texts.indexOf(
      `Số dòng đọc 28 = chấp nhận 27 + từ chối 1; cảnh báo ${c.warnings}; trang tính 2; đơn vị chưa nộp ${c.unitsMissing}`,
    );
    expect(at).toBeGreaterThan(0);
    expect(String(texts[at + 1])).toContain("Rows read 28 = accepted 27 + rejected 1");

    const detail = values(wb.getWorksheet("Chi tiết")!);
    expect(detail).toHaveLength(1 + expected.entries.length);
    expect(detail.slice(1).map((r) => [r[0], r[12], r[14]])).toEqual(expected.entries.map((e) => [e.code, e.origin.file, e.cell]));
    const issues = values(wb.getWorksheet("Vấn đề")!);
    expect(issues).toHaveLength(1 + expected.issues.length);
    expect(issues.find((r) => r[4] === "G14" && r[2] === "b.xlsx")).toEqual([
      "Chữ trong ô số",
      "Từ chối",
      "b.xlsx",
      "NV3 Giảm phát thải KNK",
      "G14",
      "A.1",
      "SO_XD",
      // The refused row's values as typed, so the original file never has to be opened.
      "nhiều",
      undefined,
      undefined,
      undefined,
      undefined,
      // Each language in its own column.
      "Ô số liệu chứa chữ: nhiều",
      "Text in a number cell: nhiều",
    ]);
  });

  it("writes text a unit typed as text, never as a formula", async () => {
    const wb = await load(await consolidationBuffer(await engineWith(new MemoryStore())));
    const detail = wb.getWorksheet("Chi tiết")!;
    const cells: ExcelJS.Cell[] = [];
    detail.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    // Exactly as typed, no apostrophe added: a string cell, which Excel never evaluates.
    const texts = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value);
    expect(texts).toContain(`=HYPERLINK("http://evil.example","bấm")`);
    expect(texts).toContain("@SUM(1)");
    expect(texts).toContain("+Đang làm");
  });

  it("is the same workbook whether rows wait in memory or in a spill file, and in English on request", async () => {
    const spill = new SpillStore(0);
    try {
      const fromMemory = values((await load(await consolidationBuffer(await engineWith(new MemoryStore())))).getWorksheet("Chi tiết")!);
      const fromSpill = values((await load(await consolidationBuffer(await engineWith(spill)))).getWorksheet("Chi tiết")!);
      expect(fromSpill).toEqual(fromMemory);
    } finally {
      spill.dispose();
    }
    const en = await load(await consolidationBuffer(await engineWith(new MemoryStore()), { lang: "en" }));
    expect(en.worksheets.map((s) => s.name)).toEqual(["Summary", "Detail", "Submissions", "Issues", "Narratives"]);
    expect(en.getWorksheet("Issues")!.getRow(1).values).toEqual([
      undefined,
      "Kind",
      "Outcome",
      "File",
      "Sheet",
      "Cell",
      "Code",
      "Unit",
      "Result (as typed)",
      "Disbursed (as typed)",
      "Status",
      "Evidence",
      "Other cells typed",
      "Reason (English)",
      "Reason (Vietnamese)",
    ]);
  });

  it("puts the summary's group and sector figures where the layout says", async () => {
    const expected = await collect(await engineWith(new MemoryStore()));
    const summary = (await load(await consolidationBuffer(await engineWith(new MemoryStore())))).getWorksheet("Tổng hợp")!;
    const top = consolidationLayout("vi").summary(expected).tables[0]!.top;
    expect(summary.getCell(`A${top}`).value).toBe("Nhóm");
    const nv4 = expected.groups.find((g) => g.taskGroup === "NV4")!;
    const row = top + 1 + expected.groups.indexOf(nv4);
    expect(summary.getRow(row).values).toEqual([
      undefined,
      "NV4 (1.4)",
      nv4.title,
      nv4.items,
      nv4.numericItems,
      nv4.unitsReporting,
      nv4.itemsWithFigure,
      nv4.meanProgress ?? undefined,
      nv4.pathStatuses.on_track + nv4.pathStatuses.ahead,
      nv4.pathStatuses.behind,
      nv4.budgetPlanned,
      nv4.budgetDisbursed,
      nv4.budgetPlanned ? Math.round((nv4.budgetDisbursed / nv4.budgetPlanned) * 1e4) / 1e4 : undefined,
    ]);
    expect(nv4.unitsReporting).toBe(1);
  });
});

describe("backpressure hook into ExcelJS", () => {
  // The writer waits on the zip entry's input stream, which ExcelJS keeps internal: if an ExcelJS upgrade moves
  // it, this fails instead of memory quietly growing again.
  it("finds the stream a committed sheet is piped into, with its drain state", async () => {
    const { PassThrough } = await import("stream");
    const out = new PassThrough();
    out.resume();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out });
    const sheet = wb.addWorksheet("x");
    sheet.getRow(1).getCell(1).value = "a";
    sheet.getRow(1).commit();
    for (let i = 0; i < 5 && sheetPipes(sheet).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const [pipe] = sheetPipes(sheet);
    expect(pipe).toBeDefined();
    expect(typeof (pipe as unknown as { _writableState: { needDrain: boolean } })._writableState.needDrain).toBe("boolean");
    sheet.commit();
    await wb.commit();
  });
});
