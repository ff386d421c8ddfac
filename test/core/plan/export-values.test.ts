/**
 * plan/export.ts with exact values: the task group a project reports under is said to be inferred — for a project
 * group and its projects, never for entries whose task group the decision states — in the CSV's last column; the
 * aggregation columns only for the kinds units report; both files end with one line break.
 * Project group 7 ("Tăng cường quản lý nhà nước về BVMT") reports under NV1, which the decision prints as task group
 * "1.2" (project-groups in data/projects.ts, task-groups.ts).
 */
import { getCatalog, lookup } from "../../../src/core/plan/catalog";
import { catalogCsv, catalogJson, taskGroupBasis } from "../../../src/core/plan/export";

const DA7_REASON = "Task group 1.2 (capacity and awareness) opens with the capacity of state management.";
const DA7_BASIS =
  `Suy luận, văn bản không gán: nhóm dự án DA7 → NV1 (nhóm nhiệm vụ 1.2). Lý do (tiếng Anh): ${DA7_REASON} · ` +
  `Inferred, not stated in the decision: project group DA7 → NV1 (task group 1.2). Reason: ${DA7_REASON}`;

describe("taskGroupBasis", () => {
  it("a project group and each of its projects: the inferred mapping, in both languages", () => {
    expect(taskGroupBasis(lookup("DA7")!, getCatalog())).toBe(DA7_BASIS);
    expect(taskGroupBasis(lookup("DA7.1")!, getCatalog())).toBe(DA7_BASIS);
    expect(taskGroupBasis(lookup("DA7.3")!, getCatalog())).toBe(DA7_BASIS);
  });

  it("entries whose task group the decision states: none", () => {
    for (const code of ["C1.1", "SX.7", "NV1", "NV1.1", "B", "GHG.2030", "SO_XD"])
      expect(taskGroupBasis(lookup(code)!, getCatalog())).toBeNull();
  });

  it("a task group missing from the catalog leaves its printed label blank", () => {
    const c = { ...getCatalog(), taskGroups: [] };
    expect(taskGroupBasis(lookup("DA7.1")!, c)).toBe(
      DA7_BASIS.replace("(nhóm nhiệm vụ 1.2)", "(nhóm nhiệm vụ )").replace("(task group 1.2)", "(task group )"),
    );
  });
});

describe("catalogCsv: the columns outside the field table", () => {
  const lineOf = (text: string, code: string) => text.split("\r\n").find((l) => l.startsWith(`${code},`))!;

  it("a project's row ends with its aggregation rule, its reason, two blank printed subtotals and the inferred task group", () => {
    const reason = "Hạng mục báo cáo bằng văn bản: không tổng hợp thành một số; nội dung của từng đơn vị ở trang Chi tiết.";
    expect(lineOf(catalogCsv(getCatalog()).text, "DA7.1").endsWith(`,text,${reason},,,"${DA7_BASIS}"`)).toBe(true);
  });

  it("an Appendix I action: a rule and a reason, then nothing — no printed subtotal, no inferred task group", () => {
    const line = lineOf(catalogCsv(getCatalog()).text, "C1.1");
    expect(line).toContain(',"Phụ lục I, C1, STT 1",lead,"Tỷ lệ của cả tỉnh (một tỷ lệ không cộng được): ');
    expect(line.endsWith('là số của tỉnh; tỷ lệ của đơn vị phối hợp chỉ tính trên phạm vi của đơn vị đó.",,,')).toBe(true);
  });

  it("a sector and an organisational unit have no aggregation rule; the sector has its printed subtotals", () => {
    const text = catalogCsv(getCatalog()).text;
    // Sector B prints 369,95 tỷ and 6.481 kt in Appendix I.
    expect(lineOf(text, "B").endsWith(',"Phụ lục I, dòng B",,,369.95,6481,')).toBe(true);
    expect(lineOf(text, "H_THACHAN")).toBe("H_THACHAN,orgUnit,UBND huyện Thạch An,Thạch An District People's Committee" + ",".repeat(19));
  });

  it("ends each line, the last included, with one CRLF", () => {
    const { text } = catalogCsv(getCatalog());
    expect(text.endsWith(",,,,\r\n")).toBe(true);
    expect(text.endsWith("\r\n\r\n")).toBe(false);
  });
});

describe("catalogJson", () => {
  it("ends with the closing brace and one line break", () => {
    const { text } = catalogJson(getCatalog());
    expect(text.endsWith("\n  }\n}\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });
});
