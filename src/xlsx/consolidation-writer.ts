/**
 * Writes the consolidated workbook as an .xlsx file with ExcelJS's streaming writer, rendering the layout of
 * core/consolidation/layout.ts. Detail and Issues rows are written as the engine replays them and committed at
 * once, with backpressure, so memory stays flat however many rows there are. The summary's native charts are
 * parts of their own (streamed-charts.ts), ExcelJS having none.
 *
 * Excel's limits (core/consolidation/sheet-limits.ts): a list longer than a sheet goes on to "Chi tiết (2)"…, a
 * text longer than a cell shows its beginning and a marker, its full text on the "Long texts" sheet. Both are
 * known only once the rows have streamed, so the summary, which states them, is written last, in the first place
 * kept for it (`reserveFirst`): sheet1.xml, first in the workbook's sheet order.
 */
import ExcelJS from "exceljs";
import { createWriteStream } from "fs";
import { PassThrough, type Writable } from "stream";
import { columnLetter } from "../core/address";
import type { Consolidator, Counts } from "../core/consolidation/consolidator";
import { PRINT, consolidationLayout, headerHeight, type Cell, type SummaryModel, type TableLayout } from "../core/consolidation/layout";
import { SheetBook, type SheetLimits } from "../core/consolidation/sheet-limits";
import { t, type Lang } from "../core/i18n/messages";
import { addSummaryCharts } from "./streamed-charts";

const GREEN = "FF2E7D32";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F5E9" } };
// Printed for the committee: A4 landscape, one page wide and as many long as it takes (layout.ts, PRINT).
const PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: PRINT.paperSize,
  orientation: PRINT.orientation,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { ...PRINT.margins },
  horizontalCentered: true,
};
/** Page numbers in the footer's centre ("Trang &P/&N"). */
const footer = (lang: Lang): Partial<ExcelJS.HeaderFooter> => ({ oddFooter: `&C${t("conFooter", {}, lang)}` });

type Sheet = ExcelJS.Worksheet;

/**
 * Data cells share a few style objects instead of each getting its own: ExcelJS looks styles up by object
 * identity first, so this halves the time to write a row. The shared objects are never mutated (no cell.numFmt =).
 */
const PLAIN: Partial<ExcelJS.Style> = {};
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const STYLES = new Map<string, Partial<ExcelJS.Style>>();
const styleFor = (format: string | undefined, wrap: boolean): Partial<ExcelJS.Style> => {
  if (!format && !wrap) return PLAIN;
  const key = `${wrap ? "w" : ""}|${format ?? ""}`;
  let style = STYLES.get(key);
  if (!style) STYLES.set(key, (style = { ...(format ? { numFmt: format } : {}), ...(wrap ? { alignment: WRAP } : {}) }));
  return style;
};
/** Wrapped columns of a layout, as a lookup by column index (0-based). */
const WRAPPED = new WeakMap<TableLayout, boolean[]>();
const wrappedOf = (layout: TableLayout): boolean[] => {
  let w = WRAPPED.get(layout);
  if (!w) WRAPPED.set(layout, (w = layout.headers.map((_h, i) => layout.wrap?.includes(i) ?? false)));
  return w;
};

function writeRow(sheet: Sheet, rowNumber: number, cells: readonly Cell[], layout: TableLayout, height?: number): void {
  const row = sheet.getRow(rowNumber);
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = PLAIN; // runtime property the typings omit
  if (height) row.height = height;
  const wrapped = wrappedOf(layout);
  cells.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    cell.value = value;
    cell.style = styleFor(typeof value === "number" ? layout.formats[i] : undefined, wrapped[i]!);
  });
  row.commit();
}

function writeHeader(sheet: Sheet, rowNumber: number, layout: TableLayout): void {
  const row = sheet.getRow(rowNumber);
  // Tall enough for the longest wrapped header.
  row.height = headerHeight(layout);
  layout.headers.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true, size: PRINT.baseFont };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  row.commit();
}

function listSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, layout: TableLayout, lang: Lang): Sheet {
  // The header row repeated on every printed page; provenance columns past `printColumns` left off paper.
  const printArea = layout.printColumns ? { printArea: `A:${columnLetter(layout.printColumns)}` } : {};
  const sheet = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { ...PAGE, printTitlesRow: "1:1", ...printArea },
    headerFooter: footer(lang),
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  writeHeader(sheet, 1, layout);
  return sheet;
}

