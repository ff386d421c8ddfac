/**
 * Validates one report sheet, row by row, with the catalog's rules (the same ones TTX.CHECK applies). Every row
 * read ends up in exactly one place: accepted (an Entry) or rejected (an Issue with rejected = true). Suspicious
 * but acceptable rows (a milestone missed) are accepted and also get a warning Issue (rejected = false).
 * Whole-sheet faults (old version, wrong period, unknown unit, columns moved, a hidden sheet) reject every row of the
 * sheet, each listed with its values. A row is matched to its plan item by its code: an edited plan cell, a deleted
 * row, a unit typed over another's are named (warnings) and never cost the figures; a row that is no plan item is
 * refused with everything typed in it.
 */
import { judgeDisbursed, judgeValue } from "../plan/judge";
import { daySerial, isBlank, isFiniteNumber, isoOfDate, parseDateText, parseNumberText, readDateText, serialToText } from "../cells/values";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n/messages";
import { getCatalog, lookup } from "../plan/catalog";
import { parseReportPeriod } from "../plan/calendar";
import { formatNumber, measuresOf } from "../plan/milestones";
import { pathStartYear, type PathStatus } from "../plan/path";
import { findUnit, unitOn } from "../plan/org";
import { EARLIEST_SUBMISSION, groupTemplateOfReport, templateOfReport } from "../templates/build";
import { dueIso } from "../plan/calendar";
import { roleOf } from "../plan/responsibility";
import { aggregationOf } from "../plan/aggregation";
import { layoutOf } from "../templates/layout";
import { TEMPLATE_VERSION, type TableRowT } from "../templates/spec";
import { checkHeaders, codeKey, editedPlanCells } from "./plan-cells";
import type { Entry, Issue, IssueKind, RawReport, RawRow, TypedValues } from "./report";

export interface ValidatedReport {
  report: RawReport;
  unitId: string;
  entries: Entry[];
  issues: Issue[];
  rowsRead: number;
  /** Excel date serial of the submission date, when the reporter gave one. */
  submitted: number | null;
  /** Set when the whole sheet was refused (not a template, old version…): such a sheet never replaces another. */
  sheetRejected: IssueKind | null;
  /** Read, but nothing in it was filled in: received, empty (it never replaces a filled report). */
  empty: boolean;
}

type Said = Readonly<Record<Lang, string>>;
const say = (key: MessageKey, params: MessageParams = {}): Said => ({ vi: t(key, params, "vi"), en: t(key, params, "en") });
/** An issue's message: both languages for the sheets, each alone for the task pane. */
const told = (said: Said) => ({ message: `${said.vi} · ${said.en}`, text: said });

const text = (v: unknown): string => (v === null || v === undefined ? "" : v instanceof Date ? isoOfDate(v) : String(v).trim());

const EARLIEST_SERIAL = parseDateText(EARLIEST_SUBMISSION)!;

/**
 * The submission date as an Excel serial: a date cell (a Date from the file reader, a serial from Office.js) or
 * text "05/06/2025" / "2025-06-05" / "ngày 5 tháng 6 năm 2025" (coerce.ts readDateText). Its day: a time of day is
 * dropped, never rounded up (5 June 17:30 stays 5 June). Null when blank, unreadable, ambiguous ("6/5/2025": 6 May
 * or 5 June), or not after the template's earliest date.
 */
function toSerial(v: unknown): number | null {
  const serial = anySerial(v);
  return serial > EARLIEST_SERIAL ? serial : null;
}

/** A cell's date as an Excel day serial; NaN when it holds none (NaN fails every comparison, so no null test). */
const anySerial = (v: unknown): number =>
  v instanceof Date || isFiniteNumber(v) ? daySerial(v) : typeof v === "string" ? (parseDateText(v) ?? Number.NaN) : Number.NaN;

/**
 * Why a submission date that is not blank leaves the report undated (toSerial gave null), as an issue message (kind
 * bad_date). Text that may be either of two days ("6/5/2025") names both; anything else is shown as the cell shows
 * it (a date, or a number in the cell's date format, as dd/mm/yyyy; text as typed).
 */
