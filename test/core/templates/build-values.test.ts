/**
 * The template spec value for value: header cells and texts, table columns, plan rows of each kind (Appendix I
 * action, activity, project), narrative blocks and signature rows at their exact rows, both layouts and both
 * languages, the entry validations and their messages, the cache, and the templates of a report's metadata.
 * Every spec is built inside its test, by the module loaded anew for it (mutation testing activates a mutant when a
 * test starts, and credits only the tests during which the mutated code ran).
 */
import { getCatalog, lookup } from "../../../src/core/plan/catalog";
import { parseReportPeriod } from "../../../src/core/plan/calendar";
import { nativeCheck, nativeProgress, nativeRowOf } from "../../../src/core/templates/native-formulas";
import { planHash } from "../../../src/core/templates/plan-hash";
import { DISTRICTS_2020 } from "../../support/districts";
import type { TableRowT, TemplateSpecT } from "../../../src/core/templates/spec";
import { freshModule } from "../../support/fresh-module";
import { LAYOUT_V2, layoutOf } from "../../../src/core/templates/layout";

// Loaded anew for each test: its cache of built templates would otherwise credit one test with every row.
let B: typeof import("../../../src/core/templates/build");
beforeEach(() => (B = freshModule(() => require("../../../src/core/templates/build"))));

type Extra = Partial<{ unit: string; period: string; lang: "vi" | "en"; version: string; rows: "all" }>;
const build = (group: string, extra: Extra = {}): TemplateSpecT => {
  const r = B.buildTemplate({ group, unit: "SO_CT", period: "2025-H1", ...extra });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};
const V1 = { version: "1.0.0" } as const;
const rowOf = (spec: TemplateSpecT, code: string): TableRowT => spec.table.rows.find((r) => r.code === code)!;
const ALL_GROUPS = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];

describe("header cells (version 2, rows 9–16, values in D:G)", () => {
  it("has every field with its label, cells, value, format, lock and validation (Vietnamese, six-month report)", () => {
    const header = build("NV3").header.map(({ validation, ...h }) => ({ ...h, validation: validation?.kind }));
    expect(header).toEqual([
      {
        key: "plan",
        label: "Kế hoạch",
        labelAddress: "A9",
        valueAddress: "D9",
        valueMerge: "D9:G9",
        value: "Quyết định 337/QĐ-UBND ngày 04/4/2018 của UBND tỉnh Cao Bằng",
        entry: false,
        validation: undefined,
      },
      {
        key: "template",
        label: "Mẫu báo cáo",
        labelAddress: "A10",
        valueAddress: "D10",
        valueMerge: "D10:G10",
        value: "TTX-NV3 v2.0.0",
        entry: false,
        validation: undefined,
      },
      {
        key: "unit",
        label: "Đơn vị báo cáo",
        labelAddress: "A11",
        valueAddress: "D11",
        valueMerge: "D11:G11",
        value: "Sở Công Thương",
        entry: true,
        validation: "list",
      },
      {
        key: "period",
        label: "Kỳ báo cáo",
        labelAddress: "A12",
        valueAddress: "D12",
        valueMerge: "D12:G12",
        value: "6 tháng đầu năm 2025",
        entry: false,
        validation: undefined,
      },
      {
        key: "year",
        label: "Năm báo cáo",
        labelAddress: "A13",
        valueAddress: "D13",
        valueMerge: "D13:G13",
        value: 2025,
        entry: false,
        validation: undefined,
      },
      // The six-month report is due before 05/6 (Decision 337, section IV): 5 June 2025 as an Excel date.
      {
        key: "due",
        label: "Hạn gửi báo cáo",
        labelAddress: "A14",
        valueAddress: "D14",
        valueMerge: "D14:G14",
        value: 45813,
        numFmt: "dd/mm/yyyy",
        entry: false,
        validation: undefined,
      },
      {
        key: "reporter",
        label: "Người báo cáo",
        labelAddress: "A15",
        valueAddress: "D15",
        valueMerge: "D15:G15",
        value: null,
        entry: true,
        validation: "any",
      },
      {
        key: "submitted",
        label: "Ngày gửi",
        labelAddress: "A16",
        valueAddress: "D16",
        valueMerge: "D16:G16",
        value: null,
        numFmt: "dd/mm/yyyy",
        entry: true,
        validation: "date",
      },
    ]);
    const byKey = Object.fromEntries(build("NV3").header.map((h) => [h.key, h]));
    expect(byKey.submitted!.validation).toEqual({ kind: "date", after: "2017-01-01" });
    expect(B.EARLIEST_SUBMISSION).toBe("2017-01-01");
    expect(byKey.reporter!.validation).toEqual({ kind: "any" });
    for (const key of ["plan", "template", "unit", "period", "year", "reporter"]) expect(byKey[key]).not.toHaveProperty("numFmt");
  });

  it("writes the English labels and values, and the annual period", () => {
    const en = build("NV3", { lang: "en", period: "2025-annual" }).header;
    expect(en.map((h) => h.label)).toEqual([
      "Plan",
      "Template",
      "Reporting unit",
      "Reporting period",
      "Report year",
      "Due date",
      "Reporter",
      "Submission date",
    ]);
    expect(en.map((h) => h.value)).toEqual([
      "Decision 337/QĐ-UBND of 4 April 2018, Cao Bằng Provincial People's Committee",
      "TTX-NV3 v2.0.0",
      "Department of Industry and Trade",
      "Full year 2025",
      2025,
      45996, // due before 05/12
      null,
      null,
    ]);
    expect(build("NV3", { lang: "en" }).header[3]!.value).toBe("First half of 2025");
    expect(build("NV3", { period: "2024-annual" }).header[3]!.value).toBe("Cả năm 2024");
  });

  it("offers the unit names of the template's language, without the decision's collective names", () => {
    const values = (lang: "vi" | "en") =>
      (build("NV3", { lang }).header.find((h) => h.key === "unit")!.validation as { kind: "list"; values: string[] }).values;
    expect(values("en")).toContain("Department of Industry and Trade");
    expect(values("en")).not.toContain("Sở Công Thương");
    expect(values("vi")).toContain("Sở Công Thương");
    expect(values("vi")).toHaveLength(values("en").length);
    for (const collective of ["Các bệnh viện", "Các tổ chức đoàn thể", "UBND các huyện, thành phố"])
      expect(values("vi")).not.toContain(collective);
  });
});

