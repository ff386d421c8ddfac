/**
 * Templates without the add-in, in LibreOffice, a spreadsheet without the add-in: every template (six groups, both languages, a
 * six-month and an annual report, a unit's own rows and every row) is opened headless, figures are typed in through
 * the UNO bridge (test/xlsx/uno_recalc.py), everything is recalculated (calculateAll: nothing cached by the writer
 * counts) and read back.
 * - With plausible figures typed in every row, no cell of any sheet holds an error value.
 * - With figures reaching every branch, LibreOffice's progress and check values equal HyperFormula's (without the
 *   TTX plugin) for the same inputs, and the only error values are the progress cells where TTX.PROGRESS itself is
 *   #VALUE! (a stored fraction, a text).
 * - Saved again by LibreOffice as .xlsx, the file keeps its data validation, sheet protection, locked and unlocked
 *   cells and hidden metadata (read back with ExcelJS), and consolidates exactly as the same figures typed into a
 *   template with the old TTX-only formulas.
 * LibreOffice and Debian's python3-uno may be missing on a developer machine: then this says it was skipped; with
 * TTX_REQUIRE_LIBREOFFICE=1 (CI) a missing tool is a failure.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { DetailedCellError } from "hyperformula";
import { tmpdir } from "os";
import * as path from "path";
import { validateReport } from "../../src/core/consolidation/validate";
import type { Lang } from "../../src/core/i18n/messages";
import { parseReportPeriod } from "../../src/core/plan/calendar";
import { judgePath, yearPoint } from "../../src/core/plan/path";
import { reportingUnits, rowsOfUnit } from "../../src/core/plan/responsibility";
import { buildTemplate } from "../../src/core/templates/build";
import { dueIso } from "../../src/core/plan/calendar";
import { nativeRowOf } from "../../src/core/templates/native-formulas";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { readReportFile } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { branchValues, templateGrid, type Typed } from "../templates/template-grid";

const PYTHON = process.env.TTX_PYTHON || "/usr/bin/python3";
const soffice = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
const uno = spawnSync(PYTHON, ["-c", "import uno"], { encoding: "utf8" }).status === 0;
const required = process.env.TTX_REQUIRE_LIBREOFFICE === "1";
const maybe = (soffice && uno) || required ? describe : describe.skip;
if (!(soffice && uno) && !required) console.warn("LibreOffice or python3-uno not found: skipping the recalculation test (CI runs it).");
jest.setTimeout(600_000);

// HyperFormula without the TTX plugin (its own module instance), exact doubles out.
let Bare: typeof import("hyperformula").HyperFormula;
jest.isolateModules(() => {
  Bare = (require("hyperformula") as typeof import("hyperformula")).HyperFormula;
});
const HF_CONFIG = { licenseKey: "gpl-v3", smartRounding: false };

type LoValue = { t: "n" | "s" | "e" | "empty"; v: string | number | null };
type Round = { values: Record<string, LoValue>; errors: string[] };

/** The unit that leads most rows of a group on the due date. */
function leadUnit(group: string, iso: string): string {
  const leads = (u: string) => rowsOfUnit(u, group, iso).filter((r) => r.role === "lead").length;
  return [...reportingUnits(iso, group)].sort((a, b) => leads(b) - leads(a))[0]!;
}

interface Case {
  name: string;
  spec: TemplateSpecT;
  year: number;
  lang: Lang;
  period: string;
}

const cases: Case[] = [];
for (const period of ["2025-H1", "2020-annual"]) {
  const iso = dueIso(parseReportPeriod(period)!);
  for (const group of ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]) {
    for (const lang of ["vi", "en"] as const) {
      for (const rows of [undefined, "all"] as const) {
        if (rows === "all" && !(group === "NV3" || group === "NV4")) continue;
        const built = buildTemplate({ group, unit: leadUnit(group, iso), period, lang, ...(rows ? { rows } : {}) });
        if (!built.ok) throw new Error(built.error);
        cases.push({
          name: `${group}-${period}-${lang}${rows ? "-all" : ""}`,
          spec: built.spec,
          year: parseReportPeriod(period)!.year,
          lang,
          period,
        });
      }
    }
  }
}

const letterOf = (spec: TemplateSpecT, key: string) => spec.table.columns.find((c) => c.key === key)!.letter;
const excelRow = (spec: TemplateSpecT, i: number) => spec.table.headerRow + 1 + i;

