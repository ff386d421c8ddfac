/**
 * Numbers and dates as Vietnamese staff type them, through the file reader and validation:
 * percentages in %-formatted cells, text numbers, đồng typed in a tỷ-đồng column, submission dates with a time
 * of day, written out in words, or ambiguous.
 */
import { validateReport } from "../../src/core/consolidation/validate";
import { readReportFile } from "../../src/xlsx/report-reader";
import { FIRST_ROW, PERIOD, report } from "./corpus";

async function validated(bytes: Uint8Array) {
  const read = await readReportFile(bytes, "so-ct.xlsx");
  expect(read.issue).toBeNull();
  return validateReport(read.reports[0]!, { period: PERIOD });
}
const row = (i: number) => FIRST_ROW + i;

describe("figures", () => {
  it("a %-formatted cell gives the percentage as typed; text numbers keep a leading 0. as a decimal point", async () => {
    const v = await validated(
      await report((_wb, sheet) => {
        Object.assign(sheet.getCell(`G${row(0)}`), { value: 0.125, numFmt: "0.0%" }); // typed 12.5%
        Object.assign(sheet.getCell(`G${row(1)}`), { value: 0.123, numFmt: "0%" }); // built-in format 9, shows 12%
        sheet.getCell(`G${row(2)}`).value = "0.125";
        sheet.getCell(`G${row(3)}`).value = "12,5%";
        Object.assign(sheet.getCell(`G${row(4)}`), { value: 0.5, numFmt: '0.0" %"' }); // a quoted % is only text
      }),
    );
    expect([0, 1, 2, 3, 4].map((i) => v.entries.find((e) => e.cell === `G${row(i)}`)?.actual)).toEqual([12.5, 12.3, 0.125, 12.5, 0.5]);
  });

  it("an amount in đồng in the tỷ-đồng column is accepted as typed, with a warning naming cell and value", async () => {
    const v = await validated(
      await report((_wb, sheet) => {
        sheet.getCell(`H${row(0)}`).value = 1_500_000_000;
        sheet.getCell(`H${row(1)}`).value = 999_999.99; // large, but not đồng-like
        sheet.getCell(`H${row(2)}`).value = "2.000.000";
      }),
    );
    expect([0, 1, 2].map((i) => v.entries.find((e) => e.cell === `G${row(i)}`)?.disbursed)).toEqual([1_500_000_000, 999_999.99, 2_000_000]);
    const warnings = v.issues.filter((i) => i.kind === "dong_amount");
    expect(warnings.map((i) => [i.cell, i.rejected, i.code])).toEqual([
      [`H${row(0)}`, false, "A.1"],
      [`H${row(2)}`, false, "A.3"],
    ]);
    expect(warnings[0]!.text).toEqual({
      vi: `Số 1.500.000.000 ở ô H${row(0)} trong cột tỷ đồng: có thể đã nhập bằng đồng (= 1,5 tỷ?); số vẫn được tính như đã nhập, nếu là đồng hãy sửa thành tỷ đồng`,
      en: `1,500,000,000 in cell H${row(0)}, a column in billion đồng: it may have been typed in đồng (= 1.5 billion?); it counts as typed; if it is in đồng, enter it in billions`,
    });
    expect(warnings[0]!.message).toBe(`${warnings[0]!.text!.vi} · ${warnings[0]!.text!.en}`);
    expect(warnings[1]!.text!.vi).toContain("Số 2.000.000 ở ô");
    expect(warnings[1]!.text!.vi).toContain("(= 0,002 tỷ?)");
    expect(warnings[1]!.text!.en).toContain("(= 0.002 billion?)");
  });
});

describe("submission dates", () => {
  const JUNE_4 = 45812;
  const dated = async (value: unknown, numFmt?: string) =>
    validated(
      await report((_wb, sheet) => {
        sheet.getCell("C11").value = value as never;
        if (numFmt) sheet.getCell("C11").numFmt = numFmt;
      }),
    );
  const dateIssues = (v: Awaited<ReturnType<typeof validated>>) => v.issues.filter((i) => i.kind === "bad_date");

  it.each([
    ["a date cell with a time after noon", new Date(Date.UTC(2025, 5, 4, 17, 30)), undefined],
    ["the same shown with its time", new Date(Date.UTC(2025, 5, 4, 17, 30)), "dd/mm/yyyy hh:mm"],
    ["a serial with a time, in a date format", 45812.73, "dd/mm/yyyy"],
    ["text with a time", "04/06/2025 17:30", "@"],
    ["text in words", "ngày 04 tháng 6 năm 2025", "@"],
    ["text in words without diacritics", "Ngay 4 thang 6 nam 2025", "@"],
  ])("%s keeps its day", async (_label, value, numFmt) => {
    const v = await dated(value, numFmt);
    expect(v.submitted).toBe(JUNE_4);
    expect(dateIssues(v)).toEqual([]);
    expect(v.entries.every((e) => e.submitted === JUNE_4)).toBe(true);
  });

  it("an ambiguous text date is a warning naming both readings, and the report counts as undated", async () => {
    const v = await dated("6/5/2025", "@");
    expect(v.submitted).toBeNull();
    expect(v.entries.length).toBeGreaterThan(0);
    expect(v.entries.every((e) => e.submitted === null)).toBe(true);
    const [issue, ...more] = dateIssues(v);
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ kind: "bad_date", rejected: false, cell: "C11" });
    expect(issue!.text).toEqual({
      vi: "Ngày gửi “6/5/2025” có thể là 06/05/2025 hoặc 05/06/2025: nhập ngày dạng dd/mm/yyyy có số 0 (05/06/2025); đến lúc đó báo cáo được tính là không ghi ngày",
      en: "Submission date “6/5/2025” may be 06/05/2025 or 05/06/2025 (day/month): enter it as dd/mm/yyyy with zeros (05/06/2025); until then the report counts as undated",
    });
  });

  it("zero-padded is day first, and a part above 12 leaves one reading", async () => {
    expect((await dated("05/06/2025", "@")).submitted).toBe(45813);
    expect((await dated("13/5/2025", "@")).submitted).toBe(45790);
  });
});
