/**
 * The province's figure of each item by its aggregation rule, with several units (the lead, a
 * coordinating unit, a unit with no part in the row), and the rule of every item as catalog data.
 */
import { aggregationOf, aggregationTable } from "../../src/core/plan/aggregation";
import { getCatalog, lookup } from "../../src/core/plan/catalog";
import { measuresOf } from "../../src/core/plan/milestones";
import { SummaryAccumulator, type ItemSummary } from "../../src/core/consolidation/summary";
import type { Entry, Role } from "../../src/core/consolidation/report";

const entry = (code: string, unit: string, actual: number | string | null, role: Role | null, disbursed: number | null = null): Entry => ({
  code,
  taskGroup: lookup(code)!.kind === "ghgAction" ? (lookup(code)!.item as { taskGroup: string }).taskGroup : code.split(".")[0]!,
  unitId: unit,
  unitName: unit,
  answeringUnitId: unit,
  period: "2025-H1",
  submitted: 45810,
  templateVersion: "2",
  origin: { file: `${unit}.xlsx`, sheet: "x" },
  cell: "G14",
  actual,
  disbursed,
  status: "",
  evidence: "",
  check: "",
  role,
});

function item(entries: Entry[], code: string): ItemSummary {
  const acc = new SummaryAccumulator();
  acc.setYear(2025);
  entries.forEach((e) => acc.add(e));
  return acc
    .groups()
    .flatMap((g) => g.itemSummaries)
    .find((i) => i.code === code)!;
}

describe("aggregation rules as data", () => {
  it("derive from the unit of the first milestone: percent → lead, ha → sum, MW → max; text rows → text", () => {
    expect(["C1.1", "A.1", "D.14", "NV1.1", "DA1.1"].map((c) => [c, aggregationOf(c).rule, aggregationOf(c).basis])).toEqual([
      ["C1.1", "lead", "unit"],
      ["A.1", "sum", "unit"],
      ["D.14", "max", "unit"],
      ["NV1.1", "text", "text"],
      ["DA1.1", "text", "text"],
    ]);
  });

  it("override an item whose target means something else, each with a reason, and only where it differs from its unit", () => {
    const { byUnit, overrides } = aggregationTable();
    expect(overrides.map((o) => [o.code, o.rule])).toEqual([
      ["B.1", "lead"],
      ["B.3", "lead"],
    ]);
    for (const o of overrides) {
      const e = lookup(o.code)!;
      const unit = measuresOf(e)[0]!.unit;
      expect(byUnit.find((u) => u.unit === unit)!.rule).not.toBe(o.rule);
      expect(o.reasonVi.length).toBeGreaterThan(20);
      expect(o.reasonEn.length).toBeGreaterThan(20);
    }
    // B.2 (scattered planting) keeps the hectare rule: areas planted add up.
    expect(aggregationOf("B.2").rule).toBe("sum");
  });

  it("cover every unit a measure can have, and give every reportable item a rule", () => {
    expect(
      aggregationTable()
        .byUnit.map((u) => u.unit)
        .sort(),
    ).toEqual(["MW", "communes", "ha", "percent", "times_baseline"]);
    const c = getCatalog();
    for (const code of [
      ...c.ghgActions.map((a) => a.code),
      ...c.tasks.map((t) => t.code),
      ...c.projects.map((p) => p.code),
      ...c.targets.map((t) => t.code),
    ]) {
      expect(["sum", "lead", "max", "text"]).toContain(aggregationOf(code).rule);
    }
  });
});

