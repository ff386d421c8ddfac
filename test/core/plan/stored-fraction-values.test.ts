/**
 * The stored-fraction rule (plan/stored-fraction.ts) at each of its edges, with C4.10 of Phụ lục I ("Nâng tổng số hộ
 * gia đình nông thôn sử dụng bếp cài tiến đến năm 2020 đạt 20%; đến năm 2030 đạt 60%") and SX.7 (2020: "trên 60%" of
 * households, over 80% of facilities):
 * - the value strictly between 0 and 1, a number (not typed text);
 * - the milestone that applies to the year (the next one, the final one by default or after 2030), its figure asked
 *   for or else its first, in %, and strictly above 1% (a milestone of exactly 1% keeps 0,5 as 0,5%);
 * - no milestone at all: no fraction, not an error;
 * - the advice: "type 20" when the percent reading is 1 or more, the text "0,5%" when it is below 1, figures in full.
 */
import {
  fractionRuleAppliesTo,
  isTypedText,
  looksLikeStoredFraction,
  storedFractionMessage,
  storedFractionOf,
} from "../../../src/core/plan/stored-fraction";
import type { MeasureT } from "../../../src/core/plan/schema";

const C410_2020: MeasureT = { comparator: ">=", value: 20, unit: "percent", year: 2020, subject: "rural households with improved stoves" };
const C410_2030: MeasureT = { comparator: ">=", value: 60, unit: "percent", year: 2030, subject: "rural households with improved stoves" };
const pctIn2030 = (value: number): MeasureT => ({ comparator: ">=", value, unit: "percent", year: 2030 });

describe("the figures a fraction is read against", () => {
  test("a percentage strictly above 1%, nothing else (the template's native formula asks the same)", () => {
    expect(fractionRuleAppliesTo(pctIn2030(1.5))).toBe(true);
    expect(fractionRuleAppliesTo(pctIn2030(1))).toBe(false);
    expect(fractionRuleAppliesTo(pctIn2030(0.5))).toBe(false);
    expect(fractionRuleAppliesTo({ comparator: ">=", value: 20, unit: "ha", year: 2030 })).toBe(false);
  });
});

describe("which milestone a fraction is read against", () => {
  test("the year's own milestone, with the value, its percent reading and the year", () => {
    expect(looksLikeStoredFraction("C4.10", 0.2, 2020)).toEqual({ value: 0.2, percent: 20, figure: C410_2020, year: 2020 });
  });

  test("the next milestone for a year between two, the final one by default and after the last", () => {
    expect(looksLikeStoredFraction("C4.10", 0.45, 2021)).toEqual({ value: 0.45, percent: 45, figure: C410_2030, year: 2030 });
    expect(looksLikeStoredFraction("C4.10", 0.45)).toEqual({ value: 0.45, percent: 45, figure: C410_2030, year: 2030 });
    expect(looksLikeStoredFraction("C4.10", 0.45, 2035)).toEqual({ value: 0.45, percent: 45, figure: C410_2030, year: 2030 });
  });

  test("the figure asked for, and the year's first figure when there is no such figure", () => {
    expect(looksLikeStoredFraction("SX.7", 0.4, 2020, 1)).toMatchObject({ percent: 40, figure: { value: 80 }, year: 2020 });
    expect(looksLikeStoredFraction("SX.7", 0.4, 2020, 0)).toMatchObject({ figure: { value: 60, comparator: ">" } });
    expect(looksLikeStoredFraction("SX.7", 0.4, 2020, 2)).toMatchObject({ figure: { value: 60, comparator: ">" } });
  });

  test("no milestone at all is no fraction, not an error", () => {
    expect(storedFractionOf([], 0.2)).toBeNull();
    expect(storedFractionOf([], 0.2, 2020, 1)).toBeNull();
    expect(looksLikeStoredFraction("GP.1", 0.2)).toBeNull(); // a solution group: no figures
    expect(looksLikeStoredFraction("KHÔNG CÓ", 0.2)).toBeNull();
  });
});