/**
 * Backpressure ExcelJS leaves out: its sheet stream passes committed rows on to the zip entry without waiting,
 * so when rows come faster than they are compressed the zip's input buffer grows (measured: about 0.7 KB per
 * row, 215 MB at 300,000 rows). Waiting for 'drain' on that input keeps memory flat. Reaches into ExcelJS's
 * sheet stream (`_stream.pipes`), which is internal: test/xlsx checks it is there for the pinned version.
 */
export function sheetPipes(sheet: Sheet): Writable[] {
  return (sheet as unknown as { _stream?: { pipes?: Writable[] } })._stream?.pipes ?? [];
}

/** The pipe is a readable-stream PassThrough, older than Node's writableNeedDrain getter: read its state. */
const needsDrain = (pipe: Writable): boolean =>
  pipe.writableNeedDrain ?? (pipe as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain ?? false;

async function drained(sheet: Sheet): Promise<void> {
  for (const pipe of sheetPipes(sheet)) {
    // Waiting on the event also lets the event loop run, which is when the zip reads and compresses.
    if (needsDrain(pipe)) await new Promise((resolve) => pipe.once("drain", resolve));
  }
}

/**
 * Writes a list from a (possibly async) source: the sheet `first`, then, when it is full, "first (2)"… each with the
 * header row, its own autofilter over its rows, and texts over the cell limit cut (book.fit). Returns how many rows.
 */
async function fill<T>(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  book: SheetBook,
  first: string,
  layout: TableLayout,
  source: Iterable<T> | AsyncIterable<T>,
  toRow: (x: T) => Cell[],
  onRow?: () => void,
  prepare?: (sheet: Sheet) => void,
): Promise<number> {
  const open = (name: string) => {
    const sheet = listSheet(wb, name, layout, book.lang);
    prepare?.(sheet);
    return sheet;
  };
  // A sheet is committed before the next opens: an open sheet would hold back every zip entry after it.
  const close = (sheet: Sheet, rows: number) => {
    sheet.autoFilter = `A1:${columnLetter(layout.headers.length)}${Math.max(2, rows + 1)}`;
    sheet.commit();
  };
  let sheet = open(first);
  let onSheet = 0;
  let n = 0;
  for await (const x of source) {
    if (onSheet === book.rowsPerSheet) {
      close(sheet, onSheet);
      sheet = open(book.sheetOf(first, n / book.rowsPerSheet));
      onSheet = 0;
    }
    const row = 2 + onSheet++;
    writeRow(sheet, row, book.fit(toRow(x), sheet.name, row), layout);
    n++;
    onRow?.();
    if (n % 500 === 0) await drained(sheet);
  }
  close(sheet, onSheet);
  return n;
}

/**
 * Keeps the first sheet's place (id 1: sheet1.xml, first in workbook.xml) for a sheet added later; returns the
 * function that frees it, to call just before adding that sheet. ExcelJS's WorkbookWriter gives a new sheet the
 * first free slot of `_worksheets` (its internals: test/xlsx/sheet-limits.test.ts checks them for the pinned version).
 */
export function reserveFirst(wb: ExcelJS.stream.xlsx.WorkbookWriter): () => void {
  const list = (wb as unknown as { _worksheets: unknown[] })._worksheets;
  if (!Array.isArray(list) || list.length > 0) throw new Error("reserveFirst: call before any sheet is added");
  const placeholder = { placeholder: true };
  list[1] = placeholder;
  return () => {
    if (list[1] !== placeholder) throw new Error("reserveFirst: the first place was taken");
    list[1] = undefined;
  };
}

interface WriteOptions {
  lang?: Lang;
  /** Called after each Detail or Issues row, for progress display. */
  onRow?: () => void;
  /** Excel's rows per sheet and characters per cell; smaller only in tests, to reach them with few rows. */
  limits?: Partial<SheetLimits>;
}

/** Streams the consolidated workbook to `target` (a file path or a writable stream); returns the counts. */
export async function writeConsolidation(engine: Consolidator, target: string | Writable, options: WriteOptions = {}): Promise<Counts> {
  // A path is opened here, not by ExcelJS: its writer never settles when the file cannot be opened.
  const stream = typeof target === "string" ? await openFile(target) : target;
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => undefined); // observed below; this only keeps a late error from going unhandled
  const closed = typeof target === "string" ? new Promise<void>((resolve) => stream.once("close", resolve)) : Promise.resolve();
  const counts = await Promise.race([failed, write(engine, stream, options)]);
  await Promise.race([failed, closed]);
  return counts;
}

function openFile(file: string): Promise<Writable> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(file);
    stream.once("open", () => resolve(stream));
    stream.once("error", reject);
  });
}

