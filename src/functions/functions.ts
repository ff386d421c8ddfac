/**
 * TTX custom functions: declarations only. Each function's JSDoc is the Vietnamese help Excel shows (the default
 * locale: CustomFunctionsMetadataPlugin turns it into functions.json at build time); the English help is
 * ./functions.en-US.json, merged into functions.en-US.json by scripts/functions-locales.js, which the manifest
 * serves to en-US Office. Function and parameter names are the same in both. The work is done by the pure
 * implementations in src/core/functions, and TtxError values become Excel errors in ./errors. Namespace "TTX"
 * comes from the manifest. docs/functions.md is the reference.
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
 * Thông tin một mục trong Kế hoạch 337 (tên, mục tiêu, kinh phí, giảm phát thải, cơ quan, nguồn vốn…).
 * @customfunction INFO
 * @param code Mã trong kế hoạch, ví dụ "C1.1", "SX.3", "DA11.2", "NV3".
 * @param [field] Trường cần lấy (mặc định: tên), ví dụ "budget", "Kinh phí", "funding", "task_group_basis".
 * @returns Giá trị của trường.
 */
export function info(code: any, field?: string): string | number {
  return toExcel(infoImpl(code, field));
}

/**
 * Mốc mục tiêu của một mã cho một năm (mốc kế tiếp nếu năm nằm giữa hai mốc); mọi số của mốc đều lấy được.
 * @customfunction TARGET
 * @param code Mã trong kế hoạch, ví dụ "C1.1".
 * @param [year] Năm (mặc định: mốc cuối).
 * @param [field] "value" (mặc định), "max", "min", "year", "unit", "comparator", "subject", "text", "figures", hoặc một trường của TTX.INFO.
 * @param [figure] Số thứ mấy của mốc, theo thứ tự in (mặc định: 1; với "max": số là khoảng).
 * @returns Giá trị mốc.
 */
export function target(code: any, year?: number, field?: string, figure?: number): string | number {
  return toExcel(targetImpl(code, year, field, figure));
}

/**
 * Tỷ lệ hoàn thành mốc mục tiêu (1 = 100%).
 * @customfunction PROGRESS
 * @param code Mã trong kế hoạch, ví dụ "C1.1".
 * @param actual Số liệu thực hiện (25 nghĩa là 25%); một vùng nếu chỉ tiêu có nhiều số.
 * @param [year] Năm của mốc cần so (mặc định: mốc cuối).
 * @returns Tỷ lệ hoàn thành, định dạng ô là %.
 */
export function progress(code: any, actual: any[][], year?: number): number | string {
  return toExcel(progressImpl(code, actual, year));
}

/**
 * Kiểm tra một số liệu theo kế hoạch: "OK" hoặc nêu lỗi.
 * @customfunction CHECK
 * @param code Mã trong kế hoạch, ví dụ "C1.1".
 * @param value Số liệu cần kiểm tra (25 nghĩa là 25%).
 * @param [year] Năm báo cáo (mặc định: mốc cuối).
 * @param [lang] Ngôn ngữ kết quả: "vi" (mặc định) hoặc "en".
 * @returns "OK" hoặc mô tả lỗi.
 */
export function check(code: any, value: any, year?: number, lang?: string): string {
  return toExcel(checkImpl(code, value, year, lang));
}

/**
 * Tình trạng theo lộ trình kế hoạch: đạt, vượt tiến độ, đúng tiến độ, chậm, chưa báo cáo.
 * @customfunction STATUS
 * @param code Mã trong kế hoạch, ví dụ "C1.1".
 * @param actual Số liệu thực hiện (để trống nếu chưa báo cáo).
 * @param [reportDate] Ngày báo cáo (mặc định: so với mốc cuối).
 * @param [lang] Ngôn ngữ kết quả: "vi" (mặc định) hoặc "en".
 * @returns Nhãn tình trạng.
 */
export function status(code: any, actual: any, reportDate?: any, lang?: string): string {
  return toExcel(statusImpl(code, actual, reportDate, lang));
}

/**
 * Kinh phí dự kiến (tỷ đồng); lĩnh vực và nhóm cộng các dòng, "DA" là tổng phần SX xanh/lối sống xanh.
 * @customfunction BUDGET
 * @param code Mã hoạt động, dự án, lĩnh vực, nhóm, hoặc "DA" (mọi dự án).
 * @returns Kinh phí, tỷ đồng.
 */
export function budget(code: any): number {
  return toExcel(budgetImpl(code));
}

/**
 * Mức giảm phát thải KNK dự kiến đến 2030 (nghìn tCO2); lĩnh vực cộng các dòng.
 * @customfunction GHG
 * @param codeOrSector Mã hoạt động, lĩnh vực (A, B, C, C1…, D), nhóm nhiệm vụ hoặc "ALL".
 * @returns Nghìn tấn CO2.
 */
export function ghg(codeOrSector: any): number {
  return toExcel(ghgImpl(codeOrSector));
}

/**
 * Danh sách mã và tên (mảng động).
 * @customfunction CODES
 * @param [group] Nhóm: A, B, C, C1…C5, D, NV1…NV6, SX, LS, DA, DA1…DA11, GP, NV, GHG, DV (mặc định: tất cả).
 * @returns Hai cột: mã, tên.
 */
export function codes(group?: any): string[][] {
  return toExcel(codesImpl(group));
}

/**
 * Hạn gửi báo cáo: 6 tháng trước 05/6, cả năm trước 05/12.
 * @customfunction DEADLINE
 * @param period Kỳ báo cáo: "H1"/"6 tháng" hoặc "annual"/"năm"; hoặc "2025-H1".
 * @param [year] Năm báo cáo.
 * @returns Ngày (định dạng ô là ngày).
 */
export function deadline(period: any, year?: number): number {
  return toExcel(deadlineImpl(period, year));
}
