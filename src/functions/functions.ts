/**
 * TTX custom functions: declarations only. Each function's JSDoc is what Excel shows (CustomFunctionsMetadataPlugin
 * turns it into functions.json at build time); the work is done by the pure implementations in src/core/functions,
 * and TtxError values become Excel errors in ./errors. Namespace "TTX" comes from the manifest.
 */
import { budget as budgetImpl, ghg as ghgImpl } from "../core/functions/totals";
import { check as checkImpl } from "../core/functions/check";
import { codes as codesImpl } from "../core/functions/codes";
import { deadline as deadlineImpl } from "../core/functions/deadline";
import { info as infoImpl } from "../core/functions/info";
import { progress as progressImpl } from "../core/functions/progress";
import { status as statusImpl } from "../core/functions/status";
import { target as targetImpl } from "../core/functions/target";
import { toExcel } from "./errors";

/**
 * Thông tin một mục trong Kế hoạch 337 (tên, mục tiêu, kinh phí, giảm phát thải, cơ quan…). Returns one field of a plan entry (name, target, budget, reduction, agency, milestone year…).
 * @customfunction INFO
 * @param code Mã trong kế hoạch, ví dụ "C1.1", "SX.3", "DA11.2", "NV3". Plan code, e.g. "C1.1".
 * @param [field] Trường cần lấy (mặc định: tên), ví dụ "budget", "Kinh phí", "milestone_year". Field to read (default: name).
 * @returns Giá trị của trường. The field's value.
 */
export function info(code: any, field?: string): string | number {
  return toExcel(infoImpl(code, field));
}

/**
 * Mốc mục tiêu của một mã cho một năm (mốc kế tiếp nếu năm nằm giữa hai mốc). The plan's milestone for a year (the next one when the year lies between two).
 * @customfunction TARGET
 * @param code Mã trong kế hoạch, ví dụ "C1.1". Plan code.
 * @param [year] Năm (mặc định: mốc cuối). Year (default: final milestone).
 * @param [field] "value" (mặc định), "year", "unit", "comparator", "max", hoặc một trường của TTX.INFO. Milestone property or any TTX.INFO field.
 * @returns Giá trị mốc. The milestone value.
 */
export function target(code: any, year?: number, field?: string): string | number {
  return toExcel(targetImpl(code, year, field));
}

/**
 * Tỷ lệ hoàn thành mốc mục tiêu (1 = 100%). Share of the milestone reached (1 = 100%).
 * @customfunction PROGRESS
 * @param code Mã trong kế hoạch, ví dụ "C1.1". Plan code.
 * @param actual Số liệu thực hiện; một vùng nếu chỉ tiêu có nhiều số. Actual value; a range when the target has several figures.
 * @param [year] Năm của mốc cần so (mặc định: mốc cuối). Milestone year (default: final milestone).
 * @returns Tỷ lệ hoàn thành, định dạng ô là %. Share reached; format the cell as %.
 */
export function progress(code: any, actual: any[][], year?: number): number | string {
  return toExcel(progressImpl(code, actual, year));
}

/**
 * Kiểm tra một số liệu theo kế hoạch: "OK" hoặc nêu lỗi. Validates an entry against the plan: "OK" or the problem.
 * @customfunction CHECK
 * @param code Mã trong kế hoạch, ví dụ "C1.1". Plan code.
 * @param value Số liệu cần kiểm tra. Value to check.
 * @param [year] Năm báo cáo (mặc định: mốc cuối). Report year (default: final milestone).
 * @param [lang] "vi" (mặc định) hoặc "en". Language of the result.
 * @returns "OK" hoặc mô tả lỗi. "OK" or the problem.
 */
export function check(code: any, value: any, year?: number, lang?: string): string {
  return toExcel(checkImpl(code, value, year, lang));
}

/**
 * Tình trạng theo lộ trình kế hoạch: đạt, vượt tiến độ, đúng tiến độ, chậm, chưa báo cáo. Status against the plan's path: achieved, ahead, on track, behind, not reported.
 * @customfunction STATUS
 * @param code Mã trong kế hoạch, ví dụ "C1.1". Plan code.
 * @param actual Số liệu thực hiện (để trống nếu chưa báo cáo). Actual value (blank if not reported).
 * @param [reportDate] Ngày báo cáo (mặc định: so với mốc cuối). Report date (default: compare with the final milestone).
 * @param [lang] "vi" (mặc định) hoặc "en". Language of the result.
 * @returns Nhãn tình trạng. Status label.
 */
export function status(code: any, actual: any, reportDate?: any, lang?: string): string {
  return toExcel(statusImpl(code, actual, reportDate, lang));
}

/**
 * Kinh phí dự kiến (tỷ đồng); lĩnh vực và nhóm cộng các dòng. Planned budget (billion VND); sectors and groups sum their rows.
 * @customfunction BUDGET
 * @param code Mã hoạt động, dự án, lĩnh vực hoặc nhóm. Action, project, sector or group code.
 * @returns Kinh phí, tỷ đồng. Budget, billion VND.
 */
export function budget(code: any): number {
  return toExcel(budgetImpl(code));
}

/**
 * Mức giảm phát thải KNK dự kiến đến 2030 (nghìn tCO2); lĩnh vực cộng các dòng. Planned GHG reduction by 2030 (thousand tCO2); sectors sum their rows.
 * @customfunction GHG
 * @param codeOrSector Mã hoạt động, lĩnh vực (A, B, C, C1…, D), nhóm nhiệm vụ hoặc "ALL". Action, sector, task group or "ALL".
 * @returns Nghìn tấn CO2. Thousand tonnes CO2.
 */
export function ghg(codeOrSector: any): number {
  return toExcel(ghgImpl(codeOrSector));
}

/**
 * Danh sách mã và tên (mảng động). Dynamic array of codes and names.
 * @customfunction CODES
 * @param [group] Nhóm: A, B, C, C1…C5, D, NV1…NV6, SX, LS, DA, DA1…DA11, GP, NV, GHG, DV (mặc định: tất cả). Group (default: all).
 * @returns Hai cột: mã, tên. Two columns: code, name.
 */
export function codes(group?: any): string[][] {
  return toExcel(codesImpl(group));
}

/**
 * Hạn gửi báo cáo: 6 tháng trước 05/6, cả năm trước 05/12. Report due date: six-month by 5 June, annual by 5 December.
 * @customfunction DEADLINE
 * @param period "H1"/"6 tháng" hoặc "annual"/"năm"; hoặc "2025-H1". Reporting period.
 * @param [year] Năm báo cáo. Report year.
 * @returns Ngày (định dạng ô là ngày). Date serial; format the cell as a date.
 */
export function deadline(period: any, year?: number): number {
  return toExcel(deadlineImpl(period, year));
}
