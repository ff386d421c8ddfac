/**
 * The report reader's own .xlsx parsing (src/xlsx/xlsx-parts.ts, sheet-cells.ts) against ExcelJS as the oracle:
 * every cell of every sheet of every file below must read the same — value, date, merged or not. Files come from
 * ExcelJS (the samples units are given, a workbook of every value kind, 1904 dates, hostile edits) and, where
 * LibreOffice is installed (CI requires it), the same files saved again by LibreOffice, a second writer with its
 * own habits (part order, styles, inline/shared strings). Then what no ExcelJS file has: hand-written parts.
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { sampleReports } from "../../src/core/consolidation/sample";
import { readReportFile } from "../../src/xlsx/report-reader";
import { sampleWorkbook } from "../../src/xlsx/sample-files";
import { readSheetCells } from "../../src/xlsx/sheet-cells";
import { isDateFormat } from "../../src/core/cells/values";
import { UnpackLimitError, openXlsx, readDateStyles, readStyleKinds } from "../../src/xlsx/xlsx-parts";
import { FIRST_ROW, report } from "../adversarial/corpus";

jest.setTimeout(120_000);

/** What a person sees in an ExcelJS cell: formula → result, rich text → text, hyperlink → text, error → code. */
function seen(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("formula" in v || "sharedFormula" in v) return seen((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v && "hyperlink" in v) return v.text;
  if ("error" in v) return v.error;
  return v;
}

async function readAll(bytes: Uint8Array) {
  const pkg = await openXlsx(bytes, 64 * 1024 * 1024);
  const sheets = [];
  for (const s of pkg.sheets) sheets.push({ ...s, cells: readSheetCells((await pkg.text(s.part)) ?? "", pkg) });
  return sheets;
}

/** Every cell of every sheet, both readers; returns how many cells held a value (so a test cannot pass on nothing). */
async function expectSameAsExcelJS(bytes: Uint8Array, label: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ours = await readAll(bytes);
  expect(ours.map((s) => [s.name, s.state])).toEqual(wb.worksheets.map((s) => [s.name, s.state]));
  let filled = 0;
  for (const [i, sheet] of wb.worksheets.entries()) {
    const cells = ours[i]!.cells;
    const mismatches: string[] = [];
    // Column widths may run to XFD (columnCount 16,384): each row is walked to its last cell, and one past it.
    const rows = sheet.rowCount; // bounds read once: getRow and getCell create what they are asked for
    for (let r = 1; r <= rows + 1; r++) {
      const last = sheet.getRow(r).cellCount;
      for (let c = 1; c <= last + 1; c++) {
        const cell = sheet.getRow(r).getCell(c);
        // A formula's cached FALSE is dropped from ExcelJS's `value` ({formula} only) but kept in `result`.
        const shown = cell.type === ExcelJS.ValueType.Formula ? seen(cell.result as ExcelJS.CellValue) : seen(cell.value);
        // A number in a percentage format reads as the percentage shown (0.125 in "0.0%" is 12.5): ExcelJS gives
        // the stored number and the format code; a % inside quotes or after a backslash is only text.
        const percent = typeof shown === "number" && /%/.test((cell.numFmt ?? "").replace(/"[^"]*"|\\./g, ""));
        const expected = percent ? Number(((shown as number) * 100).toPrecision(12)) : shown;
        if (expected !== null) filled++;
        const actual = cells.value(r, c);
        const same = expected instanceof Date ? actual instanceof Date && actual.getTime() === expected.getTime() : actual === expected;
        if (!same || cells.merged(r, c) !== cell.isMerged)
          mismatches.push(
            `${sheet.name}!${cell.address}: ExcelJS ${String(expected)} merged=${cell.isMerged}, ours ${String(actual)} merged=${cells.merged(r, c)}`,
          );
      }
    }
    expect({ label, mismatches: mismatches.slice(0, 5) }).toEqual({ label, mismatches: [] });
  }
  return filled;
}

/** A workbook holding each kind of value ExcelJS writes, with dates in several formats. */
async function everyKind(date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const s = wb.addWorksheet("Kinds");
  const day = new Date(Date.UTC(2025, 5, 5));
  s.getCell("A1").value = 'Chữ có dấu: Tăng trưởng xanh <&> "quoted"';
  s.getCell("A2").value = 1234.5678;
  s.getCell("A3").value = -0.001;
  s.getCell("A4").value = true;
  s.getCell("A5").value = false;
  s.getCell("A6").value = { error: "#N/A" };
  s.getCell("A7").value = { richText: [{ text: "Hoàn " }, { font: { bold: true }, text: "thành" }] };
  s.getCell("A8").value = { text: "link", hyperlink: "https://example.org" };
  s.getCell("A9").value = { formula: "A2*2", result: 2469.1356 };
  s.getCell("A10").value = { formula: '"a"&"b"', result: "ab" };
  s.getCell("A11").value = { formula: "A4", result: true };
  s.getCell("A12").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  s.getCell("A13").value = { formula: "TODAY()" } as ExcelJS.CellFormulaValue; // never computed: no result
  s.getCell("B1").value = day;
  s.getCell("B2").value = day;
  s.getCell("B2").numFmt = "dd/mm/yyyy";
  s.getCell("B3").value = day;
  s.getCell("B3").numFmt = "[$-42A]dd mmmm yyyy";
  s.getCell("B4").value = 45813.5;
  s.getCell("B4").numFmt = "h:mm";
  s.getCell("B5").value = 12;
  s.getCell("B5").numFmt = '0 "ngày"'; // quoted letters are not a date
  s.getCell("B6").value = 0.25;
  s.getCell("B6").numFmt = "0.0%";
  s.getCell("B7").value = 1e21;
  s.getCell("B8").value = 0.125;
  s.getCell("B8").numFmt = "0.00%"; // built-in 10
  s.getCell("B9").value = 0.123;
  s.getCell("B9").numFmt = "0%"; // built-in 9
  s.getCell("B10").value = 45813.73;
  s.getCell("B10").numFmt = "dd/mm/yyyy hh:mm"; // a date with a time after noon
  s.getCell("B11").value = 5;
  s.getCell("B11").numFmt = '0" %"'; // a quoted % is text: not a percentage
  s.getCell("B12").value = "0.125"; // text stays text
  s.getCell("C1").value = "gộp";
  s.mergeCells("C1:E3");
  s.getCell("F10").value = "xa";
  s.getCell("F10").style = { font: { italic: true } };
  s.getCell("G12").style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } }; // styled, empty
  wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "hidden";
  wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = 1;
  wb.addWorksheet("Trống");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// The mutation run (jest.mutate.config.js) leaves LibreOffice out: seconds per run, and it tests LibreOffice's files.
const soffice = process.env.TTX_NO_LIBREOFFICE
  ? ""
  : spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
const requireLibreOffice = process.env.TTX_REQUIRE_LIBREOFFICE === "1";

/** The files saved again by LibreOffice (one process for all). */
function throughLibreOffice(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-lo-read-"));
  const inDir = path.join(dir, "in");
  execFileSync("mkdir", ["-p", inDir]);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(inDir, `${name}.xlsx`), bytes);
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
      ...Object.keys(files).map((n) => path.join(inDir, `${n}.xlsx`)),
    ],
    { timeout: 180_000, stdio: "pipe" },
  );
  return Object.fromEntries(Object.keys(files).map((n) => [n, new Uint8Array(readFileSync(path.join(dir, `${n}.xlsx`)))]));
}

