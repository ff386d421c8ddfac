// `ttx consolidate` runs with tuned V8 heap sizes; this re-runs the command in a child process with them unless
// they are already set (flags or NODE_OPTIONS). Returns true when the child was started and this process should only
// pass on its exit code (set when the child ends). TTX_NO_HEAP_CAP=1 turns it off.
// - Old space capped at 640 MB: parsing thousands of workbooks, V8 otherwise lets their garbage pile up while
//   memory is free (measured on 313,000 rows: 844 MB peak RSS uncapped, 360 MB with a 512 MB old space).
// - Young generation semi-spaces of 64 MB (default 16): a report's rows live from its read until it is consolidated,
//   long enough to be promoted from a small young generation and then collected expensively as old objects
//   (measured on 30 files × 500 rows: consolidation 3,404 → 3,042 ms with the ExcelJS-based reader, 1,830 →
//   1,660 ms with today's, medians of four runs; ExcelJS parsing alone unchanged).
//
// Parent and child stop together (issue 13):
// - SIGINT, SIGTERM and SIGHUP to the parent are passed to the child, which removes its temporary files, prints one
//   line and exits 128 + the signal (src/cli/interrupt.ts); the parent exits with that code. A child that has not
//   stopped after GRACE_MS is killed.
// - The child tells the parent, over an IPC channel, every temporary path it creates and removes. When the child
//   dies without cleaning up (SIGKILL, the heap limit's abort), the parent removes them and prints one line.
// - A parent that dies, even by SIGKILL, closes the channel: the child sees 'disconnect' and stops as on SIGHUP.
const { spawn } = require("child_process");
const { rmSync } = require("fs");
const { constants } = require("os");

const HEAP_CAP_MB = 640;
const SEMI_SPACE_MB = 64;
/** The flags, for the benchmarks: they measure the code under the runtime it ships with. */
const RUNTIME_FLAGS = [`--max-old-space-size=${HEAP_CAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
const GRACE_MS = 5000;
const CHILD_ENV = "TTX_HEAP_CAP_CHILD";

/** In the child: the channel must not keep it alive, and its closing means the parent is gone. */
function watchParent() {
  if (process.env[CHILD_ENV] !== "1" || !process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGHUP"));
}

/** The bilingual line, loaded only when needed (the parent does not load the TypeScript otherwise). */
function message(key, params) {
  require("sucrase/register/ts");
  return require("../src/core/i18n/messages.ts").bilingual(key, params);
}

function runWithHeapCap(script, args) {
  const set = (flag) => process.execArgv.some((a) => a.startsWith(flag)) || (process.env.NODE_OPTIONS || "").includes(flag);
  if (set("--max-old-space-size") || process.env.TTX_NO_HEAP_CAP === "1") {
    watchParent();
    return false;
  }
  const flags = RUNTIME_FLAGS.filter((f) => !set(f.split("=")[0]));
  const child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, [CHILD_ENV]: "1" },
  });
  const temps = new Set();
  child.on("message", (m) => {
    if (!m || typeof m.ttxTemp !== "string") return;
    if (m.done) temps.delete(m.ttxTemp);
    else temps.add(m.ttxTemp);
  });
  let stopSignal = null;
  let killTimer = null;
  const forward = (signal) => {
    stopSignal = stopSignal || signal;
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
    if (!killTimer) killTimer = setTimeout(() => child.kill("SIGKILL"), GRACE_MS);
  };
  const handlers = SIGNALS.map((signal) => [signal, () => forward(signal)]);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  child.on("error", (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    clearTimeout(killTimer);
    for (const [s, handler] of handlers) process.removeListener(s, handler);
    if (signal) {
      // Died without its own clean-up: do it here.
      for (const file of temps) {
        try {
          rmSync(file, { recursive: true, force: true });
        } catch {
          // nothing more to do
        }
      }
      const shown = stopSignal || signal;
      process.stderr.write(`\n${message(stopSignal ? "cliInterrupted" : "cliWorkerDied", { signal: shown })}\n`);
      process.exitCode = 128 + (constants.signals[shown] || 0);
    } else process.exitCode = code === null ? 1 : code;
  });
  return true;
}

module.exports = { runWithHeapCap, HEAP_CAP_MB, RUNTIME_FLAGS, GRACE_MS };
