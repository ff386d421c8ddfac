/**
 * Builds the reporting template of one task group for one unit and period, from the catalog. Task groups 1.3
 * and 1.4 list their Appendix I actions; the others list their printed activities (NV1.1…) and the projects
 * assigned to them (the assignment and its reason are catalog data: data/projects.ts).
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { check } from "../functions/check";
import { toExcelSerial } from "../functions/coerce";
import { progress } from "../functions/progress";
import { isTtxError } from "../functions/result";
import { bilingual, t, type Lang, type MessageKey } from "../i18n/messages";
import { dueDate, parseReportPeriod, periodId, type ReportPeriod } from "../plan/calendar";
import { getCatalog, lookup, type IndexedCatalog } from "../plan/catalog";
import { UNIT_LABELS, milestoneSummary } from "../plan/milestones";
import { activeUnits } from "../plan/org";
import type { GhgActionT, MeasureT, OrgUnitT, ProjectT, TaskItemT } from "../plan/schema";
import { META_SHEET, TEMPLATE_VERSION, TemplateSpec, type ColumnKeyT, type ColumnT, type TableRowT, type TemplateSpecT, type ValidationT } from "./spec";

export interface TemplateRequest {
  group: string;
  unit: string;
  period: string;
  lang?: Lang;
}

export type TemplateResult = { ok: true; spec: TemplateSpecT } | { ok: false; error: string };

const HEADER_ROW = 13;
/**
 * Submission dates must come after this: the plan's projects start in 2017, so anything earlier is a slip (a year
 * typed as 2025 is day 2025 of 1900, which would count as "on time").
 */
export const EARLIEST_SUBMISSION = "2017-01-01";
const COLUMNS: [ColumnKeyT, MessageKey, number, ColumnT["role"], string | undefined][] = [
  ["code", "tplColCode", 9, "plan", undefined],
  ["group", "tplColGroup", 18, "plan", undefined],
  ["task", "tplColTask", 46, "plan", undefined],
  ["target", "tplColTarget", 40, "plan", undefined],
  ["unit", "tplColUnit", 10, "plan", undefined],
  ["budget", "tplColBudget", 13, "plan", "#,##0.00"],
  ["actual", "tplColActual", 16, "entry", "#,##0.##"],
  ["disbursed", "tplColDisbursed", 14, "entry", "#,##0.00"],
  ["status", "tplColStatus", 16, "entry", undefined],
  ["evidence", "tplColEvidence", 32, "entry", undefined],
  ["progress", "tplColProgress", 12, "formula", "0%"],
  ["check", "tplColCheck", 28, "formula", undefined],
];
const LETTER = Object.fromEntries(COLUMNS.map(([key], i) => [key, String.fromCharCode(65 + i)])) as Record<ColumnKeyT, string>;
const ENTRY_LETTERS = COLUMNS.filter((col) => col[3] === "entry").map(([key]) => LETTER[key]);
/** The columns people type into, the same in every template ("G:J"): where merged cells would blur a figure. */
export const ENTRY_COLUMNS = `${ENTRY_LETTERS[0]}:${ENTRY_LETTERS[ENTRY_LETTERS.length - 1]}`;
const LAST_LETTER = LETTER.check;
const YEAR_CELL = "$C$8";

/** The sheet's name: the printed label and a short title, within Excel's 31 characters and allowed characters. */
const SHEET_TITLES: Record<string, { vi: string; en: string }> = {
  NV1: { vi: "Năng lực, nhận thức", en: "Capacity, awareness" },
  NV2: { vi: "Thể chế", en: "Institutions" },
  NV3: { vi: "Giảm phát thải KNK", en: "GHG reduction" },
  NV4: { vi: "Năng lượng tái tạo", en: "Renewable energy" },
  NV5: { vi: "Sản xuất xanh", en: "Green production" },
  NV6: { vi: "Lối sống xanh", en: "Green lifestyle" },
};

function actionRow(a: GhgActionT, c: IndexedCatalog, lang: Lang): Omit<TableRowT, "formulas"> {
  const sector = c.ghgSectors.find((s) => s.code === a.sector);
  const unit = a.milestones[0]?.unit;
  return {
    code: a.code,
    actualKind: unit === "percent" ? "percent" : "number",
    values: {
      code: a.code,
      group: `${a.sector}. ${lang === "vi" ? sector?.titleVi : sector?.titleEn}`,
      task: lang === "vi" ? a.nameVi : a.nameEn,
      target: `${a.targetVi} (${milestoneSummary(a.milestones, lang)})`,
      unit: unit ? UNIT_LABELS[unit][lang] : "",
      budget: a.budgetBillionVnd,
    },
  };
}

function taskRow(task: TaskItemT, lang: Lang): Omit<TableRowT, "formulas"> {
  return { code: task.code, actualKind: "text", values: { code: task.code, group: lang === "vi" ? "Nhiệm vụ" : "Task", task: task.textVi, target: "", unit: "", budget: null } };
}

