/**
 * `ttx consolidate` on a folder as departments really fill one: sub-folders at any depth, a .xlsm, an old .xls, a
 * password-protected .xlsx, an .ods and a .csv, Excel's lock file, an empty file, the scanned PDF of the signed
 * report, a report for another period, and a temporary file left by an interrupted run. Every file found is either
 * read (its rows in Detail or Issues, provenance = its path under the folder given) or one Issue row naming it. The
 * output is written beside the folder: inside it, it is refused.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { listInputs } from "../../src/cli/consolidate-command";
import { run } from "../../src/cli/main";
import { t } from "../../src/core/i18n/messages";
import { readReportFile } from "../../src/xlsx/report-reader";
import { editMeta, report } from "../adversarial/corpus";
import { capture } from "../support/capture-io";
import { encryptedXlsx, xlsWorkbook } from "./compound-file";

const PERIOD = "2025-H1";
const dir = mkdtempSync(path.join(tmpdir(), "ttx-folders-"));
const inbox = path.join(dir, "hop-thu");

function put(rel: string, bytes: Uint8Array | string): void {
  const file = path.join(inbox, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/** Every row of one sheet of the consolidated workbook, as objects keyed by the (Vietnamese) column headers. */
async function rows(file: string, sheet: "conIssues" | "conDetail"): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(t(sheet, {}, "vi"))!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

const ISSUE = {
  kind: "Loại",
  outcome: "Xử lý",
  file: "Tệp",
  sheet: "Trang",
  reasonVi: "Lý do (tiếng Việt)",
  reasonEn: "Lý do (tiếng Anh)",
} as const;
/** The reason as one "Vietnamese · English" text: the sheet gives each language its own column. */
const reasonOf = (r: Record<string, unknown>) =>
  [r[ISSUE.reasonVi], r[ISSUE.reasonEn]].filter((x) => x !== null && x !== undefined && x !== "").join(" · ") || undefined;
const kind = (k: string) => t(`kind_${k}` as Parameters<typeof t>[0], {}, "vi");
const REJECTED = t("conRejected", {}, "vi");
/** A file holding no report is only noted: nothing of it is "still counted". */
const NOTE = t("conNote", {}, "vi");
/** Whole-file issue rows (no sheet), by file. */
const fileRows = (issues: Record<string, unknown>[]) =>
  Object.fromEntries(
    issues.filter((r) => r[ISSUE.sheet] === null).map((r) => [r[ISSUE.file] as string, [r[ISSUE.kind], r[ISSUE.outcome], reasonOf(r)]]),
  );

let wrongPeriodSheet = "";

beforeAll(async () => {
  const ct = await report(undefined, { unit: "SO_CT" });
  put("so-ct/2025/bao-cao.xlsx", ct);
  put("so-ct/2025/~$bao-cao.xlsx", new Uint8Array(165).fill(0x20)); // Excel's lock file while it is open
  put("so-ct/2025/ban-ky.pdf", "%PDF-1.7\nbản quét báo cáo đã ký");
  put("so-xd/bao-cao.xlsm", await report(undefined, { unit: "SO_XD" })); // same zip package as .xlsx
  put(".tam/so-tc.xlsx", await report(undefined, { unit: "SO_TC" })); // a dot-folder: still read
  put("cu/bao-cao.xls", xlsWorkbook());
  put("cu/2024.xlsx", await report((wb) => editMeta(wb, "period", "2024-annual"), { unit: "SO_NNMT" }));
  put("mat-khau.xlsx", encryptedXlsx());
  put("so-tc/bao-cao.ods", "PK\u0003\u0004 not really an ods");
  put("so-tc/bao-cao.csv", "Mã,Kết quả\nA.1,12\n");
  put("rong.xlsx", new Uint8Array(0));
  put(".DS_Store", "\u0000\u0000\u0000\u0001Bud1"); // left by macOS: not listed
  put(".tong-hop.xlsx.4242.tmp", "left by an interrupted run: not listed");
  wrongPeriodSheet = (await readReportFile(readFileSync(path.join(inbox, "cu/2024.xlsx")), "x")).reports[0]!.origin.sheet;
}, 60_000);

