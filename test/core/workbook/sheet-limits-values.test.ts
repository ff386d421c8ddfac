/**
 * Excel's sheet limits as exact values (core/consolidation/sheet-limits.ts): the limits and their validation, sheet
 * names at 31 characters and when taken, where row i of a list lands (sheet and row) at and one past a sheet's
 * end, texts cut with their marker character for character, pieces at surrogate boundaries, and the Summary's
 * lines about all this in both languages. Small limits show each boundary; Excel's own at the real row count.
 *
 * Every test builds its own SheetBook: nothing is computed when the file loads.
 */
import {
  EXCEL_MAX_CHARS,
  EXCEL_MAX_ROWS,
  SheetBook,
  limitLines,
  pieces,
  type LimitFacts,
} from "../../../src/core/consolidation/sheet-limits";

/** The English marker of a cut text, as the Long texts sheet's name and row give it. */
const enMarker = (cut: string, sheet: string, row: number, parts: number) =>
  `… [${cut} characters cut; full text on sheet “${sheet}” from row ${row}, in ${parts} parts]`;

describe("the limits", () => {
  it("are Excel's unless given: 1,048,576 rows (1,048,575 under the header) and 32,767 characters", () => {
    expect([EXCEL_MAX_ROWS, EXCEL_MAX_CHARS]).toEqual([1_048_576, 32_767]);
    const book = new SheetBook("vi");
    expect(book.limits).toEqual({ rows: 1_048_576, chars: 32_767 });
    expect(book.rowsPerSheet).toBe(1_048_575);
    expect(book.lang).toBe("vi");
  });

  it("take what is given and keep Excel's for the rest", () => {
    expect(new SheetBook("en", { rows: 10 }).limits).toEqual({ rows: 10, chars: 32_767 });
    expect(new SheetBook("en", { chars: 50 }).limits).toEqual({ rows: 1_048_576, chars: 50 });
  });

  it("need at least a header and one row, and two characters a cell", () => {
    const smallest = new SheetBook("vi", { rows: 2, chars: 2 });
    expect([smallest.rowsPerSheet, smallest.limits.chars]).toEqual([1, 2]);
    const message = "SheetBook: a sheet holds at least a header and a row, a cell two characters";
    expect(() => new SheetBook("vi", { rows: 1 })).toThrow(message);
    expect(() => new SheetBook("vi", { chars: 1 })).toThrow(message);
    expect(() => new SheetBook("vi", { rows: Number.NaN })).toThrow(message);
    expect(() => new SheetBook("vi", { chars: Number.NaN })).toThrow(message);
  });
});

describe("claim: a sheet name of its own", () => {
  it("gives the name asked for, then 'name (2)', 'name (3)'", () => {
    const book = new SheetBook("vi");
    expect(["Tổng hợp", "Tổng hợp", "Tổng hợp"].map((n) => book.claim(n))).toEqual(["Tổng hợp", "Tổng hợp (2)", "Tổng hợp (3)"]);
  });

  it("compares without case, as Excel does, names already in the workbook included", () => {
    const book = new SheetBook("vi", {}, ["TỔNG HỢP", "tổng hợp (2)"]);
    expect(book.claim("Tổng hợp")).toBe("Tổng hợp (3)");
    expect(book.claim("TỔNG HỢP (3)")).toBe("TỔNG HỢP (3) (2)");
  });

  it("keeps every name within 31 characters, the suffix included", () => {
    const book = new SheetBook("en");
    const long = "N".repeat(40);
    expect(book.claim(long)).toBe("N".repeat(31));
    expect(book.claim(long)).toBe(`${"N".repeat(27)} (2)`);
    for (let k = 3; k <= 9; k++) book.claim(long);
    expect(book.claim(long)).toBe(`${"N".repeat(26)} (10)`);
    // A name of exactly 31 characters is kept whole.
    expect(book.claim("M".repeat(31))).toBe("M".repeat(31));
  });
});

