/**
 * The real entry point, `bin/ttx.js`, in fresh processes: what `npx ttx` runs (sucrase loading the TypeScript,
 * the heap-capped child for consolidate). The other CLI tests call run() in-process.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const BIN = path.join(__dirname, "..", "..", "bin", "ttx.js");
const ttx = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });

describe("bin/ttx.js", () => {
  it("--help lists every command's usage, in Vietnamese then English, and exits 0", () => {
    const r = ttx("--help");
    expect(r.status).toBe(0);
    for (const command of ["catalog", "template", "sample", "consolidate"]) {
      expect(r.stdout).toContain(`Cách dùng: ttx ${command}`);
      expect(r.stdout).toContain(`Usage: ttx ${command}`);
    }
    expect(r.stdout.indexOf("Cách dùng")).toBeLessThan(r.stdout.indexOf("Usage"));
  });

  it("without a command, shows the same usage as an error (exit 2)", () => {
    const r = ttx();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage: ttx consolidate");
    expect(r.stdout).toBe("");
  });

  it("writes samples and consolidates them (through the heap-capped child), saying what it did", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ttx-bin-"));
    expect(ttx("sample", "--units", "3", "--period", "2025-H1", "-o", path.join(dir, "in")).status).toBe(0);
    const out = path.join(dir, "tong-hop.xlsx");
    const r = ttx("consolidate", path.join(dir, "in"), "--period", "2025-H1", "-o", out);
    expect({ status: r.status, stderr: r.stderr }).toEqual({
      status: 0,
      stderr: expect.stringMatching(/Rows read (\d+) = accepted \d+ \+ rejected \d+/),
    });
    expect(existsSync(out)).toBe(true);
  });
});
