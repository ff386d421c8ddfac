/**
 * The readable fields of each kind of catalog entry: one table, used by TTX.INFO and the CLI export.
 * Budgets keep the unit of the table they are printed in: Appendix I actions and sectors in billion VND, green
 * production/lifestyle projects in million VND; `budget_billion` / `budget_million` convert either way.
 */
import { projectGroupCode, type Entry, type EntryKind, type IndexedCatalog } from "./catalog";
import { actionsOfSector } from "./integrity";
import { milestonesFor } from "./milestones";
import { budgetBillionVnd, ghgReductionKt, sumFigures } from "./totals";
import type { MeasureT } from "./schema";

export type FieldValue = string | number | null;
type Getter<E> = (item: E, catalog: IndexedCatalog) => FieldValue;
type ItemOf<K extends EntryKind> = Extract<Entry, { kind: K }>["item"];
type FieldTable = { [K in EntryKind]: Record<string, Getter<ItemOf<K>>> };

const PRIORITY_VI = { high: "cao", medium: "trung bình", not_given: "" } as const;

/** The figure printed for exactly that year (not the next milestone: INFO reports what the decision says). */
const milestoneIn = (ms: readonly MeasureT[], year: number): number | null => ms.find((m) => m.year === year)?.value ?? null;

const unitNames = (ids: readonly string[], c: IndexedCatalog): string =>
  ids.map((id) => c.orgUnits.find((u) => u.id === id)?.abbr ?? id).join("; ");

const measureFields = {
  unit: (ms: readonly MeasureT[]) => ms[0]?.unit ?? null,
  // The applicable year is one of the figures' years: it has a first figure.
  milestone: (ms: readonly MeasureT[]) => milestonesFor(ms)?.measures[0]!.value ?? null,
  milestone_year: (ms: readonly MeasureT[]) => milestonesFor(ms)?.year ?? null,
  milestone_2020: (ms: readonly MeasureT[]) => milestoneIn(ms, 2020),
  milestone_2030: (ms: readonly MeasureT[]) => milestoneIn(ms, 2030),
};

/** Budget fields of any entry that has one: in its table's unit, and converted either way. */
function budgetFields<K extends EntryKind>(kind: K, codeOf: (item: ItemOf<K>) => string, nativeUnit: "billion" | "million") {
  const billion = (item: ItemOf<K>, c: IndexedCatalog) => budgetBillionVnd({ kind, code: codeOf(item), item } as Entry, c);
  const million = (item: ItemOf<K>, c: IndexedCatalog) => {
    const b = billion(item, c);
    // Stryker disable next-line ConditionalExpression: null is for kinds without a budget; these four always have one.
    return b === null ? null : sumFigures([b * 1000]);
  };
  return { budget: { billion, million }[nativeUnit], budget_billion: billion, budget_million: million };
}

