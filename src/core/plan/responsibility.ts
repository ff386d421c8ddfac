/**
 * Who reports on what, on a given date. The decision names a lead (chủ trì) and coordinating units (phối hợp) for
 * its Appendix I actions, an agency for each Part 2 project, and — through section IV — a department for each
 * task-group activity (data/task-responsibility.ts). Those are 2018 units: on a report's due date they are
 * followed to the units that exist then (2025 reorganisation), collective names ("UBND các huyện") become the
 * units they stand for, and a row left with no reporting unit goes to the focal department, saying why.
 */
import { getCatalog, type Catalog } from "./catalog";
import { activeUnits, unitOn } from "./org";
import type { OrgUnitT } from "./schema";

export type Role = "lead" | "coordinating";

/** Why the focal department answers for a row the decision gave to no unit that reports on that date. */
type FocalReason =
  /** The source names no agency (most irrigation works of project group 11). */
  | "no_agency"
  /** The agencies named do not report to the province on that date (a ministry; a unit dissolved without successor; districts after 1 July 2025). */
  | "no_reporting_unit";

interface RowAssignment {
  code: string;
  taskGroup: string;
  /** Units existing on the date, in the order the source names them. */
  lead: string[];
  coordinating: string[];
  /** Where the assignment comes from: printed in Appendix I or Part 2, or inferred from section IV. */
  source: "appendix" | "project" | "section_iv";
  /** True where the split into lead and coordinating is ours, not printed (section IV; projects naming several agencies). */
  inferred: boolean;
  focal?: FocalReason;
}

/** Kinds of unit that do not report to the province: the committee receives the reports; ministries are central. */
const NOT_REPORTING = new Set<OrgUnitT["kind"]>(["province_committee", "central_ministry"]);

/** The unit carrying `id`'s work on `isoDate`: successors followed while they are in force; null if gone. */
export const unitOnDate = (id: string, isoDate: string): OrgUnitT | null => unitOn(getCatalog().orgUnits, id, isoDate);

/** The reporting units a name of the source stands for on `isoDate`: itself, or every unit a collective name covers. */
function reportingUnitsOf(units: readonly OrgUnitT[], id: string, isoDate: string): string[] {
  // Every id a row or a collective name gives is a known unit: the catalog's checks refuse any other.
  const unit = units.find((u) => u.id === id)!;
  if (unit.standsFor) {
    const { kind, members = [] } = unit.standsFor;
    const active = activeUnits(units, isoDate).filter((u) => !u.standsFor);
    const ofKind = kind ? active.filter((u) => u.kind === kind).map((u) => u.id) : [];
    return [...ofKind, ...members.flatMap((m) => reportingUnitsOf(units, m, isoDate))];
  }
  const now = unitOn(units, id, isoDate);
  return now && !NOT_REPORTING.has(now.kind) && !now.standsFor ? [now.id] : [];
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

function resolve(
  c: Catalog,
  code: string,
  taskGroup: string,
  lead: string[],
  coordinating: string[],
  source: RowAssignment["source"],
  inferred: boolean,
  isoDate: string,
): RowAssignment {
  const leads = unique(lead.flatMap((id) => reportingUnitsOf(c.orgUnits, id, isoDate)));
  // Nobody reports as lead: the focal department answers for it (IV.1: "đầu mối… tổng hợp").
  const focal = leads.length === 0 ? unitOn(c.orgUnits, c.decision.focalPoint, isoDate) : null;
  const rowLead = focal ? [focal.id] : leads;
  // A unit both leading and coordinating (two 2018 units merged in 2025) leads.
  const others = unique(coordinating.flatMap((id) => reportingUnitsOf(c.orgUnits, id, isoDate))).filter((id) => !rowLead.includes(id));
  const row: RowAssignment = { code, taskGroup, lead: rowLead, coordinating: others, source, inferred };
  if (leads.length === 0) row.focal = lead.length + coordinating.length > 0 ? "no_reporting_unit" : "no_agency";
  return row;
}

function computeAssignments(isoDate: string): RowAssignment[] {
  const c = getCatalog();
  const tasks = new Map(c.taskResponsibility.map((r) => [r.code, r]));
  return [
    ...c.ghgActions.map((a) => resolve(c, a.code, a.taskGroup, a.lead, a.coordinating, "appendix", false, isoDate)),
    ...c.tasks.map((t) => {
      const r = tasks.get(t.code)!; // the catalog checks every task has one
      return resolve(c, t.code, t.taskGroup, r.lead, r.coordinating, "section_iv", true, isoDate);
    }),
    // Part 2 prints one "agency" cell; where it names several, the first is taken as lead (our reading).
    ...c.projects.map((p) => {
      const [first, ...others] = p.agencies;
      return resolve(c, p.code, p.taskGroup, first ? [first] : [], others, "project", others.length > 0, isoDate);
    }),
  ];
}

const byDate = new Map<string, { rows: RowAssignment[]; byCode: Map<string, RowAssignment> }>();

function assignmentsIndex(isoDate: string) {
  let index = byDate.get(isoDate);
  if (!index) {
    const rows = computeAssignments(isoDate);
    index = { rows, byCode: new Map(rows.map((r) => [r.code, r])) };
    if (byDate.size > 64) byDate.clear();
    byDate.set(isoDate, index);
  }
  return index;
}

/** Every plan row with its reporting units on `isoDate` (a report's due date), in catalog order. */
export function assignmentsOn(isoDate: string): readonly RowAssignment[] {
  return assignmentsIndex(isoDate).rows;
}

/** The part `unitId` has in row `code` on `isoDate`, or null. A unit named by its 2018 id is followed to its successor. */
export function roleOf(unitId: string, code: string, isoDate: string): Role | null {
  const row = assignmentsIndex(isoDate).byCode.get(code);
  if (!row) return null;
  const ids = new Set([unitId, unitOn(getCatalog().orgUnits, unitId, isoDate)?.id ?? unitId]);
  if (row.lead.some((id) => ids.has(id))) return "lead";
  return row.coordinating.some((id) => ids.has(id)) ? "coordinating" : null;
}

/** The rows of `taskGroup` that `unitId` answers for on `isoDate`: those it leads, then those it coordinates. */
export function rowsOfUnit(unitId: string, taskGroup: string, isoDate: string): { code: string; role: Role }[] {
  const rows = assignmentsOn(isoDate).filter((r) => r.taskGroup === taskGroup);
  const withRole = rows.map((r) => ({ code: r.code, role: roleOf(unitId, r.code, isoDate) }));
  return [...withRole.filter((r) => r.role === "lead"), ...withRole.filter((r) => r.role === "coordinating")] as {
    code: string;
    role: Role;
  }[];
}

/** Units with at least one row (of `taskGroup`, or of any group) on `isoDate`, in catalog order. */
export function reportingUnits(isoDate: string, taskGroup?: string): string[] {
  const ids = new Set(
    assignmentsOn(isoDate)
      .filter((r) => !taskGroup || r.taskGroup === taskGroup)
      .flatMap((r) => [...r.lead, ...r.coordinating]),
  );
  return getCatalog()
    .orgUnits.filter((u) => ids.has(u.id))
    .map((u) => u.id);
}
