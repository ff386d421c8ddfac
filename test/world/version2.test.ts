/**
 * Reports on the current template (version 2: the unit's own rows with its role, the Decree 30 heading and the
 * signature block) filled by programs other than ours: openpyxl types every entry cell of every group, then
 * LibreOffice opens and saves the file again. Through both readers (files, and the add-in's Office.js path on the
 * workbook as Excel gives it) every typed figure lands in Detail's entries with its value and the unit's role, the
 * narratives end above the signature block, and nothing is refused.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Entry } from "../../src/core/consolidation/report";
import { validateReport, type ValidatedReport } from "../../src/core/consolidation/validate";
import { toExcelSerial } from "../../src/core/cells/values";
import { reportingUnits, rowsOfUnit } from "../../src/core/plan/responsibility";
import { buildTemplate } from "../../src/core/templates/build";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { readWorkbookReports } from "../../src/excel/report-reader";
import { readReportFile } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { loadWorkbook } from "../support/load-workbook";
import { PYTHON, SOFFICE, WORLD_GROUPS, WORLD_PERIOD, worldTools } from "./make-corpus";

const maybe = worldTools().ok || process.env.TTX_REQUIRE_LIBREOFFICE === "1" ? describe : describe.skip;
jest.setTimeout(300_000);

interface Typed {
  cell: string;
  code: string;
  key: "actual" | "disbursed" | "status" | "evidence";
  value: string | number;
}

/** The unit that leads most rows of a group on the due date: its report is the one a province relies on. */
function leadUnit(group: string): string {
  const due = "2025-06-05";
  const leads = (u: string) => rowsOfUnit(u, group, due).filter((r) => r.role === "lead").length;
  return [...reportingUnits(due, group)].sort((a, b) => leads(b) - leads(a))[0]!;
}

/** What a person types: a figure (or a sentence on a text row), spending, a status and a note on every row. */
function typing(spec: TemplateSpecT): Typed[] {
  const letter = (key: string) => spec.table.columns.find((c) => c.key === key)!.letter;
  return spec.table.rows.flatMap((row, i) => {
    const r = spec.table.headerRow + 1 + i;
    const actual =
      row.actualKind === "text" ? `Đã triển khai ${i + 1} hoạt động, ${row.code}` : row.actualKind === "percent" ? 40 + i : 2 + i * 0.5;
    return [
      { cell: `${letter("actual")}${r}`, code: row.code, key: "actual" as const, value: actual },
      { cell: `${letter("disbursed")}${r}`, code: row.code, key: "disbursed" as const, value: Math.round((0.25 + i / 8) * 100) / 100 },
      { cell: `${letter("status")}${r}`, code: row.code, key: "status" as const, value: spec.statusValues[i % 3]! },
      { cell: `${letter("evidence")}${r}`, code: row.code, key: "evidence" as const, value: `- Văn bản số ${100 + i}/BC` },
    ];
  });
}

