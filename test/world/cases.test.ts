/**
 * Each case of the world corpus judged as the issue asks, through the file reader: untouched templates of all six
 * groups re-saved by LibreOffice and openpyxl read exactly like the originals; edits are named, not punished;
 * files of other formats are listed; copies, resubmissions and empty reports find their place.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import * as path from "path";
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import type { Issue } from "../../src/core/consolidation/report";
import { validateReport, type ValidatedReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { readWorkbookReports } from "../../src/excel/report-reader";
import { readReportFile } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { loadWorkbook } from "../support/load-workbook";
import { WORLD_GROUPS, WORLD_PERIOD, worldCorpus, worldTools, type WorldFile } from "./make-corpus";
import { V1 } from "../support/template-v1";

const tools = worldTools();
const maybe = tools.ok || process.env.TTX_REQUIRE_LIBREOFFICE === "1" ? describe : describe.skip;
jest.setTimeout(300_000);

/** Kind, outcome and cell of a sheet's issues: what "reads exactly like" compares. */
const shape = (issues: readonly Issue[]) => issues.map((i) => `${i.kind}:${i.rejected ? "refused" : "warning"}:${i.cell}:${i.code}`).sort();

async function validated(bytes: Uint8Array, file: string): Promise<{ reports: ValidatedReport[]; issue: Issue | null }> {
  const read = await readReportFile(bytes, file);
  return { reports: read.reports.map((r) => validateReport(r, { period: WORLD_PERIOD })), issue: read.issue };
}