describe("ttx consolidate, a folder as departments fill it", () => {
  const out = () => path.join(dir, "tong-hop.xlsx");

  it("reads sub-folders at any depth, lists every other file once, and names the other-period reports last", async () => {
    const io = capture();
    expect(await run(["consolidate", inbox, "--period", PERIOD, "-o", out()], io)).toBe(0);
    const issues = await rows(out(), "conIssues");
    const detail = await rows(out(), "conDetail");

    // Provenance is the path under the folder given, forward slashes.
    const read = [...new Set(detail.map((r) => r[ISSUE.file]))].sort();
    expect(read).toEqual([".tam/so-tc.xlsx", "so-ct/2025/bao-cao.xlsx", "so-xd/bao-cao.xlsm"]);

    const unsupported = (format: string) =>
      `Đã nhận, định dạng không đọc được (${format}) — hãy lưu lại thành .xlsx (Tệp → Lưu thành → Sổ làm việc Excel) rồi gửi lại · ` +
      `Received, unreadable format (${format}) — save it as .xlsx (File → Save As → Excel Workbook) and send it again`;
    expect(fileRows(issues)).toEqual({
      "cu/bao-cao.xls": [kind("unsupported_format"), REJECTED, unsupported(".xls")],
      "mat-khau.xlsx": [kind("unreadable_file"), REJECTED, t("issueEncrypted", {}, "vi") + " · " + t("issueEncrypted", {}, "en")],
      "so-tc/bao-cao.ods": [kind("unsupported_format"), REJECTED, unsupported(".ods")],
      "so-tc/bao-cao.csv": [kind("unsupported_format"), REJECTED, unsupported(".csv")],
      "so-ct/2025/~$bao-cao.xlsx": [kind("skipped_file"), NOTE, t("issueLockFile", {}, "vi") + " · " + t("issueLockFile", {}, "en")],
      "rong.xlsx": [
        kind("skipped_file"),
        NOTE,
        "Tệp rỗng (0 byte), bỏ qua: đề nghị đơn vị gửi lại · Empty file (0 bytes), skipped: ask the unit to send it again",
      ],
      "so-ct/2025/ban-ky.pdf": [
        kind("other_file"),
        NOTE,
        t("issueOtherFile", { format: ".pdf" }, "vi") + " · " + t("issueOtherFile", { format: ".pdf" }, "en"),
      ],
    });
    expect(t("issueLockFile", {}, "vi")).toMatch(/^Tệp khoá của Excel/);
    // The other-period report: every row refused, with its path.
    const wrong = issues.filter((r) => r[ISSUE.file] === "cu/2024.xlsx");
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.every((r) => r[ISSUE.kind] === kind("wrong_period") && r[ISSUE.sheet] === wrongPeriodSheet)).toBe(true);
    // Never the output itself, the temporary file of a run, or macOS's folder file.
    const everyFile = new Set([...issues, ...detail].map((r) => r[ISSUE.file]));
    expect([...everyFile].filter((f) => /tong-hop|DS_Store|\.tmp$/.test(String(f)))).toEqual([]);
    expect(everyFile.size).toBe(11);

    const lines = io.err.trimEnd().split("\n");
    expect(lines.at(-5)).toBe(`\r11 tệp · files → ${out()}`);
    expect(lines.at(-2)).toBe(`Báo cáo thuộc kỳ khác, không được tính (1): cu/2024.xlsx › ${wrongPeriodSheet} (2024-annual)`);
    expect(lines.at(-1)).toBe(`Reports for another period, not counted (1): cu/2024.xlsx › ${wrongPeriodSheet} (2024-annual)`);
  }, 60_000);

  it("an output inside the folder given is refused before anything is read or written: the next run would read it", async () => {
    const inside = path.join(inbox, "so-ct", "tong-hop.xlsx");
    const io = capture();
    expect(await run(["consolidate", inbox, "--period", PERIOD, "-o", inside], io)).toBe(2);
    expect(io.err).toBe(
      `Tệp kết quả "${inside}" nằm trong thư mục đầu vào "${path.join(inbox, "so-ct")}", nơi lần tổng hợp sau sẽ đọc lại nó: hãy ghi ra ngoài thư mục đó · ` +
        `The output "${inside}" lies inside the input folder "${path.join(inbox, "so-ct")}", where the next consolidation would read it again: write it outside that folder\n`,
    );
    expect(() => statSync(inside)).toThrow();
  }, 60_000);

  it("a file named directly keeps its base name; named and found in the folder, it counts once", async () => {
    const io = capture();
    const o = path.join(dir, "mot-tep.xlsx");
    const named = path.join(inbox, "so-xd", "bao-cao.xlsm");
    expect(await run(["consolidate", named, "--period", PERIOD, "-o", o], io)).toBe(0);
    expect([...new Set((await rows(o, "conDetail")).map((r) => r[ISSUE.file]))]).toEqual(["bao-cao.xlsm"]);
    const found = await listInputs([named, inbox], { output: out() });
    expect(found.filter((f) => f.path.endsWith("bao-cao.xlsm")).map((f) => f.label)).toEqual(["so-xd/bao-cao.xlsm"]);
  }, 60_000);

  it("the same name in two folders given: each is prefixed with its folder, in name order", async () => {
    const a = path.join(dir, "don-vi-a");
    const b = path.join(dir, "don-vi-b");
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(path.join(a, "bao-cao.xlsx"), await report(undefined, { unit: "SO_CT" }));
    writeFileSync(path.join(b, "bao-cao.xlsx"), await report(undefined, { unit: "SO_XD" }));
    const found = await listInputs([b, a]);
    expect(found.map((f) => [f.label, f.action])).toEqual([
      ["don-vi-a/bao-cao.xlsx", "read"],
      ["don-vi-b/bao-cao.xlsx", "read"],
    ]);
  }, 60_000);

  it("lists a folder without loading what is not a spreadsheet by name, and a Numbers document (a folder) as one file", async () => {
    const d = path.join(dir, "liet-ke");
    mkdirSync(path.join(d, "bang.numbers", "Index"), { recursive: true });
    writeFileSync(path.join(d, "bang.numbers", "Index", "Document.iwa"), "x");
    writeFileSync(path.join(d, "anh.jpg"), "jpeg");
    writeFileSync(path.join(d, "rong.pdf"), "");
    writeFileSync(path.join(d, "Thumbs.db"), "x");
    writeFileSync(path.join(d, "khong-duoi"), "x");
    const found = await listInputs([d]);
    expect(found.map((f) => [f.label, f.action])).toEqual([
      ["anh.jpg", "other"],
      ["bang.numbers", "bundle"],
      ["khong-duoi", "read"],
      ["rong.pdf", "read"], // empty: the reader says "empty file" rather than "not a spreadsheet"
    ]);
    const io = capture();
    const o = path.join(dir, "liet-ke.xlsx");
    expect(await run(["consolidate", d, "--period", PERIOD, "-o", o], io)).toBe(3);
    expect(fileRows(await rows(o, "conIssues"))).toMatchObject({
      "anh.jpg": [kind("other_file"), NOTE, expect.stringContaining("(.jpg)")],
      "bang.numbers": [kind("unsupported_format"), REJECTED, expect.stringContaining("(.numbers)")],
      "khong-duoi": [kind("unreadable_file"), REJECTED, expect.stringContaining("not a zip archive")],
      "rong.pdf": [kind("skipped_file"), NOTE, expect.stringMatching(/^Tệp rỗng/)],
    });
  }, 60_000);
});

