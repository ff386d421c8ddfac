/**
 * The native progress and check formulas as text, for rows built here (each comparator, unit and branch), and
 * the literals they are made of: the exact formula a spreadsheet without the add-in receives. The equality with
 * TTX over many figures is test/templates/native-formulas.test.ts; here the formulas themselves, their boundaries,
 * and a few answers computed by HyperFormula without the TTX plugin.
 */
import { HyperFormula } from "hyperformula";
import type { MeasureT } from "../../../src/core/plan/schema";
import { freshModule } from "../../support/fresh-module";

// Loaded anew for each test: its separators, 10^n and #VALUE! are made as the module loads, and mutation testing
// credits only the tests during which the mutated code ran.
type NativeFormulas = typeof import("../../../src/core/templates/native-formulas");
let N: NativeFormulas;
beforeEach(() => (N = freshModule(() => require("../../../src/core/templates/native-formulas"))));

type NativeRow = NonNullable<ReturnType<NativeFormulas["nativeRowOf"]>>;
const m = (comparator: MeasureT["comparator"], value: number, unit: MeasureT["unit"], year: number, subject?: string): MeasureT => ({
  comparator,
  value,
  unit,
  year,
  ...(subject ? { subject } : {}),
});
const row = (measures: MeasureT[], year: number, lang: "vi" | "en" = "vi", startYear = 2017): NativeRow => ({
  measures,
  startYear,
  year,
  lang,
});

/** The values of `formula` (reading A1) with each of `inputs` in A1, computed by HyperFormula (no TTX plugin). */
function evaluate(formula: string, inputs: (string | number | boolean | null)[]): unknown[] {
  const grid = inputs.map((v, i) => [typeof v === "string" ? `'${v}` : v, `=${formula.replace(/\bA1\b/g, `A${i + 1}`)}`]);
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: "gpl-v3", smartRounding: false });
  return inputs.map((_v, i) => hf.getCellValue({ sheet: 0, row: i, col: 1 }));
}

describe("nativeRowOf", () => {
  it("gives a row with milestones its measures, path start, year and language", () => {
    // Appendix I, C1.1: "Lượng gạch không nung chiếm 25% năm 2020 và 80% vào 2030."
    const c11 = N.nativeRowOf("C1.1", 2025, "en")!;
    expect(c11.measures).toMatchObject([
      { comparator: ">=", value: 25, unit: "percent", year: 2020 },
      { comparator: ">=", value: 80, unit: "percent", year: 2030 },
    ]);
    expect(c11).toMatchObject({ startYear: 2017, year: 2025, lang: "en" });
    // Appendix I, D.12: "giai đoạn 2021-2030": its path starts in 2021.
    expect(N.nativeRowOf("D.12", 2030, "vi")).toMatchObject({ startYear: 2021, year: 2030, lang: "vi" });
  });

  it("gives nothing for a text row or a code the catalog does not have", () => {
    expect(N.nativeRowOf("NV1.1", 2025, "vi")).toBeNull();
    expect(N.nativeRowOf("DA4.2", 2025, "vi")).toBeNull();
    expect(N.nativeRowOf("ZZ.9", 2025, "vi")).toBeNull();
  });
});

describe("numberLiteral", () => {
  it("writes numbers of up to 15 significant digits as JavaScript does", () => {
    expect(N.numberLiteral(123456789012345)).toBe("123456789012345");
    // The sign, the decimal point and leading zeros are not digits.
    expect(N.numberLiteral(-123456789012345)).toBe("-123456789012345");
    expect(N.numberLiteral(12345678901234.5)).toBe("12345678901234.5");
    expect(N.numberLiteral(0.00001234567890123)).toBe("0.00001234567890123");
    expect(N.numberLiteral(49.75)).toBe("49.75");
    expect(N.numberLiteral(0)).toBe("0");
    expect(N.numberLiteral(-0)).toBe("0");
  });

  it("refuses a 16th digit, an exponent and what is not finite", () => {
    expect(() => N.numberLiteral(1234567890123456)).toThrow("constant 1234567890123456 has more than 15 significant digits");
    expect(() => N.numberLiteral(-1234567890123456)).toThrow(/more than 15/);
    expect(() => N.numberLiteral(1e-7)).toThrow("constant 1e-7 would be written with an exponent");
    expect(() => N.numberLiteral(Infinity)).toThrow("not a finite constant: Infinity");
    expect(() => N.numberLiteral(NaN)).toThrow("not a finite constant: NaN");
  });
});

