/**
 * Puts the summary's charts (chart-parts.ts) into a workbook ExcelJS's streaming writer is producing. ExcelJS has
 * no chart support, so this uses three of its internals, each checked by test/xlsx/consolidation-writer.test.ts for
 * the pinned version: the sheet's relationship writer (to link the drawing), its `_writeLegacyData` step (the
 * `<drawing>` element belongs just before legacy drawings, after page setup), and the archive (`zip.append`)
 * to add the parts and declare their content types.
 */
import type ExcelJS from "exceljs";
import { cellOf } from "../core/address";
import type { SummaryModel } from "../core/consolidation/layout";
import { DRAWING_RELATIONSHIP, chartXml, contentTypeOverrides, drawingRelsXml, drawingXml, type CachedValue } from "./chart-parts";

type Append = (data: unknown, options: { name: string }) => unknown;

interface StreamInternals {
  zip: { append: Append };
}
interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

/** The summary's cells, from its model, by row and column (both from 1), with the number format of each column. */
function summaryCells(model: SummaryModel) {
  const at = new Map<number, { cells: readonly unknown[]; formats: Record<number, string> }>();
  for (const table of model.tables) table.rows.forEach((cells, i) => at.set(table.top + 1 + i, { cells, formats: table.layout.formats }));
  // A chart range is one column of a table: "H9:H14".
  return (range: string) => {
    const [from, to = from] = range.split(":") as [string, string?];
    const [top, column] = cellOf(from);
    const [bottom] = cellOf(to);
    const rows = Array.from({ length: bottom - top + 1 }, (_, k) => at.get(top + k));
    const c = column - 1;
    return { values: rows.map((row) => (row?.cells[c] ?? null) as CachedValue), format: rows[0]?.formats[c] ?? "General" };
  };
}

/** Charts on `sheet` (not yet committed), drawn from the summary model's tables. Call once, before committing it. */
export function addSummaryCharts(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, model: SummaryModel): void {
  if (model.charts.length === 0) return;
  const zip = (wb as unknown as StreamInternals).zip;
  const ws = sheet as unknown as SheetInternals;
  const range = summaryCells(model);
  const chartFiles = model.charts.map((_c, i) => `chart${i + 1}.xml`);
  model.charts.forEach((spec, i) => {
    const series = spec.series.map((s) => range(s.values));
    const data = { categories: range(spec.categories).values, series: series.map((s) => s.values), format: series[0]?.format ?? "General" };
    zip.append(chartXml(spec, sheet.name, data), { name: `xl/charts/${chartFiles[i]}` });
  });
  zip.append(drawingXml(model.charts), { name: "xl/drawings/drawing1.xml" });
  zip.append(drawingRelsXml(chartFiles), { name: "xl/drawings/_rels/drawing1.xml.rels" });

  const rId = ws._sheetRelsWriter.addRelationship({ Type: DRAWING_RELATIONSHIP, Target: "../drawings/drawing1.xml" });
  const legacy = ws._writeLegacyData.bind(ws);
  ws._writeLegacyData = () => {
    ws._write(`<drawing r:id="${rId}"/>`);
    legacy();
  };
  // ExcelJS writes [Content_Types].xml last, at commit, from what it knows of: the new parts are added to it.
  const overrides = contentTypeOverrides("drawing1.xml", chartFiles);
  const append = zip.append.bind(zip);
  zip.append = (data, options) =>
    append(options.name === "[Content_Types].xml" ? String(data).replace("</Types>", `${overrides}</Types>`) : data, options);
}
