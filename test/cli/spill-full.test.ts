/**
 * A temporary (spill) folder that fills up, simulated without a tmpfs: fs.writeSync fails with ENOSPC on
 * the spill file's fourth line. `ttx consolidate` must name TMPDIR, exit 2, stop at the first error (no write
 * after it, no more files read), remove the spill folder and write no output. (file-errors.test.ts does the same
 * on a real full tmpfs where it can mount one.) fs is mocked for this file only, hence a file of its own.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { registeredTemps } from "../../src/cli/interrupt";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";

/** Writes to the spill file counted; those after `failAfter` fail with ENOSPC. */
const mockSpill = { calls: 0, failAfter: Infinity };

jest.mock("fs", () => {
  const real = jest.requireActual<typeof import("fs")>("fs");
  const spillPrefix = jest
    .requireActual<typeof import("path")>("path")
    .join(jest.requireActual<typeof import("os")>("os").tmpdir(), "ttx-spill-");
  return {
    ...real,
    writeSync: (fd: number, ...rest: unknown[]) => {
      if (real.readlinkSync(`/proc/self/fd/${fd}`).startsWith(spillPrefix) && ++mockSpill.calls > mockSpill.failAfter) {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
      }
      return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
    },
  };
});

const maybe = process.platform === "linux" ? it : it.skip; // /proc/self/fd tells the spill file's writes apart

maybe(
  "a full spill folder: exit 2 naming TMPDIR, stopped at the first error, nothing left, no output",
  async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ttx-fullspill-"));
    const inbox = path.join(dir, "in");
    expect(await run(["sample", "--units", "8", "--period", "2025-H1", "-o", inbox], capture())).toBe(0);
    const out = path.join(dir, "out");
    mkdirSync(out);
    const OLD = "an earlier output";
    writeFileSync(path.join(out, "tong-hop.xlsx"), OLD);
    const spills = () =>
      readdirSync(tmpdir())
        .filter((f) => f.startsWith("ttx-spill-"))
        .sort();
    const before = spills();

    mockSpill.failAfter = 3;
    process.env.TTX_SPILL_ROWS = "0";
    const io = capture();
    let code: number;
    try {
      code = await run(["consolidate", inbox, "--period", "2025-H1", "-o", path.join(out, "tong-hop.xlsx")], io);
    } finally {
      delete process.env.TTX_SPILL_ROWS;
      mockSpill.failAfter = Infinity;
    }
    expect(code).toBe(2);
    const lines = io.err.split(/[\r\n]/).filter((l) => l && !l.startsWith("["));
    expect(lines).toEqual([
      `Thư mục tạm "${tmpdir()}" đã đầy hoặc không ghi được (ENOSPC): đã dừng ngay lỗi đầu tiên, không ghi tệp kết quả; giải phóng chỗ trống hoặc đặt biến TMPDIR sang thư mục khác · ` +
        `The temporary folder "${tmpdir()}" is full or cannot be written (ENOSPC): stopped at the first error, no output written; free some space or set TMPDIR to another folder`,
    ]);
    expect(mockSpill.calls).toBe(4); // three lines written, the fourth failed, none tried after it
    const progress = [...io.err.matchAll(/(\d+)\/(\d+) tệp/g)].map((m) => Number(m[1]));
    expect(Math.max(0, ...progress)).toBeLessThan(readdirSync(inbox).length); // no more files read
    expect(spills()).toEqual(before);
    expect(readdirSync(out)).toEqual(["tong-hop.xlsx"]);
    expect(readFileSync(path.join(out, "tong-hop.xlsx"), "utf8")).toBe(OLD);
    expect(registeredTemps()).toEqual([]);
  },
  60_000,
);
