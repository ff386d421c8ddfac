/**
 * The consolidated workbook as data: sheet names, table headers, how an entry or issue becomes a row, and where
 * the summary's tables and charts sit. Both writers (ExcelJS for files, Office.js in the add-in) render this, so
 * the two workbooks cannot drift apart. Text is kept exactly as typed (no apostrophe added): each writer stores it
 * as a string cell, which Excel never evaluates (ExcelJS writes a JS string as a string cell; the Office.js writer
 * formats text cells as Text before writing their values). The apostrophe defence is for CSV only (csvField).
 *
 * The Summary is the page a director reads first: the Decree 30/2020/NĐ-CP heading (agency, motto,
 * number, place and date, title), the headline figures, the tables and charts, the count check as a footnote, and
 * the signature block. Every sheet prints on A4 landscape at 9 pt or more (PRINT, printScale).
 */
import { isoOfDate, serialToText } from "../cells/values";
import { progress } from "../functions/progress";
import { t, type Lang, type MessageKey } from "../i18n/messages";
import { dueDate, dueIso, parseReportPeriod } from "../plan/calendar";
import { getCatalog } from "../plan/catalog";
import { UNIT_LABELS, formatNumber } from "../plan/milestones";
import { PATH_STATUSES, type PathStatus } from "../plan/path";
import { unitOnDate } from "../plan/responsibility";
import type { OrgUnitT } from "../plan/schema";
import type { Counts, Narrative, Standing, Submission, SubmissionStatus } from "./consolidator";
import { limitLines, type LimitFacts } from "./sheet-limits";
import type { Entry, Issue, IssueKind } from "./report";
import { roleOf, type GroupSummary, type ItemSummary, type SectorSummary } from "./summary";

export type Cell = string | number | null;

const DATE_FORMAT = "dd/mm/yyyy";
const PERCENT_FORMAT = "0%";
const NUMBER_FORMAT = "#,##0.##";

/**
 * Printing: every sheet on A4 landscape, fitted to the page's width (never its height), header rows
 * repeated, "Trang &P/&N" in the footer. Fitting scales the sheet down by printable width ÷ width of the printed
 * columns, so the columns are chosen narrow enough for the text to stay at least 9 pt on paper: `printScale`
 * states that scale, and a test holds every sheet of the layout to it.
 */
export const PRINT = {
  /** ExcelJS / OOXML paper size 9 = A4; Office.js "A4". */
  paperSize: 9,
  orientation: "landscape" as const,
  /** Inches, as both APIs take them (Office.js takes points: × 72). */
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  /** The text size of every sheet, and the least it may become on paper. */
  baseFont: 11,
  minPrintedFont: 9,
};
/** A4 is 297 mm wide in landscape: 841.89 pt. */
const A4_LANDSCAPE_WIDTH_PT = (297 / 25.4) * 72;
const PRINTABLE_WIDTH_PT = A4_LANDSCAPE_WIDTH_PT - (PRINT.margins.left + PRINT.margins.right) * 72;

/**
 * A column `w` characters wide in points, as Excel lays it out with an 11 pt Calibri/Aptos body font: 7 px per
 * character plus 5 px of padding, at 96 px per inch (0.75 pt per px).
 */
const columnPoints = (w: number): number => (w * 7 + 5) * 0.75;

/** The scale fitting these columns to the page's width (1 when they fit as they are). */
export function printScale(widths: readonly number[]): number {
  const total = widths.reduce((n, w) => n + columnPoints(w), 0);
  return Math.min(1, PRINTABLE_WIDTH_PT / total);
}

