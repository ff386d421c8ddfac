/**
 * What a received file is, from its bytes and its name (src/xlsx/file-format.ts through readReportFile): a report
 * to read (.xlsx, .xlsm), another spreadsheet format to save as .xlsx (.xls, .ods, .csv, .numbers, .xlsb, WPS .et),
 * a password-protected workbook, or a file that is only noted (lock file, empty file, PDF). An Excel 97–2003 .xls
 * and a password-protected .xlsx are both OLE compound files: the directory tells them apart.
 */
import { spawnSync, execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { encryptedWorkbook, report } from "../adversarial/corpus";
import { compoundFile, encryptedXlsx, xlsWorkbook } from "../cli/compound-file";
import { compoundFileNames, sniffFile } from "../../src/xlsx/file-format";
import { readReportFile } from "../../src/xlsx/report-reader";

const UNSUPPORTED = (format: string) =>
  `Đã nhận, định dạng không đọc được (${format}) — hãy lưu lại thành .xlsx (Tệp → Lưu thành → Sổ làm việc Excel) rồi gửi lại · ` +
  `Received, unreadable format (${format}) — save it as .xlsx (File → Save As → Excel Workbook) and send it again`;
const LOCK =
  "Tệp khoá của Excel/LibreOffice (sổ đang mở ở máy khác), bỏ qua: báo cáo là tệp cùng tên bên cạnh · " +
  "Excel/LibreOffice lock file (the workbook is open on another computer), skipped: the report is the file of the same name beside it";
const EMPTY = "Tệp rỗng (0 byte), bỏ qua: đề nghị đơn vị gửi lại · Empty file (0 bytes), skipped: ask the unit to send it again";
const OTHER = (format: string) =>
  `Đã nhận, không phải bảng tính (${format}): không tổng hợp; nếu đây là báo cáo, đề nghị gửi bản .xlsx · ` +
  `Received, not a spreadsheet (${format}): not consolidated; if it is a report, ask for the .xlsx`;

const issueOf = async (bytes: Uint8Array, name: string) => {
  const read = await readReportFile(bytes, name);
  expect(read.reports).toEqual([]);
  const { kind, rejected, origin, cell, message } = read.issue!;
  return { kind, rejected, origin, cell, message };
};

/** A zip whose first entry is the stored "mimetype", as every OpenDocument package begins. */
async function openDocument(mime: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", mime, { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

let xlsx: Uint8Array;
beforeAll(async () => {
  xlsx = await report();
});

describe("reports read", () => {
  it.each(["bao-cao.xlsx", "bao-cao.xlsm", "BAO-CAO.XLSM", "so-ct/2025/bao-cao.xlsx"])(
    "%s: read, provenance is the name given",
    async (name) => {
      const read = await readReportFile(xlsx, name);
      expect(read.issue).toBeNull();
      expect(read.reports.length).toBeGreaterThan(0);
      expect(read.reports.every((r) => r.origin.file === name && r.meta !== null && r.rows.length > 0)).toBe(true);
    },
  );

  it("a .xlsx renamed .xls (Excel opens it, with a warning) is read like any .xlsx", async () => {
    const read = await readReportFile(xlsx, "doi-ten.xls");
    expect(read.issue).toBeNull();
    expect(read.reports[0]!.meta!.unitId).toBe("SO_CT");
  });
});

describe("spreadsheets in another format: refused, saying to save as .xlsx", () => {
  it("an Excel 97–2003 .xls (OLE file with a Workbook stream) is not called password-protected", async () => {
    expect([...compoundFileNames(xlsWorkbook())]).toEqual(["Root Entry", "Workbook", "\u0005SummaryInformation"]);
    expect(await issueOf(xlsWorkbook(), "bao-cao.xls")).toEqual({
      kind: "unsupported_format",
      rejected: true,
      origin: { file: "bao-cao.xls", sheet: "" },
      cell: "",
      message: UNSUPPORTED(".xls"),
    });
  });

  it("the same content named .xlsx is still an .xls (the content decides)", async () => {
    expect(await issueOf(xlsWorkbook(), "doi-ten.xlsx")).toMatchObject({ kind: "unsupported_format", message: UNSUPPORTED(".xls") });
  });

  it("an Excel 5/95 workbook (a Book stream) and a WPS .et are refused the same way", async () => {
    expect(await issueOf(compoundFile(["Book"]), "cu.xls")).toMatchObject({ kind: "unsupported_format", message: UNSUPPORTED(".xls") });
    expect(await issueOf(compoundFile(["Workbook"]), "wps.et")).toMatchObject({ kind: "unsupported_format", message: UNSUPPORTED(".et") });
  });

  it.each([
    ["bao-cao.ods", "application/vnd.oasis.opendocument.spreadsheet", ".ods"],
    ["bao-cao.xlsx", "application/vnd.oasis.opendocument.spreadsheet", ".ods"],
    ["mau.ots", "application/vnd.oasis.opendocument.spreadsheet-template", ".ots"],
  ])("%s holding an OpenDocument spreadsheet (%s)", async (name, mime, format) => {
    expect(await issueOf(await openDocument(mime), name)).toMatchObject({
      kind: "unsupported_format",
      rejected: true,
      message: UNSUPPORTED(format),
    });
  });

  it.each([
    ["bao-cao.csv", () => new TextEncoder().encode("Mã,Kết quả\nA.1,12\n"), ".csv"],
    ["bao-cao.numbers", () => xlsx, ".numbers"], // a zip, but not one this reader can read
    ["bao-cao.xlsb", () => xlsx, ".xlsb"],
    ["bao-cao.et", () => new TextEncoder().encode("not OLE"), ".et"],
  ])("%s", async (name, bytes, format) => {
    expect(await issueOf(bytes(), name)).toEqual({
      kind: "unsupported_format",
      rejected: true,
      origin: { file: name, sheet: "" },
      cell: "",
      message: UNSUPPORTED(format),
    });
  });
});

describe("password-protected workbooks", () => {
  it("an encrypted .xlsx (EncryptedPackage in the OLE directory) says to remove the password, whatever its name", async () => {
    for (const name of ["mat-khau.xlsx", "mat-khau.xls", "mat-khau.xlsm"]) {
      const issue = await issueOf(encryptedXlsx(), name);
      expect(issue).toMatchObject({ kind: "unreadable_file", rejected: true, origin: { file: name, sheet: "" } });
      expect(issue.message).toMatch(/^Tệp được đặt mật khẩu nên không đọc được: .* · The file is password-protected/);
    }
  });

  it("an OLE file named .xlsx whose directory shows nothing else is still taken for an encrypted workbook", async () => {
    expect((await issueOf(encryptedWorkbook(), "mat-khau.xlsx")).message).toMatch(/^Tệp được đặt mật khẩu/);
  });
});

describe("files only noted (a warning that counts nothing)", () => {
  const lockBytes = new Uint8Array(165).fill(0x20);
  it.each([
    ["~$bao-cao.xlsx", lockBytes, "skipped_file", LOCK],
    ["so-ct/~$bao-cao.xlsm", lockBytes, "skipped_file", LOCK],
    [".~lock.bao-cao.xlsx#", new TextEncoder().encode("Nguyen Van A,may-1,localhost,02.06.2025 09:00,\n"), "skipped_file", LOCK],
    ["rong.xlsx", new Uint8Array(0), "skipped_file", EMPTY],
    ["rong.pdf", new Uint8Array(0), "skipped_file", EMPTY],
    ["ban-ky.pdf", new TextEncoder().encode("%PDF-1.7\n…"), "other_file", OTHER(".pdf")],
    ["ban-ky.xlsx", new TextEncoder().encode("%PDF-1.4\n…"), "other_file", OTHER(".pdf")],
    ["cong-van.doc", compoundFile(["WordDocument"]), "other_file", OTHER(".doc")],
    ["anh.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), "other_file", OTHER(".jpg")],
  ])("%s", async (name, bytes, kind, message) => {
    expect(await issueOf(bytes, name)).toEqual({ kind, rejected: false, origin: { file: name, sheet: "" }, cell: "", message });
  });

  it("a Word document (a zip) is not a spreadsheet", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    expect(await issueOf(await zip.generateAsync({ type: "uint8array" }), "cong-van.docx")).toMatchObject({
      kind: "other_file",
      rejected: false,
      message: OTHER(".docx"),
    });
  });

  it("macOS's ._ companion of a copied file", async () => {
    const bytes = new Uint8Array([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, ...new Array(60).fill(0)]);
    expect(await issueOf(bytes, "._bao-cao.xlsx")).toMatchObject({
      kind: "skipped_file",
      rejected: false,
      message: expect.stringMatching(/^Tệp phụ do macOS tạo/),
    });
  });

  it("a lock-file name on a real workbook: the workbook is read (nothing typed is dropped)", async () => {
    expect((await readReportFile(xlsx, "~$bao-cao.xlsx")).reports.length).toBeGreaterThan(0);
  });

  it("a text file named .xlsx is still an unreadable file, as before", async () => {
    expect(await issueOf(new TextEncoder().encode("Báo cáo gửi kèm email"), "gia.xlsx")).toMatchObject({
      kind: "unreadable_file",
      rejected: true,
    });
  });

  it("a truncated compound file is never read as a zip and never throws", () => {
    const whole = encryptedXlsx();
    for (let n = 8; n <= whole.length; n += 37)
      expect(["encrypted", "unsupported"]).toContain(sniffFile(whole.subarray(0, n), "x.xlsx").kind);
    expect(sniffFile(whole.subarray(0, 8), "x.xls")).toEqual({ kind: "unsupported", format: ".xls" });
  });
});

// Files written by LibreOffice itself, where it is installed (CI installs it): the real formats, not only hand-built ones.
const soffice = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
(soffice ? describe : describe.skip)("formats written by LibreOffice", () => {
  it("a report saved as .xls and as .ods by LibreOffice is listed as an unreadable format, not a password", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ttx-formats-"));
    const source = path.join(dir, "bao-cao.xlsx");
    writeFileSync(source, xlsx);
    for (const format of ["xls", "ods"]) {
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--norestore",
          "--convert-to",
          format,
          "--outdir",
          dir,
          source,
        ],
        { timeout: 120_000, stdio: "pipe" },
      );
      const bytes = new Uint8Array(readFileSync(path.join(dir, `bao-cao.${format}`)));
      expect(await issueOf(bytes, `bao-cao.${format}`)).toMatchObject({
        kind: "unsupported_format",
        rejected: true,
        message: UNSUPPORTED(`.${format}`),
      });
    }
  }, 150_000);
});
