/**
 * Loading webpack.config.js (a build, a test that builds, an editor plugin) must not create development
 * certificates in the home folder: only `webpack serve` asks for them.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function loadConfig(env: Record<string, unknown>): { home: string; status: number | null; stderr: string } {
  const home = mkdtempSync(path.join(tmpdir(), "ttx-home-"));
  const script = `require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))})(${JSON.stringify(env)}, { mode: "production" }).then((c) => { if (!c.entry) process.exit(3); })`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env: { ...process.env, HOME: home, USERPROFILE: home, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true" }, encoding: "utf8", timeout: 60_000 });
  return { home, status: r.status, stderr: r.stderr };
}

describe("webpack.config.js has no side effects", () => {
  it.each([[{}], [{ WEBPACK_BUILD: true }]])("loading it with env %j writes nothing to the home folder", (env) => {
    const { home, status, stderr } = loadConfig(env);
    expect([status, stderr]).toEqual([0, ""]);
    expect(readdirSync(home)).toEqual([]);
  });
});
