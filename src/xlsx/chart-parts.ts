/**
 * Native Excel charts as package parts (DrawingML, ECMA-376 part 1 §21.2), for the consolidated file: ExcelJS
 * writes no charts, so the summary's three charts (core/consolidation/layout.ts, the same ones the add-in adds
 * through Office.js) are written here as XML and added to the package by consolidation-writer.ts.
 *
 * Each series refers to its summary cells (so Excel redraws it when they change) and carries their values as a
 * cache (so the chart shows before any recalculation, in Excel, LibreOffice or a previewer). Element order follows
 * the schema: Excel refuses a chart whose elements are out of order.
 */
import { absoluteCell, cellOf } from "../core/address";
import { isFiniteNumber } from "../core/cells/values";
import type { ChartSpec } from "../core/consolidation/layout";

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const DRAWING_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell value as the summary holds it; charts cache text for categories and numbers for values. */
export type CachedValue = string | number | boolean | Date | null;

/** "A9:A14" on sheet "Tổng hợp" → "'Tổng hợp'!$A$9:$A$14" (sheet names are always quoted, quotes doubled). */
export function absoluteRef(sheet: string, range: string): string {
  const abs = range.split(":").map(absoluteCell);
  return `'${sheet.replace(/'/g, "''")}'!${abs.join(":")}`;
}

const strCache = (values: readonly CachedValue[]) =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`)).join("")}</c:strCache>`;

const numCache = (values: readonly CachedValue[], format: string) =>
  `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (isFiniteNumber(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("")}</c:numCache>`;

interface ChartData {
  categories: CachedValue[];
  /** One list of values per series of the spec, in order. */
  series: CachedValue[][];
  /** Number format of the values (axis labels and the cache). */
  format: string;
}

/** One chart part: a clustered bar (horizontal) or column chart with its title, legend and two axes. */
export function chartXml(spec: ChartSpec, sheet: string, data: ChartData): string {
  const horizontal = spec.kind === "bar";
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlText(absoluteRef(sheet, spec.categories))}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(absoluteRef(sheet, s.values))}</c:f>${numCache(data.series[i] ?? [], data.format)}</c:numRef></c:val></c:ser>`,
    )
    .join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  // Values start at zero: an axis starting at the lowest bar would make 58% look like a third of 65%.
  const scaling = (kind: "catAx" | "valAx") =>
    kind === "catAx" ? `<c:orientation val="${horizontal ? "maxMin" : "minMax"}"/>` : `<c:orientation val="minMax"/><c:min val="0"/>`;
  const axis = (kind: "catAx" | "valAx", id: number, position: string, extra: string) =>
    `<c:${kind}><c:axId val="${id}"/><c:scaling>${scaling(kind)}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/>${extra}`;
  return (
    HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    // Horizontal bars read top to bottom in table order: the category axis runs max→min, values cross at its end.
    axis(
      "catAx",
      1001,
      horizontal ? "l" : "b",
      `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    ) +
    axis(
      "valAx",
      1002,
      horizontal ? "b" : "l",
      `<c:majorGridlines/><c:numFmt formatCode="${xmlText(data.format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`,
    ) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** Drawing markers count rows and columns from 0. */
const cellIndex = (address: string): [row: number, column: number] => {
  const [row, column] = cellOf(address);
  return [row - 1, column - 1];
};

/** The drawing part placing each chart over its cells (`anchor`…`to`, inclusive); chart i is relationship rId{i+1}. */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const marker = (tag: "from" | "to", [row, column]: [number, number]) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = specs.map((spec, i) => {
    const [toRow, toColumn] = cellIndex(spec.to);
    // The "to" marker is the cell after the box: the chart ends where the next column and row begin.
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", cellIndex(spec.anchor))}${marker("to", [toRow + 1, toColumn + 1])}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}

/** The drawing's relationships: rId{i} → ../charts/{chartFile(i)}. */
export function drawingRelsXml(chartFiles: readonly string[]): string {
  const rels = chartFiles.map((file, i) => `<Relationship Id="rId${i + 1}" Type="${CHART_RELATIONSHIP}" Target="../charts/${file}"/>`);
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

/** Content-type entries for the parts, to go into [Content_Types].xml. */
export function contentTypeOverrides(drawingFile: string, chartFiles: readonly string[]): string {
  return [
    `<Override PartName="/xl/drawings/${drawingFile}" ContentType="${DRAWING_CONTENT_TYPE}"/>`,
    ...chartFiles.map((file) => `<Override PartName="/xl/charts/${file}" ContentType="${CHART_CONTENT_TYPE}"/>`),
  ].join("");
}
