/**
 * One bad file must never stop the province's consolidation. A folder holds good reports next to
 * files over the real read limits (src/xlsx/limits.ts) — a million shared strings, a data sheet of a million cells,
 * 200,000 merged ranges, a thousand sheets, report sheets reaching Excel's last row, a row two billion rows down, a
 * 3 GiB file — and is read file by file as `ttx consolidate`
 * and the task pane read it. Each hostile file is exactly one Issues row naming it (kind, file, message), and the good
 * ones are consolidated exactly as they are without it. (A folder named `x.xlsx` and a FIFO are the CLI's listing,
 * tested there.)
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { consolidate } from "../../src/core/consolidation/in-memory";
import type { Issue } from "../../src/core/consolidation/report";
import { validateReport, type ValidatedReport } from "../../src/core/consolidation/validate";
import { refuseBySize } from "../../src/xlsx/limits";
import { readReportFile } from "../../src/xlsx/report-reader";
import { PERIOD, report } from "./corpus";
import { cellsSheet, mergedSheet, reportSheet, withManyStrings, withRows, withSheets, worksheet } from "./hostile";

jest.setTimeout(120_000);

const STOP = {
  vi: "ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
  en: "reading stopped, to protect the machine: ask the unit to send the report sheet alone",
};
const UNMERGE = {
  vi: "ngừng đọc để tránh làm treo máy: đề nghị đơn vị bỏ gộp ô hoặc chỉ gửi trang báo cáo",
  en: "reading stopped, to protect the machine: ask the unit to unmerge them or send the report sheet alone",
};
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

/** The hostile files, each with the one Issues row it must become. */
const HOSTILE: Record<string, { make: () => Promise<Uint8Array>; issue: Issue }> = {
  // 1,000,001 strings in all with the report's own 152 (its metadata header and the dropdown of reporting units included), declared as Excel declares them: refused at <sst>.
  "chuoi-1-trieu.xlsx": {
    make: () => withManyStrings(1_000_001 - 152),
    issue: refused(
      "chuoi-1-trieu.xlsx",
      `Tệp quá lớn: 1.000.001 chuỗi văn bản (giới hạn 1.000.000 một tệp), ${STOP.vi}`,
      `Too large: 1,000,001 shared strings (limit 1,000,000 per file), ${STOP.en}`,
    ),
  },
  // The same without a count: stopped at the 1,000,001st.
  "chuoi-khong-dem.xlsx": {
    make: () => withManyStrings(1_000_001 - 152, { declare: false }),
    issue: refused(
      "chuoi-khong-dem.xlsx",
      `Tệp quá lớn: 1.000.000+ chuỗi văn bản (giới hạn 1.000.000 một tệp), ${STOP.vi}`,
      `Too large: 1,000,000+ shared strings (limit 1,000,000 per file), ${STOP.en}`,
    ),
  },
  "du-lieu-1-trieu-o.xlsx": {
    make: () => withSheets([cellsSheet(1_000_001, { compact: true })]),
    issue: refused(
      "du-lieu-1-trieu-o.xlsx",
      `Tệp quá lớn: 1.000.000+ ô trên trang “Dữ liệu 1” (giới hạn 1.000.000 ô một trang), ${STOP.vi}`,
      `Too large: 1,000,000+ cells on sheet “Dữ liệu 1” (limit 1,000,000 per sheet), ${STOP.en}`,
    ),
  },
  "gop-200-nghin.xlsx": {
    make: () => withSheets([mergedSheet(200_000)]),
    issue: refused(
      "gop-200-nghin.xlsx",
      `Tệp quá lớn: 200.013 vùng gộp ô (giới hạn 100.000 một tệp, tới trang “Dữ liệu 1”), ${UNMERGE.vi}`,
      `Too large: 200,013 merged ranges (limit 100,000 per file, reached on sheet “Dữ liệu 1”), ${UNMERGE.en}`,
    ),
  },
  "gop-khong-dem.xlsx": {
    make: () => withSheets([mergedSheet(200_000, "rows", false)]),
    issue: refused(
      "gop-khong-dem.xlsx",
      `Tệp quá lớn: 100.000+ vùng gộp ô (giới hạn 100.000 một tệp, tới trang “Dữ liệu 1”), ${UNMERGE.vi}`,
      `Too large: 100,000+ merged ranges (limit 100,000 per file, reached on sheet “Dữ liệu 1”), ${UNMERGE.en}`,
    ),
  },
  // The report and two copies of its sheet (read as reports from their header), each with a value typed in the
  // last row of the grid: 3 × 1,048,576 rows to scan.
  "dong-cuoi.xlsx": {
    make: async () => {
      const last = '<row r="1048576"><c r="A1048576"><v>1</v></c></row>';
      const copy = await reportSheet(last);
      return withSheets([copy, copy], { base: await withRows(last) });
    },
    issue: refused(
      "dong-cuoi.xlsx",
      "Tệp quá lớn: các trang báo cáo kéo dài tổng cộng 3.145.728 dòng (giới hạn 2.000.000 dòng một tệp), ngừng đọc để tránh làm treo máy: xóa các dòng thừa ở cuối trang rồi gửi lại",
      "Too large: the report sheets run to 3,145,728 rows in all (limit 2,000,000 per file), reading stopped, to protect the machine: delete the stray rows at the foot of the sheets and send it again",
    ),
  },
  "nghin-trang.xlsx": {
    make: () => withSheets(Array.from({ length: 1000 }, () => worksheet(""))),
    issue: refused(
      "nghin-trang.xlsx",
      `Tệp quá lớn: 1.000+ trang tính (giới hạn 1.000 một tệp), ${STOP.vi}`,
      `Too large: 1,000+ sheets (limit 1,000 per file), ${STOP.en}`,
    ),
  },
  "ngoai-luoi.xlsx": {
    make: () => withRows('<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>'),
    issue: refused(
      "ngoai-luoi.xlsx",
      "Trang “NV3 Giảm phát thải KNK” có vùng 2000000000:2000000000 nằm ngoài lưới của Excel (1.048.576 dòng × 16.384 cột): tệp không do Excel lưu; đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại",
      "Sheet “NV3 Giảm phát thải KNK” reaches 2000000000:2000000000, outside Excel's grid (1,048,576 rows × 16,384 columns): the file was not saved by Excel; ask the unit to open it in Excel, save it and send it again",
    ),
  },
};
/** 3 GiB on disk (sparse: no space used), over the 2 GiB a whole-file read can take: refused from its size. */
const HUGE = "qua-lon-3-GiB.xlsx";
const HUGE_ISSUE = refused(
  HUGE,
  "Tệp quá lớn: 3072 MB (giới hạn 100 MB một tệp), không mở để tránh làm treo máy: kiểm tra lại tệp (có thể chứa ảnh hoặc dữ liệu không liên quan)",
  "Too large: 3072 MB (limit 100 MB per file), not opened, to protect the machine: check the file (it may hold images or unrelated data)",
);

