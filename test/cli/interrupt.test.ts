/**
 * Interruption, with real signals to real processes: `node bin/ttx.js consolidate` (a parent and its
 * heap-capped child) on the sample's report files eight times over, with a spill file from the first sheet (TTX_SPILL_ROWS=0) in a private
 * TMPDIR and an old output beside the new one. Once the progress line shows, a signal is sent; then: the exit code,
 * one bilingual line, no temporary file beside the output, no spill file, the old output byte-identical, and the
 * worker process gone. The parent killed with SIGKILL: the child notices (its IPC channel closes) and cleans up.
 * The child killed with SIGKILL (as the kernel's OOM killer would): the parent cleans up after it.
 */
import { spawn, type ChildProcess } from "child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { readReportFile } from "../../src/xlsx/report-reader";
import { t } from "../../src/core/i18n/messages";
import { capture } from "../support/capture-io";

const BIN = path.join(__dirname, "..", "..", "bin", "ttx.js");
const linux = process.platform === "linux";
const maybe = linux ? describe : describe.skip;
const dir = mkdtempSync(path.join(tmpdir(), "ttx-interrupt-"));
const big = path.join(dir, "big");
const OLD = Buffer.from("the previous consolidation, which must survive");
/** How many files the big folder holds: the sample's reports, eight times over. */
let files = 0;
/** Every process this file started (parents and workers), killed in afterAll if still there. */
const started: number[] = [];

beforeAll(async () => {
  const one = path.join(dir, "one");
  expect(await run(["sample", "--units", "60", "--period", "2025-H1", "-o", one], capture())).toBe(0);
  // The sample's reports in 8 sub-folders: a run of a few seconds (copies are read like any file).
  for (let i = 1; i <= 8; i++) cpSync(one, path.join(big, `d${i}`), { recursive: true });
  files = readdirSync(one).length * 8;
}, 60_000);

/** Alive and not a zombie (a reparented child may wait a moment for init to reap it). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The children of a process, from /proc. */
function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return kids;
}