const FIELDS: FieldTable = {
  ghgGoal: {
    name: (g) => g.textVi,
    year: (g) => g.year,
    target: (g) => g.totalPct,
    voluntary: (g) => g.voluntaryPct,
    national_support: (g) => g.nationalSupportPct,
    international_support: (g) => g.internationalSupportPct,
    unit: () => "percent",
    source: (g) => g.source,
  },
  target: {
    name: (t) => t.textVi,
    name_en: (t) => t.labelEn,
    target: (t) => t.textVi,
    area: (t) => t.area,
    value: (t) => t.measures[0]?.value ?? null,
    comparator: (t) => t.measures[0]?.comparator ?? null,
    unit: (t) => measureFields.unit(t.measures),
    milestone: (t) => measureFields.milestone(t.measures),
    milestone_year: (t) => measureFields.milestone_year(t.measures),
    milestone_2020: (t) => measureFields.milestone_2020(t.measures),
    measures: (t) => t.measures.length,
    source: (t) => t.source,
  },
  solutionGroup: {
    name: (s) => s.titleVi,
    name_en: (s) => s.titleEn,
    items: (s) => s.phases.reduce((n, p) => n + p.itemsVi.length, 0),
    source: (s) => s.source,
  },
  taskGroup: {
    name: (g) => g.titleVi,
    name_en: (g) => g.titleEn,
    label: (g) => g.sourceLabel,
    activities: (g) => g.printedActivityCount,
    source: (g) => g.source,
  },
  task: {
    name: (t) => t.textVi,
    task_group: (t) => t.taskGroup,
    source: (t) => t.source,
  },
  ghgSector: {
    name: (s) => s.titleVi,
    name_en: (s) => s.titleEn,
    task_group: (s) => s.taskGroup,
    actions: (s, c) => actionsOfSector(s.code, c.ghgActions).length,
    ...budgetFields("ghgSector", (s) => s.code, "billion"),
    budget_printed: (s) => s.printedBudgetBillionVnd,
    reduction: (s, c) => ghgReductionKt({ kind: "ghgSector", code: s.code, item: s }, c),
    reduction_printed: (s) => s.printedGhgKt,
    source: (s) => s.source,
  },
  ghgAction: {
    name: (a) => a.nameVi,
    name_en: (a) => a.nameEn,
    sector: (a) => a.sector,
    target: (a) => a.targetVi,
    unit: (a) => measureFields.unit(a.milestones),
    milestone: (a) => measureFields.milestone(a.milestones),
    milestone_year: (a) => measureFields.milestone_year(a.milestones),
    milestone_2020: (a) => measureFields.milestone_2020(a.milestones),
    milestone_2030: (a) => measureFields.milestone_2030(a.milestones),
    ...budgetFields("ghgAction", (a) => a.code, "billion"),
    reduction: (a) => a.ghgReductionKt,
    priority: (a) => PRIORITY_VI[a.priority],
    lead: (a, c) => unitNames(a.lead, c),
    coordinating: (a, c) => unitNames(a.coordinating, c),
    agency: (a) => a.agencyTextVi,
    funding: (a) => a.fundingTextVi,
    task_group: (a) => a.taskGroup,
    source: (a) => a.source,
  },
  projectGroup: {
    name: (g) => g.titleVi,
    name_en: (g) => g.titleEn,
    task_group: (g) => g.taskGroup,
    projects: (g, c) => c.projects.filter((p) => p.group === g.number).length,
    ...budgetFields("projectGroup", (g) => projectGroupCode(g.number), "million"),
    source: (g) => g.source,
  },
  project: {
    name: (p) => p.nameVi,
    group: (p) => p.group,
    agency: (p) => p.agencyTextVi,
    lead: (p, c) => unitNames(p.agencies, c),
    ...budgetFields("project", (p) => p.code, "million"),
    budget_text: (p) => p.budget.text,
    start: (p) => p.timeframe.start,
    end: (p) => p.timeframe.end,
    timeframe: (p) => p.timeframe.text,
    task_group: (p) => p.taskGroup,
    source: (p) => p.source,
  },
  orgUnit: {
    name: (u) => u.nameVi,
    name_en: (u) => u.nameEn,
    abbr: (u) => u.abbr,
    kind: (u) => u.kind,
    successor: ({ successor }, c) => (successor ? (c.orgUnits.find((o) => o.id === successor.id)?.nameVi ?? null) : null),
    successor_date: (u) => u.successor?.effective ?? null,
    dissolved: (u) => u.dissolved?.effective ?? null,
  },
};

/**
 * Vietnamese names for fields (typed without diacritics or spaces after normalising): "Kinh phí" → budget.
 */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  ten: "name",
  tentienganh: "name_en",
  muctieu: "target",
  kinhphi: "budget",
  giamphatthai: "reduction",
  coquan: "agency",
  chutri: "lead",
  phoihop: "coordinating",
  uutien: "priority",
  donvi: "unit",
  moc: "milestone",
  nammoc: "milestone_year",
  linhvuc: "sector",
  nhomnhiemvu: "task_group",
  nguonvon: "funding",
  nguon: "source",
  thoigian: "timeframe",
};

/** "Kinh phí" → "kinhphi", "milestone year" → "milestoneyear": lower case, no diacritics, spaces or separators. */
export function normalizeFieldName(field: string): string {
  return field
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[\s_\-.]/g, "");
}

/** Resolves a typed field name for a kind; undefined when that kind has no such field. */
export function resolveField(kind: EntryKind, field: string): string | undefined {
  const key = normalizeFieldName(field);
  const names = Object.keys(FIELDS[kind]);
  const canonical = FIELD_ALIASES[key] ?? names.find((n) => normalizeFieldName(n) === key);
  return names.find((n) => n === canonical);
}

export function readField(entry: Entry, field: string, catalog: IndexedCatalog): FieldValue {
  const table = FIELDS[entry.kind] as Record<string, Getter<Entry["item"]>>;
  const getter = table[field];
  if (!getter) throw new Error(`no field ${field} for ${entry.kind}`);
  return getter(entry.item, catalog);
}

export function fieldNames(kind: EntryKind): string[] {
  return Object.keys(FIELDS[kind]);
}
