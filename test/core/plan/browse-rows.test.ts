/**
 * plan/browse.ts browseRows, pinned row by row against the decision: one entry of each kind, in Vietnamese and in
 * English (an English name where the catalog has one, the Vietnamese one otherwise), what each kind is filed under
 * in the Plan tab, and what the search text holds. Rows are made in each test (a mutation run switches its mutant on
 * only while a test runs).
 *
 * From the decision: Appendix I row C1.1 "Sản xuất gạch không nung", target "Lượng gạch không nung chiếm 25% năm 2020
 * và 80% vào 2030.", 22 tỷ, 18,0 kt, directed by Sở Xây dựng; Part 2 row 1.1 (10 tỷ, Sở Xây dựng); sector A's rows
 * add up to 673,61 tỷ and 125,87 kt; targets I.2.b (15) and I.2.c (12).
 */
import { browseRows, searchRows, type BrowseRow } from "../../../src/core/plan/browse";
import { getCatalog, type IndexedCatalog } from "../../../src/core/plan/catalog";

const rowOf = (rows: readonly BrowseRow[], code: string) => {
  const { haystack: _haystack, ...shown } = rows.find((r) => r.code === code)!;
  return shown;
};
const codes = (rows: readonly BrowseRow[]) => rows.map((r) => r.code);

const C11_TARGET = "Lượng gạch không nung chiếm 25% năm 2020 và 80% vào 2030.";
const DA11_NAME =
  "Quản lý giám sát vận hành và hoàn thiện hệ thống xử lý nước thải hướng đến tách riêng hệ thống nước thải và thoát nước thành phố Cao Bằng";

describe("browseRows, one row per entry as the Plan tab shows it", () => {
  it("files task groups with the tasks, goals, solutions, sectors and project groups under 'other'", () => {
    const counts: Record<string, number> = {};
    for (const r of browseRows("vi")) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
    // 15 + 12 targets; 6 task groups + 21 task bullets; 2 goals + 8 solution groups + 9 sectors + 11 project groups.
    expect(counts).toEqual({ target: 27, task: 27, ghgAction: 28, project: 46, orgUnit: 45, other: 30 });
    const kindOf = (code: string) => browseRows("en").find((r) => r.code === code)!.kind;
    expect(["NV1", "NV1.1", "GHG.2020", "GP.1", "A", "DA1", "SO_TC"].map(kindOf)).toEqual([
      "task",
      "task",
      "other",
      "other",
      "other",
      "other",
      "orgUnit",
    ]);
  });

  it("an Appendix I action: its name in each language, target, milestones, budget, reduction, lead and source", () => {
    const common = {
      code: "C1.1",
      kind: "ghgAction",
      target: C11_TARGET,
      milestones: "2020: 25%; 2030: 80%",
      budgetBillionVnd: 22,
      reductionKt: 18,
      lead: "Sở XD",
      source: "Phụ lục I, C1, STT 1",
    };
    expect(rowOf(browseRows("vi"), "C1.1")).toEqual({ ...common, name: "Sản xuất gạch không nung" });
    expect(rowOf(browseRows("en"), "C1.1")).toEqual({ ...common, name: "Unfired bricks" });
  });

  it("a project without an English name keeps its Vietnamese one; its agency is its lead; no milestones", () => {
    const expected = {
      code: "DA1.1",
      kind: "project",
      name: DA11_NAME,
      target: null,
      milestones: null,
      budgetBillionVnd: 10,
      reductionKt: null,
      lead: "Sở XD",
      source: "Phụ lục I, SX xanh/lối sống xanh, STT 1.1",
    };
    expect(rowOf(browseRows("vi"), "DA1.1")).toEqual(expected);
    expect(rowOf(browseRows("en"), "DA1.1")).toEqual(expected);
  });

  it("a GHG goal: its sentence as printed, its figure once, with its unit, among the milestones", () => {
    // Điều 1, I.2.a: "Đến năm 2020, giảm lượng phát thải KNK … là 7%" — not "7" again as a target.
    const expected = {
      code: "GHG.2020",
      kind: "other",
      name: "Đến năm 2020, giảm lượng phát thải KNK so với phương án phát triển bình thường là 7%. Trong đó: i). Mức giảm địa phương tự nguyện là 3%; ii). 4% còn lại là mức giảm khi có hỗ trợ từ quốc gia (2%) và quốc tế (2%).",
      target: null,
      milestones: "2020: 7%",
      budgetBillionVnd: null,
      reductionKt: null,
      lead: null,
      source: "Điều 1, I.2.a, ý 1",
    };
    expect(rowOf(browseRows("vi"), "GHG.2020")).toEqual(expected);
    expect(rowOf(browseRows("en"), "GHG.2020")).toEqual(expected);
    expect(rowOf(browseRows("vi"), "GHG.2030")).toMatchObject({ target: null, milestones: "2030: 19%" });
  });

  it("a target whose text is its name shows no second target line in Vietnamese, the text beside the English name", () => {
    const text = "Số xã được công nhận đạt tiêu chí nông thôn mới đạt từ 20 xã trở lên;";
    const base = { code: "LS.1", kind: "target", budgetBillionVnd: null, reductionKt: null, lead: null, source: "Điều 1, I.2.c, ý 1" };
    expect(rowOf(browseRows("vi"), "LS.1")).toEqual({ ...base, name: text, target: null, milestones: "2020: 20 xã" });
    expect(rowOf(browseRows("en"), "LS.1")).toEqual({
      ...base,
      name: "Communes recognised as new rural communes",
      target: text,
      milestones: "2020: 20 communes",
    });
  });

  it("a sector shows the sum of its rows; a unit its abbreviation as lead and no source", () => {
    expect(rowOf(browseRows("vi"), "A")).toEqual({
      code: "A",
      kind: "other",
      name: "Lĩnh vực nông nghiệp & phát triển nông thôn",
      target: null,
      milestones: null,
      budgetBillionVnd: 673.61,
      reductionKt: 125.87,
      lead: null,
      source: "Phụ lục I, dòng A",
    });
    expect(rowOf(browseRows("en"), "SO_TC")).toEqual({
      code: "SO_TC",
      kind: "orgUnit",
      name: "Department of Finance",
      target: null,
      milestones: null,
      budgetBillionVnd: null,
      reductionKt: null,
      lead: "Sở TC",
      source: null,
    });
  });

  it("a blank abbreviation is no lead (null, not an empty cell)", () => {
    const copy: IndexedCatalog = structuredClone(getCatalog());
    copy.orgUnits.find((u) => u.id === "SO_TC")!.abbr = "";
    expect(rowOf(browseRows("vi", copy), "SO_TC").lead).toBeNull();
  });
});

describe("what the search finds a row by", () => {
  it("the Vietnamese name, target text, lead and agency's full name, also in English rows", () => {
    const en = browseRows("en");
    for (const query of ["gach khong nung", "luong gach", "unfired"]) expect(codes(searchRows(en, query, "ghgAction"))).toEqual(["C1.1"]);
    // The lead's abbreviation, and the agency cell's full name (Sở Xây dựng also directs C2.4, D.13 and D.15).
    expect(codes(searchRows(en, "so xd", "ghgAction"))).toEqual(["C1.1", "C2.4"]);
    expect(codes(searchRows(en, "so xay dung", "ghgAction"))).toEqual(["C1.1", "C2.4", "D.13", "D.15"]);
    expect(codes(searchRows(en, "so tai chinh", "orgUnit"))).toEqual(["SO_TC"]);
  });

  it("never an empty field's placeholder", () => {
    expect(codes(searchRows(browseRows("vi"), "null"))).toEqual([]);
  });
});
