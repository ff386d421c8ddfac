import { check } from "../../../src/core/functions/check";
import { codes } from "../../../src/core/functions/codes";
import { parseDateText, parseNumberText, readDate, serialToText, toExcelSerial } from "../../../src/core/functions/coerce";
import { deadline } from "../../../src/core/functions/deadline";
import { progress } from "../../../src/core/functions/progress";
import { status, pathValue } from "../../../src/core/functions/status";
import { target } from "../../../src/core/functions/target";
import { budget, ghg } from "../../../src/core/functions/totals";
import { getCatalog } from "../../../src/core/plan/catalog";

const err = (kind: string) => expect.objectContaining({ ttxError: kind });

describe("coercion", () => {
  it.each([["12,5", 12.5], ["1.234,5", 1234.5], ["12.5", 12.5], ["25%", 25], [" 7 ", 7], ["1.000", 1000]])("%p → %d", (s, n) =>
    expect(parseNumberText(s)).toBe(n),
  );
  it.each(["", "abc", "1,2,3", "12..5"])("rejects %p", (s) => expect(parseNumberText(s)).toBeNull());
  it("reads dates as Excel serials", () => {
    expect(toExcelSerial(2025, 6, 5)).toBe(45813);
    expect(readDate("2025-06-05", "d")).toBe(45813);
    expect(readDate("05/06/2025", "d")).toBe(45813);
    expect(readDate(45813.75, "d")).toBe(45813);
    expect(readDate("31/02/2025", "d")).toEqual(err("VALUE"));
  });
  it.each([
    ["05/6/2025", 45813],
    ["05.06.2025", 45813],
    ["05-06-2025", 45813],
    [" 2025-6-5 ", 45813],
    ["29/02/2024", 45351],
  ])("reads the date text %p day first", (s, serial) => expect(parseDateText(s)).toBe(serial));
  it.each(["29/02/2025", "05/06-2025", "5/6/25", "2025/06/05", "ngày 5/6/2025", "5/6/2025", ""])("refuses %p as a date", (s) => expect(parseDateText(s)).toBeNull());
  it("shows serials as dd/mm/yyyy", () => expect([serialToText(45813), serialToText(2025)]).toEqual(["05/06/2025", "17/07/1905"]));
});

describe("TTX.TARGET", () => {
  it("gives the milestone for a year, the next one between two, the final one by default", () => {
    expect(target("C1.1", 2020)).toBe(25);
    expect(target("C1.1", 2030)).toBe(80);
    expect(target("C1.1", 2024)).toBe(80);
    expect(target("C1.1", 2018)).toBe(25);
    expect(target("C1.1", 2035)).toBe(80);
    expect(target("C1.1")).toBe(80);
    expect(target("GHG.2020")).toBe(7);
    expect(target("SX.7")).toBe(60);
    expect(target("c1.1", "2020")).toBe(25);
  });
  it("gives milestone fields, or any INFO field", () => {
    expect(target("C1.1", 2024, "year")).toBe(2030);
    expect(target("SX.6", 2020, "unit")).toBe("percent");
    expect(target("SX.7", 2020, "comparator")).toBe(">");
    expect(target("C1.1", undefined, "budget")).toBe(22);
  });
  it("errors", () => {
    expect(target("NOPE")).toEqual(err("NOT_AVAILABLE"));
    expect(target("SO_CT")).toEqual(err("NOT_AVAILABLE")); // org units have no milestones
    expect(target("C1.1", "hai nghìn")).toEqual(err("VALUE"));
    expect(target("C1.1", 2020.5)).toEqual(err("VALUE"));
  });
});

