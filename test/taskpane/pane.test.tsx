/**
 * @jest-environment jsdom
 *
 * The task pane as staff use it, rendered with React in jsdom against the in-memory Office host through the real
 * Office.js services: language choice, each tab's job, errors in plain words, ribbon commands opening tabs.
 */
import { fireEvent, waitFor } from "@testing-library/react";
import { showTab } from "../../src/taskpane/tabs";
import { act, renderPane, waitForText } from "./pane-harness";

const NV4 = "NV4 Năng lượng tái tạo";
// Fluent's Tab repeats its label in a hidden span that reserves the bold width: read the visible one.
const tabLabels = () => [...document.querySelectorAll('[role="tab"]')].map((t) => t.querySelector(".fui-Tab__content")?.textContent);
const change = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe("language", () => {
  it("follows Office's display language: Vietnamese for vi-VN, English for en-US, Vietnamese otherwise", () => {
    renderPane({ displayLanguage: "vi-VN" }).view.unmount();
    renderPane({ displayLanguage: "en-US" });
    expect(tabLabels()).toEqual(["Templates", "Check", "Consolidate", "Plan"]);
    expect(document.documentElement.lang).toBe("en");
  });

  it("a saved choice wins over the display language, and a new choice is saved in Office settings", () => {
    const { host, byId } = renderPane({ displayLanguage: "en-US", settings: { "ttx.lang": "vi" } });
    expect(tabLabels()).toEqual(["Mẫu báo cáo", "Kiểm tra", "Tổng hợp", "Kế hoạch"]);
    change(byId("ui-lang"), "en");
    expect(tabLabels()).toEqual(["Templates", "Check", "Consolidate", "Plan"]);
    expect(host.savedSettings.get("ttx.lang")).toBe("en");
    expect(localStorage.getItem("ttx.lang")).toBe("en");
  });
});