describe("header cells (version 1, rows 4–11, values in C:F)", () => {
  it("keeps the first layout's addresses for reports already filled", () => {
    const header = build("NV3", V1).header;
    expect(header.map((h) => `${h.key} ${h.labelAddress} ${h.valueAddress} ${h.valueMerge}`)).toEqual([
      "plan A4 C4 C4:F4",
      "template A5 C5 C5:F5",
      "unit A6 C6 C6:F6",
      "period A7 C7 C7:F7",
      "year A8 C8 C8:F8",
      "due A9 C9 C9:F9",
      "reporter A10 C10 C10:F10",
      "submitted A11 C11 C11:F11",
    ]);
    expect(header[1]!.value).toBe("TTX-NV3 v1.0.0");
  });
});

describe("the template's dropdown of units", () => {
  const dropdown = (unit: string, rows?: "all", period = "2025-H1") => {
    const r = B.buildTemplate({ group: "NV3", unit, period, ...(rows ? { rows } : {}) });
    if (!r.ok) throw new Error(r.error);
    return r.spec.header.find((h) => h.key === "unit")!.validation;
  };

  it("names the units that report on the due date, not the committee the reports go to nor a ministry", () => {
    const names = (ids: string[]) => ids.map((id) => getCatalog().orgUnits.find((u) => u.id === id)!.nameVi);
    // Exactly the units expected on 5 June 2025 (written out as test/consolidation/submissions.test.ts has them).
    const expected = [
      ...["SO_TC", "SO_NV", "SO_CT", "SO_XD", "SO_KHCN", "SO_YT", "SO_VHTTDL", "SO_NNMT", "CC_KIEMLAM", "CUC_THUE"],
      ...["TT_KHUYENCONG", "HOI_NONGDAN", "HIEPHOI_DN", "LIENHIEP_KHKT", "HOI_LHPN", "HOI_TCBVNTD", "MTTQ", "DAI_PTTH"],
      ...["BAO_CB", "DIENLUC_CB", ...DISTRICTS_2020],
    ];
    expect(dropdown("SO_CT")).toEqual({ kind: "list", values: names(expected) });
    expect((dropdown("SO_CT", undefined, "2019-H1") as { values: string[] }).values).not.toContain(names(["BO_NNPTNT"])[0]);
  });

  it("names the template's own unit too when it reports nothing (a template made with every row on request)", () => {
    const values = (dropdown("UBND_TINH", "all") as { values: string[] }).values;
    expect(values).toContain("Ủy ban nhân dân tỉnh Cao Bằng");
    expect(values).toHaveLength(31);
    expect(values).not.toContain("Bộ Nông nghiệp và Môi trường");
  });
});

