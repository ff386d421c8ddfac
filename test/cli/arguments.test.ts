/**
 * Arguments: the period as people type it is read when it is unambiguous (and the CLI says how it read
 * it), refused with the accepted forms otherwise; `--units` is a plain positive whole number up to a stated maximum.
 * Refusals run through the real `bin/ttx.js`: a bilingual message, exit 2, no stack trace, nothing written.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { periodOption, readPeriod } from "../../src/cli/args";
import { run } from "../../src/cli/main";
import { MAX_UNITS } from "../../src/cli/sample-command";
import { capture } from "../support/capture-io";

const BIN = path.join(__dirname, "..", "..", "bin", "ttx.js");
const ttx = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });
const dir = mkdtempSync(path.join(tmpdir(), "ttx-args-"));

describe("--period", () => {
  it.each([
    ["2025-H1", "2025-H1"],
    ["2025-annual", "2025-annual"],
    ["2025-h1", "2025-H1"],
    ["2025 H1", "2025-H1"],
    [" 2025 - h1 ", "2025-H1"],
    ["H1 2025", "2025-H1"],
    ["6 tháng đầu năm 2025", "2025-H1"],
    ["6 THÁNG ĐẦU NĂM 2025", "2025-H1"],
    ["sáu tháng đầu năm 2025", "2025-H1"],
    ["2025-6 tháng", "2025-H1"],
    ["2025-Annual", "2025-annual"],
    ["2025-ANNUAL", "2025-annual"],
    ["cả năm 2025", "2025-annual"],
    ["Cả năm 2025", "2025-annual"],
    ["2025/cả năm", "2025-annual"],
    ["năm 2025", "2025-annual"],
  ])("%j is read as %s", (typed, want) => {
    const p = readPeriod(typed);
    expect(p && `${p.year}-${p.kind}`).toBe(want);
    const option = periodOption(typed, "usage");
    expect(option.period).toBe(want);
    expect(option.note).toBe(typed === want ? undefined : `Kỳ báo cáo "${typed}" được hiểu là ${want} · Period "${typed}" read as ${want}`);
  });

  it.each([
    "2025",
    "H1",
    "2025-H2",
    "6 tháng cuối năm 2025",
    "Q1 2025",
    "2025-Q3",
    "quý 1 2025",
    "2016-H1",
    "2101-annual",
    "",
    "h1h1 2025",
  ])("%j is refused with the accepted forms", (typed) => {
    expect(readPeriod(typed)).toBeNull();
    expect(() => periodOption(typed, "usage")).toThrow(
      `Kỳ báo cáo "${typed}" không hợp lệ: dùng dạng 2025-H1 (6 tháng) hoặc 2025-annual (cả năm) · Invalid period "${typed}": use 2025-H1 (six-month) or 2025-annual (full year)\nusage`,
    );
  });

  it("the same reading for every command that takes a period (template, sample), said once on stderr", async () => {
    const io = capture();
    const file = path.join(dir, "nv1.xlsx");
    expect(await run(["template", "NV1", "--unit", "SO_CT", "--period", "cả năm 2025", "-o", file], io)).toBe(0);
    expect(io.err.split("\n")[0]).toBe('Kỳ báo cáo "cả năm 2025" được hiểu là 2025-annual · Period "cả năm 2025" read as 2025-annual');
    const r = ttx("sample", "--units", "2", "--period", "6 tháng đầu năm 2025", "-o", path.join(dir, "s"));
    expect(r.status).toBe(0);
    expect(r.stderr.split("\n")[0]).toBe(
      'Kỳ báo cáo "6 tháng đầu năm 2025" được hiểu là 2025-H1 · Period "6 tháng đầu năm 2025" read as 2025-H1',
    );
    expect(readdirSync(path.join(dir, "s")).every((f) => f.includes("_2025-H1"))).toBe(true);
  }, 60_000);

  it("refused through the real bin/ttx.js: exit 2, the accepted forms and the usage, nothing written", () => {
    const out = path.join(dir, "never.xlsx");
    const r = ttx("consolidate", dir, "--period", "2025-H2", "-o", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Invalid period "2025-H2": use 2025-H1 (six-month) or 2025-annual (full year)');
    expect(r.stderr).toContain("Usage: ttx consolidate");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--units", () => {
  it("states its maximum in the usage", () => {
    expect(MAX_UNITS).toBe(500);
    const r = ttx("--help");
    expect(r.stdout).toContain("Cách dùng: ttx sample --units <1–500>");
    expect(r.stdout).toContain("Usage: ttx sample --units <1–500>");
  });

  it.each(["0", "501", "1e2", "0x10", "3.0", "+3", " 5", "5 ", "٣", "abc", "99999999999999999999", "007"])(
    "%j (real bin/ttx.js): exit 2, the range, the usage, nothing written",
    (units) => {
      const out = path.join(dir, `units-${readdirSync(dir).length}`);
      const r = ttx("sample", "--units", units, "--period", "2025-H1", "-o", out);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `--units phải là một số nguyên dương viết thường, từ 1 đến 500: nhận "${units}" · --units must be a plain positive whole number from 1 to 500: got "${units}"\n` +
          "Cách dùng: ttx sample --units <1–500> --period <2025-H1|2025-annual> -o <thư mục mới hoặc trống> [--all-groups] [--seed <số>] · " +
          "Usage: ttx sample --units <1–500> --period <2025-H1|2025-annual> -o <new or empty folder> [--all-groups] [--seed <n>]\n",
      );
      expect(existsSync(out)).toBe(false);
    },
  );

  it("a negative number is a missing value (options start with '-'): exit 2", () => {
    const r = ttx("sample", "--units", "-3", "--period", "2025-H1", "-o", path.join(dir, "neg"));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("Tùy chọn --units cần một giá trị · Option --units needs a value\n");
  });

  it("the maximum is accepted; a period with fewer units than asked says how many were written", async () => {
    const io = capture();
    const out = path.join(dir, "max");
    expect(await run(["sample", "--units", "500", "--period", "2025-H1", "-o", out], io)).toBe(0);
    // The 30 units that lead or coordinate a row on 5 June 2025, one report each (and older copies of a few).
    const units = new Set(readdirSync(out).map((f) => /^TTX-NV\d_(.+)_2025-H1_v\d\.xlsx$/.exec(f)![1]));
    expect(units.size).toBe(30);
    expect(io.err).toContain(`Kỳ 2025-H1 chỉ có 30 đơn vị báo cáo (yêu cầu 500) · 2025-H1 has only 30 reporting units (500 asked)`);
  }, 60_000);
});