export interface TableLayout {
  /** Excel table name (ASCII, unique in the workbook). */
  name: string;
  headers: string[];
  widths: number[];
  /** Column index (0-based) → number format. */
  formats: Record<number, string>;
  /** Columns (0-based) whose text wraps: long texts stay within their column when printed. */
  wrap?: number[];
  /**
   * Columns printed, from A (all when absent): the provenance columns after them (file, sheet, cell…) are for
   * tracing, kept on screen, left off paper so the rest prints at a readable size.
   */
  printColumns?: number;
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

interface SummaryInput {
  period: string;
  due: number;
  counts: Counts;
  groups: GroupSummary[];
  sectors: SectorSummary[];
  /** Every unit expected, with what it sent: the headline's on time / late / missing / empty. */
  submissions?: readonly Pick<Submission, "status">[];
  /** Sheets refused as another period's reports: named under the headline, where they cannot be missed. */
  otherPeriods?: { origin: { file: string; sheet: string }; period: string }[];
  /** Excel's limits reached (lists continued on more sheets, texts cut): stated under the headline, never silent. */
  limits?: LimitFacts;
}

/** A line of text over columns `from`…`to` (1-based, merged; the whole width when absent). */
export interface SummaryLine {
  row: number;
  text: Cell;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (the sheet's base size when absent). */
  size?: number;
  align?: "left" | "center" | "right";
  from?: number;
  to?: number;
  /** Row height in points, for a line that wraps onto more than one line. */
  height?: number;
}

export interface SummaryModel {
  /** Lines of text, 1-based rows; two lines may share a row side by side (the Decree 30 header, the signatures). */
  lines: SummaryLine[];
  tables: { top: number; layout: TableLayout; rows: Cell[][]; heights?: (number | undefined)[] }[];
  charts: ChartSpec[];
  /** Column widths of the sheet (characters): every table on it shares them. */
  widths: number[];
  /** Rows a printed page starts at: the charts and the item table never split across two pages at their top. */
  pageBreaks: number[];
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

/**
 * The Summary's twelve columns, shared by its tables: group, item and sector tables line up, and the whole fits A4
 * landscape at about 88% (9.7 pt on paper).
 */
const SUMMARY_WIDTHS = [9, 38, 11, 11, 9, 9, 11, 8, 12, 10, 10, 20];
const SUMMARY_COLUMNS = SUMMARY_WIDTHS.length;
/** Points per line of 11 pt text, and a wrapped text's lines in a column of `w` characters. */
const LINE_PT = 15;
/**
 * Lines a text takes when wrapped in a column `w` characters wide, word by word (a word longer than the line is
 * broken); `bold` text is a little wider.
 */
function textLines(text: string, w: number, bold = false): number {
  // Measured on the rendered Summary: about 1.1 characters of regular text per unit of width, 0.9 of bold.
  const room = Math.max(3, Math.floor((w - 1) * (bold ? 0.9 : 1.1)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= room) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.ceil(word.length / room) - 1;
        used = word.length % room || room;
      }
    }
  }
  return Math.max(1, lines);
}
const linesIn = (text: string, w: number, bold = false) => textLines(text, w, bold);
/** Every column of a Summary table: wrapped and top-aligned, so a code sits level with its wrapped name. */
const ALL_COLUMNS = SUMMARY_WIDTHS.map((_w, i) => i);
/** Height of a header row: its longest wrapped (bold) header. */
export const headerHeight = (layout: Pick<TableLayout, "headers" | "widths">): number =>
  LINE_PT * Math.max(1, ...layout.headers.map((h, i) => textLines(h, layout.widths[i] ?? 10, true)));

/** Typed so that a new IssueKind without a label in the message catalogue does not compile. */
const kindLabel = (kind: IssueKind): `kind_${IssueKind}` => `kind_${kind}`;
/** A text cell, exactly as typed; empty text is an empty cell. Writers store it as a string, never a formula. */
const text = (v: string | null | undefined): Cell => (v === null || v === undefined || v === "" ? null : v);
const cols = (key: MessageKey, lang: Lang) => t(key, {}, lang).split("|");
/** A value as a refused row held it: a number stays a number, a date its day, anything else its text. */
const typed = (v: unknown): Cell =>
  v === null || v === undefined ? null : typeof v === "number" ? v : v instanceof Date ? isoOfDate(v) : text(String(v));

/**
 * An issue's text in one language: its own text, or its "vi · en" message split where the producer set no text. A
 * message in one language only (no " · ") is the workbook language's text, and the other language has none.
 */
export function issueText(i: Pick<Issue, "message" | "text">, lang: Lang, first = true): string | null {
  if (i.text) return i.text[lang];
  const at = i.message.indexOf(" · ");
  if (at < 0) return first ? i.message : null;
  return lang === "vi" ? i.message.slice(0, at) : i.message.slice(at + 3);
}

export function consolidationLayout(lang: Lang = "vi") {
  const catalog = getCatalog();
  const units = new Map(catalog.orgUnits.map((u) => [u.id, lang === "vi" ? u.nameVi : u.nameEn]));
  const unitName = (id: string) => units.get(id) ?? id;
  // Item names by code, looked up once per code (Detail can run to a million rows).
  const names = new Map<string, string>([
    ...catalog.ghgActions.map((a): [string, string] => [a.code, lang === "vi" ? a.nameVi : a.nameEn]),
    ...catalog.tasks.map((x): [string, string] => [x.code, x.textVi]),
    ...catalog.projects.map((p): [string, string] => [p.code, p.nameVi]),
  ]);
  const role = { lead: t("conRoleLead", {}, lang), coordinating: t("conRoleCoordinating", {}, lang), none: "—" };
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
    // Printed: code … evidence (166 characters, about 84%: 9.3 pt); then where each figure came from.
    widths: [7, 6, 34, 22, 10, 11, 8, 24, 10, 12, 22, 22, 24, 18, 6, 9, 11, 8],
    formats: { 5: NUMBER_FORMAT, 6: PERCENT_FORMAT, 8: NUMBER_FORMAT, 16: DATE_FORMAT },
    wrap: [2, 3, 7, 9, 10],
    printColumns: 11,
  };
  // Progress beside each figure: the share of the milestone due in the report year (TTX.PROGRESS).
  const years = new Map<string, number | undefined>();
  const yearOf = (period: string) =>
    years.has(period) ? years.get(period) : (years.set(period, parseReportPeriod(period)?.year), years.get(period));
  const detailRow = (e: Entry): Cell[] => {
    const r = roleOf(e);
    const share = typeof e.actual === "number" ? progress(e.code, e.actual, yearOf(e.period)) : null;
    return [
      text(e.code),
      text(e.taskGroup),
      text(names.get(e.code) ?? null),
      text(lang === "vi" ? e.unitName : unitName(e.unitId)),
      r === "lead" ? role.lead : r === "coordinating" ? role.coordinating : role.none,
      typeof e.actual === "string" ? text(e.actual) : e.actual,
      typeof share === "number" ? share : null,
      text(e.check),
      e.disbursed,
      text(e.status),
      text(e.evidence),
      text(unitName(e.answeringUnitId)),
      text(e.origin.file),
      text(e.origin.sheet),
      text(e.cell),
      text(e.period),
      e.submitted,
      text(e.templateVersion),
    ];
  };