describe("Templates tab", () => {
  it("defaults to the report being prepared and offers the units that exist on its due date", () => {
    const { byId } = renderPane();
    expect(byId<HTMLSelectElement>("tpl-kind").value).toBe("H1");
    expect(byId<HTMLInputElement>("tpl-year").value).toBe("2025");
    const units = () => [...byId<HTMLSelectElement>("tpl-unit").options].map((o) => o.textContent);
    expect(units()).toContain("UBND huyện Hòa An"); // districts still exist on 5 June 2025
    change(byId("tpl-kind"), "annual");
    expect(units().some((u) => u?.startsWith("UBND huyện"))).toBe(false);
  });

  it("inserts all six templates for the chosen unit, in two syncs, and names them", async () => {
    const { host, byId } = renderPane();
    change(byId("tpl-unit"), "SO_CT");
    fireEvent.click(byId("tpl-insert"));
    const status = await waitForText(() => byId("tpl-status"), /Đã chèn/);
    expect(status).toContain("Đã chèn 6 trang tính: NV1 Năng lực, nhận thức, NV2 Thể chế");
    expect(host.fake.syncCount).toBe(2);
    expect(host.sheets.getItem("NV3 Giảm phát thải KNK").valueAt("D11")).toBe("Sở Công Thương");
  });

  it("inserts one group with an English template from a Vietnamese pane", async () => {
    const { host, byId } = renderPane();
    change(byId("tpl-unit"), "SO_CT");
    change(byId("tpl-group"), "NV4");
    change(byId("tpl-lang"), "en");
    fireEvent.click(byId("tpl-insert"));
    await waitForText(() => byId("tpl-status"), /Đã chèn 1/);
    expect(host.sheets.getItem("NV4 Renewable energy").valueAt("A19")).toBe("Code");
  });

  it("explains a failed insert in plain words, with the reason but no stack, and lets the user retry", async () => {
    const { host, byId } = renderPane();
    host.sheets.add("NV1 Năng lực, nhận thức"); // fine: the writer suffixes; break the sync instead
    host.fake.failOnSync = 1;
    fireEvent.click(byId("tpl-insert"));
    const status = await waitForText(() => byId("tpl-status"), /Không chèn được/);
    expect(status).toContain("Kiểm tra sổ làm việc không ở chế độ chỉ đọc rồi thử lại");
    expect(status).toContain("GeneralException");
    expect(status).not.toMatch(/\n\s+at /);
    expect(byId<HTMLButtonElement>("tpl-insert").disabled).toBe(false);
  });

  it("gives a unit no sheet for a group it has no row in, and every row on request", async () => {
    const { host, byId } = renderPane();
    change(byId("tpl-unit"), "SO_NV");
    change(byId("tpl-group"), "NV6");
    fireEvent.click(byId("tpl-insert"));
    expect(await waitForText(() => byId("tpl-status"), /không chủ trì/)).toBe(
      "Sở Nội vụ không chủ trì hay phối hợp hạng mục nào của nhóm NV6 vào ngày 05/06/2025: không tạo trang cho nhóm này",
    );
    expect(() => host.sheets.getItem("NV6 Lối sống xanh")).toThrow();
    fireEvent.click(byId("tpl-all-rows"));
    fireEvent.click(byId("tpl-insert"));
    await waitForText(() => byId("tpl-status"), /Đã chèn 1/);
    // All 33 rows of green lifestyle, none of them Home Affairs': the role column is blank.
    const sheet = host.sheets.getItem("NV6 Lối sống xanh");
    expect([sheet.valueAt("A20"), sheet.valueAt("B20") ?? ""]).toEqual(["NV6.1", ""]);
  });

  it("inserting every group names the groups a unit has no sheet for", async () => {
    const { byId } = renderPane();
    change(byId("tpl-unit"), "SO_NV");
    fireEvent.click(byId("tpl-insert"));
    expect(await waitForText(() => byId("tpl-status"), /Đã chèn/)).toBe(
      "Đã chèn 1 trang tính: NV1 Năng lực, nhận thức. Không có trang cho: NV2, NV3, NV4, NV5, NV6",
    );
  });

  it("a year outside the plan is flagged at the field and nothing can be inserted", () => {
    const { byId } = renderPane();
    change(byId("tpl-year"), "1999");
    expect(document.body.textContent).toContain("Nhập năm từ 2017 đến 2100");
    expect(byId<HTMLButtonElement>("tpl-insert").disabled).toBe(true);
  });
});

async function insertNv4(pane: ReturnType<typeof renderPane>) {
  change(pane.byId("tpl-kind"), "H1");
  change(pane.byId("tpl-unit"), "SO_CT");
  change(pane.byId("tpl-group"), "NV4");
  fireEvent.click(pane.byId("tpl-insert"));
  await waitForText(() => pane.byId("tpl-status"), /Đã chèn 1/);
  return pane.host.sheets.getItem(NV4);
}

/** What a unit fills before checking: reporter and submission date (blank ones are warnings), and one entry (a report with none is "received, empty"). */
function fillHeader(sheet: ReturnType<ReturnType<typeof renderPane>["host"]["sheets"]["getItem"]>, entry = true) {
  sheet.cell("D15").value = "Nguyễn Văn A";
  sheet.cell("D16").value = 45810; // 2 June 2025, in the cell's date format
  if (entry) sheet.cell("K20").value = "Văn bản 12/BC";
}

