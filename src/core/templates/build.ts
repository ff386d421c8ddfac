/**
 * Builds the reporting template of one task group for one unit and period, from the catalog. Task groups 1.3
 * and 1.4 list their Appendix I actions; the others list their printed activities (NV1.1…) and the projects
 * assigned to them (the assignment and its reason are catalog data: data/projects.ts).
 */
import { cellOf } from "../address";
import { check } from "../functions/check";
import { toExcelSerial } from "../cells/values";
import { progress } from "../functions/progress";
import { isTtxError } from "../functions/result";
import { bilingual, t, type Lang, type MessageKey } from "../i18n/messages";
import { dueDate, dueIso, parseReportPeriod, periodId, type ReportPeriod } from "../plan/calendar";
import { getCatalog, lookup, type IndexedCatalog } from "../plan/catalog";
import { UNIT_LABELS, milestoneSummary } from "../plan/milestones";
import { activeUnits } from "../plan/org";
import { reportingUnits, roleOf, rowsOfUnit, type Role } from "../plan/responsibility";
import type { GhgActionT, OrgUnitT, ProjectT, TaskItemT } from "../plan/schema";
import { planHash } from "./plan-hash";
import { decree30Heading, instructionsLine, signatureBlock } from "./decree30";
import { nativeCheck, nativeProgress, nativeRowOf } from "./native-formulas";
import { LAYOUTS, fieldValueAddress, layoutOf, type HeaderKey, type TemplateLayout } from "./layout";
import {
  TEMPLATE_VERSION,
  TemplateSpec,
  type ColumnKeyT,
  type TableRowT,
  type TemplateMetaT,
  type TemplateSpecT,
  type ValidationT,
} from "./spec";

interface TemplateRequest {
  group: string;
  unit: string;
  period: string;
  lang?: Lang;
  /** The layout version to build (a report is read by its own version's layout); the current one by default. */
  version?: string;
  /** "all": every row of the group, whatever the unit's part in them (an option; version 1 always lists all). */
  rows?: "all";
}

type TemplateResult =
  | { ok: true; spec: TemplateSpecT }
  /** `noRows`: the unit has no row in this group on the period's due date (it gets no sheet for it). */
  | { ok: false; error: string; noRows?: true };

/**
 * Submission dates must come after this: the plan's projects start in 2017, so anything earlier is a slip (a year
 * typed as 2025 is day 2025 of 1900, which would count as "on time").
 */
export const EARLIEST_SUBMISSION = "2017-01-01";

/** The entry columns of every readable layout together ("G:K"): one range covers any report's figures. */
export const ENTRY_COLUMNS_ANY_VERSION = (() => {
  const letters = LAYOUTS.flatMap((l) => entryColumns(l).split(":")).sort();
  return `${letters[0]}:${letters[letters.length - 1]}`;
})();

function entryColumns(layout: TemplateLayout): string {
  const letters = layout.columns
    .map((c, i) => [c, String.fromCharCode(65 + i)] as const)
    .filter(([c]) => c.role === "entry")
    .map(([, l]) => l);
  return `${letters[0]}:${letters[letters.length - 1]}`;
}

/** The sheet's name: the printed label and a short title, within Excel's 31 characters and allowed characters. */
const SHEET_TITLES: Record<string, { vi: string; en: string }> = {
  NV1: { vi: "Năng lực, nhận thức", en: "Capacity, awareness" },
  NV2: { vi: "Thể chế", en: "Institutions" },
  NV3: { vi: "Giảm phát thải KNK", en: "GHG reduction" },
  NV4: { vi: "Năng lượng tái tạo", en: "Renewable energy" },
  NV5: { vi: "Sản xuất xanh", en: "Green production" },
  NV6: { vi: "Lối sống xanh", en: "Green lifestyle" },
};

type PlanRow = Omit<TableRowT, "formulas">;

