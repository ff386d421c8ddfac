/**
 * Adversarial workbooks: each case is a file a unit might really send — broken, edited, hostile — built
 * by code in corpus.ts. For each: the exact issue (kind, cell, message) and, always, nothing lost: rows read =
 * rows accepted + rows rejected, and every accepted row is in Detail.
 */
import ExcelJS from "exceljs";
import { consolidate, type Consolidation } from "../../src/core/consolidation/in-memory";
import type { Issue, IssueKind } from "../../src/core/consolidation/report";
import { validateReport, type ValidatedReport } from "../../src/core/consolidation/validate";
import { readReportFile } from "../../src/xlsx/report-reader";
import { consolidationBuffer } from "../../src/xlsx/consolidation-writer";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { Consolidator } from "../../src/core/consolidation/consolidator";
import { editMeta, encryptedWorkbook, FIRST_ROW, PERIOD, report, spec, UNIT, withBallast, zipBomb } from "./corpus";

jest.setTimeout(60_000);

const ROWS = spec().table.rows.length;

async function run(files: { name: string; bytes: Uint8Array }[]): Promise<Consolidation & { validated: ValidatedReport[] }> {
  const validated: ValidatedReport[] = [];
  const fileIssues: Issue[] = [];
  for (const f of files) {
    const read = await readReportFile(f.bytes, f.name);
    if (read.issue) fileIssues.push(read.issue);
    validated.push(...read.reports.map((r) => validateReport(r, { period: PERIOD })));
  }
  const result = await consolidate(validated, PERIOD, fileIssues);
  // Nothing lost, whatever the input.
  const read = validated.reduce((n, r) => n + r.rowsRead, 0);
  expect(result.counts.rowsRead).toBe(read);
  expect(result.counts.accepted + result.counts.rejected).toBe(read);
  expect(result.entries).toHaveLength(result.counts.accepted);
  return { ...result, validated };
}

const rejected = (r: Consolidation, kind: IssueKind) => r.issues.filter((i) => i.rejected && i.kind === kind);
const one = async (bytes: Uint8Array, name = "bao-cao.xlsx") => run([{ name, bytes }]);

