/**
 * Every readable field of one entry of each kind (plan/fields.ts), in the order TTX.INFO and the export list them,
 * with the decision's own values:
 * - C4.10 (Phụ lục I, C4, STT 10): bếp cải tiến 20% in 2020, 60% in 2030; 20 tỷ; 11 nghìn tCO2; priority "cao";
 * - sector A (673,61 tỷ printed, 413,87 kt printed, 10 rows summing to 125,87 kt); SX.7 "Trên 60% … trên 80% …";
 * - group 4 "Cảnh quan môi trường": 4.1 (7 tỷ, 2017-2020) and 4.2 (3,1 tỷ đồng, 2017-2025): 10,1 tỷ = 10.100 triệu;
 * - task group 1.4 "Có 04 hoạt động"; solution group 1 (5 items); the first task group's third task;
 * - GHG.2030: 19% of which 9% voluntary, 5% national and 5% international support.
 * Where the decision gives nothing (an action without a figure, a unit the catalog does not list, a successor not in
 * it), the field is null or falls back to the id, never an error: those are small hand-made copies of real entries.
 * And the Vietnamese field names, each alias once, typed with or without diacritics.
 */
import { getCatalog, lookup, type Entry, type IndexedCatalog } from "../../../src/core/plan/catalog";
import { FIELD_ALIASES, fieldNames, normalizeFieldName, readField, resolveField } from "../../../src/core/plan/fields";

const readAll = (entry: Entry, catalog: IndexedCatalog) =>
  Object.fromEntries(fieldNames(entry.kind).map((f) => [f, readField(entry, f, catalog)]));
const entry = (code: string): Entry => lookup(code)!;

