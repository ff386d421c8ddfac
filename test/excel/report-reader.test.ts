/**
 * Reports inserted into the open workbook by the add-in, typed into, then read back by the Office.js reader and
 * consolidated: the same judgement as for files, from two context.sync calls.
 */
import ExcelJS from "exceljs";
import { consolidate } from "../../src/core/consolidation/in-memory";
import type { RawReport } from "../../src/core/consolidation/report";
import { validateReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { insertTemplates } from "../../src/excel/insert-templates";
import { listReportSheets, readWorkbookReports } from "../../src/excel/report-reader";
import { readReportFile } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { createFakeExcel } from "../support/fake-excel";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";
const spec = (group: string, unit: string) => {
  const r = buildTemplate({ group, unit, period: PERIOD, ...V1 });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};

describe("readWorkbookReports", () => {
  it("reads inserted, filled templates in two syncs and consolidates them like files", async () => {
    const { context, fake, sheets } = createFakeExcel();
    await insertTemplates(context, [spec("NV4", "SO_CT"), spec("NV3", "SO_XD")]);
    sheets.add("Ghi chú").cell("A1").value = "không phải mẫu";
    const nv4 = sheets.getItem("NV4 Năng lượng tái tạo");
    nv4.cell("C11").value = 45810; // 2 June 2025, before the deadline
    nv4.cell("G14").value = 3;
    nv4.cell("J14").value = "Văn bản 12/BC";
    const nv3 = sheets.getItem("NV3 Giảm phát thải KNK");
    nv3.cell("G14").value = "nhiều";
    nv3.cell("F15").value = 1; // a locked plan cell edited

    const before = fake.syncCount;
    const raws = await readWorkbookReports(context, "Sổ của Sở TC.xlsx");
    expect(fake.syncCount - before).toBe(2);
    expect(raws.map((r) => [r.origin.sheet, r.meta?.taskGroup ?? null])).toEqual([
      ["NV4 Năng lượng tái tạo", "NV4"],
      ["NV3 Giảm phát thải KNK", "NV3"],
      ["Ghi chú", null],
    ]);
    const result = await consolidate(
      raws.map((r) => validateReport(r, { period: PERIOD })),
      PERIOD,
    );
    expect(result.entries.find((e) => e.code === "D.12")).toMatchObject({
      actual: 3,
      evidence: "Văn bản 12/BC",
      submitted: 45810,
      cell: "G14",
      origin: { file: "Sổ của Sở TC.xlsx", sheet: "NV4 Năng lượng tái tạo" },
    });
    // The edited plan cell is named with both values and its row still counts; the text in G14 is refused with it.
    const nv3Issues = result.issues.filter((i) => i.origin.sheet.startsWith("NV3") && i.kind !== "blank_header");
    expect(nv3Issues.map((i) => [i.kind, i.rejected, i.cell, i.values ?? null])).toEqual([
      ["not_a_number", true, "G14", { actual: "nhiều" }],
      ["plan_edited", false, "F15", null],
    ]);
    const budget = spec("NV3", "SO_XD").table.rows[1]!.values.budget;
    expect(nv3Issues[1]!.text?.en).toBe(`Plan cell F15 was edited: originally «${budget}», now «1»; the row's figures still count`);
    expect(result.entries.find((e) => e.cell === "G15" && e.origin.sheet.startsWith("NV3"))).toBeDefined();
    expect(result.issues.find((i) => i.origin.sheet === "Ghi chú")).toMatchObject({ kind: "not_template" });
    expect(result.counts).toMatchObject({ rowsRead: 28, accepted: 27, rejected: 1 });
  });

  it("an empty workbook gives no reports", async () => {
    const { context } = createFakeExcel();
    expect(await readWorkbookReports(context, "x.xlsx")).toEqual([]);
  });
});

describe("merged entry cells", () => {
  const host = globalThis as { Office?: unknown };
  const excelApi = (supported: boolean) =>
    (host.Office = {
      context: {
        requirements: { isSetSupported: (set: string, version: string) => supported && set === "ExcelApi" && version === "1.13" },
      },
    });
  afterEach(() => delete host.Office);

  async function mergedReport() {
    const { context, fake, sheets } = createFakeExcel();
    await insertTemplates(context, [spec("NV4", "SO_CT")]);
    const nv4 = sheets.getItem("NV4 Năng lượng tái tạo");
    nv4.cell("G14").value = 3; // typed across actual and disbursed, merged: which column is it?
    nv4.getRange("G14:H14").merge(false);
    nv4.cell("G15").value = 2;
    const before = fake.syncCount;
    const [raw] = await readWorkbookReports(context, "so.xlsx");
    return { validated: validateReport(raw!, { period: PERIOD }), syncs: fake.syncCount - before };
  }

  it("where Excel can tell (ExcelApi 1.13), the row is refused as in files, in the same two syncs; the others are kept", async () => {
    excelApi(true);
    const { validated, syncs } = await mergedReport();
    expect(syncs).toBe(2);
    expect(validated.issues.filter((i) => i.kind === "merged_cells")).toEqual([
      expect.objectContaining({ rejected: true, cell: "G14", code: "D.12" }),
    ]);
    expect(validated.entries.find((e) => e.cell === "G15")).toMatchObject({ actual: 2 });
    expect(validated.entries.find((e) => e.cell === "G14")).toBeUndefined();
  });

  it("where it cannot, the value is read from the area's first cell (Excel leaves the others empty)", async () => {
    excelApi(false);
    const { validated } = await mergedReport();
    expect(validated.issues.filter((i) => i.kind === "merged_cells")).toEqual([]);
    expect(validated.entries.find((e) => e.cell === "G14")).toMatchObject({ actual: 3, disbursed: null });
  });
});

describe("dates in the open workbook", () => {
  it("a date typed into a figure cell (Excel gives its serial, in a date format) is 'not a number', as in files", async () => {
    const { context, sheets } = createFakeExcel();
    await insertTemplates(context, [spec("NV4", "SO_CT")]);
    const nv4 = sheets.getItem("NV4 Năng lượng tái tạo");
    nv4.cell("C11").value = 45810; // the submission date cell keeps its date format: read as that date
    Object.assign(nv4.cell("G14"), { value: 45813, numberFormat: "dd/mm/yyyy" }); // typed 05/06/2025
    nv4.cell("G15").value = 45813; // the same number in a figure's format is a figure (an implausible one)
    const [raw] = await readWorkbookReports(context, "so.xlsx");
    const validated = validateReport(raw!, { period: PERIOD });
    expect(validated.submitted).toBe(45810);
    expect(validated.issues.find((i) => i.cell === "G14")).toMatchObject({ kind: "not_a_number", rejected: true });
    expect(validated.issues.find((i) => i.cell === "G14")!.message).toContain("2025-06-05");
    expect(validated.issues.find((i) => i.cell === "G15")).toMatchObject({ kind: "out_of_range" });
  });
});

describe("hidden sheets in the open workbook", () => {
  it("a hidden report sheet is listed (marked hidden) and read to be refused as hidden; other hidden sheets are left alone", async () => {
    const { context, fake, sheets } = createFakeExcel();
    await insertTemplates(context, [spec("NV4", "SO_CT"), spec("NV3", "SO_CT")]);
    sheets.getItem("NV3 Giảm phát thải KNK").visibility = "Hidden";
    const lookup = sheets.add("Tra cứu");
    lookup.cell("A1").value = "danh mục";
    lookup.visibility = "Hidden";
    expect((await listReportSheets(context)).map((s) => [s.name, s.hidden])).toEqual([
      ["NV4 Năng lượng tái tạo", false],
      ["NV3 Giảm phát thải KNK", true],
    ]);
    const before = fake.syncCount;
    const raws = await readWorkbookReports(context, "so.xlsx");
    expect(fake.syncCount - before).toBe(2);
    const validated = raws.map((r) => validateReport(r, { period: PERIOD }));
    expect(validated.map((v) => [v.report.origin.sheet, v.sheetRejected])).toEqual([
      ["NV4 Năng lượng tái tạo", null],
      ["NV3 Giảm phát thải KNK", "hidden_sheet"],
    ]);
    expect(validated[1]!.issues.length).toBe(validated[1]!.rowsRead);
    expect(validated[1]!.rowsRead).toBe(spec("NV3", "SO_CT").table.rows.length);
  });
});

describe("numbers and dates read alike by both readers", () => {
  // What a unit types, and the format its cells show: the same report made in a file (ExcelJS) and in the open
  // workbook (the add-in's insert), read by each reader. A date cell with a time after noon, %-formatted figures
  // (Excel stores 12.5% as 0.125), text numbers in both notations, an amount in đồng.
  const TYPED: [address: string, value: string | number, format?: string][] = [
    ["C10", "Nguyễn Văn A"],
    ["C11", 45812.73, "dd/mm/yyyy hh:mm"], // 4 June 2025 17:31
    ["G14", 0.125, "0.0%"],
    ["G15", 0.123, "0%"],
    ["G16", "0.125"],
    ["G17", "1.5"],
    ["H14", "1.234,5"],
    ["H15", 1_500_000_000],
  ];

  async function fromFile(): Promise<RawReport> {
    const wb = new ExcelJS.Workbook();
    const sheet = writeTemplate(wb, spec("NV4", "SO_CT"));
    for (const [address, value, format] of TYPED) {
      sheet.getCell(address).value = value;
      if (format) sheet.getCell(address).numFmt = format;
    }
    const read = await readReportFile(new Uint8Array(await wb.xlsx.writeBuffer()), "so.xlsx");
    return read.reports[0]!;
  }

  async function fromWorkbook(): Promise<RawReport> {
    const { context, sheets } = createFakeExcel();
    await insertTemplates(context, [spec("NV4", "SO_CT")]);
    const nv4 = sheets.getItem("NV4 Năng lượng tái tạo");
    for (const [address, value, format] of TYPED) Object.assign(nv4.cell(address), { value }, format ? { numberFormat: format } : {});
    return (await readWorkbookReports(context, "so.xlsx"))[0]!;
  }

  it("give the same values: the day of a date with a time, the percentage shown, text numbers as typed", async () => {
    const [file, workbook] = [await fromFile(), await fromWorkbook()];
    expect(workbook.submitted).toEqual(new Date(Date.UTC(2025, 5, 4, 17, 31, 12)));
    expect(file.submitted).toEqual(workbook.submitted);
    const typed = (r: RawReport) => r.rows.slice(0, 4).map((row) => [row.row, row.cells.actual ?? null, row.cells.disbursed ?? null]);
    expect(typed(workbook)).toEqual([
      [14, 12.5, "1.234,5"],
      [15, 12.3, 1_500_000_000],
      [16, "0.125", null],
      [17, "1.5", null],
    ]);
    expect(typed(file)).toEqual(typed(workbook));

    const [v1, v2] = [file, workbook].map((r) => validateReport(r, { period: PERIOD }));
    const entries = (v: typeof v1) => v!.entries.map((e) => [e.cell, e.actual, e.disbursed, e.submitted]);
    expect(entries(v2)).toEqual([
      ["G14", 12.5, 1234.5, 45812],
      ["G15", 12.3, 1_500_000_000, 45812],
      ["G16", 0.125, null, 45812],
      ["G17", 1.5, null, 45812],
    ]);
    expect(entries(v1)).toEqual(entries(v2));
    const issues = (v: typeof v1) => v!.issues.map((i) => [i.kind, i.cell, i.rejected, i.message]);
    expect(
      issues(v2)
        .filter(([kind]) => kind === "dong_amount" || kind === "bad_date")
        .map(([kind, cell]) => [kind, cell]),
    ).toEqual([["dong_amount", "H15"]]);
    expect(issues(v1)).toEqual(issues(v2));
  });
});
