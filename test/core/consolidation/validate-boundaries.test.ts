/**
 * validateReport at its edges, on RawReports built by hand from a template (no file, no reader): the plan-hash
 * check, a repeated code, a disbursement of 0 and of -0,01, the earliest submission date and the day after it, a
 * refused impossible figure against a warned fraction, 999.999 against 1.000.000 tỷ đồng, and the order issues
 * come in. Every issue is compared whole: kind, cell, code, rejected, values and message (built with t()).
 */
import type { RawReport } from "../../../src/core/consolidation/report";
import { validateReport } from "../../../src/core/consolidation/validate";
import { toExcelSerial } from "../../../src/core/cells/values";
import { t, type MessageKey, type MessageParams } from "../../../src/core/i18n/messages";
import { EARLIEST_SUBMISSION, buildTemplate, templateOfReport } from "../../../src/core/templates/build";
import { TEMPLATE_VERSION, type ColumnKeyT, type TemplateSpecT } from "../../../src/core/templates/spec";

const PERIOD = "2025-H1";
const FILE = "bao-cao.xlsx";
/** 3 June 2025, before the 5 June due date. */
const JUNE_3 = toExcelSerial(2025, 6, 3);

function templateOf(group: string, unit: string): TemplateSpecT {
  const r = buildTemplate({ group, unit, period: PERIOD });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
}

type Typed = Partial<Record<ColumnKeyT, unknown>>;

/** The sheet row of the template's i-th table row. */
const rowAt = (spec: TemplateSpecT, i: number) => spec.table.headerRow + 1 + i;

/**
 * A report as a reader hands it over: every template row with its plan cells as built and `typed[i]` typed into
 * the i-th row; a filled header (reporter, 3 June 2025) and the template's own table headers.
 */
function reportOf(spec: TemplateSpecT, typed: Typed[], extra: Partial<RawReport> = {}): RawReport {
  return {
    origin: { file: FILE, sheet: spec.sheetName },
    meta: { ...spec.meta },
    unitName: null,
    reporter: "Nguyễn Văn A",
    submitted: JUNE_3,
    headers: spec.table.columns.map((c) => c.header),
    rows: spec.table.rows.map((r, i) => ({ row: rowAt(spec, i), cells: { ...r.values, code: r.code, ...typed[i] } })),
    narrative: { completed: "", ongoing: "", proposals: "" },
    ...extra,
  };
}

/** An issue's message as validation writes it: "vi · en", and each language alone. */
function said(key: MessageKey, params: MessageParams = {}) {
  const vi = t(key, params, "vi");
  const en = t(key, params, "en");
  return { message: `${vi} · ${en}`, text: { vi, en } };
}

const letterOf = (spec: TemplateSpecT, key: ColumnKeyT) => spec.table.columns.find((c) => c.key === key)!.letter;
const headerCell = (spec: TemplateSpecT, key: string) => spec.header.find((h) => h.key === key)!.valueAddress;

describe("validateReport: a clean report", () => {
  it("NV4 of Sở NN&MT filled in every row: four entries as typed, dated 3 June, and no issue at all", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    expect(spec.table.rows.map((r) => r.code)).toEqual(["D.12", "D.13", "D.14", "D.15"]);
    const v = validateReport(
      reportOf(spec, [
        { actual: 10, disbursed: 1.5, status: "Đang thực hiện" },
        { actual: 5, disbursed: 0 },
        { actual: 200, evidence: "QĐ 12" },
        { actual: 8 },
      ]),
      { period: PERIOD },
    );
    expect(v.issues).toEqual([]);
    expect(v).toMatchObject({ unitId: "SO_NNMT", rowsRead: 4, submitted: JUNE_3, sheetRejected: null, empty: false });
    expect(v.entries.map((e) => [e.code, e.cell, e.actual, e.disbursed, e.status, e.evidence, e.submitted])).toEqual([
      ["D.12", `H${rowAt(spec, 0)}`, 10, 1.5, "Đang thực hiện", "", JUNE_3],
      ["D.13", `H${rowAt(spec, 1)}`, 5, 0, "", "", JUNE_3],
      ["D.14", `H${rowAt(spec, 2)}`, 200, null, "", "QĐ 12", JUNE_3],
      ["D.15", `H${rowAt(spec, 3)}`, 8, null, "", "", JUNE_3],
    ]);
  });
});

