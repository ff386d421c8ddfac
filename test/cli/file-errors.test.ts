/**
 * Every command's file errors — an output that exists (and may not be replaced), a read-only folder, a full
 * disk, a full temporary folder — are bilingual messages naming the path, exit 2, never a stack trace, and writing
 * stops at the first error with nothing half-written left. Run through the real `bin/ttx.js`.
 *
 * A full disk is a small tmpfs when the test may mount one (root, as CI runs); otherwise, and in any case for the
 * in-process checks, ENOSPC is injected into the writes (FileHandle.write/writev for outputs, writeSync for the spill
 * file). A read-only folder is a read-only tmpfs under root (root ignores permission bits), mode 555 otherwise.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { registeredTemps } from "../../src/cli/interrupt";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";

const BIN = path.join(__dirname, "..", "..", "bin", "ttx.js");
const ttx = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
const dir = mkdtempSync(path.join(tmpdir(), "ttx-file-errors-"));
const inbox = path.join(dir, "in");
const OLD = Buffer.from("an earlier output, which must survive");
const isRoot = process.getuid?.() === 0;

/** Each command with its output in `folder`. */
const COMMANDS: [string, (folder: string) => string[]][] = [
  ["consolidate", (folder) => ["consolidate", inbox, "--period", "2025-H1", "-o", path.join(folder, "tong-hop.xlsx")]],
  ["template", (folder) => ["template", "--all", "--unit", "SO_CT", "--period", "2025-H1", "-o", path.join(folder, "mau")]],
  ["catalog", (folder) => ["catalog", "--json", "-o", path.join(folder, "plan.json")]],
  ["sample", (folder) => ["sample", "--units", "30", "--period", "2025-H1", "-o", path.join(folder, "mau-thu")]],
];

const mounted: string[] = [];
/** Mounts a tmpfs (root only); false when this system will not. */
function mountTmpfs(at: string, options: string): boolean {
  mkdirSync(at, { recursive: true });
  if (!isRoot || process.platform !== "linux") return false;
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at]);
  if (r.status !== 0) return false;
  mounted.push(at);
  return true;
}

/** Fills a file system until a few KB are left. */
function fill(at: string, leaveKb = 24): void {
  const block = Buffer.alloc(4096, 1);
  const fd = fs.openSync(path.join(at, "filler"), "w");
  try {
    for (;;) fs.writeSync(fd, block);
  } catch {
    // full
  } finally {
    fs.closeSync(fd);
  }
  const size = lstatSync(path.join(at, "filler")).size;
  fs.truncateSync(path.join(at, "filler"), Math.max(0, size - leaveKb * 1024));
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Unexpected error|Lỗi không mong đợi/);

beforeAll(async () => {
  expect(await run(["sample", "--units", "8", "--period", "2025-H1", "-o", inbox], capture())).toBe(0);
}, 60_000);

afterAll(() => {
  for (const at of mounted) spawnSync("umount", [at]);
  try {
    chmodSync(path.join(dir, "ro"), 0o755);
  } catch {
    // not made
  }
});

describe("an output that exists and may not be replaced (real bin/ttx.js)", () => {
  it.each([
    [
      "consolidate",
      () => ["consolidate", inbox, "--period", "2025-H1", "-o", dir],
      `Not writing to "${dir}": it exists and is not a regular file (a folder)`,
    ],
    [
      "template",
      () => ["template", "--all", "--unit", "SO_CT", "--period", "2025-H1", "-o", path.join(dir, "a-file")],
      `"${path.join(dir, "a-file")}" exists and is not a folder`,
    ],
    ["catalog", () => ["catalog", "--csv", "-o", dir], `Not writing to "${dir}": it exists and is not a regular file (a folder)`],
    [
      "sample onto a file",
      () => ["sample", "--units", "3", "--period", "2025-H1", "-o", path.join(dir, "a-file")],
      `"${path.join(dir, "a-file")}" exists and is not an empty folder`,
    ],
    [
      "sample onto a folder of reports",
      () => ["sample", "--units", "3", "--period", "2025-H1", "-o", inbox],
      `"${inbox}" exists and is not an empty folder`,
    ],
  ])("%s: exit 2, a bilingual message naming it, nothing touched", (_, argv, message) => {
    writeFileSync(path.join(dir, "a-file"), "keep");
    const before = readdirSync(inbox).map((f) => [f, readFileSync(path.join(inbox, f))] as const);
    const r = ttx(argv());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.split(" · ")[0]).toMatch(/[ãđôơư]/); // the Vietnamese half first
    noStack(r.stderr);
    expect(readFileSync(path.join(dir, "a-file"), "utf8")).toBe("keep");
    expect(readdirSync(inbox).map((f) => [f, readFileSync(path.join(inbox, f))] as const)).toEqual(before);
  });

  it("sample into an existing empty folder is fine", async () => {
    const empty = mkdtempSync(path.join(dir, "empty-"));
    expect(await run(["sample", "--units", "2", "--period", "2025-H1", "-o", empty], capture())).toBe(0);
    expect(readdirSync(empty)).toHaveLength(2);
  }, 60_000);
});

