/**
 * Realistic filled reports for demos, tests and benchmarks (`ttx sample`). Deterministic for a seed: the same
 * call gives the same reports. Most are clean and on time; some are late, some resubmitted (the older copy must
 * be superseded), and some carry the mistakes staff make: text in a number cell, an impossible percentage, an
 * edited plan cell. Each report says which flaw it carries, so tests can check every one is caught.
 */
import { toExcelSerial } from "../functions/coerce";
import { dueDate, parseReportPeriod } from "../plan/calendar";
import { getCatalog } from "../plan/catalog";
import { measuresOf, milestonesFor } from "../plan/milestones";
import { activeUnits } from "../plan/org";
import { buildTemplate } from "../templates/build";
import type { TemplateSpecT } from "../templates/spec";

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
const GENERIC = new Set(["UBND_HUYEN", "DOAN_THE", "BENH_VIEN", "UBND_TINH"]);

/** One report per unit (task groups in turn), or with `allGroups` one per unit and task group. */
export function sampleReports(unitCount: number, period: string, seed = 337, options: { allGroups?: boolean } = {}): SampleReport[] {
  const p = parseReportPeriod(period);
  if (!p) throw new Error(`invalid period ${period}`);
  const catalog = getCatalog();
  const due = dueDate(p);
  const dueSerial = toExcelSerial(due.year, due.month, due.day);
  const iso = `${due.year}-${String(due.month).padStart(2, "0")}-${String(due.day).padStart(2, "0")}`;
  const units = activeUnits(catalog.orgUnits, iso).filter((u) => !GENERIC.has(u.id)).slice(0, unitCount);
  const rnd = random(seed);
  const reports: SampleReport[] = [];

  const jobs = units.flatMap((unit, u) => (options.allGroups ? GROUPS.map((group) => ({ unit, group })) : [{ unit, group: GROUPS[u % GROUPS.length]! }]));
  jobs.forEach(({ unit, group }, i) => {
    const built = buildTemplate({ group, unit: unit.id, period });
    if (!built.ok) throw new Error(built.error);
    const spec = built.spec;
    const measured = spec.table.rows.findIndex((r) => r.actualKind !== "text");
    // Number flaws go to reports that have number cells (task groups 1.3 and 1.4); the rest get the others.
    const round = Math.floor(i / GROUPS.length) % 3;
    const flaw: Flaw =
      measured >= 0 && round === 1 ? "text_in_number"
      : measured >= 0 && round === 2 ? "out_of_range"
      : i % 15 === 11 ? "plan_edited"
      : i % 5 === 4 ? "late"
      : "none";
    const fills: Record<string, string | number> = { C10: `Cán bộ ${unit.abbr}` };
    const first = spec.table.headerRow + 1;
    spec.table.rows.forEach((row, k) => {
      const r = first + k;
      const entry = catalog.byCode.get(row.code);
      const target = entry ? milestonesFor(measuresOf(entry), p.year)?.measures[0]?.value : undefined;
      if (row.actualKind === "text") fills[`G${r}`] = `Đã triển khai ${1 + Math.floor(rnd() * 5)} hoạt động`;
      else if (target !== undefined) fills[`G${r}`] = Math.round(target * (0.2 + rnd() * 0.9) * 10) / 10;
      if (typeof row.values.budget === "number") fills[`H${r}`] = Math.round(row.values.budget * rnd() * 0.6 * 100) / 100;
      fills[`I${r}`] = spec.statusValues[Math.floor(rnd() * 3)]!;
      fills[`J${r}`] = `Văn bản số ${100 + Math.floor(rnd() * 900)}/BC`;
    });
    const [completed, ongoing, proposals] = spec.narrative.map((n) => n.range.split(":")[0]!);
    fills[completed!] = `${unit.abbr}: hoàn thành ${1 + Math.floor(rnd() * 4)} nhiệm vụ trong kỳ.`;
    fills[ongoing!] = `${unit.abbr}: đang triển khai ${1 + Math.floor(rnd() * 6)} nhiệm vụ.`;
    fills[proposals!] = `${unit.abbr} đề nghị bổ sung kinh phí và hướng dẫn chỉ tiêu theo dõi.`;
    if (flaw === "text_in_number") fills[`G${first + measured}`] = "chưa có số liệu";
    if (flaw === "out_of_range") fills[`G${first + measured}`] = spec.table.rows[measured]!.actualKind === "percent" ? 130 : -5;
    if (flaw === "plan_edited") fills[`F${first}`] = 1234;
    fills.C11 = flaw === "late" ? dueSerial + 1 + Math.floor(rnd() * 14) : dueSerial - 1 - Math.floor(rnd() * 20);
    reports.push({ spec, unitId: unit.id, version: 2, flaw, fills });
    // Every 12th unit resubmitted: an older copy, submitted earlier, that consolidation must supersede.
    if (i % 12 === 5) {
      reports.push({ spec, unitId: unit.id, version: 1, flaw: "superseded", fills: { ...fills, C11: (fills.C11 as number) - 3 } });
    }
  });
  return reports;
}
