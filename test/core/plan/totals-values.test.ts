/**
 * Planned budget and GHG reduction of each kind of entry (plan/totals.ts), with the decision's own figures:
 * - action A.2 (Appendix I, A, STT 2): 533,78 tỷ and 43,80 nghìn tCO2;
 * - task group 1.2 (NV1) has no Appendix I action; its projects are groups 7 (18 + 3 + 5 tỷ) and 9 (10 + 10 tỷ),
 *   printed in the project table as "18 tỷ" … in a column headed million VND: 46 billion VND, and no reduction;
 * - task group 1.4 (NV4) is sector D's four actions: 170 + 35 + 1.600 + 69 = 1.874 tỷ, 62 + 8 + 290 + 3 = 363;
 * - task group 1.3 (NV3) is sectors A, B and C1–C5 as added from their rows: 673,61 + 369,95 + 150 = 1.193,56 tỷ and
 *   125,87 + 10.581,8 + 119 = 10.826,67 nghìn tCO2;
 * - entries without a figure (a target, a task bullet, a project's reduction) have none: null.
 */
import { getCatalog, lookup } from "../../../src/core/plan/catalog";
import { budgetBillionVnd, ghgReductionKt } from "../../../src/core/plan/totals";

const both = (code: string) => {
  const c = getCatalog();
  const e = lookup(code)!;
  return [budgetBillionVnd(e, c), ghgReductionKt(e, c)];
};

describe("budget and reduction of an entry", () => {
  it("an action gives its own printed figures", () => {
    expect(both("A.2")).toEqual([533.78, 43.8]);
  });

  it("a task group without actions sums its projects' budgets in billion VND and has no reduction", () => {
    expect(both("NV1")).toEqual([46, null]);
  });

  it("a task group made of actions sums their budgets and reductions", () => {
    expect(both("NV4")).toEqual([1874, 363]);
    expect(both("NV3")).toEqual([1193.56, 10826.67]);
  });

  it("a project has a budget in billion VND but no reduction", () => {
    expect(both("DA7.1")).toEqual([18, null]);
  });

  it("a target and a task bullet have neither", () => {
    expect(both("SX.15")).toEqual([null, null]);
    expect(both("NV1.1")).toEqual([null, null]);
  });
});