describe("TTX.PROGRESS", () => {
  it("is actual / milestone for reach targets, in any unit", () => {
    expect(progress("C1.1", 20, 2020)).toBeCloseTo(0.8);
    expect(progress("C1.1", 40)).toBeCloseTo(0.5);
    expect(progress("D.14", 67.5)).toBeCloseTo(0.5);
    expect(progress("LS.1", 25)).toBeCloseTo(1.25);
    expect(progress("A.1", "5.000")).toBeCloseTo(0.5); // Vietnamese thousands dot in text
    expect(progress("SX.3", "0,75")).toBeCloseTo(0.5); // Vietnamese decimal comma
  });
  it("uses the lower bound of a range target", () => {
    expect(progress("SX.6", [[25, 4]])).toBeCloseTo(0.8); // 25/25 and 4/5 → weakest 0.8
  });
  it("takes one value per figure and returns the weakest; a single value meets the first figure", () => {
    expect(progress("SX.7", [[60], [40]])).toBeCloseTo(0.5);
    expect(progress("SX.7", 30)).toBeCloseTo(0.5);
    expect(progress("SX.7", [[1, 2, 3]])).toEqual(err("VALUE"));
  });
  it("blank actual → empty result; bad input → errors", () => {
    expect(progress("C1.1", null)).toBe("");
    expect(progress("C1.1", "")).toBe("");
    expect(progress("C1.1", "nhiều")).toEqual(err("VALUE"));
    expect(progress("X", 1)).toEqual(err("NOT_AVAILABLE"));
    expect(progress("C1.1", 1, 99)).toEqual(err("VALUE"));
  });
  it("handles at-most targets", () => {
    // No "<=" target in the decision; the rule is tested on the shared function.
    const { progressRatio } = jest.requireActual("../../../src/core/plan/milestones");
    expect(progressRatio({ comparator: "<=", value: 10, unit: "percent", year: 2020 }, 20)).toBe(0.5);
    expect(progressRatio({ comparator: "<=", value: 10, unit: "percent", year: 2020 }, 0)).toBe(1);
  });
});

describe("TTX.CHECK", () => {
  it("OK or the problem in words, vi by default", () => {
    expect(check("C1.1", 30, 2020)).toBe("OK");
    expect(check("C1.1", 20, 2020)).toBe("Thấp hơn mục tiêu 2020 (25%)");
    expect(check("C1.1", 20, 2020, "en")).toBe("Below the 2020 target (25%)");
    expect(check("C1.1", 130)).toBe("Vượt mức hợp lý (tối đa 100%)");
    expect(check("C1.1", -1)).toBe("Giá trị âm không hợp lệ");
    expect(check("D.14", 2000)).toBe("Vượt mức hợp lý (hơn 10 lần mục tiêu 2030)");
    expect(check("A.1", 700000)).toBe("Vượt mức hợp lý (tối đa 670.000 ha)");
    expect(check("SX.7", 60)).toBe("Thấp hơn mục tiêu 2020 (60%)"); // "trên 60%": 60 is not over 60
    expect(check("SX.7", 61)).toBe("OK");
    expect(check("SX.6", 25)).toBe("OK");
  });
  it("blank and text in a number cell are named, not errors", () => {
    expect(check("C1.1", null)).toBe("Chưa nhập số liệu");
    expect(check("C1.1", "abc", undefined, "en")).toBe("Not a number: abc");
    expect(check("C1.1", "25,5", 2020)).toBe("OK");
  });
  it("errors for unknown code and bad language", () => {
    expect(check("ZZ", 1)).toEqual(err("NOT_AVAILABLE"));
    expect(check("C1.1", 1, 2020, "fr")).toEqual(err("VALUE"));
  });
});

describe("TTX.STATUS", () => {
  it("follows the straight-line path from 2017 through the milestones", () => {
    expect(pathValue([{ comparator: ">=", value: 25, unit: "percent", year: 2020 }], toExcelSerial(2017, 1, 1))).toBe(0);
    expect(pathValue([{ comparator: ">=", value: 25, unit: "percent", year: 2020 }], toExcelSerial(2020, 12, 31))).toBe(25);
    const mid = pathValue(getCatalog().ghgActions.find((a) => a.code === "C1.1")!.milestones, toExcelSerial(2025, 12, 31));
    expect(mid).toBeCloseTo(25 + (55 * 5 * 365.25) / (10 * 365.25), 0);
  });
  it("labels", () => {
    expect(status("C1.1", null)).toBe("chưa báo cáo");
    expect(status("C1.1", 85)).toBe("đạt");
    expect(status("C1.1", 50)).toBe("chậm");
    expect(status("C1.1", 60, "2025-12-31")).toBe("đúng tiến độ");
    expect(status("C1.1", 40, "2025-12-31", "en")).toBe("behind");
    expect(status("C1.1", 30, "2020-06-05")).toBe("đạt");
    // Path on 5 June 2019: 25 × (887 / 1460 days) ≈ 15.2.
    expect(status("C1.1", 15.3, toExcelSerial(2019, 6, 5))).toBe("đúng tiến độ");
    expect(status("C1.1", 15.1, toExcelSerial(2019, 6, 5))).toBe("chậm");
  });
  it("errors", () => {
    expect(status("C1.1", "x")).toEqual(err("VALUE"));
    expect(status("C1.1", 1, "hôm qua")).toEqual(err("VALUE"));
  });
});

