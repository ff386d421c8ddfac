/**
 * The catalog summary (plan/summary.ts: `ttx catalog`, the task pane), pinned against the decision's own figures:
 * - GHG goals (Điều 1, II): 7% in 2020 = 3 voluntary + 2 national + 2 international; 19% in 2030 = 9 + 5 + 5;
 * - Appendix I per sector, rows added by hand from the printed rows and set beside the printed subtotal:
 *   A: 38,51 + 533,78 + 15,78 + 24,38 + 11,20 + 14,13 + 4,56 + 5,75 + 12,76 + 12,76 = 673,61 tỷ (printed 673,61),
 *      reductions 6,69 + 43,80 + 11,75 + 50,95 + 1,32 + 4,02 + 0,62 + 0,62 + 3,12 + 2,98 = 125,87 kt (printed 413,87 ≠);
 *   B: 280 + 5,95 + 84 = 369,95 tỷ; 8.200 + 157,80 + 2.224 = 10.581,8 kt (printed 6.481 ≠);
 *   C: C1–C5 = 49 + 26 + 20 + 46 + 9 = 150 tỷ (printed 2.024 ≠, which adds D's 1.874), 119 kt (printed 482 ≠);
 *   D: 1.874 tỷ, 363 kt; all rows 673,61 + 369,95 + 150 + 1.874 = 3.067,56 tỷ and 11.189,67 kt;
 * - Part 2 budgets per group, in triệu đồng (group 2: 50 + 35 + 2.500 tỷ = 2.585.000; group 4: 7 + 3,1 tỷ = 10.100);
 * - the exact text rendered, line by line, with the "≠" flag only where the printed figure differs.
 */
import { getCatalog } from "../../../src/core/plan/catalog";
import { renderSummary, summarizeCatalog } from "../../../src/core/plan/summary";

// Made in each test, not as the file loads: a mutation run switches its mutant on only while a test runs.
const summaryOfTheCatalog = () => summarizeCatalog(getCatalog());

describe("the catalog summary's figures", () => {
  it("decision, GHG goals, targets, solutions and task groups", () => {
    const summary = summaryOfTheCatalog();
    expect(summary.decision).toBe("337/QĐ-UBND (2018-04-04)");
    expect(summary.ghgGoals).toEqual([
      { year: 2020, totalPct: 7, parts: [3, 2, 2] },
      { year: 2030, totalPct: 19, parts: [9, 5, 5] },
    ]);
    expect(summary.targets).toEqual({ production: 15, lifestyle: 12, measures: 38 });
    expect([summary.solutionGroups, summary.solutionItems]).toEqual([8, 78]);
    expect(summary.taskGroups).toEqual([
      { id: "NV1", label: "1.2", activities: null },
      { id: "NV2", label: "1.2", activities: null },
      { id: "NV3", label: "1.3", activities: 25 },
      { id: "NV4", label: "1.4", activities: 4 },
      { id: "NV5", label: "1.5", activities: 5 },
      { id: "NV6", label: "1.6", activities: 7 },
    ]);
  });

  it("Appendix I: each sector's rows added, beside the printed subtotal", () => {
    const summary = summaryOfTheCatalog();
    expect(summary.sectors.map((s) => [s.code, s.actions, s.budgetBillionVnd, s.printedBudget, s.ghgReductionKt, s.printedGhg])).toEqual([
      ["A", 10, 673.61, 673.61, 125.87, 413.87],
      ["B", 3, 369.95, 369.95, 10581.8, 6481],
      ["C", 11, 150, 2024, 119, 482],
      ["C1", 3, 49, 49, 47, 47],
      ["C2", 2, 26, 26, 16, 16],
      ["C3", 2, 20, 20, 18, 18],
      ["C4", 3, 46, 46, 35, 35],
      ["C5", 1, 9, 9, 3, 3],
      ["D", 4, 1874, 1874, 363, 363],
    ]);
    expect([summary.actions, summary.actionsBudgetBillionVnd, summary.actionsGhgKt]).toEqual([28, 3067.56, 11189.67]);
  });

  it("Part 2: projects and budgets per group, org units and source notes by kind", () => {
    const summary = summaryOfTheCatalog();
    expect(summary.projectGroups.map((g) => [g.number, g.projects, g.budgetMillionVnd])).toEqual([
      [1, 4, 37000],
      [2, 3, 2585000],
      [3, 2, 804000],
      [4, 2, 10100],
      [5, 5, 95000],
      [6, 1, 10000],
      [7, 3, 26000],
      [8, 2, 3100],
      [9, 2, 20000],
      [10, 2, 200],
      [11, 20, 3319960],
    ]);
    expect([summary.projects, summary.projectsBudgetMillionVnd, summary.orgUnits]).toEqual([46, 6910360, 45]);
    expect(summary.notes).toEqual({
      total: 23,
      byKind: { typo: 5, ambiguous: 8, layout: 3, duplicate: 1, subtotal_mismatch: 4, count_mismatch: 2 },
    });
  });
});