maybe("the world corpus, case by case (file reader)", () => {
  let corpus: Awaited<ReturnType<typeof worldCorpus>>;
  let result: Consolidation;
  const byCase = (name: string): WorldFile[] => corpus.files.filter((f) => f.case === name);
  const issuesOf = (f: WorldFile) => result.issues.filter((i) => i.origin.file === f.file);
  const entriesOf = (f: WorldFile) => result.entries.filter((e) => e.origin.file === f.file);

  beforeAll(async () => {
    corpus = await worldCorpus();
    const all: ValidatedReport[] = [];
    const fileIssues: Issue[] = [];
    for (const f of corpus.files) {
      const { reports, issue } = await validated(new Uint8Array(readFileSync(path.join(corpus.dir, f.file))), f.file);
      all.push(...reports);
      if (issue) fileIssues.push(issue);
    }
    result = await consolidate(all, WORLD_PERIOD, fileIssues);
  });

  it("an untouched template of every group, re-saved by LibreOffice or openpyxl, reads exactly like the original, in files and in the add-in", async () => {
    const resaved = [...byCase("blank-lo"), ...byCase("blank-openpyxl")];
    expect(new Set(resaved.map((f) => `${f.writer} ${f.group}`))).toEqual(
      new Set(WORLD_GROUPS.flatMap((g) => [`libreoffice ${g}`, `openpyxl ${g}`])),
    );
    for (const f of resaved) {
      const built = buildTemplate({ group: f.group, unit: f.unit, period: WORLD_PERIOD, ...V1 });
      if (!built.ok) throw new Error(built.error);
      const wb = new ExcelJS.Workbook();
      writeTemplate(wb, built.spec);
      const original = await validated(new Uint8Array(await wb.xlsx.writeBuffer()), f.file);
      const again = await validated(new Uint8Array(readFileSync(path.join(corpus.dir, f.file))), f.file);
      expect([f.file, shape(again.reports.flatMap((r) => r.issues))]).toEqual([f.file, shape(original.reports.flatMap((r) => r.issues))]);
      expect(again.reports.map((r) => [r.rowsRead, r.entries.length, r.empty])).toEqual(
        original.reports.map((r) => [r.rowsRead, r.entries.length, r.empty]),
      );
      expect(again.reports.flatMap((r) => r.issues).filter((i) => i.kind === "plan_edited")).toEqual([]);
      // The add-in's path: the re-saved file opened in Excel and read by the Office.js reader judges the same.
      const { context } = await loadWorkbook(new Uint8Array(readFileSync(path.join(corpus.dir, f.file))));
      const inExcel = (await readWorkbookReports(context, f.file)).map((r) => validateReport(r, { period: WORLD_PERIOD }));
      expect([f.file, shape(inExcel.flatMap((r) => r.issues))]).toEqual([f.file, shape(original.reports.flatMap((r) => r.issues))]);
      expect(inExcel.map((r) => [r.rowsRead, r.entries.length, r.empty])).toEqual(
        original.reports.map((r) => [r.rowsRead, r.entries.length, r.empty]),
      );
    }
  });

  it("trailing spaces a re-save left on a plan cell are not an edit; a reworded plan cell is named with both texts", () => {
    const [spaces] = byCase("trailing-space-plan");
    expect(issuesOf(spaces!).filter((i) => i.kind === "plan_edited")).toEqual([]);
    const [edited] = byCase("plan-cell-edited");
    const edit = corpus.planEdits.find((e) => e.file === edited!.file)!;
    const named = issuesOf(edited!).filter((i) => i.kind === "plan_edited");
    expect(named.map((i) => [i.cell, i.rejected, i.code])).toEqual([[edit.cell, false, edit.row]]);
    expect(named[0]!.text?.en).toBe(
      `Plan cell ${edit.cell} was edited: originally «${edit.original}», now «${edit.now}»; the row's figures still count`,
    );
    expect(entriesOf(edited!).find((e) => e.code === edit.row)).toBeDefined();
  });

  it("a deleted row is named; rows inserted or typed under the table are refused with their values, the rows below still read", () => {
    const [deleted] = byCase("deleted-row");
    expect(
      issuesOf(deleted!)
        .filter((i) => i.kind === "missing_row")
        .map((i) => i.code),
    ).toEqual(["D.14"]);
    for (const name of ["inserted-row-new-code", "inserted-row-no-code", "rows-below-table"]) {
      const [f] = byCase(name);
      const codes = Object.keys(f!.layout!.rows);
      expect([
        name,
        entriesOf(f!)
          .map((e) => e.code)
          .sort(),
      ]).toEqual([name, [...codes].sort()]);
      expect(
        issuesOf(f!)
          .filter((i) => i.rejected)
          .every((i) => i.kind === "no_code" || i.kind === "unknown_code"),
      ).toBe(true);
    }
  });

  it("whose report: a sheet copied without metadata is recognised; a unit typed over another's is listed, the metadata counts", () => {
    const [copied] = byCase("copied-to-new-workbook");
    expect(
      issuesOf(copied!)
        .filter((i) => i.kind === "from_header")
        .map((i) => [i.unitId, i.rejected]),
    ).toEqual([[copied!.unit, false]]);
    expect(entriesOf(copied!).length).toBeGreaterThan(0);
    const [pasted] = byCase("unit-pasted-into-other-file");
    expect(
      issuesOf(pasted!)
        .filter((i) => i.kind === "unit_conflict")
        .map((i) => [i.cell, i.unitId]),
    ).toEqual([["C6", pasted!.unit]]);
    expect(new Set(entriesOf(pasted!).map((e) => e.unitId))).toEqual(new Set([pasted!.unit]));
  });

  it("copies, resubmissions and an empty template: the later or filled report counts, the others are listed", () => {
    // A copy sent twice: one of the two counts (they are the same report), the other is listed as its duplicate.
    const [twice] = byCase("sent-twice");
    const pair = [twice!, corpus.files.find((f) => f.file === twice!.copyOf)!];
    const [counted, copy] = entriesOf(pair[0]!).length > 0 ? pair : [pair[1]!, pair[0]!];
    expect(entriesOf(counted!).length).toBeGreaterThan(0);
    expect(entriesOf(copy!)).toEqual([]);
    expect(
      new Set(
        issuesOf(copy!)
          .filter((i) => i.rejected)
          .map((i) => i.kind),
      ),
    ).toEqual(new Set(["superseded"]));
    expect(issuesOf(copy!).find((i) => i.rejected)!.message).toContain(`Bản trùng của báo cáo ${counted!.file}`);
    const [first] = byCase("resubmission-first");
    const [later] = byCase("resubmission-later");
    expect(entriesOf(first!)).toEqual([]);
    expect(entriesOf(later!).length).toBeGreaterThan(0);
    const [empty] = byCase("empty-for-filled-unit");
    expect(entriesOf(empty!)).toEqual([]);
    expect(issuesOf(empty!).some((i) => i.kind === "superseded" && i.message.includes("Báo cáo trống"))).toBe(true);
    const blanks = [...byCase("blank-lo"), ...byCase("blank-openpyxl")];
    const onlyBlank = blanks.filter((f) => corpus.files.filter((o) => o.unit === f.unit && o.report).every((o) => blanks.includes(o)));
    expect(onlyBlank.length).toBeGreaterThan(5);
    for (const f of onlyBlank) {
      expect([f.unit, result.submissions.find((s) => s.unitId === f.unit)?.status]).toEqual([f.unit, "empty"]);
    }
  });

  it("files in other formats are listed as received, lock and empty files noted quietly, the .xlsm read", () => {
    for (const name of ["xls", "ods", "csv"]) {
      const [f] = byCase(name);
      expect([name, issuesOf(f!).map((i) => [i.kind, i.rejected])]).toEqual([name, [["unsupported_format", true]]]);
    }
    for (const name of ["lock-file", "zero-byte"]) {
      const [f] = byCase(name);
      expect([name, issuesOf(f!).map((i) => [i.kind, i.rejected])]).toEqual([name, [["skipped_file", false]]]);
    }
    const [xlsm] = byCase("xlsm");
    expect(entriesOf(xlsm!).length).toBeGreaterThan(0);
    // Every file found is counted: read, or listed on the Issues sheet only.
    expect(result.counts).toMatchObject({ files: corpus.files.length, filesListed: corpus.files.filter((f) => !f.report).length });
  });

  it("numbers and dates as typed: percent cells, Vietnamese text numbers, dates with times or in words", () => {
    for (const f of corpus.files.filter((x) => ["percent-format", "text-numbers"].includes(x.case))) {
      for (const t of corpus.typed.filter((x) => x.file === f.file && x.role === "actual" && typeof x.expected === "number")) {
        const entry = entriesOf(f).find((e) => e.cell === t.cell);
        expect([t.cell, t.value, entry?.actual]).toEqual([t.cell, t.value, t.expected]);
      }
    }
    for (const name of ["date-text-with-time", "date-serial-with-time", "date-vietnamese-text"]) {
      const [f] = byCase(name);
      const serial = entriesOf(f!)[0]!.submitted!;
      expect([name, new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)]).toEqual([name, f!.submitted]);
    }
  });
});
