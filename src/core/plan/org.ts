/** Org units over time: which units exist on a date, and who answers for a unit's reports on a date. */
import { shownText } from "../text/shown";
import type { OrgUnitT } from "./schema";

const effective = (u: OrgUnitT): string | undefined => u.successor?.effective ?? u.dissolved?.effective;

/** Units that exist on `isoDate`: not yet merged or dissolved; units created by a merger from its date on. */
export function activeUnits(units: readonly OrgUnitT[], isoDate: string): OrgUnitT[] {
  return units.filter((u) => {
    const end = effective(u);
    // Merged or dissolved on `end`: it exists until the day before.
    const lasts = end === undefined || isoDate < end;
    if (!lasts) return false;
    if (!u.establishedAfterDecision) return true;
    return units.some((p) => p.successor?.id === u.id && p.successor.effective <= isoDate);
  });
}

/**
 * The unit carrying `id`'s work on `isoDate`: `id` followed through the successors in force by then (in 2019 Sở KH&ĐT
 * answers for itself; from 1 March 2025 Sở Tài chính answers for it); null when the unit, or the one it passed to,
 * was dissolved by then (Sở TT&TT in 2025, the districts after 1 July 2025), or is unknown.
 */
export function unitOn(units: readonly OrgUnitT[], id: string, isoDate: string): OrgUnitT | null {
  let unit = units.find((u) => u.id === id);
  const seen = new Set<string>();
  while (unit && !seen.has(unit.id)) {
    seen.add(unit.id);
    if (unit.successor && unit.successor.effective <= isoDate) {
      unit = units.find((u) => u.id === unit!.successor!.id);
      continue;
    }
    if (unit.dissolved && unit.dissolved.effective <= isoDate) return null;
    return unit;
  }
  return null;
}

/** The unit a header names: by Vietnamese or English name, abbreviation or id, ignoring case and spaces. */
export function findUnit(name: string, units: readonly OrgUnitT[]): OrgUnitT | undefined {
  const key = shownText(name).toLowerCase();
  if (key === "") return undefined;
  return units.find((u) => [u.nameVi, u.nameEn, u.abbr, u.id].some((n) => n.toLowerCase() === key));
}
