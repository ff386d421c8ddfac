/**
 * Validates one report sheet, row by row, with the catalog's rules (the same ones TTX.CHECK applies). Every row
 * read ends up in exactly one place: accepted (an Entry) or rejected (an Issue with rejected = true). Suspicious
 * but acceptable rows (a milestone missed) are accepted and also get a warning Issue (rejected = false).
 * Whole-sheet faults (old version, wrong period, unknown unit, edited plan cells, a hidden sheet) reject every row
 * of the sheet.
 */
import { judgeValue } from "../functions/check";
import { isBlank, parseDateText, parseNumberText, serialToText } from "../functions/coerce";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n/messages";
import { getCatalog, lookup } from "../plan/catalog";
import { parseReportPeriod } from "../plan/calendar";
import { measuresOf } from "../plan/milestones";
import { currentUnit, findUnit } from "../plan/org";
import { EARLIEST_SUBMISSION, buildTemplate, planCanonical } from "../templates/build";
import { TEMPLATE_VERSION, type TableRowT, type TemplateSpecT } from "../templates/spec";
import type { Entry, Issue, IssueKind, RawReport, RawRow } from "./report";

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
}

type Said = Readonly<Record<Lang, string>>;
const say = (key: MessageKey, params: MessageParams = {}): Said => ({ vi: t(key, params, "vi"), en: t(key, params, "en") });
/** An issue's message: both languages for the sheets, each alone for the task pane. */
const told = (said: Said) => ({ message: `${said.vi} · ${said.en}`, text: said });