describe("validateReport: a template of another edition of the plan data", () => {
  it("a metadata planHash that differs is one warning (plan_edited, no cell), and every figure still counts", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = reportOf(spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }], {
      meta: { ...spec.meta, planHash: "0".repeat(64) },
    });
    const v = validateReport(report, { period: PERIOD });
    expect(v.issues).toEqual([
      {
        kind: "plan_edited",
        rejected: false,
        origin: { file: FILE, sheet: spec.sheetName },
        cell: "",
        code: "",
        unitId: "SO_NNMT",
        ...said("issuePlanHashDiffers"),
      },
    ]);
    expect(v.entries.map((e) => [e.code, e.actual])).toEqual([
      ["D.12", 10],
      ["D.13", 5],
      ["D.14", 200],
      ["D.15", 8],
    ]);
    expect(v.sheetRejected).toBeNull();
  });

  it("the same report with its own planHash has no such warning", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(reportOf(spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }]), { period: PERIOD });
    expect(v.issues).toEqual([]);
  });
});

describe("validateReport: a code typed twice", () => {
  it("the second row with the same code is refused (duplicate_row at A<row>, what it held listed); the first row's figure is the entry", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = reportOf(spec, [{ actual: 10, disbursed: 1 }, { actual: 5 }, { actual: 200 }, { actual: 8 }]);
    const extraRow = rowAt(spec, 4);
    report.rows.push({ row: extraRow, cells: { code: "D.12", task: "Chép thêm", actual: 99, disbursed: 2, status: "Xong" } });
    const v = validateReport(report, { period: PERIOD });
    expect(v.issues).toEqual([
      {
        kind: "duplicate_row",
        rejected: true,
        origin: { file: FILE, sheet: spec.sheetName },
        cell: `A${extraRow}`,
        code: "D.12",
        unitId: "SO_NNMT",
        values: { actual: 99, disbursed: 2, status: "Xong", other: `${letterOf(spec, "task")}${extraRow}: Chép thêm` },
        ...said("issueDuplicateRow", { code: "D.12" }),
      },
    ]);
    expect(letterOf(spec, "task")).toBe("D");
    expect(v.entries.filter((e) => e.code === "D.12")).toEqual([
      expect.objectContaining({ actual: 10, disbursed: 1, cell: `H${rowAt(spec, 0)}` }),
    ]);
    expect(v.entries).toHaveLength(4);
    expect(v.rowsRead).toBe(5);
  });

  it("a repeat written another way (lower case, spaces) is the same code, refused with the code as typed", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = reportOf(spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }]);
    report.rows.push({ row: rowAt(spec, 4), cells: { code: " d.15 ", actual: 1 } });
    const v = validateReport(report, { period: PERIOD });
    expect(v.issues).toEqual([
      expect.objectContaining({ kind: "duplicate_row", rejected: true, cell: `A${rowAt(spec, 4)}`, code: "d.15", values: { actual: 1 } }),
    ]);
    expect(v.issues[0]!.message).toBe(said("issueDuplicateRow", { code: "d.15" }).message);
    expect(v.entries.find((e) => e.code === "D.15")!.actual).toBe(8);
  });
});

describe("validateReport: the disbursed amount at zero", () => {
  it("0 is accepted as 0, with no issue", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(reportOf(spec, [{ actual: 10, disbursed: 0 }, { actual: 5 }, { actual: 200 }, { actual: 8 }]), {
      period: PERIOD,
    });
    expect(v.issues).toEqual([]);
    expect(v.entries[0]!.code).toBe("D.12");
    expect(v.entries[0]!.disbursed).toBe(0);
  });

  it("-0,01 refuses the row: out_of_range at the disbursed cell, rejected, its values listed, no entry", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(
      reportOf(spec, [{ actual: 10, disbursed: -0.01, status: "Đang thực hiện" }, { actual: 5 }, { actual: 200 }, { actual: 8 }]),
      { period: PERIOD },
    );
    const cell = `${letterOf(spec, "disbursed")}${rowAt(spec, 0)}`;
    expect(cell).toBe(`I${rowAt(spec, 0)}`);
    expect(v.issues).toEqual([
      {
        kind: "out_of_range",
        rejected: true,
        origin: { file: FILE, sheet: spec.sheetName },
        cell,
        code: "D.12",
        unitId: "SO_NNMT",
        values: { actual: 10, disbursed: -0.01, status: "Đang thực hiện" },
        ...said("checkBelowMin"),
      },
    ]);
    expect(v.entries.map((e) => e.code)).toEqual(["D.13", "D.14", "D.15"]);
  });

  it("-0,01 typed as Vietnamese text is refused the same way", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(reportOf(spec, [{ actual: 10, disbursed: "-0,01" }, { actual: 5 }, { actual: 200 }, { actual: 8 }]), {
      period: PERIOD,
    });
    expect(v.issues.map((i) => [i.kind, i.rejected, i.cell, i.code])).toEqual([["out_of_range", true, `I${rowAt(spec, 0)}`, "D.12"]]);
    expect(v.entries.some((e) => e.code === "D.12")).toBe(false);
  });
});