function projectRow(p: ProjectT, c: IndexedCatalog, lang: Lang): Omit<TableRowT, "formulas"> {
  const group = c.projectGroups.find((g) => g.number === p.group);
  return {
    code: p.code,
    actualKind: "text",
    values: {
      code: p.code,
      group: `${lang === "vi" ? "Dự án" : "Project"} ${p.group}. ${lang === "vi" ? group?.titleVi : group?.titleEn}`,
      task: p.nameVi,
      target: p.timeframe.text,
      unit: "",
      budget: Math.round((p.budget.millionVnd / 1000) * 1e6) / 1e6,
    },
  };
}

/** Progress and check formulas for rows with milestones, each with its result in the blank template. */
function withFormulas(row: Omit<TableRowT, "formulas">, excelRow: number, year: number, lang: Lang): TableRowT {
  if (row.actualKind === "text") return { ...row, formulas: {} };
  const code = `${LETTER.code}${excelRow}`;
  const actual = `${LETTER.actual}${excelRow}`;
  const langArg = lang === "vi" ? "" : `,"${lang}"`;
  const cached = (v: unknown): string | number => (isTtxError(v) ? "" : (v as string | number));
  return {
    ...row,
    formulas: {
      // Blank until a value is entered, evaluated natively: where the add-in is absent (LibreOffice, a viewer)
      // a blank row then shows blank rather than #NAME?.
      progress: { formula: `IF(${actual}="","",TTX.PROGRESS(${code},${actual},${YEAR_CELL}))`, cached: cached(progress(row.code, null, year)) },
      check: { formula: `TTX.CHECK(${code},${actual},${YEAR_CELL}${langArg})`, cached: cached(check(row.code, null, year, lang)) },
    },
  };
}

/**
 * The validation of an entry cell, the one rule both writers apply: results by the kind the row expects
 * (percentage points 0–100, a non-negative number, free text), disbursed budget ≥ 0, status from the list.
 */
export function entryValidation(spec: TemplateSpecT, column: ColumnKeyT, row: TableRowT): ValidationT | undefined {
  switch (column) {
    case "actual":
      return row.actualKind === "percent" ? { kind: "decimal", min: 0, max: 100 } : row.actualKind === "number" ? { kind: "decimal", min: 0 } : undefined;
    case "disbursed":
      return { kind: "decimal", min: 0 };
    case "status":
      return { kind: "list", values: spec.statusValues };
    default:
      return undefined;
  }
}

/** The error message shown when an entry breaks its validation. */
export function validationMessage(v: ValidationT, lang: Lang): { title: string; message: string } {
  const title = t("tplInvalidTitle", {}, lang);
  switch (v.kind) {
    case "decimal":
      return { title, message: v.max === undefined ? t("tplEnterNumberMin", { min: v.min }, lang) : t("tplEnterNumberBetween", { min: v.min, max: v.max }, lang) };
    case "date":
      return { title, message: t("tplEnterDate", {}, lang) };
    default:
      return { title, message: t("tplPickFromList", {}, lang) };
  }
}

/** SHA-256 over the locked plan cells, in row order: any edit of the plan part changes it. */
export function planHash(meta: { templateId: string; version: string }, rows: readonly Pick<TableRowT, "values">[]): string {
  return bytesToHex(sha256(utf8ToBytes(planCanonical(meta, rows))));
}

const PLAN_KEYS = COLUMNS.filter((col) => col[3] === "plan").map((col) => col[0]);

/** What planHash hashes: template id, version and the plan cells in order. Equal texts ⇔ equal hashes. */
export function planCanonical(meta: { templateId: string; version: string }, rows: readonly Pick<TableRowT, "values">[]): string {
  return JSON.stringify([meta.templateId, meta.version, rows.map((r) => PLAN_KEYS.map((k) => r.values[k] ?? null))]);
}

const isoDate = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** Unit names offered in the template's dropdown: the units that exist on the period's due date. */
export function unitChoices(period: ReportPeriod, lang: Lang): OrgUnitT[] {
  const c = getCatalog();
  return activeUnits(c.orgUnits, isoDate(dueDate(period))).filter((u) => u.id !== "UBND_HUYEN" && u.id !== "DOAN_THE" && u.id !== "BENH_VIEN");
}
export const unitLabel = (u: OrgUnitT, lang: Lang): string => (lang === "vi" ? u.nameVi : u.nameEn);

/**
 * Templates are pure functions of (group, unit, period, language); consolidation asks for the same few hundred
 * again and again (twice per sheet read), so results are kept. They are frozen: callers copy, never mutate.
 */
const built = new Map<string, TemplateResult>();
const MAX_CACHED = 1024;