async function write(engine: Consolidator, stream: Writable, options: WriteOptions): Promise<Counts> {
  const lang = options.lang ?? "vi";
  const layout = consolidationLayout(lang);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  wb.creator = "TTX add-in";
  const book = new SheetBook(lang, options.limits);
  const freeFirst = reserveFirst(wb);
  const names = {
    summary: book.claim(layout.sheetNames.summary),
    detail: book.claim(layout.sheetNames.detail),
    submissions: book.claim(layout.sheetNames.submissions),
    issues: book.claim(layout.sheetNames.issues),
    narratives: book.claim(layout.sheetNames.narratives),
  };

  // Lists first, each sheet committed before the next opens (an open sheet holds back every sheet after it);
  // the summary, which states what Excel's limits made of them, last.
  await fill(wb, book, names.detail, layout.detail, engine.detail(), layout.detailRow, options.onRow);
  await fill(wb, book, names.submissions, layout.submissions, engine.submissions(), layout.submissionRow);
  await fill(wb, book, names.issues, layout.issues, engine.issues(), layout.issueRow, options.onRow);
  await fill(wb, book, names.narratives, layout.narratives, engine.narratives(), layout.narrativeRow);
  if (book.longTextRows().length > 0) {
    // Pieces are within the cell limit already: written as they are.
    await fill(wb, book, book.longTextsSheet, layout.longTexts, book.longTextRows(), (r) => r);
  }

  freeFirst();
  const summary = wb.addWorksheet(names.summary, {
    properties: { tabColor: { argb: GREEN } },
    pageSetup: PAGE,
    headerFooter: footer(lang),
  });
  await engine.summarize();
  const counts = engine.counts();
  const model = layout.summary({
    period: engine.period,
    due: engine.due,
    counts,
    groups: engine.groupSummary(),
    sectors: engine.sectorSummary(),
    submissions: engine.submissions(),
    otherPeriods: engine.otherPeriods(),
    limits: book.facts(),
  });
  writeSummary(summary, model);
  addSummaryCharts(wb, summary, model);
  summary.commit();
  await wb.commit();
  return counts;
}

/** The Summary's lines (merged over their columns, side by side where two share a row) and tables, top to bottom. */
function writeSummary(summary: Sheet, model: SummaryModel): void {
  summary.columns = model.widths.map((width) => ({ width }));
  // Rows must be written top to bottom in a streamed sheet: gather lines and tables, then write in order.
  const rows = new Map<number, (() => void)[]>();
  const at = (n: number, f: () => void) => rows.set(n, [...(rows.get(n) ?? []), f]);
  for (const line of model.lines) {
    at(line.row, () => {
      const row = summary.getRow(line.row);
      const from = line.from ?? 1;
      const cell = row.getCell(from);
      cell.value = line.text;
      cell.font = {
        bold: line.bold ?? false,
        italic: line.italic ?? false,
        size: line.size ?? PRINT.baseFont,
        ...(line.size ? { color: { argb: GREEN } } : {}),
      };
      // Lines span their columns and wrap, so a long note does not widen the printed page.
      cell.alignment = { wrapText: true, vertical: "top", horizontal: line.align ?? "left" };
      summary.mergeCells(line.row, from, line.row, line.to ?? model.widths.length);
      if (line.height && (row.height ?? 0) < line.height) row.height = line.height;
    });
  }
  for (const table of model.tables) {
    at(table.top, () => writeHeader(summary, table.top, table.layout));
    table.rows.forEach((cells, i) =>
      at(table.top + 1 + i, () => writeRow(summary, table.top + 1 + i, cells, table.layout, table.heights?.[i])),
    );
  }
  // Table rows commit themselves (writeHeader, writeRow); a row of lines is committed once its lines are in.
  const tableRows = new Set(model.tables.flatMap((table) => Array.from({ length: table.rows.length + 1 }, (_, i) => table.top + i)));
  // A page break goes with the row above the page's first (ExcelJS writes them with the sheet), across every column:
  // its default right edge, 16838, is past Excel's last column (16383), so the edge is given.
  for (const top of model.pageBreaks) at(top - 1, () => summary.getRow(top - 1).addPageBreak(1, 16384));
  for (const n of [...rows.keys()].sort((a, b) => a - b)) {
    for (const f of rows.get(n)!) f();
    if (!tableRows.has(n)) summary.getRow(n).commit();
  }
}

/** The same workbook in memory, for the add-in's download and for tests. */
export async function consolidationBuffer(engine: Consolidator, options: WriteOptions = {}): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  await writeConsolidation(engine, stream, options);
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
