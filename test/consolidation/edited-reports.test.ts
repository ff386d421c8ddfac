/**
 * Reports as people edit and send them: rows inserted, typed below the table, narrative pasted over
 * several rows, the unit cell changed, a sheet copied into another workbook, copies and resubmissions. Every typed
 * value ends in exactly one place: Detail, Issues (with the value as typed) or the Narratives sheet.
 */
import ExcelJS from "exceljs";
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import { consolidationLayout } from "../../src/core/consolidation/layout";
import { validateReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import type { TemplateSpecT } from "../../src/core/templates/spec";
import { readReports } from "../../src/xlsx/report-reader";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";
const onTime = new Date(Date.UTC(2025, 5, 3));
const later = new Date(Date.UTC(2025, 5, 4));

function spec(group: string, unit = "SO_CT", period = PERIOD): TemplateSpecT {
  const r = buildTemplate({ group, unit, period, ...V1 });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
}

type Edit = (sheet: ExcelJS.Worksheet, s: TemplateSpecT, wb: ExcelJS.Workbook) => void;

/** An NV4 report (rows D.12, D.13, D.14, D.15 at 14–17) of `unit`, filled, then edited. */
async function nv4(
  edit: Edit = () => undefined,
  options: { unit?: string; period?: string; submitted?: Date | null; fill?: boolean } = {},
): Promise<Uint8Array> {
  const s = spec("NV4", options.unit, options.period);
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, s);
  sheet.getCell("C10").value = "Nguyễn Văn A";
  if (options.submitted !== null) sheet.getCell("C11").value = options.submitted ?? onTime;
  if (options.fill !== false) s.table.rows.forEach((_row, i) => void (sheet.getCell(`G${14 + i}`).value = 10 + i));
  edit(sheet, s, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function run(files: [string, Uint8Array][], period = PERIOD): Promise<Consolidation> {
  const validated = [];
  for (const [name, bytes] of files) for (const raw of await readReports(bytes, name)) validated.push(validateReport(raw, { period }));
  const result = await consolidate(validated, period);
  expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.rowsRead);
  return result;
}

const warnings = (r: Consolidation, kind: string) => r.issues.filter((i) => i.kind === kind && !i.rejected);

describe("rows people add", () => {
  it("a row inserted inside the table without a code is refused with its values, and the rows below it are read", async () => {
    const r = await run([
      [
        "a.xlsx",
        await nv4((sheet) => {
          sheet.spliceRows(15, 0, []);
          sheet.getCell("C15").value = "Hoạt động thêm";
          sheet.getCell("G15").value = 77;
          sheet.getCell("J15").value = "QĐ 5/QĐ";
        }),
      ],
    ]);
    expect(r.issues.filter((i) => i.rejected).map((i) => [i.kind, i.cell, i.values])).toEqual([
      ["no_code", "A15", { actual: 77, evidence: "QĐ 5/QĐ", other: "C15: Hoạt động thêm" }],
    ]);
    expect(r.entries.map((e) => [e.code, e.cell, e.actual])).toEqual([
      ["D.12", "G14", 10],
      ["D.13", "G16", 11],
      ["D.14", "G17", 12],
      ["D.15", "G18", 13],
    ]);
  });

  it("rows typed under the table, one with the department's own code, are listed with their values", async () => {
    const r = await run([
      [
        "a.xlsx",
        await nv4((sheet) => {
          sheet.getCell("A18").value = "D.99";
          sheet.getCell("G18").value = 5;
          sheet.getCell("H18").value = 1.25;
          sheet.getCell("I19").value = "Đang thực hiện";
        }),
      ],
    ]);
    expect(r.issues.filter((i) => i.rejected).map((i) => [i.kind, i.cell, i.code, i.values])).toEqual([
      ["unknown_code", "A18", "D.99", { actual: 5, disbursed: 1.25 }],
      ["no_code", "A19", "", { status: "Đang thực hiện" }],
    ]);
    expect(r.counts).toMatchObject({ rowsRead: 6, accepted: 4, rejected: 2 });
  });

  it("a narrative pasted across several rows is kept whole, line by line", async () => {
    const r = await run([
      [
        "a.xlsx",
        await nv4((sheet, s) => {
          const block = s.narrative.find((n) => n.key === "completed")!.range;
          sheet.unMergeCells(block);
          const top = Number(/\d+/.exec(block)![0]);
          sheet.getCell(`A${top}`).value = "- Đã hoàn thành lắp đặt 12 hệ thống";
          sheet.getCell(`A${top + 1}`).value = "+ Trồng rừng 35 ha";
          sheet.getCell(`C${top + 1}`).value = "(xã Hưng Đạo)";
          sheet.getCell(`A${top + 3}`).value = "Kinh phí 1,2 tỷ";
        }),
      ],
    ]);
    expect(r.narratives.map((n) => n.completed)).toEqual([
      "- Đã hoàn thành lắp đặt 12 hệ thống\n+ Trồng rừng 35 ha (xã Hưng Đạo)\nKinh phí 1,2 tỷ",
    ]);
  });
});

describe("whose report it is", () => {
  it("the file's metadata decides; another unit typed in the header is a listed conflict", async () => {
    const r = await run([["a.xlsx", await nv4((sheet) => void (sheet.getCell("C6").value = "Sở Xây dựng"))]]);
    expect(r.entries.every((e) => e.unitId === "SO_CT")).toBe(true);
    expect(warnings(r, "unit_conflict").map((i) => [i.cell, i.unitId])).toEqual([["C6", "SO_CT"]]);
    expect(warnings(r, "unit_conflict")[0]!.text?.vi).toContain("«Sở Xây dựng»");
  });

  it("a report sheet copied into another workbook is recognised from its header and counted with a warning", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await nv4()).buffer as ArrayBuffer);
    const from = original.worksheets.find((w) => w.state === "visible")!;
    const copy = new ExcelJS.Workbook();
    const sheet = copy.addWorksheet("Báo cáo gửi Sở");
    from.eachRow((row, r) => row.eachCell((cell, c) => void (sheet.getCell(r, c).value = cell.value)));
    const r = await run([["ban-sao.xlsx", new Uint8Array(await copy.xlsx.writeBuffer())]]);
    expect(r.counts).toMatchObject({ rowsRead: 4, accepted: 4, rejected: 0 });
    expect(r.entries[0]).toMatchObject({ unitId: "SO_CT", taskGroup: "NV4", origin: { file: "ban-sao.xlsx", sheet: "Báo cáo gửi Sở" } });
    expect(warnings(r, "from_header").map((i) => i.cell)).toEqual(["C5"]);
  });

  it("a blank reporter and a blank submission date are warnings on their cells", async () => {
    const r = await run([["a.xlsx", await nv4((sheet) => void (sheet.getCell("C10").value = null), { submitted: null })]]);
    expect(warnings(r, "blank_header").map((i) => i.cell)).toEqual(["C10", "C11"]);
    expect(r.submissions.find((s) => s.unitId === "SO_CT")!.status).toBe("no_date");
  });
});