/** A plausible figure per row: on the path for figures (never a fraction), a sentence for text rows. */
function plausible(spec: TemplateSpecT, year: number): Typed[] {
  return spec.table.rows.map((row) => {
    if (!row.formulas.check) return `Đã triển khai, ${row.code}`;
    const n = nativeRowOf(row.code, year, "vi")!;
    return Math.max(1, judgePath(n.measures, 0, yearPoint(year), n.startYear)!.expected);
  });
}

/** Branch figures LibreOffice can hold (no booleans: Calc has none, TRUE is the number 1). */
const branches = (spec: TemplateSpecT, year: number) => {
  const rows = spec.table.rows.filter((r) => r.formulas.check);
  if (rows.length === 0) return [] as Typed[][];
  const perRow = new Map(rows.map((r) => [r.code, branchValues(r.code, year).filter((v) => typeof v !== "boolean")]));
  const count = perRow.values().next().value!.length;
  return Array.from({ length: count }, (_, k) => spec.table.rows.map((r) => perRow.get(r.code)?.[k] ?? null));
};

const setOps = (spec: TemplateSpecT, values: Typed[]) =>
  values.map((v, i) => [
    `${letterOf(spec, "actual")}${excelRow(spec, i)}`,
    v === null ? "clear" : typeof v === "number" ? "n" : "s",
    v === null ? null : v,
  ]);
const readCells = (spec: TemplateSpecT) =>
  spec.table.rows.flatMap((r, i) =>
    r.formulas.check ? [`${letterOf(spec, "progress")}${excelRow(spec, i)}`, `${letterOf(spec, "check")}${excelRow(spec, i)}`] : [],
  );

/** HyperFormula's value (no TTX plugin) of a cell of the template with these figures typed in. */
function hfValues(spec: TemplateSpecT, values: Typed[], cells: string[]): Record<string, LoValue> {
  const hf = Bare.buildFromArray(
    templateGrid(spec, (_row, i) => values[i] ?? null),
    HF_CONFIG,
  );
  return Object.fromEntries(
    cells.map((a) => {
      const v = hf.getCellValue(hf.simpleCellAddressFromString(a, 0)!);
      // The bare module's own error class: not the DetailedCellError imported here.
      if (typeof v === "object" && v !== null && "type" in v) return [a, { t: "e", v: (v as DetailedCellError).value }];
      if (typeof v === "number") return [a, { t: "n", v }];
      if (v === null || v === "") return [a, { t: "s", v: "" }];
      return [a, { t: "s", v: String(v) }];
    }),
  );
}

const sameValue = (lo: LoValue, hf: LoValue): boolean => {
  if (lo.t === "n" && hf.t === "n") return Math.abs((lo.v as number) - (hf.v as number)) <= 1e-12 * Math.max(1, Math.abs(hf.v as number));
  const norm = (x: LoValue) => (x.t === "empty" ? { t: "s", v: "" } : x);
  return JSON.stringify(norm(lo)) === JSON.stringify(norm(hf));
};

/** The XML of a sheet, by its name, from the file's workbook part and relationships. */
async function sheetXml(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = name.replace(/&/g, "&amp;");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${name} in ${file}`);
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

/** Whether a cell is locked, from its style in the file (cellXfs protection; locked unless it says otherwise). */
async function lockedOf(file: string, name: string): Promise<(address: string) => boolean> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map(
    (m) => m[0],
  );
  const sheet = await sheetXml(file, name);
  return (address) => {
    const style = Number(new RegExp(`<c r="${address}"(?: [^>]*)? s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    return !/<protection\b[^>]*locked="(false|0)"/.test(xfs[style] ?? "");
  };
}

