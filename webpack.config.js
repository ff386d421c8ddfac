/* eslint-disable no-undef */
// Build of the shared-runtime add-in (OfficeDev Excel-Custom-Functions-Shared layout): one taskpane.html page
// holds the task pane, the custom functions and the ribbon commands; functions.json is generated from the JSDoc
// of src/functions/functions.ts; the manifest's dev URL is rewritten to the production URL in production builds.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// functions.en-US.json beside functions.json: English help for en-US Office (manifest Functions.Metadata.Url override).
const { FunctionsLocalesPlugin } = require("./scripts/functions-locales");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { httpsOptions } = require("./scripts/dev-certs");

const urlDev = "https://localhost:3000/";
// Where the production build will be hosted; set TTX_PROD_URL when deploying (must end with "/").
const urlProd = process.env.TTX_PROD_URL || "https://ttx.caobang.gov.vn/addin/";

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    // One page loads all three entries (shared runtime): one webpack runtime and shared chunks, so the catalog,
    // zod and the core are downloaded and instantiated once, not once per entry.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules for webpack (tsconfig's CommonJS is for jest and ts-node): only with import/export can
            // webpack drop the unused parts of Fluent UI and its icon set (19 MB bundle with require()).
            options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsLocalesPlugin({ source: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
