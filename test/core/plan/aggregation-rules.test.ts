/**
 * The aggregation rule of a plan item (plan/aggregation.ts), as a whole record: rule, where it comes from, the unit
 * judged and both reasons, word for word from data/aggregation.ts. Pinned:
 * - an override (B.1, B.3: forest areas followed by two units, so "lead" instead of the hectare "sum") keeps the unit
 *   of the item's first milestone and says "override";
 * - an item without override takes its unit's rule and says "unit";
 * - a text item, and a code the catalog does not know, are "text" with the text reasons and no unit;
 * - the rule of a code is computed once (the same record each time it is asked).
 */
import { aggregationOf, aggregationTable } from "../../../src/core/plan/aggregation";
import { AGGREGATION_BY_UNIT, AGGREGATION_OVERRIDES, TEXT_AGGREGATION } from "../../../src/core/plan/data/aggregation";

const byUnit = (unit: string) => AGGREGATION_BY_UNIT.find((u) => u.unit === unit)!;
const override = (code: string) => AGGREGATION_OVERRIDES.find((o) => o.code === code)!;

describe("the rule of an item, with its basis, unit and reasons", () => {
  it("an override keeps the item's unit (B.1: hectares of existing forest, the lead's figure)", () => {
    expect(aggregationOf("B.1")).toEqual({
      rule: "lead",
      basis: "override",
      unit: "ha",
      reasonVi: override("B.1").reasonVi,
      reasonEn: override("B.1").reasonEn,
    });
    expect(override("B.1").reasonEn).toMatch(/^The existing protection and special-use forest/);
    expect(aggregationOf("B.3")).toMatchObject({ rule: "lead", basis: "override", unit: "ha" });
  });

  it("without override, the rule of the first milestone's unit", () => {
    expect(aggregationOf("B.2")).toEqual({
      rule: "sum",
      basis: "unit",
      unit: "ha",
      reasonVi: byUnit("ha").reasonVi,
      reasonEn: byUnit("ha").reasonEn,
    });
    expect(aggregationOf("D.14")).toEqual({
      rule: "max",
      basis: "unit",
      unit: "MW",
      reasonVi: byUnit("MW").reasonVi,
      reasonEn: byUnit("MW").reasonEn,
    });
    expect(aggregationOf("LS.1")).toMatchObject({ rule: "sum", basis: "unit", unit: "communes" });
    expect(aggregationOf("SX.15")).toMatchObject({ rule: "lead", basis: "unit", unit: "times_baseline" });
    expect(aggregationOf("GHG.2030")).toMatchObject({ rule: "lead", basis: "unit", unit: "percent" });
  });

  it("a text item and an unknown code: text, no unit, the text reasons", () => {
    const text = { rule: "text", basis: "text", reasonVi: TEXT_AGGREGATION.reasonVi, reasonEn: TEXT_AGGREGATION.reasonEn };
    expect(aggregationOf("NV1.1")).toEqual(text);
    expect(aggregationOf("DA11.1")).toEqual(text);
    expect(aggregationOf("ZZ.99")).toEqual(text);
    expect(TEXT_AGGREGATION.reasonEn).toBe("A text item: nothing is combined into one figure; each unit's words are on the Detail sheet.");
  });

  it("is computed once per code", () => {
    expect(aggregationOf("C1.1")).toBe(aggregationOf("C1.1"));
    expect(aggregationOf("ZZ.98")).toBe(aggregationOf("ZZ.98"));
  });

  it("lists the overrides in the table with the items they change", () => {
    expect(aggregationTable().overrides.map((o) => [o.code, o.rule, o.source])).toEqual([
      ["B.1", "lead", "Phụ lục I, B, STT 1"],
      ["B.3", "lead", "Phụ lục I, B, STT 3"],
    ]);
  });
});
