/**
 * A template's progress and check columns give the TTX answers in a spreadsheet without the add-in.
 * Proof by HyperFormula twice: with the TTX plugin (the add-in's functions) and a separate HyperFormula module where
 * the plugin was never registered (TTX.* is #NAME?, as in Excel 2016, LibreOffice or Google Sheets). Every row with
 * formulas of every group's templates (several units, both languages, six-month and annual reports, years before,
 * at and after the milestones) is typed with figures reaching each branch; the native answer must equal the TTX
 * answer, value for value and word for word, except for the documented difference (text numbers) which is asserted
 * as it is. Comparators and units the decision does not use (>, =, between, at most, a target of 0, times the
 * baseline, several unlabelled figures) are proven on made-up catalog entries.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { check } from "../../src/core/functions/check";
import { parseNumberText } from "../../src/core/cells/values";
import { progress } from "../../src/core/functions/progress";
import { isTtxError } from "../../src/core/functions/result";
import { t, type Lang } from "../../src/core/i18n/messages";
import * as catalog from "../../src/core/plan/catalog";
import { reportingUnits } from "../../src/core/plan/responsibility";
import type { MeasureT } from "../../src/core/plan/schema";
import { buildTemplate } from "../../src/core/templates/build";
import { planCanonical, planHash } from "../../src/core/templates/plan-hash";
import { dueIso } from "../../src/core/plan/calendar";
import { nativeCheck, nativeProgress, nativeRowOf, numberLiteral, textLiteral } from "../../src/core/templates/native-formulas";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { parseReportPeriod } from "../../src/core/plan/calendar";
import { registerTtxPlugin } from "../../src/hyperformula/ttx-plugin";
import { branchValues, hfCell, templateGrid, type Typed } from "./template-grid";

registerTtxPlugin();
// Exact doubles out (no rounding of results to 10 decimals), as Excel and LibreOffice keep them.
const LICENSE = { licenseKey: "gpl-v3", smartRounding: false };
/** HyperFormula without the TTX plugin: a module instance of its own, where nothing was registered. */
let Bare: typeof HyperFormula;
jest.isolateModules(() => {
  Bare = (require("hyperformula") as typeof import("hyperformula")).HyperFormula;
});

type Answer = string | number | { error: string };
const answer = (v: unknown): Answer => {
  if (v instanceof DetailedCellError || (typeof v === "object" && v !== null && "type" in v && "value" in v))
    return { error: String((v as { value: string }).value) };
  if (isTtxError(v)) return { error: v.ttxError === "NOT_AVAILABLE" ? "#N/A" : `#${v.ttxError}!` };
  if (typeof v === "number" || typeof v === "string") return v;
  if (v === null || v === undefined) return "";
  return String(v);
};
/** Equal answers: the same text or error; numbers to 12 significant digits (HyperFormula rounds arithmetic to 14). */
function same(a: Answer, b: Answer): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What TTX says that the native formulas cannot: a number stored as text ("12,5", "0,2%") is read by TTX only. */
const textNumber = (v: Typed): v is string => typeof v === "string" && v.trim() !== "" && parseNumberText(v) !== null;

const template = (group: string, unit: string, period: string, lang: Lang, rows?: "all"): TemplateSpecT => {
  const r = buildTemplate({ group, unit, period, lang, ...(rows ? { rows } : {}) });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};

