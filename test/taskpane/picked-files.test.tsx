/**
 * @jest-environment jsdom
 *
 * Picked files in the add-in: a file too large, one the browser cannot read (`arrayBuffer()`
 * rejecting) and one that is no workbook each become one Issues row naming it, and the other files are
 * consolidated. A file over the size limit is refused from its size, before a byte of it is read.
 */
import { fireEvent } from "@testing-library/react";
import { sampleReports } from "../../src/core/consolidation/sample";
import { readPickedFiles } from "../../src/taskpane/consolidate-run";
import { MAX_FILE_BYTES } from "../../src/xlsx/limits";
import { sampleFile, sampleFileName } from "../../src/xlsx/sample-files";
import { renderPane, waitForText } from "./pane-harness";

const reports = sampleReports(2, "2025-H1");
const good = async () => Promise.all(reports.map(async (r) => ({ name: sampleFileName(r), bytes: new Uint8Array(await sampleFile(r)) })));

describe("readPickedFiles", () => {
  it("lists a file too large, one that cannot be read and one that throws, and reads the rest", async () => {
    const [a, b] = await good();
    let bigRead = false;
    const files = [
      { name: a!.name, size: a!.bytes.length, bytes: async () => a!.bytes },
      { name: "qua-lon.xlsx", size: MAX_FILE_BYTES + 1, bytes: async () => ((bigRead = true), new Uint8Array()) },
      {
        name: "khong-doc-duoc.xlsx",
        size: 10,
        bytes: () => Promise.reject(new DOMException("The requested file could not be read", "NotReadableError")),
      },
      { name: "nem-loi.xlsx", bytes: () => Promise.reject("not even an Error") },
      { name: b!.name, size: b!.bytes.length, bytes: async () => b!.bytes },
    ];
    const { reports: read, issues } = await readPickedFiles(files);
    expect(bigRead).toBe(false);
    expect([...new Set(read.map((r) => r.origin.file))]).toEqual([a!.name, b!.name]);
    expect(issues.map((i) => [i.origin.file, i.kind, i.rejected])).toEqual([
      ["qua-lon.xlsx", "unreadable_file", true],
      ["khong-doc-duoc.xlsx", "unreadable_file", true],
      ["nem-loi.xlsx", "unreadable_file", true],
    ]);
    expect(issues[0]!.message).toMatch(/100 MB/);
    expect(issues[1]!.message).toContain("The requested file could not be read");
    expect(issues[2]!.message).toContain("not even an Error");
  });
});

describe("the Consolidate tab with files that cannot be read", () => {
  it("consolidates the good files and lists the others on the Issues sheet", async () => {
    const files = [
      ...(await good()).map((f) => new File([f.bytes], f.name)),
      new File([new Uint8Array(10)], "khong-doc-duoc.xlsx"),
      new File([new Uint8Array(10)], "qua-lon.xlsx"),
    ];
    files[2]!.arrayBuffer = () => Promise.reject(new DOMException("The requested file could not be read", "NotReadableError"));
    Object.defineProperty(files[3], "size", { value: MAX_FILE_BYTES + 1 });
    const bigRead = jest.fn(() => Promise.resolve(new ArrayBuffer(0)));
    files[3]!.arrayBuffer = bigRead;

    const pane = renderPane({ today: new Date(2025, 6, 1) });
    fireEvent.click(pane.byId("tab-consolidate"));
    await waitForText(() => pane.byId("con-workbook").closest("div")!, /chưa có trang báo cáo/);
    fireEvent.change(pane.byId("con-files"), { target: { files } });
    fireEvent.click(pane.byId("con-run"));
    expect(await waitForText(() => pane.byId("con-status"), /Đã tạo|Không/)).toMatch(/^Đã tạo/);
    expect(bigRead).not.toHaveBeenCalled();

    expect([...pane.host.sheets.getItem("Tổng hợp").cells.values()].map((c) => c.value)).toContain(
      "Số tệp nhận được: 4 = đọc được 2 + chỉ ghi tại trang Vấn đề 2",
    );
    const issues = pane.host.sheets.getItem("Vấn đề");
    const listed = [...issues.cells.entries()].filter(([a]) => /^C\d+$/.test(a) && a !== "C1").map(([, c]) => c.value);
    expect(listed).toEqual(expect.arrayContaining(["khong-doc-duoc.xlsx", "qua-lon.xlsx"]));
    const rows = reports.reduce((n, r) => n + r.spec.table.rows.length, 0);
    const counts = pane.byId("con-counts").textContent ?? "";
    const accepted = Number(/Dòng được nhận(\d+)/.exec(counts)?.[1]);
    const rejected = Number(/Dòng bị từ chối(\d+)/.exec(counts)?.[1]);
    expect(accepted + rejected).toBe(rows);
    expect(accepted).toBeGreaterThan(0);
  });
});