describe("every field of an entry of each kind, in order", () => {
  test("an Appendix I action: C4.10", () => {
    expect(fieldNames("ghgAction")).toEqual([
      "name",
      "name_en",
      "sector",
      "target",
      "unit",
      "milestone",
      "milestone_year",
      "milestone_2020",
      "milestone_2030",
      "budget",
      "budget_billion",
      "budget_million",
      "reduction",
      "priority",
      "lead",
      "coordinating",
      "agency",
      "funding",
      "task_group",
      "source",
    ]);
    expect(readAll(entry("C4.10"), getCatalog())).toEqual({
      name: "Sử dụng bếp đun cài tiến hiệu suất cao (gồm bếp than, sinh khối, khí sinh học)",
      name_en: "Improved high-efficiency cookstoves (coal, biomass, biogas)",
      sector: "C4",
      target: "Nâng tổng số hộ gia đình nông thôn sử dụng bếp cài tiến đến năm 2020 đạt 20%; đến năm 2030 đạt 60%",
      unit: "percent",
      milestone: 60,
      milestone_year: 2030,
      milestone_2020: 20,
      milestone_2030: 60,
      budget: 20,
      budget_billion: 20,
      budget_million: 20_000,
      reduction: 11,
      priority: "cao",
      lead: "Sở NN&PTNT",
      coordinating: "Hội ND; Hội LHPN; Đoàn thể; Đài PTTH; Báo CB",
      agency: "Sở NN&PTNT, Hội nông dân, Hội liên hiệp phụ nữ, các tổ chức đoàn thể, hộ gia đình nông thôn; Đài PTTH tỉnh, Báo Cao Bằng",
      funding: "Vốn tự có của nhân dân và hỗ trợ từ các tổ chức quốc tế",
      task_group: "NV3",
      source: "Phụ lục I, C4, STT 10",
    });
  });

  test("an action's priority in Vietnamese: cao, trung bình, or blank where the decision gives none", () => {
    const c = getCatalog();
    expect(readField(entry("A.1"), "priority", c)).toBe("cao");
    expect(readField(entry("A.3"), "priority", c)).toBe("trung bình");
    expect(readField(entry("C4.8"), "priority", c)).toBe("");
  });

  test("a sector: A", () => {
    expect(fieldNames("ghgSector")).toEqual([
      "name",
      "name_en",
      "task_group",
      "actions",
      "budget",
      "budget_billion",
      "budget_million",
      "budget_printed",
      "reduction",
      "reduction_printed",
      "source",
    ]);
    expect(readAll(entry("A"), getCatalog())).toEqual({
      name: "Lĩnh vực nông nghiệp & phát triển nông thôn",
      name_en: "Agriculture and rural development",
      task_group: "NV3",
      actions: 10,
      budget: 673.61,
      budget_billion: 673.61,
      budget_million: 673_610,
      budget_printed: 673.61,
      reduction: 125.87,
      reduction_printed: 413.87,
      source: "Phụ lục I, dòng A",
    });
  });

  test("a target: SX.7, its first figure 'trên 60%'", () => {
    expect(fieldNames("target")).toEqual([
      "name",
      "name_en",
      "target",
      "area",
      "value",
      "comparator",
      "unit",
      "milestone",
      "milestone_year",
      "milestone_2020",
      "measures",
      "source",
    ]);
    const text = "Trên 60% các khu đô thị và trên 80% các cơ sở có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường;";
    expect(readAll(entry("SX.7"), getCatalog())).toEqual({
      name: text,
      name_en: "Urban areas and facilities with compliant central wastewater treatment",
      target: text,
      area: "green_production",
      value: 60,
      comparator: ">",
      unit: "percent",
      milestone: 60,
      milestone_year: 2020,
      milestone_2020: 60,
      measures: 2,
      source: "Điều 1, I.2.b, ý 7",
    });
  });

  test("a GHG goal: 2030", () => {
    expect(fieldNames("ghgGoal")).toEqual([
      "name",
      "year",
      "target",
      "voluntary",
      "national_support",
      "international_support",
      "unit",
      "source",
    ]);
    expect(readAll(entry("GHG.2030"), getCatalog())).toEqual({
      name: "Đến năm 2030, giảm lượng phát thải KNK so với phương án phát triển bình thường là 19%; trong đó: i). Mức giảm địa phương tự nguyện là 9%; ii). 10% còn lại là mức giảm khi có hỗ trợ từ quốc gia (5%) và quốc tế (5,0%).",
      year: 2030,
      target: 19,
      voluntary: 9,
      national_support: 5,
      international_support: 5,
      unit: "percent",
      source: "Điều 1, I.2.a, ý 2",
    });
  });

  test("a solution group, a task group and a task", () => {
    const c = getCatalog();
    expect(fieldNames("solutionGroup")).toEqual(["name", "name_en", "items", "source"]);
    expect(readAll(entry("GP.1"), c)).toEqual({
      name: "Giải pháp về tuyên truyền, giáo dục, nâng cao nhận thức, ý thức, trách nhiệm",
      name_en: "Communication, education and awareness",
      items: 5,
      source: "Điều 1, II.1",
    });
    expect(fieldNames("taskGroup")).toEqual(["name", "name_en", "label", "activities", "source"]);
    expect(readAll(entry("NV4"), c)).toEqual({
      name: "Nhóm nhiệm vụ về sử dụng năng lượng tái tạo, quá trình công nghiệp và rác thải",
      name_en: "Renewable energy, industrial processes and waste",
      label: "1.4",
      activities: 4,
      source: "Điều 1, III.1, nhóm 4 (in là 1.4)",
    });
    expect(fieldNames("task")).toEqual(["name", "task_group", "source"]);
    expect(readAll(entry("NV1.3"), c)).toEqual({
      name: "Tập huấn, hướng dẫn doanh nghiệp và hộ gia đình tham gia vào chuỗi cung ứng sản phẩm xanh và tiêu dùng xanh;",
      task_group: "NV1",
      source: "Điều 1, III.1, nhóm 1 (in là 1.2), ý 3",
    });
  });

  test("a project group and a project: budgets in million VND, converted to billion", () => {
    const c = getCatalog();
    expect(fieldNames("projectGroup")).toEqual([
      "name",
      "name_en",
      "task_group",
      "projects",
      "budget",
      "budget_billion",
      "budget_million",
      "source",
    ]);
    expect(readAll(entry("DA4"), c)).toEqual({
      name: "Cảnh quan môi trường",
      name_en: "Environmental landscape",
      task_group: "NV6",
      projects: 2,
      budget: 10_100,
      budget_billion: 10.1,
      budget_million: 10_100,
      source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 4",
    });
    expect(fieldNames("project")).toEqual([
      "name",
      "group",
      "agency",
      "lead",
      "budget",
      "budget_billion",
      "budget_million",
      "budget_text",
      "start",
      "end",
      "timeframe",
      "task_group",
      "source",
    ]);
    expect(readAll(entry("DA4.2"), c)).toEqual({
      name: "Trồng cây xanh đô thị (trồng bổ sung các trục chính khu vực nội thị và vườn hoa trung tâm)",
      group: 4,
      agency: "Sở TN&MT",
      lead: "Sở TN&MT",
      budget: 3100,
      budget_billion: 3.1,
      budget_million: 3100,
      budget_text: "3,1 tỷ đồng",
      start: 2017,
      end: 2025,
      timeframe: "2017-2025",
      task_group: "NV6",
      source: "Phụ lục I, SX xanh/lối sống xanh, STT 4.2",
    });
  });

  test("an org unit", () => {
    expect(fieldNames("orgUnit")).toEqual(["name", "name_en", "abbr", "kind", "successor", "successor_date", "dissolved"]);
    expect(readAll(entry("SO_KHDT"), getCatalog())).toEqual({
      name: "Sở Kế hoạch và Đầu tư",
      name_en: "Department of Planning and Investment",
      abbr: "Sở KH&ĐT",
      kind: "province_department",
      successor: "Sở Tài chính",
      successor_date: "2025-03-01",
      dissolved: null,
    });
  });
});

