/**
 * The consolidated workbook's layout as exact values (core/consolidation/layout.ts): the print scale, header row
 * heights from wrapped text, every list's columns, widths, formats and wrapped columns, each row the lists get
 * (Detail, Issues, Submissions, Narratives) in both languages, and the Summary line by line: the Decree
 * 30/2020/NĐ-CP heading, the headline, the tables with their row heights, the charts' ranges and boxes, the page
 * breaks, the count check and the signature block, each on its row.
 *
 * Every test builds its own input (helpers below are functions called by the tests): nothing is computed when the
 * file loads.
 */
import {
  PRINT,
  consolidationLayout,
  countsLine,
  focalUnit,
  headerHeight,
  headlineLines,
  issueText,
  meanProgressNote,
  otherPeriodsLine,
  pathEntriesLine,
  periodText,
  printScale,
} from "../../../src/core/consolidation/layout";
import type { Narrative, Submission } from "../../../src/core/consolidation/consolidator";
import type { Entry, Issue } from "../../../src/core/consolidation/report";
import type { GroupSummary, ItemSummary, SectorSummary } from "../../../src/core/consolidation/summary";

const zero = () => ({ on_track: 0, behind: 0, ahead: 0, no_target: 0, not_reported: 0 });

/** An item of the Summary's item table: C1.1 (unfired bricks, 25% in 2020, 80% in 2030, Sở Xây dựng leading). */
function itemSummary(extra: Partial<ItemSummary> = {}): ItemSummary {
  return {
    code: "C1.1",
    taskGroup: "NV3",
    nameVi: "Gạch không nung",
    nameEn: "Unfired bricks",
    rule: "lead",
    unit: "percent",
    unitsReporting: 2,
    unitsWithFigure: 2,
    unitsCounted: 1,
    province: 40,
    blank: null,
    progress: 0.5,
    pathStatus: "on_track",
    budgetPlanned: 22,
    budgetDisbursed: 1.5,
    unitsDisbursing: 1,
    ...extra,
  };
}

function groupSummary(extra: Partial<GroupSummary> = {}): GroupSummary {
  return {
    taskGroup: "NV3",
    label: "1.3",
    title: "Nhóm giảm phát thải",
    titleEn: "Reducing emissions",
    items: 2,
    numericItems: 2,
    unitsReporting: 3,
    itemsWithFigure: 1,
    budgetPlanned: 200,
    budgetDisbursed: 50,
    meanProgress: 0.25,
    pathStatuses: { ...zero(), on_track: 1, ahead: 2, behind: 1 },
    entryStatuses: { ...zero(), on_track: 2, behind: 1 },
    itemSummaries: [],
    ...extra,
  };
}

/** Two groups (one text only), two sectors (one with nothing planned), three items, six units expected. */
function summaryInput() {
  const nv3 = groupSummary({
    itemSummaries: [
      itemSummary(),
      itemSummary({
        code: "C1.2",
        province: null,
        blank: "lead_missing",
        unitsCounted: 0,
        progress: null,
        pathStatus: "not_reported",
        budgetDisbursed: 0,
        unitsDisbursing: 0,
      }),
    ],
  });
  const nv5 = groupSummary({
    taskGroup: "NV5",
    label: "1.5",
    title: "Sản xuất xanh",
    titleEn: "Green production",
    items: 1,
    numericItems: 0,
    unitsReporting: 1,
    itemsWithFigure: 0,
    budgetPlanned: 0,
    budgetDisbursed: 0,
    meanProgress: null,
    pathStatuses: { ...zero(), no_target: 1 },
    entryStatuses: { ...zero(), no_target: 1 },
    itemSummaries: [
      itemSummary({
        code: "NV5.1",
        nameVi: "Sản xuất sạch hơn",
        nameEn: "Cleaner production",
        rule: "text",
        unit: undefined,
        province: null,
        blank: "text",
        unitsCounted: 0,
        progress: null,
        pathStatus: "no_target",
        budgetPlanned: null,
        budgetDisbursed: 0,
        unitsDisbursing: 0,
      }),
    ],
  });
  const sectors: SectorSummary[] = [
    { sector: "D", title: "Năng lượng tái tạo", titleEn: "Renewables", plannedKt: 363, estimatedKt: 31 },
    { sector: "C1", title: "Công nghiệp", titleEn: "Industry", plannedKt: 0, estimatedKt: 0 },
  ];
  return {
    period: "2025-H1",
    due: 45813, // 5 June 2025
    counts: { files: 3, filesListed: 1, sheets: 2, rowsRead: 10, accepted: 8, rejected: 2, warnings: 1, unitsMissing: 4 },
    groups: [nv3, nv5],
    sectors,
    submissions: (["on_time", "on_time", "late", "missing", "empty", "no_date"] as const).map((status) => ({ status })),
  };
}

function entry(extra: Partial<Entry> = {}): Entry {
  return {
    code: "D.12",
    taskGroup: "NV4",
    unitId: "SO_CT",
    unitName: "Sở CT (như đã ghi)",
    answeringUnitId: "SO_CT",
    period: "2025-H1",
    submitted: 45811,
    templateVersion: "2",
    origin: { file: "so-ct.xlsx", sheet: "NV4" },
    cell: "G14",
    actual: 5.5,
    disbursed: 12.5,
    status: "Đang làm",
    evidence: "",
    check: "Đúng lộ trình",
    role: "lead",
    ...extra,
  };
}

function issue(extra: Partial<Issue> = {}): Issue {
  return {
    kind: "not_a_number",
    rejected: true,
    origin: { file: "so-xd.xlsx", sheet: "NV3" },
    cell: "G27",
    code: "C1.1",
    unitId: "SO_XD",
    message: "Ô số liệu chứa chữ: nhiều · Text in a number cell: nhiều",
    ...extra,
  };
}

describe("printScale", () => {
  // A4 landscape 841.89 pt less 0.4" margins each side: 784.29 pt; a column of w characters is (7w + 5) × 0.75 pt.
  const printable = (297 / 25.4) * 72 - 0.8 * 72;

  it("is 1 while the columns fit, and printable ÷ width as soon as they do not", () => {
    expect(printScale([])).toBe(1);
    expect(printScale([148])).toBe(1); // 780.75 pt
    expect(printScale([149])).toBeCloseTo(printable / 786, 12);
    expect(printScale([74, 74])).toBeCloseTo(printable / 784.5, 12); // 2 × 392.25 = 784.5 pt: just over
  });

  it("adds every column's padding", () => {
    expect(printScale([100, 100])).toBeCloseTo(printable / 1057.5, 12);
    expect(printScale([50, 50, 50, 50])).toBeCloseTo(printable / 1065, 12);
  });

  it("the paper and the fonts", () => {
    expect(PRINT).toEqual({
      paperSize: 9,
      orientation: "landscape",
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      baseFont: 11,
      minPrintedFont: 9,
    });
  });
});

