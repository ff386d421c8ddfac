/**
 * The notes plan/integrity.ts generates where the decision's printed subtotals and counts disagree with its rows,
 * computed here at test time (the catalog computes them once while loading), each note whole and word for word:
 * - Appendix I: A's reduction printed 413,87 for rows adding to 125,87; B's 6.481 for 10.581,8; C's budget 2.024 and
 *   reduction 482 are C1–C5 (150; 119) plus D (1.874; 363), which the note says;
 * - section IV 1.3: "Gồm 25 hoạt động" for 24 appendix rows, and "Có 04 hoạt động" in household energy (C4) for 3;
 * - synthetic sectors for what the decision does not show: a sector without a printed figure, a printed total equal
 *   to a sector plus one of its own sub-sectors (only top-level sectors are candidates), or twice itself.
 */
import { getCatalog } from "../../../src/core/plan/catalog";
import { computedSourceNotes } from "../../../src/core/plan/integrity";
import type { GhgActionT, GhgSectorT } from "../../../src/core/plan/schema";

const c = getCatalog();
const sourceOf = (code: string) => c.ghgSectors.find((s) => s.code === code)!.source;
const groupSource = (id: string) => c.taskGroups.find((g) => g.id === id)!.source;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe("notes on the decision as printed", () => {
  it("four subtotals differ from their rows; C's equal C plus D", () => {
    const notes = computedSourceNotes(c.ghgSectors, c.ghgActions, c.taskGroups);
    expect(notes.filter((n) => n.kind === "subtotal_mismatch")).toEqual([
      {
        id: "subtotal-A-ghg",
        kind: "subtotal_mismatch",
        refs: ["A"],
        source: sourceOf("A"),
        printed: 413.87,
        computed: 125.87,
        explanationVi:
          "Dòng tổng A in giảm phát thải đến 2030 (nghìn tCO2) là 413.87, nhưng cộng 10 dòng được 125.87. Danh mục giữ cả hai số.",
        explanationEn:
          "Subtotal A prints GHG reduction by 2030 (thousand tCO2) 413.87, but its 10 rows sum to 125.87. The catalog keeps both.",
      },
      {
        id: "subtotal-B-ghg",
        kind: "subtotal_mismatch",
        refs: ["B"],
        source: sourceOf("B"),
        printed: 6481,
        computed: 10581.8,
        explanationVi:
          "Dòng tổng B in giảm phát thải đến 2030 (nghìn tCO2) là 6481, nhưng cộng 3 dòng được 10581.8. Danh mục giữ cả hai số.",
        explanationEn:
          "Subtotal B prints GHG reduction by 2030 (thousand tCO2) 6481, but its 3 rows sum to 10581.8. The catalog keeps both.",
      },
      {
        id: "subtotal-C-budget",
        kind: "subtotal_mismatch",
        refs: ["C"],
        source: sourceOf("C"),
        printed: 2024,
        computed: 150,
        explanationVi:
          "Dòng tổng C in kinh phí (tỷ đồng) là 2024, nhưng cộng 11 dòng được 150; số in bằng tổng của C và D (150 + 1874). Danh mục giữ cả hai số.",
        explanationEn:
          "Subtotal C prints budget (billion VND) 2024, but its 11 rows sum to 150; the printed figure equals C plus D (150 + 1874). The catalog keeps both.",
      },
      {
        id: "subtotal-C-ghg",
        kind: "subtotal_mismatch",
        refs: ["C"],
        source: sourceOf("C"),
        printed: 482,
        computed: 119,
        explanationVi:
          "Dòng tổng C in giảm phát thải đến 2030 (nghìn tCO2) là 482, nhưng cộng 11 dòng được 119; số in bằng tổng của C và D (119 + 363). Danh mục giữ cả hai số.",
        explanationEn:
          "Subtotal C prints GHG reduction by 2030 (thousand tCO2) 482, but its 11 rows sum to 119; the printed figure equals C plus D (119 + 363). The catalog keeps both.",
      },
    ]);
  });

  it("two printed counts differ: 25 activities in 1.3 for 24 rows, 4 in household energy (C4) for 3", () => {
    const notes = computedSourceNotes(c.ghgSectors, c.ghgActions, c.taskGroups);
    expect(notes.filter((n) => n.kind === "count_mismatch")).toEqual([
      {
        id: "count-NV3",
        kind: "count_mismatch",
        refs: ["NV3"],
        source: groupSource("NV3"),
        printed: 25,
        computed: 24,
        explanationVi: "Văn bản ghi 25 hoạt động trong nhóm 1.3, nhưng phụ lục/danh sách có 24. Danh mục giữ cả hai số.",
        explanationEn: "The text states 25 activities in task group 1.3, but the appendix/list has 24. The catalog keeps both.",
      },
      {
        id: "count-NV3-C4",
        kind: "count_mismatch",
        refs: ["NV3", "C4"],
        source: groupSource("NV3"),
        printed: 4,
        computed: 3,
        explanationVi: "Văn bản ghi 4 hoạt động lĩnh vực C4, nhưng phụ lục/danh sách có 3. Danh mục giữ cả hai số.",
        explanationEn: "The text states 4 activities in sector C4, but the appendix/list has 3. The catalog keeps both.",
      },
    ]);
    expect(notes).toHaveLength(6);
  });

  it("a group listing bullets is counted by its bullets: a 1.5 printed as 6 activities is one short", () => {
    const groups = copy(c.taskGroups);
    groups.find((g) => g.id === "NV5")!.printedActivityCount = 6;
    const counts = computedSourceNotes(c.ghgSectors, c.ghgActions, groups).filter((n) => n.kind === "count_mismatch");
    expect(counts.map((n) => [n.id, n.printed, n.computed])).toEqual([
      ["count-NV3", 25, 24],
      ["count-NV3-C4", 4, 3],
      ["count-NV5", 6, 5],
    ]);
  });
});

