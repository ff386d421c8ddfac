/**
 * Writes a consolidation into the open workbook (Office.js), rendering the same layout as the file writer
 * (core/consolidation/layout.ts) plus native charts on the summary sheet. Designed for Excel on the web:
 *  - rows go in chunks (at most `chunkCells` cells per request) so no request nears the payload limit;
 *  - one context.sync per chunk, plus one to learn the sheet names and one to finish: few, and bounded;
 *  - after each chunk the caller hears the progress and may cancel; cancelling, or any failure, deletes the
 *    sheets this run added, so the workbook is never left half-written.
 * Enum values are given as strings so this module runs against any object with Excel's shape (the test fake too).
 *
 * Text is written exactly as typed and stays a string. Excel reads `range.values` like typed input: a string that
 * starts with "=", "+" or "-" becomes a formula (Excel.Range.values reference), "12%" or "5/6" a number or date.
 * A cell whose number format is Text ("@") keeps what is entered as text, shown exactly as entered
 * (Excel.NumberFormatCategory.text), so every text cell is formatted "@" in the same request, before its value:
 * whole text columns with one value per range (a single value applies to every cell of the range), and per cell
 * in a number column that holds text (a figure typed as words). No extra sync; the layout adds no apostrophe.
 *
 * Excel's limits (core/consolidation/sheet-limits.ts), as in the file writer: a list longer than a sheet goes on to
 * "Chi tiết (2)"… (same header row, a table of its own), a text longer than a cell shows its beginning and a
 * marker, its full text in pieces on the "Long texts" sheet; the summary names both. Every row is known before
 * the first request, so every sheet's name is too.
 */
import type { Consolidation } from "../core/consolidation/in-memory";
import { PRINT, consolidationLayout, headerHeight, type Cell, type SummaryModel, type TableLayout } from "../core/consolidation/layout";
import { SheetBook, type SheetLimits } from "../core/consolidation/sheet-limits";
import { t, type Lang } from "../core/i18n/messages";
import { columnLetter } from "../core/address";

const GREEN = "#2E7D32";
const HEADER_FILL = "#E8F5E9";
/** Column widths in the layout are characters; Office.js wants points (about 5.25 pt per character). */
const POINTS_PER_CHAR = 5.25;

export interface WriteConsolidationOptions {
  lang?: Lang;
  /** Upper bound on cells sent in one request; Excel on the web refuses very large payloads. */
  chunkCells?: number;
  /**
   * Upper bound on characters of text sent in one request (a row is never split, so one row may pass it): Excel on
   * the web refuses requests over 5 MB, and a request of long texts reaches that long before its cell bound.
   */
  chunkChars?: number;
  /** Excel's rows per sheet and characters per cell; smaller only in tests, to reach them with few rows. */
  limits?: Partial<SheetLimits>;
  onProgress?: (done: number, total: number) => void;
  /** Checked after every chunk; when set, the run stops and removes what it added. */
  isCancelled?: () => boolean;
}

export interface WriteConsolidationResult {
  status: "done" | "cancelled";
  /** Names of the sheets added, in tab order (empty when cancelled). */
  sheets: string[];
  /** The sheets of each list: more than one when it passed Excel's rows (all empty when cancelled). */
  lists: Record<ListKey, string[]>;
  syncs: number;
}

type ListKey = "detail" | "submissions" | "issues" | "narratives" | "longTexts";
const NO_LISTS: Record<ListKey, string[]> = { detail: [], submissions: [], issues: [], narratives: [], longTexts: [] };

/**
 * A cell value as Excel must receive it to keep it exactly. Excel reads `range.values` like typed input: "=", "+",
 * "-" start formulas, "05/06/2025" becomes a date, "0.125" a number. A leading apostrophe is Excel's own mark for
 * "text as given": it is not part of the value (office-js #6687), shows nowhere in the cell, and unlike the Text
 * number format it does not turn text over 255 characters into #### in desktop Excel.
 */
const asTyped = (v: Cell): string | number => (v === null ? "" : typeof v === "string" ? `'${v}` : v);
const rangeOf = (top: number, rows: number, columns: number) => `A${top}:${columnLetter(columns)}${top + rows - 1}`;

