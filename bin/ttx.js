#!/usr/bin/env node
// `npx ttx …`: runs the TypeScript CLI directly (transpile-only, so it starts in about a second without a build).
require("ts-node").register({
  transpileOnly: true,
  project: require("path").join(__dirname, "..", "tsconfig.json"),
  compilerOptions: { module: "commonjs" },
});
require("../src/cli/main.ts")
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