describe("sheetOf and place: where a list's rows go", () => {
  it("the first sheet is the list's own; asking for it continues nothing", () => {
    const book = new SheetBook("vi", { rows: 3 });
    expect(book.sheetOf("Chi tiết", 0)).toBe("Chi tiết");
    expect(book.sheetsOf("Chi tiết")).toEqual(["Chi tiết"]);
    expect(book.facts().continued).toEqual([]);
  });

  it("names every sheet up to the one asked for, once", () => {
    const book = new SheetBook("vi", { rows: 3 });
    expect(book.sheetOf("Chi tiết", 3)).toBe("Chi tiết (4)");
    expect(book.sheetOf("Chi tiết", 1)).toBe("Chi tiết (2)");
    expect(book.sheetOf("Chi tiết", 3)).toBe("Chi tiết (4)");
    expect(book.sheetsOf("Chi tiết")).toEqual(["Chi tiết", "Chi tiết (2)", "Chi tiết (3)", "Chi tiết (4)"]);
    expect(book.facts().continued).toEqual([{ sheet: "Chi tiết", more: ["Chi tiết (2)", "Chi tiết (3)", "Chi tiết (4)"] }]);
  });

  it("hands out facts of its own: changing them changes nothing in the book", () => {
    const book = new SheetBook("vi", { rows: 3 });
    book.place("Chi tiết", 2);
    book.facts().continued[0]!.more.push("Chi tiết (9)");
    expect(book.sheetsOf("Chi tiết")).toEqual(["Chi tiết", "Chi tiết (2)"]);
    expect(book.place("Chi tiết", 4)).toEqual({ sheet: "Chi tiết (3)", row: 2 });
  });

  it("steps round a taken name with 'k-2', 'k-3'…, and shortens the first to fit 31 characters", () => {
    const book = new SheetBook("vi", {}, ["Vấn đề (2)", "vấn đề (2-2)"]);
    expect(book.sheetOf("Vấn đề", 1)).toBe("Vấn đề (2-3)");
    const long = "L".repeat(31);
    expect(book.sheetOf(long, 9)).toBe(`${"L".repeat(26)} (10)`);
    expect(book.sheetsOf(long)[1]).toBe(`${"L".repeat(27)} (2)`);
    // Names handed out are taken: a claim never gets them again.
    expect(book.claim("Vấn đề (2-3)")).toBe("Vấn đề (2-3) (2)");
  });

  it("with 3 rows a sheet (2 under the header): rows 2 and 3, then the next sheet", () => {
    const book = new SheetBook("vi", { rows: 3 });
    expect([0, 1, 2, 3, 4].map((i) => book.place("Chi tiết", i))).toEqual([
      { sheet: "Chi tiết", row: 2 },
      { sheet: "Chi tiết", row: 3 },
      { sheet: "Chi tiết (2)", row: 2 },
      { sheet: "Chi tiết (2)", row: 3 },
      { sheet: "Chi tiết (3)", row: 2 },
    ]);
  });

  it("with the smallest sheet (one row under the header): every row on a sheet of its own", () => {
    const book = new SheetBook("en", { rows: 2 });
    expect([0, 1, 2].map((i) => book.place("Detail", i))).toEqual([
      { sheet: "Detail", row: 2 },
      { sheet: "Detail (2)", row: 2 },
      { sheet: "Detail (3)", row: 2 },
    ]);
  });

  it("at Excel's limit: data row 1,048,575 is the sheet's last row, the next starts 'Chi tiết (2)'", () => {
    const book = new SheetBook("vi");
    expect(book.place("Chi tiết", 1_048_574)).toEqual({ sheet: "Chi tiết", row: 1_048_576 });
    expect(book.place("Chi tiết", 1_048_575)).toEqual({ sheet: "Chi tiết (2)", row: 2 });
    expect(book.place("Chi tiết", 2 * 1_048_575)).toEqual({ sheet: "Chi tiết (3)", row: 2 });
  });
});

describe("pieces", () => {
  it("cuts at the size, the last piece shorter; nothing for an empty text", () => {
    expect(pieces("", 3)).toEqual([]);
    expect(pieces("abc", 3)).toEqual(["abc"]);
    expect(pieces("abc", 5)).toEqual(["abc"]);
    expect(pieces("abcd", 3)).toEqual(["abc", "d"]);
    expect(pieces("abcdefg", 2)).toEqual(["ab", "cd", "ef", "g"]);
  });

  it("moves a cut back one before a high surrogate (U+D800…U+DBFF), and only then", () => {
    expect(pieces("a\uD800b", 2)).toEqual(["a", "\uD800b"]);
    expect(pieces("a\uDBFF\uDC00b", 2)).toEqual(["a", "\uDBFF\uDC00", "b"]);
    expect(pieces("a\uD7FFb", 2)).toEqual(["a\uD7FF", "b"]);
    expect(pieces("a\uDC00b", 2)).toEqual(["a\uDC00", "b"]);
    expect(pieces("😀😀", 3)).toEqual(["😀", "😀"]);
  });

  it("keeps a text ending in a lone high surrogate whole when it fits", () => {
    expect(pieces("ab\uD83D", 3)).toEqual(["ab\uD83D"]);
  });

  it("splits a pair only when a piece holds one code unit", () => {
    expect(pieces("😀", 1)).toEqual(["\uD83D", "\uDE00"]);
  });
});

