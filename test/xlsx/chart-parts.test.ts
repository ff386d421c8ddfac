/**
 * Native charts in the consolidated file (src/xlsx/chart-parts.ts, streamed-charts.ts): the package is consistent
 * (content types, relationships, the sheet's <drawing>), each chart is the layout's (title, ranges, box) with a
 * cache equal to the summary cells it refers to, and its elements are in schema order (Excel refuses a chart
 * otherwise). That LibreOffice draws them is in libreoffice.test.ts and docs/consolidation/tong-hop.png.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { Consolidator } from "../../src/core/consolidation/consolidator";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import { sampleReports } from "../../src/core/consolidation/sample";
import { validateReport } from "../../src/core/consolidation/validate";
import { absoluteRef, chartXml, drawingXml } from "../../src/xlsx/chart-parts";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { sampleFile, sampleFileName } from "../../src/xlsx/sample-files";
import { readSheetCells } from "../../src/xlsx/sheet-cells";
import { openXlsx } from "../../src/xlsx/xlsx-parts";

const PERIOD = "2025-H1";

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

function tree(xml: string): Node {
  const root: Node = { name: "", attributes: {}, children: [], text: "" };
  const stack = [root];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => void (stack[stack.length - 1]!.text += t));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}
const all = (n: Node, name: string): Node[] => [...(n.name === name ? [n] : []), ...n.children.flatMap((c) => all(c, name))];
const one = (n: Node, name: string): Node => all(n, name)[0]!;
const points = (cache: Node) => Object.fromEntries(all(cache, "c:pt").map((p) => [Number(p.attributes.idx), one(p, "c:v").text]));

let zip: JSZip;
let engine: Consolidator;
beforeAll(async () => {
  engine = new Consolidator(PERIOD);
  for (const r of sampleReports(12, PERIOD))
    for (const raw of await readReports(await sampleFile(r), sampleFileName(r))) await engine.add(validateReport(raw, { period: PERIOD }));
  zip = await JSZip.loadAsync(await consolidationBuffer(engine));
}, 60_000);

const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";

describe("charts in the consolidated file", () => {
  it("are declared, related and placed on the summary sheet", async () => {
    const types = tree(await part("[Content_Types].xml"));
    const overrides = new Map(all(types, "Override").map((o) => [o.attributes.PartName, o.attributes.ContentType]));
    expect(overrides.get("/xl/drawings/drawing1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const i of [1, 2, 3])
      expect(overrides.get(`/xl/charts/chart${i}.xml`)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");

    const sheetRels = all(tree(await part("xl/worksheets/_rels/sheet1.xml.rels")), "Relationship");
    const drawingRel = sheetRels.find((r) => r.attributes.Type!.endsWith("/drawing"))!;
    expect(drawingRel.attributes.Target).toBe("../drawings/drawing1.xml");
    const sheet = await part("xl/worksheets/sheet1.xml");
    // <drawing> comes after the page setup and the header/footer (page numbers), the last element, where the schema puts it.
    expect(sheet).toMatch(
      new RegExp(
        `<pageSetup [^>]*/><headerFooter><oddFooter>[^<]*</oddFooter></headerFooter>(<rowBreaks [^>]*>.*</rowBreaks>)?<drawing r:id="${drawingRel.attributes.Id}"/></worksheet>$`,
      ),
    );

    const chartRels = all(tree(await part("xl/drawings/_rels/drawing1.xml.rels")), "Relationship");
    const drawing = tree(await part("xl/drawings/drawing1.xml"));
    const charts = all(drawing, "c:chart").map((c) => chartRels.find((r) => r.attributes.Id === c.attributes["r:id"])!.attributes.Target);
    expect(charts).toEqual(["../charts/chart1.xml", "../charts/chart2.xml", "../charts/chart3.xml"]);
    for (const target of charts) expect(zip.file(`xl/${target!.slice(3)}`)).not.toBeNull();
  });

  it("are the layout's charts, each caching exactly the summary cells it refers to, in the box the layout gives", async () => {
    const model = consolidationLayout("vi").summary({
      period: engine.period,
      due: engine.due,
      counts: engine.counts(),
      groups: engine.groupSummary(),
      sectors: engine.sectorSummary(),
    });
    const pkg = await openXlsx(await zip.generateAsync({ type: "uint8array" }), 64 * 1024 * 1024);
    // The stored numbers, as a chart caches them (0.58 on a % axis), not the percentages a report reader takes.
    const cells = readSheetCells((await pkg.text("xl/worksheets/sheet1.xml"))!, { ...pkg, percentStyles: [] });
    const column = (range: string) => {
      const [from, to] = range.split(":") as [string, string];
      const c = from.charCodeAt(0) - 64;
      const rows: unknown[] = [];
      for (let r = Number(from.slice(1)); r <= Number(to.slice(1)); r++) rows.push(cells.value(r, c));
      return rows;
    };
    let numbers = 0;
    for (const [i, spec] of model.charts.entries()) {
      const chart = tree(await part(`xl/charts/chart${i + 1}.xml`));
      expect(
        all(one(chart, "c:title"), "a:t")
          .map((t) => t.text)
          .join(""),
      ).toBe(spec.title);
      expect(one(chart, "c:barDir").attributes.val).toBe(spec.kind === "bar" ? "bar" : "col");
      const series = all(chart, "c:ser");
      expect(series.map((s) => one(one(s, "c:tx"), "c:v").text)).toEqual(spec.series.map((s) => s.name));
      for (const [k, s] of series.entries()) {
        expect(one(one(s, "c:cat"), "c:f").text).toBe(absoluteRef("Tổng hợp", spec.categories));
        expect(one(one(s, "c:val"), "c:f").text).toBe(absoluteRef("Tổng hợp", spec.series[k]!.values));
        const cachedCategories = points(one(s, "c:strCache"));
        column(spec.categories).forEach((v, n) => expect(cachedCategories[n]).toBe(String(v)));
        const cachedValues = points(one(s, "c:numCache"));
        column(spec.series[k]!.values).forEach((v, n) => {
          if (typeof v === "number") numbers++;
          expect(cachedValues[n] === undefined ? null : Number(cachedValues[n])).toBe(typeof v === "number" ? v : null);
        });
      }
    }
    expect(numbers).toBeGreaterThan(10); // the samples report figures: the caches are not all empty
    const anchors = all(tree(await part("xl/drawings/drawing1.xml")), "xdr:twoCellAnchor").map((a) => {
      const at = (tag: string) => [Number(one(one(a, tag), "xdr:col").text), Number(one(one(a, tag), "xdr:row").text)];
      return [at("xdr:from"), at("xdr:to")];
    });
    const zeroBased = (cell: string) => [cell.charCodeAt(0) - 65, Number(cell.slice(1)) - 1];
    // "to" is the cell just past the box: the chart covers anchor…to inclusive.
    expect(anchors).toEqual(model.charts.map((c) => [zeroBased(c.anchor), zeroBased(c.to).map((n) => n + 1)]));
  });
});

describe("chart XML", () => {
  const spec = {
    title: 'Tiến độ <"&"> 100%',
    kind: "bar" as const,
    categories: "A9:A10",
    series: [
      { name: "A<B", values: "H9:H10" },
      { name: "C&D", values: "G9:G10" },
    ],
    anchor: "A30",
    to: "B47",
  };
  const xml = chartXml(spec, "Tổng 'hợp'", {
    categories: ["NV1 <x>", null],
    series: [
      [0.5, null],
      [2, Number.NaN],
    ],
    format: "0%",
  });

  it("escapes any text and quotes sheet names in references", () => {
    const chart = tree(xml);
    expect(all(chart, "a:t")[0]!.text).toBe(spec.title);
    expect(all(chart, "c:ser").map((s) => one(one(s, "c:tx"), "c:v").text)).toEqual(["A<B", "C&D"]);
    expect(one(one(chart, "c:cat"), "c:f").text).toBe("'Tổng ''hợp'''!$A$9:$A$10");
    expect(points(one(chart, "c:strCache"))).toEqual({ 0: "NV1 <x>" });
    // Blank and non-finite values are left out of the cache (gaps), never written as NaN.
    expect(all(chart, "c:numCache").map(points)).toEqual([{ 0: "0.5" }, { 0: "2" }]);
    expect(() => tree(drawingXml([spec]))).not.toThrow();
  });

  it("keeps every element in schema order (ECMA-376 CT_ChartSpace, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx)", () => {
    // Sequences from the schema, for the elements written here.
    const order: Record<string, string[]> = {
      "c:chartSpace": [
        "c:date1904",
        "c:lang",
        "c:roundedCorners",
        "c:AlternateContent",
        "c:style",
        "c:clrMapOvr",
        "c:pivotSource",
        "c:protection",
        "c:chart",
        "c:spPr",
        "c:txPr",
        "c:externalData",
        "c:printSettings",
        "c:userShapes",
        "c:extLst",
      ],
      "c:chart": [
        "c:title",
        "c:autoTitleDeleted",
        "c:pivotFmts",
        "c:view3D",
        "c:floor",
        "c:sideWall",
        "c:backWall",
        "c:plotArea",
        "c:legend",
        "c:plotVisOnly",
        "c:dispBlanksAs",
      ],
      "c:plotArea": ["c:layout", "c:barChart", "c:catAx", "c:valAx", "c:dTable", "c:spPr"],
      "c:barChart": ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:serLines", "c:axId"],
      "c:ser": [
        "c:idx",
        "c:order",
        "c:tx",
        "c:spPr",
        "c:invertIfNegative",
        "c:pictureOptions",
        "c:dPt",
        "c:dLbls",
        "c:trendline",
        "c:errBars",
        "c:cat",
        "c:val",
        "c:shape",
      ],
      "c:catAx": [
        "c:axId",
        "c:scaling",
        "c:delete",
        "c:axPos",
        "c:majorGridlines",
        "c:minorGridlines",
        "c:title",
        "c:numFmt",
        "c:majorTickMark",
        "c:minorTickMark",
        "c:tickLblPos",
        "c:spPr",
        "c:txPr",
        "c:crossAx",
        "c:crosses",
        "c:crossesAt",
        "c:auto",
        "c:lblAlgn",
        "c:lblOffset",
        "c:tickLblSkip",
        "c:tickMarkSkip",
        "c:noMultiLvlLbl",
      ],
      "c:valAx": [
        "c:axId",
        "c:scaling",
        "c:delete",
        "c:axPos",
        "c:majorGridlines",
        "c:minorGridlines",
        "c:title",
        "c:numFmt",
        "c:majorTickMark",
        "c:minorTickMark",
        "c:tickLblPos",
        "c:spPr",
        "c:txPr",
        "c:crossAx",
        "c:crosses",
        "c:crossesAt",
        "c:crossBetween",
        "c:majorUnit",
        "c:minorUnit",
        "c:dispUnits",
      ],
      "c:scaling": ["c:logBase", "c:orientation", "c:max", "c:min"],
      "c:legend": ["c:legendPos", "c:legendEntry", "c:layout", "c:overlay"],
    };
    const chart = tree(xml);
    let checked = 0;
    for (const [parent, sequence] of Object.entries(order)) {
      for (const node of all(chart, parent)) {
        const positions = node.children.map((c) => sequence.indexOf(c.name));
        expect({ parent, children: node.children.map((c) => c.name), known: positions.every((p) => p >= 0) }).toEqual({
          parent,
          children: node.children.map((c) => c.name),
          known: true,
        });
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});
