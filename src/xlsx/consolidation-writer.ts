/**
 * Writes the consolidated workbook for the Provincial People's Committee: Summary, Detail, Submissions, Issues,
 * Narratives. Every text that came from a report is written through neutralizeFormulaText: a unit's "=…" stays
 * text. Native charts are not written: ExcelJS cannot write chart parts (see README).
 */
import ExcelJS from "exceljs";
import type { Consolidation, SubmissionStatus } from "../core/consolidation/consolidate";
import { summarizeGroups, summarizeSectors } from "../core/consolidation/summary";
import { t, type MessageKey } from "../core/i18n/messages";
import { getCatalog } from "../core/plan/catalog";
import { neutralizeFormulaText } from "../core/text/safe-cell";

const GREEN = "FF2E7D32";
const safe = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === "number" ? v : neutralizeFormulaText(String(v));

function table(sheet: ExcelJS.Worksheet, name: string, topLeft: string, headers: string[], rows: unknown[][], widths: number[]): void {
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.addTable({
    name,
    ref: topLeft,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    // An empty table still needs one row; it reads as "nothing here".
    rows: rows.length ? rows.map((r) => r.map(safe)) : [headers.map(() => null)],
  });
  sheet.getRow(Number(/\d+/.exec(topLeft)![0])).font = { bold: true };
}

const STATUS: Record<SubmissionStatus, MessageKey> = {
  on_time: "conStatusOnTime",
  late: "conStatusLate",
  no_date: "conStatusNoDate",
  missing: "conStatusMissing",
};

