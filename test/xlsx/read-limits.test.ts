/**
 * Each per-file read limit (src/xlsx/limits.ts) stops a file while it is read and becomes one exact Issue naming the
 * file: kind, file, message in both languages. The limits are lowered here (readReportFile's parameter for tests) so
 * small files reach them; test/adversarial/hostile-folder.test.ts hits the real ones.
 */
import type { Issue } from "../../src/core/consolidation/report";
import { MAX_FILE_BYTES, READ_LIMITS, ReadLimitError, limitIssue, refuseBySize } from "../../src/xlsx/limits";
import { readReportFile } from "../../src/xlsx/report-reader";
import { readSheetCells } from "../../src/xlsx/sheet-cells";
import { openXlsx } from "../../src/xlsx/xlsx-parts";
import { report } from "../adversarial/corpus";
import {
  cellsSheet,
  lieAboutSize,
  mergedSheet,
  withManyStrings,
  withMerges,
  withRows,
  withSheets,
  worksheet,
} from "../adversarial/hostile";

jest.setTimeout(60_000);

const STOP = {
  vi: "ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
  en: "reading stopped, to protect the machine: ask the unit to send the report sheet alone",
};
const SHEET = "NV3 Giảm phát thải KNK";
const NO_STYLES = { sharedStrings: [], dateStyles: [], percentStyles: [], date1904: false };

/** The one Issue a refused file becomes. */
const refused = (file: string, vi: string, en: string): Issue => ({
  kind: "unreadable_file",
  rejected: true,
  origin: { file, sheet: "" },
  cell: "",
  code: "",
  unitId: "",
  message: `${vi} · ${en}`,
  text: { vi, en },
});

async function expectRefused(bytes: Uint8Array, limits: Parameters<typeof readReportFile>[2], file: string, vi: string, en: string) {
  const read = await readReportFile(bytes, file, limits);
  expect(read.reports).toEqual([]);
  expect(read.issue).toEqual(refused(file, vi, en));
}

describe("the limits", () => {
  it("are stated once, generous for reports, and exported as the CLI's size check needs them", () => {
    expect(READ_LIMITS).toEqual({
      fileBytes: 100 * 1024 * 1024,
      unpackedBytes: 512 * 1024 * 1024,
      partBytes: 64 * 1024 * 1024,
      sharedStrings: 1_000_000,
      textChars: 32_000_000,
      sheetCells: 1_000_000,
      fileCells: 2_000_000,
      mergedRanges: 100_000,
      sheets: 1_000,
      reportRows: 2_000_000,
    });
    expect(MAX_FILE_BYTES).toBe(READ_LIMITS.fileBytes);
    expect(Object.isFrozen(READ_LIMITS)).toBe(true);
  });
});

describe("a file's size, before it is read", () => {
  it("over the limit: refused from its size alone (what the CLI checks before reading; a file over 2 GiB cannot be read whole)", () => {
    expect(refuseBySize(3 * 1024 ** 3, "so-xd/phim.xlsx")).toEqual(
      refused(
        "so-xd/phim.xlsx",
        "Tệp quá lớn: 3072 MB (giới hạn 100 MB một tệp), không mở để tránh làm treo máy: kiểm tra lại tệp (có thể chứa ảnh hoặc dữ liệu không liên quan)",
        "Too large: 3072 MB (limit 100 MB per file), not opened, to protect the machine: check the file (it may hold images or unrelated data)",
      ),
    );
    expect(refuseBySize(MAX_FILE_BYTES + 1, "a.xlsx")!.text!.en).toMatch(/^Too large: 101 MB \(limit 100 MB per file\)/);
    expect(refuseBySize(MAX_FILE_BYTES, "a.xlsx")).toBeNull();
    expect(refuseBySize(0, "a.xlsx")).toBeNull();
  });

  it("readReportFile applies the same check to the bytes it is given (the task pane's picked files)", async () => {
    const bytes = await report();
    const read = await readReportFile(bytes, "bao-cao.xlsx", { fileBytes: bytes.length - 1 });
    expect(read).toEqual({ reports: [], issue: refuseBySize(bytes.length, "bao-cao.xlsx", bytes.length - 1) });
    expect((await readReportFile(bytes, "bao-cao.xlsx", { fileBytes: bytes.length })).reports).toHaveLength(1);
  });
});

