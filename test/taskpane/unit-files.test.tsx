/**
 * @jest-environment jsdom
 *
 * "Make files for units", in the real pane against the in-memory Office host: the units offered
 * and ticked by default, picking units, progress and Cancel, the .zip handed to the browser, and the files in it
 * read back (JSZip, ExcelJS, the consolidation reader) and compared with what `ttx template` writes for the same
 * unit and period. Where the host cannot download (Excel on Mac), the files are opened as new workbooks instead.
 */
import { fireEvent, render, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { parseReportPeriod } from "../../src/core/plan/calendar";
import { reportingUnits } from "../../src/core/plan/responsibility";
import { dueIso } from "../../src/core/plan/calendar";
import { App } from "../../src/taskpane/App";
import { officeServices } from "../../src/taskpane/services";
import { readReportFile } from "../../src/xlsx/report-reader";
import { capture } from "../support/capture-io";
import { installOfficeHost } from "../support/office-host";
import { renderPane, waitForText } from "./pane-harness";

const byId = <T extends HTMLElement>(id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id} in the pane`);
  return el as T;
};
const change = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const unitBoxes = () => [...byId("tpl-files-units").querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const ticked = () =>
  unitBoxes()
    .filter((b) => b.checked)
    .map((b) => b.value);
const box = (unit: string) => byId<HTMLInputElement>(`tpl-files-unit-${unit}`);
const reporting = (period: string) => reportingUnits(dueIso(parseReportPeriod(period)!));

/** What the pane hands the browser: each Blob given a URL, each link clicked (jsdom has neither). */
function catchDownloads() {
  const blobs: Blob[] = [];
  const clicks: { name: string; href: string }[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), `blob:ttx/${blobs.length}`), revokeObjectURL: () => {} });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ name: this.download, href: this.href });
  });
  return { blobs, clicks, restore: () => click.mockRestore() };
}

/** Every cell of every sheet (hidden ones too), with its value, number format and lock; validations; protection. */
async function contents(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return {
    creator: wb.creator,
    sheets: wb.worksheets.map((ws) => {
      const cells: [string, string, string | undefined, boolean | undefined][] = [];
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

const unzip = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("uint8array")] as const)));
};

const blobBytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

let downloads: ReturnType<typeof catchDownloads>;
beforeEach(() => (downloads = catchDownloads()));
afterEach(() => downloads.restore());

describe("the units offered", () => {
  it("ticks every unit that reports in the period, follows the period, and marks units with no item", () => {
    renderPane({ today: new Date(2025, 4, 20) });
    expect(byId<HTMLInputElement>("tpl-files-year").value).toBe("2025");
    const h1 = reporting("2025-H1");
    expect(h1.length).toBeGreaterThan(10);
    expect(ticked()).toEqual(h1);
    expect(h1).toContain("H_HOAAN"); // districts still report on 5 June 2025
    // Units that answer for nothing are offered, unticked and marked, not hidden.
    expect(box("UBND_TINH").checked).toBe(false);
    expect(box("UBND_TINH").closest(".fui-Checkbox")?.textContent).toContain("(không có hạng mục kỳ này)");
    expect(byId("tpl-files-units").closest(".fui-Field")?.textContent).toContain(`Đơn vị (${h1.length}/${unitBoxes().length} được chọn)`);

    change(byId("tpl-files-kind"), "annual");
    const annual = reporting("2025-annual");
    expect(annual).not.toEqual(h1);
    expect(ticked()).toEqual(annual);
    expect(ticked().some((u) => u.startsWith("H_") || u === "TP_CAOBANG")).toBe(false);
  });

  it("lets the user pick units, clear them all, and go back to the period's reporting units", () => {
    renderPane();
    fireEvent.click(byId("tpl-files-none"));
    expect(ticked()).toEqual([]);
    expect((byId("tpl-files-zip") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(box("SO_XD"));
    fireEvent.click(box("SO_CT"));
    expect(ticked().sort()).toEqual(["SO_CT", "SO_XD"]);
    expect((byId("tpl-files-zip") as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(byId("tpl-files-reporting"));
    expect(ticked()).toEqual(reporting("2025-H1"));
  });
});

describe("the files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-unit-files-"));

  it("downloads one .zip with one file per unit, holding what ttx template writes for that unit and period", async () => {
    renderPane();
    fireEvent.click(byId("tpl-files-none"));
    fireEvent.click(box("SO_CT"));
    fireEvent.click(box("SO_XD"));
    fireEvent.click(byId("tpl-files-zip"));
    const status = await waitForText(() => byId("tpl-files-status"), /Đã tạo 2 tệp/);
    expect(status).toContain("“TTX_2025-H1.zip”");
    expect(downloads.clicks).toEqual([{ name: "TTX_2025-H1.zip", href: "blob:ttx/1" }]);
    expect(downloads.blobs.map((b) => b.type)).toEqual(["application/zip"]);
    const files = await unzip(await blobBytes(downloads.blobs[0]!));
    expect([...files.keys()]).toEqual(["TTX_SO_CT_2025-H1.xlsx", "TTX_SO_XD_2025-H1.xlsx"]);

    // Sở Công Thương answers for rows in all six groups; each sheet is a report the consolidation reader takes.
    const soCt = files.get("TTX_SO_CT_2025-H1.xlsx")!;
    const read = await readReportFile(soCt, "TTX_SO_CT_2025-H1.xlsx");
    expect(read.issue).toBeNull();
    expect(read.reports.map((r) => [r.meta?.unitId, r.meta?.period, r.meta?.taskGroup])).toEqual(
      ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"].map((g) => ["SO_CT", "2025-H1", g]),
    );
    const ct = await contents(soCt);
    expect(ct.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["NV1 Năng lực, nhận thức", "NV3 Giảm phát thải KNK", "_ttx_meta"]),
    );
    // The unit's own rows, lead first (the role column): the same rows the insert flow gives Sở Công Thương.
    const nv3 = ct.sheets.find((s) => s.name === "NV3 Giảm phát thải KNK")!.cells;
    expect(["A20", "B20"].map((a) => nv3.find((c) => c[0] === a)?.[1])).toEqual([JSON.stringify("C1.2"), JSON.stringify("Chủ trì")]);

    // The same unit and period from the CLI: one workbook per unit (-o <file.xlsx>), and the same set as a .zip.
    for (const unit of ["SO_CT", "SO_XD"]) {
      const file = path.join(dir, `TTX_${unit}_2025-H1.xlsx`);
      const io = capture();
      expect(await run(["template", "--all", "--unit", unit, "--period", "2025-H1", "-o", file], io)).toBe(0);
      expect(await contents(new Uint8Array(readFileSync(file)))).toEqual(await contents(files.get(`TTX_${unit}_2025-H1.xlsx`)!));
    }
    const zipPath = path.join(dir, "units.zip");
    const io = capture();
    expect(await run(["template", "--all", "--unit", "SO_CT,SO_XD", "--period", "2025-H1", "-o", zipPath], io)).toBe(0);
    const cli = await unzip(new Uint8Array(readFileSync(zipPath)));
    expect([...cli.keys()]).toEqual([...files.keys()]);
    for (const [name, bytes] of cli) expect(await contents(bytes)).toEqual(await contents(files.get(name)!));
  }, 60_000);

  it("skips and names a unit with no item anywhere, and makes its file with every row on request", async () => {
    renderPane();
    fireEvent.click(byId("tpl-files-none"));
    fireEvent.click(box("UBND_TINH"));
    fireEvent.click(box("SO_NV"));
    fireEvent.click(byId("tpl-files-zip"));
    const status = await waitForText(() => byId("tpl-files-status"), /Không có tệp cho/);
    expect(status).toContain("Đã tạo 1 tệp");
    expect(status).toContain("Không có tệp cho: Ủy ban nhân dân tỉnh Cao Bằng");
    expect([...(await unzip(await blobBytes(downloads.blobs[0]!))).keys()]).toEqual(["TTX_SO_NV_2025-H1.xlsx"]);

    // Only that unit: nothing to download, said so.
    fireEvent.click(box("SO_NV"));
    fireEvent.click(byId("tpl-files-zip"));
    await waitForText(() => byId("tpl-files-status"), /Không đơn vị nào được chọn có hạng mục/);
    expect(downloads.blobs).toHaveLength(1);

    // With every row, the committee too gets a file: all six groups.
    fireEvent.click(byId("tpl-files-all-rows"));
    fireEvent.click(byId("tpl-files-zip"));
    await waitForText(() => byId("tpl-files-status"), /Đã tạo 1 tệp/);
    const files = await unzip(await blobBytes(downloads.blobs[1]!));
    const read = await readReportFile(files.get("TTX_UBND_TINH_2025-H1.xlsx")!, "x.xlsx");
    expect(read.reports.map((r) => r.meta?.taskGroup)).toEqual(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]);
  }, 60_000);

  it("shows progress unit by unit, and Cancel stops the run with nothing downloaded", async () => {
    renderPane();
    const total = reporting("2025-H1").length;
    fireEvent.click(byId("tpl-files-zip"));
    expect(byId<HTMLButtonElement>("tpl-files-zip").disabled).toBe(true);
    // Some files made, not all: the bar and the count say how far it is.
    await waitFor(() => expect(byId("tpl-files-count").textContent).toMatch(new RegExp(`Đã tạo [1-9]\\d*/${total} tệp`)), {
      timeout: 20_000,
    });
    const done = Number(/Đã tạo (\d+)\//.exec(byId("tpl-files-count").textContent!)![1]);
    expect(done).toBeLessThan(total);
    expect(
      Number(
        byId("tpl-files-progress").querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow") ??
          byId("tpl-files-progress").getAttribute("aria-valuenow"),
      ),
    ).toBeCloseTo(done / total, 1);
    fireEvent.click(byId("tpl-files-cancel"));
    await waitForText(() => byId("tpl-files-status"), /Đã dừng; không có tệp nào được tạo/);
    expect(downloads.blobs).toEqual([]);
    expect(downloads.clicks).toEqual([]);
    expect(document.getElementById("tpl-files-progress")).toBeNull();
    expect(byId<HTMLButtonElement>("tpl-files-zip").disabled).toBe(false);
  }, 60_000);
});

describe("hosts that cannot download", () => {
  /** The pane in Excel on Mac: no downloads (WKWebView); createWorkbook where ExcelApi 1.8 is there. */
  function renderOnMac(createWorkbook?: (base64: string) => Promise<void>) {
    const host = installOfficeHost();
    Object.assign((globalThis as unknown as { Office: { context: object } }).Office.context, { platform: "Mac" });
    if (createWorkbook) Object.assign((globalThis as unknown as { Excel: object }).Excel, { createWorkbook });
    host.start();
    return render(<App services={officeServices()} today={new Date(2025, 4, 20)} />);
  }

  it("on Mac, says why there is no download and opens each unit's file as a new workbook instead", async () => {
    const opened: Uint8Array[] = [];
    renderOnMac(async (base64) => void opened.push(new Uint8Array(Buffer.from(base64, "base64"))));
    expect(document.getElementById("tpl-files-zip")).toBeNull();
    expect(byId("tpl-files-host-note").textContent).toContain("Excel trên máy Mac (và iPad) không cho add-in tải tệp về");
    fireEvent.click(byId("tpl-files-none"));
    fireEvent.click(box("SO_CT"));
    fireEvent.click(box("SO_XD"));
    fireEvent.click(byId("tpl-files-open"));
    const status = await waitForText(() => byId("tpl-files-status"), /Đã mở 2 tệp/);
    expect(status).toContain("TTX_SO_CT_2025-H1.xlsx, TTX_SO_XD_2025-H1.xlsx");
    expect(downloads.clicks).toEqual([]);
    const units = await Promise.all(opened.map(async (b) => (await readReportFile(b, "x.xlsx")).reports[0]?.meta?.unitId));
    expect(units).toEqual(["SO_CT", "SO_XD"]);
  }, 60_000);

  it("where Excel can neither download nor open workbooks, offers no button and says what to use instead", () => {
    renderOnMac();
    expect(document.getElementById("tpl-files-zip")).toBeNull();
    expect(document.getElementById("tpl-files-open")).toBeNull();
    expect(byId("tpl-files-host-note").textContent).toContain("ttx template --all --unit all");
  });
});