export function writeConsolidation(result: Consolidation): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TTX add-in";
  const catalog = getCatalog();
  const unitName = (id: string) => catalog.orgUnits.find((u) => u.id === id)?.nameVi ?? id;
  const c = result.counts;

  const summary = wb.addWorksheet(t("conSummary"), { properties: { tabColor: { argb: GREEN } } });
  summary.getCell("A1").value = t("conTitle");
  summary.getCell("A1").font = { bold: true, size: 13, color: { argb: GREEN } };
  summary.getCell("A2").value = `Kỳ báo cáo · Period: ${result.period}`;
  summary.getCell("A3").value = "Hạn gửi · Due";
  summary.getCell("B3").value = new Date(Date.UTC(1899, 11, 30) + result.due * 86_400_000);
  summary.getCell("B3").numFmt = "dd/mm/yyyy";
  summary.getCell("A4").value = `${t("conCountsLine", { read: c.rowsRead, accepted: c.accepted, rejected: c.rejected, warnings: c.warnings, sheets: c.sheets, missing: c.unitsMissing }, "vi")}`;
  summary.getCell("A5").value = t("conCountsLine", { read: c.rowsRead, accepted: c.accepted, rejected: c.rejected, warnings: c.warnings, sheets: c.sheets, missing: c.unitsMissing }, "en");

  const groups = summarizeGroups(result);
  table(summary, "TTX_TongHop_Nhom", "A7",
    ["Nhóm (in)", "Nhóm nhiệm vụ", "Số mục", "Đơn vị báo cáo", "Mục có số liệu", "Kinh phí kế hoạch (tỷ)", "Đã giải ngân (tỷ)", "Tiến độ TB"],
    groups.map((g) => [g.label, g.title, g.items, g.unitsReporting, g.entriesWithValue, g.budgetPlanned, g.budgetDisbursed, g.meanProgress]),
    [10, 60, 10, 14, 14, 18, 16, 12]);
  groups.forEach((_g, i) => (summary.getCell(`H${8 + i}`).numFmt = "0%"));

  const sectorsTop = 8 + groups.length + 2;
  const sectors = summarizeSectors(result);
  table(summary, "TTX_TongHop_LinhVuc", `A${sectorsTop}`,
    ["Lĩnh vực", "Tên", "Giảm KNK kế hoạch 2030 (nghìn tCO2)", "Ước tính theo tiến độ báo cáo (nghìn tCO2)", "Tỷ lệ"],
    sectors.map((s) => [s.sector, s.title, s.plannedKt, s.estimatedKt, s.plannedKt ? s.estimatedKt / s.plannedKt : null]),
    [10, 60, 10, 14, 14]);
  sectors.forEach((_s, i) => (summary.getCell(`E${sectorsTop + 1 + i}`).numFmt = "0%"));
  const note = sectorsTop + sectors.length + 2;
  summary.getCell(`A${note}`).value =
    "Ước tính = giảm phát thải kế hoạch đến 2030 × tỷ lệ đạt mốc 2030 (tối đa 100%), lấy giá trị tốt nhất các đơn vị báo cáo. " +
    "Kế hoạch 337 đặt mục tiêu giảm 7% (2020) và 19% (2030) so với BAU nhưng không nêu lượng phát thải BAU, nên tỷ lệ so với BAU chưa tính được.";
  summary.getCell(`A${note + 1}`).value =
    "Estimate = planned 2030 reduction × share of the 2030 milestone reached (capped at 100%), best value any unit reported. " +
    "Plan 337 targets −7% (2020) and −19% (2030) against BAU but gives no BAU emissions, so a share of BAU cannot be computed.";

  const detail = wb.addWorksheet(t("conDetail"));
  table(detail, "TTX_ChiTiet", "A1",
    ["Mã", "Nhóm", "Đơn vị", "Đơn vị hiện nay", "Kết quả", "Giải ngân (tỷ)", "Tình trạng", "Minh chứng", "Kiểm tra", "Tệp", "Trang", "Ô", "Kỳ", "Ngày gửi", "Phiên bản mẫu"],
    result.entries.map((e) => [e.code, e.taskGroup, e.unitName, unitName(e.currentUnitId), e.actual, e.disbursed, e.status, e.evidence, e.check, e.origin.file, e.origin.sheet, e.cell, e.period, e.submitted, e.templateVersion]),
    [9, 7, 28, 28, 14, 12, 16, 30, 28, 26, 22, 6, 12, 12, 10]);
  detail.getColumn(14).numFmt = "dd/mm/yyyy";

  const submissions = wb.addWorksheet(t("conSubmissions"));
  table(submissions, "TTX_NopBaoCao", "A1",
    ["Mã đơn vị", "Đơn vị", "Nhóm đã nộp", "Ngày gửi", "Tình trạng · Status"],
    result.submissions.map((s) => [s.unitId, s.unitName, s.taskGroups.join(", "), s.submitted, `${t(STATUS[s.status], {}, "vi")} · ${t(STATUS[s.status], {}, "en")}`]),
    [16, 40, 24, 12, 26]);
  submissions.getColumn(4).numFmt = "dd/mm/yyyy";

  const issues = wb.addWorksheet(t("conIssues"));
  table(issues, "TTX_VanDe", "A1",
    ["Loại", "Từ chối?", "Tệp", "Trang", "Ô", "Mã", "Đơn vị", "Lý do · Reason"],
    result.issues.map((i) => [i.kind, i.rejected ? "từ chối · rejected" : "cảnh báo · warning", i.origin.file, i.origin.sheet, i.cell, i.code, i.unitId, i.message]),
    [18, 20, 26, 22, 7, 9, 14, 90]);

  const narratives = wb.addWorksheet(t("conNarratives"));
  table(narratives, "TTX_ThuyetMinh", "A1",
    ["Đơn vị", "Nhóm", "Đã hoàn thành", "Đang thực hiện", "Đề xuất, kiến nghị", "Tệp", "Trang"],
    result.narratives.map((n) => [n.unitName, n.taskGroup, n.completed, n.ongoing, n.proposals, n.origin.file, n.origin.sheet]),
    [30, 7, 50, 50, 50, 26, 22]);
  narratives.getColumn(3).alignment = narratives.getColumn(4).alignment = narratives.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  // Printed for the committee: A4 landscape, each sheet one page wide, header row repeated.
  for (const sheet of wb.worksheets) {
    sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(sheet === summary ? {} : { printTitlesRow: "1:1" }) };
  }
  summary.getColumn(1).width = 16;
  return wb;
}
