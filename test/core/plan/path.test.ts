/**
 * The plan's path (plan/path.ts): baseline, straight lines through the milestones of one figure, the point a report
 * year is judged at, and the half-year band that counts as on track, with values at the boundaries.
 */
import { lookup } from "../../../src/core/plan/catalog";
import { measuresOf } from "../../../src/core/plan/milestones";
import {
  ON_TRACK_YEARS,
  PLAN_START_YEAR,
  countPathStatuses,
  dayPoint,
  judgePath,
  pathStartYear,
  pathStatusOf,
  pathValueAt,
} from "../../../src/core/plan/path";
import type { MeasureT } from "../../../src/core/plan/schema";

const of = (code: string) => {
  const entry = lookup(code)!;
  return { measures: measuresOf(entry), start: pathStartYear(entry) };
};
const judge = (code: string, value: number, at?: number) => {
  const { measures, start } = of(code);
  return judgePath(measures, value, at, start);
};
const at = (code: string, time: number) => {
  const { measures, start } = of(code);
  const figure = judgePath(measures, 0, Math.ceil(time), start)!.figure;
  return pathValueAt(measures, figure, time, start);
};

describe("the path's start", () => {
  it("is 1 January 2017 (the decision's first phase) unless an action names its own period", () => {
    expect(PLAN_START_YEAR).toBe(2017);
    expect(ON_TRACK_YEARS).toBe(0.5);
    expect(["A.1", "B.1", "C1.1", "SX.1", "LS.6", "GHG.2030"].map((c) => pathStartYear(lookup(c)))).toEqual([
      2017, 2017, 2017, 2017, 2017, 2017,
    ]);
    // "Dự kiến công suất đạt … MW vào năm 2030 (giai đoạn 2021-2030)"; "Giai đoạn 2018-2020: …".
    expect(["D.12", "D.13", "D.14", "D.15"].map((c) => pathStartYear(lookup(c)))).toEqual([2021, 2021, 2021, 2021]);
    expect(["C2.5", "C3.6", "C3.7"].map((c) => pathStartYear(lookup(c)))).toEqual([2018, 2018, 2018]);
  });

  it("starts at 0, or at 1 for a figure in times today's level (gấp 1,5 lần hiện nay)", () => {
    expect(at("C1.1", 2016)).toBe(0);
    expect(at("D.14", 2020)).toBe(0); // nothing before its period
    expect(at("D.14", 2018)).toBe(0);
    expect(at("SX.15", 2016)).toBe(1);
    expect(at("SX.15", 2018)).toBe(1.25); // 1 → 1.5 over 2017–2020
    expect(at("SX.15", 2020)).toBe(1.5);
  });
});

describe("the path's points", () => {
  it("runs straight through each milestone of the same figure, reached on 31 December", () => {
    expect(at("C1.1", 2020)).toBe(25);
    expect(at("C1.1", 2018)).toBe(12.5); // 0 at the start of 2017 → 25 at the end of 2020
    expect(at("C1.1", 2025)).toBe(52.5);
    expect(at("C1.1", 2030)).toBe(80);
    expect(at("C1.1", 2031)).toBe(80); // the target stays in force
    expect(at("A.1", 2025)).toBeCloseTo((10000 * 9) / 14, 6);
    expect(at("D.14", 2025)).toBe(67.5);
    expect(at("GHG.2030", 2030)).toBe(19);
    // Targets of 2020 only: after 2020 the path is flat at the target.
    expect(at("LS.6", 2025)).toBe(53);
  });

  it("follows the figure's subject: C3.6's 2025 figure is the A95 biofuel share (10% in 2020, 60% in 2030), not E5", () => {
    const j = judge("C3.6", 35, 2025)!;
    expect(j.figure.subject).toBe("biofuel share of A95");
    expect([j.expected, j.lower, j.upper, j.status]).toEqual([35, 32.5, 37.5, "on_track"]);
    // 2020: the first figure is E5 at 100%, from 0 at the start of 2018.
    expect(judge("C3.6", 100, 2020)!.figure.subject).toBe("vehicles on E5 (A92)");
    expect(at("C3.6", 2017)).toBe(0);
    expect(at("C3.6", 2019)).toBeCloseTo(200 / 3, 6);
  });

  it("reads a day as the end of that day", () => {
    expect(dayPoint(2025, 12, 31)).toBe(2025);
    expect(dayPoint(2025, 6, 30)).toBeCloseTo(2024 + 181 / 365, 12);
    expect(dayPoint(2024, 12, 31)).toBe(2024);
    expect(dayPoint(2024, 1, 1)).toBeCloseTo(2023 + 1 / 366, 12);
  });
});

