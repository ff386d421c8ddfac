import { getCatalog } from "../../../src/core/plan/catalog";
import { computeSectorTotals, computedSourceNotes } from "../../../src/core/plan/integrity";
import type { GhgActionT, GhgSectorT } from "../../../src/core/plan/schema";

describe("subtotals and counts recomputed", () => {
  const c = getCatalog();

  it("sums every sector from its rows (independent re-sum)", () => {
    const totals = computeSectorTotals(c.ghgSectors, c.ghgActions);
    for (const t of totals) {
      const rows = c.ghgActions.filter((a) => (t.code === "C" ? a.sector.startsWith("C") : a.sector === t.code));
      let budget = 0;
      let ghg = 0;
      for (const r of rows) {
        budget += r.budgetBillionVnd;
        ghg += r.ghgReductionKt;
      }
      expect(t.budgetBillionVnd).toBeCloseTo(budget, 9);
      expect(t.ghgReductionKt).toBeCloseTo(ghg, 9);
    }
    const byCode = Object.fromEntries(totals.map((t) => [t.code, [t.budgetBillionVnd, t.ghgReductionKt]]));
    expect(byCode).toEqual({
      A: [673.61, 125.87],
      B: [369.95, 10581.8],
      C: [150, 119],
      C1: [49, 47],
      C2: [26, 16],
      C3: [20, 18],
      C4: [46, 35],
      C5: [9, 3],
      D: [1874, 363],
    });
  });

  it("reports exactly the printed subtotals that differ, keeping printed and computed", () => {
    const notes = c.notes.filter((n) => n.kind === "subtotal_mismatch");
    expect(notes.map((n) => [n.id, n.printed, n.computed])).toEqual([
      ["subtotal-A-ghg", 413.87, 125.87],
      ["subtotal-B-ghg", 6481, 10581.8],
      ["subtotal-C-budget", 2024, 150],
      ["subtotal-C-ghg", 482, 119],
    ]);
    // Printed C is C1–C5 plus D: the note says so, in both languages.
    const cBudget = notes.find((n) => n.id === "subtotal-C-budget");
    expect(cBudget?.explanationEn).toContain("equals C plus D (150 + 1874)");
    expect(cBudget?.explanationVi).toContain("tổng của C và D");
  });

  it("reports printed activity counts that disagree with the appendix", () => {
    const notes = c.notes.filter((n) => n.kind === "count_mismatch");
    expect(notes.map((n) => [n.id, n.printed, n.computed])).toEqual([
      ["count-NV3", 25, 24],
      ["count-NV3-C4", 4, 3],
    ]);
  });

  it("says nothing when print and rows agree, and flags a changed row", () => {
    const sector: GhgSectorT = {
      code: "D",
      parent: null,
      titleVi: "D",
      titleEn: "D",
      taskGroup: "NV4",
      printedBudgetBillionVnd: 10,
      printedGhgKt: 2,
      source: "test source",
    };
    const row = (budget: number, ghg: number): GhgActionT => ({
      ...c.ghgActions[0]!,
      sector: "D",
      budgetBillionVnd: budget,
      ghgReductionKt: ghg,
    });
    expect(computedSourceNotes([sector], [row(4, 1), row(6, 1)], [])).toEqual([]);
    const notes = computedSourceNotes([sector], [row(4, 1), row(6.01, 1)], []);
    expect(notes.map((n) => [n.id, n.printed, n.computed])).toEqual([["subtotal-D-budget", 10, 10.01]]);
  });
});
