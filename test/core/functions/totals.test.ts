/**
 * TTX.BUDGET and TTX.GHG (src/core/functions/totals.ts): the exact error values, and the "ALL" / "DA" totals as
 * typed with spaces and in lower case.
 *
 * What is pinned and why: functions.test.ts checks that these errors are #N/A, not what they say. A code that is
 * not in the plan must say so (not "has no budget figure", which would hint the code exists); a blank or non-text
 * argument is #VALUE! naming `code`; an entry without a figure names the entry and the figure missing, in both
 * languages. Totals are summed from the catalog's data arrays here, independently of plan/totals.ts.
 */
import { budget, ghg } from "../../../src/core/functions/totals";
import { getCatalog } from "../../../src/core/plan/catalog";

const NOT_TEXT = {
  ttxError: "VALUE",
  message: "code phải là chữ (văn bản), nhận được: (trống/empty) · code must be text, got: (trống/empty)",
};
const notInPlan = (code: string) => ({
  ttxError: "NOT_AVAILABLE",
  message: `Mã "${code}" không có trong Kế hoạch 337/QĐ-UBND · Code "${code}" is not in Plan 337/QĐ-UBND`,
});

describe("TTX.BUDGET", () => {
  it("a blank code is #VALUE! naming code", () => {
    expect(budget(null)).toEqual(NOT_TEXT);
    expect(budget("   ")).toEqual(NOT_TEXT);
  });

  it("a code not in the plan is #N/A saying so", () => {
    expect(budget("NOPE")).toEqual(notInPlan("NOPE"));
  });

  it("an entry without a budget is #N/A naming the entry and the budget", () => {
    expect(budget("so_ct")).toEqual({
      ttxError: "NOT_AVAILABLE",
      message: "Mã SO_CT không có số liệu kinh phí/budget trong văn bản · Code SO_CT has no kinh phí/budget figure in the decision",
    });
  });
});

describe("TTX.GHG", () => {
  it('"all" with spaces, in any case, is every Appendix I action summed (11,189.67 thousand tCO2)', () => {
    const sum = getCatalog().ghgActions.reduce((s, a) => s + a.ghgReductionKt, 0);
    expect(ghg(" all ")).toBeCloseTo(sum, 6);
    expect(ghg(" All")).toBeCloseTo(11189.67, 6);
  });

  it("a blank code is #VALUE! naming code; a code not in the plan is #N/A saying so", () => {
    expect(ghg(null)).toEqual(NOT_TEXT);
    expect(ghg("NOPE")).toEqual(notInPlan("NOPE"));
  });

  it("an entry without a GHG figure is #N/A naming the entry and the reduction", () => {
    expect(ghg("DA1.1")).toEqual({
      ttxError: "NOT_AVAILABLE",
      message:
        "Mã DA1.1 không có số liệu giảm phát thải/GHG reduction trong văn bản · Code DA1.1 has no giảm phát thải/GHG reduction figure in the decision",
    });
  });
});
