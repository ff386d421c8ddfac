/**
 * What a cell holds, read as people and programs put it there (src/core/cells/values.ts), pinned at every edge:
 * a wrong reading here is a figure lost or a report dated a month wrong, everywhere the readers and checks use it.
 */
import {
  daySerial,
  fromExcelSerial,
  isFiniteNumber,
  fromPercent,
  isBlank,
  isDateFormat,
  isPercentFormat,
  isoDateOf,
  isoOfDate,
  parseDateText,
  parseNumberText,
  readDateText,
  serialToDate,
  serialToText,
  toExcelSerial,
} from "../../../src/core/cells/values";

const JUNE_5_2025 = 45813;

describe("isBlank: nothing in the cell", () => {
  it.each([undefined, null, "", "   ", " \t\n "])("%p is blank", (v) => expect(isBlank(v)).toBe(true));
  it.each([0, false, "0", " x ", "-", Number.NaN])("%p is not", (v) => expect(isBlank(v)).toBe(false));
});

describe("isFiniteNumber: a number a cell can hold", () => {
  it.each([0, -1.5, 45813, Number.MAX_VALUE])("%p is one", (v) => expect(isFiniteNumber(v)).toBe(true));
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "12", null, undefined, true, [1]])("%p is not", (v) =>
    expect(isFiniteNumber(v)).toBe(false),
  );
});

describe("parseNumberText: numbers typed as text", () => {
  it.each([
    ["1.234,5", 1234.5],
    ["12,5", 12.5],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["-1.234,5", -1234.5],
    ["1 234,5", 1234.5],
    ["12", 12],
    ["-12", -12],
    ["12.5", 12.5],
    ["12.25", 12.25],
    ["1.2345", 1.2345],
    ["0.125", 0.125],
    ["-12.25", -12.25],
    ["12,5%", 12.5],
    ["12,5 %", 12.5],
    ["12.5 %", 12.5],
    ["  12.5  ", 12.5],
    ["12,5 % ", 12.5],
  ])("%p is %p", (text, value) => expect(parseNumberText(text)).toBe(value));

  it.each(["", "   ", "%", "abc", "12%5", "12.", ".5", "1,2,3", "12.5.6", "--1", "12,5%%", "1e3"])("%p is no number", (text) =>
    expect(parseNumberText(text)).toBeNull(),
  );
});

