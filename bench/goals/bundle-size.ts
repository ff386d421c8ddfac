/**
 * Goal: what Excel downloads when it opens the add-in, gzip-compressed, measured on production builds
 * made in this run with the project's webpack config. One page (taskpane.html) holds the task pane, the ribbon
 * commands and the custom functions (shared runtime), with shared chunks: the candidate is every script that page
 * loads. Baseline: React and the Fluent UI components the pane uses, plus the plan catalog (data and zod schemas),
 * built the same way: the two things the add-in cannot do without. The app's own code may add at most half again
 * (≤ 1.5×). The .xlsx reader (JSZip + saxes), loaded only when files are picked in the pane, is reported in the
 * details.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import webpack from "webpack";
import { gzipSync } from "zlib";
import type { Goal } from "../harness";

const ROOT = path.join(__dirname, "..", "..");

function compile(configs: webpack.Configuration[]): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(configs, (error, stats) =>
      error ? reject(error) : stats?.hasErrors() ? reject(new Error(stats.toString({ all: false, errors: true }))) : resolve(),
    ),
  );
}

const kb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const sum = (files: string[]) => files.reduce((n, f) => n + kb(f), 0);

export const bundleSizes: Goal = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-bench-bundle-"));
  try {
    const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
    const app = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    Object.assign(app, {
      mode: "production",
      context: ROOT,
      devtool: false,
      performance: { hints: false },
      output: { ...app.output, path: path.join(dir, "app") },
    });
    const baselines: webpack.Configuration = {
      ...app,
      entry: { fluent: "./bench/support/fluent-baseline.tsx", catalog: "./bench/support/catalog-baseline.ts" },
      optimization: { splitChunks: false, runtimeChunk: false },
      plugins: [],
      output: { path: path.join(dir, "baselines") },
    };
    await compile([app, baselines]);
    const appDir = path.join(dir, "app");
    const html = readFileSync(path.join(appDir, "taskpane.html"), "utf8");
    const loaded = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
    const lazy = readdirSync(appDir).filter((f) => f.endsWith(".js") && !loaded.includes(f));
    const page = sum(loaded.map((f) => path.join(appDir, f)));
    return [
      {
        goal: "add-in page scripts (gzip)",
        baseline: "React + Fluent UI parts + catalog",
        candidate: `${loaded.length} scripts`,
        baselineValue: sum(["fluent.js", "catalog.js"].map((f) => path.join(dir, "baselines", f))),
        candidateValue: page,
        unit: "KB",
        maxRatio: 1.5,
        details: `${loaded.map((f) => `${f} ${kb(path.join(appDir, f)).toFixed(1)}`).join(", ")} KB; on demand (the .xlsx reader when files are picked, ExcelJS when files are made for units): ${sum(lazy.map((f) => path.join(appDir, f))).toFixed(0)} KB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