describe("validateReport: the earliest submission date", () => {
  it(`${EARLIEST_SUBMISSION} itself (text) leaves the report undated, with a bad_date warning at the date cell`, () => {
    expect(EARLIEST_SUBMISSION).toBe("2017-01-01");
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(reportOf(spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }], { submitted: "2017-01-01" }), {
      period: PERIOD,
    });
    expect(v.submitted).toBeNull();
    expect(v.entries.map((e) => e.submitted)).toEqual([null, null, null, null]);
    expect(v.issues).toEqual([
      {
        kind: "bad_date",
        rejected: false,
        origin: { file: FILE, sheet: spec.sheetName },
        cell: headerCell(spec, "submitted"),
        code: "",
        unitId: "SO_NNMT",
        ...said("issueBadDate", { got: "2017-01-01", after: "01/01/2017" }),
      },
    ]);
    expect(headerCell(spec, "submitted")).toBe("D16");
  });

  it("the same day as a date serial is refused too, shown dd/mm/yyyy", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const serial = toExcelSerial(2017, 1, 1);
    expect(serial).toBe(42736);
    const v = validateReport(reportOf(spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }], { submitted: serial }), {
      period: PERIOD,
    });
    expect(v.submitted).toBeNull();
    expect(v.issues).toEqual([
      expect.objectContaining({
        kind: "bad_date",
        rejected: false,
        cell: "D16",
        ...said("issueBadDate", { got: "01/01/2017", after: "01/01/2017" }),
      }),
    ]);
  });

  it("the next day, 2 January 2017, dates the report, with no issue", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    for (const submitted of ["2017-01-02", "02/01/2017", 42737, new Date(Date.UTC(2017, 0, 2))]) {
      const v = validateReport(reportOf(spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }], { submitted }), {
        period: PERIOD,
      });
      expect([submitted, v.submitted]).toEqual([submitted, 42737]);
      expect(v.issues).toEqual([]);
      expect(v.entries[0]!.submitted).toBe(42737);
    }
  });
});

describe("validateReport: an impossible figure is refused, a fraction on a percentage row is warned", () => {
  it("150 on the percentage row C1.3 is refused: out_of_range at the actual cell, rejected, no entry", () => {
    const spec = templateOf("NV3", "SO_TC");
    expect(spec.table.rows.map((r) => [r.code, r.actualKind])).toEqual([["C1.3", "percent"]]);
    const v = validateReport(reportOf(spec, [{ actual: 150, disbursed: 1 }]), { period: PERIOD });
    const cell = `H${rowAt(spec, 0)}`;
    expect(v.issues).toEqual([
      {
        kind: "out_of_range",
        rejected: true,
        origin: { file: FILE, sheet: spec.sheetName },
        cell,
        code: "C1.3",
        unitId: "SO_TC",
        values: { actual: 150, disbursed: 1 },
        ...said("checkAboveMax", { max: "100%" }),
      },
    ]);
    expect(v.entries).toEqual([]);
  });

  it("0,2 on the same row is accepted as typed with an out_of_range warning (rejected: false)", () => {
    const spec = templateOf("NV3", "SO_TC");
    const v = validateReport(reportOf(spec, [{ actual: 0.2 }]), { period: PERIOD });
    const cell = `H${rowAt(spec, 0)}`;
    const vi = t("checkStoredFraction", { got: "0,2", pct: "20", year: 2030, target: "90%" }, "vi");
    const en = t("checkStoredFraction", { got: "0.2", pct: "20", year: 2030, target: "90%" }, "en");
    expect(v.issues).toHaveLength(1);
    expect(v.issues[0]).toEqual({
      kind: "out_of_range",
      rejected: false,
      origin: { file: FILE, sheet: spec.sheetName },
      cell,
      code: "C1.3",
      unitId: "SO_TC",
      message: `${vi} · ${en}`,
      text: { vi, en },
    });
    expect(v.issues[0]!.values).toBeUndefined();
    expect(v.entries).toEqual([expect.objectContaining({ code: "C1.3", actual: 0.2, cell, check: vi })]);
  });

  it("100 on the percentage row, the top of the range, is accepted with no issue", () => {
    const spec = templateOf("NV3", "SO_TC");
    const v = validateReport(reportOf(spec, [{ actual: 100 }]), { period: PERIOD });
    expect(v.issues).toEqual([]);
    expect(v.entries.map((e) => e.actual)).toEqual([100]);
  });
});

