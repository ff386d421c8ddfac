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
