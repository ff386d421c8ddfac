// `npm run bench`: runs the TypeScript benchmarks directly (transpile-only).
require("ts-node").register({ transpileOnly: true, project: require("path").join(__dirname, "..", "tsconfig.json") });
require("./run.ts");
