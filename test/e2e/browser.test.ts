/**
 * Real-browser proof of the task pane: the production build, in headless Chromium (Debian package, driven by
 * playwright-core), with office.js replaced by the in-memory Office host. Nothing else is reachable: every other
 * request is refused and counted. End to end in Vietnamese and in English: insert a template, type values,
 * check, consolidate this workbook plus picked .xlsx files, then assert the consolidated data in "Excel".
 * Screenshots of every tab in both languages land in build/e2e/ (TTX_UPDATE_DOCS=1 also copies them to docs/).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { sampleReports } from "../../src/core/consolidation/sample";
import { buildTemplate } from "../../src/core/templates/build";
import { sampleFile, sampleFileName } from "../../src/xlsx/sample-files";
import type { FakeWorksheet } from "../support/fake-excel";
import { buildForBrowser } from "./build-for-browser";
import { CHROMIUM, OFFICE_CDN, ORIGIN, browserSuite, serveBuildFile } from "./chromium";

const maybe = browserSuite("the real-browser tests");

const ROOT = path.join(__dirname, "../..");
const SHOTS = path.join(ROOT, "build/e2e");

jest.setTimeout(120_000);

let build: { dir: string; hostScript: string };
let browser: Browser;

type HostWindow = {
  __ttx: {
    sheets: {
      sheets: FakeWorksheet[];
      getItem(n: string): FakeWorksheet;
      selection?: { sheet: string; address: string };
      activeName?: string;
    };
    savedSettings: Map<string, unknown>;
  };
};

interface Pane {
  page: Page;
  context: BrowserContext;
  /** Page errors, console errors and CSP refusals: all must stay empty. */
  problems: string[];
  /** Requests to anywhere but the add-in's own origin and the (replaced) office.js. */
  external: string[];
}

async function openPane(displayLanguage: string): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width: 360, height: 820 }, deviceScaleFactor: 1 });
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === OFFICE_CDN) return route.fulfill({ path: build.hostScript, contentType: "text/javascript" });
    if (url.origin === ORIGIN) return void (await serveBuildFile(route, build.dir, url.pathname));
    external.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy|Refused to/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript((lang) => Object.assign(window, { __ttxHostOptions: { displayLanguage: lang } }), displayLanguage);
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForSelector('[role="tab"]');
  return { page, context, problems, external };
}

