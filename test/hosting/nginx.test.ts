/**
 * The production host, for real: nginx (Debian) runs deploy/nginx/ttx.conf on localhost with a certificate made
 * here by openssl, serving a production build made with TTX_PROD_URL pointing at it. Every URL of the built
 * manifest must answer 200 with the type and headers Office needs (CORS on functions.json and functions.js, JSON
 * content type, cacheable icons, revalidated pages); the pane then loads through it in headless Chromium (office.js
 * answered by the in-memory Office host). And the bundle parses as the ES2020 of package.json's browserslist: no
 * class static blocks, which Safari before 16.4 cannot parse.
 */
import * as acorn from "acorn";
import * as walk from "acorn-walk";
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { buildForBrowser } from "../e2e/build-for-browser";

const which = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
const nginx = which("nginx") || (fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "");
const openssl = which("openssl");
const chromiumPath = which("chromium") || which("chromium-browser") || which("google-chrome");
const required = process.env.TTX_REQUIRE_NGINX === "1";
const available = Boolean(nginx && openssl && chromiumPath);
const maybe = available || required ? describe : describe.skip;
if (!available && !required)
  console.warn("nginx, openssl or Chromium not found: skipping the hosting test (scripts/setup-test-tools.sh installs them; CI runs it).");

const ROOT = path.join(__dirname, "../..");
const CONF = path.join(ROOT, "deploy/nginx/ttx.conf");

jest.setTimeout(120_000);