/** One sheet of a list: its name, then the sheet once added, and its rows (at most the rows a sheet holds). */
interface ListJob {
  name: string;
  sheet?: Excel.Worksheet;
  layout: TableLayout;
  rows: Cell[][];
}

/** Characters of text in a row: what makes a request large once its cells are long. */
const charsOf = (row: readonly Cell[]): number => row.reduce<number>((n, v) => n + (typeof v === "string" ? v.length : 0), 0);

function queueHeader(sheet: Excel.Worksheet, top: number, layout: TableLayout): void {
  const header = sheet.getRange(rangeOf(top, 1, layout.headers.length));
  header.values = [layout.headers];
  header.format.font.bold = true;
  header.format.font.size = PRINT.baseFont;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
  header.format.rowHeight = headerHeight(layout);
  layout.widths.forEach(
    (w, i) => (sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * POINTS_PER_CHAR),
  );
}

/** Long texts wrap within their column (whole columns: one format each, whatever the rows), at the sheet's size. */
function queueColumns(sheet: Excel.Worksheet, layout: TableLayout): void {
  sheet.getRange(`A:${columnLetter(layout.headers.length)}`).format.font.size = PRINT.baseFont;
  for (const i of layout.wrap ?? []) {
    const column = sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
    column.format.wrapText = true;
    column.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  }
}

/**
 * Printing as the file writer sets it (layout.ts, PRINT): A4 landscape, fitted to one page wide (the height left
 * free: only the width is given, Excel's "Fit all columns on one page"), margins, page numbers in the footer,
 * `titleRows` repeated on every page, provenance columns left off paper (`printColumns`).
 */
function queuePrint(sheet: Excel.Worksheet, lang: Lang, titleRows?: string, printColumns?: number): void {
  const page = sheet.pageLayout;
  page.orientation = "Landscape" as Excel.PageOrientation;
  page.paperSize = "A4" as Excel.PaperType;
  page.zoom = { horizontalFitToPages: 1 };
  page.centerHorizontally = true;
  const m = PRINT.margins;
  page.leftMargin = m.left * 72;
  page.rightMargin = m.right * 72;
  page.topMargin = m.top * 72;
  page.bottomMargin = m.bottom * 72;
  page.headerMargin = m.header * 72;
  page.footerMargin = m.footer * 72;
  page.headersFooters.defaultForAllPages.centerFooter = t("conFooter", {}, lang);
  if (titleRows) page.setPrintTitleRows(titleRows);
  if (printColumns) page.setPrintArea(`A:${columnLetter(printColumns)}`);
}

/** The Summary's lines: each merged over its columns, with its font, alignment and height. */
function queueSummaryLines(summary: Excel.Worksheet, model: SummaryModel): void {
  summary.getRange(`A:${columnLetter(model.widths.length)}`).format.font.size = PRINT.baseFont;
  for (const line of model.lines) {
    const from = columnLetter(line.from ?? 1);
    const to = columnLetter(line.to ?? model.widths.length);
    const span = summary.getRange(`${from}${line.row}:${to}${line.row}`);
    span.merge(false);
    const cell = summary.getRange(`${from}${line.row}`);
    cell.values = [[asTyped(line.text)]];
    if (line.bold) cell.format.font.bold = true;
    if (line.italic) cell.format.font.italic = true;
    if (line.size) {
      cell.format.font.size = line.size;
      cell.format.font.color = GREEN;
    }
    span.format.wrapText = true;
    span.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    span.format.horizontalAlignment = (
      line.align === "center" ? "Center" : line.align === "right" ? "Right" : "Left"
    ) as Excel.HorizontalAlignment;
    if (line.height) span.format.rowHeight = line.height;
  }
}

/**
 * Number formats, then values, of rows under a list's header row, in one request: one format per formatted column
 * (a single value fills the range; text there keeps its apostrophe mark and stays text), every string as typed.
 * Returns the cells the request carries (one per single-valued range).
 */
function queueRows(sheet: Excel.Worksheet, top: number, layout: TableLayout, rows: Cell[][]): number {
  if (rows.length === 0) return 0;
  const bottom = top + rows.length - 1;
  const formats = Object.entries(layout.formats);
  for (const [column, format] of formats) {
    const letter = columnLetter(Number(column) + 1);
    // A single value applies to every cell of the range (the typings only declare the 2-D form).
    sheet.getRange(`${letter}${top}:${letter}${bottom}`).numberFormat = format as unknown as string[][];
  }
  sheet.getRange(rangeOf(top, rows.length, layout.headers.length)).values = rows.map((r) => r.map(asTyped));
  return formats.length + rows.length * layout.headers.length;
}

