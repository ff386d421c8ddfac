/**
 * "Make files for units" in a real browser: the production build in headless Chromium with the
 * in-memory Office host. The pane loads ExcelJS's browser build on demand (the unit-files chunk, not part of the
 * first load), makes the files and hands the browser a .zip download; the files in it hold what `ttx template`
 * writes in Node for the same units and period (sheets, cells, metadata), and the consolidation reader takes them.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { templateWorkbookBytes, unitSpecs } from "../../src/xlsx/unit-files";
import { readReportFile } from "../../src/xlsx/report-reader";
import { buildForBrowser } from "./build-for-browser";
import { CHROMIUM, OFFICE_CDN, ORIGIN, browserSuite, serveBuildFile } from "./chromium";

const maybe = browserSuite("the real-browser unit-files test");

jest.setTimeout(120_000);

/** Every cell of every sheet (hidden too) with value, format and lock; validations; protection; merges. */
async function contents(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return {
    creator: wb.creator,
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (c) => void cells.push([c.address, JSON.stringify(c.value), c.numFmt, c.protection?.locked])),
      );
      const model = ws as unknown as { dataValidations: { model: unknown }; sheetProtection: unknown };
      return {
        name: ws.name,
        state: ws.state,
        cells,
        validations: model.dataValidations.model,
        protection: model.sheetProtection,
        merges: ws.model.merges,
      };
    }),
  };
}

let build: { dir: string; hostScript: string };
let browser: Browser;

maybe("Make files for units in headless Chromium (production build)", () => {
  beforeAll(async () => {
    build = await buildForBrowser();
    browser = await chromium.launch({ executablePath: CHROMIUM || undefined, headless: true, args: ["--no-sandbox"] });
  }, 300_000);
  afterAll(async () => void (await browser?.close()));

  it("loads the file maker on demand and downloads a .zip whose files equal ttx template's", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 820 }, acceptDownloads: true });
    const scripts: string[] = [];
    const external: string[] = [];
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === OFFICE_CDN) return route.fulfill({ path: build.hostScript, contentType: "text/javascript" });
      if (url.origin === ORIGIN) {
        const file = await serveBuildFile(route, build.dir, url.pathname);
        if (file?.endsWith(".js")) scripts.push(path.basename(file));
        return;
      }
      external.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => void (m.type() === "error" && problems.push(`console: ${m.text()}`)));
    await page.addInitScript(() => Object.assign(window, { __ttxHostOptions: { displayLanguage: "vi-VN" } }));
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.waitForSelector("#tpl-files-zip");
    // The first load does not fetch the file maker.
    expect(scripts).not.toContain("unit-files.js");

    await page.selectOption("#tpl-files-kind", "H1");
    await page.fill("#tpl-files-year", "2025");
    await page.click("#tpl-files-none");
    await page.click("#tpl-files-unit-SO_CT");
    await page.click("#tpl-files-unit-SO_XD");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#tpl-files-zip")]);
    await page.locator("#tpl-files-status").getByText("Đã tạo 2 tệp").waitFor();
    expect(download.suggestedFilename()).toBe("TTX_2025-H1.zip");
    expect(scripts).toContain("unit-files.js");

    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["TTX_SO_CT_2025-H1.xlsx", "TTX_SO_XD_2025-H1.xlsx"]);
    for (const unit of ["SO_CT", "SO_XD"]) {
      const fromBrowser = await zip.file(`TTX_${unit}_2025-H1.xlsx`)!.async("uint8array");
      const specs = unitSpecs(unit, "2025-H1", "vi");
      if (!specs.ok) throw new Error(specs.error);
      // ExcelJS's browser build in Chromium and its Node build in the CLI write the same workbook.
      expect(await contents(fromBrowser)).toEqual(await contents(await templateWorkbookBytes(specs.specs)));
      const read = await readReportFile(fromBrowser, "x.xlsx");
      expect(read.issue).toBeNull();
      expect(read.reports.map((r) => r.meta?.unitId)).toEqual(specs.specs.map(() => unit));
    }
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
