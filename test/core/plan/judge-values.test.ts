/**
 * plan/judge.ts where the path is below the figure it leads to: a milestone due before the entry's own path starts
 * (the path leaves its start value there), so a figure under the milestone is behind by nothing against the path and
 * the message names the target instead. The decision prints no such milestone; the rule is pinned on a hand-made
 * figure: 10% due in 2020 on a path that starts in 2021 (at the end of 2020 the path is still at 0).
 */
import { checkValue, judgeValue } from "../../../src/core/plan/judge";
import type { MeasureT } from "../../../src/core/plan/schema";

const TEN_PCT_2020: MeasureT[] = [{ comparator: ">=", value: 10, unit: "percent", year: 2020 }];

describe("a figure under a milestone the path has not reached", () => {
  it("is below the target, in both languages, with the path at 0 and the value 5 over it", () => {
    expect(judgeValue(TEN_PCT_2020, 5, 2020, "en", 2021)).toEqual({
      kind: "behind",
      message: "Below the 2020 target (10%)",
      issue: null,
      path: { figure: TEN_PCT_2020[0], dueYear: 2020, at: 2020, status: "behind", expected: 0, lower: 0, upper: 0, gap: -5 },
    });
    expect(judgeValue(TEN_PCT_2020, 5, 2020, "vi", 2021).message).toBe("Thấp hơn mục tiêu 2020 (10%)");
    expect(checkValue(TEN_PCT_2020, 5, 2020, "en", 2021)).toBe("Below the 2020 target (10%)");
  });

  it("at 0, level with the path, it is still below the target, not behind the path by 0", () => {
    expect(judgeValue(TEN_PCT_2020, 0, 2020, "en", 2021)).toMatchObject({
      kind: "behind",
      message: "Below the 2020 target (10%)",
      path: { status: "behind", expected: 0, gap: 0 },
    });
    expect(judgeValue(TEN_PCT_2020, 0, 2020, "vi", 2021).message).toBe("Thấp hơn mục tiêu 2020 (10%)");
  });

  it("reaching the milestone is OK however far the path is below it", () => {
    expect(judgeValue(TEN_PCT_2020, 10, 2020, "en", 2021)).toMatchObject({ kind: "ok", message: "OK", path: { status: "ahead", gap: 10 } });
  });

  it("a 'trên' figure met exactly says 'not over', not 'below the target'", () => {
    const over: MeasureT[] = [{ comparator: ">", value: 10, unit: "percent", year: 2020 }];
    expect(judgeValue(over, 10, 2020, "en", 2021).message).toBe(
      "Not over 10%: the 2020 target is over 10%, i.e. more than 10%; exactly 10% does not meet it",
    );
  });
});