describe("Check tab", () => {
  it("lists what to fix on the open report sheet, and a click selects the cell", async () => {
    const pane = renderPane();
    const sheet = await insertNv4(pane);
    fillHeader(sheet, false);
    sheet.cell("H20").value = "ba mươi"; // text in a number cell
    sheet.cell("H21").value = 1e9; // absurd
    sheet.cell("H22").value = 2; // behind the path (67,5 MW at the end of 2025): a status, not a problem
    sheet.cell("I22").value = 16001; // over 10× the row's planned 1.600 tỷ đồng
    pane.host.sheets.activeName = NV4;
    fireEvent.click(pane.byId("tab-check"));
    fireEvent.click(pane.byId("chk-run"));
    const status = await waitForText(() => pane.byId("chk-status"), /dòng cần sửa/);
    const items = [...pane.byId("chk-issues").querySelectorAll("button")];
    expect(status).toMatch(/Trang “NV4 Năng lượng tái tạo”: \d+ dòng; 2 dòng cần sửa, 1 cảnh báo/);
    expect(items.map((b) => b.textContent)).toEqual([
      "Cần sửaH20 · D.12 · Chữ trong ô sốÔ số liệu chứa chữ: ba mươi",
      "Cần sửaH21 · D.13 · Ngoài khoảng hợp lýVượt mức hợp lý (hơn 10 lần mục tiêu 2030)",
      "Cảnh báoI22 · D.14 · Ngoài khoảng hợp lýGiải ngân 16.001 tỷ đồng, hơn 10 lần kinh phí kế hoạch của dòng (1.600 tỷ đồng): kiểm tra đơn vị tính (tỷ đồng)",
    ]);
    fireEvent.click(items[1]!);
    await act(async () => {});
    expect(pane.host.sheets.selection).toEqual({ sheet: NV4, address: "H21" });
  });

  it("a submission date typed as text is read; one that is not a date is a warning pointing at its cell", async () => {
    const pane = renderPane();
    const sheet = await insertNv4(pane);
    fillHeader(sheet);
    sheet.cell("D16").value = "02/06/2025";
    fireEvent.click(pane.byId("chk-run"));
    expect(await waitForText(() => pane.byId("chk-status"), /không có vấn đề|cần sửa/)).toMatch(/không có vấn đề/);
    sheet.cell("D16").value = "tuần trước";
    fireEvent.click(pane.byId("chk-run"));
    await waitForText(() => pane.byId("chk-status"), /cảnh báo/);
    const items = [...pane.byId("chk-issues").querySelectorAll("button")];
    expect(items.map((b) => b.textContent)).toEqual([
      "Cảnh báoD16 · Ngày gửi không hợp lệNgày gửi “tuần trước” không đọc được hoặc từ 01/01/2017 trở về trước: nhập ngày dạng dd/mm/yyyy; đến lúc đó báo cáo được tính là không ghi ngày",
    ]);
    fireEvent.click(items[0]!);
    await act(async () => {});
    expect(pane.host.sheets.selection).toEqual({ sheet: NV4, address: "D16" });
  });

  it("a clean sheet says it is ready to send; in English when the pane is", async () => {
    const pane = renderPane();
    fillHeader(await insertNv4(pane));
    change(pane.byId("ui-lang"), "en");
    fireEvent.click(pane.byId("chk-run"));
    expect(await waitForText(() => pane.byId("chk-status"), /Ready/)).toMatch(
      /^Sheet “NV4 Năng lượng tái tạo”: \d+ rows, no problems\. Ready to send\.$/,
    );
  });

  it("an empty report is not filled yet, never ready to send, in either language", async () => {
    const pane = renderPane();
    const sheet = await insertNv4(pane);
    fillHeader(sheet, false); // reporter and date, no figure
    fireEvent.click(pane.byId("chk-run"));
    const vi = await waitForText(() => pane.byId("chk-status"), /chưa nhập số liệu/);
    expect(vi).toBe("Trang “NV4 Năng lượng tái tạo”: chưa nhập số liệu (4 dòng đều trống). Nhập số liệu rồi kiểm tra lại trước khi gửi.");
    expect([...pane.byId("chk-issues").querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "Cảnh báoChưa nhập số liệuĐã nhận, chưa nhập số liệu (báo cáo trống)",
    ]);
    change(pane.byId("ui-lang"), "en");
    fireEvent.click(pane.byId("chk-run"));
    expect(await waitForText(() => pane.byId("chk-status"), /not filled yet/)).toBe(
      "Sheet “NV4 Năng lượng tái tạo”: not filled yet (all 4 rows are blank). Fill in the figures and check again before sending.",
    );
    // Filled in: ready to send.
    sheet.cell("H20").value = 5;
    // The previous run settles first: a click on the button while it is still disabled would be lost.
    await waitFor(() => expect(pane.byId<HTMLButtonElement>("chk-run").disabled).toBe(false));
    fireEvent.click(pane.byId("chk-run"));
    expect(await waitForText(() => pane.byId("chk-status"), /Ready/)).toMatch(/no problems\. Ready to send\.$/);
  }, 20_000);

  it("a sheet that is not a report template gets a what-to-do message", async () => {
    const pane = renderPane();
    pane.host.sheets.add("Ghi chép").cell("A1").value = "ghi chú";
    fireEvent.click(pane.byId("chk-run"));
    expect(await waitForText(() => pane.byId("chk-status"), /không phải/)).toContain(
      "Trang “Ghi chép” không phải mẫu báo cáo TTX. Mở một trang báo cáo",
    );
  });

  it("an edited plan cell is named once, with both values, as a warning: the rows still count", async () => {
    const pane = renderPane();
    const sheet = await insertNv4(pane);
    fillHeader(sheet);
    sheet.cell("C20").value = "đã sửa";
    fireEvent.click(pane.byId("chk-run"));
    await waitForText(() => pane.byId("chk-status"), /cảnh báo/);
    const items = [...pane.byId("chk-issues").querySelectorAll("button")];
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Cảnh báoC20 · D\.12 · Sửa ô kế hoạchÔ kế hoạch C20 đã bị sửa: gốc «.+», nay «đã sửa»/),
    ]);
  });
});