function submissionDateProblem(v: unknown): { key: MessageKey; params: MessageParams } {
  const after = serialToText(EARLIEST_SERIAL);
  if (typeof v === "string") {
    const read = readDateText(v);
    if (read && "ambiguous" in read && read.ambiguous.some((serial) => serial > EARLIEST_SERIAL)) {
      return {
        key: "issueAmbiguousDate",
        params: { got: v.trim(), dayFirst: serialToText(read.ambiguous[0]), monthFirst: serialToText(read.ambiguous[1]) },
      };
    }
    return { key: "issueBadDate", params: { got: text(v), after } };
  }
  const serial = anySerial(v);
  return { key: "issueBadDate", params: { got: Number.isNaN(serial) ? text(v) : serialToText(serial), after } };
}

/** A number typed in a cell: numbers as they are, text in Vietnamese or plain notation; null for blank. */
function readNumberCell(v: unknown): number | null | "invalid" {
  if (isBlank(v)) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "invalid";
  if (typeof v === "string") return parseNumberText(v) ?? "invalid";
  return "invalid";
}

/**
 * A figure in a tỷ-đồng column this large (a million billion đồng, far beyond any budget of the plan) was almost
 * surely typed in đồng: 1.500.000.000 is 1,5 tỷ. Accepted as typed, with a warning saying so.
 */
const DONG_LIKE = 1_000_000;
const BILLIONS = {
  vi: new Intl.NumberFormat("vi-VN", { maximumSignificantDigits: 3 }),
  en: new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 3 }),
};
const billions = (dong: number, lang: Lang): string =>
  // Stryker disable next-line EqualityOperator: at exactly 1e9 both notations print "1".
  dong >= 1e9 ? formatNumber(dong / 1e9, lang) : BILLIONS[lang].format(dong / 1e9);
/** The warning, each language with its own notation: "1.500.000.000 … 1,5 tỷ", "1,500,000,000 … 1.5 billion". */
const dongAmountSaid = (amount: number, cell: string): Said => ({
  vi: t("issueDongAmount", { cell, value: formatNumber(amount, "vi"), billions: billions(amount, "vi") }, "vi"),
  en: t("issueDongAmount", { cell, value: formatNumber(amount, "en"), billions: billions(amount, "en") }, "en"),
});