describe("when the rule applies", () => {
  test("a value strictly between 0 and 1", () => {
    expect(looksLikeStoredFraction("C4.10", 0.999, 2020)).toMatchObject({ value: 0.999, percent: 99.9 });
    expect(looksLikeStoredFraction("C4.10", 0.0001, 2020)).toMatchObject({ value: 0.0001, percent: 0.01 });
    expect(looksLikeStoredFraction("C4.10", 1, 2020)).toBeNull();
    expect(looksLikeStoredFraction("C4.10", 0, 2020)).toBeNull();
    expect(looksLikeStoredFraction("C4.10", -0.2, 2020)).toBeNull();
    expect(looksLikeStoredFraction("C4.10", Number.NaN, 2020)).toBeNull();
  });

  test("a milestone in % strictly above 1%: exactly 1% keeps a small value as it is", () => {
    expect(storedFractionOf([pctIn2030(1)], 0.5)).toBeNull();
    expect(storedFractionOf([pctIn2030(0.5)], 0.5)).toBeNull();
    expect(storedFractionOf([pctIn2030(1.5)], 0.5)).toEqual({ value: 0.5, percent: 50, figure: pctIn2030(1.5), year: 2030 });
    expect(storedFractionOf([{ ...pctIn2030(20), unit: "ha" }], 0.5)).toBeNull();
  });

  test("the figure asked for decides: a % figure beside one in another unit", () => {
    const mixed: MeasureT[] = [{ comparator: ">=", value: 100, unit: "ha", year: 2030 }, pctIn2030(30)];
    expect(storedFractionOf(mixed, 0.3, 2030, 1)).toEqual({ value: 0.3, percent: 30, figure: pctIn2030(30), year: 2030 });
    expect(storedFractionOf(mixed, 0.3, 2030, 0)).toBeNull();
  });

  test("only numbers: a value typed as text is never a stored fraction", () => {
    expect(storedFractionOf([C410_2020], 0.2, 2020, 0, true)).toBeNull();
    expect(storedFractionOf([C410_2020], 0.2, 2020, 0, false)).toMatchObject({ percent: 20 });
    expect(isTypedText("0,2")).toBe(true);
    expect(isTypedText("")).toBe(true);
    expect(isTypedText(0.2)).toBe(false);
    expect(isTypedText(null)).toBe(false);
  });
});

describe("the advice", () => {
  test("a percent reading of exactly 1 says to type 1", () => {
    const f = looksLikeStoredFraction("C4.10", 0.01, 2020)!;
    expect(storedFractionMessage(f, "vi")).toBe(
      '0,01 có vẻ là 1% lưu dạng phân số (ô định dạng %) — hãy nhập 1; nếu đúng là 0,01%, nhập dạng chữ "0,01%" (mục tiêu 2020: 20%)',
    );
    expect(storedFractionMessage(f, "en")).toBe(
      '0.01 looks like 1% stored as a fraction (a %-formatted cell) — type 1; if 0.01% is meant, enter the text "0.01%" (the 2020 target: 20%)',
    );
  });

  test("a percent reading below 1 says to enter it as text, since typing 0,5 would be read as a fraction again", () => {
    const f = looksLikeStoredFraction("C4.10", 0.005, 2020)!;
    expect(storedFractionMessage(f, "vi")).toBe(
      '0,005 có vẻ là 0,5% lưu dạng phân số (ô định dạng %) — hãy nhập dạng chữ "0,5%" (mục tiêu 2020: 20%)',
    );
    expect(storedFractionMessage(f, "en")).toBe(
      '0.005 looks like 0.5% stored as a fraction (a %-formatted cell) — enter the text "0.5%" (the 2020 target: 20%)',
    );
  });

  test("figures in full, not rounded to two decimals, against the milestone that applies", () => {
    const f = looksLikeStoredFraction("C4.10", 0.123456789)!;
    expect(f.percent).toBe(12.3456789);
    expect(storedFractionMessage(f, "vi")).toBe(
      '0,123456789 có vẻ là 12,3456789% lưu dạng phân số (ô định dạng %) — hãy nhập 12,3456789; nếu đúng là 0,123456789%, nhập dạng chữ "0,123456789%" (mục tiêu 2030: 60%)',
    );
    expect(storedFractionMessage(f, "en")).toBe(
      '0.123456789 looks like 12.3456789% stored as a fraction (a %-formatted cell) — type 12.3456789; if 0.123456789% is meant, enter the text "0.123456789%" (the 2030 target: 60%)',
    );
  });
});