describe("headerHeight: 15 pt a line of wrapped bold text", () => {
  // Bold: floor((w − 1) × 0.9) characters a line, at least 3. Width 11 → 9 characters.
  const h = (headers: string[], widths: number[] = headers.map(() => 11)) => headerHeight({ headers, widths });

  it("one line up to the line's room, two from one character more", () => {
    expect(h(["abcdefghi"])).toBe(15);
    expect(h(["abcdefghij"])).toBe(30);
    expect(h(["abcdefghijklmnopqr"])).toBe(30);
    expect(h(["abcdefghijklmnopqrs"])).toBe(45);
  });

  it("words share a line while they fit with their space", () => {
    expect(h(["abcd efgh"])).toBe(15);
    expect(h(["abcd efghi"])).toBe(30);
    expect(h(["ab  cd   "])).toBe(15);
    // Spaces around a full line add nothing.
    expect(h(["abcdefghi "])).toBe(15);
    expect(h([" abcdefghi"])).toBe(15);
  });

  it("a word broken over lines leaves its last line full: the next word starts a new one", () => {
    expect(h(["abcdefghijklmnopqr s"])).toBe(45);
    expect(h(["abcdefghijk lmn"])).toBe(30);
    // After "x", the long word starts on a line of its own, then breaks: three lines.
    expect(h(["x abcdefghijk"])).toBe(45);
  });

  it("each paragraph starts a line; an empty header is one line; the tallest header counts", () => {
    expect(h(["a\nb\nc"])).toBe(45);
    expect(h([""])).toBe(15);
    expect(h([])).toBe(15);
    expect(h(["a", "abcdefghij", "b"])).toBe(30);
  });

  it("a narrow column still holds three characters a line; a header past the widths gets 10", () => {
    expect(h(["abc"], [1])).toBe(15);
    expect(h(["abcd"], [1])).toBe(30);
    // Width 10 → floor(9 × 0.9) = 8 characters.
    expect(h(["a", "abcdefgh"], [11])).toBe(15);
    expect(h(["a", "abcdefghi"], [11])).toBe(30);
  });
});

describe("the lists' columns", () => {
  it("names the sheets in each language", () => {
    expect(consolidationLayout("vi").sheetNames).toEqual({
      summary: "Tổng hợp",
      detail: "Chi tiết",
      submissions: "Nộp báo cáo",
      issues: "Vấn đề",
      narratives: "Thuyết minh",
    });
    expect(consolidationLayout("en").sheetNames).toEqual({
      summary: "Summary",
      detail: "Detail",
      submissions: "Submissions",
      issues: "Issues",
      narratives: "Narratives",
    });
  });

  it("Detail: 18 columns, 11 printed, numbers, progress and the date formatted, long texts wrapped", () => {
    expect(consolidationLayout("vi").detail).toEqual({
      name: "TTX_Detail",
      headers: [
        "Mã",
        "Nhóm",
        "Hạng mục",
        "Đơn vị",
        "Vai trò",
        "Kết quả",
        "Tiến độ",
        "Kiểm tra so với lộ trình",
        "Giải ngân (tỷ đồng)",
        "Tình trạng",
        "Minh chứng",
        "Đơn vị tại hạn nộp",
        "Tệp",
        "Trang",
        "Ô",
        "Kỳ",
        "Ngày gửi",
        "Phiên bản mẫu",
      ],
      widths: [7, 6, 34, 22, 10, 11, 8, 24, 10, 12, 22, 22, 24, 18, 6, 9, 11, 8],
      formats: { 5: "#,##0.##", 6: "0%", 8: "#,##0.##", 16: "dd/mm/yyyy" },
      wrap: [2, 3, 7, 9, 10],
      printColumns: 11,
    });
    expect(consolidationLayout("en").detail.headers.slice(0, 6)).toEqual(["Code", "Group", "Item", "Unit", "Role", "Result"]);
  });

  it("Issues: 14 columns, all printed, none formatted, the reasons wrapped", () => {
    const issues = consolidationLayout("vi").issues;
    expect(issues).toEqual({
      name: "TTX_Issues",
      headers: [
        "Loại",
        "Xử lý",
        "Tệp",
        "Trang",
        "Ô",
        "Mã",
        "Đơn vị",
        "Kết quả (như đã nhập)",
        "Giải ngân (như đã nhập)",
        "Tình trạng",
        "Minh chứng",
        "Ô khác đã nhập",
        "Lý do (tiếng Việt)",
        "Lý do (tiếng Anh)",
      ],
      widths: [13, 9, 16, 11, 5, 6, 9, 8, 8, 8, 10, 10, 26, 26],
      formats: {},
      wrap: [0, 1, 2, 3, 6, 9, 10, 11, 12, 13],
    });
    expect(consolidationLayout("en").issues.headers.slice(12)).toEqual(["Reason (English)", "Reason (Vietnamese)"]);
  });

  it("Submissions, Narratives and Long texts", () => {
    const layout = consolidationLayout("vi");
    expect(layout.submissions).toEqual({
      name: "TTX_Submissions",
      headers: ["Mã đơn vị", "Đơn vị", "Nhóm đã nộp", "Ngày gửi", "Tình trạng"],
      widths: [16, 44, 24, 12, 24],
      formats: { 3: "dd/mm/yyyy" },
      wrap: [1, 2, 4],
    });
    expect(layout.narratives).toEqual({
      name: "TTX_Narratives",
      headers: ["Đơn vị", "Nhóm", "Báo cáo", "Đã hoàn thành", "Đang thực hiện", "Đề xuất, kiến nghị", "Tệp", "Trang"],
      widths: [22, 6, 11, 40, 40, 40, 24, 18],
      formats: {},
      wrap: [0, 2, 3, 4, 5],
      printColumns: 6,
    });
    expect(layout.longTexts).toEqual({
      name: "TTX_LongTexts",
      headers: ["Trang", "Ô", "Phần", "Số phần", "Độ dài (ký tự)", "Văn bản"],
      widths: [22, 9, 7, 8, 12, 100],
      formats: {},
      wrap: [5],
    });
    expect(consolidationLayout("en").longTexts.headers).toEqual(["Sheet", "Cell", "Part", "Parts", "Length (characters)", "Text"]);
  });
});