describe("reads every cell as ExcelJS does", () => {
  const corpus = async (): Promise<Record<string, Uint8Array>> => ({
    samples: await sampleWorkbook(sampleReports(3, "2025-H1", 7, { allGroups: true }).filter((r) => r.version === 2)),
    kinds: await everyKind(),
    kinds1904: await everyKind(true),
    mergedEntry: await report((_wb, sheet) => sheet.mergeCells(`G${FIRST_ROW}:H${FIRST_ROW}`)),
    renamedTab: await report((_wb, sheet) => void (sheet.name = "Đổi tên")),
  });

  it("files written by ExcelJS", async () => {
    let filled = 0;
    for (const [label, bytes] of Object.entries(await corpus())) filled += await expectSameAsExcelJS(bytes, label);
    expect(filled).toBeGreaterThan(5_000);
  });

  (soffice || requireLibreOffice ? it : it.skip)("the same files saved again by LibreOffice", async () => {
    expect(soffice).not.toBe("");
    const { kinds1904, ...saved } = throughLibreOffice(await corpus());
    let filled = 0;
    for (const [label, bytes] of Object.entries(saved)) filled += await expectSameAsExcelJS(bytes, `${label} (LibreOffice)`);
    expect(filled).toBeGreaterThan(5_000);
    // LibreOffice marks 1904 dates date1904="true", which ExcelJS 4.4 takes for false ("1" only): there the dates
    // typed are the oracle. 2025-06-05, and a serial shown as a time of day counted from 1904.
    const [kinds] = await readAll(kinds1904!);
    expect(kinds!.cells.value(1, 2)).toEqual(new Date(Date.UTC(2025, 5, 5)));
    expect(kinds!.cells.value(4, 2)).toEqual(new Date(Date.UTC(2029, 5, 6, 12)));
  });
});

