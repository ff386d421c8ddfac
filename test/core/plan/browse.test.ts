/**
 * The catalog as the Plan tab shows it: every entry once, figures read through the field table, and a search
 * that forgives missing diacritics and puts an exact code first.
 */
import { browseRows, foldForSearch, searchRows } from "../../../src/core/plan/browse";
import { getCatalog } from "../../../src/core/plan/catalog";
import { catalogEntries } from "../../../src/core/plan/export";

// Rows are made in each test, not as the file loads: a mutation run switches its mutant on only while a test runs.
describe("browseRows", () => {
  it("has one row per catalog entry, with the same codes in both languages", () => {
    const [vi, en] = [browseRows("vi"), browseRows("en")];
    expect(vi).toHaveLength(catalogEntries(getCatalog()).length);
    expect(en.map((r) => r.code)).toEqual(vi.map((r) => r.code));
  });

  it("carries an Appendix I action's figures as the decision prints them", () => {
    const [vi, en] = [browseRows("vi"), browseRows("en")];
    const bricks = vi.find((r) => r.code === "C1.1")!;
    expect(bricks).toMatchObject({
      kind: "ghgAction",
      name: "Sản xuất gạch không nung",
      milestones: "2020: 25%; 2030: 80%",
      lead: "Sở XD",
    });
    expect(bricks.budgetBillionVnd).toBe(getCatalog().ghgActions.find((a) => a.code === "C1.1")!.budgetBillionVnd);
    expect(en.find((r) => r.code === "C1.1")!.name).toBe("Unfired bricks");
  });

  it("gives projects their budget in billions from the million-VND table", () => {
    const vi = browseRows("vi");
    const project = getCatalog().projects[0]!;
    expect(vi.find((r) => r.code === project.code)!.budgetBillionVnd).toBeCloseTo(project.budget.millionVnd / 1000, 6);
  });

  it("does not repeat a target's text as its own target line", () => {
    const vi = browseRows("vi");
    expect(vi.filter((r) => r.kind === "target").every((r) => r.target === null)).toBe(true);
  });
});

describe("searchRows", () => {
  it("matches every word, with or without diacritics, đ included", () => {
    const rows = browseRows("vi");
    expect(foldForSearch("Điện mặt trời")).toBe("dien mat troi");
    const withMarks = searchRows(rows, "gạch không nung").map((r) => r.code);
    expect(searchRows(rows, "GACH khong NUNG").map((r) => r.code)).toEqual(withMarks);
    expect(withMarks).toContain("C1.1");
    expect(searchRows(rows, "nung gạch").map((r) => r.code)).toEqual(withMarks);
  });

  it("puts the exact code first and filters by kind", () => {
    const rows = browseRows("vi");
    expect(searchRows(rows, "  c1.1 ")[0]!.code).toBe("C1.1");
    const units = searchRows(rows, "sở", "orgUnit");
    expect(units.length).toBeGreaterThan(10);
    expect(units.every((r) => r.kind === "orgUnit")).toBe(true);
    expect(searchRows(rows, "").length).toBe(rows.length);
    expect(searchRows(rows, "khong-co-gi-nhu-the")).toEqual([]);
  });
});
