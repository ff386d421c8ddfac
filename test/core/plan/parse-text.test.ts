/**
 * Readers of the decision's printed text (plan/parse.ts), at the edges test/core/plan/parse.test.ts leaves open:
 * - numbers: spaces inside are dropped ("2 500"), a decimal part of several digits after thousands ("1.234,56"),
 *   nothing before or after the number;
 * - budgets: the unit written with or without a space, "đồng" after any spaces, trailing spaces, nothing around,
 *   and a number the number reader refuses ("1,2,3 tỷ") is no budget (not 0);
 * - timeframes: surrounding spaces, spaces around the dash, "sau" followed by several spaces, a one-year range
 *   ("2017-2017"), "Hàng năm" alone only, and the whole result (yearly / afterEnd flags) for each.
 */
import { parseBudgetMillionVnd, parseTimeframe, parseVietnameseNumber } from "../../../src/core/plan/parse";

describe("Vietnamese numbers", () => {
  it("drops spaces inside, and reads several decimals after thousands", () => {
    expect(parseVietnameseNumber("2 500")).toBe(2500);
    expect(parseVietnameseNumber(" 6. 481 ")).toBe(6481);
    expect(parseVietnameseNumber("1.234,56")).toBe(1234.56);
  });

  it("refuses anything before or after the number", () => {
    expect(parseVietnameseNumber("x1.000")).toBeNull();
    expect(parseVietnameseNumber("1.000x")).toBeNull();
    expect(parseVietnameseNumber("~1.000,5")).toBeNull();
  });
});

describe("budgets in million VND", () => {
  it("reads the unit with or without a space, 'đồng' after any spaces, trailing spaces", () => {
    expect(parseBudgetMillionVnd("10tỷ")).toBe(10_000);
    expect(parseBudgetMillionVnd("10 tỷ  đồng")).toBe(10_000);
    expect(parseBudgetMillionVnd("10 tỷ ")).toBe(10_000);
    expect(parseBudgetMillionVnd("  100 triệu đồng  ")).toBe(100);
  });

  it("refuses text before or after, and a number the number reader refuses", () => {
    expect(parseBudgetMillionVnd("khoảng 10 tỷ")).toBeNull();
    expect(parseBudgetMillionVnd("10 tỷ/năm")).toBeNull();
    expect(parseBudgetMillionVnd("1,2,3 tỷ")).toBeNull();
    expect(parseBudgetMillionVnd("1.00 tỷ")).toBeNull();
  });
});

describe("timeframes", () => {
  it("reads a range with spaces around it and around the dash", () => {
    expect(parseTimeframe(" 2018 - 2025 ")).toEqual({ text: " 2018 - 2025 ", start: 2018, end: 2025, yearly: false, afterEnd: false });
    expect(parseTimeframe("2017-2017")).toEqual({ text: "2017-2017", start: 2017, end: 2017, yearly: false, afterEnd: false });
  });

  it("reads 'sau' followed by several spaces as running beyond the end year", () => {
    expect(parseTimeframe("2017-sau  2025")).toEqual({ text: "2017-sau  2025", start: 2017, end: 2025, yearly: false, afterEnd: true });
  });

  it("blank and 'Hàng năm' as whole results", () => {
    expect(parseTimeframe("")).toEqual({ text: "", start: null, end: null, yearly: false, afterEnd: false });
    expect(parseTimeframe("   ")).toEqual({ text: "   ", start: null, end: null, yearly: false, afterEnd: false });
    expect(parseTimeframe("Hàng năm")).toEqual({ text: "Hàng năm", start: null, end: null, yearly: true, afterEnd: false });
  });

  it("refuses anything around 'Hàng năm' or a range", () => {
    expect(parseTimeframe("Hàng năm từ 2018")).toBeNull();
    expect(parseTimeframe("từ 2018 hàng năm")).toBeNull();
    expect(parseTimeframe("2017-2020 (dự kiến)")).toBeNull();
    expect(parseTimeframe("khoảng 2017-2020")).toBeNull();
  });
});
