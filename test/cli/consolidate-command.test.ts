/**
 * `ttx sample` then `ttx consolidate`, as a user runs them: a folder of reports with a corrupt file and a text
 * file named .xlsx among them. Unreadable files become issues, a file named twice counts once, bad arguments
 * give a bilingual message and exit 2 without writing anything.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { progressBar } from "../../src/cli/consolidate-command";
import { run } from "../../src/cli/main";
import { t } from "../../src/core/i18n/messages";
import { capture } from "../support/capture-io";

const dir = mkdtempSync(path.join(tmpdir(), "ttx-consolidate-"));
const samples = path.join(dir, "samples");

beforeAll(async () => {
  expect(await run(["sample", "--units", "8", "--period", "2025-annual", "-o", samples], capture())).toBe(0);
  writeFileSync(path.join(samples, "hong.xlsx"), Buffer.from("PK\u0003\u0004 not really a zip"));
  writeFileSync(path.join(samples, "ghi-chu.xlsx"), "Đây là tệp văn bản");
}, 60_000);

describe("ttx consolidate", () => {
  it("consolidates a folder, lists unreadable files as issues and prints the counts", async () => {
    const io = capture();
    const out = path.join(dir, "tong-hop.xlsx");
    const first = readdirSync(samples).find((f) => f.startsWith("TTX-"))!;
    // The first file named again explicitly: it must count once.
    expect(await run(["consolidate", samples, path.join(samples, first), "--period", "2025-annual", "-o", out], io)).toBe(0);
    const files = readdirSync(samples).length;
    expect(io.err).toContain(`${files} tệp · files → ${out}`);
    expect(io.err).toMatch(/Số dòng đọc (\d+) = chấp nhận (\d+) \+ từ chối (\d+)/);
    const [, read, accepted, rejected] = /Rows read (\d+) = accepted (\d+) \+ rejected (\d+)/.exec(io.err)!.map(Number);
    expect(read).toBe(accepted! + rejected!);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Chi tiết")!.actualRowCount - 1).toBe(accepted);
    const issues: unknown[][] = [];
    wb.getWorksheet("Vấn đề")!.eachRow((row, n) => n > 1 && issues.push((row.values as unknown[]).slice(1)));
    const unreadable = issues.filter((r) => r[0] === "Tệp không đọc được").map((r) => r[2]);
    expect(unreadable.sort()).toEqual(["ghi-chu.xlsx", "hong.xlsx"]);
    expect(issues.filter((r) => r[1] === "Từ chối" && r[4] !== undefined)).toHaveLength(rejected!);
    // The two unreadable files are listed on the Issues sheet only.
    // The files line is in the Summary's footnote (the count check).
    const summaryTexts: unknown[] = [];
    wb.getWorksheet("Tổng hợp")!.eachRow((row) => summaryTexts.push(row.getCell(1).value));
    expect(summaryTexts).toContain(t("conFilesLine", { files, read: files - 2, listed: 2 }, "vi"));
  }, 60_000);

  it("gives the same workbook content for the same inputs, whatever their order", async () => {
    const shuffled = path.join(dir, "shuffled");
    mkdirSync(shuffled);
    const names = readdirSync(samples).filter((f) => f.startsWith("TTX-"));
    for (const f of names) copyFileSync(path.join(samples, f), path.join(shuffled, f));
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    expect(await run(["consolidate", ...names.map((f) => path.join(samples, f)), "--period", "2025-annual", "-o", a], capture())).toBe(0);
    expect(
      await run(["consolidate", ...[...names].reverse().map((f) => path.join(shuffled, f)), "--period", "2025-annual", "-o", b], capture()),
    ).toBe(0);
    const dump = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.worksheets.map((s) => {
        const rows: unknown[] = [];
        s.eachRow((row) => rows.push(row.values));
        return [s.name, rows];
      });
    };
    expect(await dump(b)).toEqual(await dump(a));
    // The charts too: same parts, same cached figures.
    const charts = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const names = Object.keys(zip.files)
        .filter((n) => /^xl\/(charts|drawings)\//.test(n))
        .sort();
      return Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")]));
    };
    const chartsA = await charts(a);
    expect(chartsA.length).toBeGreaterThanOrEqual(5); // three charts, the drawing and its relationships
    expect(await charts(b)).toEqual(chartsA);
  }, 60_000);

  it.each([
    [["consolidate", "x", "-o", "y.xlsx"], 'Kỳ báo cáo "" không hợp lệ'],
    [["consolidate", "x", "--period", "2025-Q3", "-o", "y.xlsx"], 'Kỳ báo cáo "2025-Q3" không hợp lệ'],
    [["consolidate", "x", "--period", "2025-H1"], "Thiếu tùy chọn -o · Missing option -o"],
    [["consolidate", "--period", "2025-H1", "-o", "y.xlsx"], "Cách dùng: ttx consolidate"],
    [
      ["consolidate", "no-such-folder", "--period", "2025-H1", "-o", "y.xlsx"],
      "Không tìm thấy tệp hoặc thư mục: no-such-folder · No such file or folder: no-such-folder",
    ],
    [
      ["consolidate", ".", "--period", "2025-H1", "-o", path.join(tmpdir(), "ttx-never-written.xlsx")],
      "Không tìm thấy tệp .xlsx nào trong: .",
    ],
    [["consolidate", ".", "--period", "2025-H1", "-o", "y.xlsx"], 'The output "y.xlsx" lies inside the input folder "."'],
    [
      ["consolidate", "x", "--period", "2025-H2", "-o", "y.xlsx"],
      'Kỳ báo cáo "2025-H2" không hợp lệ: dùng dạng 2025-H1 (6 tháng) hoặc 2025-annual (cả năm)',
    ],
    [["consolidate", "x", "--period", "2025", "-o", "y.xlsx"], 'Invalid period "2025": use 2025-H1 (six-month) or 2025-annual (full year)'],
    [["consolidate", ".", "--period", "2025-H1", "-o", "y.xlsx", "--lang", "fr"], 'Ngôn ngữ "fr" không hợp lệ'],
    [["sample", "--units", "0", "--period", "2025-H1", "-o", "s"], "Cách dùng: ttx sample"],
    [["sample", "--units", "0", "--period", "2025-H1", "-o", "s"], '--units must be a plain positive whole number from 1 to 500: got "0"'],
    [["sample", "--units", "3", "--period", "2025", "-o", "s"], 'Kỳ báo cáo "2025" không hợp lệ'],
  ])("%j → exit 2, bilingual message, nothing written", async (argv, message) => {
    const io = capture();
    const cwd = process.cwd();
    const empty = mkdtempSync(path.join(tmpdir(), "ttx-bad-"));
    process.chdir(empty);
    try {
      expect(await run(argv, io)).toBe(2);
    } finally {
      process.chdir(cwd);
    }
    expect(io.err).toContain(message);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(empty)).toEqual([]);
  });

  it("leaves no partial file when the output cannot be written", async () => {
    const io = capture();
    const out = path.join(dir, "no-such-dir", "tong-hop.xlsx");
    expect(await run(["consolidate", samples, "--period", "2025-annual", "-o", out], io)).toBe(2);
    expect(io.err).toBe(
      `Không ghi được "${out}": thư mục "${path.dirname(out)}" không tồn tại; tạo thư mục trước hoặc chọn nơi khác · ` +
        `Could not write "${out}": the folder "${path.dirname(out)}" does not exist; create it first or choose another place\n`,
    );
    expect(existsSync(path.dirname(out))).toBe(false);
  }, 60_000);
});

describe("progress bar", () => {
  // Issues rows include warnings, so more rows can be written than were read: the bar must not throw then.
  it.each([
    [0, 10, "[........................] x"],
    [5, 10, "[############............] x"],
    [15, 10, "[########################] x"],
  ])("%d of %d", (done, total, expected) => {
    const io = capture();
    progressBar(io, "x", done, total);
    expect(io.err).toBe(`\r${expected}`);
  });
});