describe("fit: a row as it can be written", () => {
  it("returns the row itself when no text is over the limit, whatever else it holds", () => {
    const book = new SheetBook("en", { chars: 5 });
    const row = ["12345", 123456789, null, ""];
    expect(book.fit(row, "Detail", 2)).toBe(row);
    expect(book.facts().longTexts).toBeNull();
    expect(book.longTextRows()).toEqual([]);
  });

  it("cuts a text one character over: its beginning and a marker, exactly the cell's length, in full on Long texts", () => {
    const book = new SheetBook("en", { chars: 100 });
    const text = "x".repeat(150);
    const row = ["D.12", text, 5];
    const out = book.fit(row, "Detail", 7);
    // The marker for 150 characters is 78 long: 22 shown, 128 cut.
    expect(out).toEqual(["D.12", `${"x".repeat(22)}${enMarker("128", "Long texts", 2, 2)}`, 5]);
    expect((out[1] as string).length).toBe(100);
    expect(row[1]).toBe(text);
    expect(book.longTextRows()).toEqual([
      ["Detail", "B7", 1, 2, 150, "x".repeat(100)],
      ["Detail", "B7", 2, 2, 150, "x".repeat(50)],
    ]);
    expect(book.facts()).toEqual({ continued: [], longTexts: { sheet: "Long texts", cells: 1 }, rows: 1_048_576, chars: 100 });
  });

  it("keeps a text of exactly the limit and cuts one of a character more", () => {
    const book = new SheetBook("en", { chars: 100 });
    expect(book.fit(["y".repeat(100)], "Detail", 2)).toEqual(["y".repeat(100)]);
    const [cut] = book.fit(["y".repeat(101)], "Detail", 3) as [string];
    expect(cut).toBe(`${"y".repeat(22)}${enMarker("79", "Long texts", 2, 2)}`);
    expect(book.longTextRows().map((r) => r.slice(0, 5))).toEqual([
      ["Detail", "A3", 1, 2, 101],
      ["Detail", "A3", 2, 2, 101],
    ]);
  });

  it("states the count actually cut, which may be shorter than the whole length's", () => {
    const book = new SheetBook("en", { chars: 100 });
    const [cut] = book.fit(["z".repeat(1005)], "Detail", 2) as [string];
    // Measured with "1,005" (marker of 81): 19 shown; then 986 cut, a marker of 79: 98 characters in all.
    expect(cut).toBe(`${"z".repeat(19)}${enMarker("986", "Long texts", 2, 11)}`);
    expect(cut.length).toBe(98);
  });

  it("groups the digits of the count as each language writes them", () => {
    const en = new SheetBook("en", { chars: 1200 });
    expect(en.fit(["a".repeat(3000)], "Detail", 2)).toEqual([`${"a".repeat(1120)}${enMarker("1,880", "Long texts", 2, 3)}`]);
    const vi = new SheetBook("vi", { chars: 1200 });
    const [cut] = vi.fit(["a".repeat(3000)], "Chi tiết", 2) as [string];
    expect(cut).toBe(`${"a".repeat(1128)}… [đã cắt 1.872 ký tự; toàn văn ở trang “Văn bản dài” từ dòng 2, 3 phần]`);
    expect(vi.facts().longTexts).toEqual({ sheet: "Văn bản dài", cells: 1 });
  });

  it("never shows half of a surrogate pair at the cut", () => {
    const book = new SheetBook("en", { chars: 100 });
    const text = `${"x".repeat(21)}😀${"x".repeat(127)}`;
    const [cut] = book.fit([text], "Detail", 2) as [string];
    expect(cut).toBe(`${"x".repeat(21)}${enMarker("129", "Long texts", 2, 2)}`);
  });

  it("cuts each long cell of a row, naming its column (beyond Z too) and row", () => {
    const book = new SheetBook("en", { chars: 100 });
    const row: (string | null)[] = Array.from({ length: 28 }, () => null);
    row[0] = "a".repeat(101);
    row[27] = "b".repeat(201);
    const out = book.fit(row, "Issues", 12);
    expect(out[0]).toBe(`${"a".repeat(22)}${enMarker("79", "Long texts", 2, 2)}`);
    // The second text's pieces start after the first's two: row 4.
    expect(out[27]).toBe(`${"b".repeat(22)}${enMarker("179", "Long texts", 4, 3)}`);
    expect(book.longTextRows().map((r) => r.slice(0, 5))).toEqual([
      ["Issues", "A12", 1, 2, 101],
      ["Issues", "A12", 2, 2, 101],
      ["Issues", "AB12", 1, 3, 201],
      ["Issues", "AB12", 2, 3, 201],
      ["Issues", "AB12", 3, 3, 201],
    ]);
    expect(book.facts().longTexts).toEqual({ sheet: "Long texts", cells: 2 });
  });

  it("points a marker to the Long texts sheet its pieces continue on", () => {
    const book = new SheetBook("en", { rows: 3, chars: 100 });
    book.fit(["x".repeat(150)], "Detail", 2);
    const [second] = book.fit(["y".repeat(250)], "Detail", 3) as [string];
    expect(second).toBe(`${"y".repeat(18)}${enMarker("232", "Long texts (2)", 2, 3)}`);
    expect(book.facts()).toEqual({
      continued: [{ sheet: "Long texts", more: ["Long texts (2)"] }],
      longTexts: { sheet: "Long texts", cells: 2 },
      rows: 3,
      chars: 100,
    });
  });

  it("cuts to the cell even when the marker alone is longer (a tiny limit)", () => {
    const book = new SheetBook("en", { chars: 10 });
    expect(book.fit(["x".repeat(150)], "Detail", 2)).toEqual(["… [150 cha"]);
  });
});