describe("Consolidate tab", () => {
  it("consolidates the workbook's report sheets and shows the counts that matter", async () => {
    const pane = renderPane({ today: new Date(2025, 6, 1) });
    const sheet = await insertNv4(pane);
    sheet.cell("H20").value = 3;
    fireEvent.click(pane.byId("tab-consolidate"));
    expect([pane.byId<HTMLSelectElement>("con-kind").value, pane.byId<HTMLInputElement>("con-year").value]).toEqual(["H1", "2025"]);
    // The workbook's report sheets are listed, ticked, when the tab comes into view.
    expect(await waitForText(() => pane.byId("con-sheets"), /NV4/)).toBe("NV4 Năng lượng tái tạo · 2025-H1");
    expect(pane.byId<HTMLInputElement>("con-sheet-0").checked).toBe(true);
    fireEvent.click(pane.byId("con-run"));
    expect(await waitForText(() => pane.byId("con-status"), /Đã tạo/)).toBe(
      "Đã tạo các trang: Tổng hợp, Chi tiết, Nộp báo cáo, Vấn đề, Thuyết minh",
    );
    const counts = pane.byId("con-counts").textContent;
    const rows = pane.host.sheets.getItem(NV4).cells.size > 0 ? /Dòng được nhận(\d+)/.exec(counts ?? "")?.[1] : undefined;
    expect(Number(rows)).toBeGreaterThan(0);
    expect(counts).toMatch(/Dòng bị từ chối0Đơn vị đã nộp1Nộp muộn0Đơn vị chưa nộp\d+/);
    expect(pane.host.sheets.getItem("Chi tiết").valueAt("A2")).toBeDefined();
  });

  it("lists a hidden report sheet as hidden (listed, not counted)", async () => {
    const pane = renderPane();
    const sheet = await insertNv4(pane);
    sheet.visibility = "Hidden";
    fireEvent.click(pane.byId("tab-consolidate"));
    expect(await waitForText(() => pane.byId("con-sheets"), /NV4/)).toBe(
      "NV4 Năng lượng tái tạo (đang ẩn: được liệt kê, không được tính) · 2025-H1",
    );
  });

  it("consolidates picked .xlsx files, listing an unreadable one, without this workbook when unticked", async () => {
    const { sampleReports } = await import("../../src/core/consolidation/sample");
    const { sampleFile, sampleFileName } = await import("../../src/xlsx/sample-files");
    const reports = sampleReports(2, "2025-H1");
    const files = [
      ...(await Promise.all(reports.map(async (r) => new File([new Uint8Array(await sampleFile(r))], sampleFileName(r))))),
      new File([new TextEncoder().encode("không phải xlsx")], "hong.xlsx"),
    ];
    const pane = renderPane({ today: new Date(2025, 6, 1) });
    await insertNv4(pane);
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-sheets"), /NV4/);
    fireEvent.click(pane.byId("con-workbook")); // untick every sheet of this workbook
    expect(pane.byId<HTMLInputElement>("con-sheet-0").checked).toBe(false);
    // Macro-enabled workbooks (.xlsm) are the same package: offered beside .xlsx.
    expect(pane.byId<HTMLInputElement>("con-files").accept.split(",")).toEqual(expect.arrayContaining([".xlsx", ".xlsm"]));
    fireEvent.change(pane.byId("con-files"), { target: { files } });
    expect(pane.byId("con-picked").textContent).toContain(`Đã chọn ${files.length} tệp`);
    fireEvent.click(pane.byId("con-run"));
    expect(await waitForText(() => pane.byId("con-status"), /Đã tạo|Không/)).toMatch(/^Đã tạo/);
    const rows = reports.reduce((n, r) => n + r.spec.table.rows.length, 0);
    // Every file accounted for: the unreadable one is listed on the Issues sheet.
    expect([...pane.host.sheets.getItem("Tổng hợp").cells.values()].map((c) => c.value)).toContain(
      `Số tệp nhận được: ${files.length} = đọc được ${files.length - 1} + chỉ ghi tại trang Vấn đề 1`,
    );
    const issueFiles = [...pane.host.sheets.getItem("Vấn đề").cells.entries()].filter(([a]) => a.startsWith("C")).map(([, c]) => c.value);
    expect(issueFiles).toContain("hong.xlsx");
    const accepted = Number(/Dòng được nhận(\d+)/.exec(pane.byId("con-counts").textContent ?? "")?.[1]);
    const rejected = Number(/Dòng bị từ chối(\d+)/.exec(pane.byId("con-counts").textContent ?? "")?.[1]);
    expect(accepted + rejected).toBe(rows);
  });

  it("with nothing chosen, says so and changes nothing", async () => {
    const pane = renderPane();
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-workbook").closest("div")!, /chưa có trang báo cáo/);
    fireEvent.click(pane.byId("con-run"));
    expect(await waitForText(() => pane.byId("con-status"), /Chưa có gì/)).toBe(
      "Chưa có gì để tổng hợp: chọn các trang trong sổ này hoặc thêm tệp báo cáo.",
    );
    expect(pane.host.sheets.sheets).toHaveLength(0);
  });

  it("Cancel stops the run and leaves the workbook as it was", async () => {
    const pane = renderPane({ today: new Date(2025, 6, 1) });
    await insertNv4(pane);
    const before = pane.host.sheets.sheets.map((s) => s.name);
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-sheets"), /NV4/);
    // Cancel as soon as the button appears: the writer checks between chunks and removes what it added.
    const sync = pane.host.fake.sync.bind(pane.host.fake);
    pane.host.fake.sync = async () => {
      document.getElementById("con-cancel")?.click();
      return sync();
    };
    fireEvent.click(pane.byId("con-run"));
    expect(await waitForText(() => pane.byId("con-status"), /Đã dừng/)).toBe("Đã dừng; sổ không thay đổi.");
    expect(pane.host.sheets.sheets.map((s) => s.name)).toEqual(before);
  });
});

