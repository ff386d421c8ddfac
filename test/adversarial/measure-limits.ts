/**
 * Peak memory and time of reading one file at each read limit (src/xlsx/limits.ts) and of the hostile files found in practice
 * found, each in a fresh process under the V8 settings `ttx consolidate` ships with (bin/heap-cap.js: 640 MB old
 * space). Not a test (nothing here is asserted; the README quotes its output):
 *
 *   node --max-old-space-size=4096 -r ts-node/register/transpile-only test/adversarial/measure-limits.ts [filter]
 *
 * Heap is sampled every 2 ms while the file is read (the reader yields between inflated chunks) and once more at the
 * end; peak RSS is the process's own high-water mark (VmHWM, Linux), whatever the sampling missed; about 200 MB of
 * it is Node and ts-node before anything is read (the template's row).
 * "Held" is the heap left after a full collection with the reports still referenced. Generation takes minutes (the
 * 472 MB sheet and the 12 million strings are deflated by JSZip); files go to a temporary folder, removed at the end.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { readReportFile } from "../../src/xlsx/report-reader";
import { readSheetCells } from "../../src/xlsx/sheet-cells";
import { report, withBallast } from "./corpus";
import {
  cellsSheet,
  columnName,
  lieAboutSize,
  mergedSheet,
  repeat,
  reportSheet,
  withManyStrings,
  withRows,
  withSheets,
  worksheet,
} from "./hostile";

const { RUNTIME_FLAGS } = require("../../bin/heap-cap") as { RUNTIME_FLAGS: string[] };
const MB = 1024 * 1024;

/** A sheet part of `rows` rows of `columns` addressed numeric cells, as bytes (it may pass a string's maximum length). */
function bigCellsSheet(cells: number, columns = 26): Buffer {
  const names = Array.from({ length: columns }, (_, c) => columnName(c + 1));
  const rows = Math.ceil(cells / columns);
  const chunks: Buffer[] = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  for (let from = 0; from < rows; from += 20_000) {
    chunks.push(
      Buffer.from(
        repeat(Math.min(20_000, rows - from), (k) => {
          const r = from + k + 1;
          let row = `<row r="${r}">`;
          for (let c = 0; c < columns; c++) row += `<c r="${names[c]}${r}"><v>${r * columns + c}</v></c>`;
          return `${row}</row>`;
        }),
      ),
    );
  }
  chunks.push(Buffer.from("</sheetData></worksheet>"));
  return Buffer.concat(chunks);
}

/** `rows` empty rows each followed by `pad` spaces: bytes to inflate and parse, nearly nothing to keep. */
const paddedRows = (rows: number, pad: number) => worksheet(repeat(rows, (r) => `<row r="${r + 1}"/>${" ".repeat(pad)}`));

