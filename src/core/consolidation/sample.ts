/**
 * Realistic filled reports for demos, tests and benchmarks (`ttx sample`). Deterministic for a seed: the same
 * call gives the same reports. Most are clean and on time; some are late, some resubmitted (the older copy must
 * be superseded), and some carry the mistakes staff make: text in a number cell, an impossible percentage, an
 * edited plan cell. Each report says which flaw it carries, so tests can check every one is caught.
 */
import { toExcelSerial } from "../cells/values";
import { dueDate, parseReportPeriod } from "../plan/calendar";
import { getCatalog } from "../plan/catalog";
import { measuresOf, milestonesFor } from "../plan/milestones";
import { pathStartYear, pathValueAt } from "../plan/path";
import { assignmentsOn, reportingUnits, rowsOfUnit } from "../plan/responsibility";
import { buildTemplate } from "../templates/build";
import { dueIso } from "../plan/calendar";
import type { ColumnKeyT, TemplateSpecT } from "../templates/spec";

export type Flaw = "none" | "late" | "text_in_number" | "out_of_range" | "plan_edited" | "superseded";

export interface SampleReport {
  spec: TemplateSpecT;
  unitId: string;
  /** Suffix for the file name, so a resubmission and its older copy both exist. */
  version: number;
  flaw: Flaw;
  /** Cells to type in: address → value. */
  fills: Record<string, string | number>;
}

/** mulberry32: a small, well-known seeded generator; enough for sample data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ["NV3", "NV6", "NV5", "NV1", "NV4", "NV2"];

/** How far into the plan (2017–2030) a report year is: budgets are disbursed over the whole plan. */
const planShare = (year: number): number => Math.min(1, Math.max(0.05, (year - 2017 + 0.5) / 14));

/**
 * Reports of the units that answer for rows on the period's due date (plan/responsibility.ts), each on its own
 * template: one report per unit (the group it leads most in), or with `allGroups` one per unit and group it has rows in.
 * Figures are plausible for a province: the lead reports a rate for the province, amounts are split between the
 * lead (about 90%) and the coordinating units, around the plan's path (0.85–1.2 of the path's point for the year);
 * each unit's disbursement is at most its share of the budget planned for the years gone.
 */
