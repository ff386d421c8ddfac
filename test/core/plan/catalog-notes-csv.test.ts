/**
 * Catalog side of the answers: the source notes that were missing (Part 2's unit header, the inferred project-group →
 * task-group mapping) and the printed sector subtotals in `ttx catalog --csv` beside the computed ones.
 */
import { getCatalog } from "../../../src/core/plan/catalog";
import { CSV_COLUMNS, catalogCsv } from "../../../src/core/plan/export";

const c = getCatalog();
const GROUPS = ["DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7", "DA8", "DA9", "DA10", "DA11"];

describe("source notes of Part 2", () => {
  it("says the table header reads 'triệu đồng' while the cells are mostly in tỷ", () => {
    const note = c.notes.find((n) => n.id === "part2-budget-unit")!;
    expect(note).toMatchObject({ kind: "typo", printed: "Dự kiến Kinh phí (triệu đồng)", refs: GROUPS });
    expect(note.explanationVi).toContain('phần lớn là "tỷ"');
    expect(note.explanationEn).toContain("each cell names its own unit");
  });
  it("flags the project-group → task-group mapping as an inference", () => {
    const note = c.notes.find((n) => n.id === "project-task-group-inferred")!;
    expect(note).toMatchObject({ kind: "ambiguous", refs: GROUPS });
    expect(note.explanationEn).toMatch(/^The decision assigns no project group to a task group\./);
    expect(note.explanationVi).toContain("suy luận");
  });
});

describe("ttx catalog --csv", () => {
  // Written in each test, not as the file loads: a mutation run switches its mutant on only while a test runs.
  const csvLines = () => catalogCsv(c).text.slice(1).trimEnd().split("\r\n");
  const headerOf = (lines: string[]) => lines[0]!.split(",");
  const rowOf = (lines: string[]) => (code: string) => {
    const header = headerOf(lines);
    const line = lines.find((l) => l.startsWith(`${code},`))!;
    // Fields with commas are quoted; the columns read here are numbers or simple text.
    return Object.fromEntries(header.map((h, i) => [h, line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)![i]!.replace(/,$/, "")]));
  };

  it("has the printed sector subtotals beside the computed ones (new columns at the end)", () => {
    const lines = csvLines();
    const [header, row] = [headerOf(lines), rowOf(lines)];
    expect(header.slice(-3)).toEqual(["budget_printed", "reduction_printed", "task_group_basis"]);
    expect(header).toEqual(["code", "kind", ...CSV_COLUMNS]);
    // Sector A prints its subtotal one column to the right; read as budget 673,61 and reduction 413,87.
    expect(row("A")).toMatchObject({ budget_printed: "673.61", reduction_printed: "413.87" });
    const a = c.ghgSectors.find((s) => s.code === "A")!;
    expect([Number(row("A").budget_printed), Number(row("A").reduction_printed)]).toEqual([a.printedBudgetBillionVnd, a.printedGhgKt]);
    // Where print and rows disagree both show: C prints 2.024 tỷ and 482 kt, its rows (C1–C5) sum to 150 and 119.
    expect(row("C")).toMatchObject({ budget_billion: "150", budget_printed: "2024", reduction: "119", reduction_printed: "482" });
    expect(row("B")).toMatchObject({ reduction: "10581.8", reduction_printed: "6481" });
    expect(row("C1.1").budget_printed).toBe(""); // actions have no printed subtotal
  });

  it("says a project's task group is inferred; entries whose task group the decision states say nothing", () => {
    const row = rowOf(csvLines());
    expect(row("DA1.1").task_group_basis).toContain("Inferred, not stated in the decision: project group DA1 → NV6 (task group 1.6)");
    expect(row("DA7").task_group_basis).toContain("Suy luận");
    expect(row("C1.1").task_group_basis).toBe("");
  });
});
