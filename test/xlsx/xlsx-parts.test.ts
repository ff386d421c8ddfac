/**
 * The report reader's low-level modules, pinned on hand-written XML and tiny zips built here (milliseconds each):
 * src/xlsx/sheet-cells.ts (what each `<c>` becomes — its type n/s/str/inlineStr/b/e/d, its style's date or
 * percentage, a formula's cached value —, where an address-less cell lands, merged ranges, Excel's grid, the
 * per-sheet and per-file counts, a part fed in pieces split anywhere) and src/xlsx/xlsx-parts.ts (xmlParser's names,
 * attributes and entities; which cell styles show dates or percentages, built-in or custom; shared strings with rich
 * text, phonetic guides and kept spaces; openXlsx's sheet list, relationship targets resolved relative or absolute,
 * the parts it falls back to, its limits on sheets, strings, text, part and unpacked bytes, with the errors naming
 * the part or sheet).
 *
 * Why: xlsx-reader.test.ts and read-limits.test.ts check the same code on whole workbooks against ExcelJS, seconds
 * per test; the mutation run replays the tests reaching a module for every small edit of it, and needs fast tests
 * that say exactly what each branch computes. Every expected value is written by hand from the XML given (what
 * ECMA-376 says it means), never computed by the code under test.
 */
import JSZip from "jszip";
import { READ_LIMITS, ReadLimitError, readLimits, type ReadUsage } from "../../src/xlsx/limits";
import { readSheetCells, sheetCellsParser, type SheetCells } from "../../src/xlsx/sheet-cells";
import { UnpackLimitError, openXlsx, readDateStyles, readStyleKinds, xmlParser } from "../../src/xlsx/xlsx-parts";

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

type Formats = Parameters<typeof readSheetCells>[1];

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Cell formats of a package: no shared strings or styles unless given. */
const formats = (over: Partial<Formats> = {}): Formats => ({
  sharedStrings: [],
  dateStyles: [],
  percentStyles: [],
  date1904: false,
  ...over,
});

/** A worksheet part around `rows` (`<row>` elements), `after` what follows `<sheetData>` (merged ranges). */
const sheet = (rows: string, after = "") => `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** "A", "Z", "AA"…: the letters of column n (from 1), written out for the expectations' addresses. */
function letters(n: number): string {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** Every cell holding a value, by address, wherever the parser put it: rows it reports, every column of each. */
function filled(cells: SheetCells): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of cells.rowsWithValues())
    for (let c = 1; c <= 16_384; c++) {
      const v = cells.value(r, c);
      if (v !== null) out[`${letters(c)}${r}`] = v;
    }
  return out;
}

/** The one cell `xml` in row 1 (its own address, or none: then A1), read as a sheet with `pkg`'s formats. */
const rowOne = (cellXml: string, pkg: Formats = formats()) => filled(readSheetCells(sheet(`<row r="1">${cellXml}</row>`), pkg));

/** What `run` throws (the test fails when it throws nothing). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("nothing thrown");
}

async function rejected(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("nothing thrown");
}

/** A ReadLimitError's fields and message, for toEqual. */
const limitError = (error: Error) => {
  const e = error as ReadLimitError;
  return { name: e.name, message: e.message, limit: e.limit, max: e.max, count: e.count, exact: e.exact, sheet: e.sheet, where: e.where };
};

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

/** A workbook.xml listing `sheets` (`<sheet>` elements), with `pr` inside before them (a `<workbookPr>`). */
const workbook = (sheets: string, pr = "") => `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<sheets>${sheets}</sheets></workbook>`;

/** A relationships part: [Id, type (the last segment of its URI), Target]. */
const relationships = (...rels: [id: string, type: string, target: string][]) =>
  `<Relationships xmlns="${PKG_REL}">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** A zip of the parts given (stored, unless asked to deflate). */
async function zipOf(parts: Record<string, string | Uint8Array>, compression: "STORE" | "DEFLATE" = "STORE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression });
}

/** The zip with `part`'s uncompressed size rewritten to `declared` in its local header and central directory. */
function lieAboutSize(zipBytes: Uint8Array, part: string, declared: number): Uint8Array {
  const bytes = Buffer.from(zipBytes);
  const name = Buffer.from(part);
  for (const [signature, sizeAt, nameAt] of [
    [0x04034b50, 22, 30],
    [0x02014b50, 24, 46],
  ] as const)
    for (let i = 0; i + nameAt + name.length <= bytes.length; i++)
      if (bytes.readUInt32LE(i) === signature && bytes.subarray(i + nameAt, i + nameAt + name.length).equals(name))
        bytes.writeUInt32LE(declared, i + sizeAt);
  return new Uint8Array(bytes);
}

const bytesOf = (text: string) => Buffer.byteLength(text, "utf8");

// ---------------------------------------------------------------------------------------------------------------
// xmlParser
// ---------------------------------------------------------------------------------------------------------------

