/** The Office.js insert path against an in-memory Excel that counts syncs and records every write. */
import { buildTemplate } from "../../src/core/templates/build";
import { nativeCheck, nativeProgress, nativeRowOf } from "../../src/core/templates/native-formulas";
import { META_SHEET, type TemplateSpecT } from "../../src/core/templates/spec";
import { checkActiveSheet } from "../../src/excel/check-sheet";
import { LISTS_SHEET, insertTemplates, uniqueSheetName } from "../../src/excel/insert-templates";
import { readActiveReport } from "../../src/excel/report-reader";
import { createFakeExcel, type FakeWorksheet } from "../support/fake-excel";

const spec = (group: string, lang: "vi" | "en" = "vi"): TemplateSpecT => {
  const r = buildTemplate({ group, unit: "SO_CT", period: "2025-H1", lang });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};
const ALL = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];

/** A spec with `n` rows (the real rows repeated), to show the sync count does not grow with size. */
function bigSpec(n: number): TemplateSpecT {
  const s = structuredClone(spec("NV3"));
  s.table.rows = Array.from({ length: n }, (_, i) => structuredClone(s.table.rows[i % s.table.rows.length]!));
  return s;
}

describe("insertTemplates (Office.js)", () => {
  it.each([
    ["one template", () => [spec("NV3")]],
    ["all six", () => ALL.map((g) => spec(g))],
    ["5,000 rows", () => [bigSpec(5000)]],
  ])("uses exactly 2 context.sync calls: %s", async (_name, specs) => {
    const { context, fake } = createFakeExcel();
    await insertTemplates(context, specs());
    expect(fake.syncCount).toBe(2);
  });

  it("writes the table, formulas, locks and validations", async () => {
    const { context, sheets } = createFakeExcel();
    const s = spec("NV3");
    const { sheetNames } = await insertTemplates(context, [s]);
    const sheet = sheets.getItem(sheetNames[0]!) as unknown as FakeWorksheet;
    // Sở Công Thương's GHG rows (the seven it leads), from row 20 under the Decree 30 heading.
    expect(sheet.valueAt("A19")).toBe("Mã");
    expect(sheet.valueAt("B19")).toBe("Vai trò");
    expect(sheet.valueAt("A20")).toBe("C1.2");
    expect(sheet.valueAt("B20")).toBe("Chủ trì");
    expect(sheet.valueAt("G20")).toBe(22);
    // The TTX functions, with the native formula where they are absent (native-formulas.ts), in Excel's English syntax.
    const row = spec("NV3").table.rows[0]!;
    expect(sheet.valueAt("L20")).toBe(
      `=IF(TRIM(H20)="","",IFERROR(TTX.PROGRESS(A20,H20,$D$13),${nativeProgress(nativeRowOf(row.code, 2025, "vi")!, "H20")}))`,
    );
    expect(sheet.valueAt("M20")).toBe(`=IFERROR(TTX.CHECK(A20,H20,$D$13),${nativeCheck(nativeRowOf(row.code, 2025, "vi")!, "H20")})`);
    expect(sheet.cells.get("H20")?.locked).toBe(false);
    expect(sheet.cells.get("A20")?.locked).toBeUndefined(); // locked, Excel's default
    expect(sheet.cells.get("H20")?.fill).toBe("#FFF2CC");
    expect(sheet.cells.get("H20")?.validation?.rule).toEqual({ decimal: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(sheet.cells.get("J20")?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: s.statusValues.join(",") } });
    expect(sheet.cells.get("D11")?.validation?.rule).toEqual({
      list: { inCellDropDown: true, source: expect.stringMatching(/^='_ttx_lists'!\$A\$1:\$A\$\d+$/) },
    });
    expect(sheet.tables.items[0]).toMatchObject({ address: "A19:M26", hasHeaders: true, name: "TTX_NV3" });
    expect(sheet.frozenAt).toBe("A1:D19");
    // Decree 30 heading and signature block, the unit's name following its cell.
    expect(sheet.valueAt("A1")).toBe("UBND TỈNH CAO BẰNG");
    expect(sheet.valueAt("A2")).toBe("=UPPER($D$11)");
    expect(sheet.valueAt("H1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.cells.get("H1")).toMatchObject({ bold: true, fontSize: 11, fontName: "Times New Roman" });
    // The same look as the file writer: narrative labels green and bold (core/templates/style.ts).
    expect(sheet.cells.get(s.narrative[0]!.labelAddress)).toMatchObject({ bold: true, fontColor: "#2E7D32" });
    // "- Lưu: VT." would be typed as a formula: it goes in with Excel's text mark, the text exactly as printed.
    for (const line of s.signature)
      expect(sheet.cells.get(line.address)).toMatchObject({
        value: line.text,
        ...(line.text.startsWith("-") ? { quotePrefix: true } : {}),
      });
    const lastPrinted = /\d+$/.exec(s.signature[s.signature.length - 1]!.address)![0];
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$19:$19",
      printArea: `A1:M${lastPrinted}`,
      zoom: { horizontalFitToPages: 1 },
      leftMargin: 18,
      rightMargin: 18,
      centerHorizontally: true,
      headersFooters: { defaultForAllPages: { centerFooter: "Trang &P / &N" } },
    });
    expect(sheet.protectedWith).toBeDefined();
    expect(sheet.activated).toBe(true);
  });

  it("never overwrites a sheet: a taken name gets a suffix and the old sheet is untouched", async () => {
    const { context, sheets } = createFakeExcel();
    const existing = sheets.add("NV3 Giảm phát thải KNK");
    existing.getRange("A1").values = [["số liệu cũ"]];
    const { sheetNames } = await insertTemplates(context, [spec("NV3"), spec("NV3")]);
    expect(sheetNames).toEqual(["NV3 Giảm phát thải KNK (2)", "NV3 Giảm phát thải KNK (3)"]);
    expect(existing.valueAt("A1")).toBe("số liệu cũ");
    expect(existing.cells.size).toBe(1);
    expect(uniqueSheetName("x".repeat(31), new Set(["x".repeat(31)]))).toBe(`${"x".repeat(27)} (2)`);
  });

  it("appends metadata rows and unit lists across inserts, on very hidden sheets", async () => {
    const { context, sheets } = createFakeExcel();
    await insertTemplates(context, [spec("NV1")]);
    await insertTemplates(context, [spec("NV4"), spec("NV6")]);
    const meta = sheets.getItem(META_SHEET) as unknown as FakeWorksheet;
    expect(meta.visibility).toBe("VeryHidden");
    expect((sheets.getItem(LISTS_SHEET) as unknown as FakeWorksheet).visibility).toBe("VeryHidden");
    expect([2, 3, 4].map((r) => meta.valueAt(`B${r}`))).toEqual(["TTX-NV1", "TTX-NV4", "TTX-NV6"]);
    expect(meta.valueAt("A5")).toBeUndefined();
    const nv6 = sheets.getItem("NV6 Lối sống xanh") as unknown as FakeWorksheet;
    expect(nv6.cells.get("D11")?.validation?.rule).toMatchObject({ list: { source: expect.stringContaining("$C$1:$C$") } });
  });

  it("writes catalog or user text that starts with = + - @ as text, never as a formula", async () => {
    const { context, sheets } = createFakeExcel();
    const s = structuredClone(spec("NV2"));
    s.table.rows[0]!.values.task = '=HYPERLINK("http://x","y")';
    s.table.rows[1]!.values.task = "@SUM(A1)";
    await insertTemplates(context, [s]);
    const sheet = sheets.getItem(s.sheetName) as unknown as FakeWorksheet;
    // Entered with Excel's text prefix: the cell holds the text exactly, marked quote-prefixed, never a formula.
    expect(sheet.cells.get("D20")).toMatchObject({ value: `=HYPERLINK("http://x","y")`, quotePrefix: true });
    expect(sheet.cells.get("D20")?.formula).toBeUndefined();
    expect(sheet.cells.get("D21")).toMatchObject({ value: "@SUM(A1)", quotePrefix: true });
    // The only formulas are the template's own: progress and check, the unit's name and the place-date line.
    expect(
      [...sheet.cells.values()].filter((c) => c.formula !== undefined && !/^=(IF|TTX|_xldudf|UPPER\(\$D\$11\)$)/.test(c.formula)),
    ).toEqual([]);
  });
});