describe("validateReport: an amount that looks typed in đồng", () => {
  it("999.999 on a row with no planned budget is counted with no issue", () => {
    const spec = templateOf("NV1", "SO_TC");
    expect(spec.table.rows.map((r) => [r.code, r.values.budget ?? null])).toEqual([["NV1.2", null]]);
    const v = validateReport(reportOf(spec, [{ actual: "Đã ban hành", disbursed: 999_999 }]), { period: PERIOD });
    expect(v.issues).toEqual([]);
    expect(v.entries.map((e) => [e.actual, e.disbursed])).toEqual([["Đã ban hành", 999_999]]);
  });

  it("1.000.000 is counted as typed, with a dong_amount warning at the disbursed cell", () => {
    const spec = templateOf("NV1", "SO_TC");
    const v = validateReport(reportOf(spec, [{ actual: "Đã ban hành", disbursed: 1_000_000 }]), { period: PERIOD });
    const cell = `I${rowAt(spec, 0)}`;
    expect(v.issues).toEqual([
      {
        kind: "dong_amount",
        rejected: false,
        origin: { file: FILE, sheet: spec.sheetName },
        cell,
        code: "NV1.2",
        unitId: "SO_TC",
        message: `${t("issueDongAmount", { cell, value: "1.000.000", billions: "0,001" }, "vi")} · ${t(
          "issueDongAmount",
          { cell, value: "1,000,000", billions: "0.001" },
          "en",
        )}`,
        text: {
          vi: t("issueDongAmount", { cell, value: "1.000.000", billions: "0,001" }, "vi"),
          en: t("issueDongAmount", { cell, value: "1,000,000", billions: "0.001" }, "en"),
        },
      },
    ]);
    expect(v.entries.map((e) => e.disbursed)).toEqual([1_000_000]);
  });

  it("999.999 on a row with a planned budget is over 10× the budget (out_of_range warning), not a dong_amount", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    expect(spec.table.rows[0]!.values.budget).toBe(170);
    const v = validateReport(reportOf(spec, [{ actual: 10, disbursed: 999_999 }, { actual: 5 }, { actual: 200 }, { actual: 8 }]), {
      period: PERIOD,
    });
    expect(v.issues.map((i) => [i.kind, i.rejected, i.cell, i.code])).toEqual([["out_of_range", false, `I${rowAt(spec, 0)}`, "D.12"]]);
    expect(v.issues[0]!.text).toEqual({
      vi: t("checkDisbursedOverBudget", { value: "999.999", times: 10, budget: "170" }, "vi"),
      en: t("checkDisbursedOverBudget", { value: "999,999", times: 10, budget: "170" }, "en"),
    });
    expect(v.entries[0]!.disbursed).toBe(999_999);
  });
});

describe("validateReport: the order issues come in", () => {
  it("sheet warnings (plan hash, blank reporter, bad date) first, then rows in sheet order, then deleted rows", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = reportOf(
      spec,
      [{ actual: "nhiều" }, { actual: 5, disbursed: 2_000_000 }, { actual: 200 }, { actual: 8, disbursed: -1 }],
      {
        meta: { ...spec.meta, planHash: "f".repeat(64) },
        reporter: "  ",
        submitted: "hôm qua",
      },
    );
    // D.14 (the third row) deleted; a row of no plan item typed under the table; a clean row (D.13 aside) stays silent.
    const [r0, r1, , r3] = report.rows;
    report.rows = [r0!, r1!, r3!, { row: rowAt(spec, 4), cells: { code: "Z.99", actual: 3 } }];
    const v = validateReport(report, { period: PERIOD });
    const origin = { file: FILE, sheet: spec.sheetName };
    const base = { origin, unitId: "SO_NNMT" };
    const [row0, row1, row3, row4] = [rowAt(spec, 0), rowAt(spec, 1), rowAt(spec, 3), rowAt(spec, 4)];
    const dongVi = t("issueDongAmount", { cell: `I${row1}`, value: "2.000.000", billions: "0,002" }, "vi");
    const dongEn = t("issueDongAmount", { cell: `I${row1}`, value: "2,000,000", billions: "0.002" }, "en");
    expect(v.issues).toEqual([
      { ...base, kind: "plan_edited", rejected: false, cell: "", code: "", ...said("issuePlanHashDiffers") },
      { ...base, kind: "blank_header", rejected: false, cell: "D15", code: "", ...said("issueBlankReporter") },
      {
        ...base,
        kind: "bad_date",
        rejected: false,
        cell: "D16",
        code: "",
        ...said("issueBadDate", { got: "hôm qua", after: "01/01/2017" }),
      },
      {
        ...base,
        kind: "not_a_number",
        rejected: true,
        cell: `H${row0}`,
        code: "D.12",
        values: { actual: "nhiều" },
        ...said("issueNotNumber", { got: "nhiều" }),
      },
      {
        ...base,
        kind: "dong_amount",
        rejected: false,
        cell: `I${row1}`,
        code: "D.13",
        message: `${dongVi} · ${dongEn}`,
        text: { vi: dongVi, en: dongEn },
      },
      {
        ...base,
        kind: "out_of_range",
        rejected: true,
        cell: `I${row3}`,
        code: "D.15",
        values: { actual: 8, disbursed: -1 },
        ...said("checkBelowMin"),
      },
      {
        ...base,
        kind: "unknown_code",
        rejected: true,
        cell: `A${row4}`,
        code: "Z.99",
        values: { actual: 3 },
        ...said("issueUnknownCode", { code: "Z.99", template: "TTX-NV4" }),
      },
      { ...base, kind: "missing_row", rejected: false, cell: "", code: "D.14", ...said("issueMissingRow", { code: "D.14" }) },
    ]);
    expect(v.entries.map((e) => [e.code, e.actual, e.disbursed, e.submitted])).toEqual([["D.13", 5, 2_000_000, null]]);
    expect(v.rowsRead).toBe(4);
  });
});