maybe("version-2 reports filled by openpyxl and re-saved by LibreOffice, every task group, both readers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-v2-world-"));
  const cases = WORLD_GROUPS.map((group) => {
    const built = buildTemplate({ group, unit: leadUnit(group), period: WORLD_PERIOD });
    if (!built.ok) throw new Error(built.error);
    return { group, spec: built.spec, typed: typing(built.spec) };
  });
  const narrative = "Hoàn thành tập huấn cho 120 cán bộ.\nĐang xây dựng kế hoạch năm sau.";

  beforeAll(async () => {
    const jobs = [];
    for (const { group, spec, typed } of cases) {
      const wb = new ExcelJS.Workbook();
      writeTemplate(wb, spec);
      const blank = path.join(dir, `${group}-blank.xlsx`);
      writeFileSync(blank, new Uint8Array(await wb.xlsx.writeBuffer()));
      const header = (key: string) => spec.header.find((h) => h.key === key)!.valueAddress;
      jobs.push({
        src: blank,
        dst: path.join(dir, `${group}-openpyxl.xlsx`),
        sheet: spec.sheetName,
        ops: [
          { op: "set", cell: header("reporter"), t: "s", v: "Nông Thị Hà" },
          { op: "set", cell: header("submitted"), t: "n", v: toExcelSerial(2025, 6, 3), fmt: "dd/mm/yyyy" },
          ...typed.map((x) => ({ op: "set", cell: x.cell, t: typeof x.value === "number" ? "n" : "s", v: x.value })),
          { op: "set", cell: spec.narrative[0]!.range.split(":")[0]!, t: "s", v: narrative },
        ],
      });
    }
    const jobFile = path.join(dir, "jobs.json");
    writeFileSync(jobFile, JSON.stringify(jobs));
    const py = spawnSync(PYTHON, [path.join(__dirname, "openpyxl_jobs.py"), jobFile], { encoding: "utf8" });
    if (py.status !== 0) throw new Error(`openpyxl: ${py.stdout}${py.stderr}`);
    // LibreOffice opens each filled file and saves it again, as an office on LibreOffice would send it back.
    const out = path.join(dir, "lo");
    const lo = spawnSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/lo-profile`,
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        ...cases.map((c) => path.join(dir, `${c.group}-openpyxl.xlsx`)),
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    if (lo.status !== 0) throw new Error(`soffice: ${lo.stdout}${lo.stderr}`);
  });

  const files = (group: string) => [path.join(dir, `${group}-openpyxl.xlsx`), path.join(dir, "lo", `${group}-openpyxl.xlsx`)];

  async function fileReader(file: string): Promise<ValidatedReport[]> {
    const read = await readReportFile(new Uint8Array(readFileSync(file)), path.basename(file));
    return read.reports.map((r) => validateReport(r, { period: WORLD_PERIOD }));
  }
  async function addinReader(file: string): Promise<ValidatedReport[]> {
    const { context } = await loadWorkbook(new Uint8Array(readFileSync(file)));
    return (await readWorkbookReports(context, path.basename(file))).map((r) => validateReport(r, { period: WORLD_PERIOD }));
  }

  /** Each typed cell is found on its row's entry, with its value; the rows' roles are the template's. */
  function expectEveryTypedCell(group: string, reports: ValidatedReport[]) {
    const { spec, typed } = cases.find((c) => c.group === group)!;
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report!.issues.filter((i) => i.rejected)).toEqual([]);
    expect(report!.issues.filter((i) => i.kind === "plan_edited" || i.kind === "blank_header" || i.kind === "missing_row")).toEqual([]);
    const byCode = new Map<string, Entry>(report!.entries.map((e) => [e.code, e]));
    expect(report!.entries.map((e) => e.code)).toEqual(spec.table.rows.map((r) => r.code));
    for (const x of typed) expect([x.cell, byCode.get(x.code)?.[x.key]]).toEqual([x.cell, x.value]);
    const role = { "Chủ trì": "lead", "Phối hợp": "coordinating" } as Record<string, string>;
    for (const row of spec.table.rows) expect([row.code, byCode.get(row.code)!.role]).toEqual([row.code, role[String(row.values.role)]]);
    expect(report!.report.narrative.completed).toBe(narrative);
    // The signature block ("Nơi nhận:", "NGƯỜI LẬP BIỂU"…) is no part of the last narrative.
    expect(report!.report.narrative.proposals).toBe("");
    expect(report!.submitted).toBe(toExcelSerial(2025, 6, 3));
  }

  it.each(WORLD_GROUPS.map((g) => [g]))(
    "%s: the file reader finds every typed cell, after openpyxl and after LibreOffice",
    async (group) => {
      for (const file of files(group)) expectEveryTypedCell(group, await fileReader(file));
    },
  );

  it.each(WORLD_GROUPS.map((g) => [g]))("%s: the add-in's reader finds the same, after openpyxl and after LibreOffice", async (group) => {
    for (const file of files(group)) expectEveryTypedCell(group, await addinReader(file));
  });

  it("each group's report is its lead unit's: lead rows first, then coordinated ones", () => {
    for (const { spec } of cases) {
      const roles = spec.table.rows.map((r) => r.values.role);
      expect(roles[0]).toBe("Chủ trì");
      expect(roles.indexOf("Phối hợp") === -1 || roles.slice(roles.indexOf("Phối hợp")).every((r) => r === "Phối hợp")).toBe(true);
    }
  });
});
