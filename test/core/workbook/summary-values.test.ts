/**
 * The Summary's figures as exact values (core/consolidation/summary.ts): each aggregation rule at its edges, the
 * tallies behind "units reporting / with a figure / counted", budgets, progress against the milestone of the report
 * year, the item's place on the path, the group totals and the GHG estimate per sector. Plan facts from Decision
 * 337/QĐ-UBND (2018): D.12 biomass power 11 MW by 2030 (2021–2030), 170 bn VND, 62 kt CO2; C1.1 unfired bricks 25%
 * in 2020 and 80% in 2030, Sở Xây dựng leading, 22 bn VND, 18 kt CO2.
 *
 * Every test builds its own accumulator and entries: nothing is computed when the file loads.
 */
import { roleOf, SummaryAccumulator, type GroupSummary, type ItemSummary } from "../../../src/core/consolidation/summary";
import type { Entry } from "../../../src/core/consolidation/report";

/** One accepted entry of 2025-H1; `role` absent unless given (an older producer's entry). */
function entry(code: string, group: string, unit: string, actual: Entry["actual"], extra: Partial<Entry> = {}): Entry {
  return {
    code,
    taskGroup: group,
    unitId: unit,
    unitName: unit,
    answeringUnitId: unit,
    period: "2025-H1",
    submitted: 45811,
    templateVersion: "2",
    origin: { file: `${unit}.xlsx`, sheet: group },
    cell: "G14",
    actual,
    disbursed: null,
    status: "",
    evidence: "",
    check: "",
    ...extra,
  };
}

/** An accumulator for the report year `year`, fed `entries`. */
function run(entries: Entry[], year: number | undefined = 2025): SummaryAccumulator {
  const acc = new SummaryAccumulator();
  if (year !== undefined) acc.setYear(year);
  for (const e of entries) acc.add(e);
  return acc;
}

const group = (acc: SummaryAccumulator, id: string): GroupSummary => acc.groups().find((g) => g.taskGroup === id)!;
const item = (acc: SummaryAccumulator, id: string, code: string): ItemSummary => group(acc, id).itemSummaries.find((i) => i.code === code)!;
const sector = (acc: SummaryAccumulator, code: string) => acc.sectors().find((s) => s.sector === code)!;

describe("roleOf", () => {
  it("keeps the role an entry carries, null included", () => {
    expect(roleOf({ code: "D.12", unitId: "SO_CT", period: "2025-H1", role: "coordinating" })).toBe("coordinating");
    expect(roleOf({ code: "D.12", unitId: "SO_CT", period: "2025-H1", role: null })).toBeNull();
    expect(roleOf({ code: "C1.1", unitId: "SO_CT", period: "2025-H1", role: "lead" })).toBe("lead");
  });

  it("without a role, takes the responsibility data on the report's due date", () => {
    expect(roleOf({ code: "D.12", unitId: "SO_CT", period: "2025-H1" })).toBe("lead");
    expect(roleOf({ code: "C1.1", unitId: "SO_XD", period: "2025-H1" })).toBe("lead");
    expect(roleOf({ code: "B.1", unitId: "CC_KIEMLAM", period: "2025-H1" })).toBe("coordinating");
    expect(roleOf({ code: "C1.1", unitId: "SO_CT", period: "2025-H1" })).toBeNull();
    // Sở NN&MT exists from the 2025 reorganisation: it leads B.1 in 2025, had no part in 2019.
    expect(roleOf({ code: "B.1", unitId: "SO_NNMT", period: "2025-H1" })).toBe("lead");
    expect(roleOf({ code: "B.1", unitId: "SO_NNMT", period: "2019-H1" })).toBeNull();
  });

  it("gives no role for a period it cannot read", () => {
    expect(roleOf({ code: "D.12", unitId: "SO_CT", period: "sometime" })).toBeNull();
  });
});