/** NV4 of Sở NN&MT with every row filled: four clean rows, so only the case at hand raises an issue. */
const cleanNv4 = (extra: Partial<RawReport> = {}) =>
  reportOf(templateOf("NV4", "SO_NNMT"), [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }], extra);
const nv4Origin = () => ({ file: FILE, sheet: templateOf("NV4", "SO_NNMT").sheetName });

describe("validateReport: a submission date that leaves the report undated names why", () => {
  const dateIssue = (submitted: unknown) => {
    const v = validateReport(cleanNv4({ submitted }), { period: PERIOD });
    expect(v.submitted).toBeNull();
    return v.issues;
  };
  const badDate = (got: string) => ({
    kind: "bad_date",
    rejected: false,
    origin: nv4Origin(),
    cell: "D16",
    code: "",
    unitId: "SO_NNMT",
    ...said("issueBadDate", { got, after: "01/01/2017" }),
  });

  it("text that reads as two days (6 May or 5 June 2025) names both readings, as typed without its spaces", () => {
    expect(dateIssue("  6/5/2025 ")).toEqual([
      { ...badDate(""), ...said("issueAmbiguousDate", { got: "6/5/2025", dayFirst: "06/05/2025", monthFirst: "05/06/2025" }) },
    ]);
  });

  it("two readings that are both too early are just a bad date", () => {
    expect(dateIssue("2/1/2016")).toEqual([badDate("2/1/2016")]);
  });

  it("a date serial or a Date before 2017 is shown dd/mm/yyyy", () => {
    expect(dateIssue(toExcelSerial(2016, 12, 31))).toEqual([badDate("31/12/2016")]);
    expect(dateIssue(new Date(Date.UTC(2016, 11, 31, 9, 30)))).toEqual([badDate("31/12/2016")]);
  });

  it("a cell holding no date at all (TRUE, an infinite number) is shown as it is", () => {
    expect(dateIssue(true)).toEqual([badDate("true")]);
    expect(dateIssue(Number.POSITIVE_INFINITY)).toEqual([badDate("Infinity")]);
  });

  it("a date typed as text dates the report: 05/06/2025 is 5 June", () => {
    const v = validateReport(cleanNv4({ submitted: " 05/06/2025" }), { period: PERIOD });
    expect([v.submitted, v.issues]).toEqual([toExcelSerial(2025, 6, 5), []]);
  });
});

