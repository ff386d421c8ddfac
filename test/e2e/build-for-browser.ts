/**
 * Builds what the real-browser tests load: the production build of the add-in (the project's own webpack config,
 * production mode) and the in-memory Office host that stands in for office.js. Both go to a fresh directory.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const root = path.join(__dirname, "../..");

function compile(configs: webpack.Configuration[]): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

export async function buildForBrowser(): Promise<{ dir: string; hostScript: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ttx-e2e-"));
  const makeConfig = require(path.join(root, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const app = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  app.mode = "production";
  app.context = root;
  app.output = { ...app.output, path: path.join(dir, "app") };
  app.performance = { hints: false };
  const host: webpack.Configuration = {
    mode: "development",
    devtool: false,
    context: root,
    entry: { "office-host": "./test/e2e/office-host-entry.ts" },
    output: { path: path.join(dir, "host") },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "bundler" } } } }],
    },
  };
  await compile([app, host]);
  return { dir: path.join(dir, "app"), hostScript: path.join(dir, "host", "office-host.js") };
}
