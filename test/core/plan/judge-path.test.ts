/**
 * How a figure stands against a plan item (plan/judge.ts) and the path behind it (plan/path.ts, plan/milestones.ts),
 * pinned with exact verdicts and messages at the boundaries:
 * - implausible: over 10× the final milestone, only for units without a natural ceiling (MW: D.14's 135 MW in 2030
 *   → 1 350 is still possible, 1 350,5 is not), never for a percentage row however small its target (SX.3: 1,5%);
 *   a final milestone of 0 gives no scale, so nothing is implausible against it;
 * - behind: "behind the path by" (C1.1 in 2025: 52,5% expected), "not over" for a "trên 60%" target met exactly
 *   (SX.7), "above the cap" for an "at most" figure; a figure under "trên 60%" by 10 points is behind by 10;
 * - checkValue: null when OK, the message otherwise; judgeDisbursed: over 10× the planned budget only;
 * - the path's own rules the decision does not exercise: an entry without milestones, milestones printed out of year
 *   order, an unlabelled figure next to labelled ones, a period written without spaces or with spaces around the dash;
 * - milestonesFor / measuresOf / progressRatio / milestoneSummary on those cases.
 * Expected values are worked by hand from the decision's milestones (C1.1: 25% in 2020, 80% in 2030, so 52,5% at the
 * end of 2025).
 */
import { lookup, type Entry } from "../../../src/core/plan/catalog";
import { checkValue, judgeDisbursed, judgeValue } from "../../../src/core/plan/judge";
import { implausibleAbove, measuresOf, milestoneSummary, milestonesFor, progressRatio } from "../../../src/core/plan/milestones";
import { judgePath, pathStartYear, pathStatusOf } from "../../../src/core/plan/path";
import type { MeasureT } from "../../../src/core/plan/schema";

const measures = (code: string) => measuresOf(lookup(code)!);
const judgeEn = (code: string, value: number, year?: number) => judgeValue(measures(code), value, year, "en", pathStartYear(lookup(code)));
const pct = (value: number, year: number, subject?: string): MeasureT => ({
  comparator: ">=",
  value,
  unit: "percent",
  year,
  ...(subject === undefined ? {} : { subject }),
});
/** An Appendix I action carrying only the target text (what pathStartYear reads). */
const actionWithTarget = (targetVi: string) => ({ kind: "ghgAction", code: "X.1", item: { targetVi } }) as unknown as Entry;

describe("impossible and implausible values", () => {
  it("no milestone: any value is OK, with no path", () => {
    expect(judgeValue([], 5, 2025, "en")).toEqual({ kind: "ok", message: "OK", issue: null, path: null });
  });

  it("MW: up to 10× the final milestone is possible, above it is refused", () => {
    expect(judgeEn("D.14", 1350, 2025)).toMatchObject({ kind: "ok", message: "OK", issue: null, path: { status: "ahead" } });
    expect(judgeEn("D.14", 1350.5, 2025)).toEqual({
      kind: "implausible",
      message: "Implausibly high (over 10× the 2030 target)",
      issue: "refuse",
      path: null,
    });
    expect(judgeValue(measures("D.14"), 1350.5, 2025, "vi").message).toBe("Vượt mức hợp lý (hơn 10 lần mục tiêu 2030)");
    expect(judgeEn("D.14", 100, 2025)).toMatchObject({ kind: "ok", path: { status: "ahead", expected: 67.5 } });
  });

  it("a percentage row is never 'implausible', however small its target (SX.3: 1,5% by 2020)", () => {
    expect(judgeEn("SX.3", 60, 2025)).toMatchObject({ kind: "ok", issue: null, path: { status: "ahead", dueYear: 2020 } });
  });

  it("a final milestone of 0 gives no scale: nothing is implausible against it", () => {
    const zero: MeasureT[] = [{ comparator: ">=", value: 0, unit: "MW", year: 2030 }];
    expect(judgeValue(zero, 1, 2025, "en")).toMatchObject({ kind: "ok", issue: null, path: { status: "ahead" } });
  });

  it("the bound both the check and the template's native formula use: 10× the final figure, dated by its year", () => {
    expect(implausibleAbove(measures("D.14"))).toEqual({ limit: 1350, year: 2030 });
    // A unit with its own ceiling (%, ha, communes) is bounded by it instead; no figure, or a final 0, gives no bound.
    expect(implausibleAbove(measures("SX.3"))).toBeNull();
    expect(implausibleAbove([{ comparator: ">=", value: 5000, unit: "ha", year: 2030 }])).toBeNull();
    expect(implausibleAbove([{ comparator: ">=", value: 0, unit: "MW", year: 2030 }])).toBeNull();
    expect(implausibleAbove([])).toBeNull();
  });
});

