/**
 * The readable fields of catalog entries (plan/fields.ts: TTX.INFO, the CLI export) and the Plan tab's search
 * (plan/browse.ts searchRows). Pinned with the decision's own figures:
 * - milestones: C1.1 "25% năm 2020 và 80% vào 2030" (final 80 in 2030; 2020 figure 25);
 * - sector sums against the printed subtotal: B 10.581,8 kt (printed 6.481);
 * - Part 2 groups: DA1 has 4 projects (37 tỷ = 37.000 triệu), DA2 50 + 35 + 2.500 tỷ = 2.585.000 triệu, DA11 20;
 * - solution group 2 (GP.2): 7 + 4 items;
 * - org units: Sở TT&TT dissolved 2025-03-01; Sở Tài chính, neither replaced nor dissolved;
 * - field names typed without diacritics or with a dash, a Vietnamese alias of a field the kind does not have, and the
 *   exact error for a field a kind does not have;
 * - search: a code typed exactly comes first, then the other hits once each, in catalog order.
 * Sector A, SX.7, GHG.2030, GP.1, Sở KH&ĐT and each Vietnamese alias are read whole in fields-values.test.ts.
 */
import { browseRows, searchRows } from "../../../src/core/plan/browse";
import { getCatalog, lookup } from "../../../src/core/plan/catalog";
import { readField, resolveField } from "../../../src/core/plan/fields";

const c = getCatalog();
const read = (code: string, field: string) => readField(lookup(code)!, field, c);
const readAll = (code: string, fields: string[]) => Object.fromEntries(fields.map((f) => [f, read(code, f)]));

describe("fields of an Appendix I action", () => {
  it("C1.1: unit, final milestone and its year, the 2020 and 2030 figures", () => {
    expect(readAll("C1.1", ["unit", "milestone", "milestone_year", "milestone_2020", "milestone_2030"])).toEqual({
      unit: "percent",
      milestone: 80,
      milestone_year: 2030,
      milestone_2020: 25,
      milestone_2030: 80,
    });
    // A.1: 10.000 ha by 2030, nothing printed for 2020.
    expect(readAll("A.1", ["unit", "milestone", "milestone_2020"])).toEqual({ unit: "ha", milestone: 10000, milestone_2020: null });
  });

  it("lead and coordinating units by abbreviation, separated by '; '", () => {
    expect(read("A.1", "lead")).toBe("Sở NN&PTNT");
    expect(read("A.1", "coordinating")).toBe("Hội ND; Hiệp hội DN; Sở KH&CN; Liên hiệp Hội KH&KT");
    expect(read("C1.1", "coordinating")).toBe("");
    expect(read("DA1.4", "lead")).toBe("Sở YT; Bệnh viện");
  });
});

describe("fields of sectors, groups and units", () => {
  it("a sector: rows added, beside the printed subtotal", () => {
    expect(readAll("B", ["reduction", "reduction_printed"])).toEqual({ reduction: 10581.8, reduction_printed: 6481 });
  });

  it("a project group: its projects and budget, in million VND and converted", () => {
    expect(readAll("DA1", ["projects", "budget", "budget_billion"])).toEqual({ projects: 4, budget: 37000, budget_billion: 37 });
    expect(readAll("DA2", ["projects", "budget", "budget_billion"])).toEqual({ projects: 3, budget: 2585000, budget_billion: 2585 });
    expect(read("DA11", "projects")).toBe(20);
  });

  it("a solution group counts the items of all its phases", () => {
    expect(read("GP.2", "items")).toBe(11);
  });

  it("an org unit: the day it was dissolved, or nothing for one neither replaced nor dissolved", () => {
    expect(readAll("SO_TTTT", ["successor", "successor_date", "dissolved"])).toEqual({
      successor: null,
      successor_date: null,
      dissolved: "2025-03-01",
    });
    expect(readAll("SO_TC", ["successor", "successor_date", "dissolved"])).toEqual({
      successor: null,
      successor_date: null,
      dissolved: null,
    });
  });

  it("a field the kind does not have is an error naming both", () => {
    expect(() => read("C1.1", "projects")).toThrow(new Error("no field projects for ghgAction"));
  });
});

describe("field names as typed", () => {
  it("a Vietnamese name typed without diacritics, an English one with a dash", () => {
    expect(resolveField("ghgAction", "don vi")).toBe("unit");
    expect(resolveField("ghgAction", "Milestone-Year")).toBe("milestone_year");
  });

  it("an alias of a field the kind does not have is no field", () => {
    expect(resolveField("orgUnit", "Kinh phí")).toBeUndefined();
    expect(resolveField("task", "Đơn vị")).toBeUndefined();
  });
});

describe("search: an exact code first", () => {
  const rows = browseRows("vi");

  it("the sector typed by its code comes first, then every other hit once, in catalog order", () => {
    const hits = rows.filter((r) => r.haystack.includes("d"));
    const found = searchRows(rows, " D ");
    expect(found[0]!.code).toBe("D");
    expect(found.map((r) => r.code)).toEqual(["D", ...hits.map((r) => r.code).filter((code) => code !== "D")]);
  });
});