describe("a read-only folder (real bin/ttx.js)", () => {
  const ro = path.join(dir, "ro");
  let how = "";
  beforeAll(() => {
    if (mountTmpfs(ro, "ro,size=64k")) how = "EROFS";
    else {
      mkdirSync(ro, { recursive: true });
      chmodSync(ro, 0o555);
      how = "EACCES";
    }
  });

  it.each(COMMANDS)(
    "%s: exit 2, names the folder, writes nothing",
    (name, argv) => {
      if (how === "EACCES" && isRoot) return; // root ignores the mode and no tmpfs: nothing to test here
      const r = ttx(argv(ro));
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `Không được phép ghi vào thư mục "${ro}" (${how}): không ghi gì; chọn thư mục khác · Not allowed to write in the folder "${ro}" (${how}): nothing written; choose another folder\n`,
      );
      expect(readdirSync(ro)).toEqual([]);
      void name;
    },
    60_000,
  );
});

const full = path.join(dir, "full");
const fullDisk = mountTmpfs(full, "size=1m");
const onTmpfs = fullDisk ? describe : describe.skip;

onTmpfs("a full disk: a 1 MB tmpfs filled up (real bin/ttx.js)", () => {
  beforeAll(() => {
    writeFileSync(path.join(full, "tong-hop.xlsx"), OLD);
    writeFileSync(path.join(full, "plan.json"), OLD);
    fill(full);
  });

  it.each(COMMANDS)(
    "%s: exit 2, 'disk full' naming the folder, nothing half-written, an earlier file unchanged",
    (name, argv) => {
      const before = readdirSync(full).sort();
      const r = ttx(argv(full));
      expect(r.status).toBe(2);
      noStack(r.stderr);
      const last = r.stderr
        .trimEnd()
        .split(/[\r\n]/)
        .at(-1)!;
      expect(last).toMatch(
        new RegExp(
          `^Ổ đĩa chứa thư mục "${full}.*" đã đầy: đã dừng ghi ".+" ngay lỗi đầu tiên, .* · The disk holding the folder "${full}.*" is full: stopped writing ".+" at the first error`,
        ),
      );
      // Nothing of this run left but (template) the whole files written before the disk filled up.
      const after = readdirSync(full).sort();
      if (name === "template") {
        const written = readdirSync(path.join(full, "mau"));
        expect(written.every((f) => /^TTX-NV\d_SO_CT_2025-H1\.xlsx$/.test(f))).toBe(true);
        for (const f of written)
          expect(
            readFileSync(path.join(full, "mau", f))
              .subarray(0, 2)
              .toString(),
          ).toBe("PK");
        expect(after).toEqual([...before, "mau"].sort());
      } else expect(after).toEqual(before); // sample removes the files and the folder it made
      expect(readFileSync(path.join(full, "tong-hop.xlsx")).equals(OLD)).toBe(true);
      expect(readFileSync(path.join(full, "plan.json")).equals(OLD)).toBe(true);
      rmSync(path.join(full, "mau"), { recursive: true, force: true });
    },
    60_000,
  );

  it("a full TMPDIR (the spill folder): exit 2, names it, stops reading at the first error, no output written", () => {
    const out = mkdtempSync(path.join(dir, "out-"));
    writeFileSync(path.join(out, "tong-hop.xlsx"), OLD);
    const before = readdirSync(full).sort();
    const r = ttx(["consolidate", inbox, "--period", "2025-H1", "-o", path.join(out, "tong-hop.xlsx")], {
      TMPDIR: full,
      TTX_SPILL_ROWS: "0",
    });
    expect(r.status).toBe(2);
    noStack(r.stderr);
    expect(
      r.stderr
        .trimEnd()
        .split(/[\r\n]/)
        .at(-1),
    ).toBe(
      `Thư mục tạm "${full}" đã đầy hoặc không ghi được (ENOSPC): đã dừng ngay lỗi đầu tiên, không ghi tệp kết quả; giải phóng chỗ trống hoặc đặt biến TMPDIR sang thư mục khác · ` +
        `The temporary folder "${full}" is full or cannot be written (ENOSPC): stopped at the first error, no output written; free some space or set TMPDIR to another folder`,
    );
    // Stopped reading: the progress never reached the last file.
    const done = [...r.stderr.matchAll(/(\d+)\/(\d+) tệp/g)].map((m) => Number(m[1]));
    expect(Math.max(...done)).toBeLessThan(readdirSync(inbox).length);
    expect(readdirSync(full).sort()).toEqual(before); // the spill folder removed
    expect(readdirSync(out)).toEqual(["tong-hop.xlsx"]);
    expect(readFileSync(path.join(out, "tong-hop.xlsx")).equals(OLD)).toBe(true);
  }, 60_000);
});

