import { check } from "../../../src/core/functions/check";
import { judgeDisbursed, judgeValue } from "../../../src/core/plan/judge";
import { codes } from "../../../src/core/functions/codes";
import { readDate } from "../../../src/core/functions/coerce";
import { parseDateText, parseNumberText, serialToText, toExcelSerial } from "../../../src/core/cells/values";
import { deadline } from "../../../src/core/functions/deadline";
import { progress } from "../../../src/core/functions/progress";
import { status } from "../../../src/core/functions/status";
import { target } from "../../../src/core/functions/target";
import { budget, ghg } from "../../../src/core/functions/totals";
import { getCatalog } from "../../../src/core/plan/catalog";

const err = (kind: string) => expect.objectContaining({ ttxError: kind });

describe("coercion", () => {
  it.each([
    ["12,5", 12.5],
    ["1.234,5", 1234.5],
    ["12.5", 12.5],
    ["25%", 25],
    [" 7 ", 7],
    ["1.000", 1000],
  ])("%p → %d", (s, n) => expect(parseNumberText(s)).toBe(n));
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
  it.each(["29/02/2025", "05/06-2025", "5/6/25", "2025/06/05", "ngày 5/6/2025", "5/6/2025", ""])("refuses %p as a date", (s) =>
    expect(parseDateText(s)).toBeNull(),
  );
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
    // 2020 is the milestone's own year: the milestone (25%) must be met; the gap is named.
    expect(check("C1.1", 20, 2020)).toBe("Chậm 5 điểm % so với lộ trình 2020 (25%)");
    expect(check("C1.1", 20, 2020, "en")).toBe("Behind the 2020 path (25%) by 5 points");
    expect(check("C1.1", 130)).toBe("Vượt mức hợp lý (tối đa 100%)");
    expect(check("C1.1", -1)).toBe("Giá trị âm không hợp lệ");
    expect(check("D.14", 2000)).toBe("Vượt mức hợp lý (hơn 10 lần mục tiêu 2030)");
    expect(check("A.1", 700000)).toBe("Vượt mức hợp lý (tối đa 670.000 ha)");
    expect(check("SX.7", 60)).toBe("Chưa vượt 60%: mục tiêu 2020 là trên 60%, tức phải lớn hơn 60%; bằng 60% là chưa đạt"); // "trên 60%": 60 is not over 60
    expect(check("SX.7", 61)).toBe("OK");
    expect(check("SX.6", 25)).toBe("OK");
  });
  it("judges a 2025 figure against the 2025 point of the path, within half a year, not against 2030", () => {
    // C1.1: 25% in 2020, 80% in 2030 → 52.5% at the end of 2025; on track from 49.75 (mid-2025) to 55.25 (mid-2026).
    expect(check("C1.1", 49.75, 2025)).toBe("OK");
    expect(check("C1.1", 49.74, 2025)).toBe("Chậm 2,76 điểm % so với lộ trình 2025 (52,5%)");
    expect(check("C1.1", 55.25, 2025)).toBe("OK");
    expect(check("C1.1", 55.26, 2025)).toBe("OK"); // ahead: a status, nothing to fix
    expect(check("C1.1", 40, 2025, "en")).toBe("Behind the 2025 path (52.5%) by 12.5 points");
    // A.1: 10,000 ha by 2030 from 0 at the start of 2017 → 10,000 × 9/14 at the end of 2025.
    expect(check("A.1", 4000, 2025)).toBe("Chậm 2.428,57 ha so với lộ trình 2025 (6.428,57 ha)");
    expect(check("A.1", 6071.43, 2025)).toBe("OK");
    expect(check("A.1", 6071.42, 2025)).toBe("Chậm 357,15 ha so với lộ trình 2025 (6.428,57 ha)");
    // D.14 runs "giai đoạn 2021-2030": 135 MW × 5/10 at the end of 2025; band 60.75–74.25.
    expect(check("D.14", 60.75, 2025)).toBe("OK");
    expect(check("D.14", 60.74, 2025)).toBe("Chậm 6,76 MW so với lộ trình 2025 (67,5 MW)");
    // Without a year: the final milestone, which must be met.
    expect(check("D.14", 67.5)).toBe("Chậm 67,5 MW so với lộ trình 2030 (135 MW)");
    // Past a target's only milestone (2020) the target stays in force.
    expect(check("SX.3", 1.5, 2025)).toBe("OK");
    expect(check("SX.3", 1.49, 2025)).toBe("Chậm 0,01 điểm % so với lộ trình 2025 (1,5%)");
  });
  it("a percentage stored as a fraction is named, never judged as 0,x% (plan/stored-fraction.ts)", () => {
    expect(check("C1.1", 0.525, 2025)).toBe(
      '0,525 có vẻ là 52,5% lưu dạng phân số (ô định dạng %) — hãy nhập 52,5; nếu đúng là 0,525%, nhập dạng chữ "0,525%" (mục tiêu 2030: 80%)',
    );
    expect(check("C1.1", 0.125, 2025, "en")).toBe(
      '0.125 looks like 12.5% stored as a fraction (a %-formatted cell) — type 12.5; if 0.125% is meant, enter the text "0.125%" (the 2030 target: 80%)',
    );
    expect(check("C1.1", 1, 2025)).toBe("Chậm 51,5 điểm % so với lộ trình 2025 (52,5%)"); // 1 is not below 1
    expect(check("C1.1", 0, 2025)).toBe("Chậm 52,5 điểm % so với lộ trình 2025 (52,5%)");
    // SX.3's milestone is 1,5% (above 1): any 0 < v < 1 typed as a number is named; as text it is judged as typed.
    expect(check("SX.3", 0.03, 2025)).toBe(
      '0,03 có vẻ là 3% lưu dạng phân số (ô định dạng %) — hãy nhập 3; nếu đúng là 0,03%, nhập dạng chữ "0,03%" (mục tiêu 2020: 1,5%)',
    );
    expect(check("SX.3", "0,75%", 2025)).toBe("Chậm 0,75 điểm % so với lộ trình 2025 (1,5%)");
    // A percent reading below 1 too (0,2% typed into a %-cell is 0,002): the advice is the text, not a number to be named again.
    expect(check("SX.3", 0.002, 2025)).toBe(
      '0,002 có vẻ là 0,2% lưu dạng phân số (ô định dạng %) — hãy nhập dạng chữ "0,2%" (mục tiêu 2020: 1,5%)',
    );
  });
  it("what a report does with each verdict: refuse the impossible, warn on a likely slip, a status for the path", () => {
    const c11 = getCatalog().ghgActions.find((a) => a.code === "C1.1")!.milestones;
    const verdict = (v: number) => {
      const j = judgeValue(c11, v, 2025, "en");
      return [j.kind, j.issue, j.path?.status ?? null];
    };
    expect(verdict(-1)).toEqual(["below_min", "refuse", null]);
    expect(verdict(100)).toEqual(["ok", null, "ahead"]);
    expect(verdict(100.01)).toEqual(["above_max", "refuse", null]);
    expect(verdict(0.5)).toEqual(["fraction", "warn", "behind"]);
    expect(verdict(49.74)).toEqual(["behind", null, "behind"]);
    expect(verdict(49.75)).toEqual(["ok", null, "on_track"]);
    expect(verdict(55.26)).toEqual(["ok", null, "ahead"]);
  });
  it("a disbursed amount over 10 times the row's planned budget is named; no budget, no judgement", () => {
    expect(judgeDisbursed(220, 22, "vi")).toBeNull();
    expect(judgeDisbursed(220.01, 22, "vi")).toBe(
      "Giải ngân 220,01 tỷ đồng, hơn 10 lần kinh phí kế hoạch của dòng (22 tỷ đồng): kiểm tra đơn vị tính (tỷ đồng)",
    );
    expect(judgeDisbursed(1.01, 0.1, "en")).toBe(
      "Disbursed 1.01 billion VND, over 10 times the row's planned budget (0.1 billion VND): check the unit (billion VND)",
    );
    expect(judgeDisbursed(5337.8, 533.78, "vi")).toBeNull(); // exactly 10×, not over
    expect(judgeDisbursed(5, null, "vi")).toBeNull();
    expect(judgeDisbursed(5, 0, "vi")).toBeNull();
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
  it("labels, by the path rule TTX.CHECK and consolidation apply (plan/path.ts)", () => {
    expect(status("C1.1", null)).toBe("chưa báo cáo");
    expect(status("C1.1", 85)).toBe("đạt");
    expect(status("C1.1", 50)).toBe("chậm");
    // End of 2025: the path is at 52.5%, on track from 49.75 to 55.25.
    expect(status("C1.1", 49.75, "2025-12-31")).toBe("đúng tiến độ");
    expect(status("C1.1", 55.25, "2025-12-31")).toBe("đúng tiến độ");
    expect(status("C1.1", 55.26, "2025-12-31")).toBe("vượt tiến độ");
    expect(status("C1.1", 60, "2025-12-31", "en")).toBe("ahead");
    expect(status("C1.1", 49.74, "2025-12-31", "en")).toBe("behind");
    expect(status("C1.1", 80, "2025-12-31")).toBe("đạt"); // the 2030 milestone already met
    expect(status("C1.1", 30, "2020-06-05")).toBe("đạt");
    // 5 June 2019 is 2018 + 156/365 on the path: 25 × 2.4274/4 ≈ 15.17, on track from 12.046 to 18.296.
    expect(status("C1.1", 12.05, toExcelSerial(2019, 6, 5))).toBe("đúng tiến độ");
    expect(status("C1.1", 12.04, toExcelSerial(2019, 6, 5))).toBe("chậm");
    expect(status("C1.1", 18.29, toExcelSerial(2019, 6, 5))).toBe("đúng tiến độ");
    expect(status("C1.1", 18.3, toExcelSerial(2019, 6, 5))).toBe("vượt tiến độ");
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
    expect((codes("c") as string[][]).map((r) => r[0])).toEqual([
      "C1.1",
      "C1.2",
      "C1.3",
      "C2.4",
      "C2.5",
      "C3.6",
      "C3.7",
      "C4.8",
      "C4.9",
      "C4.10",
      "C5.11",
    ]);
    expect(codes("1.4")).toHaveLength(4);
    expect(codes("DA11")).toHaveLength(20);
    expect(codes("SX")).toHaveLength(15);
    expect(codes()).toHaveLength(203);
    expect(codes("NV1")).toEqual([
      ["NV1.1", expect.stringContaining("Nâng cao năng lực")],
      ["NV1.2", expect.any(String)],
      ["NV1.3", expect.any(String)],
      ["NV1.4", expect.any(String)],
      ...(codes("DA7") as string[][]),
      ...(codes("DA9") as string[][]),
    ]);
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