export function validateReport(report: RawReport, options: { period?: string } = {}): ValidatedReport {
  const catalog = getCatalog();
  const issues: Issue[] = [];
  const entries: Entry[] = [];
  const meta = report.meta;
  const base = { origin: report.origin, code: "" };
  // Read once: every entry of the sheet carries it, and text dates are parsed.
  const submitted = toSerial(report.submitted);
  const done = (unitId: string, sheetRejected: IssueKind | null = null): ValidatedReport => ({
    report,
    unitId,
    entries,
    issues,
    rowsRead: report.rows.length,
    submitted,
    sheetRejected,
    empty: sheetRejected === null && isEmptyReport(report),
  });
  const warn = (unitId: string, kind: IssueKind, cell: string, said: Said, code = "") =>
    issues.push({ ...base, unitId, kind, rejected: false, cell, code, ...told(said) });
  // A sheet that cannot be read as a whole still lists every row, with what it held.
  const rejectAll = (kind: IssueKind, said: Said, unitId: string): ValidatedReport => {
    const message = told(said);
    for (const row of report.rows) {
      issues.push({
        ...base,
        unitId,
        kind,
        rejected: true,
        cell: `A${row.row}`,
        code: text(row.cells.code),
        values: typedValues(row),
        ...message,
      });
    }
    if (report.rows.length === 0) issues.push({ ...base, unitId, kind, rejected: true, cell: "", ...message });
    return done(unitId, kind);
  };

  if (!meta) return rejectAll("not_template", say("issueNotTemplate"), "");
  // A hidden report may be a draft or an old copy: it is listed row by row, and never counted or compared.
  if (report.hidden) return rejectAll("hidden_sheet", say("issueHiddenSheet"), meta.unitId);
  // Every layout still in circulation is read by its own version; only an unknown one is refused.
  if (!layoutOf(meta.version)) {
    return rejectAll("old_version", say("issueOldVersion", { got: meta.version, want: TEMPLATE_VERSION }), meta.unitId);
  }
  if (options.period && meta.period !== options.period) {
    return rejectAll("wrong_period", say("issueWrongPeriod", { got: meta.period, want: options.period }), meta.unitId);
  }
  // The file's metadata says whose report it is; the name typed in the header only raises a question.
  const unit = catalog.orgUnits.find((u) => u.id === meta.unitId);
  if (!unit) return rejectAll("unknown_unit", say("issueUnknownUnit", { got: meta.unitId }), meta.unitId);
  const template = templateOfReport(meta);
  if (!template.ok) return rejectAll("wrong_period", { vi: template.error, en: template.error }, unit.id);
  const spec = template.spec;
  // Codes are looked up among all the group's rows: a row the unit has no part in (an all-rows template, or an
  // assignment revised since the file was made) is still a plan item, and its figures count.
  const whole = groupTemplateOfReport(meta);
  const groupRows = whole.ok ? whole.spec.table.rows : spec.table.rows;
  const headerCell = (key: string) => spec.header.find((h) => h.key === key)!.valueAddress;
  if (report.fromHeader)
    warn(unit.id, "from_header", headerCell("template"), say("issueFromHeader", { unit: unit.nameVi, period: meta.period }));
  // The template was built from this period, so it parses.
  const reportPeriod = parseReportPeriod(meta.period)!;
  const due = dueIso(reportPeriod);
  // Who answers for the report on its due date: in 2019 Sở NN&PTNT for itself, in 2025 Sở NN&MT for it; a unit
  // dissolved by then with nobody named to take over (Sở TT&TT) still answers for its own report.
  const answering = unitOn(catalog.orgUnits, unit.id, due) ?? unit;
  const unitName = text(report.unitName);
  if (unitName !== "") {
    const typed = findUnit(unitName, catalog.orgUnits);
    // A name the unit went by, or its predecessor's on the due date, is the same unit.
    const same = typed && (unitOn(catalog.orgUnits, typed.id, due) ?? typed).id === answering.id;
    if (!same) warn(unit.id, "unit_conflict", headerCell("unit"), say("issueUnitConflict", { typed: unitName, unit: unit.nameVi }));
  }

  // Columns moved, inserted or deleted: values would be read from the wrong column, so nothing of the sheet counts.
  const other = templateOfReport(meta, meta.lang === "vi" ? "en" : "vi");
  const headers = checkHeaders(spec, other.ok ? [other.spec] : [], report.headers);
  if (headers.moved) {
    const { cell, was, now } = headers.moved;
    return rejectAll("plan_edited", say("issueColumnsChanged", { cell, want: was, got: now }), unit.id);
  }
  for (const edit of headers.renamed) warn(unit.id, "plan_edited", edit.cell, say("issuePlanCellEdited", { ...edit }));
  // A template made from another edition of the plan data: its rows are still compared one by one below.
  if (meta.planHash !== spec.meta.planHash) warn(unit.id, "plan_edited", "", say("issuePlanHashDiffers"));

  if (isBlank(report.reporter)) warn(unit.id, "blank_header", headerCell("reporter"), say("issueBlankReporter"));
  if (isBlank(report.submitted)) warn(unit.id, "blank_header", headerCell("submitted"), say("issueBlankSubmitted"));
  // A date that cannot be read is not dropped silently: the report counts as undated, and the cell is named.
  if (!isBlank(report.submitted) && submitted === null) {
    const cell = spec.header.find((h) => h.key === "submitted")!.valueAddress;
    const problem = submissionDateProblem(report.submitted);
    issues.push({ ...base, unitId: unit.id, kind: "bad_date", rejected: false, cell, ...told(say(problem.key, problem.params)) });
  }

  const templateRows = new Map<string, TableRowT>(groupRows.map((r) => [codeKey(r.code), r]));
  const year = reportPeriod.year;
  const seen = new Set<string>();
  const letters = new Map(spec.table.columns.map((c) => [c.key, c.letter]));
  const ownRowColumns = spec.table.columns.filter((c) => (c.role === "plan" || c.role === "info") && c.key !== "code");
  // What a row of its own (no plan item) holds in the template's plan columns, code aside: "C20: …".
  const ownRowValues = (row: RawRow): TypedValues => {
    const other = ownRowColumns.filter((c) => !isBlank(row.cells[c.key])).map((c) => `${c.letter}${row.row}: ${text(row.cells[c.key])}`);
    return other.length > 0 ? { other: other.join("; ") } : {};
  };
  for (const row of report.rows) {
    const code = text(row.cells.code);
    const at = (column: string) => `${column}${row.row}`;
    // A row that is no plan item of the template (no code, an unknown or repeated code) may hold text a person
    // typed in any column: all of it is listed with the refusal.
    const reject = (kind: IssueKind, cell: string, said: Said, ownRow = false) =>
      issues.push({
        ...base,
        unitId: unit.id,
        kind,
        rejected: true,
        cell,
        code,
        values: ownRow ? { ...typedValues(row), ...ownRowValues(row) } : typedValues(row),
        ...told(said),
      });
    if (code === "") {
      reject("no_code", at("A"), say("issueNoCode"), true);
      continue;
    }
    const planRow = templateRows.get(codeKey(code));
    if (!planRow) {
      reject("unknown_code", at("A"), say("issueUnknownCode", { code, template: meta.templateId }), true);
      continue;
    }
    if (seen.has(planRow.code)) {
      reject("duplicate_row", at("A"), say("issueDuplicateRow", { code }), true);
      continue;
    }
    seen.add(planRow.code);
    if (row.merged) {
      const cells = row.merged.map((k) => `${letters.get(k)}${row.row}`);
      reject("merged_cells", cells[0]!, say("issueMerged", { cells: cells.join(", ") }));
      continue;
    }
    // The row is still the plan item its code names: an edited plan cell is named, and the figures count.
    for (const edit of editedPlanCells(spec, planRow, row)) {
      warn(unit.id, "plan_edited", edit.cell, say("issuePlanCellEdited", { ...edit }), planRow.code);
    }

    let actual: number | string | null;
    let check = "";
    let pathStatus: PathStatus | undefined = planRow.actualKind === "text" ? "no_target" : "not_reported";
    const role = roleOf(unit.id, planRow.code, due);
    if (planRow.actualKind === "text") {
      actual = isBlank(row.cells.actual) ? null : text(row.cells.actual);
    } else {
      const n = readNumberCell(row.cells.actual);
      if (n === "invalid") {
        reject("not_a_number", at(letters.get("actual")!), say("issueNotNumber", { got: text(row.cells.actual) }));
        continue;
      }
      actual = n;
      if (n !== null) {
        // A template's row is a catalog entry: templates are built from the catalog.
        const entry = lookup(planRow.code)!;
        const measures = measuresOf(entry);
        const start = pathStartYear(entry);
        const verdictVi = judgeValue(measures, n, year, "vi", start);
        check = verdictVi.message;
        // Stryker disable next-line StringLiteral: every measured row of today's plan has a path; this names one without.
        pathStatus = verdictVi.path?.status ?? "no_target";
        // The English wording is only needed for an issue message.
        const english = () => judgeValue(measures, n, year, "en", start).message;
        // The one rule (functions/check.ts): an impossible value refuses the row; a likely slip (a fraction on a
        // percentage row) is a warning; behind or ahead of the plan's path is the entry's status, never an issue.
        if (verdictVi.issue === "refuse") {
          reject("out_of_range", at(letters.get("actual")!), { vi: verdictVi.message, en: english() });
          continue;
        }
        if (verdictVi.issue === "warn") {
          issues.push({
            ...base,
            unitId: unit.id,
            kind: "out_of_range",
            rejected: false,
            cell: at(letters.get("actual")!),
            code,
            ...told({ vi: verdictVi.message, en: english() }),
          });
        }
        // A coordinating unit's figure is its own part (added up) or not the province's at all (the lead's figure
        // counts): set against the province's path alone it would read "behind" for every partner. It is not judged.
        if (role === "coordinating" && !verdictVi.issue && aggregationOf(planRow.code).rule !== "max")
          check = t("checkCoordinatingPart", {}, "vi");
      }
    }
    // Nor is a partner expected to report the province's figure: its blank is no "not reported".
    if (role === "coordinating" && planRow.actualKind !== "text" && aggregationOf(planRow.code).rule !== "max") pathStatus = undefined;
    const disbursed = readNumberCell(row.cells.disbursed);
    if (disbursed === "invalid") {
      reject("not_a_number", at(letters.get("disbursed")!), say("issueNotNumber", { got: text(row.cells.disbursed) }));
      continue;
    }
    // Stryker disable next-line ConditionalExpression: null is below no bound (null < 0 and null >= DONG_LIKE are false).
    if (disbursed !== null) {
      if (disbursed < 0) {
        reject("out_of_range", at(letters.get("disbursed")!), say("checkBelowMin"));
        continue;
      }
      const cell = at(letters.get("disbursed")!);
      if (disbursed >= DONG_LIKE) {
        issues.push({
          ...base,
          unitId: unit.id,
          kind: "dong_amount",
          rejected: false,
          cell,
          code,
          ...told(dongAmountSaid(disbursed, cell)),
        });
      } else {
        // Far above the row's planned budget (over 10×): counted as typed, with a warning to check the unit.
        const over = judgeDisbursed(disbursed, planRow.values.budget, "vi");
        if (over) {
          const en = judgeDisbursed(disbursed, planRow.values.budget, "en")!;
          issues.push({ ...base, unitId: unit.id, kind: "out_of_range", rejected: false, cell, code, ...told({ vi: over, en }) });
        }
      }
    }
    entries.push({
      code: planRow.code,
      taskGroup: meta.taskGroup,
      unitId: unit.id,
      unitName: unit.nameVi,
      answeringUnitId: answering.id,
      period: meta.period,
      submitted,
      templateVersion: meta.version,
      origin: report.origin,
      cell: at(letters.get("actual")!),
      actual,
      disbursed,
      status: text(row.cells.status),
      evidence: text(row.cells.evidence),
      check,
      ...(pathStatus ? { pathStatus } : {}),
      role,
    });
  }
  // A deleted row is named: the focal department sees which plan item the report says nothing about.
  for (const planRow of spec.table.rows) {
    if (!seen.has(planRow.code)) warn(unit.id, "missing_row", "", say("issueMissingRow", { code: planRow.code }), planRow.code);
  }
  if (isEmptyReport(report)) warn(unit.id, "empty_report", "", say("issueEmptyReport"));
  return done(unit.id);
}

const ENTRY_KEYS = ["actual", "disbursed", "status", "evidence"] as const;
/** What a refused row held in its entry cells, as typed. */
function typedValues(row: RawRow): TypedValues {
  const values: TypedValues = {};
  for (const key of ENTRY_KEYS) if (!isBlank(row.cells[key])) values[key] = row.cells[key];
  return values;
}

/** No figure, status, evidence or narrative anywhere: a template sent back unfilled. */
function isEmptyReport(report: RawReport): boolean {
  const n = report.narrative;
  return (
    !report.rows.some((r) => ENTRY_KEYS.some((k) => !isBlank(r.cells[k]))) &&
    !n.completed.trim() &&
    !n.ongoing.trim() &&
    !n.proposals.trim()
  );
}