const RELS_WITH_STYLES = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/sheets/data.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** A package from hand-written parts: what other writers do that ExcelJS never does. */
async function handMade(sheetXml: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "xl/workbook.xml",
    `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="S" sheetId="1" rel:id="rId9"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/sheets/data.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings/ss.xml"/></Relationships>`,
  );
  zip.file(
    "xl/strings/ss.xml",
    `<sst><si><t>một</t></si><si><r><t>ha</t></r><r><t>i</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si></sst>`,
  );
  zip.file("xl/sheets/data.xml", sheetXml);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("parts other writers produce", () => {
  it("prefixed elements, absolute and relative part paths, cells without addresses, inline and shared strings", async () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="2"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t xml:space="preserve">line </x:t></x:r></x:is></x:c></x:row>
      <x:row><x:c><x:v>7</x:v></x:c><x:c r="E3" t="d"><x:v>2025-06-05T00:00:00Z</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>
      <x:row r="5"><x:c r="A5" t="str"><x:f>A1</x:f><x:v></x:v></x:c><x:c r="B5" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="C5" t="s"><x:v></x:v></x:c></x:row>
    </x:sheetData><x:mergeCells><x:mergeCell ref="G7:H9"/></x:mergeCells></x:worksheet>`;
    const [sheet] = await readAll(await handMade(xml));
    const v = sheet!.cells.value;
    expect(sheet!.part).toBe("xl/sheets/data.xml");
    expect([v(2, 1), v(2, 2), v(2, 3)]).toEqual(["một", "hai", "inline "]);
    expect([v(3, 1), v(3, 5), v(3, 6)]).toEqual([7, new Date(Date.UTC(2025, 5, 5)), true]);
    expect([v(5, 1), v(5, 2), v(5, 3)]).toEqual([null, "#DIV/0!", null]);
    expect(sheet!.cells.merged(9, 8)).toBe(true);
    expect(sheet!.cells.merged(10, 8)).toBe(false);
    expect(sheet!.cells.lastRow).toBe(9);
    expect(sheet!.cells.rowsWithValues()).toEqual([2, 3, 5]);
  });

  it("a percentage cell gives the percentage shown, a date cell its time of day, whatever the format's source", async () => {
    const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0\\%"/><numFmt numFmtId="166" formatCode="[Red]#,##0.00%;-0%"/></numFmts>
      <cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs></styleSheet>`;
    expect(readStyleKinds(styles)).toEqual({
      dates: [false, false, false, false, false, false, true],
      percents: [false, true, true, true, false, true, false],
    });
    const row = [0.125, 0.125, 0.123, 0.125, 0.125, 0.07]
      .map((n, s) => `<c r="${String.fromCharCode(65 + s)}1" s="${s}"><v>${n}</v></c>`)
      .join("");
    const xml = `<worksheet><sheetData><row r="1">${row}<c r="G1" s="6"><v>45813.73</v></c><c r="H1" t="d"><v>2025-06-05T17:30:00</v></c></row></sheetData></worksheet>`;
    const [sheet] = await readAll(await handMade(xml, { "xl/styles.xml": styles, "xl/_rels/workbook.xml.rels": RELS_WITH_STYLES }));
    const v = sheet!.cells.value;
    expect([1, 2, 3, 4, 5, 6].map((c) => v(1, c))).toEqual([0.125, 12.5, 12.3, 12.5, 0.125, 7]);
    // A date with a time keeps it (the day is taken where a day is wanted, never rounded); an ISO date without a
    // zone is the workbook's wall-clock time, read as UTC like every date cell, not as this machine's local time.
    expect(v(1, 7)).toEqual(new Date(Date.UTC(2025, 5, 5, 17, 31, 12)));
    expect(v(1, 8)).toEqual(new Date(Date.UTC(2025, 5, 5, 17, 30)));
  });

  it("tells date formats from the others", () => {
    expect(["dd/mm/yyyy", "[$-42A]d mmmm yyyy", "DD.MM.YYYY", "h:mm:ss", "[h]:mm", "mmm-yy"].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["General", "0.00", '#,##0 "đồng"', '0 "ngày"', "[Red]0.0%", "@", "0.00E+00"].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0"/></numFmts>
      <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    expect(readDateStyles(styles)).toEqual([false, true, false, true, false]);
  });

  it("XML entities declared in a part (billion laughs, external files) are never expanded: the file is unreadable", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>`;
    const external = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&x;</t></si></sst>`;
    for (const strings of [laughs, external]) {
      const read = await readReportFile(await handMade("<worksheet/>", { "xl/strings/ss.xml": strings }), "thuc-the.xlsx");
      expect(read.reports).toEqual([]);
      expect(read.issue).toMatchObject({ kind: "unreadable_file", origin: { file: "thuc-the.xlsx" } });
      expect(read.issue!.message).toMatch(/undefined entity/);
    }
  });

  it("a file that is a zip but not a workbook is unreadable, with the reason", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const read = await readReportFile(await zip.generateAsync({ type: "uint8array" }), "van-ban.xlsx");
    expect(read.reports).toEqual([]);
    expect(read.issue).toMatchObject({ kind: "unreadable_file", rejected: true, origin: { file: "van-ban.xlsx" } });
    expect(read.issue!.message).toContain("xl/workbook.xml");
  });
});