describe("renamed report tab", () => {
  it("is still checked and offered for consolidation", async () => {
    const pane = renderPane({ today: new Date(2025, 6, 1) });
    const sheet = await insertNv4(pane);
    sheet.name = "Báo cáo NV4 của Sở";
    pane.host.sheets.activeName = sheet.name;
    fireEvent.click(pane.byId("tab-check"));
    fireEvent.click(pane.byId("chk-run"));
    expect(await waitForText(() => pane.byId("chk-status"), /Trang “Báo cáo NV4 của Sở”/)).toMatch(/dòng/);
    fireEvent.click(pane.byId("tab-consolidate"));
    expect(await waitForText(() => pane.byId("con-sheets"), /NV4/)).toBe("Báo cáo NV4 của Sở · 2025-H1");
  });
});

describe("Consolidate tab: choosing sheets", () => {
  it("consolidates only the ticked report sheets", async () => {
    const pane = renderPane({ today: new Date(2025, 6, 1) });
    change(pane.byId("tpl-kind"), "H1");
    change(pane.byId("tpl-unit"), "SO_CT");
    for (const group of ["NV3", "NV4"]) {
      change(pane.byId("tpl-group"), group);
      fireEvent.click(pane.byId("tpl-insert"));
      await waitForText(() => pane.byId("tpl-status"), new RegExp(group));
    }
    pane.host.sheets.add("Ghi chú").cell("A1").value = "không phải báo cáo";
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-sheets"), /NV3.*NV4/);
    expect(pane.byId("con-workbook").closest("div")!.textContent).toContain("Các trang báo cáo trong sổ này (2)");
    fireEvent.click(pane.byId("con-sheet-0")); // untick NV3
    expect(pane.byId<HTMLInputElement>("con-workbook").indeterminate).toBe(true);
    fireEvent.click(pane.byId("con-run"));
    await waitForText(() => pane.byId("con-status"), /Đã tạo/);
    const detailSheets = new Set(
      [...pane.host.sheets.getItem("Chi tiết").cells.entries()].filter(([a]) => /^N\d+$/.test(a) && a !== "N1").map(([, c]) => c.value),
    );
    expect(detailSheets).toEqual(new Set(["NV4 Năng lượng tái tạo"]));
    // A sheet that is not a report is neither offered nor listed as a problem.
    const issueSheets = [...pane.host.sheets.getItem("Vấn đề").cells.entries()].filter(([a]) => /^D\d+$/.test(a)).map(([, c]) => c.value);
    expect(issueSheets).not.toContain("Ghi chú");
  });
});