describe("exit code 3 when nothing at all was accepted", () => {
  it("writes the workbook with the issues, says so last, and exits 3", async () => {
    const d = path.join(dir, "khong-gi");
    mkdirSync(d);
    writeFileSync(path.join(d, "cu.xls"), xlsWorkbook());
    writeFileSync(path.join(d, "ban-ky.pdf"), "%PDF-1.4");
    writeFileSync(path.join(d, "nam-truoc.xlsx"), await report((wb) => editMeta(wb, "period", "2024-H1")));
    const io = capture();
    const o = path.join(dir, "khong-gi.xlsx");
    expect(await run(["consolidate", d, "--period", PERIOD, "-o", o], io)).toBe(3);
    expect(statSync(o).size).toBeGreaterThan(0);
    const issues = await rows(o, "conIssues");
    expect(fileRows(issues)).toMatchObject({
      "cu.xls": [kind("unsupported_format"), REJECTED, expect.any(String)],
      "ban-ky.pdf": [kind("other_file"), NOTE, expect.any(String)],
    });
    expect(issues.filter((r) => r[ISSUE.file] === "nam-truoc.xlsx").every((r) => r[ISSUE.kind] === kind("wrong_period"))).toBe(true);
    const lines = io.err.trimEnd().split("\n");
    expect(lines.slice(-4)).toEqual([
      expect.stringMatching(/^Báo cáo thuộc kỳ khác, không được tính \(1\): nam-truoc\.xlsx › .+ \(2024-H1\)$/),
      expect.stringMatching(/^Reports for another period, not counted \(1\): nam-truoc\.xlsx › .+ \(2024-H1\)$/),
      `Không có dòng nào được chấp nhận (mã thoát 3): xem trang “Vấn đề” trong ${o}`,
      `Nothing was accepted (exit code 3): see the “Vấn đề” sheet in ${o}`,
    ]);
  }, 60_000);

  it("names the Issues sheet in the workbook's language", async () => {
    const d = path.join(dir, "chi-pdf");
    mkdirSync(d);
    writeFileSync(path.join(d, "ban-ky.pdf"), "%PDF-1.4");
    const io = capture();
    const o = path.join(dir, "chi-pdf.xlsx");
    expect(await run(["consolidate", d, "--period", PERIOD, "-o", o, "--lang", "en"], io)).toBe(3);
    expect(io.err.trimEnd().split("\n").at(-1)).toBe(`Nothing was accepted (exit code 3): see the “Issues” sheet in ${o}`);
  }, 60_000);
});

