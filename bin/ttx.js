#!/usr/bin/env node
// `npx ttx …`: runs the TypeScript CLI directly, compiled as it loads by sucrase (types stripped, no type check:
// that is `npm run typecheck`), so it needs no build step and starts in under a second (ts-node took 1.4 s).
const args = process.argv.slice(2);
if (args[0] === "consolidate" && require("./heap-cap").runWithHeapCap(__filename, args)) return;
require("sucrase/register/ts");
require("../src/cli/main.ts")
  .run(args)
  .then((code) => {
    process.exitCode = code;
  });