describe("unitChoices and unitLabel", () => {
  it("lists the units of the due date that report, never a collective name", () => {
    const choices = B.unitChoices(parseReportPeriod("2025-H1")!);
    expect(choices.every((u) => u.standsFor === undefined)).toBe(true);
    expect(choices.map((u) => u.id)).toContain("SO_CT");
    expect(choices.map((u) => u.id)).not.toContain("UBND_HUYEN");
    expect(choices.map((u) => u.id)).not.toContain("BENH_VIEN");
    // Templates can be made for any unit of the day (with every row on request): the committee among them.
    expect(choices.map((u) => u.id)).toContain("UBND_TINH");
    // Sở Tài chính took over Sở KH&ĐT's work on 1 March 2025.
    expect(choices.map((u) => u.id)).not.toContain("SO_KHDT");
    expect(B.unitChoices(parseReportPeriod("2024-annual")!).map((u) => u.id)).toContain("SO_KHDT");
  });

  it("names a unit in the sheet's language", () => {
    const unit = B.unitChoices(parseReportPeriod("2025-H1")!).find((u) => u.id === "SO_CT")!;
    expect(B.unitLabel(unit, "vi")).toBe("Sở Công Thương");
    expect(B.unitLabel(unit, "en")).toBe("Department of Industry and Trade");
  });
});

describe("table columns", () => {
  // The columns' widths, roles, wrapping and formats are the layout's (test/core/templates/layout-values.test.ts).
  it("gives the version-2 columns their letters A–M and Vietnamese headers, and the layout's widths, roles, wrapping and formats", () => {
    const columns = build("NV3").table.columns;
    expect(columns.map((c) => [c.letter, c.key, c.header])).toEqual([
      ["A", "code", "Mã"],
      ["B", "role", "Vai trò"],
      ["C", "group", "Lĩnh vực / nhóm"],
      ["D", "task", "Nhiệm vụ, hoạt động, dự án"],
      ["E", "target", "Mục tiêu và các mốc"],
      ["F", "unit", "Đơn vị tính"],
      ["G", "budget", "Kinh phí kế hoạch (tỷ đồng)"],
      ["H", "actual", "Kết quả thực hiện"],
      ["I", "disbursed", "Kinh phí đã giải ngân (tỷ đồng)"],
      ["J", "status", "Tình trạng"],
      ["K", "evidence", "Minh chứng, ghi chú"],
      ["L", "progress", "Tiến độ so với mốc"],
      ["M", "check", "Kiểm tra"],
    ]);
    expect(columns.map(({ letter, header, ...carried }) => carried)).toStrictEqual(
      LAYOUT_V2.columns.map(({ label, ...carried }) => carried),
    );
  });

  it("gives the version-1 columns (no role) their letters A–L, and the first layout's widths, roles, wrapping and formats", () => {
    const columns = build("NV3", V1).table.columns;
    expect(columns.map((c) => `${c.letter}:${c.key}`)).toEqual([
      "A:code",
      "B:group",
      "C:task",
      "D:target",
      "E:unit",
      "F:budget",
      "G:actual",
      "H:disbursed",
      "I:status",
      "J:evidence",
      "K:progress",
      "L:check",
    ]);
    const v1 = layoutOf("1.0.0")!.columns;
    expect(columns.map(({ letter, header, ...carried }) => carried)).toStrictEqual(v1.map(({ label, ...carried }) => carried));
  });

  it("writes the English headers", () => {
    expect(build("NV3", { lang: "en" }).table.columns.map((c) => c.header)).toEqual([
      "Code",
      "Role",
      "Sector / group",
      "Task, action, project",
      "Target and milestones",
      "Unit",
      "Planned budget (billion VND)",
      "Result achieved",
      "Budget disbursed (billion VND)",
      "Status",
      "Evidence, notes",
      "Progress vs milestone",
      "Check",
    ]);
  });

  it("freezes through the task column and covers the entry columns of both layouts with one range", () => {
    expect(build("NV3").frozenColumns).toBe(4);
    expect(build("NV3", V1).frozenColumns).toBe(3);
    // Version 2 enters in H:K, version 1 in G:J.
    expect(B.ENTRY_COLUMNS_ANY_VERSION).toBe("G:K");
  });
});

