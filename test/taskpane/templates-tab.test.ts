/**
 * @jest-environment jsdom
 *
 * The Templates tab of the task pane, from the real taskpane.html, inserting through the real Office.js writer
 * into the in-memory Excel: pick period, unit, group, submit, and the sheets appear.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { insertTemplates } from "../../src/excel/insert-templates";
import { bindTemplatesTab } from "../../src/taskpane/templates-tab";
import { createFakeExcel } from "../support/fake-excel";

// jsdom lacks TextEncoder (every browser has it); the plan hash needs it.
Object.assign(globalThis, { TextEncoder: (require("util") as typeof import("util")).TextEncoder });

const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

function setup(insert = createFakeExcel()) {
  document.documentElement.innerHTML = html.replace(/<script[^>]*><\/script>/g, "");
  bindTemplatesTab(document, (specs) => insertTemplates(insert.context, specs), new Date(2025, 4, 20));
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return { ...insert, $ };
}

const submit = async ($: <T extends HTMLElement>(id: string) => T) => {
  $<HTMLFormElement>("tpl-form").dispatchEvent(new Event("submit", { cancelable: true }));
  for (let i = 0; i < 20 && /Đang chèn|^$/.test($("tpl-status").textContent ?? ""); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("Templates tab", () => {
  it("defaults to the current period and offers the units that exist then", () => {
    const { $ } = setup();
    expect($<HTMLInputElement>("tpl-year").value).toBe("2025");
    expect($<HTMLSelectElement>("tpl-kind").value).toBe("H1");
    const units = [...$<HTMLSelectElement>("tpl-unit").options].map((o) => o.textContent);
    expect(units).toContain("Sở Nông nghiệp và Môi trường");
    expect(units).toContain("UBND huyện Hòa An"); // districts still exist on 5 June 2025
    $<HTMLSelectElement>("tpl-kind").value = "annual";
    $<HTMLSelectElement>("tpl-kind").dispatchEvent(new Event("change"));
    expect([...$<HTMLSelectElement>("tpl-unit").options].some((o) => o.textContent?.startsWith("UBND huyện"))).toBe(false);
  });

  it("inserts all six templates for the chosen unit and says where", async () => {
    const { $, sheets, fake } = setup();
    $<HTMLSelectElement>("tpl-unit").value = "SO_CT";
    await submit($);
    expect($("tpl-status").textContent).toContain("Đã chèn 6 trang tính · Inserted 6 sheet(s)");
    expect(sheets.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual([
      "NV1 Năng lực, nhận thức", "NV2 Thể chế", "NV3 Giảm phát thải KNK", "NV4 Năng lượng tái tạo", "NV5 Sản xuất xanh", "NV6 Lối sống xanh",
    ]);
    expect(fake.syncCount).toBe(2);
    expect(sheets.getItem("NV3 Giảm phát thải KNK").valueAt("C6")).toBe("Sở Công Thương");
  });

  it("inserts one group in English", async () => {
    const { $, sheets } = setup();
    $<HTMLSelectElement>("tpl-group").value = "NV4";
    $<HTMLSelectElement>("tpl-lang").value = "en";
    await submit($);
    expect(sheets.getItem("NV4 Renewable energy").valueAt("A13")).toBe("Code");
  });

  it("explains a failed insert in plain words and re-enables the button", async () => {
    const { $ } = setup({ ...createFakeExcel(), context: { workbook: { worksheets: { load() { throw new Error("workbook is read-only"); } } } } as never });
    await submit($);
    expect($("tpl-status").textContent).toContain("Không chèn được mẫu");
    expect($("tpl-status").textContent).toContain("workbook is read-only");
    expect($<HTMLButtonElement>("tpl-insert").disabled).toBe(false);
  });

  it("shows a bad year as a message, inserting nothing", async () => {
    const { $, sheets } = setup();
    $<HTMLInputElement>("tpl-year").value = "1999";
    await submit($);
    expect($("tpl-status").textContent).toContain("không hợp lệ");
    expect(sheets.sheets).toHaveLength(0);
  });
});