describe("the Long texts sheet's name", () => {
  it("is claimed once, when first asked for, in the book's language", () => {
    const en = new SheetBook("en");
    expect(en.longTextsSheet).toBe("Long texts");
    expect(en.longTextsSheet).toBe("Long texts");
    expect(new SheetBook("vi").longTextsSheet).toBe("Văn bản dài");
  });

  it("steps aside for a sheet of that name", () => {
    expect(new SheetBook("vi", {}, ["văn bản dài"]).longTextsSheet).toBe("Văn bản dài (2)");
    const book = new SheetBook("en");
    expect(book.claim("Long texts")).toBe("Long texts");
    expect(book.longTextsSheet).toBe("Long texts (2)");
  });
});

describe("limitLines: what the Summary says", () => {
  const facts = (more: Partial<LimitFacts> = {}): LimitFacts => ({
    continued: [],
    longTexts: null,
    rows: 1_048_576,
    chars: 32_767,
    ...more,
  });

  it("says nothing when no list continued and no text was cut", () => {
    expect(limitLines(undefined, "vi")).toEqual([]);
    expect(limitLines(facts(), "en")).toEqual([]);
  });

  it("names each continued list and its further sheets, in Vietnamese", () => {
    const lines = limitLines(
      facts({
        continued: [
          { sheet: "Chi tiết", more: ["Chi tiết (2)", "Chi tiết (3)"] },
          { sheet: "Vấn đề", more: ["Vấn đề (2)"] },
        ],
      }),
      "vi",
    );
    expect(lines).toEqual([
      "Excel chứa tối đa 1.048.576 dòng một trang, nên danh sách dài tiếp tục ở trang sau, cùng hàng tiêu đề: “Chi tiết” tiếp tục ở “Chi tiết (2)”, “Chi tiết (3)”; “Vấn đề” tiếp tục ở “Vấn đề (2)”",
    ]);
  });

  it("states the cells cut, then comes after the lists, in English", () => {
    const lines = limitLines(
      facts({ continued: [{ sheet: "Detail", more: ["Detail (2)"] }], longTexts: { sheet: "Long texts", cells: 1234 }, rows: 1000 }),
      "en",
    );
    expect(lines).toEqual([
      "Excel holds at most 1,000 rows a sheet, so long lists go on to further sheets, with the same header row: “Detail” continues on “Detail (2)”",
      "1,234 cell(s) longer than 32,767 characters (Excel's limit for a cell) show their beginning only, saying how many characters were cut; the full texts, in parts, are on sheet “Long texts”",
    ]);
  });

  it("groups digits only from four on, and states whole numbers", () => {
    const line = (rows: number) => limitLines(facts({ continued: [{ sheet: "D", more: ["D (2)"] }], rows }), "en")[0]!.split(" rows")[0];
    expect([999, 1000, 100_000, 2500.9].map(line)).toEqual([
      "Excel holds at most 999",
      "Excel holds at most 1,000",
      "Excel holds at most 100,000",
      "Excel holds at most 2,500",
    ]);
    expect(limitLines(facts({ longTexts: { sheet: "Văn bản dài", cells: 3 }, chars: 60 }), "vi")).toEqual([
      "3 ô dài hơn 60 ký tự (giới hạn một ô của Excel) chỉ hiện phần đầu, có ghi số ký tự đã cắt; toàn văn, chia thành từng phần, ở trang “Văn bản dài”",
    ]);
  });
});