describe("TTX.BUDGET and TTX.GHG", () => {
  it("reads rows and sums groups", () => {
    expect(budget("C1.1")).toBe(22);
    expect(budget("C")).toBe(150);
    expect(budget("DA11.19")).toBeCloseTo(42.28, 9);
    expect(budget("DA1")).toBe(37);
    expect(budget("NV4")).toBe(1874);
    expect(ghg("A")).toBeCloseTo(125.87, 9);
    expect(ghg("C")).toBe(119);
    expect(ghg("NV3")).toBeCloseTo(125.87 + 10581.8 + 119, 6);
    expect(ghg("all")).toBeCloseTo(11189.67, 6);
  });
  it("no figure → #N/A; unknown → #N/A", () => {
    expect(budget("SO_CT")).toEqual(err("NOT_AVAILABLE"));
    expect(ghg("DA1.1")).toEqual(err("NOT_AVAILABLE"));
    expect(ghg("nope")).toEqual(err("NOT_AVAILABLE"));
  });
});

describe("TTX.CODES", () => {
  it("lists code and name, by group", () => {
    expect(codes("C1")).toEqual([
      ["C1.1", "Sản xuất gạch không nung"],
      ["C1.2", "Cải thiện hiệu suất động cơ điện hiện có, lắp đặt động cơ mới hiệu suất cao có biến tần"],
      ["C1.3", expect.stringContaining("Quản lý nội vi doanh nghiệp")],
    ]);
    expect((codes("c") as string[][]).map((r) => r[0])).toEqual(["C1.1", "C1.2", "C1.3", "C2.4", "C2.5", "C3.6", "C3.7", "C4.8", "C4.9", "C4.10", "C5.11"]);
    expect(codes("1.4")).toHaveLength(4);
    expect(codes("DA11")).toHaveLength(20);
    expect(codes("SX")).toHaveLength(15);
    expect(codes()).toHaveLength(203);
    expect(codes("NV1")).toEqual([["NV1.1", expect.stringContaining("Nâng cao năng lực")], ["NV1.2", expect.any(String)], ["NV1.3", expect.any(String)], ["NV1.4", expect.any(String)], ...codes("DA7") as string[][], ...codes("DA9") as string[][]]);
  });
  it("unknown group → #VALUE! listing groups; results are copies", () => {
    expect(codes("XYZ")).toEqual(err("VALUE"));
    (codes("C1") as string[][])[0]![0] = "mutated";
    expect((codes("C1") as string[][])[0]![0]).toBe("C1.1");
  });
});

describe("TTX.DEADLINE", () => {
  it("6-month report by 5 June, annual by 5 December", () => {
    expect(deadline("H1", 2025)).toBe(toExcelSerial(2025, 6, 5));
    expect(deadline("6 tháng", 2025)).toBe(toExcelSerial(2025, 6, 5));
    expect(deadline("Cả năm", 2025)).toBe(toExcelSerial(2025, 12, 5));
    expect(deadline(12, 2026)).toBe(toExcelSerial(2026, 12, 5));
    expect(deadline("2025-H1")).toBe(toExcelSerial(2025, 6, 5));
    expect(deadline("2025-annual")).toBe(toExcelSerial(2025, 12, 5));
  });
  it("errors", () => {
    expect(deadline("quý 3", 2025)).toEqual(err("VALUE"));
    expect(deadline("H1")).toEqual(err("VALUE"));
    expect(deadline("H1", "năm nay")).toEqual(err("VALUE"));
  });
});