export function buildTemplate(request: TemplateRequest): TemplateResult {
  const key = `${request.group}|${request.unit}|${request.period}|${request.lang ?? "vi"}`;
  let result = built.get(key);
  if (!result) {
    if (built.size >= MAX_CACHED) built.clear();
    result = deepFreeze(buildTemplateUncached(request));
    built.set(key, result);
  }
  return result;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function buildTemplateUncached(request: TemplateRequest): TemplateResult {
  const c = getCatalog();
  const lang = request.lang ?? "vi";
  const groupEntry = lookup(request.group);
  if (groupEntry?.kind !== "taskGroup") {
    return { ok: false, error: bilingual("tplBadGroup", { got: request.group, groups: c.taskGroups.map((g) => `${g.id} (${g.sourceLabel})`).join(", ") }) };
  }
  const group = groupEntry.item;
  const period = parseReportPeriod(request.period);
  if (!period) return { ok: false, error: bilingual("tplBadPeriod", { got: request.period }) };
  const unit = c.orgUnits.find((u) => u.id === request.unit.trim().toUpperCase());
  if (!unit) return { ok: false, error: bilingual("tplBadUnit", { got: request.unit }) };

  const rows = [
    ...c.ghgActions.filter((a) => a.taskGroup === group.id).map((a) => actionRow(a, c, lang)),
    ...c.tasks.filter((x) => x.taskGroup === group.id).map((x) => taskRow(x, lang)),
    ...c.projects.filter((p) => p.taskGroup === group.id).map((p) => projectRow(p, c, lang)),
  ].map((row, i) => withFormulas(row, HEADER_ROW + 1 + i, period.year, lang));

  const templateId = `TTX-${group.id}`;
  const due = dueDate(period);
  const choices = unitChoices(period, lang);
  const lastRow = HEADER_ROW + rows.length;
  const narrativeStart = lastRow + 3;
  const spec: TemplateSpecT = {
    meta: { templateId, version: TEMPLATE_VERSION, taskGroup: group.id as TemplateSpecT["meta"]["taskGroup"], unitId: unit.id, period: periodId(period), lang, planHash: planHash({ templateId, version: TEMPLATE_VERSION }, rows) },
    sheetName: `${group.id} ${SHEET_TITLES[group.id]![lang]}`,
    titleLines: [
      { address: "A1", text: t("tplTitle", {}, lang), merge: `A1:${LAST_LETTER}1` },
      { address: "A2", text: t("tplGroup", { label: group.sourceLabel, title: lang === "vi" ? group.titleVi : group.titleEn }, lang), merge: `A2:${LAST_LETTER}2` },
    ],
    header: [
      { key: "plan", label: t("tplPlan", {}, lang), labelAddress: "A4", valueAddress: "C4", value: t("tplPlanValue", {}, lang), entry: false },
      { key: "template", label: t("tplTemplate", {}, lang), labelAddress: "A5", valueAddress: "C5", value: `${templateId} v${TEMPLATE_VERSION}`, entry: false },
      { key: "unit", label: t("tplUnit", {}, lang), labelAddress: "A6", valueAddress: "C6", value: unitLabel(unit, lang), entry: true, validation: { kind: "list", values: choices.map((u) => unitLabel(u, lang)) } },
      { key: "period", label: t("tplPeriod", {}, lang), labelAddress: "A7", valueAddress: "C7", value: t(period.kind === "H1" ? "tplPeriodH1" : "tplPeriodAnnual", { year: period.year }, lang), entry: false },
      { key: "year", label: t("tplYear", {}, lang), labelAddress: "A8", valueAddress: "C8", value: period.year, entry: false },
      { key: "due", label: t("tplDue", {}, lang), labelAddress: "A9", valueAddress: "C9", value: toExcelSerial(due.year, due.month, due.day), numFmt: "dd/mm/yyyy", entry: false },
      { key: "reporter", label: t("tplReporter", {}, lang), labelAddress: "A10", valueAddress: "C10", value: null, entry: true, validation: { kind: "any" } },
      { key: "submitted", label: t("tplSubmitted", {}, lang), labelAddress: "A11", valueAddress: "C11", value: null, numFmt: "dd/mm/yyyy", entry: true, validation: { kind: "date", after: EARLIEST_SUBMISSION } },
    ],
    table: {
      name: `TTX_${group.id}`,
      headerRow: HEADER_ROW,
      columns: COLUMNS.map(([key, label, width, role, numFmt]) => ({
        key, letter: LETTER[key], header: t(label, {}, lang), width, role, wrap: width >= 18, ...(numFmt ? { numFmt } : {}),
      })),
      rows,
    },
    narrative: (["completed", "ongoing", "proposals"] as const).map((key, i) => {
      const top = narrativeStart + i * 6;
      const label: MessageKey = key === "completed" ? "tplNarrativeCompleted" : key === "ongoing" ? "tplNarrativeOngoing" : "tplNarrativeProposals";
      return { key, label: t(label, {}, lang), labelAddress: `A${top}`, range: `A${top + 1}:${LAST_LETTER}${top + 4}` };
    }),
    statusValues: (["tplStatusDone", "tplStatusOngoing", "tplStatusNotStarted", "tplStatusDropped"] as const).map((k) => t(k, {}, lang)),
  };
  // The spec is data other code trusts: validate it like the catalog.
  return { ok: true, spec: TemplateSpec.parse(spec) };
}

export { META_SHEET };
