/**
 * Row-by-row check of the catalog against the decision's own appendix tables: every number, budget text and
 * priority the catalog holds must be the one printed, and no printed row may be missing from the catalog.
 */
import { getCatalog } from "../../../src/core/plan/catalog";
import { parseVietnameseNumber } from "../../../src/core/plan/parse";
import { appendixRows, readSourceText } from "../../helpers/source-text";

const rows = appendixRows(readSourceText());
const ghgPart = rows.slice(
  0,
  rows.findIndex((r) => r[0] === "1" && r[1] === "Cấp thoát nước, xử lý nước thải"),
);
const projectPart = rows.slice(ghgPart.length);
const catalog = getCatalog();

describe("Appendix I, GHG actions, against the printed table", () => {
  // Numbered rows only; a sector heading (A, B, C, C1…) sets the sector of the rows below it.
  const printed: { sector: string; no: number; cells: string[] }[] = [];
  let sector = "";
  for (const cells of ghgPart) {
    const first = (cells[0] ?? "").replace(/\s+/g, "");
    if (/^[A-D]\d?$/.test(first)) sector = first;
    else if (/^\d+$/.test(first)) printed.push({ sector, no: Number(first), cells });
  }

  it("has every printed action and no other", () => {
    expect(printed).toHaveLength(28);
    expect(catalog.ghgActions.map((a) => a.code)).toEqual(printed.map((p) => `${p.sector}.${p.no}`));
  });

  it.each(printed.map((p) => [`${p.sector}.${p.no}`, p.cells] as const))("%s budget, reduction, priority", (code, cells) => {
    const action = catalog.ghgActions.find((a) => a.code === code);
    expect(action).toBeDefined();
    expect(action?.budgetBillionVnd).toBe(parseVietnameseNumber(cells[4] ?? ""));
    expect(action?.ghgReductionKt).toBe(parseVietnameseNumber(cells[5] ?? ""));
    expect(action?.priorityTextVi).toBe(cells[6]);
    expect(action?.nameVi).toBe(cells[1]);
  });

  it("keeps each sector's printed subtotal", () => {
    for (const cells of ghgPart.filter((c) => /^[A-D]\d?$/.test((c[0] ?? "").replace(/\s+/g, "")))) {
      const code = (cells[0] ?? "").replace(/\s+/g, "");
      const figures = cells
        .slice(4, 7)
        .filter((c) => c !== "")
        .map((c) => parseVietnameseNumber(c));
      const sector = catalog.ghgSectors.find((s) => s.code === code);
      // Sector A's figures sit one column to the right (source note a-subtotal-columns); read them in order.
      expect([sector?.printedBudgetBillionVnd, sector?.printedGhgKt]).toEqual(figures);
    }
  });
});

describe("Appendix I, green production/lifestyle projects, against the printed table", () => {
  const printed = projectPart.filter((c) => /^\d+\.\d+$/.test(c[0] ?? ""));
  const groups = projectPart.filter((c) => /^\d+$/.test(c[0] ?? ""));

  it("has every printed project and group", () => {
    expect(printed).toHaveLength(46);
    expect(catalog.projects.map((p) => p.sourceNo)).toEqual(printed.map((c) => c[0]));
    expect(catalog.projectGroups.map((g) => g.titleVi)).toEqual(groups.map((c) => c[1]));
  });

  it.each(printed.map((c) => [c[0] as string, c] as const))("%s name, agency and budget text", (no, cells) => {
    const project = catalog.projects.find((p) => p.sourceNo === no);
    expect(project?.nameVi).toBe(cells[1]);
    expect(project?.agencyTextVi).toBe(cells[2]);
    // 11.8's budget continues on the next page ("22,2 tỷ" + "đồng"): the catalog joins it.
    expect(project?.budget.text.startsWith(cells[3] ?? "?")).toBe(true);
  });
});
