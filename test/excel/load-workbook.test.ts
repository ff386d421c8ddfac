/**
 * test/support/load-workbook.ts: an .xlsx opened in the in-memory Excel as Excel would open it. The add-in's reader
 * (readWorkbookReports) must then give, for the file's report sheets, what the file reader (readReports) gives:
 * on a template written by the project and filled, and on the same file re-saved by LibreOffice.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { RawReport } from "../../src/core/consolidation/report";
import { buildTemplate } from "../../src/core/templates/build";
import { META_SHEET, type TemplateSpecT } from "../../src/core/templates/spec";
import { listReportSheets, readWorkbookReports } from "../../src/excel/report-reader";
import { readReports } from "../../src/xlsx/report-reader";
import { LISTS_SHEET, writeTemplate } from "../../src/xlsx/template-writer";
import { loadWorkbook, serialOf } from "../support/load-workbook";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";
const FILE = "Sở Công Thương.xlsx";

function spec(group: string, lang: "vi" | "en" = "vi"): TemplateSpecT {
  const r = buildTemplate({ group, unit: "SO_CT", period: PERIOD, lang, ...V1 });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
}

/** Two filled reports (NV3 and NV5), a note sheet, a hidden copy of a report, every kind of value a unit types. */
async function filledWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const fill = (s: TemplateSpecT, sheet: ExcelJS.Worksheet, k: number) => {
    sheet.getCell("C10").value = { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn A" }] };
    sheet.getCell("C11").value = new Date(Date.UTC(2025, 5, 2 + k, 17, 30)); // a date with a time of day
    const first = s.table.headerRow + 1;
    s.table.rows.forEach((row, i) => {
      const r = first + i;
      if (i % 4 === 0) sheet.getCell(`G${r}`).value = row.actualKind === "text" ? "Đang thực hiện" : 38.51 + i;
      if (i % 4 === 1) sheet.getCell(`G${r}`).value = "12,5";
      if (i % 4 === 2) sheet.getCell(`G${r}`).value = { formula: "1+2", result: 3 };
      if (i % 5 === 0) sheet.getCell(`H${r}`).value = 0.125;
      if (i % 3 === 0) sheet.getCell(`I${r}`).value = s.statusValues[i % 4]!;
      if (i % 3 === 1) sheet.getCell(`J${r}`).value = { text: "Văn bản 12/BC", hyperlink: "http://example.com/vb12" };
      if (i === 3) sheet.getCell(`J${r}`).value = "- dòng 1\ndòng 2 ";
    });
    sheet.getCell(`H${first + 1}`).value = 0.125;
    sheet.getCell(`H${first + 1}`).numFmt = "0%";
    sheet.getCell(`G${first + 5}`).value = new Date(Date.UTC(2025, 0, 15)); // a date typed into a figure cell
    const block = s.narrative[0]!.range.split(":")[0]!;
    sheet.getCell(block).value = "+ Trồng rừng\n- Đã hoàn thành 80%";
  };
  const nv3 = spec("NV3");
  fill(nv3, writeTemplate(wb, nv3), 0);
  const nv5 = spec("NV5", "en");
  fill(nv5, writeTemplate(wb, nv5), 1);
  wb.addWorksheet("Ghi chú").getCell("A1").value = "không phải báo cáo";
  const hidden = { ...spec("NV4"), sheetName: "NV4 bản cũ" };
  writeTemplate(wb, hidden).state = "hidden";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const soffice = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
const requireLibreOffice = process.env.TTX_REQUIRE_LIBREOFFICE === "1";
if (!soffice && !requireLibreOffice)
  console.warn("LibreOffice not found: skipping the re-saved half of the load-workbook test (CI runs it).");

function throughLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-lo-load-"));
  try {
    const input = path.join(dir, "in", "book.xlsx");
    execFileSync("mkdir", ["-p", path.dirname(input)]);
    writeFileSync(input, bytes);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        dir,
        input,
      ],
      { timeout: 180_000, stdio: "pipe" },
    );
    return new Uint8Array(readFileSync(path.join(dir, "book.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The file reader's reports and the add-in's, for the same bytes. */
async function bothReaders(bytes: Uint8Array): Promise<{ file: RawReport[]; addin: RawReport[] }> {
  const host = globalThis as { Office?: unknown };
  host.Office = {
    context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && version === "1.13" } },
  };
  try {
    const { context } = await loadWorkbook(bytes);
    return { file: await readReports(bytes, FILE), addin: await readWorkbookReports(context, FILE) };
  } finally {
    delete host.Office;
  }
}

/**
 * The one thing Excel cannot show: a cell holding empty text ("", as ExcelJS writes the template's blank plan cells)
 * and an empty cell both read as "" through range.values, which the add-in's reader takes as empty (null); the
 * file reader sees the difference and gives "". Compared as the same.
 */
const blankAsNull = (r: RawReport): RawReport =>
  JSON.parse(
    JSON.stringify(r, (_k, v: unknown) => (v === "" ? null : v)),
    (_k, v: unknown) => (typeof v === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? new Date(v) : v),
  );

let original: Uint8Array;
beforeAll(async () => {
  original = await filledWorkbook();
}, 60_000);

describe("loadWorkbook", () => {
  it("opens every sheet with its name and visibility, values as Excel's API gives them, merged areas", async () => {
    const { sheets } = await loadWorkbook(original);
    const nv3 = spec("NV3");
    // Workbook order, as the template writer built it: list and metadata sheets are added with the first report.
    expect(sheets.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [nv3.sheetName, "Visible"],
      [META_SHEET, "VeryHidden"],
      [LISTS_SHEET, "VeryHidden"],
      [spec("NV5", "en").sheetName, "Visible"],
      ["Ghi chú", "Visible"],
      ["NV4 bản cũ", "Hidden"],
    ]);
    const sheet = sheets.getItem(nv3.sheetName);
    const first = nv3.table.headerRow + 1;
    // Rich text as its text; a date as the serial stored (2 June 2025 17:30), in the cell's format.
    expect(sheet.cells.get("C10")).toMatchObject({ value: "Nguyễn Văn A" });
    expect(sheet.cells.get("C11")).toMatchObject({ value: 45810 + 17.5 / 24, numberFormat: "dd/mm/yyyy" });
    expect(sheet.cells.get("C9")?.value).toBe(nv3.header.find((h) => h.key === "due")!.value);
    // Numbers as stored, text as typed (line break and trailing space kept), a formula's cached result.
    expect(sheet.cells.get(`G${first}`)?.value).toBe(38.51);
    expect(sheet.cells.get(`G${first + 1}`)?.value).toBe("12,5");
    expect(sheet.cells.get(`G${first + 2}`)).toMatchObject({ value: 3, formula: "=1+2" });
    expect(sheet.cells.get(`J${first + 3}`)?.value).toBe("- dòng 1\ndòng 2 ");
    expect(sheet.cells.get(`H${first + 1}`)).toMatchObject({ value: 0.125, numberFormat: "0%" });
    // A hyperlink as its text; the template's formulas with their cached results.
    expect(sheet.cells.get(`J${first + 1}`)?.value).toBe("Văn bản 12/BC");
    expect(sheet.cells.get(`K${first}`)?.formula).toMatch(/^=/);
    // Merged areas (title lines, header fields, narrative blocks), the value in the first cell only.
    expect(sheet.merges).toEqual(expect.arrayContaining(nv3.narrative.map((n) => n.range)));
    const [top, bottom] = nv3.narrative[0]!.range.split(":") as [string, string];
    expect(sheet.cells.get(top)?.value).toBe("+ Trồng rừng\n- Đã hoàn thành 80%");
    expect(sheet.cells.get(bottom)?.value).toBeUndefined();
  });

  it("opens a file whose sheets point at their tables by absolute path (as openpyxl saves them)", async () => {
    const zip = await JSZip.loadAsync(original);
    const rels = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/.+\.rels$/.test(n));
    let rewritten = 0;
    for (const name of rels) {
      const xml = await zip.file(name)!.async("string");
      const absolute = xml.replace(/Target="\.\.\/tables\//g, () => (rewritten++, 'Target="/xl/tables/'));
      zip.file(name, absolute);
    }
    expect(rewritten).toBeGreaterThan(0);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow(); // ExcelJS alone
    const { sheets } = await loadWorkbook(bytes);
    expect(sheets.getItem(spec("NV3").sheetName).cells.get("C10")?.value).toBe("Nguyễn Văn A");
  });

  it("dates come back as the serials the file stores, to the millisecond", () => {
    for (const ms of [Date.UTC(2025, 5, 2), Date.UTC(2025, 5, 2, 17, 30), Date.UTC(1900, 2, 1), Date.UTC(2030, 11, 31, 23, 59, 59, 999)]) {
      const serial = 25569 + ms / 86_400_000;
      expect(serialOf(new Date(ms), false)).toBeCloseTo(serial, 10);
      expect(serialOf(new Date(ms + 1462 * 86_400_000), true)).toBeCloseTo(serial, 10); // ExcelJS's 1904 dates
    }
    expect(serialOf(new Date(Date.UTC(2025, 5, 2)), false)).toBe(45810);
  });

  it("the add-in lists the report sheets of the file, the hidden one marked", async () => {
    const { context } = await loadWorkbook(original);
    expect((await listReportSheets(context)).map((s) => [s.name, s.period, s.hidden])).toEqual([
      [spec("NV3").sheetName, PERIOD, false],
      [spec("NV5", "en").sheetName, PERIOD, false],
      ["NV4 bản cũ", PERIOD, true],
    ]);
  });
});