export function sampleReports(
  unitCount: number,
  period: string,
  seed = 337,
  options: { allGroups?: boolean; allRows?: boolean } = {},
): SampleReport[] {
  const p = parseReportPeriod(period);
  if (!p) throw new Error(`invalid period ${period}`);
  const catalog = getCatalog();
  const due = dueDate(p);
  const dueSerial = toExcelSerial(due.year, due.month, due.day);
  const iso = dueIso(p);
  const assignments = new Map(assignmentsOn(iso).map((a) => [a.code, a]));
  const units = reportingUnits(iso)
    .slice(0, unitCount)
    .map((id) => catalog.orgUnits.find((u) => u.id === id)!);
  const rnd = random(seed);
  const reports: SampleReport[] = [];

  const jobs = units.flatMap((unit) => {
    // With allRows every unit fills every row of every group (templates asked for with all rows): volume for benchmarks.
    const groups = options.allRows ? GROUPS : GROUPS.filter((g) => rowsOfUnit(unit.id, g, iso).length > 0);
    if (options.allGroups) return groups.map((group) => ({ unit, group }));
    // One report: the group where the unit leads most (its main part in the plan), else its first.
    const leads = (g: string) => rowsOfUnit(unit.id, g, iso).filter((r) => r.role === "lead").length;
    return [{ unit, group: [...groups].sort((a, b) => leads(b) - leads(a))[0]! }];
  });
  jobs.forEach(({ unit, group }, i) => {
    const built = buildTemplate({ group, unit: unit.id, period, ...(options.allRows ? { rows: "all" as const } : {}) });
    // Stryker disable next-line ConditionalExpression: only groups the unit has rows in on the due date are asked for.
    if (!built.ok) throw new Error(built.error);
    const spec = built.spec;
    const at = (key: ColumnKeyT, row: number) => `${spec.table.columns.find((c) => c.key === key)!.letter}${row}`;
    const headerCell = (key: string) => spec.header.find((h) => h.key === key)!.valueAddress;
    const measured = spec.table.rows.findIndex((r) => r.actualKind !== "text");
    // Number flaws go to reports that have number cells (task groups 1.3 and 1.4); the rest get the others.
    const round = Math.floor(i / GROUPS.length) % 3;
    const flaw: Flaw =
      measured >= 0 && round === 1
        ? "text_in_number"
        : measured >= 0 && round === 2
          ? "out_of_range"
          : i % 15 === 11
            ? "plan_edited"
            : i % 5 === 4
              ? "late"
              : "none";
    const fills: Record<string, string | number> = { [headerCell("reporter")]: `Cán bộ ${unit.abbr}` };
    const first = spec.table.headerRow + 1;
    spec.table.rows.forEach((row, k) => {
      const r = first + k;
      // Every action, task and project of the plan has its assignment (plan/responsibility.ts).
      const assignment = assignments.get(row.code)!;
      const lead = assignment.lead.includes(unit.id);
      const coordinating = assignment.coordinating.length;
      // The leads' part of an amount (most of it, split between them); the coordinating units share the rest.
      const leads = Math.max(1, assignment.lead.length);
      const share = lead ? (coordinating > 0 ? 0.9 : 1) / leads : 0.1 / Math.max(1, coordinating);
      // A template's row is a catalog entry: templates are built from the catalog.
      const entry = catalog.byCode.get(row.code)!;
      const measures = measuresOf(entry);
      const figure = milestonesFor(measures, p.year)?.measures[0];
      if (row.actualKind === "text") fills[at("actual", r)] = `Đã triển khai ${1 + Math.floor(rnd() * 5)} hoạt động`;
      else if (figure && (lead || row.actualKind !== "percent")) {
        // A rate is the province's: reported by the lead; an amount is each unit's own part.
        const point = pathValueAt(measures, figure, p.year, pathStartYear(entry));
        const value = point * (0.85 + rnd() * 0.35) * (row.actualKind === "percent" ? 1 : share);
        fills[at("actual", r)] = Math.round((row.actualKind === "percent" ? Math.min(100, value) : value) * 10) / 10;
      }
      if (typeof row.values.budget === "number")
        fills[at("disbursed", r)] = Math.round(row.values.budget * planShare(p.year) * share * (0.5 + rnd() * 0.5) * 100) / 100;
      fills[at("status", r)] = spec.statusValues[Math.floor(rnd() * 3)]!;
      fills[at("evidence", r)] = `Văn bản số ${100 + Math.floor(rnd() * 900)}/BC`;
    });
    const [completed, ongoing, proposals] = spec.narrative.map((n) => n.range.split(":")[0]!);
    fills[completed!] = `${unit.abbr}: hoàn thành ${1 + Math.floor(rnd() * 4)} nhiệm vụ trong kỳ.`;
    fills[ongoing!] = `${unit.abbr}: đang triển khai ${1 + Math.floor(rnd() * 6)} nhiệm vụ.`;
    fills[proposals!] = `${unit.abbr} đề nghị bổ sung kinh phí và hướng dẫn chỉ tiêu theo dõi.`;
    // Stryker disable next-line ArithmeticOperator: measured rows come first (no template mixes them with text rows).
    const measuredCell = at("actual", first + measured);
    if (flaw === "text_in_number") fills[measuredCell] = "chưa có số liệu";
    if (flaw === "out_of_range") fills[measuredCell] = spec.table.rows[measured]!.actualKind === "percent" ? 130 : -5;
    if (flaw === "plan_edited") fills[at("budget", first)] = 1234;
    const submitted = headerCell("submitted");
    fills[submitted] = flaw === "late" ? dueSerial + 1 + Math.floor(rnd() * 14) : dueSerial - 1 - Math.floor(rnd() * 20);
    reports.push({ spec, unitId: unit.id, version: 2, flaw, fills });
    // Every 12th unit resubmitted: an older copy, submitted earlier, that consolidation must supersede.
    if (i % 12 === 5) {
      reports.push({
        spec,
        unitId: unit.id,
        version: 1,
        flaw: "superseded",
        fills: { ...fills, [submitted]: (fills[submitted] as number) - 3 },
      });
    }
  });
  return reports;
}