describe("sheet, table name and status values", () => {
  it("names each group's sheet and table in both languages", () => {
    const names = (lang: "vi" | "en") => ALL_GROUPS.map((g) => build(g, { lang, rows: "all" }).sheetName);
    expect(names("vi")).toEqual([
      "NV1 Năng lực, nhận thức",
      "NV2 Thể chế",
      "NV3 Giảm phát thải KNK",
      "NV4 Năng lượng tái tạo",
      "NV5 Sản xuất xanh",
      "NV6 Lối sống xanh",
    ]);
    expect(names("en")).toEqual([
      "NV1 Capacity, awareness",
      "NV2 Institutions",
      "NV3 GHG reduction",
      "NV4 Renewable energy",
      "NV5 Green production",
      "NV6 Green lifestyle",
    ]);
    expect(ALL_GROUPS.map((g) => build(g, { rows: "all" }).table.name)).toEqual([
      "TTX_NV1",
      "TTX_NV2",
      "TTX_NV3",
      "TTX_NV4",
      "TTX_NV5",
      "TTX_NV6",
    ]);
    // A printed label (task group 1.4 is NV4) builds the same template.
    expect(build("1.4", { rows: "all" }).meta.templateId).toBe("TTX-NV4");
  });

  it("lists the four statuses in order, in the sheet's language", () => {
    expect(build("NV3").statusValues).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa triển khai", "Không thực hiện"]);
    expect(build("NV3", { lang: "en" }).statusValues).toEqual(["Completed", "Ongoing", "Not started", "Dropped"]);
  });
});

describe("plan rows", () => {
  it("fills an Appendix I action in hectares: sector, names, target with its milestones, unit and budget", () => {
    const vi = rowOf(build("NV3", { rows: "all" }), "A.1");
    expect(vi.actualKind).toBe("number");
    expect(vi.values).toEqual({
      code: "A.1",
      role: "",
      group: "A. Lĩnh vực nông nghiệp & phát triển nông thôn",
      task: "Thay đổi giống lúa năng suất và chất lượng cao",
      target: "10.000ha (2030: 10.000 ha)",
      unit: "ha",
      budget: 38.51,
    });
    const en = rowOf(build("NV3", { rows: "all", lang: "en" }), "A.1");
    expect(en.values).toEqual({
      code: "A.1",
      role: "",
      group: "A. Agriculture and rural development",
      task: "High-yield, high-quality rice varieties",
      // The target as printed (Vietnamese), its milestones in the sheet's notation.
      target: "10.000ha (2030: 10,000 ha)",
      unit: "ha",
      budget: 38.51,
    });
  });

  it("fills a percentage action and marks it as expecting a percentage", () => {
    const row = rowOf(build("NV3", { lang: "en", rows: "all" }), "C1.1");
    expect(row.actualKind).toBe("percent");
    expect(row.values).toMatchObject({ group: "C1. Industry", unit: "%", budget: 22 });
    expect(row.values.task).toBe((lookup("C1.1")!.item as { nameEn: string }).nameEn);
    expect(row.values.target).toBe("Lượng gạch không nung chiếm 25% năm 2020 và 80% vào 2030. (2020: 25%; 2030: 80%)");
    expect(rowOf(build("NV4", { rows: "all" }), "D.14").values).toMatchObject({
      group: "D. Phát triển năng lượng tái tạo cho sản xuất điện",
      unit: "MW",
      budget: 1600,
    });
  });

  it("fills an activity as text: its words as printed, no target, unit or budget", () => {
    const vi = rowOf(build("NV1", { rows: "all" }), "NV1.1");
    expect(vi.actualKind).toBe("text");
    expect(vi.formulas).toEqual({});
    expect(vi.values).toMatchObject({ code: "NV1.1", group: "Nhiệm vụ", target: "", unit: "", budget: null });
    expect(vi.values.task).toMatch(/^Nâng cao năng lực của hệ thống quản lý nhà nước về thích ứng với BĐKH/);
    const en = rowOf(build("NV1", { rows: "all", lang: "en" }), "NV1.1");
    expect(en.values.group).toBe("Task");
    expect(en.values.task).toBe(vi.values.task);
  });

  it("fills a project with its group, timeframe and budget in billion VND", () => {
    // DA4.2, urban trees: 3,1 tỷ đồng (3,100 million), 2017-2025.
    const vi = rowOf(build("NV6", { rows: "all" }), "DA4.2");
    expect(vi.actualKind).toBe("text");
    expect(vi.formulas).toEqual({});
    expect(vi.values).toEqual({
      code: "DA4.2",
      role: expect.any(String),
      group: "Dự án 4. Cảnh quan môi trường",
      task: "Trồng cây xanh đô thị (trồng bổ sung các trục chính khu vực nội thị và vườn hoa trung tâm)",
      target: "2017-2025",
      unit: "",
      budget: 3.1,
    });
    const en = rowOf(build("NV6", { rows: "all", lang: "en" }), "DA4.2");
    expect(en.values.group).toBe("Project 4. Environmental landscape");
    expect(en.values.task).toBe(vi.values.task);
    // 158,700 million → 158.7 billion.
    expect(rowOf(build("NV5", { rows: "all" }), "DA11.7").values.budget).toBe(158.7);
  });

  it("keeps version-1 rows without a role", () => {
    for (const row of build("NV3", V1).table.rows)
      expect(Object.keys(row.values).sort()).toEqual(["budget", "code", "group", "target", "task", "unit"]);
    expect(Object.keys(rowOf(build("NV3"), "C1.2").values)).toContain("role");
  });

  it("labels the unit's role in the sheet's language", () => {
    expect(build("NV3", { unit: "SO_XD", lang: "en" }).table.rows.map((r) => `${r.code}:${r.values.role}`)).toEqual([
      "C1.1:Lead",
      "C2.4:Lead",
      "C3.7:Lead",
      "C3.6:Coordinating",
    ]);
  });
});