/** One 20-character inline string per row, each row followed by 8,000 spaces: little text kept from much XML. */
const sparseText = (rows: number) =>
  worksheet(
    repeat(
      rows,
      (r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${String(r).padStart(20, "x")}</t></is></c></row>${" ".repeat(8000)}`,
    ),
  );

/** Inline-string cells of `length` characters: a sheet near the per-part limit that keeps much of what it holds. */
const inlineStringCells = (cells: number, length: number) =>
  worksheet(
    repeat(Math.ceil(cells / 10), (r) => {
      let row = `<row r="${r + 1}">`;
      for (let c = 0; c < 10; c++)
        row += `<c r="${columnName(c + 1)}${r + 1}" t="inlineStr"><is><t>${String(r * 10 + c).padStart(length, "x")}</t></is></c>`;
      return `${row}</row>`;
    }),
  );

const nineSheets = () =>
  withSheets(
    Array.from({ length: 9 }, () => paddedRows(290_000, 200)),
    { compression: "DEFLATE" },
  );
const twelveMillion = () => withManyStrings(12_000_000, { declare: false, compression: "DEFLATE" });
async function bigSheet(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await withSheets([worksheet("")]));
  zip.file("xl/worksheets/extra1.xml", bigCellsSheet(15_700_000));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const CASES: [string, () => Promise<Uint8Array>][] = [
  ["template (baseline)", () => report()],
  ["file bytes: 99 MB (report + 99 MB stored attachment)", async () => withBallast(await report(), 99)],
  ["part bytes: a sheet of 57 MB (600,000 inline strings of 50 characters)", () => withSheets([inlineStringCells(600_000, 50)])],
  ["unpacked bytes: 9 sheets of 60 MB, declared", () => nineSheets()],
  [
    "unpacked bytes: 9 sheets of 60 MB, each declaring 1 KB",
    async () => {
      let bytes = await nineSheets();
      for (let i = 1; i <= 9; i++) bytes = lieAboutSize(bytes, `xl/worksheets/extra${i}.xml`, 1000);
      return bytes;
    },
  ],
  ["shared strings: 1,000,000 (limit)", () => withManyStrings(1_000_000 - 153)],
  ["shared strings: 12,000,000 undeclared (a file sent in practice)", () => twelveMillion()],
  [
    "shared strings: 12,000,000 undeclared, part declaring 1 KB",
    async () => lieAboutSize(await twelveMillion(), "xl/sharedStrings.xml", 1000),
  ],
  ["text characters: 32,000,000 in shared strings (two-byte)", () => withManyStrings(31_990, { text: (i) => `${i}`.padStart(1000, "ư") })],
  [
    "text characters: 3 sheets of 48 MB, one 20-character text per 8 KB",
    () =>
      withSheets(
        Array.from({ length: 3 }, () => sparseText(6000)),
        { compression: "DEFLATE" },
      ),
  ],
  ["sheet cells: 1,000,000 (limit)", () => withSheets([cellsSheet(1_000_000)])],
  ["sheet cells: a sheet of 472 MB, 15.7 million cells (a file sent in practice)", () => bigSheet()],
  ["sheet cells: the same, the sheet declaring 1 KB", async () => lieAboutSize(await bigSheet(), "xl/worksheets/extra1.xml", 1000)],
  ["file cells: 2 sheets of 999,000 (limit 2,000,000)", () => withSheets([cellsSheet(999_000), cellsSheet(999_000)])],
  ["merged ranges: 100,000 one-row (limit)", () => withSheets([mergedSheet(100_000 - 13)])],
  ["merged ranges: 100,000 tall unaligned (limit, costliest index)", () => withSheets([mergedSheet(100_000 - 13, "tall")])],
  ["merged ranges: 200,000 undeclared (a file sent in practice)", () => withSheets([mergedSheet(200_000, "rows", false)])],
  ["sheets: 1,000 (limit)", () => withSheets(Array.from({ length: 997 }, () => worksheet('<row r="1"><c r="A1"><v>1</v></c></row>')))],
  [
    "report rows: 2 report sheets reaching row 1,048,576 (2,097,152 rows, refused)",
    async () => {
      const last = '<row r="1048576"><c r="A1048576"><v>1</v></c></row>';
      return withSheets([await reportSheet(last)], { base: await withRows(last) });
    },
  ],
  ["report rows: 1 report sheet reaching row 1,048,576 (read)", () => withRows('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')],
  [
    "all at once: 1,000,000 strings (two-byte), 2 × 999,000 cells showing them, 100,000 tall merges",
    async () => {
      const base = await withManyStrings(1_000_000 - 153, { text: (i) => `${"ư".repeat(20)}${i}` });
      return withSheets(
        [cellsSheet(999_000, { strings: 1_000_000 }), cellsSheet(999_000, { strings: 1_000_000 }), mergedSheet(100_000 - 13, "tall")],
        { base, compression: "DEFLATE" },
      );
    },
  ],
];

async function child(file: string): Promise<void> {
  const gc = (global as { gc?: () => void }).gc!;
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 2);
  const bytes = readFileSync(file);
  const started = Date.now();
  const read = await readReportFile(bytes, path.basename(file));
  const ms = Date.now() - started;
  sample();
  clearInterval(timer);
  // A refused file's last inflating tick lets go of what it parsed one turn later.
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  const held = process.memoryUsage().heapUsed - base;
  process.stdout.write(
    JSON.stringify({
      ms,
      peakHeap: (peak - base) / MB,
      held: held / MB,
      // VmHWM, not resourceUsage().maxRSS: Linux carries ru_maxrss over from the parent across fork and exec.
      maxRss: Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) / 1024,
      outcome: read.issue
        ? read.issue.text!.en.replace(/, (reading stopped|not opened).*/, "")
        : `read: ${read.reports.length} sheets, ${read.reports.reduce((n, r) => n + r.rows.length, 0)} rows`,
      keep: read.reports.length,
    }),
  );
}

/** 100,000 lookups (covered, then value) of a sheet of `count` one-row merged ranges: the index against a scan. */
function lookups(count: number): string {
  const xml = mergedSheet(count);
  const cells = readSheetCells(xml, {
    sharedStrings: [],
    dateStyles: [],
    percentStyles: [],
    date1904: false,
    limits: { ...require("../../src/xlsx/limits").READ_LIMITS, mergedRanges: count },
  });
  let started = process.hrtime.bigint();
  let hits = 0;
  for (let i = 0; i < 100_000; i++) {
    const row = 1 + ((i * 7919) % count);
    if (cells.covered(row, 2)) hits++;
    if (cells.value(row, 1) !== null) hits++;
  }
  const indexed = Number(process.hrtime.bigint() - started) / 1e6;
  // The reader before: every lookup scanned the list (timed on 200 lookups, scaled to 100,000).
  const ranges = [...xml.matchAll(/ref="A(\d+):B\d+"/g)].map((m) => [Number(m[1]), 1, Number(m[1]), 2]);
  started = process.hrtime.bigint();
  for (let i = 0; i < 200; i++) {
    const row = 1 + ((i * 7919) % count);
    for (const c of [2, 1]) if (ranges.find(([t, l, b, r]) => row >= t! && row <= b! && c >= l! && c <= r!)) hits++;
  }
  const scanned = (Number(process.hrtime.bigint() - started) / 1e6) * 500;
  return `${count.toLocaleString("en")} merged ranges: 100,000 lookups ${indexed.toFixed(0)} ms indexed, ~${(scanned / 1000).toFixed(0)} s scanning (${hits > 0 ? "ok" : "?"})`;
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") return child(process.argv[3]!);
  const filter = process.argv[2] ?? "";
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-limits-"));
  try {
    console.log("| File | Size | Outcome | Time | Peak heap | Held after | Peak RSS |\n|---|---|---|---|---|---|---|");
    for (const [label, make] of CASES.filter(([label]) => label.includes(filter))) {
      const file = path.join(dir, "case.xlsx");
      const bytes = await make();
      writeFileSync(file, bytes);
      const run = spawnSync(
        process.execPath,
        [...RUNTIME_FLAGS, "--expose-gc", "-r", "ts-node/register/transpile-only", __filename, "--child", file],
        { encoding: "utf8", maxBuffer: 16 * MB },
      );
      if (run.status !== 0) {
        console.log(
          `| ${label} | ${(bytes.length / MB).toFixed(1)} MB | CRASHED (${run.status ?? run.signal}) ${run.stderr.split("\n").slice(-3).join(" ")} | | | | |`,
        );
        continue;
      }
      const r = JSON.parse(run.stdout) as { ms: number; peakHeap: number; held: number; maxRss: number; outcome: string };
      console.log(
        `| ${label} | ${(bytes.length / MB).toFixed(1)} MB | ${r.outcome} | ${(r.ms / 1000).toFixed(1)} s | ${r.peakHeap.toFixed(0)} MB | ${r.held.toFixed(0)} MB | ${r.maxRss.toFixed(0)} MB |`,
      );
    }
    if (!filter || "lookups".includes(filter)) for (const count of [100_000, 200_000]) console.log(lookups(count));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