export async function writeConsolidationToWorkbook(
  context: Excel.RequestContext,
  result: Consolidation,
  options: WriteConsolidationOptions = {},
): Promise<WriteConsolidationResult> {
  const lang = options.lang ?? "vi";
  const layout = consolidationLayout(lang);
  const chunkCells = options.chunkCells ?? 20_000;
  const chunkChars = options.chunkChars ?? 1_000_000;
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };

  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  // Table names are unique across a workbook: a second consolidation in the same workbook gets TTX_Detail_2…
  const tables = context.workbook.tables;
  tables.load("items/name");
  await sync();
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  // Names never taken from a sheet already there: a second consolidation gets "Tổng hợp (2)"…
  const book = new SheetBook(
    lang,
    options.limits,
    sheets.items.map((s) => s.name),
  );
  const summaryName = book.claim(layout.sheetNames.summary);
  const firsts = {
    detail: book.claim(layout.sheetNames.detail),
    submissions: book.claim(layout.sheetNames.submissions),
    issues: book.claim(layout.sheetNames.issues),
    narratives: book.claim(layout.sheetNames.narratives),
  };
  // Each list on as many sheets as its rows need, texts over a cell's limit cut (their pieces go to Long texts).
  const paged = (first: string, tableLayout: TableLayout, rows: Cell[][]): ListJob[] => {
    const jobs: ListJob[] = [];
    for (let start = 0, k = 0; start === 0 || start < rows.length; start += book.rowsPerSheet, k++) {
      const name = book.sheetOf(first, k);
      const page = rows.slice(start, start + book.rowsPerSheet).map((row, i) => book.fit(row, name, 2 + i));
      jobs.push({ name, layout: tableLayout, rows: page });
    }
    return jobs;
  };
  const lists: Record<ListKey, ListJob[]> = {
    detail: paged(firsts.detail, layout.detail, result.entries.map(layout.detailRow)),
    submissions: paged(firsts.submissions, layout.submissions, result.submissions.map(layout.submissionRow)),
    issues: paged(firsts.issues, layout.issues, result.issues.map(layout.issueRow)),
    narratives: paged(firsts.narratives, layout.narratives, result.narratives.map(layout.narrativeRow)),
    longTexts: [],
  };
  const longRows = book.longTextRows();
  if (longRows.length > 0) {
    // Pieces are within the cell limit already: placed as they are.
    for (let start = 0, k = 0; start < longRows.length; start += book.rowsPerSheet, k++) {
      lists.longTexts.push({
        name: book.sheetOf(book.longTextsSheet, k),
        layout: layout.longTexts,
        rows: longRows.slice(start, start + book.rowsPerSheet),
      });
    }
  }
  const jobs = Object.values(lists).flat();
  const names = [summaryName, ...jobs.map((j) => j.name)];
  const added: Excel.Worksheet[] = [];

  try {
    // Tab order: the summary, then each list's sheets in turn.
    const summary = sheets.add(summaryName);
    added.push(summary);
    for (const job of jobs) added.push((job.sheet = sheets.add(job.name)));

    // Summary: the Decree 30 heading and the other lines, three tables, charts over them; printed like the lists.
    const model = layout.summary({ ...result, limits: book.facts() });
    queueSummaryLines(summary, model);
    for (const table of model.tables) {
      queueHeader(summary, table.top, table.layout);
      queueRows(summary, table.top + 1, table.layout, table.rows);
      for (const i of table.layout.wrap ?? [])
        summary.getRange(`${columnLetter(i + 1)}${table.top + 1}:${columnLetter(i + 1)}${table.top + table.rows.length}`).format.wrapText =
          true;
      table.heights?.forEach((h, i) => {
        if (h) summary.getRange(`A${table.top + 1 + i}`).format.rowHeight = h;
      });
    }
    queuePrint(summary, lang);
    // A page starts at the charts and at the item table (a break goes before the range's top row).
    for (const top of model.pageBreaks) summary.horizontalPageBreaks.add(`A${top}`);

    // Lists: headers now, rows in chunks below.
    for (const job of jobs) {
      queueHeader(job.sheet!, 1, job.layout);
      queueColumns(job.sheet!, job.layout);
      queuePrint(job.sheet!, lang, "$1:$1", job.layout.printColumns);
      job.sheet!.freezePanes.freezeRows(1);
    }
    await sync();

    const total = jobs.reduce((n, j) => n + j.rows.length, 0);
    let done = 0;
    options.onProgress?.(0, total);
    // Requests are filled up to chunkCells (and chunkChars) across sheets (a short list shares a request with the
    // next), so the syncs are about cells ÷ chunkCells; the last rows travel with the finishing request.
    let pending = 0;
    let pendingChars = 0;
    for (const job of jobs) {
      // A row costs its values; a request of rows also carries one number format per formatted column.
      const cellsPerRow = job.layout.headers.length;
      const perRequest = Object.keys(job.layout.formats).length;
      for (let start = 0; start < job.rows.length;) {
        let room = Math.floor((chunkCells - pending - perRequest) / cellsPerRow);
        if (room > 0 && pendingChars > 0 && pendingChars + charsOf(job.rows[start]!) > chunkChars) room = 0;
        if (room <= 0) {
          await sync();
          pending = 0;
          pendingChars = 0;
          options.onProgress?.(done, total);
          if (options.isCancelled?.()) {
            await removeSheets(added, sync);
            return { status: "cancelled", sheets: [], lists: NO_LISTS, syncs };
          }
          room = Math.max(1, Math.floor((chunkCells - perRequest) / cellsPerRow));
        }
        // Rows up to the room in cells, and in characters (always at least one row).
        let end = Math.min(job.rows.length, start + room);
        let chars = 0;
        for (let i = start; i < end; i++) {
          const c = charsOf(job.rows[i]!);
          if (i > start && pendingChars + chars + c > chunkChars) {
            end = i;
            break;
          }
          chars += c;
        }
        const rows = job.rows.slice(start, end);
        pending += queueRows(job.sheet!, 2 + start, job.layout, rows);
        pendingChars += chars;
        done += rows.length;
        start += rows.length;
      }
    }
    options.onProgress?.(done, total);
    if (options.isCancelled?.()) {
      await removeSheets(added, sync);
      return { status: "cancelled", sheets: [], lists: NO_LISTS, syncs };
    }

    // Finish: tables over the lists, one per sheet (sorting and filtering for the reader), charts, summary in front.
    for (const job of jobs) {
      const table = job.sheet!.tables.add(rangeOf(1, Math.max(2, job.rows.length + 1), job.layout.headers.length), true);
      table.name = uniqueTableName(job.layout.name, tableNames);
    }
    for (const spec of model.charts) {
      const type = spec.kind === "bar" ? "BarClustered" : "ColumnClustered";
      const chart = summary.charts.add(type as Excel.ChartType, summary.getRange(spec.series[0]!.values), "Columns" as Excel.ChartSeriesBy);
      chart.title.text = spec.title;
      const first = chart.series.getItemAt(0);
      first.name = spec.series[0]!.name;
      first.setXAxisValues(summary.getRange(spec.categories));
      for (const extra of spec.series.slice(1)) {
        const series = chart.series.add(extra.name);
        series.setValues(summary.getRange(extra.values));
        series.setXAxisValues(summary.getRange(spec.categories));
      }
      chart.setPosition(spec.anchor, spec.to);
    }
    summary.activate();
    await sync();
    const sheetsOf = (key: ListKey) => lists[key].map((j) => j.name);
    return {
      status: "done",
      sheets: names,
      lists: {
        detail: sheetsOf("detail"),
        submissions: sheetsOf("submissions"),
        issues: sheetsOf("issues"),
        narratives: sheetsOf("narratives"),
        longTexts: sheetsOf("longTexts"),
      },
      syncs,
    };
  } catch (error) {
    await removeSheets(added, sync).catch(() => undefined);
    throw error;
  }
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Deletes the sheets a run added: the undo for a cancelled or failed run. */
async function removeSheets(added: readonly Excel.Worksheet[], sync: () => Promise<void>): Promise<void> {
  for (const sheet of added) sheet.delete();
  await sync();
}