  const issues: TableLayout = {
    name: "TTX_Issues",
    headers: cols("conColsIssues", lang),
    // Every column printed, narrow and wrapped: 165 characters, about 84% (9.3 pt).
    widths: [13, 9, 16, 11, 5, 6, 9, 8, 8, 8, 10, 10, 26, 26],
    formats: {},
    wrap: [0, 1, 2, 3, 6, 9, 10, 11, 12, 13],
  };
  // Labels looked up once per kind, not once per row: Issues can run to a million rows.
  const kinds = new Map<IssueKind, string>();
  const kindText = (k: IssueKind) => kinds.get(k) ?? (kinds.set(k, t(kindLabel(k), {}, lang)), kinds.get(k)!);
  const outcome = { rejected: t("conRejected", {}, lang), warning: t("conWarning", {}, lang), note: t("conNote", {}, lang) };
  const other: Lang = lang === "vi" ? "en" : "vi";
  // A file that holds no report (a lock file, a scanned PDF) has nothing "still counted": it is only noted.
  const noted = (i: Issue) => i.kind === "skipped_file" || i.kind === "other_file";
  // Each language in its own column, the workbook's first.
  const issueRow = (i: Issue): Cell[] => [
    kindText(i.kind),
    i.rejected ? outcome.rejected : noted(i) ? outcome.note : outcome.warning,
    text(i.origin.file),
    text(i.origin.sheet),
    text(i.cell),
    text(i.code),
    text(i.unitId),
    typed(i.values?.actual),
    typed(i.values?.disbursed),
    typed(i.values?.status),
    typed(i.values?.evidence),
    text(i.values?.other),
    text(issueText(i, lang)),
    text(issueText(i, other, false)),
  ];

  const submissions: TableLayout = {
    name: "TTX_Submissions",
    headers: cols("conColsSubmissions", lang),
    widths: [16, 44, 24, 12, 24],
    formats: { 3: DATE_FORMAT },
    wrap: [1, 2, 4],
  };
  const submissionRow = (s: Submission): Cell[] => [
    text(s.unitId),
    text(unitName(s.unitId)),
    text(s.taskGroups.join(", ")),
    s.submitted,
    t(STATUS[s.status], {}, lang),
  ];