describe("xmlParser", () => {
  const events = (pieces: string[]) => {
    const out: unknown[] = [];
    const parser = xmlParser({
      open: (name, attributes) => out.push(["open", name, attributes]),
      close: (name) => out.push(["close", name]),
      text: (text) => out.push(["text", text]),
    });
    for (const piece of pieces) parser.write(piece);
    parser.end();
    return out;
  };

  it("gives element names without their prefix, attributes as written (prefix kept), text with entities decoded", () => {
    const xml = `<x:sst xmlns:x="u" x:count="1&amp;2"><x:t xml:space="preserve"> a&#x20AC;&#8364;&lt;&gt;&quot;&apos;\r\nb </x:t><x:e/></x:sst>`;
    expect(events([xml])).toEqual([
      ["open", "sst", { "xmlns:x": "u", "x:count": "1&2" }],
      ["open", "t", { "xml:space": "preserve" }],
      ["text", " a€€<>\"'\nb "],
      ["close", "t"],
      ["open", "e", {}],
      ["close", "e"],
      ["close", "sst"],
    ]);
  });

  it("reads the same when fed one character at a time (inside names, attributes and entities)", () => {
    const xml = `<a><b x="1&amp;2">te&lt;xt</b><c/></a>`;
    const expected = [
      ["open", "a", {}],
      ["open", "b", { x: "1&2" }],
      ["text", "te<xt"],
      ["close", "b"],
      ["open", "c", {}],
      ["close", "c"],
      ["close", "a"],
    ];
    expect(events([...xml])).toEqual(expected);
    expect(events([xml.slice(0, 9), xml.slice(9, 21), xml.slice(21)])).toEqual(expected);
  });

  it("runs without handlers; a handler's error comes out of write", () => {
    const quiet = xmlParser({});
    quiet.write("<a>x</a>");
    expect(() => quiet.end()).not.toThrow();
    const failing = xmlParser({
      open: () => {
        throw new Error("boom");
      },
    });
    expect(() => failing.write("<a/>")).toThrow("boom");
  });

  it("refuses entities a part declares (never expanded), an unclosed element at the end, two roots, no root", () => {
    const write = (xml: string) => () => {
      const parser = xmlParser({ text: () => undefined });
      parser.write(xml);
      parser.end();
    };
    expect(write(`<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`)).toThrow("1:36: undefined entity.");
    expect(write("<a><c>")).toThrow("1:6: unclosed tag: c");
    expect(write("<a/><b/>")).toThrow("1:7: documents may contain only one root.");
    expect(write("")).toThrow("1:0: document must contain a root element.");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// readStyleKinds / readDateStyles
// ---------------------------------------------------------------------------------------------------------------

describe("which cell styles show dates or percentages", () => {
  it("built-in number formats: dates 14–22, 27–36, 45–47, 50–58; percentages 9 and 10; nothing else", () => {
    const ids = Array.from({ length: 61 }, (_, id) => id);
    const xml = `<styleSheet><cellXfs count="61">${ids.map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join("")}</cellXfs></styleSheet>`;
    const dateIds = [
      14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ];
    const { dates, percents } = readStyleKinds(xml);
    expect(dates.flatMap((d, id) => (d ? [id] : []))).toEqual(dateIds);
    expect(percents.flatMap((p, id) => (p ? [id] : []))).toEqual([9, 10]);
    expect([dates.length, percents.length]).toEqual([61, 61]);
  });

  it("custom formats by their code: date letters and % outside quotes, brackets, escapes, _ spaces and * fills", () => {
    const codes = [
      "dd/mm/yyyy", // 164: date
      "0%", // 165: percentage
      '0 "d"', // 166: a quoted d is text
      "[Red]0.0%", // 167: percentage
      "General", // 168
      "[$-42A]0", // 169: a locale, not a date
      "\\d0", // 170: an escaped d is text
      "_d0", // 171: a space the width of d
      "*d0", // 172: a fill
      "h:mm", // 173: a time
      '0" %"', // 174: a quoted % is text
      "d%", // 175: both
      "", // 176: no code
      "0.00E+00", // 177
    ];
    const xml =
      `<styleSheet><numFmts count="${codes.length}">` +
      codes.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/"/g, "&quot;")}"/>`).join("") +
      `</numFmts><cellXfs>${codes.map((_c, i) => `<xf numFmtId="${164 + i}"/>`).join("")}</cellXfs></styleSheet>`;
    expect(readStyleKinds(xml)).toEqual({
      dates: [true, false, false, false, false, false, false, false, false, true, false, true, false, false],
      percents: [false, true, false, true, false, false, false, false, false, false, false, true, false, false],
    });
  });

  it("a custom code given to a built-in id replaces the built-in format", () => {
    const xml = `<styleSheet><numFmts><numFmt numFmtId="14" formatCode="0.00"/><numFmt numFmtId="9" formatCode="General"/><numFmt numFmtId="2" formatCode="yyyy"/><numFmt numFmtId="4" formatCode="0.0%"/><numFmt numFmtId="16"/></numFmts>
      <cellXfs><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="2"/><xf numFmtId="4"/><xf numFmtId="15"/><xf numFmtId="10"/><xf numFmtId="16"/></cellXfs></styleSheet>`;
    // A <numFmt> without a code (16 here) is an empty code: neither, whatever the built-in id.
    expect(readStyleKinds(xml)).toEqual({
      dates: [false, false, true, false, true, false, false],
      percents: [false, false, false, true, false, true, false],
    });
  });

  it("only <cellXfs> entries count, in order; an xf without numFmtId is General; prefixes and entities are read", () => {
    const xml = `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts><x:numFmt numFmtId="200" formatCode="0&quot;d&quot;"/><x:numFmt numFmtId="201" formatCode="dd&quot;/&quot;mm"/></x:numFmts>
      <x:cellStyleXfs><x:xf numFmtId="14"/><x:xf numFmtId="9"/></x:cellStyleXfs>
      <x:cellXfs><x:xf numFmtId="200"/><x:xf/><x:xf numFmtId="201"/><x:xf numFmtId="10"/></x:cellXfs>
      <x:cellStyles><x:cellStyle name="Normal" xfId="0"/></x:cellStyles><x:dxfs><x:dxf><x:numFmt numFmtId="300" formatCode="0%"/></x:dxf></x:dxfs><x:extLst><x:xf numFmtId="14"/></x:extLst></x:styleSheet>`;
    expect(readStyleKinds(xml)).toEqual({ dates: [false, false, true, false], percents: [false, false, false, true] });
    expect(readDateStyles(xml)).toEqual([false, false, true, false]);
  });

  it("no styles part: no style shows a date or a percentage", () => {
    expect(readStyleKinds("")).toEqual({ dates: [], percents: [] });
    expect(readDateStyles("")).toEqual([]);
    expect(readStyleKinds("<styleSheet/>")).toEqual({ dates: [], percents: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// sheet-cells: values
// ---------------------------------------------------------------------------------------------------------------

describe("a cell's value, by its type", () => {
  const strings = formats({ sharedStrings: ["không", "một", "hai"] });

  it("numbers (t absent or n, or a type the reader does not know): exponent, sign, spaces around", () => {
    expect(rowOne('<c r="A1"><v>12.5</v></c>')).toEqual({ A1: 12.5 });
    expect(rowOne('<c r="A1" t="n"><v>1E-3</v></c>')).toEqual({ A1: 0.001 });
    expect(rowOne('<c r="A1"><v>-2.5e2</v></c>')).toEqual({ A1: -250 });
    expect(rowOne('<c r="A1"><v> 7 </v></c>')).toEqual({ A1: 7 });
    expect(rowOne('<c r="A1" t="zz"><v>3</v></c>')).toEqual({ A1: 3 });
    expect(rowOne('<c r="A1"><v>0</v></c>')).toEqual({ A1: 0 });
  });

  it("a value in a CDATA section (valid XML some writers produce) is read as if written plainly", () => {
    expect(rowOne('<c r="A1"><v><![CDATA[1250]]></v></c>')).toEqual({ A1: 1250 });
    expect(rowOne('<c r="A1"><v>12<![CDATA[50]]></v></c>')).toEqual({ A1: 1250 });
    expect(rowOne('<c r="A1" t="inlineStr"><is><t><![CDATA[Tăng <trưởng> & xanh]]></t></is></c>')).toEqual({ A1: "Tăng <trưởng> & xanh" });
    expect(rowOne('<c r="A1" t="str"><f>A2</f><v><![CDATA[Đạt]]></v></c>')).toEqual({ A1: "Đạt" });
  });

  it("a number cell whose <v> is not a number keeps its text; an empty or blank <v> is the empty text, not 0", () => {
    expect(rowOne('<c r="A1"><v>12,5</v></c>')).toEqual({ A1: "12,5" });
    expect(rowOne('<c r="A1"><v/></c>')).toEqual({ A1: "" });
    expect(rowOne('<c r="A1"><v>  </v></c>')).toEqual({ A1: "  " });
    // No <v> at all: no value.
    expect(rowOne('<c r="A1" s="3"/>')).toEqual({});
  });

  it("shared strings by index; an index out of range, negative, fractional, not a number or empty gives nothing", () => {
    expect(rowOne('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v> 1 </v></c>', strings)).toEqual({
      A1: "không",
      B1: "hai",
      C1: "một",
    });
    for (const raw of ["3", "-1", "1.5", "x", ""]) expect(rowOne(`<c r="A1" t="s"><v>${raw}</v></c>`, strings)).toEqual({});
  });

  it("formula text results (str) and inline strings: rich-text runs joined, phonetic runs left out, spaces kept", () => {
    expect(rowOne('<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>')).toEqual({ A1: "ab" });
    expect(rowOne('<c r="A1" t="str"><v>12</v></c>')).toEqual({ A1: "12" });
    expect(rowOne('<c r="A1" t="inlineStr"><is><t xml:space="preserve"> Hoàn thành </t></is></c>')).toEqual({ A1: " Hoàn thành " });
    expect(rowOne('<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Hoàn </t></r> <r><t>thành</t></r></is></c>')).toEqual({
      A1: "Hoàn thành",
    });
    expect(
      rowOne(
        '<c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="B1" t="inlineStr"><is><t>&lt;b&gt;</t></is></c>',
      ),
    ).toEqual({ A1: "東京", B1: "<b>" });
    // An inline string with no <t> has no value; an empty <t> is the empty text.
    expect(rowOne('<c r="A1" t="inlineStr"><is/></c>')).toEqual({});
    expect(rowOne('<c r="A1" t="inlineStr"><is><t/></is></c>')).toEqual({ A1: "" });
  });

  it('booleans: "1" true, "0" false, an empty <v> false', () => {
    expect(rowOne('<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v></v></c>')).toEqual({
      A1: true,
      B1: false,
      C1: false,
    });
  });

  it('booleans written as words by other programs: "true" true, "FALSE" false, " 1 " true', () => {
    expect(rowOne('<c r="A1" t="b"><v>true</v></c><c r="B1" t="b"><v>FALSE</v></c><c r="C1" t="b"><v> 1 </v></c>')).toEqual({
      A1: true,
      B1: false,
      C1: true,
    });
    // Only the whole word: "10", "01", "untrue" and "trueish" are no TRUE.
    expect(
      rowOne(
        '<c r="A1" t="b"><v>10</v></c><c r="B1" t="b"><v>01</v></c><c r="C1" t="b"><v>untrue</v></c><c r="D1" t="b"><v>trueish</v></c>',
      ),
    ).toEqual({ A1: false, B1: false, C1: false, D1: false });
  });

  it("errors keep their code", () => {
    expect(rowOne('<c r="A1" t="e"><v>#DIV/0!</v></c><c r="B1" t="e"><f>NA()</f><v>#N/A</v></c>')).toEqual({
      A1: "#DIV/0!",
      B1: "#N/A",
    });
  });

  it("ISO dates (t=d): without a zone read as UTC, with one converted; not a date keeps the text", () => {
    // Run on the province's clock (jest.config.js): read as local time, 10:30 would come back as 03:30 UTC.
    expect(new Date(2025, 5, 5).getTimezoneOffset()).toBe(-420);
    expect(rowOne('<c r="A1" t="d"><v>2025-06-05T10:30:00</v></c>')).toEqual({ A1: utc(2025, 6, 5, 10, 30) });
    expect(rowOne('<c r="A1" t="d"><v>2025-06-05</v></c>')).toEqual({ A1: utc(2025, 6, 5) });
    expect(rowOne('<c r="A1" t="d"><v>2025-06-05T10:30:00Z</v></c>')).toEqual({ A1: utc(2025, 6, 5, 10, 30) });
    expect(rowOne('<c r="A1" t="d"><v>2025-06-05T10:30:00+07:00</v></c>')).toEqual({ A1: utc(2025, 6, 5, 3, 30) });
    expect(rowOne('<c r="A1" t="d"><v>2025-06-05T10:30:00-05:00</v></c>')).toEqual({ A1: utc(2025, 6, 5, 15, 30) });
    expect(rowOne('<c r="A1" t="d"><v>sắp tới</v></c>')).toEqual({ A1: "sắp tới" });
  });

  it("formulas: the cached value; none when there is no <v> or an empty one; the formula's text is never read", () => {
    expect(rowOne('<c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>')).toEqual({ A1: 3 });
    expect(rowOne('<c r="A1"><f>TODAY()</f></c>')).toEqual({});
    expect(rowOne('<c r="A1" t="str"><f>A2</f><v></v></c>')).toEqual({});
    expect(rowOne('<c r="A1" t="s"><f>A2</f><v/></c>', strings)).toEqual({});
    expect(rowOne('<c r="A1"><f t="shared" si="0"/></c><c r="B1"><f t="shared" si="0"/><v>4</v></c>')).toEqual({ B1: 4 });
    // A cached FALSE is a value.
    expect(rowOne('<c r="A1" t="b"><f>1=2</f><v>0</v></c>')).toEqual({ A1: false });
    // The formula flag is the cell's own: the next cell's empty <v> is the empty text again.
    expect(rowOne('<c r="A1"><f>X</f><v></v></c><c r="B1"><v></v></c>')).toEqual({ B1: "" });
  });
});

describe("a cell's value, by its style", () => {
  // Style 1 a date, 2 a percentage, 3 both (date wins), 0 and 4 neither.
  const styled = formats({
    sharedStrings: ["45658"],
    dateStyles: [false, true, false, true, false],
    percentStyles: [false, false, true, true, false],
  });

  it("a number in a date style is that day and time (1900 system): serial 45658 is 1 January 2025", () => {
    expect(rowOne('<c r="A1" s="1"><v>45658</v></c><c r="B1" s="1"><v>45658.75</v></c><c r="C1" s="1"><v>0</v></c>', styled)).toEqual({
      A1: utc(2025, 1, 1),
      B1: utc(2025, 1, 1, 18),
      C1: utc(1899, 12, 30),
    });
  });

  it("in the 1904 system the same serial is 1,462 days later; serial 0 is 1 January 1904", () => {
    const pkg = { ...styled, date1904: true };
    expect(rowOne('<c r="A1" s="1"><v>45658</v></c><c r="B1" s="1"><v>0</v></c>', pkg)).toEqual({
      A1: utc(2029, 1, 2),
      B1: utc(1904, 1, 1),
    });
  });

  it("a number in a percentage style is the percentage shown (0.125 → 12.5), rounded to 12 digits (0.123 → 12.3)", () => {
    expect(
      rowOne(
        '<c r="A1" s="2"><v>0.125</v></c><c r="B1" s="2"><v>0.123</v></c><c r="C1" s="2"><v>1E-3</v></c><c r="D1" s="2"><v>1</v></c>',
        styled,
      ),
    ).toEqual({ A1: 12.5, B1: 12.3, C1: 0.1, D1: 100 });
  });

  it("a style showing both reads as a date; no style, style 0 or a style past the list reads as a number", () => {
    expect(
      rowOne(
        '<c r="A1" s="3"><v>45658</v></c><c r="B1"><v>45658</v></c><c r="C1" s="0"><v>0.5</v></c><c r="D1" s="9"><v>0.5</v></c><c r="E1" s="4"><v>0.5</v></c>',
        styled,
      ),
    ).toEqual({ A1: utc(2025, 1, 1), B1: 45658, C1: 0.5, D1: 0.5, E1: 0.5 });
  });

  it("text, booleans and errors ignore the style: a date style on a text cell keeps the text", () => {
    expect(
      rowOne(
        '<c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="str" s="1"><v>45658</v></c><c r="C1" t="inlineStr" s="2"><is><t>0.5</t></is></c><c r="D1" t="b" s="1"><v>1</v></c><c r="E1" t="e" s="2"><v>#VALUE!</v></c><c r="F1" s="1"><v>abc</v></c>',
        styled,
      ),
    ).toEqual({ A1: "45658", B1: "45658", C1: "0.5", D1: true, E1: "#VALUE!", F1: "abc" });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// sheet-cells: addresses
// ---------------------------------------------------------------------------------------------------------------

describe("where a cell lands", () => {
  const at = (ref: string) => rowOne(`<c r="${ref}"><v>1</v></c>`);

  it("column letters, upper or lower case, up to XFD (16,384)", () => {
    const cases: [ref: string, column: number][] = [
      ["A1", 1],
      ["Z1", 26],
      ["AA1", 27],
      ["AZ1", 52],
      ["BA1", 53],
      ["ZZ1", 702],
      ["AAA1", 703],
      ["XFD1", 16_384],
      ["a1", 1],
      ["z1", 26],
      ["bA1", 53],
    ];
    for (const [ref, column] of cases) expect([ref, at(ref)]).toEqual([ref, { [`${letters(column)}1`]: 1 }]);
    expect(at("C1048576")).toEqual({ C1048576: 1 });
  });

  it("a value at an address that is not a cell's (no column, no row, row 0, a fraction, $, a sign, another character) refuses the file, naming it", () => {
    for (const ref of ["1", "A", "A0", "A1.5", "$A$1", "A-1", "@1", "A[1", "A`1", "A{1"]) {
      const error = thrown(() => readSheetCells(sheet(`<row r="1"><c r="${ref}"><v>1</v></c></row>`), formats(), "NV1"));
      expect([ref, limitError(error)]).toEqual([
        ref,
        {
          name: "ReadLimitError",
          message: `address: 0 (limit 0) on sheet NV1 at ${ref}`,
          limit: "address",
          max: 0,
          count: 0,
          exact: true,
          sheet: "NV1",
          where: ref,
        },
      ]);
    }
  });

  it("an empty cell at an address that is not a cell's is skipped, and the cells after it keep their places", () => {
    const cells = readSheetCells(
      sheet('<row r="1"><c r="A0" s="1"/><c r="$B$1" t="s"/><c r="C1"><v>3</v></c><c><v>4</v></c></row>'),
      formats(),
    );
    expect([filled(cells), cells.lastRow]).toEqual([{ C1: 3, D1: 4 }, 1]);
  });

  it("a row without a number after a cell whose address is not a cell's follows the last row placed, not row 0", () => {
    const xml = sheet(
      '<row r="4"><c r="B4"><v>1</v></c><c r="A0"/></row><row><c><v>5</v></c></row><row r="7"><c r="$A$7"/></row><row><c><v>8</v></c></row>',
    );
    const cells = readSheetCells(xml, formats());
    expect([filled(cells), cells.lastRow]).toEqual([{ B4: 1, A5: 5, A8: 8 }, 8]);
  });

  it("a cell without an address is next to the one before; a row without a number follows the one before", () => {
    const xml = sheet(
      "<row><c><v>1</v></c><c><v>2</v></c></row>" +
        '<row r="3"><c r="D3"><v>3</v></c><c><v>4</v></c><c r=""><v>5</v></c></row>' +
        "<row><c><v>6</v></c></row>" +
        '<row r="0"><c><v>7</v></c></row>' +
        '<row r="x"><c><v>8</v></c></row>' +
        '<row r="6.5"><c><v>8.5</v></c></row>' +
        '<row r="10"><c r="B12"><v>9</v></c><c><v>10</v></c></row>' +
        "<row><c><v>11</v></c></row>",
    );
    expect(filled(readSheetCells(xml, formats()))).toEqual({
      A1: 1,
      B1: 2,
      D3: 3,
      E3: 4,
      F3: 5,
      A4: 6,
      A5: 7,
      A6: 8,
      A7: 8.5,
      B12: 9,
      C12: 10,
      A13: 11,
    });
  });

  it("a value in a cell with no address before any row, or after an empty one whose address is not a cell's, refuses the file", () => {
    const where = (xml: string) => (thrown(() => readSheetCells(sheet(xml), formats(), "S")) as ReadLimitError).where;
    expect(where('<c><v>1</v></c><row r="2"><c r="C2"><v>4</v></c></row>')).toBe("");
    expect(where('<row r="2"><c r="B2"><v>1</v></c><c r="1"/><c><v>3</v></c></row>')).toBe("1");
    expect(where('<row r="2"><c r="Q"/><c r="B2"><v>1</v></c><c r="1"/><c/><c t="n"><v>7</v></c></row>')).toBe("1");
    const after = readSheetCells(sheet('<row r="2"><c r="1"/><c/><c r="C2"><v>4</v></c><c><v>5</v></c></row>'), formats());
    expect([filled(after), after.rowsWithValues(), after.lastRow]).toEqual([{ C2: 4, D2: 5 }, [2], 2]);
  });

  it("rows listed out of order: rowsWithValues ascending by number (9 before 10 before 100), once each; lastRow the largest", () => {
    const cells = readSheetCells(
      sheet(
        '<row r="10"><c r="A10"><v>1</v></c><c r="B10"><v>2</v></c></row><row r="100"><c r="A100"><v>3</v></c></row><row r="9"><c r="C9"><v>4</v></c></row>',
      ),
      formats(),
    );
    expect([cells.rowsWithValues(), cells.lastRow]).toEqual([[9, 10, 100], 100]);
  });

  it("row records and cells without a value do not count; hidden rows and columns and the dimension change nothing", () => {
    const xml =
      `<worksheet xmlns="${MAIN}"><dimension ref="A1:B2"/><cols><col min="2" max="2" hidden="1" width="0"/></cols><sheetData>` +
      '<row r="1" hidden="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
      '<row r="5"><c r="E5"><v>3</v></c></row>' +
      '<row r="9" ht="30" customHeight="1"><c r="A9" s="1"/></row><row r="1048576" ht="20"/>' +
      "</sheetData></worksheet>";
    const cells = readSheetCells(xml, formats());
    expect(filled(cells)).toEqual({ A1: 1, B1: 2, E5: 3 });
    expect([cells.lastRow, cells.rowsWithValues()]).toEqual([5, [1, 5]]);
  });

  it("an empty sheet: no value anywhere, lastRow 0", () => {
    const cells = readSheetCells("<worksheet/>", formats());
    expect([cells.lastRow, cells.rowsWithValues(), cells.value(1, 1), cells.merged(1, 1), cells.covered(1, 1)]).toEqual([
      0,
      [],
      null,
      false,
      false,
    ]);
    expect(cells.mergeIndex!.size).toBe(0);
  });

  it("prefixed elements and character references read as any others", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>1&#48;</x:v></x:c><x:c t="inlineStr"><x:is><x:t>&#x1EA1;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(filled(readSheetCells(xml, formats()))).toEqual({ B2: 10, C2: "ạ" });
  });
});

describe("Excel's grid: 1,048,576 rows × 16,384 columns", () => {
  const grid = (where: string, sheetName = "Dữ liệu") => ({
    name: "ReadLimitError",
    message: `grid: 0 (limit 1048576)${sheetName ? ` on sheet ${sheetName}` : ""} at ${where}`,
    limit: "grid",
    max: 1_048_576,
    count: 0,
    exact: true,
    sheet: sheetName,
    where,
  });
  const read =
    (xml: string, name = "Dữ liệu") =>
    () =>
      readSheetCells(xml, formats(), name);

  it("the last cell XFD1048576 is in it", () => {
    const cells = readSheetCells(sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), formats());
    expect([cells.value(1_048_576, 16_384), cells.lastRow, cells.rowsWithValues()]).toEqual([1, 1_048_576, [1_048_576]]);
  });

  it("a cell past the last column or row, a row past the last, stops the sheet naming the sheet and where", () => {
    expect(limitError(thrown(read(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))))).toEqual(grid("XFE1"));
    expect(limitError(thrown(read(sheet('<row r="1"><c r="A1048577"><v>1</v></c></row>'))))).toEqual(grid("A1048577"));
    expect(limitError(thrown(read(sheet('<row r="1048577"/>'))))).toEqual(grid("1048577:1048577"));
    // An empty cell is checked as well: its address is where scans would run to.
    expect(limitError(thrown(read(sheet('<row r="1"><c r="AAAA1"/></row>'))))).toEqual(grid("AAAA1"));
  });

  it("positions implied past the edge: a row after the last, a cell after column XFD (named by its row)", () => {
    expect(limitError(thrown(read(sheet('<row r="1048576"/><row><c><v>1</v></c></row>'))))).toEqual(grid("1048577:1048577"));
    expect(limitError(thrown(read(sheet('<row r="4"><c r="XFD4"><v>1</v></c><c><v>2</v></c></row>'))))).toEqual(grid("4:4"));
  });

  it("without a sheet name the message names only where", () => {
    expect(thrown(() => readSheetCells(sheet('<row r="1"><c r="XFE1"/></row>'), formats())).message).toBe(
      "grid: 0 (limit 1048576) at XFE1",
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// sheet-cells: merged ranges
// ---------------------------------------------------------------------------------------------------------------

describe("merged ranges", () => {
  const merged = (rows: string, merges: string) => readSheetCells(sheet(rows, `<mergeCells>${merges}</mergeCells>`), formats(), "S");

  it("every cell of a range shows its top-left value; merged and covered say where the cell lies", () => {
    const cells = merged(
      '<row r="2"><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row><row r="3"><c r="D3"><v>7</v></c></row>',
      '<mergeCell ref="B2:C3"/>',
    );
    expect([cells.value(2, 2), cells.value(2, 3), cells.value(3, 2), cells.value(3, 3), cells.value(3, 4), cells.value(2, 1)]).toEqual([
      5,
      5,
      5,
      5,
      7,
      null,
    ]);
    expect([cells.merged(2, 2), cells.merged(3, 3), cells.merged(3, 4), cells.merged(1, 2)]).toEqual([true, true, false, false]);
    expect([cells.covered(2, 2), cells.covered(2, 3), cells.covered(3, 2), cells.covered(3, 3), cells.covered(4, 2)]).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it("a covered cell's own value is hidden, even when the top-left cell is empty", () => {
    const cells = merged('<row r="1"><c r="B1"><v>9</v></c></row>', '<mergeCell ref="A1:B1"/>');
    expect([cells.value(1, 1), cells.value(1, 2), cells.rowsWithValues()]).toEqual([null, null, [1]]);
  });

  it("a range reaches lastRow even with no value in it; a one-cell ref is a range of one cell", () => {
    const cells = merged('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCell ref="C4:D8"/><mergeCell ref="F2"/>');
    expect([cells.lastRow, cells.mergeIndex!.size, cells.merged(2, 6), cells.covered(2, 6), cells.merged(2, 7)]).toEqual([
      8,
      2,
      true,
      false,
      false,
    ]);
    expect(cells.rowsWithValues()).toEqual([1]);
  });

  it("ranges upside down, reversed, or without a valid corner are skipped (not counted either)", () => {
    const used: ReadUsage = { cells: 0, merged: 0, chars: 0 };
    const cells = readSheetCells(
      sheet(
        "",
        '<mergeCells><mergeCell ref="C3:A1"/><mergeCell ref="B1:A2"/><mergeCell ref="A2:B1"/><mergeCell ref="A0:B2"/><mergeCell ref="A1:B0"/><mergeCell ref="2:3"/><mergeCell ref="A:B"/><mergeCell/><mergeCell ref=""/><mergeCell ref="A1:B2"/></mergeCells>',
      ),
      { ...formats(), used, limits: readLimits() },
    );
    expect([cells.mergeIndex!.size, used.merged, cells.lastRow, cells.merged(2, 2), cells.merged(3, 3)]).toEqual([1, 1, 2, true, false]);
  });

  it("a range past the grid stops the sheet; a range ending at the grid's corner is in it", () => {
    expect(limitError(thrown(() => merged("", '<mergeCell ref="A1:XFE1"/>')))).toMatchObject({
      limit: "grid",
      sheet: "S",
      where: "A1:XFE1",
    });
    expect(limitError(thrown(() => merged("", '<mergeCell ref="A5:A1048577"/>')))).toMatchObject({
      message: "grid: 0 (limit 1048576) on sheet S at A5:A1048577",
    });
    const cells = merged("", '<mergeCell ref="XFC1048575:XFD1048576"/>');
    expect([cells.lastRow, cells.covered(1_048_576, 16_384), cells.merged(1_048_575, 16_383)]).toEqual([1_048_576, true, true]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// sheet-cells: limits
// ---------------------------------------------------------------------------------------------------------------

describe("counted while the sheet is read", () => {
  const withLimits = (limits: Parameters<typeof readLimits>[0], used: ReadUsage = { cells: 0, merged: 0, chars: 0 }) => ({
    ...formats({ sharedStrings: ["một chuỗi dài hơn mười ký tự"] }),
    limits: readLimits(limits),
    used,
  });

  it("cells on the sheet (with or without a value): the one past the limit stops it", () => {
    const two = sheet('<row r="1"><c r="A1"/><c r="B1"><v>1</v></c></row>');
    expect(filled(readSheetCells(two, withLimits({ sheetCells: 2 }), "S"))).toEqual({ B1: 1 });
    const three = sheet('<row r="1"><c r="A1"/><c r="B1"/><c r="C1"/></row>');
    expect(limitError(thrown(() => readSheetCells(three, withLimits({ sheetCells: 2 }), "S")))).toEqual({
      name: "ReadLimitError",
      message: "sheetCells: more than 2 (limit 2) on sheet S",
      limit: "sheetCells",
      max: 2,
      count: 3,
      exact: false,
      sheet: "S",
      where: "",
    });
  });

  it("cells in the file: counted on from what the file's other sheets used", () => {
    const used: ReadUsage = { cells: 4, merged: 0, chars: 0 };
    const xml = sheet('<row r="1"><c r="A1"/><c r="B1"/></row>');
    expect(limitError(thrown(() => readSheetCells(xml, withLimits({ fileCells: 5 }, used), "Hai")))).toMatchObject({
      message: "fileCells: more than 5 (limit 5) on sheet Hai",
      count: 6,
      exact: false,
    });
    const fits: ReadUsage = { cells: 3, merged: 0, chars: 0 };
    readSheetCells(xml, withLimits({ fileCells: 5 }, fits), "Hai");
    expect(fits).toEqual({ cells: 5, merged: 0, chars: 0 });
  });

  it("text held in cells counts (inline, formula text, error codes, unreadable numbers); shared strings shown do not", () => {
    const used: ReadUsage = { cells: 0, merged: 0, chars: 0 };
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>abcde</t></is></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>0</v></c><c r="E1"><v>x</v></c><c r="F1"><v>12</v></c><c r="G1" t="b"><v>1</v></c></row>',
    );
    expect(filled(readSheetCells(xml, withLimits({ textChars: 10 }, used), "S"))).toEqual({
      A1: "abcde",
      B1: "#N/A",
      C1: "một chuỗi dài hơn mười ký tự",
      D1: "một chuỗi dài hơn mười ký tự",
      E1: "x",
      F1: 12,
      G1: true,
    });
    expect(used).toEqual({ cells: 7, merged: 0, chars: 10 });
    const over = sheet('<row r="1"><c r="A1" t="str"><v>abcdefghij</v></c><c r="B1" t="str"><v>k</v></c></row>');
    expect(limitError(thrown(() => readSheetCells(over, withLimits({ textChars: 10 }), "S")))).toEqual({
      name: "ReadLimitError",
      message: "textChars: more than 10 (limit 10) on sheet S",
      limit: "textChars",
      max: 10,
      count: 11,
      exact: false,
      sheet: "S",
      where: "",
    });
  });

  it("merged ranges declared (<mergeCells count>) with the file's others over the limit: refused before any is read", () => {
    const xml = (count: string) => sheet("", `<mergeCells count="${count}"><mergeCell ref="A1:B1"/></mergeCells>`);
    expect(
      limitError(thrown(() => readSheetCells(xml("2"), withLimits({ mergedRanges: 2 }, { cells: 0, merged: 1, chars: 0 }), "S"))),
    ).toEqual({
      name: "ReadLimitError",
      message: "mergedRanges: 3 (limit 2) on sheet S",
      limit: "mergedRanges",
      max: 2,
      count: 3,
      exact: true,
      sheet: "S",
      where: "",
    });
    // At the limit, or a count that is no whole number, is read on.
    for (const count of ["1", "x", "1.5", "1e400"]) {
      const used: ReadUsage = { cells: 0, merged: 1, chars: 0 };
      expect([count, readSheetCells(xml(count), withLimits({ mergedRanges: 2 }, used), "S").merged(1, 2), used.merged]).toEqual([
        count,
        true,
        2,
      ]);
    }
  });

  it("merged ranges undeclared: the one past the limit stops the sheet", () => {
    const xml = sheet("", '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/><mergeCell ref="A3:B3"/></mergeCells>');
    expect(limitError(thrown(() => readSheetCells(xml, withLimits({ mergedRanges: 2 }), "S")))).toMatchObject({
      message: "mergedRanges: more than 2 (limit 2) on sheet S",
      count: 3,
      exact: false,
    });
    expect(readSheetCells(xml, withLimits({ mergedRanges: 3 }), "S").mergeIndex!.size).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// sheet-cells: a part fed in pieces
// ---------------------------------------------------------------------------------------------------------------

describe("a sheet fed in pieces (as a part is inflated)", () => {
  const pkg = formats({ sharedStrings: ["không", "một"], dateStyles: [false, true], percentStyles: [false, false, true] });
  const xml = sheet(
    '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45658.5</v></c><c r="C1" s="2"><v>0.125</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Tăng </t></r><r><t>trưởng &amp; xanh</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c><c><f>1/0</f><v>1E-3</v></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c></row>',
    '<mergeCells count="1"><mergeCell ref="E5:F6"/></mergeCells>',
  );
  const expected = {
    lastRow: 6,
    rows: [1, 3],
    A1: "một",
    B1: utc(2025, 1, 1, 12),
    C1: 12.5,
    A3: "Tăng trưởng & xanh",
    B3: 0.001,
    C3: true,
    D3: "#DIV/0!",
    F6: true,
  };
  const seen = (cells: SheetCells) => ({
    lastRow: cells.lastRow,
    rows: cells.rowsWithValues(),
    A1: cells.value(1, 1),
    B1: cells.value(1, 2),
    C1: cells.value(1, 3),
    A3: cells.value(3, 1),
    B3: cells.value(3, 2),
    C3: cells.value(3, 3),
    D3: cells.value(3, 4),
    F6: cells.covered(6, 6),
  });
  const inPieces = (pieces: string[]) => {
    const parser = sheetCellsParser(pkg, "S");
    for (const piece of pieces) parser.write(piece);
    return seen(parser.end());
  };

  it("whole, and split in two at every position (inside tags, attributes, values, entities)", () => {
    expect(inPieces([xml])).toEqual(expected);
    const wrong: number[] = [];
    for (let i = 1; i < xml.length; i++)
      if (JSON.stringify(inPieces([xml.slice(0, i), xml.slice(i)])) !== JSON.stringify(expected)) wrong.push(i);
    expect(wrong).toEqual([]);
  });

  it("one character at a time", () => {
    expect(inPieces([...xml])).toEqual(expected);
  });

  it("a value split across pieces is one value (12|34 is 1234, not 34)", () => {
    expect(inPieces(['<worksheet><sheetData><row r="1"><c r="A1"><v>12', "34</v></c></row></sheetData></worksheet>"])).toMatchObject({
      A1: 1234,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// openXlsx
// ---------------------------------------------------------------------------------------------------------------

describe("openXlsx: the sheet list and the parts it finds", () => {
  it("sheets in sub-folders, targets relative, absolute or with . and ..; names with entities; states", async () => {
    const bytes = await zipOf({
      "xl/workbook.xml": workbook(
        '<sheet name="Một &amp; hai" sheetId="1" r:id="rId1"/>' +
          '<sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/>' +
          '<sheet name="Rất ẩn" sheetId="3" state="veryHidden" r:id="rId3"/>' +
          '<sheet name="Lạ" sheetId="4" state="bogus" r:id="rId4"/>' +
          '<sheet name="Gốc" sheetId="5" r:id="rId5"/>' +
          '<sheet name="Không phần" sheetId="6" r:id="rId99"/>' +
          '<sheet name="Không id" sheetId="7"/>',
      ),
      "xl/_rels/workbook.xml.rels": relationships(
        ["rId1", "worksheet", "worksheets/sub/a.xml"],
        ["rId2", "worksheet", "/xl/hidden/b.xml"],
        ["rId3", "worksheet", "../outside/c.xml"],
        ["rId4", "worksheet", "./worksheets/./x/../d.xml"],
        ["rId5", "worksheet", "../../../e.xml"],
        ["rId6", "styles", "theme/../st//styles.xml"],
        ["rId7", "sharedStrings", "/xl/strings/ss.xml"],
      ),
      "xl/worksheets/sub/a.xml": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45658</v></c></row>'),
      "xl/st/styles.xml": '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/></cellXfs></styleSheet>',
      "xl/strings/ss.xml": "<sst><si><t>chuỗi</t></si></sst>",
    });
    const pkg = await openXlsx(bytes);
    expect(pkg.sheets).toEqual([
      { name: "Một & hai", state: "visible", part: "xl/worksheets/sub/a.xml" },
      { name: "Ẩn", state: "hidden", part: "xl/hidden/b.xml" },
      { name: "Rất ẩn", state: "veryHidden", part: "outside/c.xml" },
      { name: "Lạ", state: "visible", part: "xl/worksheets/d.xml" },
      { name: "Gốc", state: "visible", part: "e.xml" },
      { name: "Không phần", state: "visible", part: "" },
      { name: "Không id", state: "visible", part: "" },
    ]);
    expect([pkg.sharedStrings, pkg.dateStyles, pkg.percentStyles, pkg.date1904]).toEqual([
      ["chuỗi"],
      [false, true, false],
      [false, false, true],
      false,
    ]);
    expect(pkg.used).toEqual({ cells: 0, merged: 0, chars: 5 });
    expect(pkg.limits).toEqual(READ_LIMITS);
    const cells = readSheetCells((await pkg.text("xl/worksheets/sub/a.xml"))!, pkg, "Một & hai");
    expect(filled(cells)).toEqual({ A1: "chuỗi", B1: utc(2025, 1, 1) });
  });

  it("prefixed elements and a relationship id under any prefix (found by its local name)", async () => {
    const bytes = await zipOf({
      "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="S" sheetId="1" rel:id="rId9"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": relationships(["rId9", "worksheet", "sheets/data.xml"]),
    });
    const pkg = await openXlsx(bytes);
    expect([pkg.sheets, pkg.date1904]).toEqual([[{ name: "S", state: "visible", part: "xl/sheets/data.xml" }], true]);
  });

  it("the workbook part the package's relationships name, its own relationships beside it; the usual one a decoy", async () => {
    const bytes = await zipOf({
      "_rels/.rels": relationships(["rId1", "extended-properties", "docProps/app.xml"], ["rId2", "officeDocument", "/book/main.xml"]),
      "book/main.xml": workbook('<sheet name="Thật" sheetId="1" r:id="rId1"/>'),
      "book/_rels/main.xml.rels": relationships(["rId1", "worksheet", "sheets/one.xml"]),
      "book/styles.xml": '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      "book/sharedStrings.xml": "<sst><si><t>thật</t></si></sst>",
      "xl/workbook.xml": workbook('<sheet name="Mồi" sheetId="1" r:id="rId1"/>'),
      "xl/styles.xml": '<styleSheet><cellXfs><xf numFmtId="9"/></cellXfs></styleSheet>',
      "xl/sharedStrings.xml": "<sst><si><t>mồi</t></si></sst>",
    });
    const pkg = await openXlsx(bytes);
    expect([pkg.sheets, pkg.sharedStrings, pkg.dateStyles, pkg.percentStyles]).toEqual([
      [{ name: "Thật", state: "visible", part: "book/sheets/one.xml" }],
      ["thật"],
      [false, true],
      [false, false],
    ]);
  });

  it("package relationships without a document, or none at all: xl/workbook.xml", async () => {
    const named = await zipOf({
      "_rels/.rels": relationships(["rId1", "extended-properties", "docProps/app.xml"]),
      "xl/workbook.xml": workbook('<sheet name="S" sheetId="1" r:id="rId1"/>'),
      "xl/_rels/workbook.xml.rels": relationships(["rId1", "worksheet", "worksheets/sheet1.xml"]),
    });
    expect((await openXlsx(named)).sheets).toEqual([{ name: "S", state: "visible", part: "xl/worksheets/sheet1.xml" }]);
  });

  it("a document the package names but does not hold is no workbook, named in the message", async () => {
    const bytes = await zipOf({
      "_rels/.rels": relationships(["rId1", "officeDocument", "book/main.xml"]),
      "xl/workbook.xml": workbook(""),
    });
    expect((await rejected(openXlsx(bytes))).message).toBe("no book/main.xml: not an Excel workbook");
  });

  it("targets are URIs: %-escapes decoded (a part named with a space or Vietnamese letters); a stray % kept", async () => {
    const bytes = await zipOf({
      "xl/workbook.xml": workbook(
        '<sheet name="Cách" sheetId="1" r:id="rId1"/><sheet name="Dấu" sheetId="2" r:id="rId2"/><sheet name="Phần trăm" sheetId="3" r:id="rId3"/>',
      ),
      "xl/_rels/workbook.xml.rels": relationships(
        ["rId1", "worksheet", "worksheets/sheet%201.xml"],
        ["rId2", "worksheet", "worksheets/b%C3%A1o%20c%C3%A1o.xml"],
        ["rId3", "worksheet", "worksheets/100%.xml"],
      ),
      "xl/worksheets/sheet 1.xml": sheet('<row r="2"><c r="C2"><v>1250</v></c></row>'),
    });
    const pkg = await openXlsx(bytes);
    expect(pkg.sheets.map((s) => s.part)).toEqual(["xl/worksheets/sheet 1.xml", "xl/worksheets/báo cáo.xml", "xl/worksheets/100%.xml"]);
    expect(filled(readSheetCells((await pkg.text("xl/worksheets/sheet 1.xml"))!, pkg))).toEqual({ C2: 1250 });
  });

  it('the 1904 date system: "1" or "true"; "0", "false" or nothing is 1900', async () => {
    const system = async (pr: string) =>
      (await openXlsx(await zipOf({ "xl/workbook.xml": workbook('<sheet name="S" sheetId="1" r:id="rId1"/>', pr) }))).date1904;
    expect([
      await system('<workbookPr date1904="1"/>'),
      await system('<workbookPr date1904="true"/>'),
      await system('<workbookPr date1904="0"/>'),
      await system('<workbookPr date1904="false"/>'),
      await system("<workbookPr/>"),
      await system(""),
    ]).toEqual([true, true, false, false, false, false]);
  });

  it("without relationships: no sheet has a part; styles and shared strings at their usual paths", async () => {
    const pkg = await openXlsx(
      await zipOf({
        "xl/workbook.xml": workbook('<sheet name="S" sheetId="1" r:id="rId1"/>'),
        "xl/styles.xml": '<styleSheet><cellXfs><xf numFmtId="22"/><xf numFmtId="10"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": "<sst><si><t>a</t></si></sst>",
      }),
    );
    expect([pkg.sheets, pkg.dateStyles, pkg.percentStyles, pkg.sharedStrings]).toEqual([
      [{ name: "S", state: "visible", part: "" }],
      [true, false],
      [false, true],
      ["a"],
    ]);
  });

  it("relationships naming styles and strings elsewhere win over parts at the usual paths", async () => {
    const pkg = await openXlsx(
      await zipOf({
        "xl/workbook.xml": workbook(""),
        "xl/_rels/workbook.xml.rels": relationships(["rId1", "styles", "mine.xml"], ["rId2", "sharedStrings", "texts.xml"]),
        "xl/mine.xml": '<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/styles.xml": '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="0"/></cellXfs></styleSheet>',
        "xl/texts.xml": "<sst><si><t>mine</t></si></sst>",
        "xl/sharedStrings.xml": "<sst><si><t>decoy</t></si></sst>",
      }),
    );
    expect([pkg.sheets, pkg.dateStyles, pkg.sharedStrings]).toEqual([[], [true], ["mine"]]);
  });

  it("no styles, no shared strings, or an empty shared strings part: nothing, and no error", async () => {
    const bare = await openXlsx(await zipOf({ "xl/workbook.xml": workbook("") }));
    expect([bare.sheets, bare.sharedStrings, bare.dateStyles, bare.percentStyles, bare.date1904]).toEqual([[], [], [], [], false]);
    const empty = await openXlsx(await zipOf({ "xl/workbook.xml": workbook(""), "xl/sharedStrings.xml": "" }));
    expect(empty.sharedStrings).toEqual([]);
  });

  it("a zip without xl/workbook.xml is not a workbook", async () => {
    const error = await rejected(openXlsx(await zipOf({ "word/document.xml": "<document/>" })));
    expect(error.message).toBe("no xl/workbook.xml: not an Excel workbook");
  });
});

describe("openXlsx: shared strings", () => {
  const strings = async (sst: string, limits: Parameters<typeof openXlsx>[1] = {}) =>
    openXlsx(await zipOf({ "xl/workbook.xml": workbook(""), "xl/sharedStrings.xml": sst }), limits);

  it("each <si> as its plain text: runs joined, phonetic runs left out, spaces kept, entities decoded, empty ones empty", async () => {
    const sst =
      `<sst xmlns="${MAIN}" count="12" uniqueCount="9">` +
      "<si><t>một</t></si>" +
      '<si>\n  <r><rPr><b/><sz val="11"/></rPr><t>Hoàn </t></r>\n  <r><t>thành</t></r>\n</si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><r><t>a</t></r><rPh sb="0" eb="1"><t>X</t></rPh><r><t>b</t></r></si>' +
      '<si><t xml:space="preserve">  hai  </t></si>' +
      "<si><t>&lt;&amp;&gt;&quot;&apos;&#7841;&#x1EA1;</t></si>" +
      "<si><t/></si>" +
      "<si/>" +
      "<si><t>dòng 1\r\ndòng 2</t></si>" +
      "</sst>";
    const pkg = await strings(sst);
    expect(pkg.sharedStrings).toEqual(["một", "Hoàn thành", "東京", "ab", "  hai  ", "<&>\"'ạạ", "", "", "dòng 1\ndòng 2"]);
    // Characters kept: 3 + 10 + 2 + 2 + 7 + 7 + 0 + 0 + 13.
    expect(pkg.used.chars).toBe(44);
  });

  it("text in a CDATA section is the string's text", async () => {
    const pkg = await strings(
      `<sst xmlns="${MAIN}"><si><t><![CDATA[Tăng ‹trưởng>]]></t></si><si><r><t>a</t></r><r><t><![CDATA[&b]]></t></r></si></sst>`,
    );
    expect(pkg.sharedStrings).toEqual(["Tăng ‹trưởng>", "a&b"]);
  });

  it("prefixed elements read the same", async () => {
    expect(
      (await strings(`<x:sst xmlns:x="${MAIN}"><x:si><x:r><x:t>x</x:t></x:r><x:r><x:t>y</x:t></x:r></x:si></x:sst>`)).sharedStrings,
    ).toEqual(["xy"]);
  });

  it("a declared count (uniqueCount) over the limit is refused before any is read; at the limit it reads", async () => {
    const error = await rejected(strings('<sst count="9" uniqueCount="3"><si><t>a</t></si></sst>', { sharedStrings: 2 }));
    expect(limitError(error)).toEqual({
      name: "ReadLimitError",
      message: "sharedStrings: 3 (limit 2)",
      limit: "sharedStrings",
      max: 2,
      count: 3,
      exact: true,
      sheet: "",
      where: "",
    });
    const fits = await strings('<sst count="9" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>', { sharedStrings: 2 });
    expect(fits.sharedStrings).toEqual(["a", "b"]);
  });

  it("undeclared (or not a whole number): the string past the limit stops the file", async () => {
    for (const sst of ['<sst uniqueCount="many">', '<sst uniqueCount="2.5">', "<sst>"]) {
      const error = await rejected(strings(`${sst}<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>`, { sharedStrings: 2 }));
      expect(limitError(error)).toMatchObject({ message: "sharedStrings: more than 2 (limit 2)", count: 3, exact: false });
    }
  });

  it("their characters add up, phonetic runs not counted; the string that passes the limit stops the file", async () => {
    const fits = await strings("<sst><si><t>abc</t></si><si><t>d</t><rPh><t>xxxxxxxx</t></rPh><t>e</t></si></sst>", { textChars: 5 });
    expect([fits.sharedStrings, fits.used.chars]).toEqual([["abc", "de"], 5]);
    const error = await rejected(strings("<sst><si><t>abc</t></si><si><t>def</t></si></sst>", { textChars: 5 }));
    expect(limitError(error)).toEqual({
      name: "ReadLimitError",
      message: "textChars: more than 5 (limit 5)",
      limit: "textChars",
      max: 5,
      count: 6,
      exact: false,
      sheet: "",
      where: "",
    });
  });

  it("the sheets' text counts on from the shared strings'", async () => {
    const pkg = await strings("<sst><si><t>abc</t></si></sst>", { textChars: 5 });
    const fits = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>de</t></is></c><c r="B1" t="s"><v>0</v></c></row>');
    expect(filled(readSheetCells(fits, pkg, "S"))).toEqual({ A1: "de", B1: "abc" });
    expect(pkg.used).toEqual({ cells: 2, merged: 0, chars: 5 });
    const error = thrown(() => readSheetCells(sheet('<row r="1"><c r="A1" t="str"><v>f</v></c></row>'), pkg, "S"));
    expect(limitError(error)).toMatchObject({ message: "textChars: more than 5 (limit 5) on sheet S", count: 6 });
  });

  it("a string of multi-byte characters across the inflater's 16 KB pieces reads whole", async () => {
    // 1 byte, then 10,000 two-byte characters: the first piece ends inside one of them.
    const long = "a" + "ư".repeat(10_000);
    for (const compression of ["STORE", "DEFLATE"] as const) {
      const pkg = await openXlsx(
        await zipOf({ "xl/workbook.xml": workbook(""), "xl/sharedStrings.xml": `<sst><si><t>${long}</t></si></sst>` }, compression),
      );
      expect(pkg.sharedStrings).toEqual([long]);
    }
  });
});

describe("openXlsx: text and stream", () => {
  const parts = {
    "xl/workbook.xml": workbook('<sheet name="Dữ liệu" sheetId="1" r:id="rId1"/>'),
    "xl/_rels/workbook.xml.rels": relationships(["rId1", "worksheet", "worksheets/sheet1.xml"]),
    "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
    "xl/empty.xml": "",
  };

  it("a part's text; the empty text for an empty part; null, or false from stream, for none by that path", async () => {
    const pkg = await openXlsx(await zipOf(parts, "DEFLATE"));
    expect(await pkg.text("xl/worksheets/sheet1.xml")).toBe(parts["xl/worksheets/sheet1.xml"]);
    expect(await pkg.text("xl/empty.xml")).toBe("");
    expect(await pkg.text("xl/worksheets/sheet2.xml")).toBeNull();
    const pieces: string[] = [];
    expect(await pkg.stream("xl/nothing.xml", (t) => pieces.push(t))).toBe(false);
    expect(await pkg.stream("xl/worksheets/sheet1.xml", (t) => pieces.push(t))).toBe(true);
    expect(pieces.join("")).toBe(parts["xl/worksheets/sheet1.xml"]);
  });

  it("a part cut inside its last character ends in U+FFFD (the decoder is flushed at the end)", async () => {
    // "ab" then the first two bytes of the three of "€" (E2 82 AC).
    const pkg = await openXlsx(await zipOf({ "xl/workbook.xml": workbook(""), "xl/cut.xml": new Uint8Array([0x61, 0x62, 0xe2, 0x82]) }));
    expect(await pkg.text("xl/cut.xml")).toBe("ab\ufffd");
  });

  it("what the consumer throws comes out of stream", async () => {
    const pkg = await openXlsx(await zipOf(parts));
    const error = await rejected(
      pkg.stream("xl/worksheets/sheet1.xml", () => {
        throw new Error("dừng");
      }),
    );
    expect(error.message).toBe("dừng");
  });

  it("a sheet part fed to sheetCellsParser as it streams", async () => {
    const pkg = await openXlsx(await zipOf(parts, "DEFLATE"));
    const parser = sheetCellsParser(pkg, "Dữ liệu");
    await pkg.stream(pkg.sheets[0]!.part, parser.write, "Dữ liệu");
    expect(filled(parser.end())).toEqual({ A1: 1 });
    expect(pkg.used).toEqual({ cells: 1, merged: 0, chars: 0 });
  });
});

describe("openXlsx: limits on the package", () => {
  const sheets = (n: number) =>
    workbook(Array.from({ length: n }, (_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join(""));

  it("sheets listed: the one past the limit stops the file", async () => {
    expect((await openXlsx(await zipOf({ "xl/workbook.xml": sheets(2) }), { sheets: 2 })).sheets).toHaveLength(2);
    const error = await rejected(openXlsx(await zipOf({ "xl/workbook.xml": sheets(3) }), { sheets: 2 }));
    expect(limitError(error)).toEqual({
      name: "ReadLimitError",
      message: "sheets: more than 2 (limit 2)",
      limit: "sheets",
      max: 2,
      count: 3,
      exact: false,
      sheet: "",
      where: "",
    });
  });

  it("a part declaring more bytes than the per-part limit is refused before inflating, naming the part and the sheet", async () => {
    const wb = workbook('<sheet name="Dữ liệu" sheetId="1" r:id="rId1"/>');
    const rels = relationships(["rId1", "worksheet", "worksheets/sheet1.xml"]);
    const data = sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(400)}</t></is></c></row>`);
    const bytes = await zipOf({ "xl/workbook.xml": wb, "xl/_rels/workbook.xml.rels": rels, "xl/worksheets/sheet1.xml": data });
    const limit = Math.max(bytesOf(wb), bytesOf(rels));
    const pkg = await openXlsx(bytes, { partBytes: limit });
    const error = await rejected(pkg.stream("xl/worksheets/sheet1.xml", () => undefined, "Dữ liệu"));
    expect(limitError(error)).toEqual({
      name: "ReadLimitError",
      message: `partBytes: ${bytesOf(data)} (limit ${limit}) on sheet Dữ liệu at xl/worksheets/sheet1.xml`,
      limit: "partBytes",
      max: limit,
      count: bytesOf(data),
      exact: true,
      sheet: "Dữ liệu",
      where: "xl/worksheets/sheet1.xml",
    });
    // A part exactly at the limit reads; the workbook itself is a part like any other.
    expect(await (await openXlsx(bytes, { partBytes: bytesOf(data) })).text("xl/worksheets/sheet1.xml")).toBe(data);
    expect((await rejected(openXlsx(bytes, { partBytes: bytesOf(wb) - 1 }))).message).toBe(
      `partBytes: ${bytesOf(wb)} (limit ${bytesOf(wb) - 1}) at xl/workbook.xml`,
    );
  });

  it("a part declaring fewer bytes than it holds is stopped while inflating, at the limit", async () => {
    const data = sheet(`<row r="1"><c r="A1"><v>${"9".repeat(300)}</v></c></row>`);
    const honest = await zipOf({ "xl/workbook.xml": workbook(""), "xl/worksheets/sheet1.xml": data });
    const bytes = lieAboutSize(honest, "xl/worksheets/sheet1.xml", 10);
    const limit = bytesOf(workbook(""));
    const pkg = await openXlsx(bytes, { partBytes: limit });
    // Under roomy limits the unzip itself notices the lie once the part is inflated: its error comes out.
    expect((await rejected((await openXlsx(bytes)).text("xl/worksheets/sheet1.xml"))).message).toMatch(/size mismatch/);
    const error = await rejected(pkg.text("xl/worksheets/sheet1.xml"));
    expect(limitError(error)).toMatchObject({
      name: "ReadLimitError",
      message: `partBytes: more than ${limit} (limit ${limit}) at xl/worksheets/sheet1.xml`,
      limit: "partBytes",
      max: limit,
      // Counted when the first piece inflated (this part is one piece: under 16 KB).
      count: bytesOf(data),
      exact: false,
      where: "xl/worksheets/sheet1.xml",
    });
  });

  it("bytes unpacked by the whole file, counted part by part: at the limit it opens, one past it stops", async () => {
    const wb = workbook("");
    const styles = '<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>';
    const sst = "<sst><si><t>a</t></si></sst>";
    const data = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const bytes = await zipOf({
      "xl/workbook.xml": wb,
      "xl/styles.xml": styles,
      "xl/sharedStrings.xml": sst,
      "xl/worksheets/sheet1.xml": data,
    });
    // Opening reads the workbook, the styles and the shared strings (no relationships part here).
    const opened = bytesOf(wb) + bytesOf(styles) + bytesOf(sst);
    const pkg = await openXlsx(bytes, opened);
    expect([pkg.dateStyles, pkg.sharedStrings]).toEqual([[true], ["a"]]);
    const error = await rejected(pkg.text("xl/worksheets/sheet1.xml"));
    expect(error).toBeInstanceOf(UnpackLimitError);
    expect(limitError(error)).toEqual({
      name: "UnpackLimitError",
      message: `unpacks to more than ${opened} bytes`,
      limit: "unpackedBytes",
      max: opened,
      count: opened + bytesOf(data),
      exact: false,
      sheet: "",
      where: "",
    });
    expect((await rejected(openXlsx(bytes, { unpackedBytes: opened - 1 }))).message).toBe(`unpacks to more than ${opened - 1} bytes`);
    // A number is the unpacked-bytes limit alone; the others stay the defaults.
    expect((await openXlsx(bytes, opened + bytesOf(data))).limits).toEqual({ ...READ_LIMITS, unpackedBytes: opened + bytesOf(data) });
  });
});