describe("behind the path: the message says how", () => {
  it("behind by the gap to the report year's point (C1.1 in 2025: 52,5% expected)", () => {
    expect(judgeEn("C1.1", 40, 2025)).toMatchObject({
      kind: "behind",
      message: "Behind the 2025 path (52.5%) by 12.5 points",
      issue: null,
      path: { status: "behind", gap: 12.5 },
    });
    expect(judgeValue(measures("C1.1"), 40, 2025, "vi").message).toBe("Chậm 12,5 điểm % so với lộ trình 2025 (52,5%)");
  });

  it("'trên 60%' met exactly is 'not over'; 10 points under it is behind by 10", () => {
    expect(judgeEn("SX.7", 60, 2025)).toMatchObject({
      kind: "behind",
      message: "Not over 60%: the 2020 target is over 60%, i.e. more than 60%; exactly 60% does not meet it",
    });
    expect(judgeEn("SX.7", 50, 2025).message).toBe("Behind the 2025 path (60%) by 10 points");
    expect(judgeEn("SX.7", 60.5, 2025)).toMatchObject({ kind: "ok", message: "OK" });
  });

  it("behind by exactly one: 'point' and 'commune' in English; Vietnamese has no plural", () => {
    expect(judgeEn("SX.7", 59, 2025).message).toBe("Behind the 2025 path (60%) by 1 point");
    expect(judgeValue(measures("SX.7"), 59, 2025, "vi").message).toBe("Chậm 1 điểm % so với lộ trình 2025 (60%)");
    expect(judgeEn("SX.7", 58, 2025).message).toBe("Behind the 2025 path (60%) by 2 points");
    expect(judgeEn("SX.7", 59.5, 2025).message).toBe("Behind the 2025 path (60%) by 0.5 points");
    const communes: MeasureT[] = [{ comparator: ">=", value: 20, unit: "communes", year: 2020 }];
    expect(judgeValue(communes, 19, 2020, "en").message).toBe("Behind the 2020 path (20 communes) by 1 commune");
    expect(judgeValue(communes, 18, 2020, "en").message).toBe("Behind the 2020 path (20 communes) by 2 communes");
    const mw: MeasureT[] = [{ comparator: ">=", value: 20, unit: "MW", year: 2020 }];
    expect(judgeValue(mw, 19, 2020, "en").message).toBe("Behind the 2020 path (20 MW) by 1 MW");
  });

  it("an 'at most' figure over its cap is above the cap", () => {
    const cap: MeasureT[] = [{ comparator: "<=", value: 10, unit: "percent", year: 2030 }];
    expect(judgeValue(cap, 12, 2025, "en")).toMatchObject({ kind: "behind", message: "Above the 2030 cap (10%)", issue: null });
    expect(judgeValue(cap, 10, 2025, "en")).toMatchObject({ kind: "ok", message: "OK" });
  });

  it("checkValue: null when OK, else the verdict's message", () => {
    expect(checkValue(measures("C1.1"), 52.5, 2025, "en")).toBeNull();
    expect(checkValue(measures("C1.1"), 40, 2025, "en")).toBe("Behind the 2025 path (52.5%) by 12.5 points");
    expect(checkValue(measures("C1.1"), -1, 2025, "en")).toBe("Negative value not allowed");
  });
});

