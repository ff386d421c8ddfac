#!/usr/bin/env node
// `npx ttx …`: runs the TypeScript CLI directly (transpile-only, so it starts in about a second without a build).
const args = process.argv.slice(2);
if (args[0] === "consolidate" && require("./heap-cap").runWithHeapCap(__filename, args)) return;
require("ts-node").register({
  transpileOnly: true,
  project: require("path").join(__dirname, "..", "tsconfig.json"),
  compilerOptions: { module: "commonjs" },
});
require("../src/cli/main.ts")
  .run(args)
  .then((code) => {
    process.exitCode = code;
  });