describe("native progress and check formulas equal TTX.PROGRESS and TTX.CHECK", () => {
  it("has no TTX plugin in the bare HyperFormula (its TTX names are #NAME?)", () => {
    const bare = Bare.buildFromArray([['=TTX.CHECK("C1.1",20,2020)', '=IFERROR(TTX.CHECK("C1.1",20,2020),"native")']], LICENSE);
    expect((bare.getCellValue({ sheet: 0, row: 0, col: 0 }) as DetailedCellError).type).toBe("NAME");
    expect(bare.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe("native");
    const full = HyperFormula.buildFromArray([['=TTX.CHECK("C1.1",20,2020)']], LICENSE);
    expect(full.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe("Chậm 5 điểm % so với lộ trình 2020 (25%)");
  });

  const periods = ["2017-H1", "2019-annual", "2020-H1", "2020-annual", "2024-H1", "2025-annual", "2030-H1", "2030-annual", "2033-annual"];
  const cases: [string, string, string, Lang, "all" | undefined][] = [];
  for (const group of ["NV3", "NV4"]) {
    for (const period of periods) {
      const units = reportingUnits(dueIso(parseReportPeriod(period)!), group);
      for (const lang of ["vi", "en"] as const) {
        cases.push([group, units[0]!, period, lang, "all"]);
        // Units' own rows: other row positions, the same formulas by row.
        for (const unit of [units[1], units[units.length - 1]])
          if (unit && (period === "2025-annual" || period === "2020-H1")) cases.push([group, unit, period, lang, undefined]);
      }
    }
  }

  it.each(cases)(
    "%s, %s, %s, %s (%s rows): native = TTX for every row and figure",
    (group, unit, period, lang, rows) => {
      const spec = template(group, unit, period, lang, rows);
      const year = parseReportPeriod(period)!.year;
      const formulaRows = spec.table.rows.filter((r) => r.formulas.check);
      expect(formulaRows.length).toBeGreaterThan(0);
      const values = new Map(formulaRows.map((r) => [r.code, branchValues(r.code, year)]));
      const count = values.values().next().value!.length;
      const letters = Object.fromEntries(spec.table.columns.map((c) => [c.key, c.letter]));
      const yearCell = `$${spec.header.find((h) => h.key === "year")!.valueAddress.replace(/(\d+)/, "$$$1")}`;
      const sheets: Record<string, ReturnType<typeof templateGrid>> = {};
      for (let k = 0; k < count; k++) sheets[`s${k}`] = templateGrid(spec, (row) => values.get(row.code)?.[k] ?? null);
      // The TTX answers themselves, beside the template's cells (with the plugin only).
      const withReference: Record<string, ReturnType<typeof templateGrid>> = {};
      for (const [name, grid] of Object.entries(sheets)) {
        withReference[name] = grid.map((cells, r) => {
          const row = spec.table.rows[r - spec.table.headerRow];
          if (!row?.formulas.check) return cells;
          const n = r + 1;
          return [
            ...cells,
            `=TTX.PROGRESS(${letters.code}${n},${letters.actual}${n},${yearCell})`,
            `=TTX.CHECK(${letters.code}${n},${letters.actual}${n},${yearCell}${lang === "en" ? ',"en"' : ""})`,
          ];
        });
      }
      const full = HyperFormula.buildFromSheets(withReference, LICENSE);
      const bare = Bare.buildFromSheets(sheets, LICENSE);
      const progressCol = spec.table.columns.findIndex((c) => c.key === "progress");
      const checkCol = spec.table.columns.findIndex((c) => c.key === "check");
      const width = spec.table.columns.length;
      let compared = 0;
      const mismatches: string[] = [];
      for (let k = 0; k < count; k++) {
        const s = full.getSheetId(`s${k}`)!;
        const b = bare.getSheetId(`s${k}`)!;
        spec.table.rows.forEach((row, i) => {
          if (!row.formulas.check) return;
          const r = spec.table.headerRow + i;
          const typed = values.get(row.code)![k]!;
          const ref = {
            progress: answer(full.getCellValue({ sheet: s, row: r, col: width })),
            check: answer(full.getCellValue({ sheet: s, row: r, col: width + 1 })),
          };
          // TTX.PROGRESS of a blank is an empty result: the template shows blank.
          const got = {
            withAddIn: {
              progress: answer(full.getCellValue({ sheet: s, row: r, col: progressCol })),
              check: answer(full.getCellValue({ sheet: s, row: r, col: checkCol })),
            },
            without: {
              progress: answer(bare.getCellValue({ sheet: b, row: r, col: progressCol })),
              check: answer(bare.getCellValue({ sheet: b, row: r, col: checkCol })),
            },
          };
          const expected = textNumber(typed) ? { progress: { error: "#VALUE!" }, check: t("checkNotNumber", { got: typed }, lang) } : ref;
          for (const key of ["progress", "check"] as const) {
            compared++;
            if (!same(got.withAddIn[key], ref[key]))
              mismatches.push(
                `${row.code} ${JSON.stringify(typed)} with add-in ${key}: ${JSON.stringify(got.withAddIn[key])} ≠ TTX ${JSON.stringify(ref[key])}`,
              );
            if (!same(got.without[key], expected[key]))
              mismatches.push(
                `${row.code} ${JSON.stringify(typed)} native ${key}: ${JSON.stringify(got.without[key])} ≠ ${JSON.stringify(expected[key])}`,
              );
          }
        });
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBe(formulaRows.length * count * 2);
      // The documented difference is a real one: TTX reads "12,5" (the reference is a figure, not "not a number").
      const c11 = formulaRows[0]!;
      expect(check(c11.code, "12,5", year, lang)).not.toBe(t("checkNotNumber", { got: "12,5" }, lang));
    },
    120_000,
  );

  it("gives every branch in the sheets above: each message kind appears (one year, one template)", () => {
    const spec = template("NV3", reportingUnits(dueIso(parseReportPeriod("2025-H1")!), "NV3")[0]!, "2025-H1", "vi", "all");
    const row = spec.table.rows.find((r) => r.code === "C1.1")!;
    const seen = new Set(
      branchValues("C1.1", 2025).map((v) => {
        const c = check("C1.1", v, 2025, "vi");
        return typeof c === "string" ? c.replace(/[\d.,]+/g, "#").slice(0, 18) : "error";
      }),
    );
    expect([...seen].sort()).toEqual(
      [
        "Chưa nhập số liệu",
        "Chậm # điểm % so v",
        "Giá trị âm không h",
        "Không phải số: abc",
        "Không phải số: fal",
        "Không phải số: tru",
        "OK",
        "Vượt mức hợp lý (t",
        "# có vẻ là #% lưu ",
      ].sort(),
    );
    expect(row.formulas.check!.formula.startsWith("IFERROR(TTX.CHECK(A")).toBe(true);
  });

  it("leaves the plan fingerprint alone: formula columns are not hashed", () => {
    const spec = template("NV3", "SO_CT", "2025-H1", "vi", "all");
    const bare = spec.table.rows.map((r) => ({ ...r, formulas: {} }));
    const old = spec.table.rows.map((r) => ({
      ...r,
      formulas: r.formulas.check ? { check: { formula: "TTX.CHECK(A20,H20,$D$13)", cached: "Chưa nhập số liệu" } } : {},
    }));
    expect(planHash(spec.meta, bare)).toBe(spec.meta.planHash);
    expect(planHash(spec.meta, old)).toBe(spec.meta.planHash);
    expect(planCanonical(spec.meta, spec.table.rows)).not.toMatch(/IFERROR|TTX\.CHECK/);
  });

  it("the other groups' rows are texts (activities, projects): no formula to compute, in any unit's template", () => {
    for (const group of ["NV1", "NV2", "NV5", "NV6"]) {
      for (const lang of ["vi", "en"] as const) {
        const spec = template(group, "SO_CT", "2025-H1", lang, "all");
        expect(spec.table.rows.length).toBeGreaterThan(0);
        for (const row of spec.table.rows) {
          expect(row.actualKind).toBe("text");
          expect(row.formulas).toEqual({});
        }
      }
    }
    for (const group of ["NV3", "NV4"]) {
      for (const row of template(group, "SO_CT", "2025-H1", "vi", "all").table.rows)
        expect(Object.keys(row.formulas).sort()).toEqual(row.actualKind === "text" ? [] : ["check", "progress"]);
    }
  });

  it("formulas stay within Excel's limits (8,192 characters, literals of 255) and use no TEXT, FIXED, LET or exponent", () => {
    let longest = 0;
    for (const group of ["NV3", "NV4"]) {
      for (const period of ["2017-H1", "2020-annual", "2025-H1", "2031-annual"]) {
        for (const lang of ["vi", "en"] as const) {
          for (const row of template(group, "SO_CT", period, lang, "all").table.rows) {
            for (const f of Object.values(row.formulas)) {
              longest = Math.max(longest, f.formula.length);
              expect(f.formula).not.toMatch(/\b(TEXT|FIXED|LET|NUMBERVALUE|VALUE|DOLLAR)\(/);
              expect(f.formula.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/\d[eE]\d/);
              for (const literal of f.formula.match(/"(?:[^"]|"")*"/g) ?? []) expect(literal.length).toBeLessThanOrEqual(257);
            }
          }
        }
      }
    }
    expect(longest).toBeGreaterThan(1000);
    expect(longest).toBeLessThan(8192);
    expect(textLiteral("x".repeat(600))).toBe(`"${"x".repeat(250)}"&"${"x".repeat(250)}"&"${"x".repeat(100)}"`);
    expect(textLiteral('say "hi"')).toBe('"say "&CHAR(34)&"hi"&CHAR(34)');
    expect(textLiteral('"')).toBe("CHAR(34)");
    expect(() => numberLiteral(0.1 + 0.2)).toThrow(/15 significant/);
    expect(() => numberLiteral(1e21)).toThrow(/exponent/);
    expect(numberLiteral(6428.571428571)).toBe("6428.571428571");
  });
});

describe("native formulas for comparators and units the decision does not use (made-up entries)", () => {
  const m = (
    comparator: MeasureT["comparator"],
    value: number,
    unit: MeasureT["unit"],
    year: number,
    extra: Partial<MeasureT> = {},
  ): MeasureT => ({ comparator, value, unit, year, ...extra });
  const entries: Record<string, { measures: MeasureT[]; targetVi?: string }> = {
    "Z.GT": { measures: [m(">", 20, "percent", 2020, { subject: "s" }), m(">", 60, "percent", 2030, { subject: "s" })] },
    "Z.EQ": { measures: [m("=", 100, "percent", 2025)] },
    "Z.BT": { measures: [m("between", 5, "percent", 2030, { max: 8 })] },
    "Z.LE": { measures: [m("<=", 50, "percent", 2020), m("<=", 30, "percent", 2030)] },
    "Z.ZERO": { measures: [m(">=", 0, "communes", 2030)] },
    "Z.TB": { measures: [m(">=", 1.5, "times_baseline", 2030)] },
    "Z.MW": { measures: [m(">=", 5, "MW", 2020), m(">=", 2, "MW", 2020), m(">=", 20, "MW", 2030)], targetVi: "giai đoạn 2018-2030" },
    "Z.SMALL": { measures: [m(">=", 0.5, "percent", 2030)] },
    "Z.BIG": { measures: [m(">=", 600000, "ha", 2030)] },
    "Z.COMM": { measures: [m(">=", 150, "communes", 2025), m(">=", 199, "communes", 2030)] },
  };
  const realLookup = catalog.lookup;
  beforeAll(() => {
    jest.spyOn(catalog, "lookup").mockImplementation((code: string) => {
      const e = entries[code.trim().toUpperCase()];
      if (!e) return realLookup(code);
      return { kind: "ghgAction", code, item: { code, milestones: e.measures, targetVi: e.targetVi ?? "" } } as unknown as catalog.Entry;
    });
  });
  afterAll(() => jest.restoreAllMocks());

  it.each(Object.keys(entries))("%s: native = TTX at every year, in both languages", (code) => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const year of [2017, 2019, 2020, 2022, 2025, 2030, 2034]) {
      for (const lang of ["vi", "en"] as const) {
        const row = nativeRowOf(code, year, lang)!;
        const values = branchValues(code, year);
        const sheet = values.map((v) => [hfCell(v), `=IF(TRIM(A1)="","",${nativeProgress(row, "A1")})`, `=${nativeCheck(row, "A1")}`]);
        // Relative references: each row's formulas read their own A cell.
        const grid = sheet.map((cells, i) =>
          cells.map((c) => (typeof c === "string" && c.startsWith("=") ? c.replace(/\bA1\b/g, `A${i + 1}`) : c)),
        );
        const hf = Bare.buildFromArray(grid, LICENSE);
        values.forEach((v, i) => {
          const ttx = { progress: answer(progress(code, v, year)), check: answer(check(code, v, year, lang)) };
          const expected = textNumber(v) ? { progress: { error: "#VALUE!" }, check: t("checkNotNumber", { got: v }, lang) } : ttx;
          const got = {
            progress: answer(hf.getCellValue({ sheet: 0, row: i, col: 1 })),
            check: answer(hf.getCellValue({ sheet: 0, row: i, col: 2 })),
          };
          for (const key of ["progress", "check"] as const) {
            compared++;
            if (!same(got[key], expected[key]))
              mismatches.push(
                `${year} ${lang} ${JSON.stringify(v)} ${key}: ${JSON.stringify(got[key])} ≠ ${JSON.stringify(expected[key])}`,
              );
          }
        });
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(400);
  });

  it("reaches the messages only these comparators have", () => {
    expect(check("Z.GT", 60, 2030, "vi")).toBe("Chưa vượt 60%: mục tiêu 2030 là trên 60%, tức phải lớn hơn 60%; bằng 60% là chưa đạt");
    expect(check("Z.LE", 31, 2030, "en")).toBe("Above the 2030 cap (30%)");
    expect(check("Z.BIG", 0, 2025, "vi")).toBe("Chậm 385.714,29 ha so với lộ trình 2025 (385.714,29 ha)");
    expect(check("Z.SMALL", 0.2, 2030, "vi")).toBe("Chậm 0,3 điểm % so với lộ trình 2030 (0,5%)");
  });
});
