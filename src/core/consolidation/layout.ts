/**
 * The consolidated workbook as data: sheet names, table headers, how an entry or issue becomes a row, and where
 * the summary's tables and charts sit. Both writers (ExcelJS for files, Office.js in the add-in) render this, so
 * the two workbooks cannot drift apart. Text is kept exactly as typed (no apostrophe added): each writer stores it
 * as a string cell, which Excel never evaluates (ExcelJS writes a JS string as a string cell; the Office.js writer
 * formats text cells as Text before writing their values). The apostrophe defence is for CSV only (csvField).
 */
import { serialToText } from "../functions/coerce";
import { t, type Lang, type MessageKey } from "../i18n/messages";
import { parseReportPeriod } from "../plan/calendar";
import { getCatalog } from "../plan/catalog";
import { PATH_STATUSES, type PathStatus } from "../plan/path";
import type { Counts, Narrative, Standing, Submission, SubmissionStatus } from "./consolidator";
import { limitLines, type LimitFacts } from "./sheet-limits";
import type { Entry, Issue, IssueKind } from "./report";
import type { GroupSummary, SectorSummary } from "./summary";

export type Cell = string | number | null;

/** The summary's two tables share columns A–H, so they share widths. */
const SUMMARY_WIDTHS = [12, 60, 16, 16, 14, 18, 16, 14];

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0%";
export const NUMBER_FORMAT = "#,##0.##";

export interface TableLayout {
  /** Excel table name (ASCII, unique in the workbook). */
  name: string;
  headers: string[];
  widths: number[];
  /** Column index (0-based) → number format. */
  formats: Record<number, string>;
}

export interface ChartSpec {
  title: string;
  kind: "column" | "bar";
  /** Summary-sheet ranges, e.g. "A9:A14". */
  categories: string;
  series: { name: string; values: string }[];
  /** The cells the chart covers: top-left and bottom-right (inclusive), side by side without overlapping. */
  anchor: string;
  to: string;
}

export interface SummaryInput {
  period: string;
  due: number;
  counts: Counts;
  groups: GroupSummary[];
  sectors: SectorSummary[];
  /** Sheets refused as another period's reports: named on the summary's first lines, where they cannot be missed. */
  otherPeriods?: { origin: { file: string; sheet: string }; period: string }[];
  /** Excel's limits reached (lists continued on more sheets, texts cut): stated under the counts, never silent. */
  limits?: LimitFacts;
}

export interface SummaryModel {
  /** Lines of text, 1-based row → text; the first is the title. */
  lines: { row: number; text: Cell; bold?: boolean; format?: string }[];
  tables: { top: number; layout: TableLayout; rows: Cell[][] }[];
  charts: ChartSpec[];
}

const STATUS: Record<SubmissionStatus, MessageKey> = {
  on_time: "conStatusOnTime",
  late: "conStatusLate",
  no_date: "conStatusNoDate",
  empty: "conStatusEmpty",
  conflict: "conStatusConflict",
  rejected: "conStatusRejected",
  missing: "conStatusMissing",
};

const STANDING: Record<Standing, MessageKey> = {
  counted: "conNarrativeCounted",
  superseded: "conNarrativeSuperseded",
  conflict: "conNarrativeConflict",
  refused: "conNarrativeRefused",
};

/** Typed so that a new IssueKind without a label in the message catalogue does not compile. */
const kindLabel = (kind: IssueKind): `kind_${IssueKind}` => `kind_${kind}`;
/** A text cell, exactly as typed; empty text is an empty cell. Writers store it as a string, never a formula. */
const text = (v: string | null | undefined): Cell => (v === null || v === undefined || v === "" ? null : v);
const cols = (key: MessageKey, lang: Lang) => t(key, {}, lang).split("|");
/** A value as a refused row held it: a number stays a number, a date its day, anything else its text. */
const typed = (v: unknown): Cell =>
  v === null || v === undefined ? null : typeof v === "number" ? v : v instanceof Date ? v.toISOString().slice(0, 10) : text(String(v));