describe("validateReport: a sheet refused whole lists every row with what it held", () => {
  it("no metadata and no rows: one not_template issue with no cell, code or unit; the sheet is refused, not empty", () => {
    const v = validateReport({ ...cleanNv4({ meta: null }), rows: [] });
    expect(v.issues).toEqual([
      { kind: "not_template", rejected: true, origin: nv4Origin(), cell: "", code: "", unitId: "", ...said("issueNotTemplate") },
    ]);
    expect(v).toMatchObject({ unitId: "", sheetRejected: "not_template", empty: false, entries: [], rowsRead: 0 });
  });

  it("no metadata: each row refused at its code cell, with its code and typed values", () => {
    const v = validateReport(cleanNv4({ meta: null }));
    const rows = templateOf("NV4", "SO_NNMT").table.rows;
    expect(v.issues.map((i) => [i.kind, i.cell, i.code, i.values, i.unitId, i.rejected])).toEqual(
      ["D.12", "D.13", "D.14", "D.15"].map((code, i) => [
        "not_template",
        `A${rowAt(templateOf("NV4", "SO_NNMT"), i)}`,
        code,
        { actual: [10, 5, 200, 8][i] },
        "",
        true,
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it("a version no layout has: old_version naming it and the current one, for the unit in the metadata", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(cleanNv4({ meta: { ...spec.meta, version: "9.9.9" } }), { period: PERIOD });
    expect(v.sheetRejected).toBe("old_version");
    expect(v.issues).toHaveLength(4);
    expect(v.issues[0]).toEqual({
      kind: "old_version",
      rejected: true,
      origin: nv4Origin(),
      cell: `A${rowAt(spec, 0)}`,
      code: "D.12",
      unitId: "SO_NNMT",
      values: { actual: 10 },
      ...said("issueOldVersion", { got: "9.9.9", want: TEMPLATE_VERSION }),
    });
  });

  it("another period than the one consolidated: wrong_period naming both", () => {
    const v = validateReport(cleanNv4(), { period: "2025-annual" });
    expect(v.sheetRejected).toBe("wrong_period");
    expect(v.issues[0]).toMatchObject({
      kind: "wrong_period",
      unitId: "SO_NNMT",
      ...said("issueWrongPeriod", { got: PERIOD, want: "2025-annual" }),
    });
  });

  it("a period no template can be made for: wrong_period with the template's own reason, in both columns", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const meta = { ...spec.meta, period: "2016-H1" };
    const built = templateOfReport(meta);
    expect(built.ok).toBe(false);
    const error = built.ok ? "" : built.error;
    const v = validateReport(cleanNv4({ meta }));
    expect(v.sheetRejected).toBe("wrong_period");
    expect(v.issues[0]).toMatchObject({
      kind: "wrong_period",
      unitId: "SO_NNMT",
      message: `${error} · ${error}`,
      text: { vi: error, en: error },
    });
  });

  it("a unit the catalog does not know: unknown_unit naming it, under that id", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(cleanNv4({ meta: { ...spec.meta, unitId: "SO_KHONG_CO" } }), { period: PERIOD });
    expect(v.unitId).toBe("SO_KHONG_CO");
    expect(v.issues[0]).toMatchObject({ kind: "unknown_unit", unitId: "SO_KHONG_CO", ...said("issueUnknownUnit", { got: "SO_KHONG_CO" }) });
  });

  it("columns swapped (the actual column shows the disbursed title): plan_edited for every row, naming the header cell", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const headers = spec.table.columns.map((c) => c.header);
    const [h, i] = [spec.table.columns.findIndex((c) => c.key === "actual"), spec.table.columns.findIndex((c) => c.key === "disbursed")];
    [headers[h], headers[i]] = [headers[i]!, headers[h]!];
    const v = validateReport(cleanNv4({ headers }), { period: PERIOD });
    expect(v.sheetRejected).toBe("plan_edited");
    expect(v.entries).toEqual([]);
    expect(v.issues[0]).toMatchObject({
      kind: "plan_edited",
      rejected: true,
      cell: `A${rowAt(spec, 0)}`,
      ...said("issueColumnsChanged", { cell: `H${spec.table.headerRow}`, want: headers[i]!, got: headers[h]! }),
    });
  });

  it("a header reworded: one plan_edited warning at the header cell, and every figure counts", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const e = spec.table.columns.findIndex((c) => c.key === "evidence");
    const headers = spec.table.columns.map((c, k) => (k === e ? "Tài liệu kèm theo" : c.header));
    const v = validateReport(cleanNv4({ headers }), { period: PERIOD });
    const cell = `${letterOf(spec, "evidence")}${spec.table.headerRow}`;
    expect(v.issues).toEqual([
      {
        kind: "plan_edited",
        rejected: false,
        origin: nv4Origin(),
        cell,
        code: "",
        unitId: "SO_NNMT",
        ...said("issuePlanCellEdited", { cell, was: spec.table.columns[e]!.header, now: "Tài liệu kèm theo" }),
      },
    ]);
    expect(v.entries).toHaveLength(4);
  });

  it("headers in the other language are the same columns, both ways", () => {
    const vi = templateOf("NV4", "SO_NNMT");
    const en = buildTemplate({ group: "NV4", unit: "SO_NNMT", period: PERIOD, lang: "en" });
    if (!en.ok) throw new Error(en.error);
    expect(en.spec.table.columns.map((c) => c.header)).not.toEqual(vi.table.columns.map((c) => c.header));
    const viWithEnglishHeaders = validateReport(cleanNv4({ headers: en.spec.table.columns.map((c) => c.header) }), { period: PERIOD });
    expect(viWithEnglishHeaders.issues).toEqual([]);
    const enReport = reportOf(en.spec, [{ actual: 10 }, { actual: 5 }, { actual: 200 }, { actual: 8 }], {
      headers: vi.table.columns.map((c) => c.header),
    });
    const enWithVietnameseHeaders = validateReport(enReport, { period: PERIOD });
    expect(enWithVietnameseHeaders.issues).toEqual([]);
    expect(enWithVietnameseHeaders.entries.map((x) => x.actual)).toEqual([10, 5, 200, 8]);
  });
});

