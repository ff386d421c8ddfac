/**
 * Numbers and dates as Vietnamese staff type them: the text readers every path shares
 * (coerce.ts, plan/parse.ts), and the TTX functions that take dates.
 */
import { readDate } from "../../../src/core/functions/coerce";
import {
  daySerial,
  fromPercent,
  isDateFormat,
  isPercentFormat,
  parseDateText,
  parseNumberText,
  readDateText,
  serialToDate,
  toExcelSerial,
} from "../../../src/core/cells/values";
import { status } from "../../../src/core/functions/status";
import { parseVietnameseNumber } from "../../../src/core/plan/parse";

const JUNE_5 = toExcelSerial(2025, 6, 5); // 45813
const MAY_6 = toExcelSerial(2025, 5, 6);

describe("numbers typed as text", () => {
  it.each([
    ["0.125", 0.125],
    ["-0.125", -0.125],
    ["0.5", 0.5],
    ["0.05", 0.05],
    ["0.1234", 0.1234],
    ["0,125", 0.125],
  ])("a leading 0. is a decimal point: %p → %p", (text, n) => expect(parseNumberText(text)).toBe(n));

  it.each([
    ["1.234,5", 1234.5],
    ["12,5", 12.5],
    ["1.234", 1234],
    ["12.345.678,9", 12345678.9],
    ["12,5%", 12.5],
    ["12,5 %", 12.5],
    ["1 234,5", 1234.5],
  ])("Vietnamese notation: %p → %p", (text, n) => expect(parseNumberText(text)).toBe(n));

  it.each([
    ["1.5", 1.5],
    ["12.25", 12.25],
    ["1.2345", 1.2345],
    ["1.50", 1.5],
    ["0.125%", 0.125],
  ])("one dot with other than three digits after it is a decimal point: %p → %p", (text, n) => expect(parseNumberText(text)).toBe(n));

  it.each(["0.125.000", "0.125,5", "1.23.456", "1,234.5"])("refuses %p", (text) => expect(parseNumberText(text)).toBeNull());

  it("parseVietnameseNumber leaves a leading 0. to the plain reader", () => {
    expect([
      parseVietnameseNumber("0.125"),
      parseVietnameseNumber("0,125"),
      parseVietnameseNumber("1.234"),
      parseVietnameseNumber("100.000"),
    ]).toEqual([null, 0.125, 1234, 100000]);
  });
});

