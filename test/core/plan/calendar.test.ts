/**
 * The reporting calendar (plan/calendar.ts), pinned against Điều 1, IV.11 of Decision 337/QĐ-UBND: the six-month
 * report is due by 5 June and the annual report by 5 December, every year. Pinned here:
 * - how a typed period is read: the year in front ("2025-H1", "2025 cả năm"), the Vietnamese words, and what is NOT a
 *   period (text before the year, a five-digit year, a second line);
 * - the years a full period may carry: 2017 (the plan's first year) to 2100, bounds included;
 * - the due dates, the period id, and the exact error for a kind the calendar has no rule for.
 * Expected values are the decision's dates written by hand.
 */
import { dueDate, dueIso, parsePeriod, parseReportPeriod, periodId } from "../../../src/core/plan/calendar";

describe("reading a typed period", () => {
  it("reads the year in front, with any of the separators - – / or a space, and spaces around them", () => {
    expect(parsePeriod("2025-H1")).toEqual({ kind: "H1", year: 2025 });
    expect(parsePeriod("2025 – 6 tháng")).toEqual({ kind: "H1", year: 2025 });
    expect(parsePeriod("2025/annual")).toEqual({ kind: "annual", year: 2025 });
    expect(parsePeriod("2025 cả năm")).toEqual({ kind: "annual", year: 2025 });
    expect(parsePeriod("  2024 - H1  ")).toEqual({ kind: "H1", year: 2024 });
    expect(parsePeriod("2026 -annual")).toEqual({ kind: "annual", year: 2026 });
  });

  it("reads the period words alone, with no year", () => {
    expect(parsePeriod("H1")).toEqual({ kind: "H1" });
    expect(parsePeriod("6 tháng")).toEqual({ kind: "H1" });
    expect(parsePeriod("Sáu tháng")).toEqual({ kind: "H1" });
    expect(parsePeriod("cả năm")).toEqual({ kind: "annual" });
    expect(parsePeriod("Năm")).toEqual({ kind: "annual" });
    expect(parsePeriod("12 tháng")).toEqual({ kind: "annual" });
  });

  it("reads the short and English forms of each period", () => {
    for (const h1 of ["6T", "6", "6 months", "Half-year", "half year"]) expect(parsePeriod(h1)).toEqual({ kind: "H1" });
    for (const annual of ["12", "Year", "N", "2025-n"]) expect(parsePeriod(annual)).toMatchObject({ kind: "annual" });
    expect(parsePeriod("2025-6")).toEqual({ kind: "H1", year: 2025 });
    expect(parsePeriod("2025 12")).toEqual({ kind: "annual", year: 2025 });
  });

  it("is not fooled by text before the year, a fifth digit or a second line", () => {
    expect(parsePeriod("FY2025-H1")).toBeNull();
    expect(parsePeriod("20251-H1")).toBeNull(); // a typo is not the year 2025
    expect(parsePeriod("2025x-H1")).toBeNull();
    expect(parsePeriod("2025-H1\nghi chú")).toBeNull();
    expect(parsePeriod("quý 3")).toBeNull();
    expect(parsePeriod("")).toBeNull();
  });
});

describe("a full period: a kind and a year from 2017 to 2100", () => {
  it("keeps the plan's first year and 2100, refuses the years either side", () => {
    expect(parseReportPeriod("2016-H1")).toBeNull();
    expect(parseReportPeriod("2017-H1")).toEqual({ kind: "H1", year: 2017 });
    expect(parseReportPeriod("2100-annual")).toEqual({ kind: "annual", year: 2100 });
    expect(parseReportPeriod("2101-annual")).toBeNull();
  });

  it("needs the year and a known kind", () => {
    expect(parseReportPeriod("H1")).toBeNull();
    expect(parseReportPeriod("2025-Q3")).toBeNull();
    expect(parseReportPeriod("not a period")).toBeNull();
  });
});

describe("due dates (Điều 1, IV.11: before 5 June and 5 December every year)", () => {
  it("gives 5 June for the six-month report and 5 December for the annual one", () => {
    expect(dueDate({ year: 2025, kind: "H1" })).toEqual({ year: 2025, month: 6, day: 5 });
    expect(dueDate({ year: 2019, kind: "annual" })).toEqual({ year: 2019, month: 12, day: 5 });
    expect(dueIso({ year: 2025, kind: "H1" })).toBe("2025-06-05");
    expect(dueIso({ year: 2025, kind: "annual" })).toBe("2025-12-05");
  });

  it("writes the period id as year-kind", () => {
    expect(periodId({ year: 2025, kind: "H1" })).toBe("2025-H1");
    expect(periodId({ year: 2030, kind: "annual" })).toBe("2030-annual");
  });

  it("refuses a kind the calendar has no rule for, naming it", () => {
    expect(() => dueDate({ year: 2025, kind: "Q3" as never })).toThrow(new Error("no reporting rule for Q3"));
  });
});
