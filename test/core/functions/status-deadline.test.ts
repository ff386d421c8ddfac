/**
 * TTX.STATUS and TTX.DEADLINE (src/core/functions/status.ts, deadline.ts): the answers at their edges, each as its
 * exact label or error text.
 *
 * What is pinned and why:
 * - STATUS without a report date judges the final milestone as the decision words it: SX.7 is "trên 60%" (over
 *   60%, Điều 1, I.2.b), so exactly 60 is "chậm", not on track; just over 60 is "đạt".
 * - STATUS's errors are the argument's own: an unknown code is "not in the plan", a bad language names it, a report
 *   date that is no date and an actual that is no number name `reportDate` and `actual`. functions.test.ts checks
 *   only that these are #VALUE!/#N/A.
 * - DEADLINE's errors: a period that is not text or a number names what was given (blank shows as ""), a period
 *   without a year says the year is empty. The calendar itself (5 June, 5 December) is pinned in functions.test.ts.
 */
import { deadline } from "../../../src/core/functions/deadline";
import { status } from "../../../src/core/functions/status";

describe("TTX.STATUS", () => {
  it('without a date, exactly 60 against "trên 60%" is chậm; over it is đạt', () => {
    expect(status("SX.7", 60)).toBe("chậm");
    expect(status("SX.7", 60, null, "en")).toBe("behind");
    expect(status("SX.7", 60.01)).toBe("đạt");
  });

  it("a language other than vi or en is #VALUE! naming it, before anything is judged", () => {
    expect(status("C1.1", 50, undefined, "fr")).toEqual({
      ttxError: "VALUE",
      message: 'Ngôn ngữ "fr" không hợp lệ: dùng "vi" hoặc "en" · Invalid language "fr": use "vi" or "en"',
    });
    expect(status("C1.1", 50, undefined, " EN ")).toBe("behind");
  });

  it("a code not in the plan is #N/A saying so", () => {
    expect(status("ZZ", 1)).toEqual({
      ttxError: "NOT_AVAILABLE",
      message: 'Mã "ZZ" không có trong Kế hoạch 337/QĐ-UBND · Code "ZZ" is not in Plan 337/QĐ-UBND',
    });
  });

  it("a report date that is no date is #VALUE! naming reportDate", () => {
    expect(status("C1.1", 1, "hôm qua")).toEqual({
      ttxError: "VALUE",
      message:
        "reportDate phải là ngày (ô ngày của Excel, 2025-06-05 hoặc 05/06/2025), nhận được: hôm qua · " +
        "reportDate must be a date (an Excel date, 2025-06-05 or 05/06/2025), got: hôm qua",
    });
  });

  it("an actual that is no number is #VALUE! naming actual", () => {
    expect(status("C1.1", "x")).toEqual({
      ttxError: "VALUE",
      message: "actual phải là số, nhận được: x · actual must be a number, got: x",
    });
  });
});

describe("TTX.DEADLINE", () => {
  it("a period without a year, and no year given, is #VALUE! saying the year is empty", () => {
    expect(deadline("H1")).toEqual({
      ttxError: "VALUE",
      message:
        "Năm phải là số nguyên có 4 chữ số (2000–2100), nhận được: (trống/empty) · " +
        "Year must be a whole 4-digit number (2000–2100), got: (trống/empty)",
    });
  });

  it("a blank or non-text period is #VALUE! quoting what was given", () => {
    const badPeriod = (got: string) => ({
      ttxError: "VALUE",
      message: `Kỳ báo cáo "${got}" không hợp lệ: dùng "6 tháng" (H1) hoặc "năm" (annual) · Invalid reporting period "${got}": use "H1" (six-month) or "annual"`,
    });
    expect(deadline(null, 2025)).toEqual(badPeriod(""));
    expect(deadline(undefined, 2025)).toEqual(badPeriod(""));
    expect(deadline(true, 2025)).toEqual(badPeriod("true"));
  });
});
