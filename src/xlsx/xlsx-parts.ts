/**
 * The parts of an .xlsx package a report reader needs, read with JSZip (unzip) and saxes (XML): the sheet list
 * (name, visibility, part), shared strings, which cell styles show dates or percentages, and the 1904 date flag.
 *
 * Why not ExcelJS's `workbook.xlsx.load`: it builds a full object model (styles, cells, rows, merges) of every
 * sheet, and consolidation needs a few columns of some sheets. Measured on 30 report files: this reader plus
 * sheet-cells.ts take about a quarter of ExcelJS's load time (test/xlsx/xlsx-reader.test.ts checks
 * both give the same values for every file the tests use; `npm run bench` times the whole consolidation).
 */
import JSZip from "jszip";
import { isDateFormat, isPercentFormat } from "../core/functions/coerce";
import { SaxesParser } from "saxes";

/** Bytes one file may unpack to, counted as they are inflated: a zip's declared sizes can lie (a zip bomb). */
export class UnpackLimitError extends Error {}

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Path of the sheet's XML part inside the zip, e.g. "xl/worksheets/sheet1.xml"; "" when it has none. */
  part: string;
}

export interface XlsxPackage {
  sheets: SheetEntry[];
  sharedStrings: string[];
  /** Style index (a cell's `s`) → true when its number format shows a date or time. */
  dateStyles: boolean[];
  /** Style index → true when its number format shows a percentage (12.5% is stored as 0.125). */
  percentStyles: boolean[];
  date1904: boolean;
  /** The text of a part; null when the package has none by that path. */
  text(part: string): Promise<string | null>;
}

/** Element name without its namespace prefix ("x:c" → "c"): some writers prefix SpreadsheetML elements. */
const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Runs saxes over one XML part, calling `open`/`close`/`text` with prefix-free element names. */
export type Attributes = Record<string, string | undefined>;

export function parseXml(xml: string, on: { open?: (name: string, attributes: Attributes) => void; close?: (name: string) => void; text?: (text: string) => void }): void {
  const parser = new SaxesParser(); // without xmlns processing, attributes are plain strings
  if (on.open) parser.on("opentag", (tag) => on.open!(localName(tag.name), tag.attributes as Attributes));
  if (on.close) parser.on("closetag", (tag) => on.close!(localName(tag.name)));
  if (on.text) parser.on("text", on.text);
  parser.write(xml).close();
}

/** An attribute by local name: relationship ids come as "r:id" under whatever prefix the writer chose. */
const attribute = (attributes: Attributes, local: string): string | undefined => {
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local) return value;
  return undefined;
};

/**
 * Built-in number formats that show dates or times (ECMA-376 §18.8.30): 14–22 and 45–47 everywhere, 27–36 and
 * 50–58 in East Asian locales.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** Built-in percentage formats: 9 "0%" and 10 "0.00%". */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);

/** "worksheets/sheet1.xml" relative to "xl/", or an absolute "/xl/…", as a zip path. */
function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export async function openXlsx(bytes: Uint8Array, maxUnpackedBytes: number): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  let unpacked = 0;
  const decoder = new TextDecoder("utf-8");
  const text = async (part: string): Promise<string | null> => {
    const entry = zip.file(part);
    if (!entry) return null;
    const chunks: Uint8Array[] = [];
    // JSZip's internal stream (untyped) lets the inflated size be counted chunk by chunk and stopped early.
    const stream = (entry as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream("uint8array");
    await new Promise<void>((resolve, reject) => {
      stream
        .on("data", (chunk) => {
          unpacked += chunk.length;
          if (unpacked > maxUnpackedBytes) {
            stream.pause();
            reject(new UnpackLimitError(`unpacks to more than ${maxUnpackedBytes} bytes`));
          } else chunks.push(chunk);
        })
        .on("error", reject)
        .on("end", () => resolve())
        .resume();
    });
    return decoder.decode(chunks.length === 1 ? chunks[0] : concat(chunks));
  };

  const workbook = await text("xl/workbook.xml");
  if (workbook === null) throw new Error("no xl/workbook.xml: not an Excel workbook");
  const relations = new Map<string, { target: string; type: string }>();
  parseXml((await text("xl/_rels/workbook.xml.rels")) ?? "<Relationships/>", {
    open: (name, a) => {
      if (name === "Relationship") relations.set(a.Id ?? "", { target: resolvePart("xl/", a.Target ?? ""), type: a.Type ?? "" });
    },
  });
  const partOfType = (type: string, fallback: string) => [...relations.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback;

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(workbook, {
    open: (name, a) => {
      if (name === "sheet") {
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? "", state, part: relations.get(attribute(a, "id") ?? "")?.target ?? "" });
      } else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });

  const styles = readStyleKinds((await text(partOfType("styles", "xl/styles.xml"))) ?? "");
  return {
    sheets,
    sharedStrings: readSharedStrings((await text(partOfType("sharedStrings", "xl/sharedStrings.xml"))) ?? ""),
    dateStyles: styles.dates,
    percentStyles: styles.percents,
    date1904,
    text,
  };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Each `<si>` as its plain text: rich-text runs joined, phonetic guides (`<rPh>`) left out. */
function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "t") inText = true;
      else if (name === "rPh") phonetic++;
    },
    text: (s) => {
      if (inText && phonetic === 0) current += s;
    },
    close: (name) => {
      if (name === "si") strings.push(current);
      else if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
    },
  });
  return strings;
}

/**
 * Which cell formats (`<cellXfs>` entries, in order) show dates, and which percentages, from their number format
 * id: a custom code (`<numFmt>`) where the file defines one, else the built-in format of that id.
 */
export function readStyleKinds(xml: string): { dates: boolean[]; percents: boolean[] } {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  const percents: boolean[] = [];
  let inCellXfs = false;
  if (!xml) return { dates, percents };
  parseXml(xml, {
    open: (name, a) => {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        dates.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id));
        percents.push(code !== undefined ? isPercentFormat(code) : BUILT_IN_PERCENT_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return { dates, percents };
}

/** Which cell formats show dates (readStyleKinds). */
export const readDateStyles = (xml: string): boolean[] => readStyleKinds(xml).dates;