describe("the province's figure by rule", () => {
  it("sum: adds every unit's number (rounded to 6 decimals), counts those units, and tallies the rest", () => {
    const acc = run([
      entry("A.1", "NV3", "H_BAOLAM", 1.1, { disbursed: 0 }),
      entry("A.1", "NV3", "H_BAOLAC", 2.2, { disbursed: 1.25 }),
      entry("A.1", "NV3", "H_HAQUANG", null),
      entry("A.1", "NV3", "H_HALANG", "nhiều"),
    ]);
    expect(item(acc, "NV3", "A.1")).toEqual({
      code: "A.1",
      taskGroup: "NV3",
      nameVi: "Thay đổi giống lúa năng suất và chất lượng cao",
      nameEn: "High-yield, high-quality rice varieties",
      rule: "sum",
      unit: "ha",
      unitsReporting: 4,
      unitsWithFigure: 3,
      unitsCounted: 2,
      province: 3.3,
      blank: null,
      progress: 3.3 / 10000,
      pathStatus: "behind",
      budgetPlanned: 38.51,
      budgetDisbursed: 1.25,
      unitsDisbursing: 2,
    });
  });

  it("sum: rounds the province's figure to six decimals, and the budget disbursed too", () => {
    const acc = run([
      entry("A.1", "NV3", "H_BAOLAM", 1.23456789, { disbursed: 0.1 }),
      entry("A.1", "NV3", "H_BAOLAC", 0, { disbursed: 0.2 }),
    ]);
    const a1 = item(acc, "NV3", "A.1");
    expect(a1.province).toBe(1.234568);
    expect(a1.unitsCounted).toBe(2);
    expect(a1.budgetDisbursed).toBe(0.3);
    expect(group(acc, "NV3").budgetDisbursed).toBe(0.3);
  });

  it("sum with no number: blank, no figure yet", () => {
    const a1 = item(run([entry("A.1", "NV3", "H_BAOLAM", null)]), "NV3", "A.1");
    expect([a1.province, a1.blank, a1.unitsCounted, a1.progress, a1.pathStatus]).toEqual([null, "no_figure", 0, null, "not_reported"]);
    expect([a1.unitsReporting, a1.unitsWithFigure, a1.unitsDisbursing, a1.budgetDisbursed]).toEqual([1, 0, 0, 0]);
  });

  it("max: the largest number reported, even when every number is below zero", () => {
    const d12 = item(
      run([entry("D.12", "NV4", "SO_CT", 3), entry("D.12", "NV4", "SO_TNMT", 7.5), entry("D.12", "NV4", "SO_NNPTNT", 5)]),
      "NV4",
      "D.12",
    );
    expect([d12.province, d12.unitsCounted, d12.blank, d12.progress]).toEqual([7.5, 3, null, 7.5 / 11]);
    const negative = item(run([entry("D.12", "NV4", "SO_CT", -5), entry("D.12", "NV4", "SO_TNMT", -2)]), "NV4", "D.12");
    expect([negative.province, negative.unitsCounted]).toEqual([-2, 2]);
  });

  it("max: a single number of zero is a figure, not a blank", () => {
    const d12 = item(run([entry("D.12", "NV4", "SO_CT", 0)]), "NV4", "D.12");
    expect([d12.province, d12.blank, d12.unitsCounted, d12.progress]).toEqual([0, null, 1, 0]);
  });

  it("lead: the lead unit's number, never a coordinating unit's", () => {
    const acc = run([entry("C1.1", "NV3", "SO_XD", 40, { role: "lead" }), entry("C1.1", "NV3", "SO_CT", 70, { role: "coordinating" })]);
    const c11 = item(acc, "NV3", "C1.1");
    expect([c11.province, c11.unitsCounted, c11.blank, c11.unitsReporting, c11.unitsWithFigure]).toEqual([40, 1, null, 2, 2]);
    // 40% against 2030's 80%: the milestone that applies in 2025.
    expect(c11.progress).toBe(0.5);
  });

  it("lead: an entry without a role is the lead's when the responsibility data says so", () => {
    const c11 = item(run([entry("C1.1", "NV3", "SO_XD", 40)]), "NV3", "C1.1");
    expect([c11.province, c11.unitsCounted]).toEqual([40, 1]);
  });

  it("lead: blank when only other units reported a number, saying so", () => {
    const c11 = item(run([entry("C1.1", "NV3", "SO_CT", 70, { role: "coordinating" })]), "NV3", "C1.1");
    expect([c11.province, c11.blank, c11.unitsCounted, c11.unitsWithFigure, c11.progress]).toEqual([null, "lead_missing", 0, 1, null]);
  });

  it("lead: a unit with no part in the row (role null) is not a lead either", () => {
    const c11 = item(run([entry("C1.1", "NV3", "SO_CT", 70, { role: null })]), "NV3", "C1.1");
    expect([c11.province, c11.blank, c11.unitsCounted]).toEqual([null, "lead_missing", 0]);
  });

  it("a figure progress cannot judge (0.4 for a percent: a stored fraction?) has no progress, and no mean rests on it", () => {
    const acc = run([entry("C1.1", "NV3", "SO_XD", 0.4, { role: "lead" })]);
    const c11 = item(acc, "NV3", "C1.1");
    expect([c11.province, c11.blank, c11.progress]).toEqual([0.4, null, null]);
    expect([group(acc, "NV3").meanProgress, group(acc, "NV3").itemsWithFigure]).toEqual([null, 1]);
    expect(sector(acc, "C1").estimatedKt).toBe(0);
  });

  it("lead: no figure at all when nobody reported a number (a lead's text does not count)", () => {
    const c11 = item(
      run([entry("C1.1", "NV3", "SO_XD", "khoảng 40", { role: "lead" }), entry("C1.1", "NV3", "SO_CT", null, { role: "coordinating" })]),
      "NV3",
      "C1.1",
    );
    expect([c11.province, c11.blank, c11.unitsCounted, c11.unitsWithFigure, c11.unitsReporting]).toEqual([null, "no_figure", 0, 1, 2]);
  });

  it("lead: two leads agreeing give their figure, counted twice", () => {
    const c11 = item(
      run([entry("C1.1", "NV3", "SO_XD", 40, { role: "lead" }), entry("C1.1", "NV3", "SO_KHCN", 40, { role: "lead" })]),
      "NV3",
      "C1.1",
    );
    expect([c11.province, c11.unitsCounted, c11.blank]).toEqual([40, 2, null]);
  });

  it("lead: leads that disagree anywhere leave it blank, whatever the order", () => {
    for (const figures of [
      [40, 50],
      [40, 40, 50],
      [40, 50, 40],
    ]) {
      const c11 = item(run(figures.map((f, k) => entry("C1.1", "NV3", `U${k}`, f, { role: "lead" }))), "NV3", "C1.1");
      expect([c11.province, c11.unitsCounted, c11.blank]).toEqual([null, 0, "leads_differ"]);
    }
  });

  it("text: never a figure, no unit, no target", () => {
    const nv11 = item(run([entry("NV1.1", "NV1", "SO_TC", "Đã tập huấn", { disbursed: 2 })]), "NV1", "NV1.1");
    expect(nv11).toMatchObject({
      rule: "text",
      province: null,
      blank: "text",
      unitsCounted: 0,
      unitsReporting: 1,
      unitsWithFigure: 1,
      progress: null,
      pathStatus: "no_target",
      budgetPlanned: null,
      budgetDisbursed: 2,
      unitsDisbursing: 1,
    });
    expect("unit" in nv11).toBe(false);
    // A number typed for a text item is still no figure.
    const typed = item(run([entry("NV1.1", "NV1", "SO_TC", 5)]), "NV1", "NV1.1");
    expect([typed.province, typed.blank, typed.pathStatus]).toEqual([null, "text", "no_target"]);
  });
});

