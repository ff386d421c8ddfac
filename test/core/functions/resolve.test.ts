/**
 * The first steps every TTX function shares (src/core/functions/resolve.ts) and the error test (result.ts).
 *
 * What is pinned and why:
 * - A code not in the plan is named as typed, trimmed (not upper-cased): '"x.99"', not '"  x.99 "'.
 * - An entry without quantified milestones (an org unit) is #N/A saying so, for each function that needs
 *   milestones, and before anything else is read: PROGRESS and STATUS with a blank actual do not answer "" or
 *   "chưa báo cáo" for it. A code not in the plan stays "not in the plan", not "no milestones".
 * - The language argument: blank is Vietnamese, "vi"/"en" in any case and with spaces; anything else, a number
 *   included, is #VALUE! naming it.
 * - isTtxError: null and plain values are not errors (and it never throws on null).
 */
import { progress } from "../../../src/core/functions/progress";
import { readLang, resolveEntry, resolveMeasured } from "../../../src/core/functions/resolve";
import { isTtxError } from "../../../src/core/functions/result";
import { status } from "../../../src/core/functions/status";
import { target } from "../../../src/core/functions/target";

const NO_MILESTONES = {
  ttxError: "NOT_AVAILABLE",
  message: "Mã SO_CT không có chỉ tiêu định lượng (mốc) trong văn bản · Code SO_CT has no quantified target (milestone) in the decision",
};
const notInPlan = (code: string) => ({
  ttxError: "NOT_AVAILABLE",
  message: `Mã "${code}" không có trong Kế hoạch 337/QĐ-UBND · Code "${code}" is not in Plan 337/QĐ-UBND`,
});

describe("resolveEntry and resolveMeasured", () => {
  it("a code not in the plan is named trimmed, as typed", () => {
    expect(resolveEntry("  x.99 ")).toEqual(notInPlan("x.99"));
    expect(resolveMeasured(" NOPE")).toEqual(notInPlan("NOPE"));
    expect(target("NOPE")).toEqual(notInPlan("NOPE"));
  });

  it("an entry without milestones is #N/A saying so, in every function that needs them", () => {
    expect(resolveMeasured("so_ct")).toEqual(NO_MILESTONES);
    expect(target("SO_CT")).toEqual(NO_MILESTONES);
    expect(progress("SO_CT", null)).toEqual(NO_MILESTONES);
    expect(status("SO_CT", null)).toEqual(NO_MILESTONES);
  });
});

describe("readLang", () => {
  it("blank is vi; vi and en are read trimmed and in any case", () => {
    expect([readLang(null), readLang(""), readLang(" VI "), readLang("vi"), readLang(" En"), readLang("en")]).toEqual([
      "vi",
      "vi",
      "vi",
      "vi",
      "en",
      "en",
    ]);
  });

  it("anything else, a number included, is #VALUE! naming it", () => {
    const bad = (got: string) => ({
      ttxError: "VALUE",
      message: `Ngôn ngữ "${got}" không hợp lệ: dùng "vi" hoặc "en" · Invalid language "${got}": use "vi" or "en"`,
    });
    expect(readLang("fr")).toEqual(bad("fr"));
    expect(readLang(5)).toEqual(bad("5"));
    expect(readLang(true)).toEqual(bad("true"));
  });
});

describe("isTtxError", () => {
  it("is true for an error value only; null and plain values are not errors", () => {
    expect(isTtxError({ ttxError: "VALUE", message: "x" })).toBe(true);
    expect([isTtxError(null), isTtxError(undefined), isTtxError("VALUE"), isTtxError(0), isTtxError({ message: "x" })]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
