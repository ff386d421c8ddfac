/**
 * Output safety: every command that writes goes through one helper (src/cli/io.ts). An output that is one
 * of the inputs, lies inside an input folder, or exists and is not a regular file (folder, symlink, FIFO, device) is
 * refused with a bilingual message naming it, exit 2, nothing touched. Temporary files are created exclusively under
 * a random name, never through a link, fsynced before the rename and the folder fsynced after.
 */
import { execFileSync, spawnSync } from "child_process";
import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  promises as fsp,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createAtomic, tempRandom, writeFileAtomic } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";

const BIN = path.join(__dirname, "..", "..", "bin", "ttx.js");
const ttx = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });
const dir = mkdtempSync(path.join(tmpdir(), "ttx-safety-"));
const inbox = path.join(dir, "in");
let reportName = "";

const notFile = (file: string, vi: string, en: string) =>
  `Không ghi vào "${file}": đường dẫn này đã có và không phải một tệp thường (${vi}); không đụng tới nó, hãy chọn tên tệp khác · ` +
  `Not writing to "${file}": it exists and is not a regular file (${en}); it was left untouched, choose another file name\n`;

/** Every command that writes, with its output at `out`. */
const COMMANDS: [string, (out: string) => string[]][] = [
  ["consolidate", (out) => ["consolidate", inbox, "--period", "2025-H1", "-o", out]],
  ["template", (out) => ["template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "-o", out]],
  ["catalog", (out) => ["catalog", "--json", "-o", out]],
];

beforeAll(async () => {
  expect(await run(["sample", "--units", "3", "--period", "2025-H1", "-o", inbox], capture())).toBe(0);
  reportName = readdirSync(inbox).sort()[0]!;
}, 60_000);

describe("an output that is one of the inputs is refused, the input left byte-identical", () => {
  it("-o naming an input report (real bin/ttx.js): exit 2, the report unchanged", () => {
    const report = path.join(inbox, reportName);
    const before = readFileSync(report);
    const r = ttx("consolidate", report, "--period", "2025-H1", "-o", report);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `Tệp kết quả "${report}" là một trong các tệp đầu vào: không ghi đè báo cáo; chọn tên khác cho -o · ` +
        `The output "${report}" is one of the input files: a report is never overwritten; choose another name for -o\n`,
    );
    expect(readFileSync(report).equals(before)).toBe(true);
    expect(readdirSync(inbox).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    ["a report inside the folder given", () => path.join(inbox, reportName), () => [inbox]],
    ["the same report through a symlinked folder", () => path.join(dir, "in-link", reportName), () => [inbox]],
    ["a hard link to a report named directly", () => path.join(dir, "hard-link.xlsx"), () => [path.join(inbox, reportName)]],
  ])("%s: exit 2, is one of the inputs, unchanged", async (_, output, inputs) => {
    try {
      symlinkSync(inbox, path.join(dir, "in-link"));
      linkSync(path.join(inbox, reportName), path.join(dir, "hard-link.xlsx"));
    } catch {
      // made by an earlier case
    }
    const before = readFileSync(path.join(inbox, reportName));
    const io = capture();
    expect(await run(["consolidate", ...inputs(), "--period", "2025-H1", "-o", output()], io)).toBe(2);
    expect(io.err).toContain(`The output "${output()}" is one of the input files`);
    expect(readFileSync(path.join(inbox, reportName)).equals(before)).toBe(true);
  });

  it("a new file inside a folder given (or reached through a link into it) is refused: the next run would read it", async () => {
    mkdirSync(path.join(dir, "outer"), { recursive: true });
    try {
      symlinkSync(inbox, path.join(dir, "outer", "link-to-in"));
    } catch {
      // exists
    }
    for (const [inputs, out, folder] of [
      [[inbox], path.join(inbox, "tong-hop.xlsx"), inbox],
      [[path.join(dir, "outer")], path.join(inbox, "tong-hop.xlsx"), path.join(dir, "outer", "link-to-in")],
    ] as const) {
      const io = capture();
      expect(await run(["consolidate", ...inputs, "--period", "2025-H1", "-o", out], io)).toBe(2);
      expect(io.err).toContain(
        `The output "${out}" lies inside the input folder "${folder}", where the next consolidation would read it again`,
      );
    }
    expect(readdirSync(inbox).filter((f) => !f.startsWith("TTX-"))).toEqual([]);
  });
});

describe("an output that exists and is not a regular file is refused, never followed or opened", () => {
  it.each(COMMANDS)("%s -o <FIFO> (real bin/ttx.js): exit 2 without hanging, the FIFO still there", (_, argv) => {
    const fifo = path.join(dir, `fifo-${_}.xlsx`);
    execFileSync("mkfifo", [fifo]);
    const r = ttx(...argv(fifo));
    expect({ status: r.status, signal: r.signal }).toEqual({ status: 2, signal: null });
    expect(r.stderr).toBe(notFile(fifo, "ống FIFO", "a FIFO"));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.each(COMMANDS)("%s -o <symlink to a file> (as -o /dev/null was): exit 2, the target and the link untouched", (_, argv) => {
    const target = path.join(dir, `victim-${_}.txt`);
    writeFileSync(target, "must not change");
    const link = path.join(dir, `link-${_}.xlsx`);
    symlinkSync(target, link);
    const r = ttx(...argv(link));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(notFile(link, "liên kết tượng trưng (symlink)", "a symbolic link"));
    expect(readFileSync(target, "utf8")).toBe("must not change");
    expect(readlinkSync(link)).toBe(target);
  });

  it("a dangling symlink is refused too (it would otherwise create its target)", async () => {
    const link = path.join(dir, "dangling.json");
    const target = path.join(dir, "created-through-link.json");
    symlinkSync(target, link);
    const io = capture();
    expect(await run(["catalog", "--json", "-o", link], io)).toBe(2);
    expect(() => lstatSync(target)).toThrow();
  });

  it.each(COMMANDS)("%s -o <an existing folder>: exit 2, the folder untouched", async (name, argv) => {
    const folder = path.join(dir, `folder-${name}.xlsx`);
    mkdirSync(folder);
    const io = capture();
    expect(await run(argv(folder), io)).toBe(2);
    expect(io.err).toBe(notFile(folder, "thư mục", "a folder"));
    expect(readdirSync(folder)).toEqual([]);
  });

  it("-o /dev/null itself (real bin/ttx.js): refused as a device, still a device", () => {
    const r = ttx("catalog", "--json", "-o", "/dev/null");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(notFile("/dev/null", "thiết bị", "a device"));
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("temporary files: exclusive, random, never through a link", () => {
  it("symlinks planted at every predictable temp name (.<name>.<pid>.tmp) are never written through", async () => {
    const out = path.join(dir, "plant");
    mkdirSync(out);
    const victim = path.join(dir, "plant-victim.txt");
    writeFileSync(victim, "victim");
    // The old scheme: this process's pid (in-process runs) and the next few hundred pids (the processes spawned).
    const last = Number(readFileSync("/proc/sys/kernel/ns_last_pid", "utf8"));
    const pids = [process.pid, ...Array.from({ length: 600 }, (_, i) => last + 1 + i)];
    const planted = new Set<string>();
    for (const name of ["tong-hop.xlsx", "plan.json", "nv3.xlsx"]) {
      for (const pid of pids) {
        const link = path.join(out, `.${name}.${pid}.tmp`);
        symlinkSync(victim, link);
        planted.add(path.basename(link));
      }
    }
    expect(await run(["catalog", "--json", "-o", path.join(out, "plan.json")], capture())).toBe(0);
    expect(await run(["catalog", "--json", "-o", path.join(dir, "plan-direct.json")], capture())).toBe(0);
    expect(ttx("template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "-o", path.join(out, "nv3.xlsx")).status).toBe(0);
    const r = ttx("consolidate", inbox, "--period", "2025-H1", "-o", path.join(out, "tong-hop.xlsx"));
    expect(r.status).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("victim");
    // Only the outputs beside the planted links, every link still pointing where it did, nothing else left.
    const left = readdirSync(out).filter((f) => !planted.has(f));
    expect(left.sort()).toEqual(["nv3.xlsx", "plan.json", "tong-hop.xlsx"]);
    expect(readFileSync(path.join(out, "plan.json"), "utf8")).toBe(readFileSync(path.join(dir, "plan-direct.json"), "utf8"));
    for (const f of planted) expect(readlinkSync(path.join(out, f))).toBe(victim);
  }, 60_000);

  it("a link planted at the very name drawn is not followed: another name is drawn, the link's target untouched", async () => {
    const out = path.join(dir, "drawn");
    mkdirSync(out);
    const victim = path.join(dir, "drawn-victim.txt");
    writeFileSync(victim, "victim");
    const fixed = "0123456789abcdef";
    symlinkSync(victim, path.join(out, `.x.json.${fixed}.tmp`));
    const spy = jest.spyOn(tempRandom, "draw").mockReturnValueOnce(fixed);
    try {
      await writeFileAtomic(path.join(out, "x.json"), "{}");
      expect(spy).toHaveBeenCalledTimes(2); // the planted name, then a fresh one
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(victim, "utf8")).toBe("victim");
    expect(readFileSync(path.join(out, "x.json"), "utf8")).toBe("{}");
    expect(readdirSync(out).sort()).toEqual([`.x.json.${fixed}.tmp`, "x.json"]);
  });

  it("temporary names are random, in the output's folder, and a created file is fsynced before the rename, its folder after", async () => {
    const out = path.join(dir, "sync", "o.bin");
    mkdirSync(path.dirname(out));
    const probe = await fsp.open(__filename, "r");
    const FileHandle = Object.getPrototypeOf(probe) as { sync(): Promise<void>; fd: number };
    await probe.close();
    const log: string[] = [];
    const sync = jest.spyOn(FileHandle, "sync").mockImplementation(async function (this: { fd: number }) {
      const target = await fsp.readlink(`/proc/self/fd/${this.fd}`).catch(() => "?");
      log.push(`sync ${path.basename(target)}`);
    });
    const rename = jest.spyOn(fsp, "rename");
    rename.mockImplementation(async (from, to) => {
      log.push(`rename ${path.basename(String(from))} → ${path.basename(String(to))}`);
      rename.mockRestore();
      return fsp.rename(from, to);
    });
    try {
      const a = await createAtomic(out);
      const b = await createAtomic(out);
      expect(path.dirname(a.tmp)).toBe(path.dirname(out));
      expect(path.basename(a.tmp)).toMatch(/^\.o\.bin\.[0-9a-f]{16}\.tmp$/);
      expect(a.tmp).not.toBe(b.tmp);
      await b.abort();
      a.stream.write("bytes");
      await a.commit();
    } finally {
      sync.mockRestore();
      rename.mockRestore();
    }
    const tmpName = log[1]!.split(" ")[1]!;
    expect(log).toEqual([`sync ${tmpName}`, `rename ${tmpName} → o.bin`, "sync sync"]);
    expect(readFileSync(out, "utf8")).toBe("bytes");
    expect(readdirSync(path.dirname(out))).toEqual(["o.bin"]);
  });
});
