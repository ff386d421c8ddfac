/**
 * The Decree 30/2020/NĐ-CP form of a version-2 template, line by line: addresses, merges, styles, texts in both
 * languages and the formulas that follow the header cells. Called directly with made-up cells and widths, so a
 * hard-coded address or column would show. The module is loaded anew in each test (with the messages and the
 * responsibility module it uses, for the tests that replace a function of theirs): its helpers are made as it
 * loads, and mutation testing activates a mutant when a test starts.
 */
import { freshModule } from "../../support/fresh-module";

type Decree30 = typeof import("../../../src/core/templates/decree30");
let decree30Heading: Decree30["decree30Heading"];
let instructionsLine: Decree30["instructionsLine"];
let signatureBlock: Decree30["signatureBlock"];
let messages: typeof import("../../../src/core/i18n/messages");
let responsibility: typeof import("../../../src/core/plan/responsibility");
beforeEach(() => {
  ({ decree30Heading, instructionsLine, signatureBlock } = freshModule(() => {
    messages = require("../../../src/core/i18n/messages");
    responsibility = require("../../../src/core/plan/responsibility");
    return require("../../../src/core/templates/decree30") as Decree30;
  }));
});

type Heading = Parameters<Decree30["decree30Heading"]>[0];
const heading = (extra: Partial<Heading> = {}): Heading => ({
  lang: "vi",
  lastLetter: "M",
  unitCell: "D11",
  submittedCell: "D16",
  unitName: "Sở Công Thương",
  groupLine: "Nhóm nhiệm vụ 1.3: Nhóm nhiệm vụ về giảm phát thải khí nhà kính",
  ...extra,
});

afterEach(() => jest.restoreAllMocks());

