/** Counts and totals of the catalog, for `ttx catalog` and the task pane. */
import type { IndexedCatalog } from "./catalog";
import { computeSectorTotals, type SectorTotals } from "./integrity";

interface CatalogSummary {
  decision: string;
  ghgGoals: { year: number; totalPct: number; parts: [number, number, number] }[];
  targets: { production: number; lifestyle: number; measures: number };
  solutionGroups: number;
  solutionItems: number;
  taskGroups: { id: string; label: string; activities: number | null }[];
  sectors: (SectorTotals & { printedBudget: number | null; printedGhg: number | null })[];
  actions: number;
  actionsBudgetBillionVnd: number;
  actionsGhgKt: number;
  projectGroups: { number: number; projects: number; budgetMillionVnd: number }[];
  projects: number;
  projectsBudgetMillionVnd: number;
  orgUnits: number;
  notes: { total: number; byKind: Record<string, number> };
}

const round = (x: number) => Math.round(x * 100) / 100;

export function summarizeCatalog(c: IndexedCatalog): CatalogSummary {
  const totals = computeSectorTotals(c.ghgSectors, c.ghgActions);
  const byKind: Record<string, number> = {};
  for (const n of c.notes) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
  const projectGroups = c.projectGroups.map((g) => {
    const rows = c.projects.filter((p) => p.group === g.number);
    return { number: g.number, projects: rows.length, budgetMillionVnd: round(rows.reduce((s, p) => s + p.budget.millionVnd, 0)) };
  });
  return {
    decision: `${c.decision.number} (${c.decision.signedOn})`,
    ghgGoals: c.ghgGoals.map((g) => ({
      year: g.year,
      totalPct: g.totalPct,
      parts: [g.voluntaryPct, g.nationalSupportPct, g.internationalSupportPct],
    })),
    targets: {
      production: c.targets.filter((t) => t.area === "green_production").length,
      lifestyle: c.targets.filter((t) => t.area === "green_lifestyle").length,
      measures: c.targets.reduce((n, t) => n + t.measures.length, 0),
    },
    solutionGroups: c.solutionGroups.length,
    solutionItems: c.solutionGroups.reduce((n, s) => n + s.phases.reduce((m, p) => m + p.itemsVi.length, 0), 0),
    taskGroups: c.taskGroups.map((g) => ({ id: g.id, label: g.sourceLabel, activities: g.printedActivityCount })),
    sectors: totals.map((t) => {
      const s = c.ghgSectors.find((x) => x.code === t.code);
      return { ...t, printedBudget: s?.printedBudgetBillionVnd ?? null, printedGhg: s?.printedGhgKt ?? null };
    }),
    actions: c.ghgActions.length,
    actionsBudgetBillionVnd: round(c.ghgActions.reduce((s, a) => s + a.budgetBillionVnd, 0)),
    actionsGhgKt: round(c.ghgActions.reduce((s, a) => s + a.ghgReductionKt, 0)),
    projectGroups,
    projects: c.projects.length,
    projectsBudgetMillionVnd: round(c.projects.reduce((s, p) => s + p.budget.millionVnd, 0)),
    orgUnits: c.orgUnits.length,
    notes: { total: c.notes.length, byKind },
  };
}

const num = (x: number | null): string => (x === null ? "—" : x.toLocaleString("vi-VN", { maximumFractionDigits: 2 }));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

/** Plain-text rendering, Vietnamese first with English beside each heading. */
export function renderSummary(s: CatalogSummary): string {
  const out: string[] = [];
  out.push(`Kế hoạch hành động TTX tỉnh Cao Bằng · Cao Bằng Green Growth Action Plan — QĐ ${s.decision}`);
  out.push("");
  out.push("Mục tiêu giảm phát thải KNK so với BAU · GHG reduction vs BAU:");
  for (const g of s.ghgGoals) {
    out.push(
      `  ${g.year}: ${g.totalPct}% (tự nguyện/voluntary ${g.parts[0]}% + quốc gia/national ${g.parts[1]}% + quốc tế/international ${g.parts[2]}%)`,
    );
  }
  out.push(
    `Chỉ tiêu đến 2020 · Targets to 2020: xanh hóa sản xuất/green production ${s.targets.production}, lối sống xanh/green lifestyle ${s.targets.lifestyle} (${s.targets.measures} số đo/measures)`,
  );
  out.push(`Nhóm giải pháp · Solution groups: ${s.solutionGroups} (${s.solutionItems} nội dung/items)`);
  out.push(`Nhóm nhiệm vụ · Task groups: ${s.taskGroups.map((g) => `${g.id} (in/printed ${g.label})`).join(", ")}`);
  out.push("");
  out.push(`Phụ lục I — Giảm phát thải · Appendix I GHG actions: ${s.actions}`);
  out.push(
    `  ${pad("Lĩnh vực", 9)}${lpad("HĐ/rows", 8)}${lpad("Kinh phí/budget (tỷ)", 22)}${lpad("in/printed", 12)}${lpad("Giảm/reduction (kt)", 21)}${lpad("in/printed", 12)}`,
  );
  for (const r of s.sectors) {
    const flag = (a: number, b: number | null) => (b !== null && Math.round(b * 100) !== Math.round(a * 100) ? " ≠" : "");
    out.push(
      `  ${pad(r.code, 9)}${lpad(String(r.actions), 8)}${lpad(num(r.budgetBillionVnd), 22)}${lpad(num(r.printedBudget) + flag(r.budgetBillionVnd, r.printedBudget), 12)}` +
        `${lpad(num(r.ghgReductionKt), 21)}${lpad(num(r.printedGhg) + flag(r.ghgReductionKt, r.printedGhg), 12)}`,
    );
  }
  out.push(
    `  Tổng các dòng · rows total: ${num(s.actionsBudgetBillionVnd)} tỷ đồng/billion VND, ${num(s.actionsGhgKt)} nghìn tCO2/thousand tCO2`,
  );
  out.push("");
  out.push(
    `Dự án SX xanh/lối sống xanh · Green production/lifestyle projects: ${s.projects} trong/in ${s.projectGroups.length} nhóm/groups, ${num(s.projectsBudgetMillionVnd)} triệu đồng/million VND`,
  );
  out.push(`  ${s.projectGroups.map((g) => `${g.number}: ${g.projects} (${num(g.budgetMillionVnd)})`).join(" · ")}`);
  out.push(`Đơn vị · Org units: ${s.orgUnits}`);
  out.push(
    `Ghi chú nguồn · Source notes: ${s.notes.total} (${Object.entries(s.notes.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}) — ≠: số in khác tổng các dòng · printed differs from rows`,
  );
  return out.join("\n") + "\n";
}
