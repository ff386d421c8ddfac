/**
 * Starting the pane when things are not as they should be, in headless Chromium on the production build: the pane
 * never hangs on "Đang tải…" and says, in Vietnamese and English, what went wrong and what to do.
 * - Microsoft's CDN blocked and this host's copy of office.js missing: "office.js could not be loaded", ask IT.
 * - Microsoft's CDN blocked, this host's copy (from @microsoft/office-js) served: the real office.js loads in its
 *   place; outside Office it says so, the Plan tab works, Insert says it needs Excel (not "Excel is not defined").
 * - Office never ready; Excel without a required requirement set.
 * And functions.js, the manifest's custom-functions Script, loaded alone in a bare page registers every function.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { t } from "../../src/core/i18n/messages";
import { buildForBrowser } from "./build-for-browser";
import { CHROMIUM, OFFICE_CDN, ORIGIN, browserSuite, serveBuildFile } from "./chromium";

const maybe = browserSuite("the real-browser tests");

const CDN = OFFICE_CDN;

jest.setTimeout(120_000);

let build: { dir: string; hostScript: string };
let browser: Browser;

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors and console errors. */
  problems: string[];
  /** Every request made, as origin + path. */
  requests: string[];
}

/**
 * cdn: what Microsoft's CDN answers ("host": the in-memory Office host; "blocked": the connection fails, as behind a
 * proxy that refuses it). ownCopy: whether this host serves its copy of office.js (office-js/).
 */
async function open(options: {
  cdn: "host" | "blocked";
  ownCopy: boolean;
  hostOptions?: object;
  path?: string;
  extra?: Record<string, string>;
}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 360, height: 820 } });
  const requests: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.origin + url.pathname);
    if (url.origin === CDN)
      return options.cdn === "host"
        ? route.fulfill({ path: build.hostScript, contentType: "text/javascript" })
        : route.abort("connectionrefused");
    if (url.origin === ORIGIN) {
      if (options.extra?.[url.pathname] !== undefined)
        return route.fulfill({ body: options.extra[url.pathname], contentType: "text/html" });
      if (url.pathname.startsWith("/office-js/") && !options.ownCopy) return route.fulfill({ status: 404, body: "" });
      return void (await serveBuildFile(route, build.dir, url.pathname));
    }
    return route.abort();
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  if (options.hostOptions) await page.addInitScript((o) => Object.assign(window, { __ttxHostOptions: o }), options.hostOptions);
  await page.goto(`${ORIGIN}${options.path ?? "/taskpane.html"}`);
  return { page, context, problems, requests };
}

async function problemShown(page: Page) {
  const section = page.locator("#boot-problem");
  await section.waitFor({ timeout: 20_000 });
  return {
    kind: await section.getAttribute("data-problem"),
    vi: await section.locator('[lang="vi"]').textContent(),
    en: await section.locator('[lang="en"]').textContent(),
    loading: await page.locator(".loading").count(),
  };
}

