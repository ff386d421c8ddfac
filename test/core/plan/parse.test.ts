import { parseBudgetMillionVnd, parseTimeframe, parseVietnameseNumber, readFundingCells } from "../../../src/core/plan/parse";

describe("parseVietnameseNumber", () => {
  it.each([
    ["38,51", 38.51],
    ["6.481", 6481],
    ["1.000", 1000],
    ["2024", 2024],
    ["0,62", 0.62],
    ["12.345.678,9", 12345678.9],
  ])("%s → %d", (text, value) => expect(parseVietnameseNumber(text)).toBe(value));
  it.each(["", "abc", "1.00", "1,2,3", "12.34.5"])("rejects %p", (text) => expect(parseVietnameseNumber(text)).toBeNull());
});

describe("parseBudgetMillionVnd", () => {
  it.each([
    ["10 tỷ", 10_000],
    ["3,1 tỷ đồng", 3_100],
    ["2.500 tỷ", 2_500_000],
    ["100 triệu", 100],
    ["158,7 tỷ đồng", 158_700],
    ["42,280 tỷ đồng", 42_280],
  ])("%s → %d million", (text, value) => expect(parseBudgetMillionVnd(text)).toBe(value));
  it.each(["", "10", "mười tỷ", "10 đô", "tỷ"])("rejects %p", (text) => expect(parseBudgetMillionVnd(text)).toBeNull());
  it("accepts decomposed Unicode (NFD) as typed on some keyboards", () => {
    expect(parseBudgetMillionVnd("10 tỷ".normalize("NFD"))).toBe(10_000);
  });
});

describe("parseTimeframe", () => {
  it("reads ranges, open ends, yearly and blanks", () => {
    expect(parseTimeframe("2018- 2025")).toMatchObject({ start: 2018, end: 2025, afterEnd: false, yearly: false });
    expect(parseTimeframe("2017-sau 2025")).toMatchObject({ start: 2017, end: 2025, afterEnd: true });
    expect(parseTimeframe("Hàng năm")).toMatchObject({ start: null, end: null, yearly: true });
    expect(parseTimeframe("")).toMatchObject({ start: null, end: null, yearly: false });
  });
  it.each(["2025-2017", "sắp tới", "2017"])("rejects %p", (text) => expect(parseTimeframe(text)).toBeNull());
});

describe("readFundingCells", () => {
  it("marks columns with x or text and keeps named other sources", () => {
    expect(readFundingCells(["x", "", "Cộng đồng"])).toEqual({ local: true, central: false, other: true, otherVi: "Cộng đồng" });
    expect(readFundingCells(["", "x", "x"])).toEqual({ local: false, central: true, other: true, otherVi: null });
    expect(readFundingCells(["", "", ""])).toEqual({ local: false, central: false, other: false, otherVi: null });
  });
});