describe("notes on synthetic sectors", () => {
  const sector = (code: GhgSectorT["code"], parent: GhgSectorT["parent"], budget: number | null, ghg: number | null): GhgSectorT => ({
    code,
    parent,
    titleVi: code,
    titleEn: code,
    taskGroup: "NV3",
    printedBudgetBillionVnd: budget,
    printedGhgKt: ghg,
    source: `test ${code}`,
  });
  const row = (sectorCode: string, budget: number, ghg: number): GhgActionT => ({
    ...c.ghgActions[0]!,
    sector: sectorCode as GhgActionT["sector"],
    budgetBillionVnd: budget,
    ghgReductionKt: ghg,
  });

  it("a sector without a printed figure has nothing to compare", () => {
    expect(computedSourceNotes([sector("D", null, null, null)], [row("D", 4, 1)], [])).toEqual([]);
  });

  it("only top-level sectors are offered as the other half of a printed total", () => {
    // A prints 7 = A's 4 + C1's 3, but C1 is a sub-sector of C (3 + 5 = 8): no top-level sector makes 7.
    const sectors = [
      sector("A", null, 7, null),
      sector("C", null, null, null),
      sector("C1", "C", null, null),
      sector("C2", "C", null, null),
    ];
    const notes = computedSourceNotes(sectors, [row("A", 4, 0), row("C1", 3, 0), row("C2", 5, 0)], []);
    expect(notes.map((n) => n.explanationEn)).toEqual([
      "Subtotal A prints budget (billion VND) 7, but its 1 rows sum to 4. The catalog keeps both.",
    ]);
    // With D (top level) holding the 3, the note names it.
    const withD = computedSourceNotes([sector("A", null, 7, null), sector("D", null, null, null)], [row("A", 4, 0), row("D", 3, 0)], []);
    expect(withD.map((n) => n.explanationEn)).toEqual([
      "Subtotal A prints budget (billion VND) 7, but its 1 rows sum to 4; the printed figure equals A plus D (4 + 3). The catalog keeps both.",
    ]);
  });

  it("a printed total twice the rows is not 'the sector plus itself'", () => {
    const notes = computedSourceNotes([sector("D", null, 20, null)], [row("D", 4, 0), row("D", 6, 0)], []);
    expect(notes.map((n) => n.explanationEn)).toEqual([
      "Subtotal D prints budget (billion VND) 20, but its 2 rows sum to 10. The catalog keeps both.",
    ]);
  });
});
