/**
 * A report sheet copied into another workbook (Move or Copy… to a new book) arrives without its metadata row: the
 * add-in lists it and reads it from its visible header, as the file reader does, and edits inside it are named the
 * same way.
 */
import { consolidate } from "../../src/core/consolidation/in-memory";
import { validateReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { insertTemplates } from "../../src/excel/insert-templates";
import { listReportSheets, readWorkbookReports } from "../../src/excel/report-reader";
import { createFakeExcel } from "../support/fake-excel";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";

async function copiedWorkbook() {
  const built = buildTemplate({ group: "NV6", unit: "SO_XD", period: PERIOD, ...V1 });
  if (!built.ok) throw new Error(built.error);
  const source = createFakeExcel();
  await insertTemplates(source.context, [built.spec]);
  const original = source.sheets.getItem(built.spec.sheetName);
  original.cell("G14").value = "Đã ban hành kế hoạch";
  original.cell("C11").value = 45810;
  original.cell("C10").value = "Hoàng Văn C";
  const target = createFakeExcel();
  const copy = target.sheets.add("Báo cáo Sở XD");
  for (const [address, cell] of original.cells) if (cell.value !== undefined) copy.cell(address).value = cell.value;
  // The department added a row of its own under the table.
  const below = 14 + built.spec.table.rows.length;
  copy.cell(`C${below}`).value = "Hoạt động riêng của Sở";
  copy.cell(`G${below}`).value = 3;
  return { ...target, spec: built.spec, below };
}

describe("a report sheet copied into another workbook, in the add-in", () => {
  it("is listed as a report from its header", async () => {
    const { context } = await copiedWorkbook();
    expect(await listReportSheets(context)).toEqual([
      { name: "Báo cáo Sở XD", templateId: "TTX-NV6", unitId: "SO_XD", period: PERIOD, hidden: false },
    ]);
  });

  it("is read and counted with a warning; the row typed under the table is refused with its values", async () => {
    const { context, spec, below } = await copiedWorkbook();
    const raws = await readWorkbookReports(context, "Sổ tổng hợp.xlsx");
    const result = await consolidate(
      raws.map((r) => validateReport(r, { period: PERIOD })),
      PERIOD,
    );
    expect(result.counts).toMatchObject({ rowsRead: spec.table.rows.length + 1, accepted: spec.table.rows.length, rejected: 1 });
    expect(result.entries.find((e) => e.cell === "G14")).toMatchObject({
      actual: "Đã ban hành kế hoạch",
      unitId: "SO_XD",
      submitted: 45810,
    });
    expect(result.issues.filter((i) => i.kind === "from_header").map((i) => [i.cell, i.rejected])).toEqual([["C5", false]]);
    expect(result.issues.filter((i) => i.rejected).map((i) => [i.kind, i.cell, i.values])).toEqual([
      ["no_code", `A${below}`, { actual: 3, other: `C${below}: Hoạt động riêng của Sở` }],
    ]);
  });
});
