/**
 * TTX.TARGET (src/core/functions/target.ts): the answers functions.test.ts and answers-never-mislead.test.ts leave
 * open, each as its exact value or error text.
 *
 * What is pinned and why:
 * - The field argument: a number or TRUE is #VALUE! ("field must be text"), never read as an INFO field; a milestone
 *   field is found with spaces and capitals (" Figures ").
 * - The figure argument: text that is no number is #VALUE! naming `figure`, not "out of range".
 * - "max" without a figure on a milestone with no range: #N/A naming figure 1 and the milestone, the same answer as
 *   with figure 1 given.
 * - "subject" where the decision names none: #N/A saying the field is empty.
 * - "text" words the comparator as the decision does: a plain figure is bare ("25%"), an "at most" figure reads
 *   "tối đa …". The decision prints no "at most" target, so that one is a schema-valid measure handed to TARGET
 *   through a spy on resolveMeasured (the only way in: the catalog is the decision's).
 *
 * Expected values are written by hand from the plan: C1.1 is 25% in 2020 and 80% in 2030 (Phụ lục I, C1, STT 1),
 * C1.3 prints two figures per milestone, SX.1 is "100% đô thị …" with no subject of its own.
 */
import * as resolve from "../../../src/core/functions/resolve";
import { target } from "../../../src/core/functions/target";
import { getCatalog } from "../../../src/core/plan/catalog";
import type { MeasureT } from "../../../src/core/plan/schema";

describe("TTX.TARGET field and figure arguments", () => {
  it("a field that is not text is #VALUE! saying field must be text, not an INFO lookup", () => {
    expect(target("C1.1", 2020, 5)).toEqual({
      ttxError: "VALUE",
      message: "field phải là chữ (văn bản), nhận được: 5 · field must be text, got: 5",
    });
    expect(target("C1.1", undefined, true)).toEqual({
      ttxError: "VALUE",
      message: "field phải là chữ (văn bản), nhận được: true · field must be text, got: true",
    });
  });

  it("milestone field names are read trimmed and in any case", () => {
    expect(target("C1.3", 2020, " Figures ")).toBe(2);
    expect(target("C1.1", 2024, "YEAR")).toBe(2030);
  });

  it("a figure that is not a number is #VALUE! naming figure", () => {
    expect(target("C1.3", 2020, "value", "hai")).toEqual({
      ttxError: "VALUE",
      message: "figure phải là số, nhận được: hai · figure must be a number, got: hai",
    });
  });
});

describe("TTX.TARGET milestone fields", () => {
  const NOT_RANGE =
    "Số thứ 1 của mốc 2020 mã C1.1 (25%) không phải một khoảng nên không có cận trên · " +
    "Figure 1 of the 2020 milestone of C1.1 (25%) is not a range, so it has no upper bound";

  it('"max" on a milestone without a range is #N/A for its first figure, with or without the figure given', () => {
    expect(target("C1.1", 2020, "max")).toEqual({ ttxError: "NOT_AVAILABLE", message: NOT_RANGE });
    expect(target("C1.1", 2020, "max", 1)).toEqual({ ttxError: "NOT_AVAILABLE", message: NOT_RANGE });
  });

  it('"subject" where the decision names none is #N/A saying the field is empty', () => {
    expect(target("SX.1", 2020, "subject")).toEqual({
      ttxError: "NOT_AVAILABLE",
      message:
        "Mã SX.1 không có giá trị cho trường subject trong văn bản gốc · Code SX.1 has no value for field subject in the source text",
    });
    expect(target("C1.1", 2020, "subject")).toBe("share of unfired bricks");
  });

  it('"text" of a plain figure is the figure alone; of an "at most" figure, "tối đa" and the figure', () => {
    expect(target("C1.1", 2020, "text")).toBe("25%");
    expect(target("D.14", undefined, "text")).toBe("135 MW");
    const cap: MeasureT = { comparator: "<=", value: 10, unit: "percent", year: 2020 };
    const spy = jest.spyOn(resolve, "resolveMeasured").mockReturnValue({ entry: getCatalog().byCode.get("SX.1")!, measures: [cap] });
    try {
      expect(target("SX.1", 2020, "text")).toBe("tối đa 10%");
      expect(target("SX.1", 2020, "comparator")).toBe("<=");
    } finally {
      spy.mockRestore();
    }
  });
});