describe("the add-in's reader on an opened file gives what the file reader gives", () => {
  const same = async (bytes: Uint8Array) => {
    const { file, addin } = await bothReaders(bytes);
    const bySheet = (reports: RawReport[]) => new Map(reports.map((r) => [r.origin.sheet, blankAsNull(r)]));
    const fromFile = bySheet(file);
    const fromAddin = bySheet(addin);
    // Every report sheet the file reader finds, the add-in finds, with the same rows, values, header and narrative.
    expect([...fromFile.keys()].filter((name) => fromFile.get(name)!.meta)).toEqual(
      expect.arrayContaining([spec("NV3").sheetName, spec("NV5", "en").sheetName]),
    );
    for (const [name, report] of fromFile) {
      if (!report.meta) continue;
      expect({ name, report: fromAddin.get(name) }).toEqual({ name, report });
    }
    return { file, addin };
  };

  it("a template written by the project and filled", async () => {
    const { addin } = await same(original);
    const nv3 = addin.find((r) => r.origin.sheet === spec("NV3").sheetName)!;
    expect(nv3.rows.length).toBe(spec("NV3").table.rows.length);
    expect(nv3.narrative.completed).toBe("+ Trồng rừng\n- Đã hoàn thành 80%");
  }, 60_000);

  (soffice || requireLibreOffice ? it : it.skip)(
    "the same file re-saved by LibreOffice",
    async () => {
      expect(soffice).not.toBe("");
      const resaved = throughLibreOffice(original);
      const { sheets } = await loadWorkbook(resaved);
      // LibreOffice has no "very hidden": it saves the template's very hidden sheets as hidden.
      expect(sheets.sheets.find((s) => s.name === META_SHEET)?.visibility).toBe("Hidden");
      expect(sheets.sheets.find((s) => s.name === "NV4 bản cũ")?.visibility).toBe("Hidden");
      await same(resaved);
    },
    240_000,
  );
});