describe("detailRow", () => {
  it("gives every column of an entry, in Vietnamese: the unit as reported, the unit answering by name", () => {
    expect(consolidationLayout("vi").detailRow(entry())).toEqual([
      "D.12",
      "NV4",
      "Sản xuất điện từ sinh khối và khí sinh học.",
      "Sở CT (như đã ghi)",
      "Chủ trì",
      5.5,
      0.5, // 5.5 of 11 MW
      "Đúng lộ trình",
      12.5,
      "Đang làm",
      null,
      "Sở Công Thương",
      "so-ct.xlsx",
      "NV4",
      "G14",
      "2025-H1",
      45811,
      "2",
    ]);
  });

  it("in English: the item's and the units' English names", () => {
    const row = consolidationLayout("en").detailRow(entry({ role: "coordinating" }));
    expect(row.slice(2, 5)).toEqual([expect.not.stringMatching(/^Sản xuất/), "Department of Industry and Trade", "Coordinating"]);
    expect(row[11]).toBe("Department of Industry and Trade");
    expect(consolidationLayout("en").detailRow(entry({ role: null }))[4]).toBe("—");
    expect(consolidationLayout("en").detailRow(entry({ role: "lead" }))[4]).toBe("Lead");
  });

  it("names an activity and a project in Vietnamese in either language, and no name for a code it does not know", () => {
    const en = consolidationLayout("en");
    expect(en.detailRow(entry({ code: "NV1.1", actual: "Đã tập huấn" }))[2]).toMatch(/^Nâng cao năng lực của hệ thống quản lý nhà nước/);
    expect(en.detailRow(entry({ code: "DA7.1", actual: null }))[2]).toBe(
      consolidationLayout("vi").detailRow(entry({ code: "DA7.1", actual: null }))[2],
    );
    const unknown = consolidationLayout("vi").detailRow(entry({ code: "X.9", actual: 3 }));
    expect([unknown[2], unknown[5], unknown[6]]).toEqual([null, 3, null]);
  });

  it("an entry without a role gets the responsibility data's; a unit not in the catalog keeps its id", () => {
    const vi = consolidationLayout("vi");
    const { role: _omit, ...old } = entry();
    expect(vi.detailRow(old)[4]).toBe("Chủ trì");
    expect(vi.detailRow(entry({ role: "coordinating" }))[4]).toBe("Phối hợp");
    expect(vi.detailRow(entry({ role: null }))[4]).toBe("—");
    const en = consolidationLayout("en").detailRow(entry({ unitId: "SO_KHONG_CO", answeringUnitId: "SO_KHONG_CO" }));
    expect([en[3], en[11]]).toEqual(["SO_KHONG_CO", "SO_KHONG_CO"]);
  });

  it("a text result stays text, with no progress; blanks are empty cells", () => {
    const vi = consolidationLayout("vi");
    expect(vi.detailRow(entry({ actual: "khoảng 5" })).slice(5, 7)).toEqual(["khoảng 5", null]);
    expect(vi.detailRow(entry({ actual: "5.5" })).slice(5, 7)).toEqual(["5.5", null]);
    expect(vi.detailRow(entry({ actual: "" })).slice(5, 7)).toEqual([null, null]);
    expect(vi.detailRow(entry({ actual: null })).slice(5, 7)).toEqual([null, null]);
    expect(vi.detailRow(entry({ actual: 0 })).slice(5, 7)).toEqual([0, 0]);
    const blank = vi.detailRow(
      entry({
        disbursed: null,
        submitted: null,
        status: "",
        check: "",
        templateVersion: "",
        origin: { file: "", sheet: "" },
        cell: "",
        taskGroup: "",
      }),
    );
    expect([blank[1], blank[7], blank[8], blank[9], blank[12], blank[13], blank[14], blank[16], blank[17]]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("takes progress against the milestone of the entry's own report year", () => {
    const vi = consolidationLayout("vi");
    // C1.1 at 20%: 0.8 of 2020's 25%, 0.25 of 2030's 80%; asked twice, the year is the same.
    const c11 = (period: string) => vi.detailRow(entry({ code: "C1.1", actual: 20, period }))[6];
    expect([c11("2020-H1"), c11("2020-H1"), c11("2025-H1"), c11("2020-annual")]).toEqual([0.8, 0.8, 0.25, 0.8]);
  });
});

describe("issueRow and issueText", () => {
  it("gives each column of a refused row, the values as typed, each language in its column", () => {
    const row = consolidationLayout("vi").issueRow(
      issue({
        text: { vi: "Ô số liệu chứa chữ: nhiều", en: "Text in a number cell: nhiều" },
        values: { actual: "nhiều", disbursed: 12, status: new Date(Date.UTC(2025, 5, 2)), evidence: true, other: "C20: ghi chú" },
      }),
    );
    expect(row).toEqual([
      "Chữ trong ô số",
      "Từ chối",
      "so-xd.xlsx",
      "NV3",
      "G27",
      "C1.1",
      "SO_XD",
      "nhiều",
      12,
      "2025-06-02",
      "true",
      "C20: ghi chú",
      "Ô số liệu chứa chữ: nhiều",
      "Text in a number cell: nhiều",
    ]);
  });

  it("in English: the English label and reason first", () => {
    const row = consolidationLayout("en").issueRow(issue({ kind: "duplicate_row", values: { actual: 0, disbursed: "" } }));
    expect(row).toEqual([
      "Duplicate row",
      "Rejected",
      "so-xd.xlsx",
      "NV3",
      "G27",
      "C1.1",
      "SO_XD",
      0,
      null,
      null,
      null,
      null,
      "Text in a number cell: nhiều",
      "Ô số liệu chứa chữ: nhiều",
    ]);
  });

  it("says what became of the row: refused, a warning still counted, or a file only noted", () => {
    const outcome = (lang: "vi" | "en", i: Partial<Issue>) => consolidationLayout(lang).issueRow(issue(i))[1];
    expect(outcome("vi", { kind: "dong_amount", rejected: false })).toBe("Cảnh báo (vẫn tính)");
    expect(outcome("vi", { kind: "skipped_file", rejected: false })).toBe("Ghi chú");
    expect(outcome("vi", { kind: "other_file", rejected: false })).toBe("Ghi chú");
    expect(outcome("vi", { kind: "other_file", rejected: true })).toBe("Từ chối");
    expect(outcome("en", { kind: "bad_date", rejected: false })).toBe("Warning (still counted)");
    expect(outcome("en", { kind: "skipped_file", rejected: false })).toBe("Note");
  });

  it("labels each kind, the same on every row", () => {
    const vi = consolidationLayout("vi");
    expect([
      vi.issueRow(issue({ kind: "superseded" }))[0],
      vi.issueRow(issue({ kind: "superseded" }))[0],
      vi.issueRow(issue({ kind: "not_a_number" }))[0],
    ]).toEqual(["Đã được thay thế", "Đã được thay thế", "Chữ trong ô số"]);
  });

  it("leaves blank what the issue does not hold", () => {
    const row = consolidationLayout("vi").issueRow(
      issue({ origin: { file: "a.pdf", sheet: "" }, cell: "", code: "", unitId: "", values: undefined }),
    );
    expect(row.slice(2, 12)).toEqual(["a.pdf", null, null, null, null, null, null, null, null, null]);
  });

  it("splits a message at ' · ', and shows a message in one language once", () => {
    expect(issueText({ message: "Một · One" }, "vi")).toBe("Một");
    expect(issueText({ message: "Một · One" }, "en")).toBe("One");
    expect(issueText({ message: "Một · One · Uno" }, "en")).toBe("One · Uno");
    expect(issueText({ message: " · only English" }, "vi")).toBe("");
    expect(issueText({ message: " · only English" }, "en")).toBe("only English");
    expect(issueText({ message: "Chỉ một" }, "en")).toBe("Chỉ một");
    expect(issueText({ message: "Chỉ một" }, "en", false)).toBeNull();
    expect(issueText({ message: "a · b", text: { vi: "riêng", en: "own" } }, "en", false)).toBe("own");
    const row = consolidationLayout("en").issueRow(issue({ message: "Chỉ một" }));
    expect(row.slice(12)).toEqual(["Chỉ một", null]);
  });
});

describe("submissionRow and narrativeRow", () => {
  const submission = (status: Submission["status"], extra: Partial<Submission> = {}): Submission => ({
    unitId: "SO_CT",
    unitName: "Sở CT",
    taskGroups: ["NV4", "NV3"],
    submitted: 45811,
    status,
    ...extra,
  });

  it("gives the unit by name, its groups, the date and its status in words", () => {
    expect(consolidationLayout("vi").submissionRow(submission("on_time"))).toEqual([
      "SO_CT",
      "Sở Công Thương",
      "NV4, NV3",
      45811,
      "Đúng hạn",
    ]);
    expect(consolidationLayout("en").submissionRow(submission("missing", { taskGroups: [], submitted: null }))).toEqual([
      "SO_CT",
      "Department of Industry and Trade",
      null,
      null,
      "Missing",
    ]);
  });

  it("has a word for every status", () => {
    const statuses: Submission["status"][] = ["on_time", "late", "no_date", "empty", "conflict", "rejected", "missing"];
    expect(statuses.map((s) => consolidationLayout("vi").submissionRow(submission(s))[4])).toEqual([
      "Đúng hạn",
      "Muộn",
      "Không ghi ngày gửi",
      "Đã nhận, chưa nhập số liệu",
      "Hai báo cáo cùng ngày, cần xác nhận",
      "Đã nộp nhưng bị từ chối",
      "Chưa nộp",
    ]);
  });

  it("gives a narrative's texts, where it stands, and where it came from", () => {
    const narrative = (standing: Narrative["standing"]): Narrative => ({
      unitId: "SO_XD",
      unitName: "Sở XD",
      taskGroup: "NV3",
      origin: { file: "so-xd.xlsx", sheet: "NV3" },
      standing,
      completed: "Đã làm",
      ongoing: "",
      proposals: "Đề nghị",
    });
    expect(consolidationLayout("vi").narrativeRow(narrative("counted"))).toEqual([
      "Sở Xây dựng",
      "NV3",
      "Được tính",
      "Đã làm",
      null,
      "Đề nghị",
      "so-xd.xlsx",
      "NV3",
    ]);
    expect((["superseded", "conflict", "refused"] as const).map((s) => consolidationLayout("vi").narrativeRow(narrative(s))[2])).toEqual([
      "Đã được thay thế",
      "Cùng ngày, cần xác nhận",
      "Bị từ chối",
    ]);
    expect(consolidationLayout("en").narrativeRow(narrative("refused")).slice(0, 3)).toEqual([
      "Department of Construction",
      "NV3",
      "Refused",
    ]);
  });
});

describe("the Summary, line by line", () => {
  it("puts every line on its row, with its span, weight and height (Vietnamese)", () => {
    const lines = consolidationLayout("vi").summary(summaryInput()).lines;
    expect(lines).toEqual([
      { row: 1, text: "UBND TỈNH CAO BẰNG", align: "center", from: 1, to: 2 },
      { row: 1, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: "center", from: 5, to: 12 },
      { row: 2, text: "SỞ TÀI CHÍNH", bold: true, align: "center", from: 1, to: 2 },
      { row: 2, text: "Độc lập - Tự do - Hạnh phúc", bold: true, align: "center", from: 5, to: 12 },
      { row: 4, text: "Số: …/BC-STC", align: "center", from: 1, to: 2 },
      { row: 4, text: "Cao Bằng, ngày … tháng … năm 2025", italic: true, align: "center", from: 5, to: 12 },
      { row: 6, text: "BÁO CÁO", bold: true, size: 14, align: "center" },
      {
        row: 7,
        text: "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND) 6 tháng đầu năm 2025",
        bold: true,
        align: "center",
      },
      { row: 8, text: "Hạn gửi báo cáo của các đơn vị: 05/06/2025", italic: true, align: "center" },
      { row: 10, text: "I. SỐ LIỆU CHÍNH", bold: true },
      {
        row: 11,
        text: "Đơn vị phải báo cáo: 6 — đúng hạn 2; muộn 1; chưa nộp 1; đã nhận nhưng chưa nhập số liệu 1; khác 1 (không ghi ngày gửi, bị từ chối, hoặc hai báo cáo cùng ngày: xem trang Nộp báo cáo)",
        height: 30,
      },
      {
        row: 12,
        text: "Hạng mục có chỉ tiêu số: 2 — đúng lộ trình 1; chậm so với lộ trình 0; vượt lộ trình 0; chưa có số liệu của tỉnh 1. Hạng mục báo cáo bằng văn bản (không có chỉ tiêu số): 1",
      },
      { row: 13, text: "Kinh phí: đã giải ngân 50 tỷ đồng / kế hoạch 200 tỷ đồng (25%); mỗi đơn vị báo cáo phần kinh phí của mình" },
      { row: 14, text: "Giảm phát thải khí nhà kính ước tính: 31 / 363 nghìn tấn CO2 theo kế hoạch đến năm 2030 (8,5%)" },
      { row: 16, text: "II. KẾT QUẢ THEO NHÓM NHIỆM VỤ", bold: true },
      { row: 20, text: "Tiến độ bình quân để trống: nhóm chỉ có nhiệm vụ dạng văn bản, không có chỉ tiêu số (NV5)", italic: true },
      { row: 41, text: "III. GIẢM PHÁT THẢI KHÍ NHÀ KÍNH THEO LĨNH VỰC", bold: true },
      {
        row: 45,
        text: expect.stringMatching(/^Ước tính = giảm phát thải kế hoạch đến 2030 × tỷ lệ đạt mốc 2030/),
        italic: true,
        height: 30,
      },
      { row: 47, text: "IV. KẾT QUẢ THEO HẠNG MỤC (số liệu toàn tỉnh tổng hợp theo quy tắc của từng hạng mục)", bold: true },
      { row: 52, text: expect.stringMatching(/^Cách tổng hợp: Cộng = cộng số của mọi đơn vị báo cáo;/), italic: true, height: 30 },
      { row: 54, text: "Ghi chú kiểm đếm (không dòng nào bị bỏ sót):", italic: true, bold: true },
      { row: 55, text: "Số tệp nhận được: 3 = đọc được 2 + chỉ ghi tại trang Vấn đề 1", italic: true },
      { row: 56, text: "Số dòng đọc 10 = chấp nhận 8 + từ chối 2; cảnh báo 1; trang tính 2; đơn vị chưa nộp 4", italic: true },
      { row: 57, text: "Rows read 10 = accepted 8 + rejected 2; warnings 1; sheets 2; units missing 4", italic: true },
      {
        row: 58,
        text: "Số liệu từng đơn vị so với lộ trình: Đúng lộ trình: 2 · Chậm so với lộ trình: 1 · Vượt lộ trình: 0 · Không có chỉ tiêu số: 1 · Chưa báo cáo: 0",
        italic: true,
      },
      { row: 60, text: "NGƯỜI LẬP BIỂU", bold: true, align: "center", from: 1, to: 2 },
      { row: 60, text: "THỦ TRƯỞNG CƠ QUAN", bold: true, align: "center", from: 7, to: 12 },
      { row: 61, text: "(Ký, ghi rõ họ tên)", italic: true, align: "center", from: 1, to: 2 },
      { row: 61, text: "(Ký, ghi rõ họ tên, đóng dấu)", italic: true, align: "center", from: 7, to: 12 },
      { row: 66, text: "Nơi nhận:", bold: true, italic: true, from: 1, to: 2 },
      { row: 67, text: "- UBND tỉnh (để báo cáo);", from: 1, to: 2 },
      { row: 68, text: "- Các sở, ban, ngành, đơn vị có liên quan;", from: 1, to: 2 },
      { row: 69, text: "- Lưu: VT, Sở TC.", from: 1, to: 2 },
    ]);
  });

  it("in English, on the same rows", () => {
    const lines = consolidationLayout("en").summary(summaryInput()).lines;
    expect(lines.map((l) => [l.row, l.text])).toEqual([
      [1, "CAO BANG PROVINCIAL PEOPLE'S COMMITTEE"],
      [1, "SOCIALIST REPUBLIC OF VIET NAM"],
      [2, "DEPARTMENT OF FINANCE"],
      [2, "Independence - Freedom - Happiness"],
      [4, "No.: …/BC-STC"],
      [4, "Cao Bang, … 2025"],
      [6, "REPORT"],
      [7, "Progress of the Cao Bang Green Growth Action Plan (Decision 337/QĐ-UBND), first half of 2025"],
      [8, "Units' reports were due on 05/06/2025"],
      [10, "I. KEY FIGURES"],
      [
        11,
        "Units due to report: 6 — on time 2; late 1; missing 1; received but not filled yet 1; other 1 (no submission date, refused, or two reports of the same date: see the Submissions sheet)",
      ],
      [
        12,
        "Items with a numeric target: 2 — on track 1; behind the path 0; ahead of the path 0; no province figure yet 1. Items reported as text (no numeric target): 1",
      ],
      [13, "Budget: VND 50 bn disbursed of VND 200 bn planned (25%); each unit reports its own spending"],
      [14, "Estimated greenhouse gas reduction: 31 of the 363 thousand t CO2 planned by 2030 (8.5%)"],
      [16, "II. RESULTS BY TASK GROUP"],
      [20, "Mean progress left blank: text tasks only, no numeric target (NV5)"],
      [41, "III. GREENHOUSE GAS REDUCTION BY SECTOR"],
      [45, expect.stringMatching(/^Estimate = planned 2030 reduction/)],
      [47, "IV. RESULTS BY ITEM (the province's figure combined by each item's rule)"],
      [52, expect.stringMatching(/^How combined: Sum = /)],
      [54, "Count check (no row left out):"],
      [55, "Files found: 3 = read 2 + listed on the Issues sheet only 1"],
      [56, "Rows read 10 = accepted 8 + rejected 2; warnings 1; sheets 2; units missing 4"],
      [57, "Số dòng đọc 10 = chấp nhận 8 + từ chối 2; cảnh báo 1; trang tính 2; đơn vị chưa nộp 4"],
      [
        58,
        "Units' figures against the path: On track: 2 · Behind the path: 1 · Ahead of the path: 0 · No numeric target: 1 · Not reported: 0",
      ],
      [60, "PREPARED BY"],
      [60, "HEAD OF AGENCY"],
      [61, "(Signature, full name)"],
      [61, "(Signature, full name, seal)"],
      [66, "Recipients:"],
      [67, "- Provincial People's Committee (to report);"],
      [68, "- Departments, agencies and units concerned;"],
      [69, "- Filed: Records, Sở TC."],
    ]);
  });

  it("gives the group, sector and item tables their rows, formats and heights", () => {
    const model = consolidationLayout("vi").summary(summaryInput());
    const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const widths = [9, 38, 11, 11, 9, 9, 11, 8, 12, 10, 10, 20];
    expect(model.widths).toEqual(widths);
    expect(model.tables).toEqual([
      {
        top: 17,
        layout: {
          name: "TTX_Summary_Groups",
          headers: [
            "Nhóm",
            "Nhóm nhiệm vụ",
            "Số hạng mục",
            "Có chỉ tiêu số",
            "Đơn vị báo cáo",
            "Có số liệu của tỉnh",
            "Tiến độ bình quân",
            "Đúng hoặc vượt lộ trình",
            "Chậm so với lộ trình",
            "Kinh phí kế hoạch (tỷ đồng)",
            "Đã giải ngân (tỷ đồng)",
            "Tỷ lệ giải ngân",
          ],
          widths,
          wrap: all,
          formats: { 6: "0%", 9: "#,##0.##", 10: "#,##0.##", 11: "0%" },
        },
        rows: [
          ["NV3 (1.3)", "Nhóm giảm phát thải", 2, 2, 3, 1, 0.25, 3, 1, 200, 50, 0.25],
          ["NV5 (1.5)", "Sản xuất xanh", 1, 0, 1, 0, null, 0, 0, 0, 0, null],
        ],
        // "NV3 (1.3)" takes two lines in a column 9 wide.
        heights: [30, 30],
      },
      {
        top: 42,
        layout: {
          name: "TTX_Summary_Sectors",
          headers: ["Lĩnh vực", "Tên", "Giảm KNK kế hoạch 2030 (nghìn tCO2)", "Ước tính theo báo cáo (nghìn tCO2)", "Tỷ lệ"],
          widths,
          wrap: [0, 1, 2, 3, 4],
          formats: { 2: "#,##0.##", 3: "#,##0.##", 4: "0%" },
        },
        rows: [
          ["D", "Năng lượng tái tạo", 363, 31, 0.085399],
          ["C1", "Công nghiệp", 0, 0, null],
        ],
      },
      {
        top: 48,
        layout: {
          name: "TTX_Summary_Items",
          headers: [
            "Mã",
            "Hạng mục",
            "Cách tổng hợp",
            "Đơn vị tính",
            "Đơn vị báo cáo",
            "Đơn vị được tính",
            "Số liệu toàn tỉnh",
            "Tiến độ",
            "So với lộ trình",
            "Kinh phí kế hoạch (tỷ đồng)",
            "Đã giải ngân (tỷ đồng)",
            "Ghi chú",
          ],
          widths,
          wrap: all,
          formats: { 6: "#,##0.##", 7: "0%", 9: "#,##0.##", 10: "#,##0.##" },
        },
        rows: [
          ["C1.1", "Gạch không nung", "Đơn vị chủ trì", "%", 2, 1, 40, 0.5, "Đúng lộ trình", 22, 1.5, null],
          [
            "C1.2",
            "Gạch không nung",
            "Đơn vị chủ trì",
            "%",
            2,
            0,
            null,
            null,
            "Chưa báo cáo",
            22,
            null,
            "Đơn vị chủ trì chưa báo cáo; số của 2 đơn vị khác không thay cho số của tỉnh",
          ],
          [
            "NV5.1",
            "Sản xuất sạch hơn",
            "Văn bản",
            null,
            2,
            null,
            null,
            null,
            null,
            null,
            null,
            "Văn bản: nội dung từng đơn vị ở trang Chi tiết",
          ],
        ],
        heights: [30, 60, 45],
      },
    ]);
  });

  it("and in English", () => {
    const model = consolidationLayout("en").summary(summaryInput());
    expect(model.tables.map((t) => t.rows.map((r) => r[1]))).toEqual([
      ["Reducing emissions", "Green production"],
      ["Renewables", "Industry"],
      ["Unfired bricks", "Unfired bricks", "Cleaner production"],
    ]);
    expect(model.tables[2]!.rows.map((r) => [r[2], r[8], r[11]])).toEqual([
      ["Lead unit", "On track", null],
      ["Lead unit", "Not reported", "The lead unit has not reported; the figures of 2 other unit(s) do not stand for the province's"],
      ["Text", null, "Text: each unit's words on the Detail sheet"],
    ]);
    expect(model.tables[1]!.layout.headers).toEqual([
      "Sector",
      "Name",
      "Planned 2030 GHG reduction (kt CO2)",
      "Estimated from reports (kt CO2)",
      "Share",
    ]);
  });

  it("rounds the share disbursed to four decimals; a row that fits on one line keeps the default height", () => {
    const input = summaryInput();
    input.groups[0] = groupSummary({
      taskGroup: "NV",
      label: "1",
      title: "Ngắn",
      budgetPlanned: 300,
      budgetDisbursed: 100,
      itemSummaries: [],
    });
    input.groups[1] = groupSummary({ taskGroup: "NV", label: "2", title: "Ngắn", budgetPlanned: 3, budgetDisbursed: 2, itemSummaries: [] });
    const groups = consolidationLayout("vi").summary(input).tables[0]!;
    expect(groups.rows.map((r) => [r[0], r[11]])).toEqual([
      ["NV (1)", 0.3333],
      ["NV (2)", 0.6667],
    ]);
    expect(groups.heights).toEqual([undefined, undefined]);
  });

  it("writes each item's unit in the workbook's language", () => {
    const input = summaryInput();
    input.groups[0]!.itemSummaries[0]!.unit = "communes";
    input.groups[0]!.itemSummaries[1]!.unit = "times_baseline";
    const unit = (lang: "vi" | "en") =>
      consolidationLayout(lang)
        .summary(input)
        .tables[2]!.rows.map((r) => r[3]);
    expect(unit("vi")).toEqual(["xã", "lần so với hiện nay", null]);
    expect(unit("en")).toEqual(["communes", "× baseline", null]);
  });

  it("places the charts side by side under the group table, over the rows the layout leaves them, and breaks pages there", () => {
    const model = consolidationLayout("vi").summary(summaryInput());
    expect(model.pageBreaks).toEqual([22, 47]);
    expect(model.charts).toEqual([
      {
        title: "Tiến độ bình quân theo nhóm nhiệm vụ",
        kind: "bar",
        categories: "A18:A19",
        series: [{ name: "Tiến độ bình quân", values: "G18:G19" }],
        anchor: "A22",
        to: "B39",
      },
      {
        title: "Kinh phí kế hoạch và đã giải ngân (tỷ đồng)",
        kind: "column",
        categories: "A18:A19",
        series: [
          { name: "Kinh phí kế hoạch (tỷ đồng)", values: "J18:J19" },
          { name: "Đã giải ngân (tỷ đồng)", values: "K18:K19" },
        ],
        anchor: "C22",
        to: "G39",
      },
      {
        title: "Giảm phát thải KNK theo lĩnh vực (nghìn tCO2)",
        kind: "column",
        categories: "A43:A44",
        series: [
          { name: "Giảm KNK kế hoạch 2030 (nghìn tCO2)", values: "C43:C44" },
          { name: "Ước tính theo báo cáo (nghìn tCO2)", values: "D43:D44" },
        ],
        anchor: "H22",
        to: "L39",
      },
    ]);
    expect(
      consolidationLayout("en")
        .summary(summaryInput())
        .charts.map((c) => [c.title, c.series.map((s) => s.name)]),
    ).toEqual([
      ["Mean progress by task group", ["Mean progress"]],
      ["Budget planned vs disbursed (bn VND)", ["Planned budget (bn VND)", "Disbursed (bn VND)"]],
      ["GHG reduction by sector (kt CO2)", ["Planned 2030 GHG reduction (kt CO2)", "Estimated from reports (kt CO2)"]],
    ]);
  });

  it("without a blank mean progress, the charts move up a row and nothing sits on row 20", () => {
    const input = summaryInput();
    input.groups[1]!.meanProgress = 0.1;
    const model = consolidationLayout("vi").summary(input);
    expect(model.lines.some((l) => /^Tiến độ bình quân để trống/.test(String(l.text)))).toBe(false);
    expect([model.charts[0]!.anchor, model.charts[0]!.to, model.charts[2]!.categories]).toEqual(["A21", "B38", "A42:A43"]);
    expect(model.tables.map((t) => t.top)).toEqual([17, 41, 47]);
    expect(model.pageBreaks).toEqual([21, 46]);
  });

  it("names another period's reports and Excel's limits in bold under the headline, pushing the rest down", () => {
    const input = {
      ...summaryInput(),
      otherPeriods: [{ origin: { file: "cu.xlsx", sheet: "NV4" }, period: "2024-annual" }],
      limits: {
        continued: [{ sheet: "Chi tiết", more: ["Chi tiết (2)"] }],
        longTexts: { sheet: "Văn bản dài", cells: 2 },
        rows: 1_048_576,
        chars: 32_767,
      },
    };
    const model = consolidationLayout("vi").summary(input);
    expect(
      model.lines.filter((l) => l.row >= 14 && l.row <= 19).map((l) => [l.row, l.bold, l.height, String(l.text).slice(0, 40)]),
    ).toEqual([
      [14, undefined, undefined, "Giảm phát thải khí nhà kính ước tính: 31"],
      [15, true, undefined, "Báo cáo thuộc kỳ khác, không được tính ("],
      [16, true, undefined, "Excel chứa tối đa 1.048.576 dòng một tra"],
      [17, true, 30, "2 ô dài hơn 32.767 ký tự (giới hạn một ô"],
      [19, true, undefined, "II. KẾT QUẢ THEO NHÓM NHIỆM VỤ"],
    ]);
    expect(model.tables.map((t) => t.top)).toEqual([20, 45, 51]);
    // An empty list of other periods says nothing.
    const none = consolidationLayout("vi").summary({ ...summaryInput(), otherPeriods: [] });
    expect(none.tables[0]!.top).toBe(17);
  });

  it("heads a report due before 1 March 2025 with Sở Kế hoạch và Đầu tư, its year and its letters", () => {
    const lines = consolidationLayout("vi").summary({ ...summaryInput(), period: "2024-annual", due: 45631 }).lines;
    const at = (row: number, from = 1) => lines.find((l) => l.row === row && (l.from ?? 1) === from)!.text;
    expect([at(2), at(4), at(4, 5), at(7), at(8)]).toEqual([
      "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
      "Số: …/BC-SKHĐT",
      "Cao Bằng, ngày … tháng … năm 2024",
      "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND) năm 2024",
      "Hạn gửi báo cáo của các đơn vị: 05/12/2024",
    ]);
    expect(lines.at(-1)!.text).toBe("- Lưu: VT, Sở KH&ĐT.");
    const en = consolidationLayout("en").summary({ ...summaryInput(), period: "2024-annual", due: 45631 }).lines;
    expect(en.find((l) => l.row === 2)!.text).toBe("DEPARTMENT OF PLANNING AND INVESTMENT");
  });

  it("a period it cannot read: today's year, the focal department of today, the text as given", () => {
    const lines = consolidationLayout("vi").summary({ ...summaryInput(), period: "đợt đặc biệt" }).lines;
    const at = (row: number, from = 1) => lines.find((l) => l.row === row && (l.from ?? 1) === from)!.text;
    expect([at(2), at(4), at(4, 5), at(7)]).toEqual([
      "SỞ TÀI CHÍNH",
      "Số: …/BC-STC",
      `Cao Bằng, ngày … tháng … năm ${new Date().getFullYear()}`,
      "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND) đợt đặc biệt",
    ]);
  });
});

describe("headlineLines", () => {
  it("counts units by status; 'other' names the Submissions sheet only when there are others", () => {
    const subs = (...s: Submission["status"][]) => s.map((status) => ({ status }));
    const none = { groups: [], sectors: [] };
    expect(headlineLines({ ...none, submissions: subs("on_time", "late", "late", "missing", "empty") }, "en")[0]).toBe(
      "Units due to report: 5 — on time 1; late 2; missing 1; received but not filled yet 1; other 0",
    );
    expect(headlineLines({ ...none, submissions: subs("no_date", "conflict", "rejected") }, "en")[0]).toBe(
      "Units due to report: 3 — on time 0; late 0; missing 0; received but not filled yet 0; other 3 (no submission date, refused, or two reports of the same date: see the Submissions sheet)",
    );
    expect(headlineLines({ ...none, submissions: subs("conflict") }, "vi", "Nộp báo cáo (2)")[0]).toMatch(
      /khác 1 \(.*xem trang Nộp báo cáo \(2\)\)$/,
    );
    expect(headlineLines(none, "vi")[0]).toBe(
      "Đơn vị phải báo cáo: 0 — đúng hạn 0; muộn 0; chưa nộp 0; đã nhận nhưng chưa nhập số liệu 0; khác 0",
    );
  });

  it("judges items on the province's figure: on track, behind, ahead, none yet, and text items apart", () => {
    const items = [
      itemSummary({ pathStatus: "on_track" }),
      itemSummary({ pathStatus: "behind" }),
      itemSummary({ pathStatus: "behind" }),
      itemSummary({ pathStatus: "ahead" }),
      itemSummary({ pathStatus: "not_reported", province: null }),
      itemSummary({ rule: "text", pathStatus: "no_target", province: null }),
    ];
    const groups = [groupSummary({ itemSummaries: items.slice(0, 3) }), groupSummary({ itemSummaries: items.slice(3) })];
    expect(headlineLines({ groups, sectors: [] }, "en")[1]).toBe(
      "Items with a numeric target: 5 — on track 1; behind the path 2; ahead of the path 1; no province figure yet 1. Items reported as text (no numeric target): 1",
    );
  });

  it("gives budget and GHG shares to a tenth of a percent, and a dash when nothing is planned", () => {
    const groups = [
      groupSummary({ budgetPlanned: 1000, budgetDisbursed: 1 / 3 }),
      groupSummary({ budgetPlanned: 2000, budgetDisbursed: 1234.5 }),
    ];
    const sectors = [
      { sector: "A", title: "", titleEn: "", plannedKt: 2, estimatedKt: 1 },
      { sector: "B", title: "", titleEn: "", plannedKt: 1, estimatedKt: 1 },
    ];
    const [, , budget, ghg] = headlineLines({ groups, sectors }, "vi");
    expect(budget).toBe(
      "Kinh phí: đã giải ngân 1.234,83 tỷ đồng / kế hoạch 3.000 tỷ đồng (41,2%); mỗi đơn vị báo cáo phần kinh phí của mình",
    );
    expect(ghg).toBe("Giảm phát thải khí nhà kính ước tính: 2 / 3 nghìn tấn CO2 theo kế hoạch đến năm 2030 (66,7%)");
    const [, , noBudget, noGhg] = headlineLines({ groups: [groupSummary({ budgetPlanned: 0, budgetDisbursed: 0 })], sectors: [] }, "en");
    expect(noBudget).toBe("Budget: VND 0 bn disbursed of VND 0 bn planned (—); each unit reports its own spending");
    expect(noGhg).toBe("Estimated greenhouse gas reduction: 0 of the 0 thousand t CO2 planned by 2030 (—)");
  });
});

describe("the Summary's helper lines", () => {
  it("countsLine states every count, in each language", () => {
    const c = { files: 9, filesListed: 9, sheets: 7, rowsRead: 60, accepted: 51, rejected: 9, warnings: 3, unitsMissing: 2 };
    expect(countsLine(c, "vi")).toBe("Số dòng đọc 60 = chấp nhận 51 + từ chối 9; cảnh báo 3; trang tính 7; đơn vị chưa nộp 2");
    expect(countsLine(c, "en")).toBe("Rows read 60 = accepted 51 + rejected 9; warnings 3; sheets 7; units missing 2");
  });

  it("periodText writes the half year and the year", () => {
    expect([periodText("2026-H1", "en"), periodText("2026-annual", "en"), periodText("2026-annual", "vi")]).toEqual([
      "first half of 2026",
      "year 2026",
      "năm 2026",
    ]);
  });

  it("pathEntriesLine adds each status over the groups, a group without counts adding none", () => {
    const groups = [
      { entryStatuses: { on_track: 1, behind: 2, ahead: 3, no_target: 4, not_reported: 5 } },
      { entryStatuses: { on_track: 10, behind: 20, ahead: 30, no_target: 40, not_reported: 50 } },
      {} as Pick<GroupSummary, "entryStatuses">,
    ];
    expect(pathEntriesLine(groups, "en")).toBe(
      "Units' figures against the path: On track: 11 · Behind the path: 22 · Ahead of the path: 33 · No numeric target: 44 · Not reported: 55",
    );
    expect(pathEntriesLine([], "vi")).toBe(
      "Số liệu từng đơn vị so với lộ trình: Đúng lộ trình: 0 · Chậm so với lộ trình: 0 · Vượt lộ trình: 0 · Không có chỉ tiêu số: 0 · Chưa báo cáo: 0",
    );
  });

  it("meanProgressNote names text-only groups and groups without a figure, each list joined, both reasons joined", () => {
    const g = (taskGroup: string, meanProgress: number | null, numericItems: number) => ({ taskGroup, meanProgress, numericItems });
    expect(meanProgressNote([g("NV1", null, 0), g("NV2", null, 0), g("NV3", null, 24), g("NV4", null, 4), g("NV6", 0.5, 0)], "vi")).toBe(
      "Tiến độ bình quân để trống: nhóm chỉ có nhiệm vụ dạng văn bản, không có chỉ tiêu số (NV1, NV2); chưa có số liệu báo cáo để so với chỉ tiêu (NV3, NV4)",
    );
    expect(meanProgressNote([g("NV5", null, 0)], "en")).toBe("Mean progress left blank: text tasks only, no numeric target (NV5)");
    expect(meanProgressNote([g("NV4", 0, 4)], "en")).toBeNull();
    expect(meanProgressNote([], "en")).toBeNull();
  });

  it("otherPeriodsLine names the first ten and counts the rest", () => {
    const sheets = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ origin: { file: `f${i}.xlsx`, sheet: "NV4" }, period: "2024-annual" }));
    const named = (n: number) => Array.from({ length: n }, (_, i) => `f${i}.xlsx › NV4 (2024-annual)`).join("; ");
    expect(otherPeriodsLine(sheets(2), "vi")).toBe(`Báo cáo thuộc kỳ khác, không được tính (2): ${named(2)}`);
    expect(otherPeriodsLine(sheets(10), "en")).toBe(`Reports for another period, not counted (10): ${named(10)}`);
    expect(otherPeriodsLine(sheets(11), "en")).toBe(`Reports for another period, not counted (11): ${named(10)} (+1)`);
    expect(otherPeriodsLine(sheets(13), "en")).toMatch(/f9\.xlsx › NV4 \(2024-annual\) \(\+3\)$/);
  });

  it("focalUnit: Sở KH&ĐT up to its successor's day, Sở Tài chính from 1 March 2025 and for a period it cannot read", () => {
    expect(["2024-H1", "2024-annual", "2025-H1", "2025-annual", "x"].map((p) => focalUnit(p)?.id)).toEqual([
      "SO_KHDT",
      "SO_KHDT",
      "SO_TC",
      "SO_TC",
      "SO_TC",
    ]);
  });
});
