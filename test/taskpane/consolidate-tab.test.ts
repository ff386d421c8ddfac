/**
 * @jest-environment jsdom
 *
 * The Consolidate tab from the real taskpane.html, consolidating through the real Office.js reader and writer
 * into the in-memory Excel: the counts appear, the new sheets exist; Cancel leaves the workbook as it was.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { buildTemplate } from "../../src/core/templates/build";
import { insertTemplates } from "../../src/excel/insert-templates";
import { bindConsolidateTab } from "../../src/taskpane/consolidate-tab";
import { runConsolidation } from "../../src/taskpane/consolidate-run";
import { sampleReports } from "../../src/core/consolidation/sample";
import { sampleFile, sampleFileName } from "../../src/xlsx/sample-files";
import { createFakeExcel } from "../support/fake-excel";

Object.assign(globalThis, { TextEncoder: (require("util") as typeof import("util")).TextEncoder });
const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

type Picked = { name: string; bytes: () => Promise<Uint8Array> }[];

async function setup(cancelAfter?: number, picked: Picked = []) {
  const excel = createFakeExcel();
  const specs = ["NV3", "NV4"].map((g) => {
    const r = buildTemplate({ group: g, unit: "SO_CT", period: "2025-H1" });
    if (!r.ok) throw new Error(r.error);
    return r.spec;
  });
  await insertTemplates(excel.context, specs);
  excel.sheets.getItem("NV4 Năng lượng tái tạo").cell("G14").value = 3;
  document.documentElement.innerHTML = html.replace(/<script[^>]*><\/script>/g, "");
  bindConsolidateTab(
    document,
    (request) => {
      let calls = 0;
      const isCancelled = () => (cancelAfter !== undefined && ++calls >= cancelAfter ? (document.getElementById("con-cancel")!.click(), true) : false) || request.isCancelled();
      return runConsolidation(excel.context, { ...request, isCancelled });
    },
    new Date(2025, 6, 1),
    () => picked,
  );
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return { ...excel, $ };
}

const submit = async ($: <T extends HTMLElement>(id: string) => T) => {
  $<HTMLFormElement>("con-form").dispatchEvent(new Event("submit", { cancelable: true }));
  for (let i = 0; i < 100 && /Đang|^$/.test($("con-status").textContent ?? ""); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("Consolidate tab", () => {
  it("proposes the report just due, consolidates, and shows the counts in both languages", async () => {
    const { $, sheets } = await setup();
    expect([$<HTMLSelectElement>("con-kind").value, $<HTMLInputElement>("con-year").value]).toEqual(["H1", "2025"]);
    await submit($);
    const status = $("con-status").textContent!;
    expect(status).toContain("Đã tạo các trang: Tổng hợp, Chi tiết, Nộp báo cáo, Vấn đề, Thuyết minh");
    expect(status).toContain("Số dòng đọc 28 = chấp nhận 28 + từ chối 0");
    expect(status).toContain("Rows read 28 = accepted 28 + rejected 0");
    expect(sheets.getItem("Chi tiết").valueAt("A2")).toBeDefined();
    expect($<HTMLButtonElement>("con-run").disabled).toBe(false);
    expect($("con-progress").hidden).toBe(true);
  });

  it("Cancel stops the run and leaves the workbook as it was", async () => {
    const { $, sheets } = await setup(1);
    const before = sheets.sheets.map((s) => s.name);
    await submit($);
    expect($("con-status").textContent).toBe("Đã dừng; sổ không thay đổi. · Stopped; the workbook is unchanged.");
    expect(sheets.sheets.map((s) => s.name)).toEqual(before);
  });

  it("a missing year gives a plain message and does nothing", async () => {
    const { $, sheets } = await setup();
    const before = sheets.sheets.length;
    $<HTMLInputElement>("con-year").value = ""; // what a number input holds after a non-number
    await submit($);
    expect($("con-status").textContent).toContain('Kỳ báo cáo "-H1" không hợp lệ');
    expect(sheets.sheets).toHaveLength(before);
  });

  it("consolidates picked .xlsx files, listing an unreadable one, without this workbook's sheets when unticked", async () => {
    const reports = sampleReports(3, "2025-H1");
    const picked: Picked = [
      ...(await Promise.all(reports.map(async (r) => ({ name: sampleFileName(r), bytes: async () => sampleFile(r) })))),
      { name: "hong.xlsx", bytes: async () => new TextEncoder().encode("không phải xlsx") },
    ];
    const { $, sheets } = await setup(undefined, picked);
    $<HTMLInputElement>("con-workbook").checked = false;
    await submit($);
    const rows = reports.reduce((n, r) => n + r.spec.table.rows.length, 0);
    expect($("con-status").textContent).toContain(`Số dòng đọc ${rows} =`);
    const issues = sheets.getItem("Vấn đề");
    const files = [...issues.cells.entries()].filter(([a]) => a.startsWith("C")).map(([, c]) => c.value);
    expect(files).toContain("hong.xlsx");
    expect(sheets.getItem("Tổng hợp").valueAt("A3")).toBe(`Số tệp: ${reports.length + 1}`);
  });

  it("with nothing chosen, says so and does nothing", async () => {
    const { $, sheets } = await setup();
    const before = sheets.sheets.length;
    $<HTMLInputElement>("con-workbook").checked = false;
    await submit($);
    expect($("con-status").textContent).toBe("Chưa có gì để tổng hợp: chọn các trang trong sổ này hoặc thêm tệp báo cáo. · Nothing to consolidate: tick this workbook's sheets or add report files.");
    expect(sheets.sheets).toHaveLength(before);
  });
});
