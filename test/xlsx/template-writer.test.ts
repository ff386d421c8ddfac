/** Spec → .xlsx file → read back with ExcelJS: the file holds exactly what the spec says. */
import ExcelJS from "exceljs";
import { buildTemplate } from "../../src/core/templates/build";
import { planHash } from "../../src/core/templates/plan-hash";
import { PRINT, printScale } from "../../src/core/templates/layout";
import { META_SHEET, type TemplateSpecT } from "../../src/core/templates/spec";
import { LISTS_SHEET, toFileFormula, writeTemplate } from "../../src/xlsx/template-writer";

const spec = (group: string, lang: "vi" | "en" = "vi"): TemplateSpecT => {
  const r = buildTemplate({ group, unit: "SO_CT", period: "2025-H1", lang });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};

async function roundTrip(specs: TemplateSpecT[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of specs) writeTemplate(wb, s);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

describe("template file writer", () => {
  const groups = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];
  const specs = groups.map((g) => spec(g));
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(specs);
  });

  it("writes one sheet per template and a very hidden metadata sheet", () => {
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(specs.map((s) => s.sheetName));
    expect(wb.getWorksheet(META_SHEET)!.actualRowCount).toBe(1 + specs.length);
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    specs.forEach((s, i) => {
      expect(meta.getRow(i + 2).values).toEqual([
        undefined,
        s.sheetName,
        s.meta.templateId,
        s.meta.version,
        s.meta.taskGroup,
        s.meta.unitId,
        s.meta.period,
        s.meta.lang,
        s.meta.planHash,
      ]);
    });
  });

  it.each(groups.map((g, i) => [g, i] as const))("%s: plan values, formulas with cached results, locks and validations", (_g, i) => {
    const s = specs[i]!;
    const sheet = wb.getWorksheet(s.sheetName)!;
    const first = s.table.headerRow + 1;
    s.table.columns.forEach((col) => expect(sheet.getCell(`${col.letter}${s.table.headerRow}`).value).toBe(col.header));
    s.table.rows.forEach((row, r) => {
      for (const col of s.table.columns) {
        const cell = sheet.getCell(`${col.letter}${first + r}`);
        const formula = row.formulas[col.key];
        if (formula) {
          expect(cell.value).toMatchObject({ formula: toFileFormula(formula.formula) });
          if (formula.cached !== "") expect((cell.value as { result?: unknown }).result).toBe(formula.cached);
        } else {
          expect(cell.value ?? null).toBe(row.values[col.key] ?? null);
        }
        // Locked unless it is an entry cell (ExcelJS reads "locked" as the default when unset).
        expect(cell.protection?.locked !== false).toBe(col.role !== "entry");
      }
      const letter = (key: string) => s.table.columns.find((c) => c.key === key)!.letter;
      const actual = sheet.getCell(`${letter("actual")}${first + r}`).dataValidation;
      if (row.actualKind === "percent") expect(actual).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
      if (row.actualKind === "number") expect(actual).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
      expect(sheet.getCell(`${letter("status")}${first + r}`).dataValidation).toMatchObject({
        type: "list",
        formulae: [`"${s.statusValues.join(",")}"`],
      });
    });
    // The plan hash can be recomputed from what the file holds.
    const readRows = s.table.rows.map((_row, r) => ({
      values: Object.fromEntries(
        s.table.columns.filter((c) => c.role === "plan").map((c) => [c.key, sheet.getCell(`${c.letter}${first + r}`).value ?? null]),
      ),
    }));
    expect(planHash(s.meta, readRows)).toBe(s.meta.planHash);
  });

  it("has the header with the unit dropdown, protection, frozen panes and A4 landscape print setup", () => {
    const s = specs[2]!;
    const sheet = wb.getWorksheet(s.sheetName)!;
    // Date cells come back from ExcelJS as Date objects: compare as Excel serials.
    const serial = (v: unknown) => (v instanceof Date ? Math.round(v.getTime() / 86_400_000 + 25569) : v);
    for (const h of s.header) {
      expect(sheet.getCell(h.labelAddress).value).toBe(h.label);
      expect(serial(sheet.getCell(h.valueAddress).value ?? null)).toBe(h.value);
      expect(sheet.getCell(h.valueAddress).protection?.locked !== false).toBe(!h.entry);
    }
    const unitList = (s.header.find((h) => h.key === "unit")!.validation as { values: string[] }).values;
    const unitCell = s.header.find((h) => h.key === "unit")!.valueAddress;
    const ref = /^'_ttx_lists'!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(String(sheet.getCell(unitCell).dataValidation?.formulae?.[0]));
    expect(sheet.getCell(unitCell).dataValidation).toMatchObject({ type: "list" });
    expect(Number(ref?.[2])).toBe(unitList.length);
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe("veryHidden");
    expect(unitList.map((_u, i) => lists.getCell(`${ref?.[1]}${i + 1}`).value)).toEqual(unitList);
    expect(sheet.getCell(s.header.find((h) => h.key === "submitted")!.valueAddress).dataValidation).toMatchObject({ type: "date" });
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 4, ySplit: s.table.headerRow });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      printTitlesRow: `${s.table.headerRow}:${s.table.headerRow}`,
    });
    for (const block of s.narrative) {
      expect(sheet.getCell(block.labelAddress).value).toBe(block.label);
      expect(sheet.getCell(block.range.split(":")[0]!).protection?.locked).toBe(false);
    }
  });

  it("writes TTX formulas in Excel's file form for add-in functions", () => {
    expect(toFileFormula("TTX.CHECK(A14,G14,$C$8)")).toBe("_xldudf_TTX_CHECK(A14,G14,$C$8)");
    expect(toFileFormula('IF(A1="TTX.X(",1,2)')).toBe('IF(A1="TTX.X(",1,2)');
    // A template's formulas: only the TTX call changes; the native fallback (native-formulas.ts) is written as built.
    const row = spec("NV3").table.rows.find((r) => r.formulas.check)!;
    const file = toFileFormula(row.formulas.check!.formula);
    expect(file.startsWith("IFERROR(_xldudf_TTX_CHECK(A")).toBe(true);
    expect(file.replace("_xldudf_TTX_CHECK(", "TTX.CHECK(")).toBe(row.formulas.check!.formula);
    expect(file).not.toMatch(/\bTTX\./);
  });

  it("never writes catalog or user text that starts with = + - @ as a formula", async () => {
    const s = structuredClone(spec("NV2"));
    s.table.rows[0]!.values.task = '=HYPERLINK("http://x","y")';
    s.table.rows[1]!.values.task = "-2+3";
    const back = await roundTrip([s]);
    const sheet = back.getWorksheet(s.sheetName)!;
    const first = s.table.headerRow + 1;
    expect(sheet.getCell(`D${first}`).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getCell(`D${first + 1}`).value).toBe("'-2+3");
  });

  it("writes English labels on request", async () => {
    const s = spec("NV4", "en");
    const back = await roundTrip([s]);
    const sheet = back.getWorksheet(s.sheetName)!;
    expect(s.sheetName).toBe("NV4 Renewable energy");
    expect(sheet.getCell("A19").value).toBe("Code");
    expect(sheet.getCell("B19").value).toBe("Role");
    expect(sheet.getCell("A11").value).toBe("Reporting unit");
    expect(sheet.getCell("B20").value).toBe("Lead");
    expect(sheet.getCell("C20").value).toBe("D. Renewable power generation");
  });

  it("prints on A4 landscape one page wide at 9 pt or more, with page numbers, the header row on every page and the signature block", async () => {
    const s = specs[2]!;
    const sheet = wb.getWorksheet(s.sheetName)!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: PRINT.margins,
    });
    expect(sheet.headerFooter.oddFooter).toBe("&CTrang &P / &N");
    const last = s.signature[s.signature.length - 1]!;
    expect(sheet.pageSetup.printArea).toBe(`A1:M${/\d+$/.exec(last.address)![0]}`);
    // Fit to width scales the columns as written; every font on the sheet is at least 11 pt, so at this scale the
    // smallest print is 9 pt or more. The version-1 layout printed at 58%: 6.4 pt.
    const widths = s.table.columns.map((_c, i) => sheet.getColumn(i + 1).width!);
    const scale = printScale(widths);
    expect(scale).toBeGreaterThanOrEqual(9 / 11);
    const v1 = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1", version: "1.0.0" });
    expect(v1.ok && printScale(v1.spec.table.columns.map((c) => c.width))).toBeLessThan(0.6);
    let smallest = Infinity;
    sheet.eachRow((row) => row.eachCell((cell) => (smallest = Math.min(smallest, cell.font?.size ?? 11))));
    expect(smallest * scale).toBeGreaterThanOrEqual(9);
  });

  it("writes the Decree 30 heading and signature lines, the unit's name and the date following the header cells", () => {
    const s = specs[2]!;
    const sheet = wb.getWorksheet(s.sheetName)!;
    expect(sheet.getCell("A1").value).toBe("UBND TỈNH CAO BẰNG");
    expect(sheet.getCell("A2").value).toMatchObject({ formula: "UPPER($D$11)", result: "SỞ CÔNG THƯƠNG" });
    expect(sheet.getCell("H1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.getCell("H1").font).toMatchObject({ bold: true, name: "Times New Roman" });
    expect(sheet.getCell("H3").value).toMatchObject({ result: "Cao Bằng, ngày …… tháng …… năm ……" });
    expect(sheet.getCell("H3").font).toMatchObject({ italic: true });
    expect(sheet.getCell("A5").value).toBe("BÁO CÁO");
    for (const line of s.signature) expect(sheet.getCell(line.address).value).toBe(line.text);
    // Entry cells are the yellow the instructions name.
    expect(sheet.getCell(`H${s.table.headerRow + 1}`).fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });
});
