/**
 * The decision's printed numbers, budgets and timeframes (plan/parse.ts), value by value at the edges of each rule:
 * - numbers: "." groups thousands only after a first group of 1–3 digits not starting with 0, in groups of exactly
 *   three; "," is the decimal mark, once; a minus in front; every kind of space inside is dropped (a no-break space
 *   from a copied table too);
 * - budgets: "tỷ" is 1.000 million VND, "triệu" 1 million; the figure is rounded to the đồng (1e-6 million), so
 *   1,005 tỷ is 1.005 million and not 1.004,9999999999999; no sign, no text around;
 * - timeframes: a hyphen between two four-digit years, "sau" + a space for "beyond", "Hàng năm" in any case.
 * Budgets and timeframes quoted are the decision's own (Phụ lục II: "2.500 tỷ … 2017-sau 2025", "30 tỷ",
 * "3,1 tỷ đồng … 2017-2025", "100 triệu … Hàng năm", "158,7 tỷ đồng … 2018- 2025").
 */
import { parseBudgetMillionVnd, parseTimeframe, parseVietnameseNumber, readFundingCells } from "../../../src/core/plan/parse";

describe("Vietnamese numbers: thousands groups and the decimal comma", () => {
  test("reads groups of three after a first group of one to three digits", () => {
    expect(parseVietnameseNumber("1.000.000")).toBe(1_000_000);
    expect(parseVietnameseNumber("999.999")).toBe(999_999);
    expect(parseVietnameseNumber("10.581,8")).toBe(10_581.8);
    expect(parseVietnameseNumber("1.000,000")).toBe(1000);
  });

  test("reads a minus in front, with or without thousands", () => {
    expect(parseVietnameseNumber("-1.000")).toBe(-1000);
    expect(parseVietnameseNumber("-38,51")).toBe(-38.51);
    expect(parseVietnameseNumber("-0,5")).toBe(-0.5);
  });

  test("reads plain digits, leading zeros included, and a decimal part of any length", () => {
    expect(parseVietnameseNumber("999")).toBe(999);
    expect(parseVietnameseNumber("1000")).toBe(1000);
    expect(parseVietnameseNumber("007")).toBe(7);
    expect(parseVietnameseNumber("0,125")).toBe(0.125);
    expect(parseVietnameseNumber("42,280")).toBe(42.28);
  });

  test("a dot after a lone 0, after four digits or before a group that is not three digits is no thousands mark", () => {
    expect(parseVietnameseNumber("0.125")).toBeNull();
    expect(parseVietnameseNumber("01.000")).toBeNull();
    expect(parseVietnameseNumber("1234.567")).toBeNull();
    expect(parseVietnameseNumber("1.2345")).toBeNull();
    expect(parseVietnameseNumber("1.000.00")).toBeNull();
    expect(parseVietnameseNumber("1..000")).toBeNull();
    expect(parseVietnameseNumber("1.000.")).toBeNull();
  });

  test("a comma is read once, with digits on both sides, and never before a dot", () => {
    expect(parseVietnameseNumber("1,5.000")).toBeNull();
    expect(parseVietnameseNumber("1.000,")).toBeNull();
    expect(parseVietnameseNumber(",5")).toBeNull();
    expect(parseVietnameseNumber("1,000,5")).toBeNull();
  });

  test("signs other than a leading minus, a lone sign or dot, and the English notation are not numbers", () => {
    expect(parseVietnameseNumber("+5")).toBeNull();
    expect(parseVietnameseNumber("5-")).toBeNull();
    expect(parseVietnameseNumber("-")).toBeNull();
    expect(parseVietnameseNumber(".")).toBeNull();
    expect(parseVietnameseNumber("1,000.5")).toBeNull();
  });

  test("drops every kind of space anywhere: tabs, line breaks, no-break spaces", () => {
    expect(parseVietnameseNumber("1\u00a0000")).toBe(1000);
    expect(parseVietnameseNumber("\t38,51\n")).toBe(38.51);
    expect(parseVietnameseNumber("1 . 234 , 5")).toBe(1234.5);
    expect(parseVietnameseNumber("- 5")).toBe(-5);
    expect(parseVietnameseNumber(" \u00a0\t")).toBeNull();
  });
});