export function consolidationLayout(lang: Lang = "vi") {
  const units = new Map(getCatalog().orgUnits.map((u) => [u.id, lang === "vi" ? u.nameVi : u.nameEn]));
  const unitName = (id: string) => units.get(id) ?? id;
  const sheetNames = {
    summary: t("conSummary", {}, lang),
    detail: t("conDetail", {}, lang),
    submissions: t("conSubmissions", {}, lang),
    issues: t("conIssues", {}, lang),
    narratives: t("conNarratives", {}, lang),
  };

  const detail: TableLayout = {
    name: "TTX_Detail",
    headers: cols("conColsDetail", lang),
    widths: [9, 7, 28, 28, 14, 12, 16, 30, 28, 26, 22, 6, 12, 12, 10],
    formats: { 4: NUMBER_FORMAT, 5: NUMBER_FORMAT, 13: DATE_FORMAT },
  };
  const detailRow = (e: Entry): Cell[] => [
    text(e.code), text(e.taskGroup), text(lang === "vi" ? e.unitName : unitName(e.unitId)), text(unitName(e.currentUnitId)),
    typeof e.actual === "string" ? text(e.actual) : e.actual, e.disbursed, text(e.status), text(e.evidence), text(e.check),
    text(e.origin.file), text(e.origin.sheet), text(e.cell), text(e.period), e.submitted, text(e.templateVersion),
  ];

  const issues: TableLayout = {
    name: "TTX_Issues",
    headers: cols("conColsIssues", lang),
    widths: [20, 12, 26, 22, 7, 9, 14, 14, 14, 16, 26, 30, 90],
    formats: {},
  };
  // Labels looked up once per kind, not once per row: Issues can run to a million rows.
  const kinds = new Map<IssueKind, string>();
  const kindText = (k: IssueKind) => kinds.get(k) ?? (kinds.set(k, t(kindLabel(k), {}, lang)), kinds.get(k)!);
  const outcome = { rejected: t("conRejected", {}, lang), warning: t("conWarning", {}, lang), note: t("conNote", {}, lang) };
  // A file that holds no report (a lock file, a scanned PDF) has nothing "still counted": it is only noted.
  const noted = (i: Issue) => i.kind === "skipped_file" || i.kind === "other_file";
  const issueRow = (i: Issue): Cell[] => [
    kindText(i.kind), i.rejected ? outcome.rejected : noted(i) ? outcome.note : outcome.warning,
    text(i.origin.file), text(i.origin.sheet), text(i.cell), text(i.code), text(i.unitId),
    typed(i.values?.actual), typed(i.values?.disbursed), typed(i.values?.status), typed(i.values?.evidence), text(i.values?.other),
    text(i.message),
  ];

  const submissions: TableLayout = { name: "TTX_Submissions", headers: cols("conColsSubmissions", lang), widths: [16, 44, 24, 12, 24], formats: { 3: DATE_FORMAT } };
  const submissionRow = (s: Submission): Cell[] => [text(s.unitId), text(unitName(s.unitId)), text(s.taskGroups.join(", ")), s.submitted, t(STATUS[s.status], {}, lang)];

  const narratives: TableLayout = { name: "TTX_Narratives", headers: cols("conColsNarratives", lang), widths: [30, 7, 14, 50, 50, 50, 26, 22], formats: {} };
  const narrativeRow = (n: Narrative): Cell[] => [
    text(unitName(n.unitId)), text(n.taskGroup), t(STANDING[n.standing], {}, lang), text(n.completed), text(n.ongoing), text(n.proposals), text(n.origin.file), text(n.origin.sheet),
  ];

  // The full texts of cells over Excel's 32,767 characters, in pieces (core/consolidation/sheet-limits.ts).
  const longTexts: TableLayout = { name: "TTX_LongTexts", headers: cols("conColsLongTexts", lang), widths: [22, 9, 7, 8, 12, 100], formats: {} };

  function summary(input: SummaryInput): SummaryModel {
    const c = input.counts;
    const other: Lang = lang === "vi" ? "en" : "vi";
    // Lines from row 6 (reports of another period, Excel's limits reached); the tables start below them.
    const extra = [...(input.otherPeriods?.length ? [otherPeriodsLine(input.otherPeriods, lang)] : []), ...limitLines(input.limits, lang)];
    // Then the counted entries against the path, one line under them: row 6 when there is nothing above.
    const pathRow = 6 + extra.length;
    const groupTop = pathRow + 2;
    // A blank mean progress is explained right under the group table (and the sector table moves one row down).
    const blankNote = meanProgressNote(input.groups, lang);
    const blankNoteRow = groupTop + input.groups.length + 1;
    const sectorTop = groupTop + input.groups.length + (blankNote ? 3 : 2);
    const noteRow = sectorTop + input.sectors.length + 2;
    const groupRows = input.groups.map((g): Cell[] => [
      `${g.taskGroup} (${g.label})`, lang === "vi" ? g.title : g.titleEn, g.items, g.unitsReporting, g.entriesWithValue, g.budgetPlanned, g.budgetDisbursed, g.meanProgress,
    ]);
    const sectorRows = input.sectors.map((s): Cell[] => [
      s.sector, lang === "vi" ? s.title : s.titleEn, s.plannedKt, s.estimatedKt, s.plannedKt ? Math.round((s.estimatedKt / s.plannedKt) * 1e6) / 1e6 : null,
    ]);
    const span = (top: number, n: number, col: string) => `${col}${top + 1}:${col}${top + n}`;
    const chartTop = noteRow + 3;
    const chartBottom = chartTop + 17; // 18 rows, about 270 pt: tall enough for six labelled bars
    return {
      lines: [
        { row: 1, text: t("conTitle", {}, lang), bold: true },
        { row: 2, text: t("conPeriodLine", { period: periodText(input.period, lang), due: serialToText(input.due) }, lang) },
        // Every file found is accounted for: read, or listed (another format, a lock file, unreadable…).
        { row: 3, text: t("conFilesLine", { files: c.files, read: c.files - c.filesListed, listed: c.filesListed }, lang) },
        // Both languages of the counts line: it is the workbook's statement that nothing was lost.
        { row: 4, text: countsLine(c, lang), bold: true },
        { row: 5, text: countsLine(c, other) },
        ...extra.map((text, i) => ({ row: 6 + i, text, bold: true })),
        { row: pathRow, text: pathLine(input.groups, lang) },
        ...(blankNote ? [{ row: blankNoteRow, text: blankNote }] : []),
        { row: noteRow, text: t("conGhgNote", {}, lang) },
      ],
      tables: [
        {
          top: groupTop,
          layout: { name: "TTX_Summary_Groups", headers: cols("conColsGroups", lang), widths: SUMMARY_WIDTHS, formats: { 5: NUMBER_FORMAT, 6: NUMBER_FORMAT, 7: PERCENT_FORMAT } },
          rows: groupRows,
        },
        {
          top: sectorTop,
          layout: { name: "TTX_Summary_Sectors", headers: cols("conColsSectors", lang), widths: SUMMARY_WIDTHS, formats: { 2: NUMBER_FORMAT, 3: NUMBER_FORMAT, 4: PERCENT_FORMAT } },
          rows: sectorRows,
        },
      ],
      charts: [
        { title: t("conChartProgress", {}, lang), kind: "bar", categories: span(groupTop, groupRows.length, "A"), series: [{ name: cols("conColsGroups", lang)[7]!, values: span(groupTop, groupRows.length, "H") }], anchor: `A${chartTop}`, to: `B${chartBottom}` },
        {
          title: t("conChartBudget", {}, lang), kind: "column", categories: span(groupTop, groupRows.length, "A"),
          series: [
            { name: cols("conColsGroups", lang)[5]!, values: span(groupTop, groupRows.length, "F") },
            { name: cols("conColsGroups", lang)[6]!, values: span(groupTop, groupRows.length, "G") },
          ],
          anchor: `C${chartTop}`,
          to: `E${chartBottom}`,
        },
        {
          title: t("conChartGhg", {}, lang), kind: "column", categories: span(sectorTop, sectorRows.length, "A"),
          series: [
            { name: cols("conColsSectors", lang)[2]!, values: span(sectorTop, sectorRows.length, "C") },
            { name: cols("conColsSectors", lang)[3]!, values: span(sectorTop, sectorRows.length, "D") },
          ],
          anchor: `F${chartTop}`,
          to: `H${chartBottom}`,
        },
      ],
    };
  }

  return { sheetNames, detail, detailRow, issues, issueRow, submissions, submissionRow, narratives, narrativeRow, longTexts, summary };
}

