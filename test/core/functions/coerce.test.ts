/**
 * The TTX functions' argument readers (src/core/functions/coerce.ts): every value Excel may hand over, read or
 * answered with a #VALUE! that names the argument and what it got — never a guess, never a throw.
 */
import { toExcelSerial } from "../../../src/core/cells/values";
import { readCode, readDate, readNumber, readNumberList, readYear } from "../../../src/core/functions/coerce";
import { ttxError } from "../../../src/core/functions/result";
import { bilingual } from "../../../src/core/i18n/messages";

const valueError = (key: Parameters<typeof bilingual>[0], params: Parameters<typeof bilingual>[1]) =>
  ttxError("VALUE", bilingual(key, params));

describe("readCode", () => {
  it("takes text as typed, a number as its digits, a 1×1 range as its cell", () => {
    expect(readCode("NV1.1")).toBe("NV1.1");
    expect(readCode(" nv1.1 ")).toBe(" nv1.1 ");
    expect(readCode(1.2)).toBe("1.2");
    expect(readCode(0)).toBe("0");
    expect(readCode([["C4.10"]])).toBe("C4.10");
    expect(readCode([[3]])).toBe("3");
  });

  it("answers anything else with #VALUE! naming what it got", () => {
    expect(readCode(null)).toEqual(valueError("notText", { what: "code", got: "(trống/empty)" }));
    expect(readCode("  ")).toEqual(valueError("notText", { what: "code", got: "(trống/empty)" }));
    expect(readCode(true, "mã")).toEqual(valueError("notText", { what: "mã", got: "true" }));
    expect(readCode(Number.NaN)).toEqual(valueError("notText", { what: "code", got: "NaN" }));
    expect(readCode(Number.POSITIVE_INFINITY)).toEqual(valueError("notText", { what: "code", got: "Infinity" }));
    expect(readCode([["a", "b"]])).toEqual(valueError("notText", { what: "code", got: '[["a","b"]]' }));
    expect(readCode([["a"], ["b"]])).toEqual(valueError("notText", { what: "code", got: '[["a"],["b"]]' }));
    expect(readCode(["a"])).toEqual(valueError("notText", { what: "code", got: '["a"]' }));
    expect(readCode([])).toEqual(valueError("notText", { what: "code", got: "[]" }));
  });
});

describe("readNumber", () => {
  it("takes numbers, text numbers in either notation, and a 1×1 range", () => {
    expect(readNumber(12.5, "x")).toBe(12.5);
    expect(readNumber(0, "x")).toBe(0);
    expect(readNumber(-3, "x")).toBe(-3);
    expect(readNumber("12,5", "x")).toBe(12.5);
    expect(readNumber("1.234,5", "x")).toBe(1234.5);
    expect(readNumber("12.5%", "x")).toBe(12.5);
    expect(readNumber([[7]], "x")).toBe(7);
    expect(readNumber([["7,5"]], "x")).toBe(7.5);
  });

  it("answers anything else with #VALUE! naming the argument and the value", () => {
    expect(readNumber("abc", "value")).toEqual(valueError("notNumber", { what: "value", got: "abc" }));
    expect(readNumber("", "value")).toEqual(valueError("notNumber", { what: "value", got: "(trống/empty)" }));
    expect(readNumber(null, "value")).toEqual(valueError("notNumber", { what: "value", got: "(trống/empty)" }));
    expect(readNumber(undefined, "value")).toEqual(valueError("notNumber", { what: "value", got: "(trống/empty)" }));
    expect(readNumber(true, "value")).toEqual(valueError("notNumber", { what: "value", got: "true" }));
    expect(readNumber(Number.NaN, "value")).toEqual(valueError("notNumber", { what: "value", got: "NaN" }));
    expect(readNumber(Number.NEGATIVE_INFINITY, "value")).toEqual(valueError("notNumber", { what: "value", got: "-Infinity" }));
    expect(readNumber([[1, 2]], "value")).toEqual(valueError("notNumber", { what: "value", got: "[[1,2]]" }));
    expect(readNumber({ a: 1 }, "value")).toEqual(valueError("notNumber", { what: "value", got: '{"a":1}' }));
  });
});

