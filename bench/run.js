// `npm run bench`: runs the TypeScript benchmarks directly (transpile-only), under the V8 heap settings
// `ttx consolidate` ships with (bin/heap-cap.js), so the code is measured in the runtime it runs in; the baselines
// share the process and its settings.
if (require("../bin/heap-cap").runWithHeapCap(__filename, process.argv.slice(2))) return;
require("ts-node").register({ transpileOnly: true, project: require("path").join(__dirname, "..", "tsconfig.json") });
require("./run.ts");
