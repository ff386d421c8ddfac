/**
 * How a figure is written with its unit (plan/milestones.ts), value for value, in both languages: a measure, a
 * range, a point of the path, a difference; the English singular where the number shown is one.
 */
import { formatDifference, formatMeasure, formatQuantity, milestoneSummary } from "../../../src/core/plan/milestones";
import type { MeasureT, UnitT } from "../../../src/core/plan/schema";

const measure = (value: number, unit: UnitT, max?: number): MeasureT => ({
  comparator: ">=",
  value,
  ...(max === undefined ? {} : { max }),
  unit,
  year: 2020,
  subject: "s",
});

describe("formatMeasure", () => {
  it("writes each unit in each language, percent without a space", () => {
    const units: UnitT[] = ["percent", "ha", "MW", "communes", "times_baseline"];
    expect(units.map((u) => formatMeasure(measure(10000, u), "vi"))).toEqual([
      "10.000%",
      "10.000 ha",
      "10.000 MW",
      "10.000 xã",
      "10.000 lần so với hiện nay",
    ]);
    expect(units.map((u) => formatMeasure(measure(1.5, u), "en"))).toEqual(["1.5%", "1.5 ha", "1.5 MW", "1.5 communes", "1.5 × baseline"]);
  });

  it("writes a range with an en dash, plural in English even from one", () => {
    expect(formatMeasure(measure(5, "percent", 8), "vi")).toBe("5–8%");
    expect(formatMeasure(measure(1, "communes", 2), "en")).toBe("1–2 communes");
    expect(formatMeasure(measure(1.25, "ha", 2.5), "vi")).toBe("1,25–2,5 ha");
  });

  it("writes one commune in the singular in English only", () => {
    expect(formatMeasure(measure(1, "communes"), "en")).toBe("1 commune");
    expect(formatMeasure(measure(1, "communes"), "vi")).toBe("1 xã");
    expect(formatMeasure(measure(1, "ha"), "en")).toBe("1 ha");
    expect(formatMeasure(measure(1, "percent"), "en")).toBe("1%");
  });
});

describe("formatQuantity", () => {
  it("decides the singular on the number as shown (two decimals)", () => {
    expect([1, 1.001, 1.006, 0.999, 2, 0].map((n) => formatQuantity(n, "communes", "en"))).toEqual([
      "1 commune",
      "1 commune",
      "1.01 communes",
      "1 commune",
      "2 communes",
      "0 communes",
    ]);
    expect(formatQuantity(52.5, "percent", "vi")).toBe("52,5%");
    expect(formatQuantity(67.5, "MW", "en")).toBe("67.5 MW");
  });
});

describe("formatDifference", () => {
  it("writes percentages in points and other units in their own, singular at one in English", () => {
    expect(formatDifference(12.5, "percent", "vi")).toBe("12,5 điểm %");
    expect(formatDifference(12.5, "percent", "en")).toBe("12.5 points");
    expect(formatDifference(1, "percent", "en")).toBe("1 point");
    expect(formatDifference(1, "percent", "vi")).toBe("1 điểm %");
    expect(formatDifference(1, "communes", "en")).toBe("1 commune");
    expect(formatDifference(3, "communes", "en")).toBe("3 communes");
    expect(formatDifference(0.5, "times_baseline", "vi")).toBe("0,5 lần");
    expect(formatDifference(1, "times_baseline", "en")).toBe("1 × baseline");
    expect(formatDifference(1, "ha", "en")).toBe("1 ha");
  });
});

describe("milestoneSummary", () => {
  it("lists every milestone year by year, ranges and several figures of a year together", () => {
    const ms = [measure(25, "percent"), { ...measure(80, "percent"), year: 2030 }, measure(1, "communes")];
    expect(milestoneSummary(ms, "vi")).toBe("2020: 25%, 1 xã; 2030: 80%");
    expect(milestoneSummary(ms, "en")).toBe("2020: 25%, 1 commune; 2030: 80%");
  });
});