describe("Consolidate tab: the period of the listed sheets", () => {
  async function insert(pane: ReturnType<typeof renderPane>, group: string, kind: string, year: string) {
    change(pane.byId("tpl-kind"), kind);
    change(pane.byId("tpl-year"), year);
    change(pane.byId("tpl-unit"), "SO_CT");
    change(pane.byId("tpl-group"), group);
    fireEvent.click(pane.byId("tpl-insert"));
    await waitForText(() => pane.byId("tpl-status"), new RegExp(`Đã chèn 1.*${group}`));
  }
  const picked = (pane: ReturnType<typeof renderPane>) => [
    pane.byId<HTMLSelectElement>("con-kind").value,
    pane.byId<HTMLInputElement>("con-year").value,
  ];
  const note = () => document.getElementById("con-other-periods")?.textContent ?? null;

  it("all ticked sheets share one period: it is preselected, whatever today suggests, with no note", async () => {
    const pane = renderPane({ today: new Date(2025, 11, 20) }); // December: the pane would suggest 2025 annual
    await insert(pane, "NV3", "H1", "2024");
    await insert(pane, "NV4", "H1", "2024");
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-sheets"), /NV3.*NV4/);
    // The list arrives asynchronously; the proposal follows it.
    await waitFor(() => expect(picked(pane)).toEqual(["H1", "2024"]));
    expect(note()).toBeNull();
  });

  it("they differ: the most common is preselected and the sheets of other periods are named; unticking them clears the note", async () => {
    const pane = renderPane({ today: new Date(2025, 6, 1) });
    await insert(pane, "NV3", "H1", "2025");
    await insert(pane, "NV5", "annual", "2024");
    await insert(pane, "NV4", "H1", "2025");
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-sheets"), /NV3.*NV5.*NV4/);
    await waitFor(() => expect(picked(pane)).toEqual(["H1", "2025"]));
    expect(note()).toBe("Trang thuộc kỳ khác với kỳ đã chọn (sẽ bị từ chối vì sai kỳ): NV5 Sản xuất xanh (2024-annual)");
    fireEvent.click(pane.byId("con-sheet-1")); // untick the 2024 annual sheet
    expect(note()).toBeNull();
    expect(picked(pane)).toEqual(["H1", "2025"]);
    // Only the 2024 annual sheet ticked: its period is proposed in turn.
    fireEvent.click(pane.byId("con-sheet-0"));
    fireEvent.click(pane.byId("con-sheet-2"));
    fireEvent.click(pane.byId("con-sheet-1"));
    expect(picked(pane)).toEqual(["annual", "2024"]);
    expect(note()).toBeNull();
  });

  it("a period picked by hand stays: the note then names the ticked sheets of any other period", async () => {
    const pane = renderPane({ today: new Date(2025, 11, 20) }); // the pane alone would suggest 2025 annual
    await insert(pane, "NV3", "H1", "2025");
    await insert(pane, "NV4", "annual", "2024");
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-sheets"), /NV3.*NV4/);
    // A tie: the more recent period is proposed.
    await waitFor(() => expect(picked(pane)).toEqual(["H1", "2025"]));
    change(pane.byId("con-kind"), "annual");
    change(pane.byId("con-year"), "2024");
    expect(note()).toBe("Trang thuộc kỳ khác với kỳ đã chọn (sẽ bị từ chối vì sai kỳ): NV3 Giảm phát thải KNK (2025-H1)");
    fireEvent.click(pane.byId("con-sheet-1")); // untick NV4 (2024 annual): the hand-picked period is kept
    expect(picked(pane)).toEqual(["annual", "2024"]);
    expect(note()).toContain("NV3 Giảm phát thải KNK (2025-H1)");
  });
});