describe("template edited", () => {
  it("baseline: the untouched report is accepted whole", async () => {
    const r = await one(await report());
    expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });
  });

  it("old template version: every row refused, saying which version", async () => {
    const r = await one(await report((wb) => editMeta(wb, "version", "1")));
    expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: 0, rejected: ROWS });
    expect(rejected(r, "old_version")[0]!.message).toMatch(
      /^Mẫu phiên bản 1, phiên bản hiện hành là [\d.]+ · Template version 1; the current version is [\d.]+$/,
    );
  });

  it("a reworded column header: cosmetic, named with both titles, every row still counted", async () => {
    const r = await one(await report((_wb, sheet, s) => void (sheet.getCell(`G${s.table.headerRow}`).value = "Số liệu")));
    expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });
    const warnings = r.issues.filter((i) => i.kind === "plan_edited");
    expect(warnings.map((i) => [i.rejected, i.cell])).toEqual([[false, `G${spec().table.headerRow}`]]);
    expect(warnings[0]!.message).toContain(
      `Ô kế hoạch G${spec().table.headerRow} đã bị sửa: gốc «${spec().table.columns[6]!.header}», nay «Số liệu»`,
    );
  });

  it("a header showing another column's title (columns moved): refused, naming the header cell", async () => {
    const r = await one(await report((_wb, sheet, s) => void (sheet.getCell(`G${s.table.headerRow}`).value = s.table.columns[7]!.header)));
    expect(r.counts.accepted).toBe(0);
    const issue = rejected(r, "plan_edited")[0]!;
    expect(issue.message).toContain(
      `ô G${spec().table.headerRow} phải là “${spec().table.columns[6]!.header}”, đang là “${spec().table.columns[7]!.header}”`,
    );
  });

  it("reordered columns (actual and disbursed swapped with their headers): refused, never read crosswise", async () => {
    const r = await one(
      await report((_wb, sheet) => {
        const g = sheet.getColumn("G").values;
        const h = sheet.getColumn("H").values;
        sheet.getColumn("G").values = h;
        sheet.getColumn("H").values = g;
      }),
    );
    expect(r.counts.accepted).toBe(0);
    expect(rejected(r, "plan_edited")).toHaveLength(ROWS);
  });

  it("a deleted column: refused", async () => {
    const r = await one(await report((_wb, sheet) => sheet.spliceColumns(3, 1)));
    expect(r.counts.accepted).toBe(0);
    expect(rejected(r, "plan_edited")[0]!.cell).toBe(`A${FIRST_ROW}`);
  });

  it("a deleted row: named as missing, the other rows counted", async () => {
    const r = await one(await report((_wb, sheet) => sheet.spliceRows(FIRST_ROW + 1, 1)));
    expect(r.counts).toMatchObject({ rowsRead: ROWS - 1, accepted: ROWS - 1, rejected: 0 });
    const deleted = spec().table.rows[1]!.code;
    expect(r.issues.filter((i) => i.kind === "missing_row").map((i) => [i.code, i.rejected, i.message])).toEqual([
      [deleted, false, `${deleted} không có trong báo cáo này (dòng đã bị xoá?) · ${deleted} missing from this report (row deleted?)`],
    ]);
  });

  it("two rows swapped (plan and entries together): each row is still its plan item, counted under its code", async () => {
    const r = await one(
      await report((_wb, sheet) => {
        const a = sheet.getRow(FIRST_ROW).values;
        const b = sheet.getRow(FIRST_ROW + 1).values;
        sheet.getRow(FIRST_ROW).values = b;
        sheet.getRow(FIRST_ROW + 1).values = a;
      }),
    );
    expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });
    expect(r.issues.filter((i) => i.kind === "plan_edited")).toEqual([]);
    const [first, second] = spec().table.rows;
    expect(r.entries.filter((e) => e.cell === `G${FIRST_ROW}` || e.cell === `G${FIRST_ROW + 1}`).map((e) => [e.cell, e.code])).toEqual([
      [`G${FIRST_ROW}`, second!.code],
      [`G${FIRST_ROW + 1}`, first!.code],
    ]);
  });

  it("a locked plan cell edited: named with its original and new value, the row still counted", async () => {
    const r = await one(await report((_wb, sheet) => void (sheet.getCell(`B${FIRST_ROW}`).value = "Mục tiêu do đơn vị tự sửa")));
    expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });
    const edits = r.issues.filter((i) => i.kind === "plan_edited");
    expect(edits.map((i) => [i.rejected, i.cell, i.code])).toEqual([[false, `B${FIRST_ROW}`, spec().table.rows[0]!.code]]);
    expect(edits[0]!.text?.vi).toBe(
      `Ô kế hoạch B${FIRST_ROW} đã bị sửa: gốc «${spec().table.rows[0]!.values.group}», nay «Mục tiêu do đơn vị tự sửa»; số liệu của dòng vẫn được tính`,
    );
  });

  it("entry cells merged across actual and disbursed: that row refused, the others kept", async () => {
    const r = await one(await report((_wb, sheet) => sheet.mergeCells(`G${FIRST_ROW}:H${FIRST_ROW}`)));
    expect(r.counts).toMatchObject({ accepted: ROWS - 1, rejected: 1 });
    const issue = rejected(r, "merged_cells")[0]!;
    expect(issue.cell).toBe(`G${FIRST_ROW}`);
    expect(issue.message).toContain(`Ô nhập liệu G${FIRST_ROW}, H${FIRST_ROW} nằm trong vùng gộp ô`);
  });
});

describe("hostile metadata", () => {
  it("a unit id or version that is not an id (here a formula) is ignored: the sheet is recognised from its header, never a formula cell", async () => {
    for (const [column, value] of [
      ["unitId", '=HYPERLINK("http://evil.example","x")'],
      ["version", "=1+1"],
    ] as const) {
      const r = await one(await report((wb) => editMeta(wb, column, value)));
      expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS });
      expect(r.issues.filter((i) => i.kind === "from_header").map((i) => [i.unitId, i.cell, i.rejected])).toEqual([[UNIT, "C5", false]]);
      expect(r.issues.every((i) => !/^[=+\-@]/.test(i.unitId))).toBe(true);
    }
  });
});