describe("readYear", () => {
  it.each([
    [2000, 2000],
    [2025, 2025],
    [2100, 2100],
    ["2030", 2030],
    [[[2020]], 2020],
  ])("%p is the year %p", (value, year) => expect(readYear(value)).toBe(year));

  it.each([
    [1999, "1999"],
    [2101, "2101"],
    [2025.5, "2025.5"],
    ["2025,5", "2025,5"],
    [[[1999]], "[[1999]]"],
  ])("%p is no year of the plan", (value, got) => expect(readYear(value)).toEqual(valueError("badYear", { got })));

  it("passes on the number error for what is no number", () => {
    expect(readYear("năm nay")).toEqual(valueError("notNumber", { what: "year", got: "năm nay" }));
    expect(readYear(null)).toEqual(valueError("notNumber", { what: "year", got: "(trống/empty)" }));
  });
});

describe("readDate", () => {
  const june5 = toExcelSerial(2025, 6, 5);

  it("takes a serial's day, a Date's day, and text as readDateText reads it", () => {
    expect(readDate(june5, "due")).toBe(june5);
    expect(readDate(june5 + 0.73, "due")).toBe(june5);
    expect(readDate(1, "due")).toBe(1);
    expect(readDate(new Date(Date.UTC(2025, 5, 5, 17, 30)), "due")).toBe(june5);
    expect(readDate("05/06/2025", "due")).toBe(june5);
    expect(readDate("ngày 5 tháng 6 năm 2025", "due")).toBe(june5);
    expect(readDate([["2025-06-05"]], "due")).toBe(june5);
  });

  it("answers an ambiguous text with both readings", () => {
    expect(readDate("6/5/2025", "ngày")).toEqual(
      valueError("notDateAmbiguous", { what: "ngày", got: "6/5/2025", dayFirst: "06/05/2025", monthFirst: "05/06/2025" }),
    );
  });

  it("answers anything else with #VALUE! naming what it got", () => {
    expect(readDate(0, "due")).toEqual(valueError("notDate", { what: "due", got: "0" }));
    expect(readDate(-1, "due")).toEqual(valueError("notDate", { what: "due", got: "-1" }));
    expect(readDate(Number.NaN, "due")).toEqual(valueError("notDate", { what: "due", got: "NaN" }));
    expect(readDate(Number.POSITIVE_INFINITY, "due")).toEqual(valueError("notDate", { what: "due", got: "Infinity" }));
    expect(readDate(new Date(Number.NaN), "due")).toEqual(valueError("notDate", { what: "due", got: "null" }));
    expect(readDate("31/02/2025", "due")).toEqual(valueError("notDate", { what: "due", got: "31/02/2025" }));
    expect(readDate(null, "due")).toEqual(valueError("notDate", { what: "due", got: "(trống/empty)" }));
    expect(readDate(true, "due")).toEqual(valueError("notDate", { what: "due", got: "true" }));
  });
});

describe("readNumberList", () => {
  it("reads a row, a column or a block, skipping blanks", () => {
    expect(
      readNumberList(
        [
          [1, null, "2,5"],
          ["", 4, undefined],
        ],
        "values",
      ),
    ).toEqual([1, 2.5, 4]);
    expect(readNumberList([[1], [2], [3]], "values")).toEqual([1, 2, 3]);
    expect(readNumberList(5, "values")).toEqual([5]);
    expect(readNumberList(null, "values")).toEqual([]);
    expect(readNumberList([[null, " "]], "values")).toEqual([]);
  });

  it("stops at the first value that is no number, naming it", () => {
    expect(readNumberList([[1, "x", "y"]], "values")).toEqual(valueError("notNumber", { what: "values", got: "x" }));
    expect(readNumberList("x", "values")).toEqual(valueError("notNumber", { what: "values", got: "x" }));
  });
});
