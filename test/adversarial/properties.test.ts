/**
 * Property-based tests (fast-check) for the parsers and rules bad input goes through: thousands of generated
 * inputs per property, each checked against a statement that must always hold.
 */
import fc from "fast-check";
import { validateReport } from "../../src/core/consolidation/validate";
import type { RawReport } from "../../src/core/consolidation/report";
import { parseNumberText } from "../../src/core/functions/coerce";
import { foldForSearch } from "../../src/core/plan/browse";
import { getCatalog, lookup, normalizeCode } from "../../src/core/plan/catalog";
import { formatNumber } from "../../src/core/plan/milestones";
import { csvField, neutralizeFormulaText } from "../../src/core/text/safe-cell";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import type { Entry, Issue } from "../../src/core/consolidation/report";
import { readReportFile } from "../../src/xlsx/report-reader";
import { inspectZip } from "../../src/xlsx/zip-guard";
import { FIRST_ROW, spec } from "./corpus";

const twoDecimals = fc.integer({ min: -1e11, max: 1e11 }).map((k) => k / 100);

describe("numbers typed as text", () => {
  it("anything Excel shows in Vietnamese notation reads back as the same number", () => {
    fc.assert(fc.property(twoDecimals, (x) => parseNumberText(formatNumber(x, "vi")) === x), { numRuns: 2000 });
  });

  it("plain notation with at most two decimals reads back as the same number", () => {
    fc.assert(fc.property(twoDecimals, (x) => parseNumberText(String(x)) === x), { numRuns: 2000 });
  });

  it("never throws and never returns a non-finite number, whatever the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => {
      const n = parseNumberText(s);
      return n === null || Number.isFinite(n);
    }), { numRuns: 5000 });
  });
});

