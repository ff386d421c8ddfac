/**
 * Text stays as typed. What a unit typed (evidence, a narrative, a code, its sheet and file
 * names) reaches Detail, Issues and Narratives of BOTH consolidated workbooks exactly: no apostrophe added, a
 * string cell, never a formula. The file (ExcelJS writer) is read back with ExcelJS; the add-in's workbook
 * (Office.js writer) is the in-memory Excel, which turns text into a formula as Excel does unless the cell is
 * formatted as Text (test/support/fake-excel.ts, `enter`).
 */
import ExcelJS from "exceljs";
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { Consolidator } from "../../src/core/consolidation/consolidator";
import { validateReport, type ValidatedReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { writeConsolidationToWorkbook } from "../../src/excel/consolidation-writer";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { readReports } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { createFakeExcel, type FakeWorksheet } from "../support/fake-excel";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";
/** Ordinary Vietnamese bullets and hostile text alike: each must come out exactly as typed. */
const TYPED = ["- Đã hoàn thành 80%", "+ Trồng rừng", '=HYPERLINK("http://x")', "@SUM(A1)", "-1+2"];
const SHEET = "-1+2";
const FILE = "@SUM(A1).xlsx";

async function typedReport(): Promise<Uint8Array> {
  const built = buildTemplate({ group: "NV3", unit: "SO_CT", period: PERIOD, ...V1 });
  if (!built.ok) throw new Error(built.error);
  const spec = { ...built.spec, sheetName: SHEET };
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, spec);
  sheet.getCell("C10").value = "Nguyễn Văn A";
  sheet.getCell("C11").value = new Date(Date.UTC(2025, 5, 2));
  const first = spec.table.headerRow + 1;
  spec.table.rows.forEach((row, i) => void (sheet.getCell(`G${first + i}`).value = row.actualKind === "text" ? "Đang thực hiện" : 1));
  // Accepted rows (Detail): the evidence as typed.
  TYPED.forEach((text, k) => void (sheet.getCell(`J${first + k}`).value = text));
  // Refused rows (Issues): a word in a number cell, with the evidence as typed beside it.
  TYPED.forEach((text, k) => {
    const r = first + TYPED.length + k;
    if (spec.table.rows[r - first]!.actualKind === "text") throw new Error("pick a number row");
    sheet.getCell(`G${r}`).value = "nhiều";
    sheet.getCell(`J${r}`).value = text;
  });
  // Narratives: the three blocks, each as typed (bullets on several lines in one).
  const block = (key: string) => spec.narrative.find((n) => n.key === key)!.range.split(":")[0]!;
  sheet.getCell(block("completed")).value = `${TYPED[0]}\n${TYPED[1]}`;
  sheet.getCell(block("ongoing")).value = TYPED[2];
  sheet.getCell(block("proposals")).value = TYPED[4];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let validated: ValidatedReport[];
let result: Consolidation;

beforeAll(async () => {
  const raws = await readReports(await typedReport(), FILE);
  validated = raws.map((raw) => validateReport(raw, { period: PERIOD }));
  result = await consolidate(validated, PERIOD);
}, 60_000);

/** What each sheet must show exactly (as a cell's whole value). */
const expected = () => ({
  detail: [...TYPED, SHEET, FILE],
  issues: [...TYPED, SHEET, FILE],
  narratives: [`${TYPED[0]}\n${TYPED[1]}`, TYPED[2], TYPED[4], SHEET, FILE],
});

it("the report carries the text as typed into the consolidation", () => {
  expect(result.entries.filter((e) => TYPED.includes(e.evidence ?? "")).map((e) => e.evidence)).toEqual(TYPED);
  expect(result.issues.filter((i) => i.kind === "not_a_number").map((i) => i.values?.evidence)).toEqual(TYPED);
  expect(result.narratives).toEqual([
    expect.objectContaining({ completed: `${TYPED[0]}\n${TYPED[1]}`, ongoing: TYPED[2], proposals: TYPED[4] }),
  ]);
});

describe("the file (ExcelJS writer), read back with ExcelJS", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const engine = new Consolidator(PERIOD);
    for (const v of validated) await engine.add(v);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await consolidationBuffer(engine)) as unknown as ArrayBuffer);
  }, 60_000);

  const cellsOf = (name: string) => {
    const cells: ExcelJS.Cell[] = [];
    wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => void cells.push(c)));
    return cells;
  };

  it.each([
    ["Chi tiết", "detail"],
    ["Vấn đề", "issues"],
    ["Thuyết minh", "narratives"],
  ] as const)("%s: every typed text is a string cell holding exactly what was typed", (name, key) => {
    const cells = cellsOf(name);
    for (const text of expected()[key]) {
      const found = cells.filter((c) => c.value === text);
      expect(found.length).toBeGreaterThan(0);
      for (const c of found) expect(c.type).toBe(ExcelJS.ValueType.String);
    }
    expect(cells.filter((c) => typeof c.value === "string" && c.value.startsWith("'"))).toEqual([]);
  });

  it("no cell of any sheet is a formula", () => {
    const formulas: string[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas.push(`${sheet.name}!${c.address}`))),
      ),
    );
    expect(formulas).toEqual([]);
  });
});