  const narratives: TableLayout = {
    name: "TTX_Narratives",
    headers: cols("conColsNarratives", lang),
    // Printed: unit … proposals (159 characters, about 90%); file and sheet after them.
    widths: [22, 6, 11, 40, 40, 40, 24, 18],
    formats: {},
    wrap: [0, 2, 3, 4, 5],
    printColumns: 6,
  };
  const narrativeRow = (n: Narrative): Cell[] => [
    text(unitName(n.unitId)),
    text(n.taskGroup),
    t(STANDING[n.standing], {}, lang),
    text(n.completed),
    text(n.ongoing),
    text(n.proposals),
    text(n.origin.file),
    text(n.origin.sheet),
  ];

  // The full texts of cells over Excel's 32,767 characters, in pieces (core/consolidation/sheet-limits.ts).
  const longTexts: TableLayout = {
    name: "TTX_LongTexts",
    headers: cols("conColsLongTexts", lang),
    widths: [22, 9, 7, 8, 12, 100],
    formats: {},
    wrap: [5],
  };

  function summary(input: SummaryInput): SummaryModel {
    const c = input.counts;
    const width = SUMMARY_COLUMNS;
    const lines: SummaryLine[] = [];
    const tables: SummaryModel["tables"] = [];
    let row = 1;
    // A line over the whole width (or `from`…`to`), as tall as its wrapped text needs.
    const put = (line: Omit<SummaryLine, "row">, at = row) => {
      const span = SUMMARY_WIDTHS.slice((line.from ?? 1) - 1, line.to ?? width).reduce((a, b) => a + b, 0);
      const n = linesIn(
        String(line.text ?? ""),
        span * (line.size && line.size > PRINT.baseFont ? PRINT.baseFont / line.size : 1),
        line.bold,
      );
      lines.push({
        row: at,
        ...line,
        ...(n > 1 ? { height: LINE_PT * n * Math.max(1, (line.size ?? PRINT.baseFont) / PRINT.baseFont) } : {}),
      });
    };

    // Decree 30/2020/NĐ-CP, Appendix I: the issuing agency over its parent, top left; the national motto top right;
    // the number under the agency, place and date under the motto; then the kind of document and its title.
    const focal = focalUnit(input.period);
    const abbr = documentAbbr(focal?.abbr ?? "");
    const year = parseReportPeriod(input.period)?.year ?? new Date().getFullYear();
    const dueYear = dueYearOf(input.period) ?? year;
    put({ text: t("conAgencyProvince", {}, lang), align: "center", from: 1, to: 2 }, 1);
    put({ text: t("conMotto", {}, lang), bold: true, align: "center", from: 5, to: width }, 1);
    put(
      { text: (focal ? (lang === "vi" ? focal.nameVi : focal.nameEn) : "").toUpperCase(), bold: true, align: "center", from: 1, to: 2 },
      2,
    );
    put({ text: t("conMottoLine", {}, lang), bold: true, align: "center", from: 5, to: width }, 2);
    put({ text: t("conNumberLine", { abbr }, lang), align: "center", from: 1, to: 2 }, 4);
    put({ text: t("conPlaceDate", { year: dueYear }, lang), italic: true, align: "center", from: 5, to: width }, 4);
    put({ text: t("conReportWord", {}, lang), bold: true, size: 14, align: "center" }, 6);
    put({ text: t("conReportTitle", { period: periodText(input.period, lang) }, lang), bold: true, align: "center" }, 7);
    put({ text: t("conDueLine", { due: serialToText(input.due) }, lang), italic: true, align: "center" }, 8);

    // I. The headline: units, items, budget, GHG; then what must not be missed (other periods, Excel's limits).
    row = 10;
    put({ text: t("conHeadHeadline", {}, lang), bold: true }, row++);
    for (const text of headlineLines(input, lang, sheetNames.submissions)) put({ text }, row++);
    const extra = [...(input.otherPeriods?.length ? [otherPeriodsLine(input.otherPeriods, lang)] : []), ...limitLines(input.limits, lang)];
    for (const text of extra) put({ text, bold: true }, row++);

    // II. Task groups: the table, why a mean progress is blank, the charts under it.
    row++;
    put({ text: t("conHeadGroups", {}, lang), bold: true }, row++);
    const groupTop = row;
    const groupRows = input.groups.map((g): Cell[] => [
      `${g.taskGroup} (${g.label})`,
      lang === "vi" ? g.title : g.titleEn,
      g.items,
      g.numericItems,
      g.unitsReporting,
      g.itemsWithFigure,
      g.meanProgress,
      g.pathStatuses.on_track + g.pathStatuses.ahead,
      g.pathStatuses.behind,
      g.budgetPlanned,
      g.budgetDisbursed,
      g.budgetPlanned > 0 ? Math.round((g.budgetDisbursed / g.budgetPlanned) * 1e4) / 1e4 : null,
    ]);
    const groupLayout: TableLayout = {
      name: "TTX_Summary_Groups",
      headers: cols("conColsGroups", lang),
      widths: SUMMARY_WIDTHS,
      wrap: ALL_COLUMNS,
      formats: { 6: PERCENT_FORMAT, 9: NUMBER_FORMAT, 10: NUMBER_FORMAT, 11: PERCENT_FORMAT },
    };
    tables.push({ top: groupTop, layout: groupLayout, rows: groupRows, heights: groupRows.map((r) => heightOf(r, groupLayout)) });
    row = groupTop + groupRows.length + 1;
    const blankNote = meanProgressNote(input.groups, lang);
    if (blankNote) put({ text: blankNote, italic: true }, row++);
    row++;
    const chartTop = row;
    const chartBottom = chartTop + 17; // 18 rows, about 270 pt: tall enough for six labelled bars
    row = chartBottom + 2;

    // III. GHG by sector.
    put({ text: t("conHeadSectors", {}, lang), bold: true }, row++);
    const sectorTop = row;
    const sectorRows = input.sectors.map((s): Cell[] => [
      s.sector,
      lang === "vi" ? s.title : s.titleEn,
      s.plannedKt,
      s.estimatedKt,
      s.plannedKt ? Math.round((s.estimatedKt / s.plannedKt) * 1e6) / 1e6 : null,
    ]);
    tables.push({
      top: sectorTop,
      layout: {
        name: "TTX_Summary_Sectors",
        headers: cols("conColsSectors", lang),
        widths: SUMMARY_WIDTHS,
        wrap: [0, 1, 2, 3, 4],
        formats: { 2: NUMBER_FORMAT, 3: NUMBER_FORMAT, 4: PERCENT_FORMAT },
      },
      rows: sectorRows,
    });
    row = sectorTop + sectorRows.length + 1;
    put({ text: t("conGhgNote", {}, lang), italic: true }, row++);

    // IV. Every item: the province's figure by its rule, how many units it rests on, budget planned and disbursed.
    row++;
    const itemsHead = row;
    put({ text: t("conHeadItems", {}, lang), bold: true }, row++);
    const itemTop = row;
    const itemLayout: TableLayout = {
      name: "TTX_Summary_Items",
      headers: cols("conColsItems", lang),
      widths: SUMMARY_WIDTHS,
      wrap: ALL_COLUMNS,
      formats: { 6: NUMBER_FORMAT, 7: PERCENT_FORMAT, 9: NUMBER_FORMAT, 10: NUMBER_FORMAT },
    };
    const itemRows = input.groups.flatMap((g) => (g.itemSummaries ?? []).map((i) => itemRow(i, lang)));
    tables.push({ top: itemTop, layout: itemLayout, rows: itemRows, heights: itemRows.map((r) => heightOf(r, itemLayout)) });
    row = itemTop + itemRows.length + 1;
    put({ text: t("conItemsNote", {}, lang), italic: true }, row++);

    // The count check, as a footnote: every file and row accounted for, in both languages (nothing was lost).
    row++;
    put({ text: t("conFootnoteHead", {}, lang), italic: true, bold: true }, row++);
    put({ text: t("conFilesLine", { files: c.files, read: c.files - c.filesListed, listed: c.filesListed }, lang), italic: true }, row++);
    put({ text: countsLine(c, lang), italic: true }, row++);
    put({ text: countsLine(c, other), italic: true }, row++);
    put({ text: pathEntriesLine(input.groups, lang), italic: true }, row++);

    // Signatures (Decree 30): the preparer left, the head of the agency right, room to sign; the recipients under.
    row++;
    put({ text: t("conSignerLeft", {}, lang), bold: true, align: "center", from: 1, to: 2 }, row);
    put({ text: t("conSignerRight", {}, lang), bold: true, align: "center", from: 7, to: width }, row++);
    put({ text: t("conSignerLeftNote", {}, lang), italic: true, align: "center", from: 1, to: 2 }, row);
    put({ text: t("conSignerRightNote", {}, lang), italic: true, align: "center", from: 7, to: width }, row++);
    row += 4;
    put({ text: t("conRecipients", {}, lang), bold: true, italic: true, from: 1, to: 2 }, row++);
    for (const text of t("conRecipientList", { abbr: focal?.abbr ?? "" }, lang).split("|")) put({ text, from: 1, to: 2 }, row++);

    const span = (top: number, n: number, col: string) => `${col}${top + 1}:${col}${top + n}`;
    const groupCols = cols("conColsGroups", lang);
    const sectorCols = cols("conColsSectors", lang);
    return {
      lines,
      tables,
      widths: SUMMARY_WIDTHS,
      // Page 1: heading, headline and group table; then the charts with the sector table; then the items.
      pageBreaks: [chartTop, itemsHead],
      charts: [
        {
          title: t("conChartProgress", {}, lang),
          kind: "bar",
          categories: span(groupTop, groupRows.length, "A"),
          series: [{ name: groupCols[6]!, values: span(groupTop, groupRows.length, "G") }],
          anchor: `A${chartTop}`,
          to: `B${chartBottom}`,
        },
        {
          title: t("conChartBudget", {}, lang),
          kind: "column",
          categories: span(groupTop, groupRows.length, "A"),
          series: [
            { name: groupCols[9]!, values: span(groupTop, groupRows.length, "J") },
            { name: groupCols[10]!, values: span(groupTop, groupRows.length, "K") },
          ],
          anchor: `C${chartTop}`,
          to: `G${chartBottom}`,
        },
        {
          title: t("conChartGhg", {}, lang),
          kind: "column",
          categories: span(sectorTop, sectorRows.length, "A"),
          series: [
            { name: sectorCols[2]!, values: span(sectorTop, sectorRows.length, "C") },
            { name: sectorCols[3]!, values: span(sectorTop, sectorRows.length, "D") },
          ],
          anchor: `H${chartTop}`,
          to: `L${chartBottom}`,
        },
      ],
    };
  }