describe("the province's figure by the rule, with a lead, a coordinating unit and a unit with no part", () => {
  it("sum (A.1, hectares): every unit's own area added, each counted", () => {
    const i = item(
      [
        entry("A.1", "SO_NNPTNT", 3000, "lead", 5),
        entry("A.1", "HOI_NONGDAN", 1200, "coordinating", 1.5),
        entry("A.1", "SO_TC", 300, null),
      ],
      "A.1",
    );
    expect(i).toMatchObject({
      rule: "sum",
      province: 4500,
      unitsReporting: 3,
      unitsWithFigure: 3,
      unitsCounted: 3,
      blank: null,
      budgetPlanned: 38.51,
      budgetDisbursed: 6.5,
      unitsDisbursing: 2,
    });
    expect(i.progress).toBeCloseTo(0.45);
  });

  it("lead (C1.1, % of unfired bricks): the lead's figure is the province's, whatever the others report", () => {
    const i = item(
      [entry("C1.1", "SO_CT", 70, "coordinating"), entry("C1.1", "SO_XD", 55, "lead"), entry("C1.1", "SO_TC", 90, null)],
      "C1.1",
    );
    expect(i).toMatchObject({ rule: "lead", province: 55, unitsReporting: 3, unitsWithFigure: 3, unitsCounted: 1, blank: null });
    expect(i.progress).toBeCloseTo(55 / 80);
  });

  it("lead: blank with its reason when the lead did not report, never a coordinating unit's figure instead", () => {
    const i = item(
      [entry("C1.1", "SO_CT", 70, "coordinating"), entry("C1.1", "SO_TC", 90, null), entry("C1.1", "SO_XD", null, "lead")],
      "C1.1",
    );
    expect(i).toMatchObject({
      province: null,
      blank: "lead_missing",
      unitsCounted: 0,
      unitsWithFigure: 2,
      progress: null,
      pathStatus: "not_reported",
    });
  });

  it("lead: two lead units with different figures leave it blank for the focal department to settle; equal figures count", () => {
    const differ = item([entry("C2.4", "SO_XD", 20, "lead"), entry("C2.4", "SO_CT", 30, "lead"), entry("C2.4", "SO_TC", 25, null)], "C2.4");
    expect(differ).toMatchObject({ province: null, blank: "leads_differ" });
    const agree = item(
      [entry("C2.4", "SO_XD", 30, "lead"), entry("C2.4", "SO_CT", 30, "lead"), entry("C2.4", "HIEPHOI_DN", 5, "coordinating")],
      "C2.4",
    );
    expect(agree).toMatchObject({ province: 30, blank: null, unitsCounted: 2 });
  });

  it("lead by override (B.1, existing forest managed): the lead's area, not the two units' areas added", () => {
    const i = item(
      [entry("B.1", "SO_NNPTNT", 18000, "lead"), entry("B.1", "CC_KIEMLAM", 18000, "coordinating"), entry("B.1", "SO_TC", 100, null)],
      "B.1",
    );
    expect(i).toMatchObject({ rule: "lead", province: 18000, unitsCounted: 1 });
  });

  it("max (D.14, MW installed): the largest figure reported, never the sum of the same plants", () => {
    const i = item(
      [entry("D.14", "SO_CT", 80, "lead", 100), entry("D.14", "SO_TNMT", 75, "coordinating", 2), entry("D.14", "SO_TC", 10, null)],
      "D.14",
    );
    expect(i).toMatchObject({ rule: "max", province: 80, unitsCounted: 3, budgetDisbursed: 102, budgetPlanned: 1600 });
  });

  it("text (a project): no figure, the units that reported counted, disbursed summed against the project's budget", () => {
    const i = item(
      [
        entry("DA1.1", "SO_XD", "Đang thi công", "lead", 3),
        entry("DA1.1", "UBND_TP", "Phối hợp giải phóng mặt bằng", "coordinating", 1),
        entry("DA1.1", "SO_TC", null, null),
      ],
      "DA1.1",
    );
    expect(i).toMatchObject({
      rule: "text",
      province: null,
      blank: "text",
      unitsReporting: 3,
      unitsWithFigure: 2,
      budgetPlanned: 10,
      budgetDisbursed: 4,
      pathStatus: "no_target",
    });
  });

  it("no unit reported a figure: blank, said so", () => {
    expect(item([entry("A.2", "SO_NNPTNT", null, "lead")], "A.2")).toMatchObject({ province: null, blank: "no_figure", unitsReporting: 1 });
  });

  it("an entry without a role (an older producer) takes its part from the catalog's lead and coordinating agencies", () => {
    const old = (e: Entry) => {
      const { role: _r, ...rest } = e;
      return rest as Entry;
    };
    const i = item([old(entry("C1.1", "SO_XD", 40, null)), old(entry("C1.1", "SO_TC", 90, null))], "C1.1");
    expect(i).toMatchObject({ province: 40, unitsCounted: 1 });
  });

  it("groups take their items from the catalog: budget planned per group is the plan's, disbursed the units' sum", () => {
    const acc = new SummaryAccumulator();
    acc.setYear(2025);
    [entry("D.14", "SO_CT", 80, "lead", 100), entry("D.12", "SO_CT", 5, "lead", 20)].forEach((e) => acc.add(e));
    const nv4 = acc.groups().find((g) => g.taskGroup === "NV4")!;
    expect(nv4).toMatchObject({
      items: 4,
      numericItems: 4,
      itemsWithFigure: 2,
      budgetPlanned: 1874,
      budgetDisbursed: 120,
      unitsReporting: 1,
    });
    expect(nv4.itemSummaries.map((i) => i.code)).toEqual(["D.12", "D.13", "D.14", "D.15"]);
  });
});

describe("the catalog export says each item's rule", () => {
  it("CSV: aggregation and its reason per reported entry, blank for the others", async () => {
    const { catalogCsv } = await import("../../src/core/plan/export");
    const lines = catalogCsv(getCatalog()).text.slice(1).trimEnd().split("\r\n");
    const header = lines[0]!.split(",");
    const at = header.indexOf("aggregation");
    expect(header[at + 1]).toBe("aggregation_reason");
    const cell = (code: string) =>
      lines
        .find((l) => l.startsWith(`${code},`))!
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, ""));
    expect([
      cell("C1.1")[at],
      cell("A.1")[at],
      cell("B.1")[at],
      cell("D.12")[at],
      cell("NV1.1")[at],
      cell("DA1.1")[at],
      cell("SX.1")[at],
      cell("NV1")[at],
    ]).toEqual(["lead", "sum", "lead", "max", "text", "text", "lead", ""]);
    expect(cell("B.1")[at + 1]).toMatch(/Chi cục Kiểm lâm/);
  });
  it("JSON: the rules by unit and the overrides beside the catalog", async () => {
    const { catalogJson } = await import("../../src/core/plan/export");
    const parsed = JSON.parse(catalogJson(getCatalog()).text);
    expect(parsed.aggregation.byUnit.map((u: { unit: string; rule: string }) => [u.unit, u.rule])).toEqual([
      ["percent", "lead"],
      ["times_baseline", "lead"],
      ["ha", "sum"],
      ["communes", "sum"],
      ["MW", "max"],
    ]);
    expect(parsed.aggregation.overrides.map((o: { code: string }) => o.code)).toEqual(["B.1", "B.3"]);
  });
});