const GOOD: Record<string, () => Promise<Uint8Array>> = {
  "so-ct-nv3.xlsx": () => report(),
  "so-xd-nv3.xlsx": () => report(undefined, { unit: "SO_XD" }),
  "so-nnmt-nv1.xlsx": () => report(undefined, { group: "NV1", unit: "SO_NNMT" }),
};

/** Every file of the folder, as the CLI reads it: its size first, then its bytes. */
async function readFolder(dir: string) {
  const validated: ValidatedReport[] = [];
  const fileIssues: Issue[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const read = refuseBySize(statSync(file).size, name) ?? (await readReportFile(readFileSync(file), name));
    if ("kind" in read) fileIssues.push(read);
    else {
      if (read.issue) fileIssues.push(read.issue);
      validated.push(...read.reports.map((r) => validateReport(r, { period: PERIOD })));
    }
  }
  return consolidate(validated, PERIOD, fileIssues);
}

describe("a folder of good reports and hostile files", () => {
  let good: string;
  let mixed: string;
  beforeAll(async () => {
    good = mkdtempSync(path.join(tmpdir(), "ttx-good-"));
    mixed = mkdtempSync(path.join(tmpdir(), "ttx-hostile-"));
    for (const [name, make] of Object.entries(GOOD)) {
      const bytes = await make();
      writeFileSync(path.join(good, name), bytes);
      writeFileSync(path.join(mixed, name), bytes);
    }
    for (const [name, { make }] of Object.entries(HOSTILE)) writeFileSync(path.join(mixed, name), await make());
    writeFileSync(path.join(mixed, HUGE), "");
    truncateSync(path.join(mixed, HUGE), 3 * 1024 ** 3);
  });
  afterAll(() => {
    for (const dir of [good, mixed]) rmSync(dir, { recursive: true, force: true });
  });

  it("consolidates the good ones whole, each hostile file one Issues row naming it", async () => {
    const alone = await readFolder(good);
    expect(alone.counts.accepted).toBeGreaterThan(0);
    expect(alone.counts.rejected).toBe(0);
    const withHostile = await readFolder(mixed);

    const hostileNames = new Set([...Object.keys(HOSTILE), HUGE]);
    const hostileRows = withHostile.issues.filter((i) => hostileNames.has(i.origin.file));
    expect(hostileRows).toEqual(expect.arrayContaining([...Object.values(HOSTILE).map((h) => h.issue), HUGE_ISSUE]));
    expect(hostileRows).toHaveLength(hostileNames.size);

    // The good reports: the same entries, submissions, narratives and issues as in a folder of their own.
    expect(withHostile.entries).toEqual(alone.entries);
    expect(withHostile.submissions).toEqual(alone.submissions);
    expect(withHostile.narratives).toEqual(alone.narratives);
    expect(withHostile.issues.filter((i) => !hostileNames.has(i.origin.file))).toEqual(alone.issues);
    expect(withHostile.counts.accepted).toBe(alone.counts.accepted);
    expect(withHostile.counts.rowsRead).toBe(alone.counts.rowsRead);
  });
});