describe("formulas", () => {
  it("puts each row's formulas on its own sheet row, first to last", () => {
    const spec = build("NV3");
    expect(spec.table.rows.map((r) => r.code)).toEqual(["C1.2", "C1.3", "C2.4", "C2.5", "C3.6", "C4.8", "C4.9"]);
    spec.table.rows.forEach((row, i) => {
      const n = 20 + i;
      const native = nativeRowOf(row.code, 2025, "vi")!;
      expect(row.formulas.progress).toEqual({
        formula: `IF(TRIM(H${n})="","",IFERROR(TTX.PROGRESS(A${n},H${n},$D$13),${nativeProgress(native, `H${n}`)}))`,
        cached: "",
      });
      expect(row.formulas.check).toEqual({
        formula: `IFERROR(TTX.CHECK(A${n},H${n},$D$13),${nativeCheck(native, `H${n}`)})`,
        cached: "Chưa nhập số liệu",
      });
    });
  });

  it("passes the language to TTX.CHECK for an English sheet, and reads the year from the layout's year cell", () => {
    const last = build("NV3", { lang: "en", period: "2024-annual", unit: "SO_GTVT" }).table.rows.at(-1)!;
    expect(last.code).toBe("C3.6");
    expect(last.formulas.check).toEqual({
      formula: `IFERROR(TTX.CHECK(A21,H21,$D$13,"en"),${nativeCheck(nativeRowOf("C3.6", 2024, "en")!, "H21")})`,
      cached: "No value entered",
    });
    const v1 = rowOf(build("NV4", { ...V1, lang: "en" }), "D.15");
    expect(v1.formulas.progress!.formula).toBe(
      `IF(TRIM(G17)="","",IFERROR(TTX.PROGRESS(A17,G17,$C$8),${nativeProgress(nativeRowOf("D.15", 2025, "en")!, "G17")}))`,
    );
  });
});

describe("entryValidation and validationMessage", () => {
  it("asks a percentage row for 0–100, a number row for ≥ 0, a text row for anything", () => {
    const spec = build("NV3", { rows: "all" });
    expect(B.entryValidation(spec, "actual", rowOf(spec, "C1.1"))).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(B.entryValidation(spec, "actual", rowOf(spec, "A.1"))).toEqual({ kind: "decimal", min: 0 });
    expect(B.entryValidation(spec, "actual", rowOf(spec, "A.1"))).not.toHaveProperty("max");
    const text = rowOf(build("NV1", { rows: "all" }), "NV1.1");
    expect(B.entryValidation(spec, "actual", text)).toBeUndefined();
  });

  it("asks disbursed budget for ≥ 0 and status from the template's list, on every kind of row", () => {
    const spec = build("NV1", { rows: "all", lang: "en" });
    const row = spec.table.rows[0]!;
    expect(B.entryValidation(spec, "disbursed", row)).toEqual({ kind: "decimal", min: 0 });
    expect(B.entryValidation(spec, "status", row)).toEqual({ kind: "list", values: ["Completed", "Ongoing", "Not started", "Dropped"] });
    for (const key of ["code", "role", "group", "task", "target", "unit", "budget", "evidence", "progress", "check"] as const)
      expect(B.entryValidation(spec, key, row)).toBeUndefined();
  });

  it("says what to enter, in each language", () => {
    expect(B.validationMessage({ kind: "decimal", min: 0, max: 100 }, "vi")).toEqual({
      title: "Giá trị không hợp lệ",
      message: "Nhập số từ 0 đến 100",
    });
    expect(B.validationMessage({ kind: "decimal", min: 0, max: 100 }, "en")).toEqual({
      title: "Invalid value",
      message: "Enter a number from 0 to 100",
    });
    expect(B.validationMessage({ kind: "decimal", min: 0 }, "vi")).toEqual({ title: "Giá trị không hợp lệ", message: "Nhập số ≥ 0" });
    expect(B.validationMessage({ kind: "decimal", min: 5 }, "en")).toEqual({ title: "Invalid value", message: "Enter a number ≥ 5" });
    expect(B.validationMessage({ kind: "date", after: "2017-01-01" }, "vi")).toEqual({
      title: "Giá trị không hợp lệ",
      message: "Nhập ngày (dd/mm/yyyy)",
    });
    expect(B.validationMessage({ kind: "date", after: "2017-01-01" }, "en").message).toBe("Enter a date (dd/mm/yyyy)");
    expect(B.validationMessage({ kind: "list", values: ["a"] }, "vi")).toEqual({
      title: "Giá trị không hợp lệ",
      message: "Chọn trong danh sách",
    });
    expect(B.validationMessage({ kind: "list", values: ["a"] }, "en").message).toBe("Pick from the list");
    expect(B.validationMessage({ kind: "any" }, "en")).toEqual({ title: "Invalid value", message: "Pick from the list" });
  });
});

