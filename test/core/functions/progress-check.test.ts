/**
 * TTX.PROGRESS and TTX.CHECK (src/core/functions/progress.ts, check.ts): exact answers at the edges the other
 * suites leave open.
 *
 * What is pinned and why:
 * - PROGRESS pairs each value with how it was typed, blanks skipped on both sides: in a row [blank, "0,4", 66] for
 *   SX.7 (over 60% of urban areas and over 80% of facilities, Điều 1, I.2.b), "0,4" is text typed as such, so it is
 *   0,4% of the first figure (a share of 0.4/60), never a stored fraction; if the blank shifted the pairing, 0,4
 *   would be named as "40% stored as a fraction" instead.
 * - PROGRESS's #VALUE! texts: a value count that fits no milestone says how many figures the year has; an actual
 *   that is no number names `actual`.
 * - CHECK: TRUE, NaN and Infinity are "not a number" in words (never judged); a year that is no number is #VALUE!
 *   naming `year`.
 */
import { check } from "../../../src/core/functions/check";
import { progress } from "../../../src/core/functions/progress";

describe("TTX.PROGRESS", () => {
  it("a blank cell in a range does not shift which value was typed as text", () => {
    expect(progress("SX.7", [[null, "0,4", 66]], 2020)).toBeCloseTo(0.4 / 60, 12);
    expect(progress("SX.7", [[""], ["0,4"], [66]], 2020)).toBeCloseTo(0.4 / 60, 12);
  });

  it("a value count that fits no milestone is #VALUE! saying how many figures the year has", () => {
    expect(progress("SX.7", [[1, 2, 3]])).toEqual({
      ttxError: "VALUE",
      message: "Mã SX.7 có 2 chỉ tiêu cho năm 2020 nhưng nhận 3 giá trị · Code SX.7 has 2 figures for 2020 but got 3 values",
    });
  });

  it("an actual that is no number is #VALUE! naming actual", () => {
    expect(progress("C1.1", "nhiều")).toEqual({
      ttxError: "VALUE",
      message: "actual phải là số, nhận được: nhiều · actual must be a number, got: nhiều",
    });
  });
});

describe("TTX.CHECK", () => {
  it("TRUE, NaN and Infinity are named as not a number, not judged", () => {
    expect(check("C1.1", true)).toBe("Không phải số: true");
    expect(check("C1.1", Number.NaN)).toBe("Không phải số: NaN");
    expect(check("C1.1", Number.POSITIVE_INFINITY, 2025, "en")).toBe("Not a number: Infinity");
  });

  it("a year that is no number is #VALUE! naming year", () => {
    expect(check("C1.1", 30, "hai nghìn")).toEqual({
      ttxError: "VALUE",
      message: "year phải là số, nhận được: hai nghìn · year must be a number, got: hai nghìn",
    });
  });
});
