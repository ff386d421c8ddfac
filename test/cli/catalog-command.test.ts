import { existsSync, mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";

describe("ttx catalog", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-cli-"));

  it("prints a summary with counts per sector and the printed-vs-computed flags", async () => {
    const io = capture();
    expect(await run(["catalog"], io)).toBe(0);
    expect(io.out).toContain("Appendix I GHG actions: 28");
    expect(io.out).toMatch(/\n  C +11 +150 +2\.024 ≠ +119 +482 ≠\n/);
    expect(io.out).toContain("46 trong/in 11 nhóm/groups");
    expect(io.err).toBe("");
  });

  it("writes JSON and CSV files atomically and says how many rows", async () => {
    for (const [flag, file] of [
      ["--json", "catalog.json"],
      ["--csv", "catalog.csv"],
    ] as const) {
      const io = capture();
      const target = path.join(dir, file);
      expect(await run(["catalog", flag, "-o", target], io)).toBe(0);
      expect(io.err).toContain(`Đã ghi 203 dòng vào "${target}"`);
      expect(readFileSync(target, "utf8").length).toBeGreaterThan(1000);
    }
    expect(JSON.parse(readFileSync(path.join(dir, "catalog.json"), "utf8")).ghgActions).toHaveLength(28);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("exports to stdout without -o", async () => {
    const io = capture();
    expect(await run(["catalog", "--csv"], io)).toBe(0);
    expect(io.out.split("\r\n").length).toBe(205);
  });

  it.each([
    [["catalog", "--xml"], 'Tùy chọn "--xml" không hợp lệ cho lệnh catalog'],
    [["catalog", "--json", "--csv"], "Chỉ chọn một định dạng"],
    [["catalog", "-o"], "Tùy chọn -o cần một giá trị · Option -o needs a value"],
    [["catalgo"], 'Lệnh "catalgo" không tồn tại. Các lệnh: catalog, template, sample, consolidate · Unknown command "catalgo"'],
    [[], "Usage: ttx consolidate <folder|files…>"],
  ])("%j → exit 2 with a bilingual message, nothing written", async (argv, message) => {
    const io = capture();
    const before = readdirSync(dir).length;
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).not.toMatch(/\n\s+at /); // no stack trace for user errors
    expect(io.out).toBe("");
    expect(readdirSync(dir)).toHaveLength(before);
  });

  it("an unwritable output path → exit 2, no file and no temp file left", async () => {
    const io = capture();
    const target = path.join(dir, "no-such-dir", "x.json");
    expect(await run(["catalog", "--json", "-o", target], io)).toBe(2);
    expect(io.err).toContain(`Không ghi được "${target}": thư mục "${path.dirname(target)}" không tồn tại`);
    expect(existsSync(path.dirname(target))).toBe(false);
  });
});
