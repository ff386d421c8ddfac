#!/usr/bin/env node
// `npx ttx …`: runs the TypeScript CLI directly, compiled as it loads by sucrase (types stripped, no type check:
// that is `npm run typecheck`), so it needs no build step and starts in under a second (ts-node took 1.4 s).
// SIGINT, SIGTERM and SIGHUP remove the temporary files of the run, print one line and exit 130, 143 or 129
// (src/cli/interrupt.ts); `consolidate` runs in a heap-capped child that stops with this process (heap-cap.js).
const args = process.argv.slice(2);
if (args[0] === "consolidate" && require("./heap-cap").runWithHeapCap(__filename, args)) return;
require("sucrase/register/ts");
require("../src/cli/interrupt.ts").installInterruptHandlers();
// 1 unless run() settles: a command that stopped on a promise never settled must not look like a success.
process.exitCode = 1;
require("../src/cli/main.ts")
  .run(args)
  .then((code) => {
    process.exitCode = code;
  });