describe("a disbursed amount against the row's planned budget", () => {
  it("warns only above 10× a positive planned budget", () => {
    expect(judgeDisbursed(10, 1, "en")).toBeNull();
    expect(judgeDisbursed(10.01, 1, "en")).toBe(
      "Disbursed 10.01 billion VND, over 10 times the row's planned budget (1 billion VND): check the unit (billion VND)",
    );
    expect(judgeDisbursed(5337.8, 533.78, "en")).toBeNull(); // 533,78 × 10 exactly, despite binary floating point
    expect(judgeDisbursed(100, 0, "en")).toBeNull();
    expect(judgeDisbursed(100, "5", "en")).toBeNull();
    expect(judgeDisbursed(100, null, "en")).toBeNull();
  });
});

describe("the path on cases the decision does not print", () => {
  it("an entry without milestones has no path and no status", () => {
    expect(judgePath([], 5, 2025)).toBeNull();
    expect(pathStatusOf([], null, 2025)).toBe("no_target");
    expect(pathStatusOf(measures("C1.1"), "đã làm", 2025)).toBe("no_target");
  });

  it("milestones of one figure printed out of year order still run 2020 → 2030", () => {
    const ms = [pct(60, 2030, "s"), pct(10, 2020, "s")];
    expect(judgePath(ms, 35, 2025)).toMatchObject({ status: "on_track", expected: 35, lower: 32.5, upper: 37.5, dueYear: 2030 });
  });

  it("an unlabelled figure runs through the unlabelled milestones only", () => {
    // 2020: a labelled 90% printed first, the figure's own 10%; 2030: 50%. At the end of 2025: 10 + 40 × 5/10 = 30.
    const ms = [pct(90, 2020, "other"), pct(10, 2020), pct(50, 2030)];
    expect(judgePath(ms, 30, 2025)).toMatchObject({ status: "on_track", expected: 30, lower: 28, upper: 32 });
  });

  it("an action's own period is read with or without spaces, and only with two full years", () => {
    expect(pathStartYear(undefined)).toBe(2017);
    expect(pathStartYear(actionWithTarget("Giai đoạn2018-2020: 5%"))).toBe(2018);
    expect(pathStartYear(actionWithTarget("Giai đoạn 2021 – 2030: 11 MW"))).toBe(2021);
    expect(pathStartYear(actionWithTarget("Giai đoạn 2018-20: 5%"))).toBe(2017);
    expect(pathStartYear(actionWithTarget("Giai đoạn 2011-2015"))).toBe(2017); // never before the plan
    expect(pathStartYear(actionWithTarget("Đến năm 2030: 80%"))).toBe(2017);
  });
});

describe("milestones: which figures are due when", () => {
  it("a GHG goal is one 'at least' percentage of its year", () => {
    expect(measures("GHG.2030")).toEqual([{ comparator: ">=", value: 19, unit: "percent", year: 2030, subject: "GHG reduction vs BAU" }]);
    expect(measures("NV1.1")).toEqual([]);
  });

  it("no milestone: nothing due", () => {
    expect(milestonesFor([])).toBeUndefined();
    expect(milestonesFor([], 2025)).toBeUndefined();
  });

  it("picks the year due from milestones in any printed order", () => {
    const ms = [pct(80, 2030), pct(25, 2020), pct(50, 2025)];
    expect(milestonesFor(ms)?.year).toBe(2030);
    expect(milestonesFor(ms, 2019)?.year).toBe(2020);
    expect(milestonesFor(ms, 2021)?.year).toBe(2025);
    expect(milestonesFor(ms, 2025)).toEqual({ year: 2025, measures: [pct(50, 2025)] });
    expect(milestonesFor(ms, 2031)?.year).toBe(2030);
    expect(milestoneSummary(ms, "en")).toBe("2020: 25%; 2025: 50%; 2030: 80%");
  });

  it("a target of 0 is reached by any non-negative value", () => {
    expect(progressRatio(pct(0, 2030), 5)).toBe(1);
    expect(progressRatio(pct(0, 2030), 0)).toBe(1);
    expect(progressRatio(pct(0, 2030), -1)).toBe(0);
    expect(progressRatio(pct(80, 2030), 40)).toBe(0.5);
  });
});