maybe("templates recalculated by LibreOffice (no add-in)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-lo-recalc-"));
  const results = new Map<string, { rounds: Round[]; inputs: Typed[][] }>();

  beforeAll(async () => {
    expect(soffice).not.toBe("");
    const jobs = [];
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      writeTemplate(wb, c.spec);
      const src = path.join(dir, `${c.name}.xlsx`);
      writeFileSync(src, new Uint8Array(await wb.xlsx.writeBuffer()));
      const inputs = [plausible(c.spec, c.year), ...branches(c.spec, c.year)];
      // The plausible figures last again, so the file saved holds them.
      inputs.push(inputs[0]!);
      results.set(c.name, { rounds: [], inputs });
      jobs.push({
        src,
        sheet: c.spec.sheetName,
        dst: path.join(dir, `${c.name}-lo.xlsx`),
        rounds: inputs.map((values) => ({ set: setOps(c.spec, values), read: readCells(c.spec) })),
      });
    }
    const jobFile = path.join(dir, "jobs.json");
    const outFile = path.join(dir, "out.json");
    writeFileSync(jobFile, JSON.stringify(jobs));
    const py = spawnSync(PYTHON, [path.join(__dirname, "uno_recalc.py"), jobFile, outFile], { encoding: "utf8", timeout: 540_000 });
    if (py.status !== 0)
      throw new Error(
        `uno_recalc.py: ${py.stdout}${py.stderr}${(() => {
          try {
            return readFileSync(outFile, "utf8").slice(0, 4000);
          } catch {
            return "";
          }
        })()}`,
      );
    const out = JSON.parse(readFileSync(outFile, "utf8")) as { src: string; ok: boolean; rounds: Round[] }[];
    cases.forEach((c, i) => (results.get(c.name)!.rounds = out[i]!.rounds));
  });

  it("recalculates every template with plausible figures typed in, and no cell of any sheet holds an error", () => {
    expect(cases).toHaveLength(32);
    for (const c of cases) {
      const { rounds } = results.get(c.name)!;
      expect([c.name, rounds[0]!.errors]).toEqual([c.name, []]);
      expect([c.name, rounds[rounds.length - 1]!.errors]).toEqual([c.name, []]);
      // The results are computed, not the writer's blank-template values.
      for (const [address, v] of Object.entries(rounds[0]!.values))
        if (address.startsWith(letterOf(c.spec, "check"))) expect(v.t).toBe("s");
      const checks = Object.entries(rounds[0]!.values).filter(([a]) => a.startsWith(letterOf(c.spec, "check")));
      if (checks.length > 0) expect(checks.every(([, v]) => v.v !== "Chưa nhập số liệu" && v.v !== "No value entered")).toBe(true);
    }
  });

  it("gives HyperFormula's values (without the TTX plugin) for figures reaching every branch; errors only where TTX.PROGRESS errs", () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const c of cases) {
      const { rounds, inputs } = results.get(c.name)!;
      const cells = readCells(c.spec);
      rounds.forEach((round, k) => {
        const hf = hfValues(c.spec, inputs[k]!, cells);
        for (const a of cells) {
          compared++;
          if (!sameValue(round.values[a]!, hf[a]!))
            mismatches.push(
              `${c.name} round ${k} ${a} (${JSON.stringify(inputs[k]![Number(a.slice(1)) - c.spec.table.headerRow - 1])}): LibreOffice ${JSON.stringify(round.values[a])} ≠ HyperFormula ${JSON.stringify(hf[a])}`,
            );
        }
        const allowed = cells
          .filter((a) => a.startsWith(letterOf(c.spec, "progress")) && hf[a]!.t === "e" && hf[a]!.v === "#VALUE!")
          .map((a) => `${c.spec.sheetName}!${a} #VALUE!`);
        for (const e of round.errors) if (!allowed.includes(e)) mismatches.push(`${c.name} round ${k}: error ${e}`);
      });
    }
    expect(mismatches).toEqual([]);
    // NV3 and NV4 have the rows with figures: 16 of the 32 files, about 30 rounds each.
    expect(compared).toBeGreaterThan(5000);
  });

  it("keeps validation, protection, locked cells and the hidden metadata when LibreOffice saves the file", async () => {
    for (const c of cases) {
      const before = new ExcelJS.Workbook();
      await before.xlsx.load(readFileSync(path.join(dir, `${c.name}.xlsx`)) as unknown as ArrayBuffer);
      const after = new ExcelJS.Workbook();
      await after.xlsx.load(readFileSync(path.join(dir, `${c.name}-lo.xlsx`)) as unknown as ArrayBuffer);
      const s0 = before.getWorksheet(c.spec.sheetName)!;
      const s1 = after.getWorksheet(c.spec.sheetName)!;
      // Protected as written: the sheet, locked cells; formatting rows and columns allowed, sorting not (ExcelJS does not read it back).
      const protection = async (file: string) => {
        const tag = (await sheetXml(file, c.spec.sheetName)).match(/<sheetProtection\b[^>]*>/)?.[0] ?? "";
        return [
          /\bsheet="(true|1)"/.test(tag),
          /\bsort="(false|0)"/.test(tag),
          /\bformatColumns="(true|1)"/.test(tag),
          /\bformatRows="(true|1)"/.test(tag),
        ];
      };
      expect([c.name, await protection(path.join(dir, `${c.name}-lo.xlsx`))]).toEqual([c.name, [true, false, false, false]]);
      expect(await protection(path.join(dir, `${c.name}.xlsx`))).toEqual([true, false, false, false]);
      const locked0 = await lockedOf(path.join(dir, `${c.name}.xlsx`), c.spec.sheetName);
      const locked1 = await lockedOf(path.join(dir, `${c.name}-lo.xlsx`), c.spec.sheetName);
      const entryCells = [
        ...c.spec.header.filter((h) => h.entry).map((h) => h.valueAddress),
        ...c.spec.table.rows.flatMap((_r, i) =>
          c.spec.table.columns.filter((col) => col.role === "entry").map((col) => `${col.letter}${excelRow(c.spec, i)}`),
        ),
      ];
      for (const a of entryCells) {
        const v0 = s0.getCell(a).dataValidation;
        const v1 = s1.getCell(a).dataValidation;
        expect([a, locked0(a), locked1(a)]).toEqual([a, false, false]);
        if (!v0) continue;
        expect([a, v1?.type, v1?.operator ?? null, v1?.showErrorMessage, v1?.error]).toEqual([
          a,
          v0.type,
          v0.operator ?? null,
          v0.showErrorMessage,
          v0.error,
        ]);
        // Quotes and $ as each writer puts them; LibreOffice adds an unused second formula ("0") to a list.
        const norm = (f: unknown) => (f instanceof Date ? f.toISOString().slice(0, 10) : String(f).replace(/[$']/g, ""));
        const n = v0.type === "list" ? 1 : (v0.formulae ?? []).length;
        expect([a, (v1?.formulae ?? []).slice(0, n).map(norm)]).toEqual([a, (v0.formulae ?? []).map(norm)]);
      }
      // Plan and formula cells stay locked.
      for (const col of c.spec.table.columns.filter((x) => x.role !== "entry"))
        expect([col.key, locked1(`${col.letter}${excelRow(c.spec, 0)}`)]).toEqual([col.key, true]);
      // The metadata sheet: hidden (LibreOffice writes "very hidden" as hidden), same rows.
      const m0 = before.getWorksheet("_ttx_meta")!;
      const m1 = after.getWorksheet("_ttx_meta")!;
      expect(m1.state === "hidden" || m1.state === "veryHidden").toBe(true);
      const rows = (ws: ExcelJS.Worksheet) =>
        ws
          .getSheetValues()
          .slice(1)
          .map((r) => (Array.isArray(r) ? r.slice(1).map((v) => v ?? null) : r));
      expect(rows(m1)).toEqual(rows(m0));
      expect(["hidden", "veryHidden"]).toContain(after.getWorksheet("_ttx_lists")!.state);
      // The formulas survive, the TTX call in them too (LibreOffice writes the name in lower case).
      const f = s1.getCell(`${letterOf(c.spec, "check")}${excelRow(c.spec, 0)}`).formula;
      if (c.spec.table.rows[0]!.formulas.check) expect(f).toMatch(/^IFERROR\(_xldudf_TTX_CHECK\(/i);
    }
  });

  it("consolidates the file LibreOffice computed exactly as the same figures in a template with the TTX-only formulas", async () => {
    for (const c of cases) {
      const figures = results.get(c.name)!.inputs[0]!;
      // The template as it was before: progress and check by TTX only.
      const old = structuredClone(c.spec);
      old.table.rows.forEach((row, i) => {
        if (!row.formulas.check) return;
        const r = excelRow(c.spec, i);
        const [code, actual, year] = [
          `${letterOf(c.spec, "code")}${r}`,
          `${letterOf(c.spec, "actual")}${r}`,
          `$${c.spec.header.find((h) => h.key === "year")!.valueAddress.replace(/(\d+)/, "$$$1")}`,
        ];
        row.formulas.progress!.formula = `IF(${actual}="","",TTX.PROGRESS(${code},${actual},${year}))`;
        row.formulas.check!.formula = `TTX.CHECK(${code},${actual},${year}${c.lang === "en" ? ',"en"' : ""})`;
      });
      const wb = new ExcelJS.Workbook();
      writeTemplate(wb, old);
      const sheet = wb.getWorksheet(old.sheetName)!;
      figures.forEach((v, i) => {
        if (v !== null) sheet.getCell(`${letterOf(c.spec, "actual")}${excelRow(c.spec, i)}`).value = v as string | number;
      });
      const read = async (bytes: Uint8Array) => {
        const { reports, issue } = await readReportFile(bytes, "report.xlsx");
        expect(issue).toBeNull();
        return reports.map((r) => {
          const v = validateReport(r, { period: c.period });
          return {
            entries: v.entries.map((e) => ({ ...e, origin: undefined })),
            issues: v.issues.map((x) => ({ ...x, origin: undefined })),
          };
        });
      };
      const expected = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
      const got = await read(new Uint8Array(readFileSync(path.join(dir, `${c.name}-lo.xlsx`))));
      expect(got).toEqual(expected);
      expect(got[0]!.entries.length).toBe(c.spec.table.rows.length);
    }
  });
});