const until = async (what: string, ok: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

interface Started {
  parent: ChildProcess;
  child: number;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The stderr pipe closed: every process holding it (the child too) is gone. */
  closed: Promise<void>;
  outDir: string;
  privateTmp: string;
}

/** Starts a run and waits until it is reading (progress shown, temporary output and spill file both there). */
async function start(options: { detached?: boolean } = {}): Promise<Started> {
  const outDir = mkdtempSync(path.join(dir, "out-"));
  const privateTmp = mkdtempSync(path.join(dir, "tmp-"));
  writeFileSync(path.join(outDir, "tong-hop.xlsx"), OLD);
  const parent = spawn(process.execPath, [BIN, "consolidate", big, "--period", "2025-H1", "-o", path.join(outDir, "tong-hop.xlsx")], {
    env: { ...process.env, TMPDIR: privateTmp, TTX_SPILL_ROWS: "0" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: options.detached ?? false,
  });
  let err = "";
  parent.stderr!.on("data", (c: Buffer) => void (err += c.toString("utf8")));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    parent.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const closed = new Promise<void>((resolve) => parent.stderr!.on("close", () => resolve()));
  await until("the progress line", () => new RegExp(`\\d+/${files} tệp`).test(err));
  await until(
    "the temporary output and the spill file",
    () =>
      readdirSync(outDir).some((f) => /^\.tong-hop\.xlsx\.[0-9a-f]{16}\.tmp$/.test(f)) &&
      readdirSync(privateTmp).some((f) => f.startsWith("ttx-spill-")),
  );
  started.push(parent.pid!);
  const kids = childrenOf(parent.pid!);
  started.push(...kids);
  expect(kids).toHaveLength(1);
  return { parent, child: kids[0]!, stderr: () => err, exit, closed, outDir, privateTmp };
}

/** Nothing left behind, the old output as it was, the worker gone. */
async function expectClean(run: Started): Promise<void> {
  await until("the worker to end", () => !alive(run.child), 15_000);
  await run.closed;
  expect(readdirSync(run.outDir)).toEqual(["tong-hop.xlsx"]);
  expect(readFileSync(path.join(run.outDir, "tong-hop.xlsx")).equals(OLD)).toBe(true);
  expect(readdirSync(run.privateTmp)).toEqual([]);
}

/** The lines of stderr that are not progress. */
const messageLines = (err: string) => err.split(/[\r\n]/).filter((l) => l !== "" && !/^\[[#.]+\]/.test(l));
const stopped = (signal: string) => `${t("cliInterrupted", { signal }, "vi")} · ${t("cliInterrupted", { signal }, "en")}`;

maybe("ttx consolidate interrupted (real processes)", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)(
    "%s to ttx: exit %d, one line, temporary and spill files removed, old output intact, worker gone",
    async (signal, code) => {
      const r = await start();
      process.kill(r.parent.pid!, signal);
      expect(await r.exit).toEqual({ code, signal: null });
      await expectClean(r);
      expect(messageLines(r.stderr())).toEqual([stopped(signal)]);
    },
    60_000,
  );

  it("Ctrl-C in a terminal (SIGINT to the whole process group, then passed on by ttx too): one line, exit 130", async () => {
    const r = await start({ detached: true });
    process.kill(-r.parent.pid!, "SIGINT");
    expect(await r.exit).toEqual({ code: 130, signal: null });
    await expectClean(r);
    expect(messageLines(r.stderr())).toEqual([stopped("SIGINT")]);
  }, 60_000);

  it("ttx killed with SIGKILL: the worker sees its parent gone, cleans up and stops (never replaces the output later)", async () => {
    const r = await start();
    process.kill(r.parent.pid!, "SIGKILL");
    expect(await r.exit).toEqual({ code: null, signal: "SIGKILL" });
    await expectClean(r);
    // The worker's own line, on the stderr it shares.
    expect(messageLines(r.stderr())).toEqual([stopped("SIGHUP")]);
    // Long after, still nothing written.
    await new Promise((r) => setTimeout(r, 1000));
    expect(readFileSync(path.join(r.outDir, "tong-hop.xlsx")).equals(OLD)).toBe(true);
  }, 60_000);

  it("the worker killed with SIGKILL (as the OOM killer would): ttx removes its files, says so, exits 137", async () => {
    const r = await start();
    process.kill(r.child, "SIGKILL");
    expect(await r.exit).toEqual({ code: 137, signal: null });
    await expectClean(r);
    expect(messageLines(r.stderr())).toEqual([
      `${t("cliWorkerDied", { signal: "SIGKILL" }, "vi")} · ${t("cliWorkerDied", { signal: "SIGKILL" }, "en")}`,
    ]);
  }, 60_000);

  it("the other commands too: sample interrupted half-way exits 130 with one line, every file left is whole, no temp", async () => {
    const out = path.join(dir, "sample-out");
    const p = spawn(process.execPath, [BIN, "sample", "--units", "500", "--period", "2025-annual", "-o", out], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    started.push(p.pid!);
    let err = "";
    p.stderr!.on("data", (c: Buffer) => void (err += c.toString("utf8")));
    const exit = new Promise((resolve) => p.on("exit", (code, signal) => resolve({ code, signal })));
    await until("the first sample file", () => {
      try {
        return readdirSync(out).some((f) => f.endsWith(".xlsx"));
      } catch {
        return false;
      }
    });
    p.kill("SIGINT");
    expect(await exit).toEqual({ code: 130, signal: null });
    expect(messageLines(err)).toEqual([stopped("SIGINT")]);
    const left = readdirSync(out);
    expect(left.filter((f) => !/^TTX-NV\d_.+\.xlsx$/.test(f))).toEqual([]);
    expect(left.length).toBeLessThan(23);
    for (const f of left) expect((await readReportFile(readFileSync(path.join(out, f)), f)).reports).toHaveLength(1);
  }, 60_000);

  it("uninterrupted, the same run replaces the old output and leaves nothing behind", async () => {
    const outDir = mkdtempSync(path.join(dir, "out-"));
    const privateTmp = mkdtempSync(path.join(dir, "tmp-"));
    writeFileSync(path.join(outDir, "tong-hop.xlsx"), OLD);
    const parent = spawn(process.execPath, [BIN, "consolidate", big, "--period", "2025-H1", "-o", path.join(outDir, "tong-hop.xlsx")], {
      env: { ...process.env, TMPDIR: privateTmp, TTX_SPILL_ROWS: "0" },
      stdio: "ignore",
    });
    const code = await new Promise((resolve) => parent.on("exit", resolve));
    expect(code).toBe(0);
    expect(readdirSync(outDir)).toEqual(["tong-hop.xlsx"]);
    expect(readFileSync(path.join(outDir, "tong-hop.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(privateTmp)).toEqual([]);
  }, 60_000);
});

afterAll(() => {
  // Nothing this file started is left running, even after a failure half-way.
  for (const pid of started) if (alive(pid)) process.kill(pid, "SIGKILL");
});