describe("Excel serials", () => {
  it("counts days from 1899-12-30, as Excel's 1900 system does after February 1900", () => {
    expect(toExcelSerial(2025, 6, 5)).toBe(JUNE_5_2025);
    expect(toExcelSerial(1900, 3, 1)).toBe(61);
    expect(toExcelSerial(1970, 1, 1)).toBe(25569);
    expect(fromExcelSerial(JUNE_5_2025)).toEqual({ year: 2025, month: 6, day: 5 });
    expect(fromExcelSerial(toExcelSerial(2024, 12, 31))).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it("takes the day of a serial with a time of day, never rounding up", () => {
    expect(fromExcelSerial(JUNE_5_2025 + 0.73)).toEqual({ year: 2025, month: 6, day: 5 });
    expect(daySerial(JUNE_5_2025)).toBe(JUNE_5_2025);
    expect(daySerial(JUNE_5_2025 + 0.9999)).toBe(JUNE_5_2025);
    // Binary noise just under the next day is that next day.
    expect(daySerial(JUNE_5_2025 + 0.999999999)).toBe(JUNE_5_2025 + 1);
    expect(daySerial(new Date(Date.UTC(2025, 5, 5, 17, 30)))).toBe(JUNE_5_2025);
    expect(daySerial(new Date(Date.UTC(2025, 5, 5)))).toBe(JUNE_5_2025);
    expect(daySerial(new Date(Date.UTC(2025, 5, 5, 23, 59, 59, 999)))).toBe(JUNE_5_2025);
  });

  it("turns a serial into the Date a date cell holds, in either date system", () => {
    expect(serialToDate(25569).toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(serialToDate(JUNE_5_2025 + 0.5).toISOString()).toBe("2025-06-05T12:00:00.000Z");
    expect(serialToDate(0, true).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect(serialToDate(JUNE_5_2025 - 1462, true).toISOString()).toBe("2025-06-05T00:00:00.000Z");
    expect(serialToDate(JUNE_5_2025, false).toISOString()).toBe("2025-06-05T00:00:00.000Z");
  });

  it("writes a serial as dd/mm/yyyy with leading zeros", () => {
    expect(serialToText(JUNE_5_2025)).toBe("05/06/2025");
    expect(serialToText(toExcelSerial(2025, 12, 25))).toBe("25/12/2025");
  });

  it("keys days as YYYY-MM-DD", () => {
    expect(isoDateOf({ year: 2025, month: 6, day: 5 })).toBe("2025-06-05");
    expect(isoDateOf({ year: 2025, month: 12, day: 25 })).toBe("2025-12-25");
    expect(isoOfDate(new Date(Date.UTC(2025, 5, 5, 17, 30)))).toBe("2025-06-05");
  });
});

describe("number formats", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d-mmm-yy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["h:mm", true],
    ["[h]:mm:ss", true],
    ["yyyy", true],
    ["General", false],
    ["0.00", false],
    ["#,##0", false],
    ["[Red]0.00", false],
    ['0" days"', false],
    ["0\\d", false],
    ["0_d", false],
    ["*d0", false],
    ["0%", false],
  ])("%p shows a date or time: %p", (code, isDate) => expect(isDateFormat(code)).toBe(isDate));

  it.each([
    ["0%", true],
    ["0.00%", true],
    ["[Red]0%", true],
    ['0"%"', false],
    ["0\\%", false],
    ["0.00", false],
    ["General", false],
  ])("%p shows a percentage: %p", (code, isPercent) => expect(isPercentFormat(code)).toBe(isPercent));

  it("reads a %-formatted number as the percentage typed, without binary noise", () => {
    expect(fromPercent(0.123)).toBe(12.3);
    expect(fromPercent(0.125)).toBe(12.5);
    expect(fromPercent(1)).toBe(100);
    expect(fromPercent(0)).toBe(0);
    expect(fromPercent(-0.05)).toBe(-5);
  });
});

describe("readDateText: dates typed as text", () => {
  const day = (year: number, month: number, d: number) => ({ serial: toExcelSerial(year, month, d) });

  it.each([
    ["2025-06-05", day(2025, 6, 5)],
    ["2025-6-5", day(2025, 6, 5)],
    [" 2025-06-05 ", day(2025, 6, 5)],
    ["ngày 05 tháng 6 năm 2025", day(2025, 6, 5)],
    ["Ngày  5  Tháng 6 Năm 2025", day(2025, 6, 5)],
    ["NGÀY 5 THÁNG 6 NĂM 2025", day(2025, 6, 5)],
    ["ngay 5 thang 6 nam 2025", day(2025, 6, 5)],
    ["Cao Bằng, ngày 5 tháng 6 năm 2025", day(2025, 6, 5)],
    ["Cao Bằng,ngày 5 tháng 6 năm 2025", day(2025, 6, 5)],
    ["05/06/2025", day(2025, 6, 5)],
    ["5.6.2025", day(2025, 6, 5)],
    ["05-06-2025", day(2025, 6, 5)],
    ["ngày 05/06/2025", day(2025, 6, 5)],
    ["ngày05/06/2025", day(2025, 6, 5)],
    ["5/06/2025", day(2025, 6, 5)],
    ["05/6/2025", day(2025, 6, 5)],
    ["5/5/2025", day(2025, 5, 5)],
    ["13/5/2025", day(2025, 5, 13)],
    ["5/13/2025", day(2025, 5, 13)],
    ["29/02/2024", day(2024, 2, 29)],
    ["31/12/2025", day(2025, 12, 31)],
  ])("%p is one day", (text, expected) => {
    expect(readDateText(text)).toEqual(expected);
    expect(parseDateText(text)).toBe(expected.serial);
  });

  it.each([
    ["05/06/2025 17:30", day(2025, 6, 5)],
    ["05/06/2025 5:30:00 PM", day(2025, 6, 5)],
    ["05/06/2025 5:30PM", day(2025, 6, 5)],
    ["05/06/2025 5:30 p.m.", day(2025, 6, 5)],
    ["05/06/2025 17:30 CH", day(2025, 6, 5)],
    ["05/06/2025 08:30 SA", day(2025, 6, 5)],
    ["2025-06-05T17:30:00Z", day(2025, 6, 5)],
    ["2025-06-05T17:30:00+07:00", day(2025, 6, 5)],
    ["2025-06-05T17:30:00-0700", day(2025, 6, 5)],
    ["2025-06-05 17:30:00.123", day(2025, 6, 5)],
    ["2025-06-05 17:30:00,5", day(2025, 6, 5)],
    ["17h30 ngày 05/06/2025", day(2025, 6, 5)],
    ["17g30 ngày 05/06/2025", day(2025, 6, 5)],
    ["17:30, 05/06/2025", day(2025, 6, 5)],
    ["17 giờ 30 phút ngày 05/06/2025", day(2025, 6, 5)],
    ["17giờ30phút ngày 05/06/2025", day(2025, 6, 5)],
    ["17giờ30 ngày 05/06/2025", day(2025, 6, 5)],
    [" 17h30  ngày 05/06/2025 ", day(2025, 6, 5)],
    ["17h ngày 5 tháng 6 năm 2025", day(2025, 6, 5)],
  ])("%p: the time of day before or after is dropped, the day kept", (text, expected) => expect(readDateText(text)).toEqual(expected));

  it("names both days when the text may be Excel's US m/d/yyyy", () => {
    expect(readDateText("6/5/2025")).toEqual({ ambiguous: [toExcelSerial(2025, 5, 6), toExcelSerial(2025, 6, 5)] });
    expect(readDateText("10-11-2025")).toEqual({ ambiguous: [toExcelSerial(2025, 11, 10), toExcelSerial(2025, 10, 11)] });
    expect(parseDateText("6/5/2025")).toBeNull();
  });

  it.each([
    "",
    "hôm nay",
    "2025-02-31",
    "2025-13-05",
    "2025-00-05",
    "2025-06-00",
    "31/02/2025",
    "30/2/2025",
    "31/04/2025",
    "00/06/2025",
    "05/13/2025",
    "x2025-06-05",
    "2025-06-05x",
    "abc ngày 5 tháng 6 năm 2025",
    "ngày 5 tháng 6 năm 2025 x",
    "ngày 5 tháng 13 năm 2025",
    "x05/06/2025",
    "05/06/2025x",
    "05/06.2025",
    "05/06/25",
    "ngày 17:30 05/06/2025",
    "ngày 17h30 05/06/2025",
    "05/06/2025 17:30 hôm nay",
    "05/06/2025 17",
  ])("%p is no date", (text) => {
    expect(readDateText(text)).toBeNull();
    expect(parseDateText(text)).toBeNull();
  });
});