/** The ES2020 check and the static-block check of one script; a list of problems. */
export function syntaxProblems(code: string, name: string): string[] {
  const problems: string[] = [];
  try {
    acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" });
  } catch (error) {
    problems.push(`${name}: not ES2020: ${(error as Error).message}`);
  }
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" });
  walk.full(ast, (node) => {
    if (node.type === "StaticBlock") problems.push(`${name}: class static block at ${node.start}`);
  });
  return problems;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function request(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: options.method ?? "GET", headers: options.headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Replaces exactly one "site:" line of the shipped configuration; fails if the file no longer has it. */
function site(conf: string, pattern: RegExp, replacement: string): string {
  const lines = conf.split("\n").filter((l) => pattern.test(l) && l.includes("# site:"));
  if (lines.length === 0) throw new Error(`deploy/nginx/ttx.conf has no site line matching ${pattern}`);
  return conf
    .split("\n")
    .map((l) => (pattern.test(l) && l.includes("# site:") ? replacement : l))
    .join("\n");
}

maybe("the add-in served by nginx with deploy/nginx/ttx.conf over HTTPS (production build, TTX_PROD_URL)", () => {
  let tmp: string;
  let origin: string;
  let base: string;
  let server: ChildProcess | undefined;
  let build: { dir: string; hostScript: string };
  let browser: Browser | undefined;
  let nginxLog = "";

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ttx-nginx-"));
    fs.chmodSync(tmp, 0o755); // nginx's workers (nobody) read the files
    const port = await freePort();
    origin = `https://localhost:${port}`;
    base = `${origin}/addin/`;
    build = await buildForBrowser({ prodUrl: base, appDir: path.join(tmp, "www", "addin") });
    spawnSync("chmod", ["-R", "a+rX", tmp]);

    const cert = path.join(tmp, "cert.pem");
    const key = path.join(tmp, "key.pem");
    const made = spawnSync(
      openssl,
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
      ],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);

    let conf = fs.readFileSync(CONF, "utf8");
    conf = site(conf, /^\s*listen 443 /, `    listen 127.0.0.1:${port} ssl http2;`);
    conf = site(conf, /^\s*listen \[::\]:443 /, "");
    conf = site(conf, /^\s*server_name /, "    server_name localhost;");
    conf = site(conf, /^\s*ssl_certificate /, `    ssl_certificate ${cert};`);
    conf = site(conf, /^\s*ssl_certificate_key /, `    ssl_certificate_key ${key};`);
    conf = site(conf, /^\s*root /, `    root ${path.join(tmp, "www")};`);
    fs.writeFileSync(path.join(tmp, "ttx.conf"), conf);
    const temp = (name: string) => `${name}_temp_path ${path.join(tmp, name)};`;
    fs.writeFileSync(
      path.join(tmp, "nginx.conf"),
      [
        "worker_processes 1;",
        `pid ${path.join(tmp, "nginx.pid")};`,
        `error_log ${path.join(tmp, "error.log")} warn;`,
        "events { worker_connections 64; }",
        "http {",
        "  include /etc/nginx/mime.types;",
        "  default_type application/octet-stream;",
        `  access_log ${path.join(tmp, "access.log")};`,
        `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
        `  include ${path.join(tmp, "ttx.conf")};`,
        "}",
      ].join("\n"),
    );
    const test = spawnSync(nginx, ["-t", "-p", tmp, "-c", path.join(tmp, "nginx.conf"), "-e", path.join(tmp, "error.log")], {
      encoding: "utf8",
    });
    if (test.status !== 0) throw new Error(`nginx -t: ${test.stderr}`);
    server = spawn(nginx, ["-p", tmp, "-c", path.join(tmp, "nginx.conf"), "-e", path.join(tmp, "error.log"), "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    server.stderr?.on("data", (d: Buffer) => (nginxLog += d.toString()));
    for (let i = 0; ; i++) {
      try {
        await request(base);
        break;
      } catch (error) {
        if (i > 100 || server.exitCode !== null) throw new Error(`nginx did not start: ${nginxLog} ${String(error)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill("SIGQUIT");
      await new Promise((r) => server!.once("exit", r));
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("the manifest was built for the host: every URL is under TTX_PROD_URL", () => {
    const manifest = fs.readFileSync(path.join(build.dir, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(manifest).not.toContain("localhost:3000");
  });

  it("every URL in the built manifest answers 200 with the right type and headers", async () => {
    const manifest = fs.readFileSync(path.join(build.dir, "manifest.xml"), "utf8");
    const urls = [...new Set([...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]!))];
    const expectedType: Record<string, RegExp> = {
      ".html": /^text\/html; charset=utf-8$/,
      ".js": /^application\/javascript; charset=utf-8$/,
      ".json": /^application\/json; charset=utf-8$/,
      ".png": /^image\/png$/,
    };
    const seen: string[] = [];
    for (const url of urls) {
      const ext = path.extname(new URL(url).pathname);
      const cors = /\/functions\.(json|js)$/.test(url);
      const answer = await request(url, { headers: { Origin: "https://excel.officeapps.live.com" } });
      const cache = String(answer.headers["cache-control"] ?? "");
      const got = {
        url,
        status: answer.status,
        type: expectedType[ext]?.test(String(answer.headers["content-type"])) ?? false,
        nosniff: answer.headers["x-content-type-options"] === "nosniff",
        hsts: /max-age=\d+/.test(String(answer.headers["strict-transport-security"])),
        cors: cors ? answer.headers["access-control-allow-origin"] === "*" : true,
        // Icons are kept by Office: cacheable, never no-store/no-cache. Pages, scripts and metadata are revalidated.
        cache: ext === ".png" ? /max-age=[1-9]\d*/.test(cache) && !/no-store|no-cache/.test(cache) : cache === "no-cache",
      };
      expect(got).toEqual({ url, status: 200, type: true, nosniff: true, hsts: true, cors: true, cache: true });
      seen.push(path.basename(new URL(url).pathname));
    }
    // The manifest names the page, the functions' script and metadata, the help page and the icons.
    expect(seen).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "help.html",
        "icon-16.png",
        "icon-32.png",
        "icon-64.png",
        "icon-80.png",
      ]),
    );
  });

  it("functions.json and functions.js: CORS preflight answered, the metadata is the functions' JSON", async () => {
    for (const file of ["functions.json", "functions.js"]) {
      const pre = await request(`${base}${file}`, {
        method: "OPTIONS",
        headers: { Origin: "https://excel.officeapps.live.com", "Access-Control-Request-Method": "GET" },
      });
      expect({
        file,
        status: pre.status,
        origin: pre.headers["access-control-allow-origin"],
        methods: pre.headers["access-control-allow-methods"],
      }).toEqual({ file, status: 204, origin: "*", methods: "GET, OPTIONS" });
    }
    const json = JSON.parse((await request(`${base}functions.json`)).body.toString("utf8")) as { functions: { id: string }[] };
    expect(json.functions.map((f) => f.id)).toEqual(
      expect.arrayContaining(["INFO", "TARGET", "PROGRESS", "CHECK", "STATUS", "BUDGET", "GHG", "CODES", "DEADLINE"]),
    );
    // Not everything gets CORS: the page itself does not need it.
    expect(
      (await request(`${base}taskpane.html`, { headers: { Origin: "https://evil.example" } })).headers["access-control-allow-origin"],
    ).toBeUndefined();
    // A file that is not there is a 404, and the bare folder shows the pane.
    expect((await request(`${base}nothing.js`)).status).toBe(404);
    expect((await request(`${origin}/addin`)).status).toBe(301);
    expect((await request(base)).body.toString("utf8")).toMatch(/<div id="?root"?>/);
  });

  it("this host's copy of office.js is served (the fallback when the CDN is blocked)", async () => {
    for (const file of [
      "office-js/office.js",
      "office-js/excel-win32-16.01.js",
      "office-js/excel-web-16.00.js",
      "office-js/en-us/office_strings.js",
    ]) {
      const answer = await request(`${base}${file}`);
      expect({ file, status: answer.status, type: answer.headers["content-type"] }).toEqual({
        file,
        status: 200,
        type: "application/javascript; charset=utf-8",
      });
    }
  });

  it("the pane loads through nginx in headless Chromium and its functions register", async () => {
    browser = await chromium.launch({ executablePath: chromiumPath || undefined, headless: true, args: ["--no-sandbox"] });
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 820 } });
    const external: string[] = [];
    const served: string[] = [];
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === "https://appsforoffice.microsoft.com")
        return route.fulfill({ path: build.hostScript, contentType: "text/javascript" });
      if (url.origin === origin) {
        served.push(url.pathname);
        return route.continue();
      }
      external.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    await page.goto(`${base}taskpane.html`);
    await page.waitForSelector('[role="tab"]');
    const registered = await page.evaluate(() => [
      ...(window as unknown as { __ttx: { functions: Map<string, unknown> } }).__ttx.functions.keys(),
    ]);
    expect(registered.sort()).toEqual(["BUDGET", "CHECK", "CODES", "DEADLINE", "GHG", "INFO", "PROGRESS", "STATUS", "TARGET"]);
    await page.selectOption("#tpl-kind", "H1");
    await page.fill("#tpl-year", "2025");
    await page.selectOption("#tpl-unit", "SO_CT");
    await page.selectOption("#tpl-group", "NV4");
    await page.click("#tpl-insert");
    await page.locator("#tpl-status").getByText("Đã chèn 1 trang tính: NV4 Năng lượng tái tạo").waitFor();
    expect(served).toEqual(
      expect.arrayContaining(["/addin/taskpane.html", "/addin/functions.js", "/addin/taskpane.js", "/addin/commands.js"]),
    );
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("the bundle parses as ES2020 (package.json's browserslist): no class static blocks or later syntax", () => {
    const scripts = fs.readdirSync(build.dir).filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "commands.js", "office-fallback.js"]));
    expect(scripts.flatMap((f) => syntaxProblems(fs.readFileSync(path.join(build.dir, f), "utf8"), f))).toEqual([]);
    // The check itself notices what it is for.
    expect(syntaxProblems("class A { static { this.x = 1; } }", "sample")).toEqual([
      expect.stringContaining("not ES2020"),
      "sample: class static block at 10",
    ]);
    expect(syntaxProblems("a ??= 1;", "sample")).toEqual([expect.stringContaining("not ES2020")]);
  });
});