/** Templates are cached and frozen (templates/build.ts), so their canonical plan text can be kept beside them. */
const canonicalTexts = new WeakMap<TemplateSpecT, string>();
function canonicalOf(spec: TemplateSpecT): string {
  let text = canonicalTexts.get(spec);
  if (text === undefined) canonicalTexts.set(spec, (text = planCanonical(spec.meta, spec.table.rows)));
  return text;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

const EARLIEST_SERIAL = parseDateText(EARLIEST_SUBMISSION)!;

/**
 * The submission date as an Excel serial: a date cell (a Date from the file reader, a serial from Office.js) or
 * text "05/06/2025" / "2025-06-05". Null when blank, unreadable, or not after the template's earliest date.
 */
export function toSerial(v: unknown): number | null {
  const serial = anySerial(v);
  return serial !== null && serial > EARLIEST_SERIAL ? serial : null;
}

const anySerial = (v: unknown): number | null =>
  v instanceof Date ? Math.round(v.getTime() / 86_400_000 + 25569)
  : typeof v === "number" && Number.isFinite(v) ? Math.floor(v)
  : typeof v === "string" ? parseDateText(v)
  : null;

/** A number typed in a cell: numbers as they are, text in Vietnamese or plain notation; null for blank. */
function readNumberCell(v: unknown): number | null | "invalid" {
  if (isBlank(v)) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "invalid";
  if (typeof v === "string") return parseNumberText(v) ?? "invalid";
  return "invalid";
}

export function validateReport(report: RawReport, options: { period?: string } = {}): ValidatedReport {
  const catalog = getCatalog();
  const issues: Issue[] = [];
  const entries: Entry[] = [];
  const meta = report.meta;
  const base = { origin: report.origin, code: "", unitId: meta?.unitId ?? "" };
  // Read once: every entry of the sheet carries it, and text dates are parsed.
  const submitted = toSerial(report.submitted);
  const done = (unitId: string, sheetRejected: IssueKind | null = null): ValidatedReport => ({
    report, unitId, entries, issues, rowsRead: report.rows.length, submitted, sheetRejected,
  });
  const rejectAll = (kind: IssueKind, said: Said, unitId: string): ValidatedReport => {
    const message = told(said);
    for (const row of report.rows) {
      issues.push({ ...base, unitId, kind, rejected: true, cell: `A${row.row}`, code: text(row.cells.code), ...message });
    }
    if (report.rows.length === 0) issues.push({ ...base, unitId, kind, rejected: true, cell: "", ...message });
    return done(unitId, kind);
  };

  if (!meta) return rejectAll("not_template", say("issueNotTemplate"), "");
  // A hidden report may be a draft or an old copy: it is listed row by row, and never counted or compared.
  if (report.hidden) return rejectAll("hidden_sheet", say("issueHiddenSheet"), meta.unitId);
  if (meta.version !== TEMPLATE_VERSION) {
    return rejectAll("old_version", say("issueOldVersion", { got: meta.version, want: TEMPLATE_VERSION }), meta.unitId);
  }
  if (options.period && meta.period !== options.period) {
    return rejectAll("wrong_period", say("issueWrongPeriod", { got: meta.period, want: options.period }), meta.unitId);
  }
  const unitName = text(report.unitName);
  const unit = unitName === "" ? catalog.orgUnits.find((u) => u.id === meta.unitId) : findUnit(unitName, catalog.orgUnits);
  if (!unit) return rejectAll("unknown_unit", say("issueUnknownUnit", { got: unitName }), meta.unitId);

  // The plan part must be the template's, unedited: recompute its hash from what the sheet holds.
  const template = buildTemplate({ group: meta.taskGroup, unit: unit.id, period: meta.period, lang: meta.lang });
  if (!template.ok) return rejectAll("wrong_period", { vi: template.error, en: template.error }, unit.id);
  // Columns renamed, moved or deleted: values would be read from the wrong column, so nothing of the sheet counts.
  const changed = report.headers?.findIndex((h, i) => text(h) !== template.spec.table.columns[i]!.header) ?? -1;
  if (changed >= 0) {
    const column = template.spec.table.columns[changed]!;
    return rejectAll("plan_edited", say("issueColumnsChanged", { cell: `${column.letter}${template.spec.table.headerRow}`, want: column.header, got: text(report.headers![changed]) }), unit.id);
  }
  const planColumns = template.spec.table.columns.filter((c) => c.role === "plan").map((c) => c.key);
  const readPlan = report.rows.map((r) => ({ values: Object.fromEntries(planColumns.map((k) => [k, r.cells[k] ?? null])) }));
  // The sheet's stored hash must be the template's, and its plan cells must read as the template's. Comparing the
  // canonical texts is the same test as comparing their hashes, without hashing every sheet.
  if (meta.planHash !== template.spec.meta.planHash || planCanonical(meta, readPlan) !== canonicalOf(template.spec)) {
    return rejectAll("plan_edited", say("issuePlanEdited"), unit.id);
  }

  // A date that cannot be read is not dropped silently: the report counts as undated, and the cell is named.
  if (!isBlank(report.submitted) && submitted === null) {
    const cell = template.spec.header.find((h) => h.key === "submitted")!.valueAddress;
    // Shown as the cell shows it: a date (or a number, in the cell's date format) as dd/mm/yyyy, text as typed.
    const serial = typeof report.submitted === "string" ? null : anySerial(report.submitted);
    const got = serial === null ? text(report.submitted) : serialToText(serial);
    issues.push({ ...base, unitId: unit.id, kind: "bad_date", rejected: false, cell, ...told(say("issueBadDate", { got, after: serialToText(EARLIEST_SERIAL) })) });
  }

  const templateRows = new Map<string, TableRowT>(template.spec.table.rows.map((r) => [r.code, r]));
  const year = parseReportPeriod(meta.period)?.year;
  const seen = new Set<string>();
  const current = currentUnit(catalog.orgUnits, unit.id) ?? unit;
  for (const row of report.rows) {
    const code = text(row.cells.code);
    const at = (column: string) => `${column}${row.row}`;
    const reject = (kind: IssueKind, cell: string, said: Said) =>
      issues.push({ ...base, unitId: unit.id, kind, rejected: true, cell, code, ...told(said) });
    const spec = templateRows.get(code);
    if (!spec) {
      reject("unknown_code", at("A"), say("issueUnknownCode", { code, template: meta.templateId }));
      continue;
    }
    if (seen.has(code)) {
      reject("duplicate_row", at("A"), say("issueDuplicateRow", { code }));
      continue;
    }
    seen.add(code);
    if (row.merged) {
      const letters = new Map(template.spec.table.columns.map((c) => [c.key, c.letter]));
      const cells = row.merged.map((k) => `${letters.get(k)}${row.row}`);
      reject("merged_cells", cells[0]!, say("issueMerged", { cells: cells.join(", ") }));
      continue;
    }

    let actual: number | string | null;
    let check = "";
    if (spec.actualKind === "text") {
      actual = isBlank(row.cells.actual) ? null : text(row.cells.actual);
    } else {
      const n = readNumberCell(row.cells.actual);
      if (n === "invalid") {
        reject("not_a_number", at("G"), say("issueNotNumber", { got: text(row.cells.actual) }));
        continue;
      }
      actual = n;
      if (n !== null) {
        const entry = lookup(code);
        const measures = entry ? measuresOf(entry) : [];
        const verdictVi = judgeValue(measures, n, year, "vi");
        check = verdictVi.message;
        // The English wording is only needed for an issue message.
        const english = () => judgeValue(measures, n, year, "en").message;
        if (verdictVi.kind === "below_min" || verdictVi.kind === "above_max" || verdictVi.kind === "implausible") {
          reject("out_of_range", at("G"), { vi: verdictVi.message, en: english() });
          continue;
        }
        if (verdictVi.kind !== "ok") {
          issues.push({ ...base, unitId: unit.id, kind: "out_of_range", rejected: false, cell: at("G"), code, ...told({ vi: verdictVi.message, en: english() }) });
        }
      }
    }
    const disbursed = readNumberCell(row.cells.disbursed);
    if (disbursed === "invalid") {
      reject("not_a_number", at("H"), say("issueNotNumber", { got: text(row.cells.disbursed) }));
      continue;
    }
    if (disbursed !== null && disbursed < 0) {
      reject("out_of_range", at("H"), say("checkBelowMin"));
      continue;
    }
    entries.push({
      code,
      taskGroup: meta.taskGroup,
      unitId: unit.id,
      unitName: unit.nameVi,
      currentUnitId: current.id,
      period: meta.period,
      submitted,
      templateVersion: meta.version,
      origin: report.origin,
      cell: at("G"),
      actual,
      disbursed,
      status: text(row.cells.status),
      evidence: text(row.cells.evidence),
      check,
    });
  }
  return done(unit.id);
}