export type ConsolidationLayout = ReturnType<typeof consolidationLayout>;

/** "Rows read N = accepted A + rejected R; …": the statement that nothing was lost, for the CLI and the task pane. */
export function countsLine(c: Counts, lang: Lang): string {
  return t("conCountsLine", { read: c.rowsRead, accepted: c.accepted, rejected: c.rejected, warnings: c.warnings, sheets: c.sheets, missing: c.unitsMissing }, lang);
}

/** A period as people write it: "6 tháng đầu năm 2025" / "First half of 2025" for "2025-H1"; any other text as it is. */
export function periodText(period: string, lang: Lang): string {
  const p = parseReportPeriod(period);
  return p ? t(p.kind === "H1" ? "tplPeriodH1" : "tplPeriodAnnual", { year: p.year }, lang) : period;
}

const PATH_LABEL: Record<PathStatus, MessageKey> = {
  on_track: "path_on_track",
  behind: "path_behind",
  ahead: "path_ahead",
  no_target: "path_no_target",
  not_reported: "path_not_reported",
};

/** "Counted items against the path: On track: 3 · Behind the path: 1 · …", every status, summed over the groups. */
export function pathLine(groups: readonly Pick<GroupSummary, "pathStatuses">[], lang: Lang): string {
  const statuses = PATH_STATUSES.map((s) => `${t(PATH_LABEL[s], {}, lang)}: ${groups.reduce((n, g) => n + (g.pathStatuses?.[s] ?? 0), 0)}`);
  return t("conPathLine", { statuses: statuses.join(" · ") }, lang);
}

