/**
 * Property-based tests (fast-check) for the parsers and rules bad input goes through: thousands of generated
 * inputs per property, each checked against a statement that must always hold.
 */
import fc from "fast-check";
import { validateReport } from "../../src/core/consolidation/validate";
import type { RawReport } from "../../src/core/consolidation/report";
import { parseNumberText } from "../../src/core/cells/values";
import { foldForSearch } from "../../src/core/plan/browse";
import { getCatalog, lookup, normalizeCode } from "../../src/core/plan/catalog";
import { formatNumber } from "../../src/core/plan/milestones";
import ExcelJS from "exceljs";
import { columnLetter } from "../../src/core/address";
import { collect, consolidate } from "../../src/core/consolidation/in-memory";
import { Consolidator } from "../../src/core/consolidation/consolidator";
import { csvField, neutralizeFormulaText } from "../../src/core/text/safe-cell";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { createFakeExcel } from "../support/fake-excel";
import type { Entry, Issue } from "../../src/core/consolidation/report";
import { readReportFile } from "../../src/xlsx/report-reader";
import { inspectZip } from "../../src/xlsx/zip-guard";
import { FIRST_ROW, PERIOD, spec } from "./corpus";

const twoDecimals = fc.integer({ min: -1e11, max: 1e11 }).map((k) => k / 100);