describe("unpacked bytes of one part", () => {
  const MB = 1024 * 1024;
  const vi = "Tệp quá lớn: “Dữ liệu 1” giải nén ra hơn 1 MB (giới hạn một trang tính hoặc một phần của tệp), " + STOP.vi;
  const en = "Too large: “Dữ liệu 1” unpacks to more than 1 MB (the limit for one sheet or part), " + STOP.en;

  it("a sheet declaring more than the limit: refused before it is inflated", async () => {
    await expectRefused(await withSheets([cellsSheet(50_000)]), { partBytes: MB }, "du-lieu.xlsx", vi, en);
  });

  it("a sheet declaring less than it holds: stopped while inflating, at the limit", async () => {
    const bytes = lieAboutSize(await withSheets([cellsSheet(50_000)], { compression: "DEFLATE" }), "xl/worksheets/extra1.xml", 1000);
    await expectRefused(bytes, { partBytes: MB }, "du-lieu.xlsx", vi, en);
  });

  it("the shared strings part is named by its path", async () => {
    await expectRefused(
      await withManyStrings(100_000),
      { partBytes: MB },
      "chuoi.xlsx",
      "Tệp quá lớn: xl/sharedStrings.xml giải nén ra hơn 1 MB (giới hạn một trang tính hoặc một phần của tệp), " + STOP.vi,
      "Too large: xl/sharedStrings.xml unpacks to more than 1 MB (the limit for one sheet or part), " + STOP.en,
    );
  });
});

describe("shared strings and text", () => {
  // The report holds 152 strings of its own (its metadata header and the dropdown of reporting units included).
  it("a file declaring more than the limit (as Excel writes <sst uniqueCount>): refused before any is read, with its count", async () => {
    await expectRefused(
      await withManyStrings(100),
      { sharedStrings: 200 },
      "chuoi.xlsx",
      "Tệp quá lớn: 252 chuỗi văn bản (giới hạn 200 một tệp), " + STOP.vi,
      "Too large: 252 shared strings (limit 200 per file), " + STOP.en,
    );
  });

  it("a file declaring no count: stopped at the first string over the limit", async () => {
    await expectRefused(
      await withManyStrings(100, { declare: false }),
      { sharedStrings: 200 },
      "chuoi.xlsx",
      "Tệp quá lớn: 200+ chuỗi văn bản (giới hạn 200 một tệp), " + STOP.vi,
      "Too large: 200+ shared strings (limit 200 per file), " + STOP.en,
    );
  });

  it("their characters together: stopped as they add up past the limit", async () => {
    await expectRefused(
      await withManyStrings(20, { text: () => "ư".repeat(1000) }),
      { textChars: 20_000 },
      "van-ban-dai.xlsx",
      "Tệp quá lớn: 20.000+ ký tự văn bản (giới hạn 20.000 một tệp), " + STOP.vi,
      "Too large: 20,000+ characters of text (limit 20,000 per file), " + STOP.en,
    );
  });

  it("text held in cells (inline strings, formulas' text) counts with them; shared strings shown in cells do not count twice", async () => {
    const inline = (n: number) =>
      `<row r="1">${Array.from({ length: n }, (_, c) => `<c r="${String.fromCharCode(65 + c)}1" t="inlineStr"><is><t>${"x".repeat(1000)}</t></is></c>`).join("")}</row>`;
    await expectRefused(
      await withSheets([worksheet(inline(10))]),
      { textChars: 12_000 },
      "o-chu.xlsx",
      "Tệp quá lớn: 12.000+ ký tự văn bản (giới hạn 12.000 một tệp), " + STOP.vi,
      "Too large: 12,000+ characters of text (limit 12,000 per file), " + STOP.en,
    );
    // The report's own strings (5,140 characters) are shown in many cells of its sheet: counted once.
    expect((await readReportFile(await withSheets([worksheet(inline(6))]), "o-chu.xlsx", { textChars: 12_000 })).issue).toBeNull();
  });

  it("at the limit, the file reads as before", async () => {
    const read = await readReportFile(await withManyStrings(46, { declare: false }), "chuoi.xlsx", { sharedStrings: 200 });
    expect(read.issue).toBeNull();
    expect(read.reports[0]!.rows).toHaveLength((await readReportFile(await report(), "x.xlsx")).reports[0]!.rows.length);
  });
});