describe("several reports of one unit and group", () => {
  const change =
    (value: number): Edit =>
    (sheet) =>
      void (sheet.getCell("G14").value = value);

  it("the later dated report wins; the older's figures stay listed as superseded, with their values", async () => {
    const r = await run([
      ["b.xlsx", await nv4(change(1), { submitted: later })],
      ["a.xlsx", await nv4(change(2))],
    ]);
    expect(r.entries.find((e) => e.code === "D.12")).toMatchObject({ actual: 1, origin: { file: "b.xlsx" } });
    const old = r.issues.filter((i) => i.kind === "superseded");
    expect(old.map((i) => [i.origin.file, i.cell, i.values?.actual])).toEqual([
      ["a.xlsx", "G14", 2],
      ["a.xlsx", "G15", 11],
      ["a.xlsx", "G16", 12],
      ["a.xlsx", "G17", 13],
    ]);
  });

  it("two reports of the same date with different figures: neither counts, both listed as a conflict", async () => {
    const r = await run([
      ["a.xlsx", await nv4(change(1))],
      ["b.xlsx", await nv4(change(2))],
    ]);
    expect(r.entries).toEqual([]);
    const conflicts = r.issues.filter((i) => i.kind === "conflict");
    expect(conflicts).toHaveLength(8);
    expect(conflicts.filter((i) => i.cell === "G14").map((i) => [i.origin.file, i.values?.actual, i.rejected])).toEqual([
      ["a.xlsx", 1, true],
      ["b.xlsx", 2, true],
    ]);
    expect(conflicts[0]!.message).toContain("b.xlsx");
    expect(r.submissions.find((s) => s.unitId === "SO_CT")!.status).toBe("conflict");
  });

  it("the same report sent twice: counted once, the copy listed as a duplicate", async () => {
    const bytes = await nv4();
    const r = await run([
      ["so-ct/bao-cao.xlsx", bytes],
      ["thu-lai/bao-cao.xlsx", bytes],
    ]);
    expect(r.entries.map((e) => e.origin.file)).toEqual(Array(4).fill("so-ct/bao-cao.xlsx"));
    expect(r.issues.filter((i) => i.kind === "superseded").map((i) => i.origin.file)).toEqual(Array(4).fill("thu-lai/bao-cao.xlsx"));
    expect(r.issues.find((i) => i.kind === "superseded")!.text ?? r.issues.find((i) => i.kind === "superseded")!.message).toContain(
      "Bản trùng",
    );
  });

  it("a later empty report never replaces a filled one; an empty report alone is 'received, empty'", async () => {
    const filled = await nv4();
    const empty = await nv4(() => undefined, { submitted: later, fill: false });
    const r = await run([
      ["a.xlsx", filled],
      ["b.xlsx", empty],
    ]);
    expect(new Set(r.entries.map((e) => e.origin.file))).toEqual(new Set(["a.xlsx"]));
    expect(r.issues.find((i) => i.kind === "superseded")!.message).toContain("Báo cáo trống");
    const alone = await run([["b.xlsx", empty]]);
    expect(alone.submissions.find((s) => s.unitId === "SO_CT")!.status).toBe("empty");
    expect(warnings(alone, "empty_report").map((i) => i.origin.file)).toEqual(["b.xlsx"]);
  });

  it("every narrative is listed with its report's standing, superseded ones included", async () => {
    const say =
      (text: string): Edit =>
      (sheet, s) =>
        void (sheet.getCell(s.narrative[0]!.range.split(":")[0]!).value = text);
    const r = await run([
      ["a.xlsx", await nv4(say("bản cũ"))],
      ["b.xlsx", await nv4(say("bản mới"), { submitted: later })],
    ]);
    expect(r.narratives.map((n) => [n.origin.file, n.standing, n.completed])).toEqual([
      ["a.xlsx", "superseded", "bản cũ"],
      ["b.xlsx", "counted", "bản mới"],
    ]);
  });
});

describe("reports of another period", () => {
  it("are named on the summary, in bold, right under the headline", async () => {
    const r = await run([
      ["cu.xlsx", await nv4(() => undefined, { period: "2024-annual" })],
      ["moi.xlsx", await nv4()],
    ]);
    expect(r.otherPeriods).toEqual([{ origin: { file: "cu.xlsx", sheet: spec("NV4").sheetName }, period: "2024-annual" }]);
    const lines = consolidationLayout("en").summary(r).lines;
    const ghg = lines.find((l) => String(l.text).startsWith("Estimated greenhouse gas reduction"))!;
    expect(lines.find((l) => l.row === ghg.row + 1)).toMatchObject({
      bold: true,
      text: `Reports for another period, not counted (1): cu.xlsx › ${spec("NV4", "SO_CT", "2024-annual").sheetName} (2024-annual)`,
    });
  });
});
