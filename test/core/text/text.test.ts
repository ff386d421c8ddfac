/**
 * Text safety and text as shown (src/core/text): what a spreadsheet would run as a formula is neutralised in CSV and
 * catalog text, and comparisons go by what a person sees in the cell.
 */
import { csvField, csvLine, neutralizeFormulaText } from "../../../src/core/text/safe-cell";
import { shownText } from "../../../src/core/text/shown";

describe("neutralizeFormulaText", () => {
  it.each(["=1+1", "+84 912", "-5", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("x")'])("%p starts like a formula: apostrophe first", (text) =>
    expect(neutralizeFormulaText(text)).toBe(`'${text}`),
  );
  it.each(["a=1", "1+1", "5-", "x@y", "a\t=1", "", " =1", "'=1", "Điện mặt trời"])("%p is left as it is", (text) =>
    expect(neutralizeFormulaText(text)).toBe(text),
  );
});

describe("csvField and csvLine (RFC 4180)", () => {
  it("writes blanks as nothing and numbers as they are", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(12.5)).toBe("12.5");
  });

  it("quotes a field holding a separator, quote or line break, doubling quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("plain text")).toBe("plain text");
  });

  it("neutralises before quoting", () => {
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("null")).toBe("null");
  });

  it("joins fields with commas", () => {
    expect(csvLine(["NV1.1", 12.5, null, "=x", "a,b", undefined])).toBe(`NV1.1,12.5,,'=x,"a,b",`);
    expect(csvLine([])).toBe("");
  });
});

describe("shownText: text as a person sees it in a cell", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["  Sở Tài chính  ", "Sở Tài chính"],
    ["Sở\u00a0 Tài\n\tchính", "Sở Tài chính"],
    ["Sở Tài  chính", "Sở Tài chính"],
    ["Ha\u0300 Giang", "Hà Giang"],
    [12.5, "12.5"],
    [0, "0"],
    [false, "false"],
  ])("%p is shown as %p", (value, shown) => expect(shownText(value)).toBe(shown));

  it("composes Vietnamese letters typed in two code points", () => {
    const decomposed = "Cao Ba\u0306\u0300ng";
    expect(shownText(decomposed)).toBe("Cao Bằng");
    expect(shownText(decomposed)).toHaveLength("Cao Bằng".length);
  });
});