describe("progress and the path follow the report year", () => {
  it("C1.1 at 40%: 1.6 of 2020's 25%, 0.5 of 2030's 80%", () => {
    const entries = () => [entry("C1.1", "NV3", "SO_XD", 40, { role: "lead" })];
    expect(item(run(entries(), 2020), "NV3", "C1.1").progress).toBe(1.6);
    expect(item(run(entries(), 2025), "NV3", "C1.1").progress).toBe(0.5);
  });

  it("D.12 against its 2021–2030 path to 11 MW: 5.5 MW in 2025 is on track, 7.5 ahead, 1 behind", () => {
    const status = (mw: number) => item(run([entry("D.12", "NV4", "SO_CT", mw)]), "NV4", "D.12").pathStatus;
    expect([status(5.5), status(7.5), status(1)]).toEqual(["on_track", "ahead", "behind"]);
  });
});

describe("group totals", () => {
  it("NV4: items, units reporting (distinct), figures, budget, mean progress, items and entries against the path", () => {
    const acc = run([
      entry("D.12", "NV4", "SO_CT", 5.5, { pathStatus: "on_track", disbursed: 10 }),
      entry("D.12", "NV4", "SO_TNMT", 2, { pathStatus: "behind" }),
      entry("D.13", "NV4", "SO_CT", null, { pathStatus: "not_reported", disbursed: 2.5 }),
      entry("D.15", "NV4", "SO_CT", 3),
    ]);
    const nv4 = group(acc, "NV4");
    const d15 = item(acc, "NV4", "D.15");
    expect(d15.progress).not.toBeNull();
    expect({ ...nv4, itemSummaries: nv4.itemSummaries.map((i) => i.code) }).toEqual({
      taskGroup: "NV4",
      label: "1.4",
      title: "Nhóm nhiệm vụ về sử dụng năng lượng tái tạo, quá trình công nghiệp và rác thải",
      titleEn: "Renewable energy, industrial processes and waste",
      items: 4,
      numericItems: 4,
      unitsReporting: 2,
      itemsWithFigure: 2,
      budgetPlanned: 1874,
      budgetDisbursed: 12.5,
      meanProgress: Math.round(((0.5 + d15.progress!) / 2) * 1e6) / 1e6,
      pathStatuses: { on_track: 1, behind: 0, ahead: 1, no_target: 0, not_reported: 2 },
      entryStatuses: { on_track: 1, behind: 1, ahead: 0, no_target: 0, not_reported: 1 },
      itemSummaries: ["D.12", "D.13", "D.14", "D.15"],
    });
  });

  it("a group nobody reported: no units, no figure, no mean, every status present", () => {
    const nv2 = group(run([]), "NV2");
    expect(nv2).toMatchObject({
      items: 5,
      numericItems: 0,
      unitsReporting: 0,
      itemsWithFigure: 0,
      budgetPlanned: 0,
      budgetDisbursed: 0,
      meanProgress: null,
      pathStatuses: { on_track: 0, behind: 0, ahead: 0, no_target: 5, not_reported: 0 },
      entryStatuses: { on_track: 0, behind: 0, ahead: 0, no_target: 0, not_reported: 0 },
    });
  });

  it("the mean progress rests on items with a figure only", () => {
    const nv3 = group(run([entry("C1.1", "NV3", "SO_XD", 40, { role: "lead" }), entry("A.1", "NV3", "H_BAOLAM", null)]), "NV3");
    expect([nv3.meanProgress, nv3.itemsWithFigure, nv3.numericItems, nv3.items, nv3.unitsReporting]).toEqual([0.5, 1, 24, 24, 2]);
  });

  it("units reporting counts the answering unit, once per group", () => {
    const acc = run([
      entry("D.12", "NV4", "SO_CT", 1),
      entry("D.13", "NV4", "SO_CT", 1),
      entry("D.14", "NV4", "SO_CONG_THUONG_CU", 1, { answeringUnitId: "SO_CT" }),
      entry("C1.1", "NV3", "SO_CT", 1),
    ]);
    expect([group(acc, "NV4").unitsReporting, group(acc, "NV3").unitsReporting, group(acc, "NV1").unitsReporting]).toEqual([1, 1, 0]);
  });

  it("an entry without a path status is not in the footnote's counts", () => {
    const nv4 = group(run([entry("D.12", "NV4", "SO_CT", 1), entry("D.13", "NV4", "SO_CT", 1, { pathStatus: "ahead" })]), "NV4");
    expect(nv4.entryStatuses).toEqual({ on_track: 0, behind: 0, ahead: 1, no_target: 0, not_reported: 0 });
  });

  it("the groups come in catalog order, items as actions, then activities, then projects (in billion VND)", () => {
    const groups = run([]).groups();
    expect(groups.map((g) => [g.taskGroup, g.label, g.items, g.numericItems, g.budgetPlanned])).toEqual([
      ["NV1", "1.2", 9, 0, 46],
      ["NV2", "1.2", 5, 0, 0],
      ["NV3", "1.3", 24, 24, 1193.56],
      ["NV4", "1.4", 4, 4, 1874],
      ["NV5", "1.5", 33, 0, 3428.06],
      ["NV6", "1.6", 20, 0, 3436.3],
    ]);
    const nv1 = groups[0]!.itemSummaries;
    expect(nv1.map((i) => [i.code, i.budgetPlanned])).toEqual([
      ["NV1.1", null],
      ["NV1.2", null],
      ["NV1.3", null],
      ["NV1.4", null],
      ["DA7.1", 18],
      ["DA7.2", 3],
      ["DA7.3", 5],
      ["DA9.1", 10],
      ["DA9.2", 10],
    ]);
    // Activities and projects have one name: the English column repeats the Vietnamese.
    expect(nv1[0]!.nameEn).toBe(nv1[0]!.nameVi);
    expect(nv1[4]!.nameEn).toBe(nv1[4]!.nameVi);
    expect(groups[5]!.itemSummaries.at(-1)).toMatchObject({ code: "DA10.2", budgetPlanned: 0.1, rule: "text" });
    expect(groups[3]!.itemSummaries[0]).toMatchObject({
      nameVi: "Sản xuất điện từ sinh khối và khí sinh học.",
      budgetPlanned: 170,
      unit: "MW",
    });
  });

  it("each call gives its own entry counts: changing one result leaves the next alone", () => {
    const acc = run([entry("D.12", "NV4", "SO_CT", 1, { pathStatus: "ahead" })]);
    group(acc, "NV4").entryStatuses.ahead = 99;
    group(acc, "NV1").entryStatuses.ahead = 99;
    expect(group(acc, "NV4").entryStatuses.ahead).toBe(1);
    expect(group(acc, "NV1").entryStatuses.ahead).toBe(0);
  });
});