  return { sheetNames, detail, detailRow, issues, issueRow, submissions, submissionRow, narratives, narrativeRow, longTexts, summary };
}

/** A table row's height when one of its wrapped texts needs more than a line; undefined otherwise. */
function heightOf(cells: readonly Cell[], layout: TableLayout): number | undefined {
  const n = Math.max(1, ...(layout.wrap ?? []).map((i) => linesIn(String(cells[i] ?? ""), layout.widths[i] ?? 10)));
  return n > 1 ? LINE_PT * n : undefined;
}

const RULE_LABEL: Record<ItemSummary["rule"], MessageKey> = {
  sum: "conRule_sum",
  lead: "conRule_lead",
  max: "conRule_max",
  text: "conRule_text",
};

function itemRow(i: ItemSummary, lang: Lang): Cell[] {
  const blank =
    i.blank === null
      ? null
      : i.blank === "lead_missing"
        ? t("conBlank_lead_missing", { count: i.unitsWithFigure }, lang)
        : t(`conBlank_${i.blank}`, {}, lang);
  return [
    i.code,
    lang === "vi" ? i.nameVi : i.nameEn,
    t(RULE_LABEL[i.rule], {}, lang),
    i.unit ? UNIT_LABELS[i.unit][lang] : null,
    i.unitsReporting,
    i.rule === "text" ? null : i.unitsCounted,
    i.province,
    i.progress,
    i.rule === "text" ? null : t(PATH_LABEL[i.pathStatus], {}, lang),
    i.budgetPlanned,
    i.unitsDisbursing ? i.budgetDisbursed : null,
    blank,
  ];
}