describe("cells", () => {
  // The report's own sheet holds 511 cells (styled or filled), its metadata sheet 16.
  it("one sheet over the per-sheet limit: stopped at the first cell over it, naming the sheet", async () => {
    await expectRefused(
      await withSheets([cellsSheet(1001)]),
      { sheetCells: 1000 },
      "du-lieu.xlsx",
      "Tệp quá lớn: 1.000+ ô trên trang “Dữ liệu 1” (giới hạn 1.000 ô một trang), " + STOP.vi,
      "Too large: 1,000+ cells on sheet “Dữ liệu 1” (limit 1,000 per sheet), " + STOP.en,
    );
    expect((await readReportFile(await withSheets([cellsSheet(1000)]), "du-lieu.xlsx", { sheetCells: 1000 })).issue).toBeNull();
  });

  it("all sheets together over the per-file limit: stopped, naming the sheet where the total passed it", async () => {
    await expectRefused(
      await withSheets([cellsSheet(1000), cellsSheet(1000)]),
      { sheetCells: 1000, fileCells: 2500 },
      "du-lieu.xlsx",
      "Tệp quá lớn: 2.500+ ô (giới hạn 2.500 ô một tệp, tới trang “Dữ liệu 2”), " + STOP.vi,
      "Too large: 2,500+ cells (limit 2,500 per file, reached on sheet “Dữ liệu 2”), " + STOP.en,
    );
  });
});

describe("merged ranges", () => {
  // The report's own sheet holds 13.
  const UNMERGE = {
    vi: "ngừng đọc để tránh làm treo máy: đề nghị đơn vị bỏ gộp ô hoặc chỉ gửi trang báo cáo",
    en: "reading stopped, to protect the machine: ask the unit to unmerge them or send the report sheet alone",
  };

  it("declared over the limit (<mergeCells count>, counting the file's other sheets): refused before any is read", async () => {
    await expectRefused(
      await withSheets([mergedSheet(100)]),
      { mergedRanges: 100 },
      "gop.xlsx",
      `Tệp quá lớn: 113 vùng gộp ô (giới hạn 100 một tệp, tới trang “Dữ liệu 1”), ${UNMERGE.vi}`,
      `Too large: 113 merged ranges (limit 100 per file, reached on sheet “Dữ liệu 1”), ${UNMERGE.en}`,
    );
  });

  it("undeclared: stopped at the first range over the limit", async () => {
    await expectRefused(
      await withSheets([mergedSheet(100, "rows", false)]),
      { mergedRanges: 100 },
      "gop.xlsx",
      `Tệp quá lớn: 100+ vùng gộp ô (giới hạn 100 một tệp, tới trang “Dữ liệu 1”), ${UNMERGE.vi}`,
      `Too large: 100+ merged ranges (limit 100 per file, reached on sheet “Dữ liệu 1”), ${UNMERGE.en}`,
    );
    expect((await readReportFile(await withSheets([mergedSheet(87, "rows", false)]), "gop.xlsx", { mergedRanges: 100 })).issue).toBeNull();
  });
});

describe("sheets, and the rows a report is scanned down to", () => {
  it("a workbook listing more sheets than the limit: stopped at the first over it", async () => {
    // The report lists 3 sheets (its own, the metadata, the lists).
    await expectRefused(
      await withSheets([cellsSheet(1), cellsSheet(1), cellsSheet(1)]),
      { sheets: 5 },
      "nhieu-trang.xlsx",
      "Tệp quá lớn: 5+ trang tính (giới hạn 5 một tệp), " + STOP.vi,
      "Too large: 5+ sheets (limit 5 per file), " + STOP.en,
    );
    expect((await readReportFile(await withSheets([cellsSheet(1), cellsSheet(1)]), "nhieu-trang.xlsx", { sheets: 5 })).issue).toBeNull();
  });

  it("a report sheet holding something far below its table: refused before the scan, with the rows it would take", async () => {
    await expectRefused(
      await withRows('<row r="5000"><c r="A5000"><v>1</v></c></row>'),
      { reportRows: 4999 },
      "dong-xa.xlsx",
      "Tệp quá lớn: các trang báo cáo kéo dài tổng cộng 5.000 dòng (giới hạn 4.999 dòng một tệp), ngừng đọc để tránh làm treo máy: xóa các dòng thừa ở cuối trang rồi gửi lại",
      "Too large: the report sheets run to 5,000 rows in all (limit 4,999 per file), reading stopped, to protect the machine: delete the stray rows at the foot of the sheets and send it again",
    );
  });

  it("sheets that are not reports (a data sheet of many rows) are not scanned and do not count", async () => {
    const read = await readReportFile(await withSheets([cellsSheet(20_000, { compact: true })]), "du-lieu.xlsx", { reportRows: 1000 });
    expect(read.issue).toBeNull();
    expect(read.reports.map((r) => r.origin.sheet)).toEqual([SHEET, "Dữ liệu 1"]);
  });

  it("row records and cells without a value (formatting, which writers leave down to row 1,048,576) are not scanned", async () => {
    const stray = '<row r="1048576" ht="20" customHeight="1"><c r="A1048576" s="1"/></row>';
    const cells = readSheetCells(worksheet(`<row r="3"><c r="B3"><v>1</v></c></row>${stray}`), NO_STYLES);
    expect(cells.lastRow).toBe(3);
    const read = await readReportFile(await withRows(stray), "dinh-dang.xlsx", { reportRows: 100 });
    expect(read.issue).toBeNull();
    expect(read.reports[0]!.rows).toEqual((await readReportFile(await report(), "dinh-dang.xlsx")).reports[0]!.rows);
  });
});