describe("milestones the decision does not have (the path's rule for them)", () => {
  const pct = (year: number, value: number): MeasureT => ({ comparator: ">=", value, unit: "percent", year });

  it("one at or before the path's start is left out: the path leaves 0 at its start", () => {
    const measures = [pct(2020, 40), pct(2030, 80)];
    // Starting 2021 (an action's own period), 2020's 40% is before the start: 0 at the end of 2020, 80 in 2030.
    expect(pathValueAt(measures, measures[1]!, 2020, 2021)).toBe(0);
    expect(pathValueAt(measures, measures[1]!, 2025, 2021)).toBe(40);
    expect(pathValueAt(measures, measures[1]!, 2030, 2021)).toBe(80);
    // From the plan's start, 2020's milestone counts: 40 at the end of 2020, halfway to 80 in 2025.
    expect(pathValueAt(measures, measures[1]!, 2020)).toBe(40);
    expect(pathValueAt(measures, measures[1]!, 2025)).toBe(60);
  });

  it("of two in one year the first counts", () => {
    const measures = [pct(2020, 40), pct(2020, 60)];
    expect(pathValueAt(measures, measures[0]!, 2020)).toBe(40);
    expect(pathValueAt(measures, measures[0]!, 2018)).toBe(20);
  });
});

describe("judged at the report year's point, within half a year", () => {
  it("on track between the path half a year before and after, bounds included", () => {
    expect(judge("C1.1", 49.75, 2025)).toMatchObject({
      status: "on_track",
      expected: 52.5,
      lower: 49.75,
      upper: 55.25,
      gap: 0,
      dueYear: 2030,
    });
    expect(judge("C1.1", 49.749, 2025)).toMatchObject({ status: "behind", gap: 2.751 });
    expect(judge("C1.1", 55.25, 2025)).toMatchObject({ status: "on_track" });
    expect(judge("C1.1", 55.251, 2025)).toMatchObject({ status: "ahead", gap: 2.751 });
  });

  it("a milestone's own year and later: the milestone as worded must be met", () => {
    expect(judge("C1.1", 25, 2020)).toMatchObject({ status: "on_track", dueYear: 2020 });
    expect(judge("C1.1", 24.99, 2020)).toMatchObject({ status: "behind", gap: 0.01 });
    expect(judge("C1.1", 27.75, 2020)).toMatchObject({ status: "on_track", upper: 27.75 });
    expect(judge("C1.1", 27.76, 2020)).toMatchObject({ status: "ahead" });
    // "Trên 60%": 60 is not over 60, even in 2025.
    expect(judge("SX.7", 60, 2025)).toMatchObject({ status: "behind", gap: 0 });
    expect(judge("SX.7", 60.01, 2025)).toMatchObject({ status: "ahead" });
    // No year: the final milestone.
    expect(judge("C1.1", 79.99)).toMatchObject({ status: "behind", at: 2030, expected: 80 });
    expect(judge("C1.1", 80)).toMatchObject({ status: "on_track" });
  });

  it("an 'at most' figure has no path: within the cap is on track", () => {
    const cap: MeasureT[] = [{ comparator: "<=", value: 10, unit: "percent", year: 2030 }];
    expect(judgePath(cap, 10, 2025)).toMatchObject({ status: "on_track", expected: 10 });
    expect(judgePath(cap, 10.5, 2025)).toMatchObject({ status: "behind", gap: 0.5 });
  });

  it("statuses per entry, and counted", () => {
    const c11 = of("C1.1").measures;
    expect(pathStatusOf(c11, 40, 2025)).toBe("behind");
    expect(pathStatusOf(c11, 52.5, 2025)).toBe("on_track");
    expect(pathStatusOf(c11, 60, 2025)).toBe("ahead");
    expect(pathStatusOf(c11, null, 2025)).toBe("not_reported");
    expect(pathStatusOf(c11, "đã làm", 2025)).toBe("no_target");
    expect(pathStatusOf([], 5, 2025)).toBe("no_target");
    expect(countPathStatuses(["behind", "behind", "ahead", undefined, "no_target"])).toEqual({
      on_track: 0,
      behind: 2,
      ahead: 1,
      no_target: 1,
      not_reported: 0,
    });
  });
});