/**
 * The headline of the Summary: units (on time, late, missing, empty, other), items against the path (judged on the
 * province's figures), budget disbursed against planned, GHG estimated against the 2030 plan.
 */
export function headlineLines(
  input: Pick<SummaryInput, "groups" | "sectors" | "submissions">,
  lang: Lang,
  submissionsSheet = t("conSubmissions", {}, lang),
): string[] {
  const subs = input.submissions ?? [];
  const count = (...s: SubmissionStatus[]) => subs.filter((x) => s.includes(x.status)).length;
  const otherUnits = count("no_date", "conflict", "rejected");
  const units =
    t(
      "conHeadlineUnits",
      {
        expected: subs.length,
        onTime: count("on_time"),
        late: count("late"),
        missing: count("missing"),
        empty: count("empty"),
        other: otherUnits,
      },
      lang,
    ) + (otherUnits ? t("conHeadlineUnitsOther", { sheet: submissionsSheet }, lang) : "");
  const items = input.groups.flatMap((g) => g.itemSummaries ?? []);
  const numeric = items.filter((i) => i.rule !== "text");
  const status = (s: PathStatus) => numeric.filter((i) => i.pathStatus === s).length;
  const itemsLine = t(
    "conHeadlineItems",
    {
      numeric: numeric.length,
      onTrack: status("on_track"),
      behind: status("behind"),
      ahead: status("ahead"),
      none: numeric.filter((i) => i.province === null).length,
      text: items.length - numeric.length,
    },
    lang,
  );
  const planned = input.groups.reduce((s, g) => s + g.budgetPlanned, 0);
  const disbursed = input.groups.reduce((s, g) => s + g.budgetDisbursed, 0);
  const pct = (a: number, b: number) => (b > 0 ? `${formatNumber(Math.round((a / b) * 1000) / 10, lang)}%` : "—");
  const budget = t(
    "conHeadlineBudget",
    { disbursed: formatNumber(disbursed, lang), planned: formatNumber(planned, lang), share: pct(disbursed, planned) },
    lang,
  );
  const plannedKt = input.sectors.reduce((s, x) => s + x.plannedKt, 0);
  const estimatedKt = input.sectors.reduce((s, x) => s + x.estimatedKt, 0);
  const ghg = t(
    "conHeadlineGhg",
    { estimated: formatNumber(estimatedKt, lang), planned: formatNumber(plannedKt, lang), share: pct(estimatedKt, plannedKt) },
    lang,
  );
  return [units, itemsLine, budget, ghg];
}