function actionRow(a: GhgActionT, c: IndexedCatalog, lang: Lang): PlanRow {
  // The catalog refuses an action of a sector it does not have (catalog.ts).
  const sector = c.ghgSectors.find((s) => s.code === a.sector)!;
  // Stryker disable next-line OptionalChaining: every action of the decision has milestones; one added without gets no unit
  const unit = a.milestones[0]?.unit;
  return {
    code: a.code,
    actualKind: unit === "percent" ? "percent" : "number",
    values: {
      code: a.code,
      group: `${a.sector}. ${lang === "vi" ? sector.titleVi : sector.titleEn}`,
      task: lang === "vi" ? a.nameVi : a.nameEn,
      target: `${a.targetVi} (${milestoneSummary(a.milestones, lang)})`,
      // Stryker disable next-line StringLiteral: as above, no action of the decision is without a unit
      unit: unit ? UNIT_LABELS[unit][lang] : "",
      budget: a.budgetBillionVnd,
    },
  };
}

function taskRow(task: TaskItemT, lang: Lang): PlanRow {
  return {
    code: task.code,
    actualKind: "text",
    values: { code: task.code, group: lang === "vi" ? "Nhiệm vụ" : "Task", task: task.textVi, target: "", unit: "", budget: null },
  };
}

function projectRow(p: ProjectT, c: IndexedCatalog, lang: Lang): PlanRow {
  // The catalog refuses a project of a group it does not have (catalog.ts).
  const group = c.projectGroups.find((g) => g.number === p.group)!;
  return {
    code: p.code,
    actualKind: "text",
    values: {
      code: p.code,
      group: `${lang === "vi" ? "Dự án" : "Project"} ${p.group}. ${lang === "vi" ? group.titleVi : group.titleEn}`,
      task: p.nameVi,
      target: p.timeframe.text,
      unit: "",
      budget: Math.round((p.budget.millionVnd / 1000) * 1e6) / 1e6,
    },
  };
}

/** Every row of a task group, in the decision's order: Appendix I actions, activities, then projects. */
function groupRows(c: IndexedCatalog, group: string, lang: Lang): PlanRow[] {
  return [
    ...c.ghgActions.filter((a) => a.taskGroup === group).map((a) => actionRow(a, c, lang)),
    ...c.tasks.filter((x) => x.taskGroup === group).map((x) => taskRow(x, lang)),
    ...c.projects.filter((p) => p.taskGroup === group).map((p) => projectRow(p, c, lang)),
  ];
}

const ROLE_LABEL: Record<Role, MessageKey> = { lead: "tplRoleLead", coordinating: "tplRoleCoordinating" };

/**
 * Progress and check formulas for rows with milestones, each with its result in the blank template. The TTX
 * function answers where the add-in is loaded; elsewhere its name is an error (#NAME?) and IFERROR gives the native
 * formula of native-formulas.ts, which computes the same answer from this row's constants at the report year.
 */
