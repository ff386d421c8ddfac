/**
 * What the real-browser tests share: Debian's Chromium (required in CI, skipped with a warning elsewhere), the
 * origin the production build is served from inside the browser, and serving a file of that build.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Route } from "playwright-core";

/** Chromium's path, or "" where none is installed. */
export const CHROMIUM = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser || command -v google-chrome"], {
  encoding: "utf8",
}).stdout.trim();

/** `describe` where Chromium can run the suite (or CI requires it), else `describe.skip` with a warning naming it. */
export function browserSuite(what: string): jest.Describe {
  const required = process.env.TTX_REQUIRE_CHROMIUM === "1";
  if (CHROMIUM || required) return describe;
  console.warn(`Chromium not found: skipping ${what} (scripts/setup-test-tools.sh installs it; CI runs them).`);
  return describe.skip;
}

/** The add-in's origin inside the browser: every request to it is answered from the build folder. */
export const ORIGIN = "https://ttx.test";
/** Microsoft's CDN, where the page asks for office.js. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** Answers `pathname` with the file of `dir` it names (never outside it), or 404. Returns the file served, or null. */
export async function serveBuildFile(route: Route, dir: string, pathname: string): Promise<string | null> {
  const file = path.join(dir, path.normalize(pathname));
  if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    await route.fulfill({ path: file, contentType: TYPES[path.extname(file)] ?? "application/octet-stream" });
    return file;
  }
  await route.fulfill({ status: 404, body: "" });
  return null;
}