describe("the form around the table", () => {
  it("places the narrative blocks three rows below the last row, six rows apart, and the signature two rows below", () => {
    // Sở Công Thương's seven NV3 rows: 20–26.
    const spec = build("NV3");
    expect(spec.narrative).toEqual([
      { key: "completed", label: "Những việc đã hoàn thành", labelAddress: "A29", range: "A30:M33" },
      { key: "ongoing", label: "Những việc đang thực hiện", labelAddress: "A35", range: "A36:M39" },
      { key: "proposals", label: "Đề xuất, kiến nghị giải pháp tiếp tục thực hiện", labelAddress: "A41", range: "A42:M45" },
    ]);
    expect(spec.signature.map((l) => `${l.address} ${l.merge} ${l.style}`)).toEqual([
      "A47 A47:D47 recipients",
      "E47 E47:G47 signTitle",
      "H47 H47:M47 signTitle",
      "A48 A48:D48 note",
      "E48 E48:G48 signNote",
      "H48 H48:M48 signNote",
      "A49 A49:D49 note",
    ]);
    expect(build("NV3", { lang: "en" }).narrative.map((n) => n.label)).toEqual([
      "Tasks completed",
      "Tasks ongoing",
      "Proposals and recommendations",
    ]);
  });

  it("moves the blocks with the number of rows: one row for a district, 24 for every row", () => {
    const one = build("NV3", { unit: "H_HOAAN" });
    expect(one.table.rows).toHaveLength(1);
    expect(one.narrative.map((n) => `${n.labelAddress} ${n.range}`)).toEqual(["A23 A24:M27", "A29 A30:M33", "A35 A36:M39"]);
    expect(one.signature[0]!.address).toBe("A41");
    expect(one.signature.at(-1)!.address).toBe("A43");
    const all = build("NV3", { rows: "all" });
    expect(all.narrative[0]!.labelAddress).toBe("A46");
    expect(all.signature[0]!.address).toBe("A64");
  });

  it("writes the version-2 heading (rows 1–7) and the instructions above the table header", () => {
    const spec = build("NV3", { lang: "en" });
    expect(spec.titleLines.map((l) => `${l.address} ${l.merge} ${l.style}`)).toEqual([
      "A1 A1:D1 agency",
      "H1 H1:M1 motto",
      "A2 A2:D2 agencyName",
      "H2 H2:M2 motto",
      "A3 A3:D3 place",
      "H3 H3:M3 place",
      "A5 A5:M5 title",
      "A6 A6:M6 subtitle",
      "A7 A7:M7 subtitle",
      "A18 A18:M18 note",
    ]);
    expect(spec.titleLines[2]).toMatchObject({ text: "DEPARTMENT OF INDUSTRY AND TRADE", formula: "UPPER($D$11)" });
    expect(spec.titleLines[5]!.formula).toMatch(/^IF\(\$D\$16="","Cao Bằng, date …… \/ …… \/ ……",/);
    expect(spec.titleLines[8]!.text).toBe("Task group 1.3: Reducing greenhouse gas emissions");
    expect(spec.titleLines[9]!.text).toMatch(/^Yellow cells are for the unit to fill\./);
    expect(build("NV3").titleLines[8]!.text).toBe("Nhóm nhiệm vụ 1.3: Nhóm nhiệm vụ về giảm phát thải khí nhà kính");
  });

  it("writes the version-1 title and group lines across A:L, and no signature block", () => {
    const spec = build("NV3", V1);
    expect(spec.titleLines).toEqual([
      {
        address: "A1",
        text: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG TĂNG TRƯỞNG XANH TỈNH CAO BẰNG",
        merge: "A1:L1",
        style: "title",
      },
      { address: "A2", text: "Nhóm nhiệm vụ 1.3: Nhóm nhiệm vụ về giảm phát thải khí nhà kính", merge: "A2:L2", style: "subtitle" },
    ]);
    expect(build("NV4", { ...V1, lang: "en" }).titleLines.map((l) => l.text)).toEqual([
      "REPORT ON THE CAO BẰNG GREEN GROWTH ACTION PLAN",
      "Task group 1.4: Renewable energy, industrial processes and waste",
    ]);
    expect(spec.signature).toEqual([]);
    // 24 rows from 14 to 37: the blocks from row 40.
    expect(spec.narrative.map((n) => `${n.labelAddress} ${n.range}`)).toEqual(["A40 A41:L44", "A46 A47:L50", "A52 A53:L56"]);
  });
});

describe("metadata", () => {
  it("records the template, version, group, unit, period and language, and the hash of its plan cells", () => {
    const spec = build("NV3", { unit: " so_ct ", lang: "en", period: "2024-annual" });
    expect(spec.meta).toEqual({
      templateId: "TTX-NV3",
      version: "2.0.0",
      taskGroup: "NV3",
      unitId: "SO_CT",
      period: "2024-annual",
      lang: "en",
      planHash: planHash({ templateId: "TTX-NV3", version: "2.0.0" }, spec.table.rows),
    });
    // The version is part of what is hashed: the same rows under version 1 hash differently.
    expect(planHash({ templateId: "TTX-NV3", version: "1.0.0" }, spec.table.rows)).not.toBe(spec.meta.planHash);
    expect(planHash({ templateId: "TTX-NV4", version: "2.0.0" }, spec.table.rows)).not.toBe(spec.meta.planHash);
  });

  it("records rows: all only for a version-2 template asked for every row", () => {
    expect(build("NV3", { rows: "all" }).meta.rows).toBe("all");
    expect(build("NV3").meta).not.toHaveProperty("rows");
    // Version 1 always lists every row and has no rows column in its metadata.
    const v1 = build("NV3", { ...V1, rows: "all" });
    expect(v1.meta).not.toHaveProperty("rows");
    expect(v1.table.rows).toHaveLength(24);
    expect(build("NV3", V1).table.rows).toHaveLength(24);
  });
});

describe("refusals", () => {
  it("names the groups to use when the group is unknown or not a task group", () => {
    const groups = "NV1 (1.2), NV2 (1.2), NV3 (1.3), NV4 (1.4), NV5 (1.5), NV6 (1.6)";
    expect(B.buildTemplate({ group: "C1.1", unit: "SO_CT", period: "2025-H1" })).toEqual({
      ok: false,
      error: `Nhóm nhiệm vụ "C1.1" không có. Dùng: ${groups} · No task group "C1.1". Use: ${groups}`,
    });
  });

  it("gives the version, period and unit as typed", () => {
    expect(B.buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1", version: "3" })).toEqual({
      ok: false,
      error: 'Không có mẫu phiên bản "3" (có: 2.0.0, 1.0.0) · No template version "3" (known: 2.0.0, 1.0.0)',
    });
    const unit = B.buildTemplate({ group: "NV3", unit: " so_khong ", period: "2025-H1" });
    expect(!unit.ok && unit.error).toMatch(/^Đơn vị " so_khong " không có trong danh mục/);
    const period = B.buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-h2" });
    expect(!period.ok && period.error).toMatch(/^Kỳ báo cáo "2025-h2" không hợp lệ/);
  });

  it("dates a missing group by the period's due date, day and month with two digits", () => {
    const r = B.buildTemplate({ group: "NV6", unit: "SO_NV", period: "2025-annual" });
    expect(r).toEqual({
      ok: false,
      noRows: true,
      error:
        "Sở Nội vụ không chủ trì hay phối hợp hạng mục nào của nhóm NV6 vào ngày 05/12/2025: không tạo trang cho nhóm này · Sở Nội vụ neither leads nor coordinates any item of group NV6 on 05/12/2025: no sheet for this group",
    });
    // The six-month report: due 05/06.
    const h1 = B.buildTemplate({ group: "NV6", unit: "SO_NV", period: "2026-H1" });
    expect(!h1.ok && h1.error).toMatch(/^Sở Nội vụ không chủ trì hay phối hợp hạng mục nào của nhóm NV6 vào ngày 05\/06\/2026:/);
    // Asked for every row, the same unit gets the sheet.
    expect(B.buildTemplate({ group: "NV6", unit: "SO_NV", period: "2025-annual", rows: "all" }).ok).toBe(true);
  });
});