describe("what people type in number cells", () => {
  // As Excel does when a date is typed: the value and a date format.
  const typed = (values: Record<string, unknown>) =>
    report((_wb, sheet) =>
      Object.entries(values).forEach(([a, v]) => {
        sheet.getCell(a).value = v as ExcelJS.CellValue;
        if (v instanceof Date) sheet.getCell(a).numFmt = "dd/mm/yyyy";
      }),
    );

  it("text, a date and a negative number are refused at their cell; Vietnamese notation is read", async () => {
    const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((k) => FIRST_ROW + k) as [number, number, number, number, number];
    const r = await one(
      await typed({
        [`G${a}`]: "khoảng ba",
        [`G${b}`]: new Date(Date.UTC(2025, 0, 1)),
        [`G${c}`]: -5,
        [`G${d}`]: "2,5",
        [`H${e}`]: "1.250,5",
      }),
    );
    const byCell = new Map(r.issues.map((i) => [i.cell, i]));
    expect(byCell.get(`G${a}`)).toMatchObject({ kind: "not_a_number", rejected: true });
    expect(byCell.get(`G${a}`)!.message).toContain("khoảng ba");
    expect(byCell.get(`G${b}`)).toMatchObject({ kind: "not_a_number", rejected: true });
    expect(byCell.get(`G${c}`)).toMatchObject({ kind: "out_of_range", rejected: true });
    const entry = (row: number) => r.entries.find((x) => x.cell === `G${row}`);
    expect(entry(d)!.actual).toBe(2.5);
    expect(entry(e)!.disbursed).toBe(1250.5);
    expect(r.counts).toMatchObject({ accepted: ROWS - 3, rejected: 3 });
  });
});

describe("formulas and injection in text", () => {
  it("formula-looking text and real formulas are carried as text and written as text exactly as typed, never as formulas", async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","Bấm vào đây")',
      "=cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "+1+1",
      "-2+3",
    ];
    const r = await one(
      await report((_wb, sheet) => {
        hostile.forEach((text, k) => void (sheet.getCell(`J${FIRST_ROW + k}`).value = text));
        sheet.getCell(`J${FIRST_ROW + hostile.length}`).value = { formula: 'HYPERLINK("http://evil.example","xem")', result: "xem" };
      }),
    );
    expect(r.counts.rejected).toBe(0);
    const engine = new Consolidator(PERIOD);
    for (const v of r.validated) await engine.add(v);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await consolidationBuffer(engine)) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void cells.push(c))));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula).map((c) => c.address)).toEqual([]);
    // Exactly as typed, no apostrophe added, and always a string cell.
    const texts = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value as string);
    for (const h of hostile) expect(texts).toContain(h);
    expect(texts).toContain("xem"); // a real formula arrives as its result, as text
    // (a merged cell shows its master's text)
    const stringTypes = [ExcelJS.ValueType.String, ExcelJS.ValueType.Merge];
    expect(cells.filter((c) => typeof c.value === "string" && !stringTypes.includes(c.type)).map((c) => [c.address, c.type])).toEqual([]);
  });
});

describe("what people type as the submission date (C11)", () => {
  const withDate = (value: unknown) => report((_wb, sheet) => void (sheet.getCell("C11").value = value as ExcelJS.CellValue));
  const statusOf = (r: Consolidation) => r.submissions.find((s) => s.unitId === UNIT)?.status;

  it("a date typed as text, day first (02/06/2025, 2.6.2025, 02-06-2025) or ISO, is read as that date", async () => {
    for (const typed of ["02/06/2025", "2.6.2025", "02-06-2025", "2025-06-02"]) {
      const r = await one(await withDate(typed));
      expect({ typed, status: statusOf(r), warnings: r.issues.filter((i) => i.kind === "bad_date") }).toEqual({
        typed,
        status: "on_time",
        warnings: [],
      });
      expect(r.validated[0]!.submitted).toBe(45810); // 2 June 2025
    }
  });

  it("anything else there is a warning on C11 saying what was typed; the report counts as undated, its rows kept", async () => {
    for (const typed of ["hôm qua", "31/02/2025", 2025, new Date(Date.UTC(2016, 11, 31))]) {
      const r = await one(await withDate(typed));
      const warnings = r.issues.filter((i) => i.kind === "bad_date");
      expect(warnings).toEqual([
        expect.objectContaining({
          rejected: false,
          cell: "C11",
          unitId: UNIT,
          origin: expect.objectContaining({ sheet: spec().sheetName }),
        }),
      ]);
      // As the cell shows it: the year 2025 in a date cell reads 17/07/1905.
      expect(warnings[0]!.text!.vi).toContain(typed instanceof Date ? "31/12/2016" : typed === 2025 ? "17/07/1905" : String(typed));
      expect(warnings[0]!.text!.en).toContain("01/01/2017");
      expect(statusOf(r)).toBe("no_date");
      expect(r.counts).toMatchObject({ accepted: ROWS, rejected: 0 });
    }
  });
});