describe("decree30Heading", () => {
  it("lays out rows 1–7 in English: agency left (A–D), motto right (H to the last column), title across", () => {
    const lines = decree30Heading(heading({ lang: "en", lastLetter: "Q", unitCell: "AB12", groupLine: "Task group 1.3: X" }));
    expect(lines).toEqual([
      { address: "A1", text: "CAO BẰNG PROVINCIAL PEOPLE'S COMMITTEE", merge: "A1:D1", style: "agency" },
      { address: "H1", text: "SOCIALIST REPUBLIC OF VIETNAM", merge: "H1:Q1", style: "motto" },
      { address: "A2", text: "SỞ CÔNG THƯƠNG", merge: "A2:D2", style: "agencyName", formula: "UPPER($AB$12)" },
      { address: "H2", text: "Independence - Freedom - Happiness", merge: "H2:Q2", style: "motto" },
      { address: "A3", text: "No.: ……/BC-……", merge: "A3:D3", style: "place" },
      {
        address: "H3",
        text: "Cao Bằng, date …… / …… / ……",
        merge: "H3:Q3",
        style: "place",
        formula:
          'IF($D$16="","Cao Bằng, date …… / …… / ……",IFERROR("Cao Bằng, date "&IF(DAY($D$16)<10,"0","")&DAY($D$16)&" / "&IF(MONTH($D$16)<3,"0","")&MONTH($D$16)&" / "&YEAR($D$16),"Cao Bằng, date …… / …… / ……"))',
      },
      { address: "A5", text: "REPORT", merge: "A5:Q5", style: "title" },
      {
        address: "A6",
        text: "Results of the Cao Bằng Green Growth Action Plan (Decision 337/QĐ-UBND)",
        merge: "A6:Q6",
        style: "subtitle",
      },
      { address: "A7", text: "Task group 1.3: X", merge: "A7:Q7", style: "subtitle" },
    ]);
  });

  it("writes the Vietnamese heading with the decision's words", () => {
    const lines = decree30Heading(heading());
    expect(lines.map((l) => l.address)).toEqual(["A1", "H1", "A2", "H2", "A3", "H3", "A5", "A6", "A7"]);
    expect(lines.map((l) => l.text)).toEqual([
      "UBND TỈNH CAO BẰNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ CÔNG THƯƠNG",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: ……/BC-……",
      "Cao Bằng, ngày …… tháng …… năm ……",
      "BÁO CÁO",
      "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND)",
      "Nhóm nhiệm vụ 1.3: Nhóm nhiệm vụ về giảm phát thải khí nhà kính",
    ]);
    expect(lines[5]!.formula).toBe(
      'IF($D$16="","Cao Bằng, ngày …… tháng …… năm ……",IFERROR("Cao Bằng, ngày "&IF(DAY($D$16)<10,"0","")&DAY($D$16)&" tháng "&IF(MONTH($D$16)<3,"0","")&MONTH($D$16)&" năm "&YEAR($D$16),"Cao Bằng, ngày …… tháng …… năm ……"))',
    );
    // Only the unit's name and the place-date are formulas.
    expect(lines.filter((l) => l.formula !== undefined).map((l) => l.address)).toEqual(["A2", "H3"]);
  });

  it("makes both followed cells absolute, whatever their column letters and row digits", () => {
    const lines = decree30Heading(heading({ unitCell: "C6", submittedCell: "AA123" }));
    expect(lines[2]!.formula).toBe("UPPER($C$6)");
    expect(lines[5]!.formula).toMatch(/^IF\(\$AA\$123="",/);
    expect(lines[5]!.formula).toContain("YEAR($AA$123)");
    expect(lines[5]!.formula).not.toMatch(/[^$]AA123/);
  });

  it("capitalises the unit's name with Vietnamese letters (the blank template's text for the formula)", () => {
    expect(decree30Heading(heading({ unitName: "UBND huyện Hòa An" }))[2]!.text).toBe("UBND HUYỆN HÒA AN");
    expect(decree30Heading(heading({ unitName: "Sở Nông nghiệp và Môi trường" }))[2]!.text).toBe("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  });

  it("keeps a quote inside the form's words a quote of the text, never the end of the formula's literal", () => {
    const real = messages.t;
    jest
      .spyOn(messages, "t")
      .mockImplementation((key, params, lang) => (key === "tplPlaceDay" ? 'Cao Bằng, "ngày" ' : real(key, params, lang)));
    const formula = decree30Heading(heading()).find((l) => l.address === "H3")!.formula!;
    expect(formula).toContain('IFERROR("Cao Bằng, ""ngày"" "&IF(DAY($D$16)<10');
    // Every literal closes: an even number of quotes.
    expect(formula.split('"').length % 2).toBe(1);
  });
});

describe("instructionsLine", () => {
  it("puts the instructions across the row above the table, left to the last column", () => {
    expect(instructionsLine(18, "M", "vi")).toEqual({
      address: "A18",
      text: "Ô màu vàng là ô đơn vị nhập. Vai trò: Chủ trì — báo cáo kết quả chung của hạng mục; Phối hợp — báo cáo phần việc của đơn vị mình. Kinh phí đã giải ngân: chỉ ghi kinh phí do chính đơn vị giải ngân, không ghi lại kinh phí của đơn vị chủ trì hay đơn vị khác.",
      merge: "A18:M18",
      style: "note",
    });
    expect(instructionsLine(7, "L", "en")).toEqual({
      address: "A7",
      text: "Yellow cells are for the unit to fill. Role: Lead — report the item's overall result; Coordinating — report your unit's own part. Budget disbursed: only what your unit itself disbursed, never again the lead's or another unit's spending.",
      merge: "A7:L7",
      style: "note",
    });
  });
});

describe("signatureBlock", () => {
  it("lays out recipients, preparer and head on three rows from the given one, in English", () => {
    expect(signatureBlock(40, "Q", "en", "2025-06-05")).toEqual([
      { address: "A40", text: "Recipients:", merge: "A40:D40", style: "recipients" },
      { address: "E40", text: "PREPARED BY", merge: "E40:G40", style: "signTitle" },
      { address: "H40", text: "HEAD OF UNIT", merge: "H40:Q40", style: "signTitle" },
      { address: "A41", text: "- Department of Finance (standing office);", merge: "A41:D41", style: "note" },
      { address: "E41", text: "(Signature, full name)", merge: "E41:G41", style: "signNote" },
      { address: "H41", text: "(Signature, full name, seal)", merge: "H41:Q41", style: "signNote" },
      { address: "A42", text: "- Archive: VT.", merge: "A42:D42", style: "note" },
    ]);
  });

  it("sends the report to the standing office of the due date: Sở KH&ĐT until 28 February 2025, Sở Tài chính from 1 March", () => {
    // Decision 337, section IV: reports go to the standing office, Sở Kế hoạch và Đầu tư; its work passed to Sở Tài chính in 2025.
    expect(signatureBlock(5, "M", "vi", "2025-02-28")[3]).toEqual({
      address: "A6",
      text: "- Sở Kế hoạch và Đầu tư (cơ quan thường trực);",
      merge: "A6:D6",
      style: "note",
    });
    expect(signatureBlock(5, "M", "vi", "2025-03-01")[3]!.text).toBe("- Sở Tài chính (cơ quan thường trực);");
    expect(signatureBlock(5, "M", "en", "2018-06-05")[3]!.text).toBe("- Department of Planning and Investment (standing office);");
    expect(signatureBlock(5, "M", "vi", "2025-03-01").map((l) => `${l.address}:${l.merge}`)).toEqual([
      "A5:A5:D5",
      "E5:E5:G5",
      "H5:H5:M5",
      "A6:A6:D6",
      "E6:E6:G6",
      "H6:H6:M6",
      "A7:A7:D7",
    ]);
  });

  it("leaves the recipient's name blank where no unit carries the standing office on the date", () => {
    jest.spyOn(responsibility, "unitOnDate").mockReturnValue(null);
    expect(signatureBlock(5, "M", "vi", "2025-06-05")[3]!.text).toBe("-  (cơ quan thường trực);");
    expect(signatureBlock(5, "M", "en", "2025-06-05")[3]!.text).toBe("-  (standing office);");
  });
});