it("a file-system error no command named itself still ends as a bilingual message, exit 2, no stack trace", async () => {
  const io = capture();
  io.writeFileAtomic = async () => {
    throw Object.assign(new Error("EIO: i/o error, write"), { code: "EIO", syscall: "write", path: "/x/plan.json" });
  };
  expect(await run(["catalog", "--json", "-o", path.join(dir, "eio.json")], io)).toBe(2);
  expect(io.err).toBe('Lỗi tệp "/x/plan.json": EIO: i/o error, write · File error "/x/plan.json": EIO: i/o error, write\n');
});

describe("ENOSPC injected (in-process: runs with or without a tmpfs)", () => {
  const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
  let FileHandle: { write: (...a: unknown[]) => Promise<unknown>; writev: (...a: unknown[]) => Promise<unknown> };
  beforeAll(async () => {
    const probe = await fs.promises.open(__filename, "r");
    FileHandle = Object.getPrototypeOf(probe);
    await probe.close();
  });

  /** Fails every write into a file of `folder` after the first `okWrites`; counts the attempts after the failure. */
  function failWritesIn(folder: string, okWrites: number) {
    let calls = 0;
    let afterFailure = 0;
    const wrap = (original: (...a: unknown[]) => Promise<unknown>) =>
      async function (this: { fd: number }, ...args: unknown[]) {
        const target = fs.readlinkSync(`/proc/self/fd/${this.fd}`);
        if (!target.startsWith(folder)) return original.apply(this, args);
        if (++calls > okWrites) {
          if (calls > okWrites + 1) afterFailure++;
          throw enospc();
        }
        return original.apply(this, args);
      };
    const write = jest.spyOn(FileHandle, "write").mockImplementation(wrap(FileHandle.write));
    const writev = jest.spyOn(FileHandle, "writev").mockImplementation(wrap(FileHandle.writev));
    return {
      afterFailure: () => afterFailure,
      restore: () => {
        write.mockRestore();
        writev.mockRestore();
      },
    };
  }

  it.each([
    ["catalog", (o: string) => ["catalog", "--json", "-o", path.join(o, "plan.json")], 0],
    ["consolidate", (o: string) => ["consolidate", inbox, "--period", "2025-H1", "-o", path.join(o, "tong-hop.xlsx")], 2],
  ] as const)(
    "%s: the output's disk fills up → exit 2, the message, the old file kept, no temp, no write after the error",
    async (_, argv, okWrites) => {
      const out = mkdtempSync(path.join(dir, "inject-"));
      writeFileSync(path.join(out, "tong-hop.xlsx"), OLD);
      writeFileSync(path.join(out, "plan.json"), OLD);
      const injected = failWritesIn(out, okWrites);
      const io = capture();
      let code: number;
      try {
        code = await run(argv(out), io);
        await new Promise((r) => setTimeout(r, 200)); // anything still running would write now
      } finally {
        injected.restore();
      }
      expect(code).toBe(2);
      expect(io.err).toContain(`The disk holding the folder "${out}" is full: stopped writing`);
      expect(injected.afterFailure()).toBe(0);
      expect(readdirSync(out).sort()).toEqual(["plan.json", "tong-hop.xlsx"]);
      expect(readFileSync(path.join(out, "tong-hop.xlsx")).equals(OLD)).toBe(true);
      expect(readFileSync(path.join(out, "plan.json")).equals(OLD)).toBe(true);
      expect(registeredTemps()).toEqual([]);
    },
    60_000,
  );
});