describe("the period as people type it", () => {
  it.each([
    ["2025-h1", "2025-H1"],
    ["2025 H1", "2025-H1"],
    ["6 tháng đầu năm 2025", "2025-H1"],
    ["2025-6 tháng", "2025-H1"],
  ])(
    "%s is read as %s, says so, and the reports of that period are accepted",
    async (period, want) => {
      const io = capture();
      const o = path.join(dir, `ky-${period.replace(/\W/g, "_")}.xlsx`);
      expect(await run(["consolidate", inbox, "--period", period, "-o", o], io)).toBe(0);
      expect(io.err.split("\n")[0]).toBe(`Kỳ báo cáo "${period}" được hiểu là ${want} · Period "${period}" read as ${want}`);
      expect(new Set((await rows(o, "conDetail")).map((r) => r[ISSUE.file]))).toEqual(
        new Set([".tam/so-tc.xlsx", "so-ct/2025/bao-cao.xlsx", "so-xd/bao-cao.xlsm"]),
      );
    },
    60_000,
  );

  it.each([
    ["2025-Annual", "2025-annual"],
    ["cả năm 2025", "2025-annual"],
    ["2025/cả năm", "2025-annual"],
  ])(
    "%s is read as %s (the H1 reports then belong to another period)",
    async (period, want) => {
      const io = capture();
      const o = path.join(dir, `ky-${period.replace(/\W/g, "_")}.xlsx`);
      expect(await run(["consolidate", inbox, "--period", period, "-o", o], io)).toBe(3);
      expect(io.err.split("\n")[0]).toBe(`Kỳ báo cáo "${period}" được hiểu là ${want} · Period "${period}" read as ${want}`);
    },
    60_000,
  );

  it.each(["2025", "2025-H2", "6 tháng cuối năm 2025", "Q1 2025", "H1", "2016-H1"])(
    "%s is refused with the accepted forms, exit 2, nothing written",
    async (period) => {
      const io = capture();
      const o = path.join(dir, "ky-sai.xlsx");
      expect(await run(["consolidate", inbox, "--period", period, "-o", o], io)).toBe(2);
      expect(io.err).toBe(
        `Kỳ báo cáo "${period}" không hợp lệ: dùng dạng 2025-H1 (6 tháng) hoặc 2025-annual (cả năm) · Invalid period "${period}": use 2025-H1 (six-month) or 2025-annual (full year)\n` +
          `${t("cliConsolidateUsage", {}, "vi")} · ${t("cliConsolidateUsage", {}, "en")}\n`,
      );
      expect(() => statSync(o)).toThrow();
    },
  );

  it("a path that does not exist, beside one that does, is an error, not a smaller consolidation", async () => {
    const io = capture();
    const o = path.join(dir, "typo.xlsx");
    expect(await run(["consolidate", inbox, path.join(dir, "bao-cao-typo.xlsx"), "--period", PERIOD, "-o", o], io)).toBe(2);
    expect(io.err).toBe(
      `Không tìm thấy tệp hoặc thư mục: ${path.join(dir, "bao-cao-typo.xlsx")} · No such file or folder: ${path.join(dir, "bao-cao-typo.xlsx")}\n`,
    );
    expect(() => statSync(o)).toThrow();
  });
});
