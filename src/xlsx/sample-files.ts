/** Filled report files from sample reports (core/consolidation/sample.ts): template, then the typed cells. */
import ExcelJS from "exceljs";
import type { SampleReport } from "../core/consolidation/sample";
import { writeTemplate } from "./template-writer";

export const sampleFileName = (r: SampleReport): string => `${r.spec.meta.templateId}_${r.unitId}_${r.spec.meta.period}_v${r.version}.xlsx`;

export async function sampleFile(report: SampleReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = writeTemplate(wb, report.spec);
  for (const [address, value] of Object.entries(report.fills)) sheet.getCell(address).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Several reports in one workbook, as a unit that keeps all its task groups (or a district compiling its
 * communes) sends them: sheet and table names get the unit id so they stay unique.
 */
export async function sampleWorkbook(reports: readonly SampleReport[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const report of reports) {
    const suffix = ` ${report.unitId}`;
    const spec = {
      ...report.spec,
      sheetName: `${report.spec.sheetName.slice(0, 31 - suffix.length)}${suffix}`,
      table: { ...report.spec.table, name: `${report.spec.table.name}_${report.unitId}` },
    };
    const sheet = writeTemplate(wb, spec);
    for (const [address, value] of Object.entries(report.fills)) sheet.getCell(address).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