describe("textLiteral", () => {
  it("quotes text, and writes the empty text as an empty literal", () => {
    expect(N.textLiteral("")).toBe('""');
    expect(N.textLiteral("OK")).toBe('"OK"');
    expect(N.textLiteral("Chưa nhập số liệu")).toBe('"Chưa nhập số liệu"');
  });

  it("splits at 250 characters: one literal up to 250, two from 251", () => {
    expect(N.textLiteral("a".repeat(250))).toBe(`"${"a".repeat(250)}"`);
    expect(N.textLiteral("a".repeat(251))).toBe(`"${"a".repeat(250)}"&"a"`);
    expect(N.textLiteral("a".repeat(500))).toBe(`"${"a".repeat(250)}"&"${"a".repeat(250)}"`);
  });

  it("writes quotes as CHAR(34) wherever they are, with no empty literal around them", () => {
    expect(N.textLiteral('a"b')).toBe('"a"&CHAR(34)&"b"');
    expect(N.textLiteral('"a')).toBe('CHAR(34)&"a"');
    expect(N.textLiteral('a"')).toBe('"a"&CHAR(34)');
    expect(N.textLiteral('""')).toBe("CHAR(34)&CHAR(34)");
    expect(N.textLiteral(`x"${"y".repeat(300)}`)).toBe(`"x"&CHAR(34)&"${"y".repeat(250)}"&"${"y".repeat(50)}"`);
  });

  it("keeps text that looks like a formula a text: the spreadsheet gives it back character for character", () => {
    const texts = ['")&HYPERLINK("http://x","y")&("', "=1+1", "@SUM(A1)", 'a""b', '"', "", `${"z".repeat(249)}"q`];
    const hf = HyperFormula.buildFromArray(
      texts.map((s) => [`=${N.textLiteral(s)}`]),
      { licenseKey: "gpl-v3" },
    );
    expect(texts.map((_s, i) => hf.getCellValue({ sheet: 0, row: i, col: 0 }))).toEqual(texts);
  });
});

describe("nativeProgress", () => {
  it("divides by the milestone due at the report year, refusing a stored fraction on a percentage row", () => {
    const c11 = [m(">=", 25, "percent", 2020), m(">=", 80, "percent", 2030)];
    expect(N.nativeProgress(row(c11, 2020), "H20")).toBe("IF(ISNUMBER(H20),IF(AND(H20>0,H20<1),#VALUE!,H20/25),#VALUE!)");
    expect(N.nativeProgress(row(c11, 2021), "A1")).toBe("IF(ISNUMBER(A1),IF(AND(A1>0,A1<1),#VALUE!,A1/80),#VALUE!)");
    // After the horizon the last milestone stays in force.
    expect(N.nativeProgress(row(c11, 2033), "A1")).toBe("IF(ISNUMBER(A1),IF(AND(A1>0,A1<1),#VALUE!,A1/80),#VALUE!)");
  });

  it("applies the stored-fraction rule to percentages above 1% only", () => {
    expect(N.nativeProgress(row([m(">=", 1, "percent", 2030)], 2030), "A1")).toBe("IF(ISNUMBER(A1),A1/1,#VALUE!)");
    expect(N.nativeProgress(row([m(">=", 0.5, "percent", 2030)], 2030), "A1")).toBe("IF(ISNUMBER(A1),A1/0.5,#VALUE!)");
    expect(N.nativeProgress(row([m(">=", 11, "MW", 2030)], 2030), "A1")).toBe("IF(ISNUMBER(A1),A1/11,#VALUE!)");
    expect(N.nativeProgress(row([m(">=", 2, "ha", 2030)], 2030), "A1")).toBe("IF(ISNUMBER(A1),A1/2,#VALUE!)");
  });

  it("inverts the ratio for a cap and gives 1 for any figure ≥ 0 against a target of 0", () => {
    expect(N.nativeProgress(row([m("<=", 50, "percent", 2020), m("<=", 30, "percent", 2030)], 2030), "A1")).toBe(
      "IF(ISNUMBER(A1),IF(AND(A1>0,A1<1),#VALUE!,IF(A1<=0,1,30/A1)),#VALUE!)",
    );
    expect(N.nativeProgress(row([m(">=", 0, "communes", 2030)], 2030), "A1")).toBe("IF(ISNUMBER(A1),IF(A1>=0,1,0),#VALUE!)");
    expect(N.nativeProgress(row([m("<=", 0, "ha", 2030)], 2030), "A1")).toBe("IF(ISNUMBER(A1),IF(A1<=0,1,0/A1),#VALUE!)");
  });

  it("answers #N/A for a row with no milestone", () => {
    expect(N.nativeProgress(row([], 2025), "A1")).toBe("NA()");
  });
});