describe("the summary as text", () => {
  it("renders every line, numbers in Vietnamese notation, ≠ where the printed figure differs from the rows", () => {
    const summary = summaryOfTheCatalog();
    expect(renderSummary(summary).split("\n")).toEqual([
      "Kế hoạch hành động TTX tỉnh Cao Bằng · Cao Bằng Green Growth Action Plan — QĐ 337/QĐ-UBND (2018-04-04)",
      "",
      "Mục tiêu giảm phát thải KNK so với BAU · GHG reduction vs BAU:",
      "  2020: 7% (tự nguyện/voluntary 3% + quốc gia/national 2% + quốc tế/international 2%)",
      "  2030: 19% (tự nguyện/voluntary 9% + quốc gia/national 5% + quốc tế/international 5%)",
      "Chỉ tiêu đến 2020 · Targets to 2020: xanh hóa sản xuất/green production 15, lối sống xanh/green lifestyle 12 (38 số đo/measures)",
      "Nhóm giải pháp · Solution groups: 8 (78 nội dung/items)",
      "Nhóm nhiệm vụ · Task groups: NV1 (in/printed 1.2), NV2 (in/printed 1.2), NV3 (in/printed 1.3), NV4 (in/printed 1.4), NV5 (in/printed 1.5), NV6 (in/printed 1.6)",
      "",
      "Phụ lục I — Giảm phát thải · Appendix I GHG actions: 28",
      "  Lĩnh vực  HĐ/rows  Kinh phí/budget (tỷ)  in/printed  Giảm/reduction (kt)  in/printed",
      "  A              10                673,61      673,61               125,87    413,87 ≠",
      "  B               3                369,95      369,95             10.581,8     6.481 ≠",
      "  C              11                   150     2.024 ≠                  119       482 ≠",
      "  C1              3                    49          49                   47          47",
      "  C2              2                    26          26                   16          16",
      "  C3              2                    20          20                   18          18",
      "  C4              3                    46          46                   35          35",
      "  C5              1                     9           9                    3           3",
      "  D               4                 1.874       1.874                  363         363",
      "  Tổng các dòng · rows total: 3.067,56 tỷ đồng/billion VND, 11.189,67 nghìn tCO2/thousand tCO2",
      "",
      "Dự án SX xanh/lối sống xanh · Green production/lifestyle projects: 46 trong/in 11 nhóm/groups, 6.910.360 triệu đồng/million VND",
      "  1: 4 (37.000) · 2: 3 (2.585.000) · 3: 2 (804.000) · 4: 2 (10.100) · 5: 5 (95.000) · 6: 1 (10.000) · 7: 3 (26.000) · 8: 2 (3.100) · 9: 2 (20.000) · 10: 2 (200) · 11: 20 (3.319.960)",
      "Đơn vị · Org units: 45",
      "Ghi chú nguồn · Source notes: 23 (typo 5, ambiguous 8, layout 3, duplicate 1, subtotal_mismatch 4, count_mismatch 2) — ≠: số in khác tổng các dòng · printed differs from rows",
      "",
    ]);
  });

  it("shows a missing printed figure as a dash, and no flag for it", () => {
    const s = summarizeCatalog(getCatalog());
    const text = renderSummary({
      ...s,
      sectors: [{ code: "C5", actions: 1, budgetBillionVnd: 1.005, ghgReductionKt: 2, printedBudget: null, printedGhg: null }],
    });
    expect(text.split("\n").find((l) => l.startsWith("  C5"))).toBe(
      "  C5              1                  1,01           —                    2           —",
    );
  });

  it("flags a printed figure differing by a hundredth, not one that rounds the same", () => {
    const s = summarizeCatalog(getCatalog());
    const row = (printedBudget: number) =>
      renderSummary({ ...s, sectors: [{ code: "C5", actions: 1, budgetBillionVnd: 10, ghgReductionKt: 2, printedBudget, printedGhg: 2 }] })
        .split("\n")
        .find((l) => l.startsWith("  C5"));
    expect(row(10.004)).toBe("  C5              1                    10          10                    2           2");
    expect(row(10.01)).toBe("  C5              1                    10     10,01 ≠                    2           2");
  });
});