describe("what the decision does not give reads null or the id, never an error", () => {
  test("an action without a figure: no unit, milestone, milestone year or yearly figures", () => {
    const c = getCatalog();
    const c410 = c.ghgActions.find((a) => a.code === "C4.10")!;
    const bare: Entry = { kind: "ghgAction", code: "C4.10", item: { ...c410, milestones: [] } };
    expect(readAll(bare, c)).toMatchObject({
      unit: null,
      milestone: null,
      milestone_year: null,
      milestone_2020: null,
      milestone_2030: null,
      budget: 20,
    });
  });

  test("a target without a figure: no value, comparator, unit or milestone", () => {
    const c = getCatalog();
    const sx7 = c.targets.find((t) => t.code === "SX.7")!;
    const bare: Entry = { kind: "target", code: "SX.7", item: { ...sx7, measures: [] } };
    expect(readAll(bare, c)).toMatchObject({
      value: null,
      comparator: null,
      unit: null,
      milestone: null,
      milestone_year: null,
      milestone_2020: null,
      measures: 0,
    });
  });

  test("a unit the catalog does not list is named by its id", () => {
    const noUnits: IndexedCatalog = { ...getCatalog(), orgUnits: [] };
    expect(readField(entry("C4.10"), "lead", noUnits)).toBe("SO_NNPTNT");
    expect(readField(entry("C4.10"), "coordinating", noUnits)).toBe("HOI_NONGDAN; HOI_LHPN; DOAN_THE; DAI_PTTH; BAO_CB");
  });

  test("a successor the catalog does not list has no name; its date stays", () => {
    const c = getCatalog();
    const withoutSoTc: IndexedCatalog = { ...c, orgUnits: c.orgUnits.filter((u) => u.id !== "SO_TC") };
    expect(readField(entry("SO_KHDT"), "successor", withoutSoTc)).toBeNull();
    expect(readField(entry("SO_KHDT"), "successor_date", withoutSoTc)).toBe("2025-03-01");
  });
});

describe("field names as typed", () => {
  test("each Vietnamese name, with diacritics, for an action", () => {
    const typed: Record<string, string> = {
      Tên: "name",
      "Tên tiếng Anh": "name_en",
      "Mục tiêu": "target",
      "Kinh phí": "budget",
      "Giảm phát thải": "reduction",
      "Cơ quan": "agency",
      "Chủ trì": "lead",
      "Phối hợp": "coordinating",
      "Ưu tiên": "priority",
      "Đơn vị": "unit",
      Mốc: "milestone",
      "Năm mốc": "milestone_year",
      "Lĩnh vực": "sector",
      "Nhóm nhiệm vụ": "task_group",
      "Nguồn vốn": "funding",
      Nguồn: "source",
    };
    for (const [name, field] of Object.entries(typed)) expect([name, resolveField("ghgAction", name)]).toEqual([name, field]);
    expect(resolveField("project", "Thời gian")).toBe("timeframe");
    expect(resolveField("project", "thoi gian")).toBe("timeframe");
  });

  test("the alias table: 17 Vietnamese names, each naming a field some kind has", () => {
    const kinds = [
      "ghgGoal",
      "target",
      "solutionGroup",
      "taskGroup",
      "task",
      "ghgSector",
      "ghgAction",
      "projectGroup",
      "project",
      "orgUnit",
    ] as const;
    const fields = new Set(kinds.flatMap((k) => fieldNames(k)));
    expect(Object.keys(FIELD_ALIASES)).toHaveLength(17);
    for (const field of Object.values(FIELD_ALIASES)) expect([field, fields.has(field)]).toEqual([field, true]);
  });

  test("English names in any case, with spaces, dashes, dots or underscores", () => {
    expect(resolveField("ghgAction", "Budget Billion")).toBe("budget_billion");
    expect(resolveField("ghgAction", "milestone.2020")).toBe("milestone_2020");
    expect(resolveField("target", "NAME_EN")).toBe("name_en");
    expect(resolveField("orgUnit", "  successor - date ")).toBe("successor_date");
  });

  test("a name no kind has, or one this kind lacks, is no field", () => {
    expect(resolveField("ghgAction", "xyz")).toBeUndefined();
    expect(resolveField("ghgAction", "")).toBeUndefined();
    expect(resolveField("task", "Thời gian")).toBeUndefined();
    expect(resolveField("task", "budget")).toBeUndefined();
    expect(resolveField("orgUnit", "Nguồn")).toBeUndefined();
  });

  test("normalising: no diacritics, đ as d in either case, lower case, no spaces or separators", () => {
    expect(normalizeFieldName("Kinh phí")).toBe("kinhphi");
    expect(normalizeFieldName("ĐƠN VỊ")).toBe("donvi");
    expect(normalizeFieldName("đơn_vị")).toBe("donvi");
    expect(normalizeFieldName("Ưu tiên")).toBe("uutien");
    expect(normalizeFieldName("milestone - year")).toBe("milestoneyear");
    expect(normalizeFieldName("a.b\tc\nd")).toBe("abcd");
    expect(normalizeFieldName("2025")).toBe("2025");
  });
});