describe("the add-in's workbook (Office.js writer), in the in-memory Excel", () => {
  let sheets: ReturnType<typeof createFakeExcel>["sheets"];
  beforeAll(async () => {
    const excel = createFakeExcel();
    sheets = excel.sheets;
    await writeConsolidationToWorkbook(excel.context, result);
  });

  it.each([
    ["Chi tiết", "detail"],
    ["Vấn đề", "issues"],
    ["Thuyết minh", "narratives"],
  ] as const)("%s: every typed text is a text cell holding exactly what was typed", (name, key) => {
    const sheet = sheets.getItem(name) as unknown as FakeWorksheet;
    const cells = [...sheet.cells.values()];
    for (const text of expected()[key]) {
      const found = cells.filter((c) => c.value === text);
      expect(found.length).toBeGreaterThan(0);
      // Sent with Excel's apostrophe mark: text as given, the mark no part of the value.
      for (const c of found) expect(c.quotePrefix).toBe(true);
    }
    expect(cells.filter((c) => typeof c.value === "string" && c.value.startsWith("'"))).toEqual([]);
  });

  it("no cell of any sheet is a formula", () => {
    const formulas = sheets.sheets.flatMap((s) =>
      [...s.cells.entries()].filter(([, c]) => c.formula !== undefined).map(([a]) => `${s.name}!${a}`),
    );
    expect(formulas).toEqual([]);
  });

  it("text that Excel would read as a number stays the text typed", async () => {
    const excel = createFakeExcel();
    const numeric = { ...result, entries: result.entries.map((e, i) => (i === 0 ? { ...e, evidence: "0.125", status: "12%" } : e)) };
    await writeConsolidationToWorkbook(excel.context, numeric);
    const detail = excel.sheets.getItem("Chi tiết") as unknown as FakeWorksheet;
    expect([detail.cells.get("K2")?.value, detail.cells.get("J2")?.value]).toEqual(["0.125", "12%"]);
  });

  it("the in-memory Excel is not lenient: the same text written without the apostrophe becomes formulas", async () => {
    const sheet = createFakeExcel().sheets.add("x");
    sheet.getRange(`A1:A${TYPED.length}`).values = TYPED.map((t) => [t]);
    expect(TYPED.map((_, i) => sheet.cells.get(`A${i + 1}`)?.formula)).toEqual(TYPED);
    sheet.getRange("B1:B2").numberFormat = "@" as unknown as string[][];
    sheet.getRange("B1:B2").values = [[TYPED[0]], [TYPED[2]]];
    expect([sheet.cells.get("B1")?.value, sheet.cells.get("B2")?.value]).toEqual([TYPED[0], TYPED[2]]);
  });
});