/** The focal department on the period's due date: the decision's (Sở KH&ĐT), or its successor from the day it took over. */
export function focalUnit(period: string): OrgUnitT | undefined {
  const p = parseReportPeriod(period);
  return unitOnDate(getCatalog().decision.focalPoint, p ? dueIso(p) : "9999-12-31") ?? undefined;
}

const dueYearOf = (period: string): number | undefined => {
  const p = parseReportPeriod(period);
  return p ? dueDate(p).year : undefined;
};

/** The agency's letters in a document number: "Sở TC" → "STC", "Sở KH&ĐT" → "SKHĐT". */
const documentAbbr = (abbr: string): string =>
  abbr
    .replace(/^Sở\s+/u, "S")
    .replace(/[&\s.]/g, "")
    .toUpperCase();

/** "Rows read N = accepted A + rejected R; …": the statement that nothing was lost, for the CLI and the task pane. */
export function countsLine(c: Counts, lang: Lang): string {
  return t(
    "conCountsLine",
    { read: c.rowsRead, accepted: c.accepted, rejected: c.rejected, warnings: c.warnings, sheets: c.sheets, missing: c.unitsMissing },
    lang,
  );
}

/** A period as people write it: "6 tháng đầu năm 2025", "năm 2025" (first half of 2025, year 2025); any other text as it is. */
export function periodText(period: string, lang: Lang): string {
  const p = parseReportPeriod(period);
  return p ? t(p.kind === "H1" ? "conPeriodH1" : "conPeriodAnnual", { year: p.year }, lang) : period;
}

const PATH_LABEL: Record<PathStatus, MessageKey> = {
  on_track: "path_on_track",
  behind: "path_behind",
  ahead: "path_ahead",
  no_target: "path_no_target",
  not_reported: "path_not_reported",
};

/**
 * "Units' figures against the path: On track: 3 · Behind the path: 1 · …": every counted entry (one unit's figure)
 * by status, summed over the groups; the footnote's, the headline counts items by the province's figures.
 */
export function pathEntriesLine(groups: readonly Pick<GroupSummary, "entryStatuses">[], lang: Lang): string {
  const statuses = PATH_STATUSES.map(
    (s) => `${t(PATH_LABEL[s], {}, lang)}: ${groups.reduce((n, g) => n + (g.entryStatuses?.[s] ?? 0), 0)}`,
  );
  return t("conPathEntriesLine", { statuses: statuses.join(" · ") }, lang);
}

/** Why the group table's mean progress is blank, naming the groups; null when no group's is. */
export function meanProgressNote(
  groups: readonly Pick<GroupSummary, "taskGroup" | "meanProgress" | "numericItems">[],
  lang: Lang,
): string | null {
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