describe("hidden sheets", () => {
  it("a hidden report sheet is listed row by row as hidden, never counted and never replacing the visible one", async () => {
    const s = spec();
    const bytes = await report((wb) => {
      // An older copy of the same report, kept hidden, dated later (it would win if it counted).
      const copy = writeTemplate(wb, { ...s, sheetName: "NV3 bản nháp", table: { ...s.table, name: `${s.table.name}_nhap` } });
      copy.getCell(`G${FIRST_ROW}`).value = 99;
      copy.getCell("C11").value = new Date(Date.UTC(2025, 5, 4));
      copy.state = "hidden";
      // A hidden sheet that is not a report (a lookup list): left alone, as before.
      const lookup = wb.addWorksheet("Tra cứu", { state: "hidden" });
      lookup.getCell("A1").value = "danh mục";
    });
    const r = await one(bytes);
    expect(r.validated.map((v) => [v.report.origin.sheet, v.sheetRejected])).toEqual([
      [s.sheetName, null],
      ["NV3 bản nháp", "hidden_sheet"],
    ]);
    const hidden = r.issues.filter((i) => i.kind === "hidden_sheet");
    expect(hidden).toHaveLength(ROWS);
    expect(hidden.every((i) => i.rejected && i.origin.sheet === "NV3 bản nháp" && /^A\d+$/.test(i.cell))).toBe(true);
    expect(hidden[0]!.text!.en).toContain("Unhide");
    expect(r.counts).toMatchObject({ rowsRead: 2 * ROWS, accepted: ROWS, rejected: ROWS });
    expect(r.entries.find((e) => e.cell === `G${FIRST_ROW}`)).toMatchObject({ actual: 1, origin: { sheet: s.sheetName } });
    expect(r.issues.some((i) => i.origin.sheet === "Tra cứu")).toBe(false);
  });
});

describe("the same unit twice for one period", () => {
  it("the later submission counts; the earlier is listed row by row as superseded", async () => {
    const early = await report(undefined, { submitted: new Date(Date.UTC(2025, 4, 20)) });
    const late = await report((_wb, sheet) => void (sheet.getCell(`G${FIRST_ROW}`).value = 2), {
      submitted: new Date(Date.UTC(2025, 5, 3)),
    });
    const r = await run([
      { name: "lan-1.xlsx", bytes: early },
      { name: "lan-2.xlsx", bytes: late },
    ]);
    expect(r.counts).toMatchObject({ rowsRead: 2 * ROWS, accepted: ROWS, rejected: ROWS });
    expect(r.issues.filter((i) => i.kind === "superseded").every((i) => i.origin.file === "lan-1.xlsx")).toBe(true);
    expect(r.entries.find((e) => e.cell === `G${FIRST_ROW}`)).toMatchObject({ actual: 2, origin: { file: "lan-2.xlsx" } });
  });
});