describe("a freshly inserted template passes the task pane's Check (NV5 was once refused as plan cells edited)", () => {
  it.each(
    ALL.flatMap(
      (g) =>
        [
          [g, "vi"],
          [g, "en"],
        ] as const,
    ),
  )("%s (%s): read back, only its blank plan cells differ (as empty), and Check finds no plan edit", async (group, lang) => {
    const s = spec(group, lang);
    const { context, sheets } = createFakeExcel();
    await insertTemplates(context, [s]);
    const sheet = sheets.getItem(s.sheetName);
    sheet.cell("C10").value = "Nguyễn Văn A";
    sheet.cell("C11").value = 45810;
    sheet.cell(`J${s.table.headerRow + 1}`).value = "Văn bản 12/BC";
    // What the reader gives for the plan cells: the catalog's values, except that a blank plan cell ("": no target
    // or unit for an activity or project) reads as empty. Excel cannot hold empty text: writing "" clears the cell,
    // and range.values gives "" for it, which the reader takes as empty (null). These cells are what made NV1, NV2,
    // NV5 and NV6 (never NV3/NV4, whose Appendix I rows all have a target and a unit) fail before plan cells were
    // compared blank = absent.
    const raw = await readActiveReport(context, "book.xlsx");
    const plan = s.table.columns.filter((c) => c.role === "plan");
    const differing = raw.rows.flatMap((row, i) =>
      plan
        .filter((c) => (s.table.rows[i]!.values[c.key] ?? null) !== (row.cells[c.key] ?? null))
        .map((c) => [`${c.letter}${row.row}`, s.table.rows[i]!.values[c.key], row.cells[c.key]]),
    );
    expect(differing.every(([, want, got]) => want === "" && got === null)).toBe(true);
    expect(differing.length > 0).toBe(!["NV3", "NV4"].includes(group));
    const check = await checkActiveSheet(context);
    expect(check).toMatchObject({ isTemplate: true, sheetRejected: null, accepted: s.table.rows.length });
    expect(check.issues.filter((i) => i.kind === "plan_edited")).toEqual([]);
  });
});