/** Why the group table's mean progress is blank, naming the groups; null when no group's is. */
export function meanProgressNote(groups: readonly Pick<GroupSummary, "taskGroup" | "meanProgress" | "numericItems">[], lang: Lang): string | null {
  const blank = groups.filter((g) => g.meanProgress === null);
  const textOnly = blank.filter((g) => !g.numericItems).map((g) => g.taskGroup);
  const noFigure = blank.filter((g) => g.numericItems).map((g) => g.taskGroup);
  const reasons = [
    ...(textOnly.length ? [t("conBlankTextOnly", { groups: textOnly.join(", ") }, lang)] : []),
    ...(noFigure.length ? [t("conBlankNoFigure", { groups: noFigure.join(", ") }, lang)] : []),
  ];
  return reasons.length ? t("conMeanProgressBlank", { reasons: reasons.join("; ") }, lang) : null;
}

/** "2 reports are for another period: a.xlsx › NV3 (2024-annual); …", the first ten named. */
export function otherPeriodsLine(sheets: readonly { origin: { file: string; sheet: string }; period: string }[], lang: Lang): string {
  const shown = sheets.slice(0, 10).map((s) => `${s.origin.file} › ${s.origin.sheet} (${s.period})`);
  const more = sheets.length > shown.length ? ` (+${sheets.length - shown.length})` : "";
  return t("conOtherPeriods", { count: sheets.length, sheets: shown.join("; ") + more }, lang);
}