describe("nativeCheck", () => {
  it("writes the whole check of an MW row at its deadline, in English", () => {
    // D.12-like: 11 MW by 2030, path from 2021; judged in 2030 the milestone itself counts.
    const S = "ROUND(ROUND(ROUND(11-A1,9)*100,7),0)";
    const gap = `INT(${S}/100)&""&IF(MOD(${S},100)=0,"","."&SUBSTITUTE(SUBSTITUTE(RIGHT(MOD(${S},100)+100,2)&"|","0|","|"),"|",""))&" MW"`;
    const path = `IF(A1<11,IF(ROUND(11-A1,9)<=0,"Below the 2030 target (11 MW)","Behind the 2030 path (11 MW) by "&(${gap})),"OK")`;
    expect(N.nativeCheck(row([m(">=", 11, "MW", 2030)], 2030, "en", 2021), "A1")).toBe(
      `IF(TRIM(A1)="","No value entered",IF(ISNUMBER(A1),IF(A1<0,"Negative value not allowed",IF(A1>110,"Implausibly high (over 10× the 2030 target)",${path})),"Not a number: "&(IF(ISLOGICAL(A1),IF(A1,"true","false"),A1))))`,
    );
  });

  it("computes the MW row's answers at each edge", () => {
    const f = N.nativeCheck(row([m(">=", 11, "MW", 2030)], 2030, "en", 2021), "A1");
    expect(evaluate(f, [null, "abc", true, -0.001, 0, 10.555, 10.99, 11, 110, 110.01])).toEqual([
      "No value entered",
      "Not a number: abc",
      "Not a number: true",
      "Negative value not allowed",
      "Behind the 2030 path (11 MW) by 11 MW",
      "Behind the 2030 path (11 MW) by 0.45 MW",
      "Behind the 2030 path (11 MW) by 0.01 MW",
      "OK",
      "OK",
      "Implausibly high (over 10× the 2030 target)",
    ]);
  });

  it("judges a percentage row before its milestone by the path's band, with the unit's maximum and the stored-fraction rule", () => {
    // C1.1: 25% by 2020, 80% by 2030; in 2025 the path is at 52.5%, its band from 49.75%.
    const f = N.nativeCheck(row([m(">=", 25, "percent", 2020), m(">=", 80, "percent", 2030)], 2025), "A1");
    expect(f).toMatch(
      /^IF\(TRIM\(A1\)="","Chưa nhập số liệu",IF\(ISNUMBER\(A1\),IF\(A1<0,"Giá trị âm không hợp lệ",IF\(A1>100,"Vượt mức hợp lý \(tối đa 100%\)",IF\(AND\(A1>0,A1<1\),IF\(A1<0\.01,/,
    );
    expect(f).toContain('IF(A1<49.75,IF(ROUND(52.5-A1,9)<=0,"Thấp hơn mục tiêu 2030 (80%)","Chậm "&(');
    expect(f).toContain('&" điểm %")&" so với lộ trình 2025 (52,5%)"),"OK")');
    expect(f).not.toContain("hơn 10 lần");
    expect(f).toMatch(/"Không phải số: "&\(IF\(ISLOGICAL\(A1\),IF\(A1,"true","false"\),A1\)\)\)\)$/);
    expect(evaluate(f, [49.75, 49.74, 0.2, 0.005, 100, 100.5, 0])).toEqual([
      "OK",
      "Chậm 2,76 điểm % so với lộ trình 2025 (52,5%)",
      '0,2 có vẻ là 20% lưu dạng phân số (ô định dạng %) — hãy nhập 20; nếu đúng là 0,2%, nhập dạng chữ "0,2%" (mục tiêu 2030: 80%)',
      '0,005 có vẻ là 0,5% lưu dạng phân số (ô định dạng %) — hãy nhập dạng chữ "0,5%" (mục tiêu 2030: 80%)',
      "OK",
      "Vượt mức hợp lý (tối đa 100%)",
      "Chậm 52,5 điểm % so với lộ trình 2025 (52,5%)",
    ]);
  });

  it("names the unit's maximum in the sheet's notation: hectares and communes", () => {
    expect(N.nativeCheck(row([m(">=", 10000, "ha", 2030)], 2030), "A1")).toContain('IF(A1>670000,"Vượt mức hợp lý (tối đa 670.000 ha)",');
    expect(N.nativeCheck(row([m(">=", 10000, "ha", 2030)], 2030, "en"), "A1")).toContain(
      'IF(A1>670000,"Implausibly high (at most 670,000 ha)",',
    );
    expect(N.nativeCheck(row([m(">=", 150, "communes", 2030)], 2030), "A1")).toContain('IF(A1>200,"Vượt mức hợp lý (tối đa 200 xã)",');
    // A percentage row whose milestone is 1% or less has no stored-fraction rule.
    expect(N.nativeCheck(row([m(">=", 1, "percent", 2030)], 2030), "A1")).not.toContain("AND(A1>0,A1<1)");
    expect(N.nativeCheck(row([m(">=", 1.5, "percent", 2030)], 2030), "A1")).toContain("IF(AND(A1>0,A1<1),IF(A1<0.01,");
  });

  it("groups the thousands of a gap from a path of 1,000 on", () => {
    const thousand = N.nativeCheck(row([m(">=", 1000, "ha", 2030)], 2030), "A1");
    const below = N.nativeCheck(row([m(">=", 999, "ha", 2030)], 2030), "A1");
    expect(thousand).toContain('&"."&RIGHT(MOD(INT(');
    expect(below).not.toContain("RIGHT(MOD(INT(");
    expect(evaluate(thousand, [0, 998.5])).toEqual([
      "Chậm 1.000 ha so với lộ trình 2030 (1.000 ha)",
      "Chậm 1,5 ha so với lộ trình 2030 (1.000 ha)",
    ]);
    expect(evaluate(below, [0])).toEqual(["Chậm 999 ha so với lộ trình 2030 (999 ha)"]);
  });

  it("writes a gap in English with a comma between thousands and a point before decimals", () => {
    const thousand = N.nativeCheck(row([m(">=", 1000, "ha", 2030)], 2030, "en"), "A1");
    expect(thousand).toContain('&","&RIGHT(MOD(INT(');
    expect(thousand).toContain('"."&SUBSTITUTE(');
    expect(evaluate(thousand, [0, 998.5])).toEqual([
      "Behind the 2030 path (1,000 ha) by 1,000 ha",
      "Behind the 2030 path (1,000 ha) by 1.5 ha",
    ]);
  });

  it("writes a percentage stored as a fraction in English with a decimal point", () => {
    const f = N.nativeCheck(row([m(">=", 25, "percent", 2020), m(">=", 80, "percent", 2030)], 2025, "en"), "A1");
    expect(evaluate(f, [0.2, 0.005, 0.0675])).toEqual([
      '0.2 looks like 20% stored as a fraction (a %-formatted cell) — type 20; if 0.2% is meant, enter the text "0.2%" (the 2030 target: 80%)',
      '0.005 looks like 0.5% stored as a fraction (a %-formatted cell) — enter the text "0.5%" (the 2030 target: 80%)',
      '0.0675 looks like 6.75% stored as a fraction (a %-formatted cell) — type 6.75; if 0.0675% is meant, enter the text "0.0675%" (the 2030 target: 80%)',
    ]);
  });

  it("checks a cap (at most) and a strict target (over) by their own words", () => {
    const cap = N.nativeCheck(row([m("<=", 50, "percent", 2020), m("<=", 30, "percent", 2030)], 2030, "en"), "A1");
    expect(cap).toContain('IF(A1<=30,"OK","Above the 2030 cap (30%)")');
    expect(evaluate(cap, [30, 30.5])).toEqual(["OK", "Above the 2030 cap (30%)"]);
    const over = N.nativeCheck(row([m(">", 20, "percent", 2020, "s"), m(">", 60, "percent", 2030, "s")], 2030, "en"), "A1");
    expect(over).toContain(
      'IF(A1<=60,IF(ROUND(60-A1,9)<=0,"Not over 60%: the 2030 target is over 60%, i.e. more than 60%; exactly 60% does not meet it",',
    );
    expect(evaluate(over, [60, 60.01, 59])).toEqual([
      "Not over 60%: the 2030 target is over 60%, i.e. more than 60%; exactly 60% does not meet it",
      "OK",
      "Behind the 2030 path (60%) by 1 point",
    ]);
  });

  it("has no implausibility bound for a unit without a maximum whose final milestone is 0", () => {
    const zero = N.nativeCheck(row([m(">=", 0, "MW", 2030)], 2030, "en"), "A1");
    expect(zero).not.toContain("Implausibly high");
    expect(zero).toMatch(/^IF\(TRIM\(A1\)="","No value entered",IF\(ISNUMBER\(A1\),IF\(A1<0,"Negative value not allowed",IF\(A1<0,/);
    expect(N.nativeCheck(row([m(">=", 1.5, "times_baseline", 2030)], 2030, "en"), "A1")).toContain(
      'IF(A1>15,"Implausibly high (over 10× the 2030 target)",',
    );
  });
});
