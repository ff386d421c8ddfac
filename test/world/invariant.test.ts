/**
 * The nothing-lost invariant, proven on files nobody here wrote alone (the world corpus: filled and saved again by
 * openpyxl and LibreOffice, edited as people do): every typed entry cell and narrative line of every report found
 * ends in exactly one visible place of the consolidated output with its value, and every file found is accounted
 * for. Run through the file reader (`ttx consolidate`, output read back by ExcelJS) and through the add-in's
 * Office.js reader (each file opened in the in-memory Excel, read by readWorkbookReports).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { consolidate } from "../../src/core/consolidation/in-memory";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import { validateReport, type ValidatedReport } from "../../src/core/consolidation/validate";
import { run as ttx } from "../../src/cli/main";
import { columnLetter } from "../../src/core/address";
import { readWorkbookReports } from "../../src/excel/report-reader";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { createFakeExcel } from "../support/fake-excel";
import { loadWorkbook } from "../support/load-workbook";
import { capture } from "../support/capture-io";
import { isoDateOfSerial, WORLD_PERIOD, worldCorpus, worldTools, type WorldCorpus } from "./make-corpus";
import { detailDates, filesNotAccountedFor, placesOf, type Cell, type OutputTables } from "./where-it-went";

const tools = worldTools();
const required = process.env.TTX_REQUIRE_LIBREOFFICE === "1";
const maybe = tools.ok || required ? describe : describe.skip;
if (!tools.ok && !required)
  console.warn(`World corpus tools missing (${tools.missing.join(", ")}): skipping the invariant test (CI runs it).`);

jest.setTimeout(300_000);

const toSerial = (d: Date) => Math.round(d.getTime() / 86_400_000 + 25569);
const plain = (v: ExcelJS.CellValue): Cell =>
  v instanceof Date
    ? toSerial(v)
    : v === null || v === undefined
      ? null
      : typeof v === "object"
        ? String((v as { result?: unknown }).result ?? JSON.stringify(v))
        : v;

async function readOutput(file: string): Promise<OutputTables> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = consolidationLayout("vi").sheetNames;
  const rows = (name: string): Cell[][] => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const out: Cell[][] = [];
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      out.push(Array.from({ length: sheet.columnCount }, (_, c) => plain(row.getCell(c + 1).value)));
    });
    return out;
  };
  return { detail: rows(names.detail), issues: rows(names.issues), narratives: rows(names.narratives) };
}

/** The invariant, cell by cell: the misses and the doubles are listed, so a failure says what was lost where. */
function checkInvariant(corpus: WorldCorpus, out: OutputTables) {
  const lost: string[] = [];
  const twice: string[] = [];
  let checked = 0;
  for (const t of corpus.typed) {
    if (t.kind === "header") continue;
    checked++;
    const places = placesOf(t, out);
    const label = `${t.file} › ${t.sheet}!${t.cell} (${t.role}, ${t.where}) = ${JSON.stringify(t.value)}`;
    if (places.length === 0) lost.push(label);
    if (places.length > 1) twice.push(`${label} in ${places.map((p) => p.where).join(" + ")}`);
  }
  expect(lost).toEqual([]);
  expect(twice).toEqual([]);
  expect(checked).toBeGreaterThan(1500);
  expect(filesNotAccountedFor(corpus, out)).toEqual([]);
  // The submission date each counted report carries is the day typed, whatever the writer or spelling.
  for (const f of corpus.files.filter((x) => x.report && x.submitted)) {
    const dates = detailDates(f.file, out, isoDateOfSerial);
    if (dates.size > 0) expect([f.file, [...dates]]).toEqual([f.file, [f.submitted]]);
  }
}

maybe("every typed figure of the world corpus lands in exactly one place", () => {
  let corpus: Awaited<ReturnType<typeof worldCorpus>>;
  beforeAll(async () => {
    corpus = await worldCorpus();
  });

  it("through the file reader: ttx consolidate on the folder", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "ttx-world-out-")), "tong-hop.xlsx");
    const io = capture();
    expect(await ttx(["consolidate", corpus.dir, "--period", WORLD_PERIOD, "-o", out], io)).toBe(0);
    checkInvariant(corpus, await readOutput(out));
  });

  it("through the add-in: each file opened in Excel, read by readWorkbookReports, written by the add-in's writer", async () => {
    const validated: ValidatedReport[] = [];
    for (const f of corpus.files.filter((x) => x.report)) {
      const { context } = await loadWorkbook(new Uint8Array(readFileSync(path.join(corpus.dir, f.file))));
      for (const raw of await readWorkbookReports(context, f.file)) validated.push(validateReport(raw, { period: WORLD_PERIOD }));
    }
    const result = await consolidate(validated, WORLD_PERIOD);
    // Written into a workbook as the Consolidate tab does, then read back cell by cell as Excel holds them.
    const { context, sheets } = createFakeExcel();
    expect((await writeConsolidationToWorkbook(context, result)).status).toBe("done");
    const names = consolidationLayout("vi").sheetNames;
    const table = (name: string): Cell[][] => {
      const cells = sheets.getItem(name).cells;
      const rows = Math.max(...[...cells.keys()].map((a) => Number(/\d+/.exec(a)![0])));
      const width =
        consolidationLayout("vi")[name === names.detail ? "detail" : name === names.issues ? "issues" : "narratives"].headers.length;
      return Array.from({ length: rows - 1 }, (_, r) =>
        Array.from({ length: width }, (_, c) => {
          const cell = cells.get(`${columnLetter(c + 1)}${r + 2}`);
          expect(cell?.formula).toBeUndefined();
          const v = cell?.value;
          return v === "" || v === undefined ? null : (v as Cell);
        }),
      );
    };
    checkInvariant(
      { ...corpus, files: corpus.files.filter((x) => x.report) },
      { detail: table(names.detail), issues: table(names.issues), narratives: table(names.narratives) },
    );
  });
});