maybe("starting the pane when Office is missing, not ready, not Excel or too old (headless Chromium)", () => {
  beforeAll(async () => {
    build = await buildForBrowser();
    browser = await chromium.launch({ executablePath: CHROMIUM || undefined, headless: true, args: ["--no-sandbox"] });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("CDN blocked and no copy on this host: says office.js could not be loaded and to ask IT, in both languages, within seconds", async () => {
    const started = Date.now();
    const { page, context, problems, requests } = await open({ cdn: "blocked", ownCopy: false });
    const shown = await problemShown(page);
    expect(Date.now() - started).toBeLessThan(10_000); // no waiting for a timeout: office.js is known to be missing
    expect(shown.kind).toBe("noOfficeJs");
    expect(shown.loading).toBe(0);
    expect(shown.vi).toContain(t("bootNoOfficeJs", {}, "vi"));
    expect(shown.en).toContain(t("bootNoOfficeJs", {}, "en"));
    expect(shown.en).toContain("https://appsforoffice.microsoft.com");
    // The CDN was tried, then this host's copy.
    expect(requests).toEqual(expect.arrayContaining([`${CDN}/lib/1/hosted/office.js`, `${ORIGIN}/office-js/office.js`]));
    // The help link opens the help page shipped in the build.
    expect(await page.locator("#boot-help").getAttribute("href")).toBe("help.html");
    const help = await context.newPage();
    await help.goto(`${ORIGIN}/help.html`);
    await expect(help.locator("h1").textContent()).resolves.toBe("Phần bổ trợ Tăng trưởng xanh Cao Bằng");
    await expect(help.locator("#versions").textContent()).resolves.toMatch(/Excel 2021[^]*2108[^]*Mac 16\.35/);
    // No uncaught error from the page's scripts (commands.js and functions.js run without Office too).
    expect(problems).toEqual([]);
    await context.close();
  });

  it("CDN blocked, this host's copy of office.js (from @microsoft/office-js) loads instead; outside Office: a notice, Plan works, Insert says it needs Excel", async () => {
    const { page, context, problems, requests } = await open({ cdn: "blocked", ownCopy: true });
    await page.locator("#pane-notice").waitFor({ timeout: 20_000 });
    expect(requests).toContain(`${ORIGIN}/office-js/office.js`);
    // It is the real office.js, from the package, that answered.
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
    expect(await page.evaluate(() => (window as unknown as { __ttxOfficeFallback?: boolean }).__ttxOfficeFallback)).toBe(true);
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(await page.locator("#pane-notice").textContent()).toBe(t("bootNotExcel", {}, lang === "en" ? "en" : "vi"));

    await page.click("#tab-plan");
    await page.fill("#plan-search", "gach khong nung");
    await page.locator("#plan-results li").first().waitFor();

    await page.click("#tab-templates");
    await page.selectOption("#tpl-kind", "H1");
    await page.fill("#tpl-year", "2025");
    await page.selectOption("#tpl-unit", "SO_CT");
    await page.selectOption("#tpl-group", "NV4");
    await page.click("#tpl-insert");
    const status = page.locator("#tpl-status");
    await page.waitForFunction(() => (document.getElementById("tpl-status")?.textContent ?? "") !== "");
    const said = await status.textContent();
    expect(said).toContain(t("paneNeedsExcel", {}, "vi"));
    expect(said).toContain(t("paneNeedsExcel", {}, "en"));
    expect(said).not.toMatch(/is not defined/);
    // The one complaint: office.js, outside Office, tries to frame Microsoft's telemetry page, which the pane's
    // Content Security Policy does not allow.
    expect(problems.filter((p) => !/Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/.test(p))).toEqual([]);
    await context.close();
  });

  it("Office never says ready: after the wait, says so and to open the page from Excel; starts if Office gets ready after all", async () => {
    const { page, context, problems } = await open({ cdn: "host", ownCopy: false, hostOptions: { neverReady: true } });
    const shown = await problemShown(page);
    expect(shown.kind).toBe("notReady");
    expect(shown.vi).toContain(t("bootNotReady", { seconds: 10 }, "vi"));
    expect(shown.en).toContain(t("bootNotReady", { seconds: 10 }, "en"));
    // Office says ready late: the pane starts in place of the message.
    await page.evaluate(() => (window as unknown as { __ttx: { start(): void } }).__ttx.start());
    await page.waitForSelector('[role="tab"]');
    expect(await page.locator("#boot-problem").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("Excel without SharedRuntime 1.1: names what is missing and the Excel versions that run the add-in", async () => {
    const { page, context, problems } = await open({ cdn: "host", ownCopy: false, hostOptions: { unsupportedSets: ["SharedRuntime"] } });
    const shown = await problemShown(page);
    expect(shown.kind).toBe("oldExcel");
    expect(shown.vi).toContain(t("bootOldExcel", { sets: "SharedRuntime 1.1" }, "vi"));
    expect(shown.en).toContain("Excel 2021 (version 2108 or later)");
    expect(await page.locator('[role="tab"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("functions.js alone, in a bare page with only the Office host, registers every function of functions.json", async () => {
    const bare = `<!doctype html><html><head><meta charset="utf-8"><script src="${CDN}/lib/1/hosted/office.js"></script><script src="functions.js"></script></head><body></body></html>`;
    const { page, context, problems, requests } = await open({
      cdn: "host",
      ownCopy: false,
      path: "/bare.html",
      extra: { "/bare.html": bare },
    });
    const expected = (
      JSON.parse(fs.readFileSync(path.join(build.dir, "functions.json"), "utf8")) as { functions: { id: string }[] }
    ).functions
      .map((f) => f.id)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(9);
    const registered = await page.evaluate(() =>
      [...(window as unknown as { __ttx: { functions: Map<string, unknown> } }).__ttx.functions.keys()].sort(),
    );
    expect(registered).toEqual(expected);
    // It needed nothing else from this host: no webpack runtime, no shared chunk.
    expect(requests.filter((r) => r.startsWith(ORIGIN))).toEqual([`${ORIGIN}/bare.html`, `${ORIGIN}/functions.js`]);
    // And the functions work: TTX.INFO("NV4") is the task group's name.
    const name = await page.evaluate(() =>
      (window as unknown as { __ttx: { functions: Map<string, (...a: unknown[]) => unknown> } }).__ttx.functions.get("INFO")!("NV4"),
    );
    expect(name).toMatch(/năng lượng tái tạo/i);
    expect(problems).toEqual([]);
    await context.close();
  });
});