describe("number formats", () => {
  it("tells percentage formats: an unquoted, unescaped %", () => {
    expect(["0%", "0.00%", "[Red]0.0%", "#,##0.0%;[Red]-#,##0.0%", "0.0 %"].map(isPercentFormat)).toEqual([true, true, true, true, true]);
    expect(['0 "%"', "0\\%", "General", "#,##0.00", "0_%", "0*%", "#,##0.##", "dd/mm/yyyy", "@"].map(isPercentFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("escaped, padded and filled letters are not date letters", () => {
    expect(["0\\d", "#,##0_);(#,##0)", "0*s", "_-* #,##0 _₫_-", "dd/mm/yyyy hh:mm"].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it("a stored percentage becomes the figure as typed, without binary noise", () => {
    expect([0.125, 0.123, 0.07, 0.57, 1.005, 0.3 + 0.0000000000000001, 0, -0.05, 1, 2.5].map(fromPercent)).toEqual([
      12.5, 12.3, 7, 57, 100.5, 30, 0, -5, 100, 250,
    ]);
  });
});

describe("dates typed as text", () => {
  it.each([
    ["05/06/2025 17:30"],
    ["05/06/2025 17:30:59"],
    ["05/06/2025 5:30 PM"],
    ["05/06/2025 17:30 CH"],
    ["2025-06-05 17:30"],
    ["2025-06-05T17:30:00"],
    ["2025-06-05T23:59:59.999Z"],
    ["17h30 ngày 05/06/2025"],
    ["17:30, 05/06/2025"],
  ])("a time of day does not move the day: %p", (text) => expect(readDateText(text)).toEqual({ serial: JUNE_5 }));

  it.each([
    ["ngày 05 tháng 6 năm 2025"],
    ["Ngày 5 tháng 6 năm 2025"],
    ["NGÀY 05 THÁNG 06 NĂM 2025"],
    ["ngay 5 thang 6 nam 2025"],
    ["  ngày  5   tháng 6  năm   2025 "],
    ["ngày 5 tháng 6 năm 2025".normalize("NFD")],
    ["Cao Bằng, ngày 05 tháng 6 năm 2025"],
    ["ngày 05/06/2025"],
  ])("reads the Vietnamese written form %p", (text) => expect(readDateText(text)).toEqual({ serial: JUNE_5 }));

  it.each([
    ["6/5/2025", MAY_6, JUNE_5],
    ["6-5-2025", MAY_6, JUNE_5],
    ["10/11/2025", toExcelSerial(2025, 11, 10), toExcelSerial(2025, 10, 11)],
    ["6/5/2025 17:30", MAY_6, JUNE_5],
  ])("%p may be either day (Excel's US m/d/yyyy never pads): ambiguous, both readings, no guess", (text, dayFirst, monthFirst) => {
    expect(readDateText(text)).toEqual({ ambiguous: [dayFirst, monthFirst] });
    expect(parseDateText(text)).toBeNull();
  });

  it.each([
    ["05/06/2025", JUNE_5],
    ["5/06/2025", JUNE_5],
    ["05/6/2025", JUNE_5], // a zero: Vietnamese dd/mm
    ["6.5.2025", MAY_6], // dots: never US
    ["13/5/2025", toExcelSerial(2025, 5, 13)],
    ["5/13/2025", toExcelSerial(2025, 5, 13)], // one reading only
    ["5/5/2025", toExcelSerial(2025, 5, 5)], // both readings the same day
  ])("%p has one reading", (text, serial) => expect(readDateText(text)).toEqual({ serial }));

  it.each(["ngày 31 tháng 2 năm 2025", "05/13/2025", "31/02/2025", "5/6/25", "tháng 6 năm 2025", "hôm qua", ""])(
    "%p is not a date",
    (text) => expect(readDateText(text)).toBeNull(),
  );
});

describe("dates in cells", () => {
  it("the day of a serial or Date with a time of day is that day, never rounded past noon", () => {
    expect([daySerial(45813.73), daySerial(45813.5), daySerial(45813.99), daySerial(45813), daySerial(45813.999999999993)]).toEqual([
      45813, 45813, 45813, 45813, 45814,
    ]);
    expect(daySerial(serialToDate(45813.73))).toBe(45813);
    expect(daySerial(new Date(Date.UTC(2025, 5, 5, 23, 59, 59)))).toBe(45813);
    expect(serialToDate(45813.73).toISOString()).toBe("2025-06-05T17:31:12.000Z");
  });

  it("TTX functions take dates by the same rules: a time is dropped, an ambiguous text is an error naming both days", () => {
    expect(readDate(45813.73, "d")).toBe(JUNE_5);
    expect(readDate(new Date(Date.UTC(2025, 5, 5, 17, 30)), "d")).toBe(JUNE_5);
    expect(readDate("05/06/2025 17:30", "d")).toBe(JUNE_5);
    expect(readDate("ngày 5 tháng 6 năm 2025", "d")).toBe(JUNE_5);
    const ambiguous = readDate("6/5/2025", "reportDate");
    expect(ambiguous).toEqual(expect.objectContaining({ ttxError: "VALUE" }));
    expect(JSON.stringify(ambiguous)).toContain("06/05/2025");
    expect(JSON.stringify(ambiguous)).toContain("05/06/2025");
    expect(status("C1.1", 60, "31/12/2025 08:00")).toBe(status("C1.1", 60, "2025-12-31"));
    expect(status("C1.1", 60, "6/5/2025")).toEqual(expect.objectContaining({ ttxError: "VALUE" }));
  });
});