/** Runs fn in the page with its window (where the in-memory Excel lives); fn must not use outside variables. */
const host = <T>(page: Page, fn: (w: HostWindow) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window)`) as Promise<T>;

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  // Transitions finished (a button just re-enabled would otherwise be caught mid-fade, looking disabled).
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: "disabled" });
}

async function sampleUploads(count: number) {
  const reports = sampleReports(count, "2025-H1");
  const files = await Promise.all(
    reports.map(async (r) => ({
      name: sampleFileName(r),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await sampleFile(r)),
    })),
  );
  files.push({
    name: "hong.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("không phải xlsx"),
  });
  return { files, rows: reports.reduce((n, r) => n + r.spec.table.rows.length, 0) };
}

maybe("task pane in headless Chromium (production build, in-memory Office host)", () => {
  beforeAll(async () => {
    build = await buildForBrowser();
    browser = await chromium.launch({ executablePath: CHROMIUM || undefined, headless: true, args: ["--no-sandbox"] });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (process.env.TTX_UPDATE_DOCS === "1") {
      fs.mkdirSync(path.join(ROOT, "docs/taskpane"), { recursive: true });
      for (const f of fs.readdirSync(SHOTS)) fs.copyFileSync(path.join(SHOTS, f), path.join(ROOT, "docs/taskpane", f));
    }
  });

  it("Vietnamese: insert → type values → check → consolidate with picked files → the data is in the workbook", async () => {
    const { page, context, problems, external } = await openPane("vi-VN");
    expect(await page.locator('[role="tab"] .fui-Tab__content').allTextContents()).toEqual([
      "Mẫu báo cáo",
      "Kiểm tra",
      "Tổng hợp",
      "Kế hoạch",
    ]);
    await shot(page, "vi-1-mau-bao-cao");
    // The custom functions (functions.js, sharing chunks with the pane in this one page) registered themselves.
    const registered = await page.evaluate(() => [
      ...(window as unknown as { __ttx: { functions: Map<string, unknown> } }).__ttx.functions.keys(),
    ]);
    expect(registered).toEqual(expect.arrayContaining(["PROGRESS", "CHECK", "TARGET", "STATUS", "CODES"]));

    // Templates: the six-month report 2025 of the Department of Industry and Trade, renewable energy group.
    await page.selectOption("#tpl-kind", "H1");
    await page.fill("#tpl-year", "2025");
    await page.selectOption("#tpl-unit", "SO_CT");
    await page.selectOption("#tpl-group", "NV4");
    await page.click("#tpl-insert");
    await page.locator("#tpl-status").getByText("Đã chèn 1 trang tính: NV4 Năng lượng tái tạo").waitFor();

    // The reporter types into Excel: one good figure, one word in a number cell, a disbursement.
    await host(page, (w) => {
      const s = w.__ttx.sheets.getItem("NV4 Năng lượng tái tạo");
      s.cell("H20").value = 3;
      s.cell("H21").value = "nhiều";
      s.cell("I20").value = 120;
      w.__ttx.sheets.activeName = s.name;
    });

    // Check finds the word, and a click on it takes the user to the cell.
    await page.click("#tab-check");
    await page.click("#chk-run");
    await page
      .locator("#chk-status")
      .getByText(/1 dòng cần sửa/)
      .waitFor();
    await shot(page, "vi-2-kiem-tra");
    const problem = page.locator("#chk-issues button").filter({ hasText: "H21" });
    await expect(problem.textContent()).resolves.toContain("Ô số liệu chứa chữ: nhiều");
    await problem.click();
    await page.waitForFunction(() => (window as unknown as HostWindow).__ttx.sheets.selection?.address === "H21");
    await expect(host(page, (w) => w.__ttx.sheets.selection)).resolves.toEqual({ sheet: "NV4 Năng lượng tái tạo", address: "H21" });
    // Fixed, checked again: nothing left to fix.
    await host(page, (w) => void (w.__ttx.sheets.getItem("NV4 Năng lượng tái tạo").cell("H21").value = 10));
    await page.click("#chk-run");
    await page
      .locator("#chk-status")
      .getByText(/0 dòng cần sửa/)
      .waitFor();

    // Consolidate this workbook and three picked files (one unreadable), with the Office.js writer.
    const { files, rows } = await sampleUploads(2);
    await page.click("#tab-consolidate");
    await page.selectOption("#con-kind", "H1");
    await page.fill("#con-year", "2025");
    await page.setInputFiles("#con-files", files);
    await page.locator("#con-picked").getByText(`Đã chọn ${files.length} tệp`).waitFor();
    await page.locator("#con-sheets").getByText("NV4 Năng lượng tái tạo · 2025-H1").waitFor();
    await page.click("#con-run");
    await page.locator("#con-status").getByText("Đã tạo các trang: Tổng hợp, Chi tiết, Nộp báo cáo, Vấn đề, Thuyết minh").waitFor();
    // The run is over: its buttons are usable again.
    await page.waitForFunction(
      () =>
        !(document.getElementById("con-run") as HTMLButtonElement).disabled &&
        !(document.getElementById("con-pick") as HTMLButtonElement).disabled,
    );
    await shot(page, "vi-3-tong-hop");

    const figures = await page.locator("#con-counts dd").allTextContents();
    const [accepted, rejected] = figures.map(Number);
    const own = buildTemplate({ group: "NV4", unit: "SO_CT", period: "2025-H1" });
    if (!own.ok) throw new Error(own.error);
    expect(accepted! + rejected!).toBe(rows + own.spec.table.rows.length); // every row read is accepted or rejected
    const detail = await host(page, (w) => {
      const s = w.__ttx.sheets.getItem("Chi tiết");
      const rowsOf = new Map<number, Record<string, unknown>>();
      for (const [address, cell] of s.cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        const row = rowsOf.get(Number(m[2])) ?? {};
        row[m[1]!] = cell.value;
        rowsOf.set(Number(m[2]), row);
      }
      return [...rowsOf.values()];
    });
    // The typed figures arrive with the unit's role and their provenance: unit, sheet, cell.
    expect(detail).toContainEqual(
      expect.objectContaining({ A: "D.12", D: "Sở Công Thương", E: "Chủ trì", F: 3, I: 120, N: "NV4 Năng lượng tái tạo", O: "H20" }),
    );
    expect(detail).toContainEqual(expect.objectContaining({ A: "D.13", F: 10, O: "H21" }));
    const issueFiles = await host(page, (w) =>
      [...w.__ttx.sheets.getItem("Vấn đề").cells.entries()].filter(([a]) => a.startsWith("C")).map(([, c]) => c.value),
    );
    expect(issueFiles).toContain("hong.xlsx");

    await page.click("#tab-plan");
    await page.fill("#plan-search", "gach khong nung");
    await page.locator("#plan-results li").first().getByText("Sản xuất gạch không nung").waitFor();
    await shot(page, "vi-4-ke-hoach");

    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("English: the same job in English, the choice remembered in Office settings, keyboard-only tab switching", async () => {
    const { page, context, problems, external } = await openPane("en-US");
    expect(await page.locator('[role="tab"] .fui-Tab__content').allTextContents()).toEqual(["Templates", "Check", "Consolidate", "Plan"]);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await shot(page, "en-1-templates");

    await page.selectOption("#tpl-kind", "H1");
    await page.fill("#tpl-year", "2025");
    await page.selectOption("#tpl-unit", "SO_NNMT");
    await page.selectOption("#tpl-group", "NV3");
    await page.click("#tpl-insert");
    const inserted = await page.locator("#tpl-status").textContent();
    await page
      .locator("#tpl-status")
      .getByText(/^Inserted 1 sheet\(s\): /)
      .waitFor();
    const sheetName = (await page.locator("#tpl-status").textContent())!.replace(/^Inserted 1 sheet\(s\): /, "");
    expect(sheetName).toMatch(/^NV3 /);
    expect(inserted === null || typeof inserted === "string").toBe(true);
    await host(page, (w) => {
      const s = w.__ttx.sheets.sheets.find((x) => x.name.startsWith("NV3 "))!;
      s.cell("H20").value = -5; // below any sensible value
      w.__ttx.sheets.activeName = s.name;
    });

    // Keyboard only: focus the selected tab, arrow right to Check, Enter on the button.
    await page.focus("#tab-templates");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.locator("#panel-check").isVisible()).resolves.toBe(true);
    await page.focus("#chk-run");
    await page.keyboard.press("Enter");
    await page
      .locator("#chk-status")
      .getByText(/1 to fix/)
      .waitFor();
    await expect(page.locator("#chk-issues button").first().textContent()).resolves.toMatch(/^FixH20 · .* · Out of range/);
    await shot(page, "en-2-check");

    // The ribbon's Consolidate button (commands.js, a separate bundle in the same page) opens its tab.
    await page.evaluate(() =>
      (window as unknown as { __ttx: { actions: Map<string, (e: unknown) => Promise<void>> } }).__ttx.actions.get("consolidate")!({
        completed: () => undefined,
      }),
    );
    await expect(page.locator("#panel-consolidate").isVisible()).resolves.toBe(true);
    await expect(page.locator("#tab-consolidate").getAttribute("aria-selected")).resolves.toBe("true");
    await page.selectOption("#con-kind", "H1");
    await page.fill("#con-year", "2025");
    await page.selectOption("#con-lang", "en");
    await page
      .locator("#con-sheets")
      .getByText(/^NV3 .* · 2025-H1$/)
      .waitFor();
    await page.click("#con-run");
    await page
      .locator("#con-status")
      .getByText(/^Sheets created: Summary, Detail, Submissions, Issues, Narratives\nSee why each row was rejected on the Issues sheet\.$/)
      .waitFor();
    const labels = await page.locator("#con-counts dt").allTextContents();
    expect(labels).toEqual(["Rows accepted", "Rows rejected", "Units reported", "Late", "Units missing"]);
    // The run is over: its buttons are usable again.
    await page.waitForFunction(
      () =>
        !(document.getElementById("con-run") as HTMLButtonElement).disabled &&
        !(document.getElementById("con-pick") as HTMLButtonElement).disabled,
    );
    await shot(page, "en-3-consolidate");
    const rejectedCell = await host(page, (w) =>
      [...w.__ttx.sheets.getItem("Issues").cells.entries()].filter(([a]) => a.startsWith("E")).map(([, c]) => c.value),
    );
    expect(rejectedCell).toContain("H20");
    // Detail (English sheet names and headers) holds every accepted row of the report, with its sheet and cell.
    const accepted = Number((await page.locator("#con-counts dd").first().textContent()) ?? "");
    const detailRows = await host(page, (w) => {
      const s = w.__ttx.sheets.getItem("Detail");
      return [...s.cells.entries()].filter(([a]) => /^N\d+$/.test(a)).map(([a, c]) => [a, c.value]);
    });
    expect(detailRows[0]).toEqual(["N1", "Sheet"]);
    expect(detailRows.slice(1).map(([, v]) => v)).toEqual(Array(accepted).fill(sheetName));
    expect(accepted).toBeGreaterThan(0);

    await page.click("#tab-plan");
    await page.fill("#plan-search", "unfired");
    await page.locator("#plan-results li").first().getByText("Unfired bricks").waitFor();
    await shot(page, "en-4-plan");

    // Back to Vietnamese: the choice is saved with the document's Office settings.
    await page.selectOption("#ui-lang", "vi");
    await expect(host(page, (w) => w.__ttx.savedSettings.get("ttx.lang"))).resolves.toBe("vi");
    await page.locator('[role="tab"]').getByText("Kế hoạch").waitFor();

    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it("nothing in the pane overflows its 360 px width, in either language", async () => {
    for (const lang of ["vi-VN", "en-US"]) {
      const { page, context } = await openPane(lang);
      for (const tab of ["templates", "check", "consolidate", "plan"]) {
        await page.click(`#tab-${tab}`);
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((el) => {
              // Shown = has area, is displayed and visible, and no ancestor is collapsed to nothing (Fluent's
              // empty search box keeps its clear button at zero height).
              for (let a: Element | null = el; a; a = a.parentElement) {
                const r = a.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || getComputedStyle(a).visibility === "hidden") return false;
              }
              return el.getBoundingClientRect().right > window.innerWidth + 1;
            })
            .map((el) => `${el.id || el.className.toString().slice(0, 40)} ${JSON.stringify(el.getBoundingClientRect())}`),
        );
        // Text cut off inside its own box (a label wider than its button, say).
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll("button, label, [role=tab], .fui-Badge")]
            .filter((el) => (el as HTMLElement).offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.textContent} ${el.scrollWidth}>${el.clientWidth}`),
        );
        expect({ lang, tab, wide, clipped }).toEqual({ lang, tab, wide: [], clipped: [] });
      }
      await context.close();
    }
  });
});