describe("a zip lying about its sizes", () => {
  /** A sheet part that declares 1 KB unpacked but inflates to `megabytes` MB: only the inflating can tell. */
  async function lyingBomb(megabytes: number): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await report());
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(megabytes * 1024 * 1024, 0x20));
    const bytes = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    // Rewrite the declared uncompressed size in the local header (offset 22) and central directory entry (24).
    for (const [signature, sizeAt, nameAt] of [
      [0x04034b50, 22, 30],
      [0x02014b50, 24, 46],
    ] as const) {
      for (let i = 0; i + nameAt + name.length <= bytes.length; i++) {
        if (bytes.readUInt32LE(i) === signature && bytes.subarray(i + nameAt, i + nameAt + name.length).equals(name))
          bytes.writeUInt32LE(1024, i + sizeAt);
      }
    }
    return new Uint8Array(bytes);
  }

  it("is stopped while inflating, at the limit, not after", async () => {
    const bytes = await lyingBomb(40);
    const pkg = await openXlsx(bytes, 8 * 1024 * 1024);
    await expect(pkg.text("xl/worksheets/sheet1.xml")).rejects.toBeInstanceOf(UnpackLimitError);
    // Without the limit, JSZip notices the lie only once the whole part is inflated.
    const roomy = await openXlsx(bytes, 64 * 1024 * 1024);
    await expect(roomy.text("xl/worksheets/sheet1.xml")).rejects.toThrow(/size mismatch/);
  });

  it("ends as a 'too large' issue naming the file, its rows not read", async () => {
    const read = await readReportFile(await lyingBomb(40), "bom.xlsx", { unpackedBytes: 8 * 1024 * 1024 });
    expect(read.reports).toEqual([]);
    expect(read.issue).toMatchObject({ kind: "unreadable_file", rejected: true, origin: { file: "bom.xlsx", sheet: "" } });
    expect(read.issue!.text!.vi).toContain("8 MB");
    expect(read.issue!.text!.en).toContain("8 MB");
  });
});