describe("Excel's grid (1,048,576 rows × 16,384 columns), which bounds every scan of a sheet", () => {
  const outside = (where: string) =>
    [
      `Trang “${SHEET}” có vùng ${where} nằm ngoài lưới của Excel (1.048.576 dòng × 16.384 cột): tệp không do Excel lưu; đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại`,
      `Sheet “${SHEET}” reaches ${where}, outside Excel's grid (1,048,576 rows × 16,384 columns): the file was not saved by Excel; ask the unit to open it in Excel, save it and send it again`,
    ] as const;

  it("a row past the last (the reader would otherwise scan a billion empty rows)", async () => {
    await expectRefused(
      await withRows('<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>'),
      {},
      "hang.xlsx",
      ...outside("2000000000:2000000000"),
    );
  });

  it("a cell past the last column", async () => {
    await expectRefused(await withRows('<row r="60"><c r="XFE60"><v>1</v></c></row>'), {}, "cot.xlsx", ...outside("XFE60"));
  });

  it("a merged range past the last row", async () => {
    await expectRefused(await withMerges('<mergeCell ref="A60:A1048577"/>'), {}, "gop.xlsx", ...outside("A60:A1048577"));
  });

  it("the last row and column themselves are in the grid", () => {
    const cells = readSheetCells(
      worksheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row><mergeCells><mergeCell ref="XFC1:XFD1048576"/></mergeCells>'),
      NO_STYLES,
    );
    expect([cells.lastRow, cells.value(1_048_576, 16_384), cells.merged(1, 16_383), cells.covered(1_048_576, 16_384)]).toEqual([
      1_048_576,
      null,
      true,
      true,
    ]);
    expect(readSheetCells(worksheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), NO_STYLES).value(1_048_576, 16_384)).toBe(1);
  });
});

describe("a cell whose address is not a cell's (a hand-edited file): its value would have no place", () => {
  it("holding a value: the file is refused, naming the sheet and the address, not read with the value lost", async () => {
    await expectRefused(
      await withRows('<row r="60"><c r="$C$60"><v>1250</v></c></row>'),
      {},
      "sua-tay.xlsx",
      `Trang “${SHEET}” có giá trị ở ô mang địa chỉ “$C$60”, không phải địa chỉ ô: tệp không do Excel lưu và không biết giá trị nằm ở ô nào; đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại`,
      `Sheet “${SHEET}” holds a value in a cell addressed “$C$60”, which is not a cell address: the file was not saved by Excel and the value's place is unknown; ask the unit to open it in Excel, save it and send it again`,
    );
  });

  it("empty: skipped, and the report reads as it would without it", async () => {
    const read = await readReportFile(await withRows('<row r="60"><c r="C0" s="1"/></row>'), "trong.xlsx");
    expect(read.issue).toBeNull();
    expect(read.reports[0]!.rows).toEqual((await readReportFile(await report(), "trong.xlsx")).reports[0]!.rows);
  });
});

describe("the limit error", () => {
  it("names what, the count and the limit, and maps to the issue (the unpacked-bytes one keeps its message)", async () => {
    const error = new ReadLimitError("sheetCells", 5, 6, false, "Dữ liệu");
    expect(error.message).toBe("sheetCells: more than 5 (limit 5) on sheet Dữ liệu");
    expect(limitIssue("x.xlsx", new ReadLimitError("unpackedBytes", 8 * 1024 * 1024, 9e6, false)).text!.en).toBe(
      "The file unpacks to more than 8 MB, too large for a report: check it (it may hold images or unrelated data)",
    );
    const pkg = await openXlsx(await report(), { sharedStrings: 10 }).catch((e: unknown) => e);
    expect(pkg).toBeInstanceOf(ReadLimitError);
  });
});