describe("numbers typed as text", () => {
  it("anything Excel shows in Vietnamese notation reads back as the same number", () => {
    fc.assert(
      fc.property(twoDecimals, (x) => parseNumberText(formatNumber(x, "vi")) === x),
      { numRuns: 2000 },
    );
  });

  it("plain notation with at most two decimals reads back as the same number", () => {
    fc.assert(
      fc.property(twoDecimals, (x) => parseNumberText(String(x)) === x),
      { numRuns: 2000 },
    );
  });

  it("a leading 0. is a decimal point, whatever the digits after it (0.125 is never 125)", () => {
    const belowOne = fc.integer({ min: 1, max: 9999 }).map((k) => k / 10000);
    fc.assert(
      fc.property(belowOne, fc.boolean(), (x, negative) => {
        const n = negative ? -x : x;
        return parseNumberText(String(n)) === n && parseNumberText(`${String(n)}%`) === n;
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws and never returns a non-finite number, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const n = parseNumberText(s);
        return n === null || Number.isFinite(n);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("text written into cells and CSV", () => {
  const risky = fc.oneof(
    fc.string(),
    fc.constantFrom("=", "+", "-", "@", "\t", "\r").chain((c) => fc.string().map((s) => c + s)),
  );

  it("never starts like a formula, and is either unchanged or prefixed with one apostrophe", () => {
    fc.assert(
      fc.property(risky, (s) => {
        const out = neutralizeFormulaText(s);
        return !/^[=+\-@\t\r]/.test(out) && (out === s || out === `'${s}`) && neutralizeFormulaText(out) === out;
      }),
      { numRuns: 5000 },
    );
  });

  it("a CSV field parses back (RFC 4180) to the neutralised text", () => {
    const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    fc.assert(
      fc.property(risky, (s) => {
        const field = csvField(s);
        const quotedOk = !field.startsWith('"') || (field.endsWith('"') && !/[^"]"(?!")/.test(field.slice(1, -1).replace(/""/g, "")));
        return quotedOk && unquote(field) === neutralizeFormulaText(s) && (field.startsWith('"') || !/[",\r\n]/.test(field));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("every row the consolidated workbook gets", () => {
  // Whatever text arrives (file and sheet names, cells, metadata), it is written exactly as typed, as a string
  // cell, never a formula: no apostrophe is added. ExcelJS writes a JS string as a string cell;
  // the Office.js writer puts values through range.values, where such text would become a formula unless the cell
  // is formatted as Text first, which it is (the in-memory Excel turns it into a formula otherwise).
  const hostile = fc.oneof(
    fc.string(),
    fc.constantFrom("=", "+", "-", "@").chain((c) => fc.string().map((x) => c + x)),
  );
  /** Every string the row was given is in the row exactly as given (empty text is an empty cell). */
  const asTyped = (cells: unknown[], given: string[]) =>
    given.every((g) => (g === "" ? true : cells.includes(g))) && cells.every((c) => c !== "");

  it.each(["vi", "en"] as const)("keeps every text exactly as typed, adding nothing (%s)", (lang) => {
    const layout = consolidationLayout(lang);
    const origin = fc.record({ file: hostile, sheet: hostile });
    const entry = fc.record({
      code: hostile,
      taskGroup: hostile,
      unitId: hostile,
      unitName: hostile,
      answeringUnitId: hostile,
      period: hostile,
      submitted: fc.option(fc.integer()),
      templateVersion: hostile,
      origin,
      cell: hostile,
      actual: fc.oneof(hostile, fc.double(), fc.constant(null)),
      disbursed: fc.option(fc.double()),
      status: hostile,
      evidence: hostile,
      check: hostile,
    });
    const issue = fc.record({
      kind: fc.constantFrom("not_template", "unknown_code", "not_a_number", "superseded") as fc.Arbitrary<Issue["kind"]>,
      rejected: fc.boolean(),
      origin,
      cell: hostile,
      code: hostile,
      unitId: hostile,
      message: hostile,
    });
    const narrative = fc.record({
      unitId: hostile,
      unitName: hostile,
      taskGroup: hostile,
      origin,
      standing: fc.constant("counted" as const),
      completed: hostile,
      ongoing: hostile,
      proposals: hostile,
    });
    const submission = fc.record({
      unitId: hostile,
      unitName: hostile,
      taskGroups: fc.array(hostile),
      submitted: fc.option(fc.integer()),
      status: fc.constantFrom("on_time", "late", "missing") as fc.Arbitrary<"on_time">,
    });
    fc.assert(
      fc.property(
        entry,
        issue,
        narrative,
        submission,
        (e, i, n, sub) =>
          asTyped(layout.detailRow(e as Entry), [
            e.code,
            e.taskGroup,
            e.status,
            e.evidence,
            e.check,
            e.origin.file,
            e.origin.sheet,
            e.cell,
            e.period,
            e.templateVersion,
          ]) &&
          asTyped(layout.issueRow(i as Issue), [i.origin.file, i.origin.sheet, i.cell, i.code, i.unitId, i.message]) &&
          asTyped(layout.narrativeRow(n), [n.taskGroup, n.completed, n.ongoing, n.proposals, n.origin.file, n.origin.sheet]) &&
          asTyped(layout.submissionRow(sub), [sub.unitId]),
      ),
      { numRuns: 1000 },
    );
  });

  // Both writers, end to end, on fewer runs (each writes a workbook).
  const fileIssue = fc
    .record({ file: hostile, sheet: hostile, cell: hostile, code: hostile, unitId: hostile, message: hostile })
    .map((x): Issue => ({
      origin: { file: x.file, sheet: x.sheet },
      kind: "not_template",
      rejected: true,
      cell: x.cell,
      code: x.code,
      unitId: x.unitId,
      message: x.message,
    }));
  const stringsOf = (row: unknown[]) => row.filter((c): c is string => typeof c === "string");

  it("the file writer (ExcelJS): a string cell holding exactly the text, never a formula", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileIssue, { minLength: 1, maxLength: 5 }), async (issues) => {
        const engine = new Consolidator(PERIOD);
        for (const i of issues) engine.addFileIssue(i);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await consolidationBuffer(engine)) as unknown as ArrayBuffer);
        const formulas: string[] = [];
        wb.eachSheet((sheet) =>
          sheet.eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas.push(c.address)))),
        );
        const sheet = wb.getWorksheet(consolidationLayout("vi").sheetNames.issues)!;
        const written = issues.map((_, k) => sheet.getRow(k + 2));
        const layoutRows = (await collect(engine)).issues.map(consolidationLayout("vi").issueRow);
        return (
          formulas.length === 0 &&
          layoutRows.every((row, k) =>
            row.every((v, j) => {
              const cell = written[k]!.getCell(j + 1);
              return v === null
                ? cell.value === null
                : typeof v === "string"
                  ? cell.type === ExcelJS.ValueType.String && cell.value === v
                  : cell.value === v;
            }),
          ) &&
          issues.every((i, k) => i.message === "" || stringsOf(layoutRows[k]!).includes(i.message))
        );
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("the add-in's writer (Office.js): a cell holding exactly the text (sent with Excel's text mark), never a formula", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileIssue, { minLength: 1, maxLength: 5 }), async (issues) => {
        const result = await consolidate([], PERIOD, issues);
        const { context, sheets } = createFakeExcel();
        await writeConsolidationToWorkbook(context, result);
        const formulas = sheets.sheets.flatMap((sh) => [...sh.cells.values()].filter((c) => c.formula !== undefined));
        const sheet = sheets.getItem(consolidationLayout("vi").sheetNames.issues);
        return (
          formulas.length === 0 &&
          result.issues.map(consolidationLayout("vi").issueRow).every((row, k) =>
            row.every((v, j) => {
              const cell = sheet.cells.get(`${columnLetter(j + 1)}${k + 2}`);
              return v === null
                ? (cell?.value ?? "") === ""
                : typeof v === "string"
                  ? cell?.value === v && cell.quotePrefix === true
                  : cell?.value === v;
            }),
          )
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("codes and search", () => {
  const codes = getCatalog()
    .ghgActions.map((a) => a.code)
    .concat(getCatalog().targets.map((t) => t.code));

  it("a code is found whatever its case and spacing", () => {
    const variant = fc
      .tuple(fc.constantFrom(...codes), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.nat(3))
      .map(([code, upper, pad]) => {
        const cased = [...code].map((ch, i) => (upper[i % 8] ? ch.toUpperCase() : ch.toLowerCase())).join("");
        return { code, typed: `${" ".repeat(pad)}${cased}${" ".repeat(3 - pad)}` };
      });
    fc.assert(
      fc.property(
        variant,
        ({ code, typed }) => lookup(typed)?.code === code && normalizeCode(normalizeCode(typed)) === normalizeCode(typed),
      ),
    );
  });

  it("folding for search is idempotent and leaves no Vietnamese diacritics", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = foldForSearch(s);
        return foldForSearch(f) === f && !/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/.test(f);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("validation of any row content", () => {
  const s = spec();
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: false }),
    fc.integer({ min: -1e9, max: 1e9 }),
    twoDecimals.map((x) => formatNumber(x, "vi")),
    fc.string({ maxLength: 12 }),
    fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true }),
    fc.boolean(),
  );

  it("every row read is accepted or refused, exactly once, and accepted figures are finite", () => {
    const rows = fc.array(fc.tuple(cellValue, cellValue), { minLength: s.table.rows.length, maxLength: s.table.rows.length });
    fc.assert(
      fc.property(rows, (values) => {
        const report: RawReport = {
          origin: { file: "f.xlsx", sheet: s.sheetName },
          meta: s.meta,
          unitName: null,
          reporter: "x",
          submitted: null,
          headers: s.table.columns.map((c) => c.header),
          rows: s.table.rows.map((row, i) => ({
            row: FIRST_ROW + i,
            cells: { ...row.values, code: row.code, actual: values[i]![0], disbursed: values[i]![1] },
          })),
          narrative: { completed: "", ongoing: "", proposals: "" },
        };
        const v = validateReport(report, { period: s.meta.period });
        const refusedRows = new Set(v.issues.filter((i) => i.rejected).map((i) => i.cell.replace(/^[A-Z]+/, "")));
        const acceptedRows = new Set(v.entries.map((e) => e.cell.replace(/^[A-Z]+/, "")));
        return (
          v.rowsRead === s.table.rows.length &&
          v.entries.length + refusedRows.size === v.rowsRead &&
          [...acceptedRows].every((r) => !refusedRows.has(r)) &&
          v.entries.every(
            (e) =>
              (typeof e.actual !== "number" || Number.isFinite(e.actual)) &&
              (e.disbursed === null || (Number.isFinite(e.disbursed) && e.disbursed >= 0)),
          )
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("files of any bytes", () => {
  it("the zip inspection never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => typeof inspectZip(bytes).ok === "boolean"),
      { numRuns: 3000 },
    );
  });

  it("reading a file never throws: it gives reports or one issue naming the file", async () => {
    const header = fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [], [0x50, 0x4b, 0x05, 0x06]);
    await fc.assert(
      fc.asyncProperty(header, fc.uint8Array({ maxLength: 512 }), async (head, rest) => {
        const read = await readReportFile(new Uint8Array([...head, ...rest]), "x.xlsx");
        return read.issue !== null ? read.issue.origin.file === "x.xlsx" && read.reports.length === 0 : read.reports.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});