describe("Plan tab", () => {
  it("finds an action typed without diacritics, and shows its figures", () => {
    const pane = renderPane();
    fireEvent.click(pane.byId("tab-plan"));
    change(pane.byId("plan-search"), "gach khong nung");
    const first = pane.byId("plan-results").querySelector("li");
    expect(first?.textContent).toMatch(/gạch không nung/i);
    expect(first?.textContent).toMatch(/Mốc2020: 25%; 2030: 80%/);
    expect(first?.textContent).toMatch(/Kinh phí[\d.,]+ tỷ đồng/);
  });

  it("a code typed exactly comes first; a search with no match says so", () => {
    const pane = renderPane();
    change(pane.byId("plan-search"), " c1.1 ");
    expect(pane.byId("plan-results").querySelector("li")?.textContent).toMatch(/^C1\.1/);
    change(pane.byId("plan-search"), "zzzz");
    expect(pane.byId("plan-count").textContent).toBe("Không có mục nào khớp “zzzz”.");
  });
});

describe("safety and theme", () => {
  it("cell content is shown as text, never as HTML", async () => {
    const pane = renderPane();
    const sheet = await insertNv4(pane);
    sheet.cell("H20").value = '<img src=x onerror="alert(1)"><b>đậm</b>';
    fireEvent.click(pane.byId("chk-run"));
    await waitForText(() => pane.byId("chk-status"), /cần sửa/);
    const list = pane.byId("chk-issues");
    expect(list.textContent).toContain('<img src=x onerror="alert(1)"><b>đậm</b>');
    expect(list.querySelector("img, b")).toBeNull();
  });

  it("follows Office's theme: a dark body background gives the dark theme", async () => {
    const { officeServices } = await import("../../src/taskpane/services");
    const { installOfficeHost } = await import("../support/office-host");
    installOfficeHost({ bodyBackgroundColor: "#1f1f1f" });
    expect(officeServices().darkTheme()).toBe(true);
    installOfficeHost({ bodyBackgroundColor: "#ffffff" });
    expect(officeServices().darkTheme()).toBe(false);
  });
});

describe("ribbon commands", () => {
  it("open the pane on the right tab, even when called before the pane has rendered", async () => {
    showTab("consolidate");
    const pane = renderPane();
    await act(async () => {}); // the tab lists the workbook's report sheets as it comes into view
    expect(pane.byId("panel-consolidate").hidden).toBe(false);
    expect(pane.byId("panel-templates").hidden).toBe(true);
    act(() => showTab("plan"));
    expect(pane.byId("panel-plan").hidden).toBe(false);
    expect(pane.byId("tab-plan").getAttribute("aria-selected")).toBe("true");
  });
});