describe("budgets in million VND", () => {
  test("the decision's budgets: tỷ is a thousand million, triệu one million", () => {
    expect(parseBudgetMillionVnd("30 tỷ")).toBe(30_000);
    expect(parseBudgetMillionVnd("1 tỷ")).toBe(1000);
    expect(parseBudgetMillionVnd("1 triệu")).toBe(1);
    expect(parseBudgetMillionVnd("2.500 tỷ")).toBe(2_500_000);
    expect(parseBudgetMillionVnd("1.500 triệu")).toBe(1500);
    expect(parseBudgetMillionVnd("0,5 triệu đồng")).toBe(0.5);
  });

  test("rounds to the đồng: binary noise goes, a part of a đồng rounds half up", () => {
    // 1.005 × 1000 is 1004.9999999999999 in binary.
    expect(parseBudgetMillionVnd("1,005 tỷ")).toBe(1005);
    expect(parseBudgetMillionVnd("0,0000004 triệu")).toBe(0);
    expect(parseBudgetMillionVnd("0,0000005 triệu")).toBe(0.000001);
    expect(parseBudgetMillionVnd("0,0000016 triệu")).toBe(0.000002);
  });

  test("accepts decomposed Unicode for triệu and đồng too", () => {
    expect(parseBudgetMillionVnd("100 triệu đồng".normalize("NFD"))).toBe(100);
    expect(parseBudgetMillionVnd("3,1 tỷ đồng".normalize("NFD"))).toBe(3100);
  });

  test("a zero budget is 0, not unreadable", () => {
    expect(parseBudgetMillionVnd("0 tỷ")).toBe(0);
  });

  test("refuses a sign, đồng without a space or twice, a unit alone or another unit", () => {
    expect(parseBudgetMillionVnd("-10 tỷ")).toBeNull();
    expect(parseBudgetMillionVnd("10 tỷđồng")).toBeNull();
    expect(parseBudgetMillionVnd("10 tỷ đồng đồng")).toBeNull();
    expect(parseBudgetMillionVnd("10 đồng")).toBeNull();
    expect(parseBudgetMillionVnd("triệu")).toBeNull();
    expect(parseBudgetMillionVnd("10 nghìn")).toBeNull();
    expect(parseBudgetMillionVnd("10 tỷ USD")).toBeNull();
  });

  test("a figure the number reader refuses is no budget, not 0", () => {
    expect(parseBudgetMillionVnd("0.125 tỷ")).toBeNull();
    expect(parseBudgetMillionVnd(", triệu")).toBeNull();
    expect(parseBudgetMillionVnd("1.2345 triệu")).toBeNull();
  });
});

describe("timeframes", () => {
  test("the decision's timeframes, with the text kept as printed", () => {
    expect(parseTimeframe("2017-2025")).toEqual({ text: "2017-2025", start: 2017, end: 2025, yearly: false, afterEnd: false });
    expect(parseTimeframe("2018- 2025")).toEqual({ text: "2018- 2025", start: 2018, end: 2025, yearly: false, afterEnd: false });
    expect(parseTimeframe("2017-sau 2025")).toEqual({ text: "2017-sau 2025", start: 2017, end: 2025, yearly: false, afterEnd: true });
  });

  test("'Hàng năm' in any case and in decomposed Unicode is every year; the text is kept as given", () => {
    const nfd = "Hàng năm".normalize("NFD");
    expect(parseTimeframe(nfd)).toEqual({ text: nfd, start: null, end: null, yearly: true, afterEnd: false });
    expect(parseTimeframe("HÀNG NĂM")).toEqual({ text: "HÀNG NĂM", start: null, end: null, yearly: true, afterEnd: false });
    expect(parseTimeframe(" hàng năm\t")).toEqual({ text: " hàng năm\t", start: null, end: null, yearly: true, afterEnd: false });
  });

  test("spaces of any kind around the dash and after 'sau'", () => {
    expect(parseTimeframe("2017 -\t2020")).toEqual({ text: "2017 -\t2020", start: 2017, end: 2020, yearly: false, afterEnd: false });
    expect(parseTimeframe("2017 - sau\u00a02025")).toMatchObject({ start: 2017, end: 2025, afterEnd: true });
  });

  test("the end year may equal the start, never come before it", () => {
    expect(parseTimeframe("2020-2020")).toMatchObject({ start: 2020, end: 2020 });
    expect(parseTimeframe("2020-2021")).toMatchObject({ start: 2020, end: 2021 });
    expect(parseTimeframe("2020-2019")).toBeNull();
    expect(parseTimeframe("2020-sau 2019")).toBeNull();
  });

  test("refuses 'sau' without a space, another dash, short years or a single year", () => {
    expect(parseTimeframe("2017-sau2025")).toBeNull();
    expect(parseTimeframe("2017–2020")).toBeNull();
    expect(parseTimeframe("2017-20")).toBeNull();
    expect(parseTimeframe("17-2020")).toBeNull();
    expect(parseTimeframe("2017-20205")).toBeNull();
    expect(parseTimeframe("Hàng")).toBeNull();
  });
});

describe("funding cells", () => {
  test("an x in any case marks a column; other text in the third names the source, trimmed", () => {
    expect(readFundingCells([" x ", "X", " X "])).toEqual({ local: true, central: true, other: true, otherVi: null });
    expect(readFundingCells(["", " ", "  Vốn ODA "])).toEqual({ local: false, central: false, other: true, otherVi: "Vốn ODA" });
    expect(readFundingCells(["Ngân sách tỉnh", "", " "])).toEqual({ local: true, central: false, other: false, otherVi: null });
  });
});