function withFormulas(
  row: PlanRow,
  excelRow: number,
  year: number,
  lang: Lang,
  letter: Record<string, string>,
  yearCell: string,
): TableRowT {
  // Activities and projects (text rows) have no milestones, so no native inputs and no formulas.
  const native = nativeRowOf(row.code, year, lang);
  if (!native) return { ...row, formulas: {} };
  const code = `${letter.code}${excelRow}`;
  const actual = `${letter.actual}${excelRow}`;
  const langArg = lang === "vi" ? "" : `,"${lang}"`;
  const cached = (v: unknown): string | number => (isTtxError(v) ? "" : (v as string | number));
  return {
    ...row,
    formulas: {
      // Blank until a value is entered (a blank row shows blank in any program).
      progress: {
        formula: `IF(TRIM(${actual})="","",IFERROR(TTX.PROGRESS(${code},${actual},${yearCell}),${nativeProgress(native, actual)}))`,
        cached: cached(progress(row.code, null, year)),
      },
      check: {
        formula: `IFERROR(TTX.CHECK(${code},${actual},${yearCell}${langArg}),${nativeCheck(native, actual)})`,
        cached: cached(check(row.code, null, year, lang)),
      },
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
      return row.actualKind === "percent"
        ? { kind: "decimal", min: 0, max: 100 }
        : row.actualKind === "number"
          ? { kind: "decimal", min: 0 }
          : undefined;
    case "disbursed":
      return { kind: "decimal", min: 0 };
    case "status":
      return { kind: "list", values: spec.statusValues };
    // Stryker disable next-line ConditionalExpression: falling out of the switch returns undefined too
    default:
      return undefined;
  }
}

/** The error message shown when an entry breaks its validation. */
export function validationMessage(v: ValidationT, lang: Lang): { title: string; message: string } {
  const title = t("tplInvalidTitle", {}, lang);
  switch (v.kind) {
    case "decimal":
      return {
        title,
        message:
          v.max === undefined ? t("tplEnterNumberMin", { min: v.min }, lang) : t("tplEnterNumberBetween", { min: v.min, max: v.max }, lang),
      };
    case "date":
      return { title, message: t("tplEnterDate", {}, lang) };
    default:
      return { title, message: t("tplPickFromList", {}, lang) };
  }
}

/** Units templates can be made for (the task pane's lists): the units that exist on the period's due date. */
export function unitChoices(period: ReportPeriod, _lang?: Lang): OrgUnitT[] {
  const c = getCatalog();
  // Collective names of the decision ("UBND các huyện", "các tổ chức đoàn thể") are not units that report.
  return activeUnits(c.orgUnits, dueIso(period)).filter((u) => !u.standsFor);
}

/**
 * Unit names in a template's dropdown: the units that report on the due date (they lead or coordinate a row then),
 * and the template's own unit (one made with every row on request may have none) — not the committee the reports go
 * to, nor a ministry the decision names.
 */
function dropdownUnits(period: ReportPeriod, unitId: string): OrgUnitT[] {
  const reporting = new Set(reportingUnits(dueIso(period)));
  return unitChoices(period).filter((u) => reporting.has(u.id) || u.id === unitId);
}
export const unitLabel = (u: OrgUnitT, lang: Lang): string => (lang === "vi" ? u.nameVi : u.nameEn);

/**
 * Templates are pure functions of (group, unit, period, language); consolidation asks for the same few hundred
 * again and again (twice per sheet read), so results are kept. They are frozen: callers copy, never mutate.
 */
const built = new Map<string, TemplateResult>();
const MAX_CACHED = 1024;

export function buildTemplate(request: TemplateRequest): TemplateResult {
  // Stryker disable next-line StringLiteral,LogicalOperator: rows is "all" or absent; any two texts that differ key them apart
  const key = `${request.group}|${request.unit}|${request.period}|${request.lang ?? "vi"}|${request.version ?? TEMPLATE_VERSION}|${request.rows ?? ""}`;
  let result = built.get(key);
  if (!result) {
    if (built.size >= MAX_CACHED) built.clear();
    result = deepFreeze(buildTemplateUncached(request));
    built.set(key, result);
  }
  return result;
}

/** Primitives (and null) count as frozen, so only objects and arrays are walked. */
function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

function buildTemplateUncached(request: TemplateRequest): TemplateResult {
  const c = getCatalog();
  const lang = request.lang ?? "vi";
  const version = request.version ?? TEMPLATE_VERSION;
  const layout = layoutOf(version);
  if (!layout)
    return { ok: false, error: bilingual("tplBadVersion", { got: version, versions: LAYOUTS.map((l) => l.version).join(", ") }) };
  const groupEntry = lookup(request.group);
  if (groupEntry?.kind !== "taskGroup") {
    return {
      ok: false,
      error: bilingual("tplBadGroup", { got: request.group, groups: c.taskGroups.map((g) => `${g.id} (${g.sourceLabel})`).join(", ") }),
    };
  }
  const group = groupEntry.item;
  const period = parseReportPeriod(request.period);
  if (!period) return { ok: false, error: bilingual("tplBadPeriod", { got: request.period }) };
  const unit = c.orgUnits.find((u) => u.id === request.unit.trim().toUpperCase());
  if (!unit) return { ok: false, error: bilingual("tplBadUnit", { got: request.unit }) };
  const due = dueDate(period);
  const onDue = dueIso(period);

  const letter = Object.fromEntries(layout.columns.map((col, i) => [col.key, String.fromCharCode(65 + i)])) as Record<ColumnKeyT, string>;
  const hasRole = layout.columns.some((col) => col.key === "role");
  const all = groupRows(c, group.id, lang);
  const allRows = !layout.rowsPerUnit || request.rows === "all";
  const own = allRows ? null : rowsOfUnit(unit.id, group.id, onDue);
  if (own && own.length === 0) {
    return {
      ok: false,
      noRows: true,
      error: bilingual("tplNoRows", {
        unit: unit.nameVi,
        group: group.id,
        date: `${String(due.day).padStart(2, "0")}/${String(due.month).padStart(2, "0")}/${due.year}`,
      }),
    };
  }
  const byCode = new Map(all.map((r) => [r.code, r]));
  const chosen: PlanRow[] = own ? own.map((r) => byCode.get(r.code)!) : all;
  const yearCell = `$${layout.fieldValueColumn}$${layout.firstFieldRow + 4}`;
  const rows = chosen
    .map((row): PlanRow => {
      if (!hasRole) return row;
      const role = roleOf(unit.id, row.code, onDue);
      return { ...row, values: { ...row.values, role: role ? t(ROLE_LABEL[role], {}, lang) : "" } };
    })
    .map((row, i) => withFormulas(row, layout.headerRow + 1 + i, period.year, lang, letter, yearCell));

  const templateId = `TTX-${group.id}`;
  const choices = dropdownUnits(period, unit.id);
  const lastLetter = letter.check;
  const lastRow = layout.headerRow + rows.length;
  const narrativeStart = lastRow + 3;
  // Label in A, value from the layout's value column (the one place header addresses are decided).
  const field = (key: HeaderKey) => ({
    labelAddress: `A${cellOf(fieldValueAddress(layout, key))[0]}`,
    valueAddress: fieldValueAddress(layout, key),
    valueMerge: `${fieldValueAddress(layout, key)}:${layout.fieldValueEnd}${cellOf(fieldValueAddress(layout, key))[0]}`,
  });
  const narrative = (["completed", "ongoing", "proposals"] as const).map((key, i) => {
    const top = narrativeStart + i * 6;
    const label: MessageKey =
      key === "completed" ? "tplNarrativeCompleted" : key === "ongoing" ? "tplNarrativeOngoing" : "tplNarrativeProposals";
    return { key, label: t(label, {}, lang), labelAddress: `A${top}`, range: `A${top + 1}:${lastLetter}${top + 4}` };
  });
  const narrativeEnd = narrativeStart + 3 * 6 - 2;
  const heading = layout.decree30
    ? [
        ...decree30Heading({
          lang,
          lastLetter,
          unitCell: field("unit").valueAddress,
          submittedCell: field("submitted").valueAddress,
          unitName: unitLabel(unit, lang),
          groupLine: t("tplGroup", { label: group.sourceLabel, title: lang === "vi" ? group.titleVi : group.titleEn }, lang),
        }),
        instructionsLine(layout.headerRow - 1, lastLetter, lang),
      ]
    : [
        { address: "A1", text: t("tplTitle", {}, lang), merge: `A1:${lastLetter}1`, style: "title" as const },
        {
          address: "A2",
          text: t("tplGroup", { label: group.sourceLabel, title: lang === "vi" ? group.titleVi : group.titleEn }, lang),
          merge: `A2:${lastLetter}2`,
          style: "subtitle" as const,
        },
      ];
  const spec: TemplateSpecT = {
    meta: {
      templateId,
      version: layout.version,
      taskGroup: group.id as TemplateSpecT["meta"]["taskGroup"],
      unitId: unit.id,
      period: periodId(period),
      lang,
      planHash: planHash({ templateId, version: layout.version }, rows),
      ...(layout.rowsPerUnit && request.rows === "all" ? { rows: "all" as const } : {}),
    },
    sheetName: `${group.id} ${SHEET_TITLES[group.id]![lang]}`,
    titleLines: heading,
    header: [
      { key: "plan", label: t("tplPlan", {}, lang), ...field("plan"), value: t("tplPlanValue", {}, lang), entry: false },
      { key: "template", label: t("tplTemplate", {}, lang), ...field("template"), value: `${templateId} v${layout.version}`, entry: false },
      {
        key: "unit",
        label: t("tplUnit", {}, lang),
        ...field("unit"),
        value: unitLabel(unit, lang),
        entry: true,
        validation: { kind: "list", values: choices.map((u) => unitLabel(u, lang)) },
      },
      {
        key: "period",
        label: t("tplPeriod", {}, lang),
        ...field("period"),
        value: t(period.kind === "H1" ? "tplPeriodH1" : "tplPeriodAnnual", { year: period.year }, lang),
        entry: false,
      },
      { key: "year", label: t("tplYear", {}, lang), ...field("year"), value: period.year, entry: false },
      {
        key: "due",
        label: t("tplDue", {}, lang),
        ...field("due"),
        value: toExcelSerial(due.year, due.month, due.day),
        numFmt: "dd/mm/yyyy",
        entry: false,
      },
      { key: "reporter", label: t("tplReporter", {}, lang), ...field("reporter"), value: null, entry: true, validation: { kind: "any" } },
      {
        key: "submitted",
        label: t("tplSubmitted", {}, lang),
        ...field("submitted"),
        value: null,
        numFmt: "dd/mm/yyyy",
        entry: true,
        validation: { kind: "date", after: EARLIEST_SUBMISSION },
      },
    ],
    table: {
      name: `TTX_${group.id}`,
      headerRow: layout.headerRow,
      columns: layout.columns.map((col) => ({
        key: col.key,
        letter: letter[col.key],
        header: t(col.label, {}, lang),
        width: col.width,
        role: col.role,
        wrap: col.wrap,
        ...(col.numFmt ? { numFmt: col.numFmt } : {}),
      })),
      rows,
    },
    narrative,
    signature: layout.decree30 ? signatureBlock(narrativeEnd + 2, lastLetter, lang, onDue) : [],
    frozenColumns: layout.columns.findIndex((col) => col.key === "task") + 1,
    statusValues: (["tplStatusDone", "tplStatusOngoing", "tplStatusNotStarted", "tplStatusDropped"] as const).map((k) => t(k, {}, lang)),
  };
  // The spec is data other code trusts: validate it like the catalog.
  return { ok: true, spec: TemplateSpec.parse(spec) };
}

/**
 * The template a report was made from, as its metadata describes it (version, rows): the reader and validation
 * go by it. Where the unit has no row of the group any more (the responsibility data was revised since), every
 * row of the group, so what the report holds is still read.
 */
export function templateOfReport(meta: TemplateMetaT, lang: Lang = meta.lang): TemplateResult {
  const request: TemplateRequest = {
    group: meta.taskGroup,
    unit: meta.unitId,
    period: meta.period,
    lang,
    version: meta.version,
    ...(meta.rows ? { rows: meta.rows } : {}),
  };
  const built = buildTemplate(request);
  // Stryker disable next-line LogicalOperator: other refusals (version, group, period, unit) are refused again with every row
  return !built.ok && built.noRows ? buildTemplate({ ...request, rows: "all" }) : built;
}

/** Every row of the report's group in the report's layout: a row the unit has no part in is still a plan item. */
export function groupTemplateOfReport(meta: TemplateMetaT, lang: Lang = meta.lang): TemplateResult {
  return buildTemplate({ group: meta.taskGroup, unit: meta.unitId, period: meta.period, lang, version: meta.version, rows: "all" });
}
