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

/**
 * prodUrl: build as `TTX_PROD_URL=… npm run build` does (the manifest's URLs rewritten to it); appDir: where the
 * add-in goes (default: app/ in a fresh temporary directory).
 */
export async function buildForBrowser(options: { prodUrl?: string; appDir?: string } = {}): Promise<{ dir: string; hostScript: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ttx-e2e-"));
  const configPath = path.join(root, "webpack.config.js");
  const saved = process.env.TTX_PROD_URL;
  let app: webpack.Configuration;
  try {
    if (options.prodUrl) process.env.TTX_PROD_URL = options.prodUrl;
    // The config reads TTX_PROD_URL when it is loaded (jest gives each test file its own module registry).
    const makeConfig = require(configPath) as (env: object, argv: object) => Promise<webpack.Configuration>;
    app = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.TTX_PROD_URL;
    else process.env.TTX_PROD_URL = saved;
  }
  const appDir = options.appDir ?? path.join(dir, "app");
  app.mode = "production";
  app.context = root;
  app.output = { ...app.output, path: appDir };
  app.performance = { hints: false };
  const host: webpack.Configuration = {
    mode: "development",
    devtool: false,
    context: root,
    entry: { "office-host": "./test/e2e/office-host-entry.ts" },
    output: { path: path.join(dir, "host") },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "bundler" } },
          },
        },
      ],
    },
  };
  await compile([app, host]);
  return { dir: appDir, hostScript: path.join(dir, "host", "office-host.js") };
}