describe("validateReport: whose report the header says it is", () => {
  const conflicts = (unitName: string) => validateReport(cleanNv4({ unitName }), { period: PERIOD }).issues;

  it("the unit's own name, abbreviation, or its predecessor's name raises nothing", () => {
    expect(conflicts("Sở NN&MT")).toEqual([]);
    expect(conflicts("Sở Nông nghiệp và Phát triển nông thôn")).toEqual([]);
  });

  it("another unit's name is a unit_conflict warning at the unit cell, naming both", () => {
    expect(conflicts("Sở Tài chính")).toEqual([
      {
        kind: "unit_conflict",
        rejected: false,
        origin: nv4Origin(),
        cell: headerCell(templateOf("NV4", "SO_NNMT"), "unit"),
        code: "",
        unitId: "SO_NNMT",
        ...said("issueUnitConflict", { typed: "Sở Tài chính", unit: "Sở Nông nghiệp và Môi trường" }),
      },
    ]);
  });

  it("a sheet recognised from its header (no metadata row) says so at the template cell", () => {
    const v = validateReport(cleanNv4({ fromHeader: true }), { period: PERIOD });
    expect(v.issues).toEqual([
      {
        kind: "from_header",
        rejected: false,
        origin: nv4Origin(),
        cell: headerCell(templateOf("NV4", "SO_NNMT"), "template"),
        code: "",
        unitId: "SO_NNMT",
        ...said("issueFromHeader", { unit: "Sở Nông nghiệp và Môi trường", period: PERIOD }),
      },
    ]);
  });
});

describe("validateReport: rows that are no plan item, and merged entry cells", () => {
  it("an unknown code lists what it holds in the plan columns too, code aside, joined by '; '", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = cleanNv4();
    const r = rowAt(spec, 4);
    report.rows.push({ row: r, cells: { code: "D.99", task: "Điện mặt trời mái nhà", unit: "MW", actual: 2 } });
    const v = validateReport(report, { period: PERIOD });
    expect(v.issues).toEqual([
      {
        kind: "unknown_code",
        rejected: true,
        origin: nv4Origin(),
        cell: `A${r}`,
        code: "D.99",
        unitId: "SO_NNMT",
        values: { actual: 2, other: `D${r}: Điện mặt trời mái nhà; ${letterOf(spec, "unit")}${r}: MW` },
        ...said("issueUnknownCode", { code: "D.99", template: "TTX-NV4" }),
      },
    ]);
  });

  it("a row with no code, only text in a plan column, is refused with that text", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = cleanNv4();
    const r = rowAt(spec, 4);
    report.rows.push({ row: r, cells: { code: null, task: "Ghi chú của đơn vị" } });
    const v = validateReport(report, { period: PERIOD });
    expect(v.issues).toEqual([
      expect.objectContaining({
        kind: "no_code",
        cell: `A${r}`,
        code: "",
        values: { other: `D${r}: Ghi chú của đơn vị` },
        ...said("issueNoCode"),
      }),
    ]);
  });

  it("a number typed across merged entry cells refuses the row at the first cell, naming them all", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const report = cleanNv4();
    report.rows[1] = { ...report.rows[1]!, merged: ["actual", "disbursed"] };
    const r = rowAt(spec, 1);
    const v = validateReport(report, { period: PERIOD });
    expect(v.issues).toEqual([
      {
        kind: "merged_cells",
        rejected: true,
        origin: nv4Origin(),
        cell: `H${r}`,
        code: "D.13",
        unitId: "SO_NNMT",
        values: { actual: 5 },
        ...said("issueMerged", { cells: `H${r}, I${r}` }),
      },
    ]);
    expect(v.entries.map((e) => e.code)).toEqual(["D.12", "D.14", "D.15"]);
  });

  it("a figure that is no finite number (NaN) or a disbursement that is no number is refused at its cell", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(
      reportOf(spec, [{ actual: Number.NaN }, { actual: 5, disbursed: "khoảng 2 tỷ" }, { actual: 200 }, { actual: 8 }]),
      { period: PERIOD },
    );
    expect(v.issues.map((i) => [i.kind, i.cell, i.code, i.message])).toEqual([
      ["not_a_number", `H${rowAt(spec, 0)}`, "D.12", said("issueNotNumber", { got: "NaN" }).message],
      ["not_a_number", `I${rowAt(spec, 1)}`, "D.13", said("issueNotNumber", { got: "khoảng 2 tỷ" }).message],
    ]);
    expect(v.entries.map((e) => e.code)).toEqual(["D.14", "D.15"]);
  });
});

