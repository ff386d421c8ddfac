/* eslint-disable no-undef */
// Build of the shared-runtime add-in (OfficeDev Excel-Custom-Functions-Shared layout): one taskpane.html page
// holds the task pane, the custom functions and the ribbon commands; functions.json is generated from the JSDoc
// of src/functions/functions.ts; the manifest's dev URL is rewritten to the production URL in production builds.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// functions.en-US.json beside functions.json: English help for en-US Office (manifest Functions.Metadata.Url override).
const { FunctionsLocalesPlugin } = require("./scripts/functions-locales");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { httpsOptions } = require("./scripts/dev-certs");

// What office.js loads in Excel (the loader, its host table, each platform's Excel script, strings, telemetry).
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  ...[
    "win32-16.00",
    "win32-16.01",
    "win32-16.01-core",
    "mac-16.00",
    "mac-16.00-core",
    "web-16.00",
    "web-16.00-core",
    "ios-16.00",
    "android-16.00",
    "winrt-16.00",
  ].map((p) => `excel-${p}.js`),
  "vi-vn/office_strings.js",
  "en-us/office_strings.js",
  ...["telemetry", "ariatelemetry"].flatMap((dir) =>
    fs
      .readdirSync(path.join(__dirname, "node_modules/@microsoft/office-js/dist", dir))
      .filter((f) => f.endsWith(".js") && !f.endsWith(".debug.js"))
      .map((f) => `${dir}/${f}`),
  ),
];

const urlDev = "https://localhost:3000/";
// Where the production build will be hosted; set TTX_PROD_URL when deploying (must end with "/").
const urlProd = process.env.TTX_PROD_URL || "https://ttx.caobang.gov.vn/addin/";

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    // functions.js runs on its own, as the manifest's custom-functions <Script> (Microsoft's samples point it at
    // functions.js): it holds the webpack runtime and every module it needs, and is never split. The page loads it
    // first; the task pane and the commands depend on it, so the catalog, zod and the core it holds are downloaded
    // and instantiated once for the page, not once per entry; what only they need is split into shared chunks.
    entry: {
      functions: { import: "./src/functions/functions.ts" },
      taskpane: { import: "./src/taskpane/taskpane.tsx", dependOn: "functions" },
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    optimization: { runtimeChunk: false, splitChunks: { chunks: (chunk) => chunk.name !== "functions" } },
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
            options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "bundler", target: "es2020" } },
          },
        },
        {
          // Runs after the metadata plugin's loader: its CustomFunctions.associate lines do nothing without office.js.
          test: path.resolve(__dirname, "src/functions/functions.ts"),
          use: { loader: path.resolve(__dirname, "scripts/guard-associate-loader.js") },
        },
        {
          // Dependencies too are brought down to the syntax of the browsers Office runs add-ins in (package.json's
          // browserslist: ES2020; Safari before 16.4 cannot parse the class static blocks some Fluent UI packages ship,
          // Safari 14 not class fields). TypeScript transpiles the JavaScript; test/hosting checks the bundle parses as ES2020.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: {
                allowJs: true,
                checkJs: false,
                target: "es2020",
                module: "es2020",
                moduleResolution: "bundler",
                sourceMap: true,
              },
            },
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
        chunks: ["functions", "taskpane", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // Loaded by taskpane.html only if office.js could not be had from Microsoft's CDN (src/taskpane/office-fallback.js).
          { from: "src/taskpane/office-fallback.js", to: "office-fallback.js", info: { minimized: true } },
          // The help page (manifest SupportUrl and LearnMoreUrl).
          { from: "src/help/*", to: "[name][ext]" },
          // A copy of office.js from @microsoft/office-js (the Excel parts, Vietnamese and English strings), served from
          // this host when the CDN cannot be reached: docs/deploy.md says why and what Microsoft supports.
          // As Microsoft ships them: not minified again (info.minimized).
          ...OFFICE_JS_FILES.map((file) => ({
            from: `node_modules/@microsoft/office-js/dist/${file}`,
            to: `office-js/${file}`,
            info: { minimized: true },
          })),
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
      // Certificates only for `webpack serve`: building, or loading this file from a test, writes nothing in ~/.
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