describe("text written into cells and CSV", () => {
  const risky = fc.oneof(fc.string(), fc.constantFrom("=", "+", "-", "@", "\t", "\r").chain((c) => fc.string().map((s) => c + s)));

  it("never starts like a formula, and is either unchanged or prefixed with one apostrophe", () => {
    fc.assert(fc.property(risky, (s) => {
      const out = neutralizeFormulaText(s);
      return !/^[=+\-@\t\r]/.test(out) && (out === s || out === `'${s}`) && neutralizeFormulaText(out) === out;
    }), { numRuns: 5000 });
  });

  it("a CSV field parses back (RFC 4180) to the neutralised text", () => {
    const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    fc.assert(fc.property(risky, (s) => {
      const field = csvField(s);
      const quotedOk = !field.startsWith('"') || (field.endsWith('"') && !/[^"]"(?!")/.test(field.slice(1, -1).replace(/""/g, "")));
      return quotedOk && unquote(field) === neutralizeFormulaText(s) && (field.startsWith('"') || !/[",\r\n]/.test(field));
    }), { numRuns: 5000 });
  });
});

describe("every row the consolidated workbook gets", () => {
  // Whatever text arrives (file and sheet names, cells, metadata), no cell of any sheet may start like a formula:
  // the Office.js writer puts values through range.values, where such text would become one.
  const hostile = fc.oneof(fc.string(), fc.constantFrom("=", "+", "-", "@").chain((c) => fc.string().map((x) => c + x)));
  const formulaLike = (cells: unknown[]) => cells.some((c) => typeof c === "string" && /^[=+\-@\t\r]/.test(c));

  it.each(["vi", "en"] as const)("never starts a text cell like a formula (%s)", (lang) => {
    const layout = consolidationLayout(lang);
    const origin = fc.record({ file: hostile, sheet: hostile });
    const entry = fc.record({
      code: hostile, taskGroup: hostile, unitId: hostile, unitName: hostile, currentUnitId: hostile, period: hostile,
      submitted: fc.option(fc.integer()), templateVersion: hostile, origin, cell: hostile,
      actual: fc.oneof(hostile, fc.double(), fc.constant(null)), disbursed: fc.option(fc.double()), status: hostile, evidence: hostile, check: hostile,
    });
    const issue = fc.record({
      kind: fc.constantFrom("not_template", "unknown_code", "not_a_number", "superseded") as fc.Arbitrary<Issue["kind"]>,
      rejected: fc.boolean(), origin, cell: hostile, code: hostile, unitId: hostile, message: hostile,
    });
    const narrative = fc.record({ unitId: hostile, unitName: hostile, taskGroup: hostile, origin, completed: hostile, ongoing: hostile, proposals: hostile });
    const submission = fc.record({ unitId: hostile, unitName: hostile, taskGroups: fc.array(hostile), submitted: fc.option(fc.integer()), status: fc.constantFrom("on_time", "late", "missing") as fc.Arbitrary<"on_time">});
    fc.assert(fc.property(entry, issue, narrative, submission, (e, i, n, sub) =>
      !formulaLike(layout.detailRow(e as Entry)) && !formulaLike(layout.issueRow(i as Issue)) && !formulaLike(layout.narrativeRow(n)) && !formulaLike(layout.submissionRow(sub)),
    ), { numRuns: 1000 });
  });
});

describe("codes and search", () => {
  const codes = getCatalog().ghgActions.map((a) => a.code).concat(getCatalog().targets.map((t) => t.code));

  it("a code is found whatever its case and spacing", () => {
    const variant = fc.tuple(fc.constantFrom(...codes), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.nat(3)).map(([code, upper, pad]) => {
      const cased = [...code].map((ch, i) => (upper[i % 8] ? ch.toUpperCase() : ch.toLowerCase())).join("");
      return { code, typed: `${" ".repeat(pad)}${cased}${" ".repeat(3 - pad)}` };
    });
    fc.assert(fc.property(variant, ({ code, typed }) => lookup(typed)?.code === code && normalizeCode(normalizeCode(typed)) === normalizeCode(typed)));
  });

  it("folding for search is idempotent and leaves no Vietnamese diacritics", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const f = foldForSearch(s);
      return foldForSearch(f) === f && !/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/.test(f);
    }), { numRuns: 3000 });
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
    fc.assert(fc.property(rows, (values) => {
      const report: RawReport = {
        origin: { file: "f.xlsx", sheet: s.sheetName },
        meta: s.meta,
        unitName: null,
        reporter: "x",
        submitted: null,
        headers: s.table.columns.map((c) => c.header),
        rows: s.table.rows.map((row, i) => ({ row: FIRST_ROW + i, cells: { ...row.values, code: row.code, actual: values[i]![0], disbursed: values[i]![1] } })),
        narrative: { completed: "", ongoing: "", proposals: "" },
      };
      const v = validateReport(report, { period: s.meta.period });
      const refusedRows = new Set(v.issues.filter((i) => i.rejected).map((i) => i.cell.replace(/^[A-Z]+/, "")));
      const acceptedRows = new Set(v.entries.map((e) => e.cell.replace(/^[A-Z]+/, "")));
      return (
        v.rowsRead === s.table.rows.length &&
        v.entries.length + refusedRows.size === v.rowsRead &&
        [...acceptedRows].every((r) => !refusedRows.has(r)) &&
        v.entries.every((e) => (typeof e.actual !== "number" || Number.isFinite(e.actual)) && (e.disbursed === null || (Number.isFinite(e.disbursed) && e.disbursed >= 0)))
      );
    }), { numRuns: 300 });
  });
});

describe("files of any bytes", () => {
  it("the zip inspection never throws, whatever the bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => typeof inspectZip(bytes).ok === "boolean"), { numRuns: 3000 });
  });

  it("reading a file never throws: it gives reports or one issue naming the file", async () => {
    const header = fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [], [0x50, 0x4b, 0x05, 0x06]);
    await fc.assert(fc.asyncProperty(header, fc.uint8Array({ maxLength: 512 }), async (head, rest) => {
      const read = await readReportFile(new Uint8Array([...head, ...rest]), "x.xlsx");
      return read.issue !== null ? read.issue.origin.file === "x.xlsx" && read.reports.length === 0 : read.reports.length > 0;
    }), { numRuns: 300 });
  });
});