describe("GHG by sector", () => {
  it("lists every sector but the energy heading C, with the 2030 reduction planned", () => {
    expect(run([]).sectors()).toEqual([
      {
        sector: "A",
        title: "Lĩnh vực nông nghiệp & phát triển nông thôn",
        titleEn: "Agriculture and rural development",
        plannedKt: 125.87,
        estimatedKt: 0,
      },
      { sector: "B", title: "Lĩnh vực lâm nghiệp", titleEn: "Forestry", plannedKt: 10581.8, estimatedKt: 0 },
      { sector: "C1", title: "Công nghiệp", titleEn: "Industry", plannedKt: 47, estimatedKt: 0 },
      { sector: "C2", title: "Dịch vụ thương mại", titleEn: "Commerce and services", plannedKt: 16, estimatedKt: 0 },
      { sector: "C3", title: "Giao thông vận tải", titleEn: "Transport", plannedKt: 18, estimatedKt: 0 },
      { sector: "C4", title: "Hộ gia đình", titleEn: "Households", plannedKt: 35, estimatedKt: 0 },
      { sector: "C5", title: "Nông-lâm-thủy sản", titleEn: "Agriculture, forestry and fishery energy use", plannedKt: 3, estimatedKt: 0 },
      {
        sector: "D",
        title: "Phát triển năng lượng tái tạo cho sản xuất điện",
        titleEn: "Renewable power generation",
        plannedKt: 363,
        estimatedKt: 0,
      },
    ]);
  });

  it("estimates planned reduction × share of the 2030 milestone reached, capped at the whole", () => {
    // D.12 at 5.5 of 11 MW: half of its 62 kt; C1.1 at 40 of 80%: half of its 18 kt.
    const half = run([entry("D.12", "NV4", "SO_CT", 5.5), entry("C1.1", "NV3", "SO_XD", 40, { role: "lead" })]);
    expect([sector(half, "D").estimatedKt, sector(half, "C1").estimatedKt]).toEqual([31, 9]);
    // 22 MW is twice the milestone: no more than the 62 kt planned.
    expect(sector(run([entry("D.12", "NV4", "SO_CT", 22)]), "D").estimatedKt).toBe(62);
  });

  it("judges against 2030 whatever the report year, and rounds to six decimals", () => {
    // C1.1 at 20%: 1/4 of 2030's 80% (not 2020's 25%) × 18 kt; A.1 at 1 ha of 10,000 × 6.69 kt.
    const acc = run([entry("C1.1", "NV3", "SO_XD", 20, { role: "lead" }), entry("A.1", "NV3", "H_BAOLAM", 1)], 2020);
    expect(sector(acc, "C1").estimatedKt).toBe(4.5);
    expect(sector(acc, "A").estimatedKt).toBe(0.000669);
  });

  it("counts nothing for a lead item without the lead's figure", () => {
    expect(sector(run([entry("C1.1", "NV3", "SO_CT", 80, { role: "coordinating" })]), "C1").estimatedKt).toBe(0);
  });
});