describe("validateReport: an entry's check and path status, by the unit's role", () => {
  const entriesOf = (group: string, unit: string, typed: Typed[]) => {
    const v = validateReport(reportOf(templateOf(group, unit), typed), { period: PERIOD });
    return v.entries.map((e) => ({ code: e.code, role: e.role, check: e.check, pathStatus: e.pathStatus }));
  };

  it("the lead: a figure is judged against the path; a blank is not reported; text has no target", () => {
    const [a1, a2] = entriesOf("NV3", "SO_NNMT", [{ actual: 3 }, {}]);
    expect(a1).toEqual({ code: "A.1", role: "lead", check: "Chậm 6.425,57 ha so với lộ trình 2025 (6.428,57 ha)", pathStatus: "behind" });
    expect(a2).toEqual({ code: "A.2", role: "lead", check: "", pathStatus: "not_reported" });
    expect(entriesOf("NV1", "SO_TC", [{ actual: "Đã ban hành" }])).toEqual([
      { code: "NV1.2", role: "lead", check: "", pathStatus: "no_target" },
    ]);
  });

  it("a coordinating unit's part of a summed figure is not judged alone, and its blank is no 'not reported'", () => {
    expect(entriesOf("NV3", "SO_KHCN", [{ actual: 3 }])).toEqual([
      { code: "A.1", role: "coordinating", check: t("checkCoordinatingPart", {}, "vi"), pathStatus: undefined },
    ]);
    expect(entriesOf("NV3", "SO_KHCN", [{}])).toEqual([{ code: "A.1", role: "coordinating", check: "", pathStatus: undefined }]);
    // B.1 counts the lead's figure (rule "lead"): a partner's figure is not the province's either.
    expect(entriesOf("NV3", "CC_KIEMLAM", [{ actual: 3 }, {}, {}])[0]).toEqual({
      code: "B.1",
      role: "coordinating",
      check: t("checkCoordinatingPart", {}, "vi"),
      pathStatus: undefined,
    });
  });

  it("a coordinating unit's capacity (rule max: the largest figure is the province's) is judged like the lead's", () => {
    expect(entriesOf("NV4", "SO_GTVT", [{ actual: 3 }, {}])).toEqual([
      { code: "D.13", role: "coordinating", check: "OK", pathStatus: "ahead" },
      { code: "D.15", role: "coordinating", check: "", pathStatus: "not_reported" },
    ]);
  });

  it("a partner's likely slip (a fraction on a percentage row) keeps the check that warns of it", () => {
    const spec = templateOf("NV3", "MTTQ");
    expect(spec.table.rows.map((r) => [r.code, r.actualKind])).toEqual([["C4.10", "percent"]]);
    const v = validateReport(reportOf(spec, [{ actual: 0.2 }]), { period: PERIOD });
    expect(v.issues.map((i) => [i.kind, i.rejected])).toEqual([["out_of_range", false]]);
    expect(v.entries).toEqual([expect.objectContaining({ role: "coordinating", check: v.issues[0]!.text!.vi })]);
    expect(v.entries[0]!.pathStatus).toBeUndefined();
  });
});

describe("validateReport: a report sent back unfilled", () => {
  it("no figure, status or evidence and narratives of spaces only: one empty_report warning, the report marked empty", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    const v = validateReport(reportOf(spec, [{}, {}, {}, {}], { narrative: { completed: "  ", ongoing: "\n", proposals: " \t" } }), {
      period: PERIOD,
    });
    expect(v.issues).toEqual([
      { kind: "empty_report", rejected: false, origin: nv4Origin(), cell: "", code: "", unitId: "SO_NNMT", ...said("issueEmptyReport") },
    ]);
    expect(v.empty).toBe(true);
  });

  it("any one narrative written makes it a report", () => {
    const spec = templateOf("NV4", "SO_NNMT");
    for (const key of ["completed", "ongoing", "proposals"] as const) {
      const narrative = { completed: "", ongoing: "", proposals: "", [key]: "Đã họp triển khai" };
      const v = validateReport(reportOf(spec, [{}, {}, {}, {}], { narrative }), { period: PERIOD });
      expect([key, v.empty, v.issues.map((i) => i.kind)]).toEqual([key, false, []]);
    }
  });
});

describe("validateReport: an amount in đồng, shown in billions", () => {
  const billionsSaid = (disbursed: number) => {
    const spec = templateOf("NV1", "SO_TC");
    const v = validateReport(reportOf(spec, [{ actual: "Đã ban hành", disbursed }]), { period: PERIOD });
    return v.issues.map((i) => i.text);
  };

  it("1.500.000.000 đồng is 1,5 tỷ; 12.345.678.900 is 12,35 tỷ (two decimals above a billion, three digits below)", () => {
    const cell = `I${rowAt(templateOf("NV1", "SO_TC"), 0)}`;
    expect(billionsSaid(1_500_000_000)).toEqual([
      {
        vi: t("issueDongAmount", { cell, value: "1.500.000.000", billions: "1,5" }, "vi"),
        en: t("issueDongAmount", { cell, value: "1,500,000,000", billions: "1.5" }, "en"),
      },
    ]);
    expect(billionsSaid(12_345_678_900)).toEqual([
      {
        vi: t("issueDongAmount", { cell, value: "12.345.678.900", billions: "12,35" }, "vi"),
        en: t("issueDongAmount", { cell, value: "12,345,678,900", billions: "12.35" }, "en"),
      },
    ]);
  });
});
