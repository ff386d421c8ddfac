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
import { isDateFormat, isPercentFormat } from "../core/cells/values";
import { SaxesParser } from "saxes";
import { ReadLimitError, UnpackLimitError, ownString, readLimits, type ReadLimits, type ReadUsage } from "./limits";

/** Bytes one file may unpack to, counted as they are inflated: a zip's declared sizes can lie (a zip bomb). */
export { UnpackLimitError };

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
  /**
   * The text of a part piece by piece as it is inflated (the XML parser consumes it as it comes, so a large part
   * is never held whole); false when the package has none by that path. Throws what `onText` throws. `sheet`
   * names the part in a limit error.
   */
  stream(part: string, onText: (text: string) => void, sheet?: string): Promise<boolean>;
  /** The limits this file is read under, and what its sheets have used of the per-file ones so far. */
  limits: ReadLimits;
  used: ReadUsage;
}

/** Element name without its namespace prefix ("x:c" → "c"): some writers prefix SpreadsheetML elements. */
const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Runs saxes over one XML part, calling `open`/`close`/`text` with prefix-free element names. */
type Attributes = Record<string, string | undefined>;

interface XmlHandlers {
  open?: (name: string, attributes: Attributes) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** An XML parser fed piece by piece (`write` as the text comes, then `end`); what a handler throws comes out of `write`. */
export function xmlParser(on: XmlHandlers): { write(text: string): void; end(): void } {
  const parser = new SaxesParser(); // without xmlns processing, attributes are plain strings
  if (on.open) parser.on("opentag", (tag) => on.open!(localName(tag.name), tag.attributes as Attributes));
  if (on.close) parser.on("closetag", (tag) => on.close!(localName(tag.name)));
  if (on.text) {
    parser.on("text", on.text);
    // A CDATA section is text too (<v><![CDATA[1250]]></v>): valid XML some writers produce, never dropped.
    parser.on("cdata", on.text);
  }
  return { write: (text) => void parser.write(text), end: () => void parser.close() };
}

function parseXml(xml: string, on: XmlHandlers): void {
  const parser = xmlParser(on);
  parser.write(xml);
  parser.end();
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
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
/** Built-in percentage formats: 9 "0%" and 10 "0.00%". */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);

/**
 * A relationship's target — "worksheets/sheet1.xml" relative to the folder `base` ("xl/"), or an absolute "/xl/…" —
 * as a zip path. Targets are URIs: a part named "sheet 1.xml" is written "sheet%201.xml" (a malformed escape is
 * kept as written).
 */
function resolvePart(base: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // "100%.xml" is no escape: the name as written
  }
  const parts = (decoded.startsWith("/") ? decoded.slice(1) : base + decoded).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The relationships of a .rels part (null: the package has none), targets resolved against `base`. */
function relationsOf(xml: string | null, base: string): { id: string; target: string; type: string }[] {
  const found: { id: string; target: string; type: string }[] = [];
  parseXml(xml ?? "<Relationships/>", {
    open: (name, a) => {
      if (name === "Relationship") found.push({ id: a.Id ?? "", target: resolvePart(base, a.Target ?? ""), type: a.Type ?? "" });
    },
  });
  return found;
}

/**
 * Opens a package under `limits` (a number: the unpacked-bytes limit alone, as older callers give it). Every part
 * read counts towards the unpacked bytes of the file and of the part as it is inflated, and stops there: a zip's
 * declared sizes can lie (a zip bomb). A part declaring more than the per-part limit is refused before inflating.
 */
export async function openXlsx(bytes: Uint8Array, limitsOrMaxUnpacked: Partial<ReadLimits> | number = {}): Promise<XlsxPackage> {
  const limits = readLimits(typeof limitsOrMaxUnpacked === "number" ? { unpackedBytes: limitsOrMaxUnpacked } : limitsOrMaxUnpacked);
  const zip = await JSZip.loadAsync(bytes);
  let unpacked = 0;
  const stream = async (part: string, onText: (text: string) => void, sheet = ""): Promise<boolean> => {
    const entry = zip.file(part);
    if (!entry) return false;
    const declared = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof declared === "number" && declared > limits.partBytes)
      throw new ReadLimitError("partBytes", limits.partBytes, declared, true, sheet, part);
    const decoder = new TextDecoder("utf-8");
    let inPart = 0;
    // JSZip's internal stream (untyped) lets the inflated size be counted chunk by chunk and stopped early.
    const inflating = (entry as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream(
      "uint8array",
    );
    await new Promise<void>((resolve, reject) => {
      let stopped = false;
      const stop = (error: unknown) => {
        stopped = true;
        inflating.pause();
        reject(error);
      };
      inflating
        .on("data", (chunk) => {
          if (stopped) return;
          unpacked += chunk.length;
          inPart += chunk.length;
          if (unpacked > limits.unpackedBytes) return stop(new UnpackLimitError(limits.unpackedBytes, unpacked));
          if (inPart > limits.partBytes) return stop(new ReadLimitError("partBytes", limits.partBytes, inPart, false, sheet, part));
          try {
            const text = decoder.decode(chunk, { stream: true });
            if (text) onText(text);
          } catch (error) {
            stop(error);
          }
        })
        .on("error", (error) => !stopped && stop(error))
        .on("end", () => {
          if (stopped) return;
          try {
            const text = decoder.decode();
            if (text) onText(text);
            resolve();
          } catch (error) {
            stop(error);
          }
        })
        .resume();
    });
    return true;
  };
  const text = async (part: string): Promise<string | null> => {
    const pieces: string[] = [];
    return (await stream(part, (piece) => pieces.push(piece))) ? pieces.join("") : null;
  };

  // The package's own relationships name the workbook part; "xl/workbook.xml" is only the usual name.
  const workbookPart =
    relationsOf(await text("_rels/.rels"), "").find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = await text(workbookPart);
  if (workbook === null) throw new Error(`no ${workbookPart}: not an Excel workbook`);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const relations = new Map<string, { target: string; type: string }>();
  for (const r of relationsOf(await text(`${folder}_rels/${workbookPart.slice(folder.length)}.rels`), folder)) relations.set(r.id, r);
  const partOfType = (type: string, fallback: string) =>
    [...relations.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? folder + fallback;

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(workbook, {
    open: (name, a) => {
      if (name === "sheet") {
        if (sheets.length >= limits.sheets) throw new ReadLimitError("sheets", limits.sheets, sheets.length + 1, false);
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? "", state, part: relations.get(attribute(a, "id") ?? "")?.target ?? "" });
      } else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });

  const styles = readStyleKinds((await text(partOfType("styles", "styles.xml"))) ?? "");
  const used: ReadUsage = { cells: 0, merged: 0, chars: 0 };
  const strings = sharedStringsParser(limits, used);
  if (await stream(partOfType("sharedStrings", "sharedStrings.xml"), strings.write)) strings.end();
  return {
    sheets,
    sharedStrings: strings.strings,
    dateStyles: styles.dates,
    percentStyles: styles.percents,
    date1904,
    text,
    stream,
    limits,
    used,
  };
}

/**
 * Each `<si>` as its plain text: rich-text runs joined, phonetic guides (`<rPh>`) left out. Counted as they are
 * parsed: a file declaring more strings than the limit (`<sst uniqueCount>`) is refused before any is read, one
 * holding more is stopped at the first over the limit, and so is one whose strings add up to too many characters
 * (counted in `used.chars`, with the text its sheets hold). Each string is kept as a string of its own (ownString).
 */
function sharedStringsParser(
  limits: Pick<ReadLimits, "sharedStrings" | "textChars">,
  used: Pick<ReadUsage, "chars"> = { chars: 0 },
): { strings: string[]; write(text: string): void; end(): void } {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  const parser = xmlParser({
    open: (name, a) => {
      if (name === "si") {
        if (strings.length >= limits.sharedStrings)
          throw new ReadLimitError("sharedStrings", limits.sharedStrings, strings.length + 1, false);
        current = "";
      } else if (name === "t") inText = true;
      else if (name === "rPh") phonetic++;
      else if (name === "sst") {
        const declared = Number(a.uniqueCount);
        if (Number.isSafeInteger(declared) && declared > limits.sharedStrings)
          throw new ReadLimitError("sharedStrings", limits.sharedStrings, declared, true);
      }
    },
    text: (s) => {
      if (inText && phonetic === 0) {
        current += s;
        if (used.chars + current.length > limits.textChars)
          throw new ReadLimitError("textChars", limits.textChars, used.chars + current.length, false);
      }
    },
    close: (name) => {
      if (name === "si") {
        strings.push(ownString(current));
        used.chars += current.length;
      } else if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
    },
  });
  let written = false;
  return {
    strings,
    write: (text) => {
      written = true;
      parser.write(text);
    },
    // An empty part holds no strings (a whole document is required only of a part that has something in it).
    end: () => {
      if (written) parser.end();
    },
  };
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