describe("the cache", () => {
  it("gives the same frozen spec for the same request, another for another language, version or row choice", () => {
    const a = B.buildTemplate({ group: "NV2", unit: "SO_CT", period: "2025-H1" });
    const b = B.buildTemplate({ group: "NV2", unit: "SO_CT", period: "2025-H1", lang: "vi" });
    expect(b).toBe(a);
    const en = build("NV2", { lang: "en" });
    expect(en.meta.lang).toBe("en");
    const v1 = build("NV2", V1);
    expect(v1.meta.version).toBe("1.0.0");
    expect(v1.table.headerRow).toBe(13);
    expect(build("NV2").meta.version).toBe("2.0.0");
    const all = build("NV2", { rows: "all" });
    expect(all.meta.rows).toBe("all");
    expect(build("NV2").meta.rows).toBeUndefined();
    expect(build("NV2", { period: "2025-annual" }).meta.period).toBe("2025-annual");
    expect(build("NV2", { unit: "SO_TC" }).meta.unitId).toBe("SO_TC");
    expect(build("NV3").meta.taskGroup).toBe("NV3");
  });

  it("freezes the spec to its leaves: callers copy, never change a cached template", () => {
    const spec = build("NV3");
    expect(Object.isFrozen(spec)).toBe(true);
    expect(Object.isFrozen(spec.table.rows)).toBe(true);
    expect(Object.isFrozen(spec.table.rows[0]!.values)).toBe(true);
    expect(Object.isFrozen(spec.table.rows[0]!.formulas.check)).toBe(true);
    expect(Object.isFrozen((spec.header[2]!.validation as { values: string[] }).values)).toBe(true);
    expect(() => {
      (spec.table.rows[0]!.values as Record<string, unknown>).budget = 1;
    }).toThrow(TypeError);
  });

  it("starts again after 1,024 templates", () => {
    const request = { group: "NV2", unit: "SO_CT", period: "2025-H1" };
    const first = B.buildTemplate(request);
    // Refusals are kept too: 1,023 of them fill the cache to 1,024.
    for (let i = 0; i < 1023; i++) B.buildTemplate({ ...request, group: `X${i}` });
    expect(B.buildTemplate(request)).toBe(first);
    B.buildTemplate({ ...request, group: "X1023" });
    const again = B.buildTemplate(request);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe("templateOfReport and groupTemplateOfReport", () => {
  it("rebuilds the template a report's metadata describes, in its language or another", () => {
    const spec = build("NV3");
    expect(B.templateOfReport(spec.meta)).toEqual({ ok: true, spec });
    const en = B.templateOfReport(spec.meta, "en");
    expect(en.ok && en.spec.meta.lang).toBe("en");
    expect(en.ok && en.spec.table.rows.map((r) => r.code)).toEqual(spec.table.rows.map((r) => r.code));
    const v1 = B.templateOfReport(build("NV3", V1).meta);
    expect(v1.ok && v1.spec.table.headerRow).toBe(13);
  });

  it("keeps every row for a report made with every row", () => {
    const all = B.templateOfReport(build("NV3", { rows: "all" }).meta);
    expect(all.ok && all.spec.table.rows).toHaveLength(24);
    expect(all.ok && all.spec.meta.rows).toBe("all");
  });

  it("reads every row of the group where the unit no longer has a row", () => {
    // A Sở Nội vụ NV6 report: it has no NV6 row (say the responsibility data changed after the report was made).
    const meta = { ...build("NV6", { unit: "SO_NV", rows: "all" }).meta };
    delete meta.rows;
    const r = B.templateOfReport(meta);
    expect(r.ok).toBe(true);
    expect(r.ok && r.spec.meta.rows).toBe("all");
    expect(r.ok && r.spec.table.rows.length).toBe(build("NV6", { rows: "all" }).table.rows.length);
    // A report with a unit unknown to the catalog stays refused.
    const unknown = B.templateOfReport({ ...meta, unitId: "SO_KHONG" });
    expect(!unknown.ok && unknown.error).toMatch(/^Đơn vị "SO_KHONG" không có/);
  });

  it("gives every row of the report's group in the report's layout", () => {
    const own = build("NV3");
    const group = B.groupTemplateOfReport(own.meta);
    expect(group.ok && group.spec.table.rows).toHaveLength(24);
    expect(group.ok && group.spec.meta).toMatchObject({ rows: "all", version: "2.0.0", lang: "vi", unitId: "SO_CT" });
    const en = B.groupTemplateOfReport(own.meta, "en");
    expect(en.ok && en.spec.meta.lang).toBe("en");
    const v1 = B.groupTemplateOfReport(build("NV3", V1).meta);
    expect(v1.ok && v1.spec.table.headerRow).toBe(13);
    expect(v1.ok && v1.spec.meta).not.toHaveProperty("rows");
  });
});
