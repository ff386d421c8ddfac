/**
 * The aggregation rule of each plan item (data/aggregation.ts, docs/aggregation.md): from its override when it has
 * one, else from the unit of its first milestone, else "text". Rules are validated once, like the catalog.
 */
import { z } from "zod";
import { AGGREGATION_BY_UNIT, AGGREGATION_OVERRIDES, TEXT_AGGREGATION } from "./data/aggregation";
import { lookup, type Entry } from "./catalog";
import { measuresOf } from "./milestones";
import { AggregationOverride, UnitAggregation, type AggregationRuleT, type UnitT } from "./schema";

const BY_UNIT = new Map(
  z
    .array(UnitAggregation)
    .parse(AGGREGATION_BY_UNIT)
    .map((u) => [u.unit, u]),
);
const OVERRIDES = new Map(
  z
    .array(AggregationOverride)
    .parse(AGGREGATION_OVERRIDES)
    .map((o) => [o.code, o]),
);

interface ItemAggregation {
  rule: AggregationRuleT;
  /** Where the rule comes from: the item's own override, its unit's default, or a text item. */
  basis: "override" | "unit" | "text";
  /** The unit of the figure judged (first milestone); absent for text items. */
  unit?: UnitT;
  reasonVi: string;
  reasonEn: string;
}

/** The rule of an entry that can be reported (an action, a target, a task, a project…). */
export function aggregationOfEntry(entry: Entry): ItemAggregation {
  const unit = measuresOf(entry)[0]?.unit;
  const override = OVERRIDES.get(entry.code);
  if (override)
    return { rule: override.rule, basis: "override", ...(unit ? { unit } : {}), reasonVi: override.reasonVi, reasonEn: override.reasonEn };
  const byUnit = unit ? BY_UNIT.get(unit) : undefined;
  if (byUnit) return { rule: byUnit.rule, basis: "unit", unit: byUnit.unit, reasonVi: byUnit.reasonVi, reasonEn: byUnit.reasonEn };
  return { rule: TEXT_AGGREGATION.rule, basis: "text", reasonVi: TEXT_AGGREGATION.reasonVi, reasonEn: TEXT_AGGREGATION.reasonEn };
}

const cache = new Map<string, ItemAggregation>();
/** The rule of a code; a code the catalog does not know is a text item (it has no figure to combine). */
export function aggregationOf(code: string): ItemAggregation {
  let a = cache.get(code);
  if (!a) {
    const entry = lookup(code);
    a = entry
      ? aggregationOfEntry(entry)
      : { rule: "text", basis: "text", reasonVi: TEXT_AGGREGATION.reasonVi, reasonEn: TEXT_AGGREGATION.reasonEn };
    cache.set(code, a);
  }
  return a;
}

/** Every unit's default and every override, for the catalog export and the docs. */
export function aggregationTable() {
  return { byUnit: [...BY_UNIT.values()], text: TEXT_AGGREGATION, overrides: [...OVERRIDES.values()] };
}