describe("files that are not what they claim", () => {
  const fileIssue = (r: Consolidation) => r.issues.find((i) => i.cell === "" && i.origin.sheet === "")!;

  it("an empty workbook (no worksheet) is listed, not skipped", async () => {
    const wb = new ExcelJS.Workbook();
    const r = await one(new Uint8Array(await wb.xlsx.writeBuffer()), "trong.xlsx");
    expect(fileIssue(r)).toMatchObject({ kind: "not_template", origin: { file: "trong.xlsx" } });
    expect(fileIssue(r).message).toBe(
      "Tệp không có trang tính nào hiển thị: không có báo cáo để đọc · The file has no visible worksheet: there is no report to read",
    );
  });

  it("a truncated download: unreadable, with the reason", async () => {
    const bytes = await report();
    const r = await one(bytes.slice(0, Math.floor(bytes.length / 2)), "dut.xlsx");
    expect(fileIssue(r)).toMatchObject({ kind: "unreadable_file", rejected: true });
    expect(fileIssue(r).message).toMatch(/^Không đọc được tệp/);
  });

  it("a text file named .xlsx: unreadable", async () => {
    const r = await one(new TextEncoder().encode("Báo cáo gửi kèm email, không phải Excel"), "gia.xlsx");
    expect(fileIssue(r).message).toBe(
      "Không đọc được tệp (không phải .xlsx hợp lệ): not a zip archive · Could not read the file (not a valid .xlsx): not a zip archive",
    );
  });

  it("a password-protected workbook: says to remove the password", async () => {
    const r = await one(encryptedWorkbook(), "mat-khau.xlsx");
    expect(fileIssue(r)).toMatchObject({ kind: "unreadable_file" });
    expect(fileIssue(r).message).toMatch(/^Tệp được đặt mật khẩu/);
  });

  it("a zip bomb is refused from its directory, before anything is unpacked", async () => {
    const bomb = await zipBomb(64);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().rss;
    const r = await one(bomb, "bom.xlsx");
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(fileIssue(r).message).toMatch(/^Tệp nén bất thường \(một phần giải nén gấp \d+ lần\)/);
  });

  it("a 50 MB workbook (the report plus a large attachment) is read normally", async () => {
    const big = await withBallast(await report(), 50);
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    const r = await one(big, "lon.xlsx");
    expect(r.counts).toMatchObject({ accepted: ROWS, rejected: 0 });
  });
});

describe("renamed report tabs", () => {
  it("a report sheet whose tab was renamed is still recognised, by the template and unit it shows", async () => {
    const r = await one(await report((_wb, sheet) => void (sheet.name = "Báo cáo của Sở (bản sửa)")));
    expect(r.counts).toMatchObject({ rowsRead: ROWS, accepted: ROWS, rejected: 0 });
    expect(r.entries[0]!.origin.sheet).toBe("Báo cáo của Sở (bản sửa)");
  });

  it("two renamed reports of one template are told apart by their unit", async () => {
    const { writeTemplate } = await import("../../src/xlsx/template-writer");
    const units = ["SO_CT", "SO_XD"];
    const wb = new ExcelJS.Workbook();
    units.forEach((unit, i) => {
      const s = spec("NV3", unit);
      // Two copies in one workbook need their own sheet and table names, as a compiling department would have.
      const sheet = writeTemplate(wb, { ...s, sheetName: `NV3 ${unit}`, table: { ...s.table, name: `${s.table.name}_${unit}` } });
      sheet.getCell(`G${FIRST_ROW}`).value = i + 1;
    });
    // Renamed in the opposite order, so the tab order says nothing about which is which.
    wb.getWorksheet("NV3 SO_XD")!.name = "Tab A";
    wb.getWorksheet("NV3 SO_CT")!.name = "Tab B";
    const r = await one(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.counts.rejected).toBe(0);
    expect(r.entries.filter((e) => e.cell === `G${FIRST_ROW}`).map((e) => [e.origin.sheet, e.unitId, e.actual])).toEqual(
      expect.arrayContaining([
        ["Tab A", "SO_XD", 2],
        ["Tab B", "SO_CT", 1],
      ]),
    );
  });
});

describe("sheet names", () => {
  it("Vietnamese and special characters in the sheet name are kept in the provenance", async () => {
    const name = "Sở CT – báo cáo (2) đặc biệt!";
    const s = { ...spec(), sheetName: name };
    const wb = new ExcelJS.Workbook();
    const { writeTemplate } = await import("../../src/xlsx/template-writer");
    const sheet = writeTemplate(wb, s);
    sheet.getCell(`G${FIRST_ROW}`).value = 4;
    const r = await one(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.counts.rejected).toBe(0);
    expect(r.entries.find((e) => e.cell === `G${FIRST_ROW}`)).toMatchObject({ actual: 4, origin: { sheet: name }, unitId: UNIT });
  });
});
