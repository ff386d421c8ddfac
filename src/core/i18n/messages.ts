/**
 * The one catalogue of user-facing text, Vietnamese first. Every message has both languages; a test checks that
 * the placeholders in vi and en match. Placeholders are `{name}`.
 */
export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

export const MESSAGES = {
  // Catalog lookups (TTX.INFO, CLI)
  unknownCode: {
    vi: 'Mã "{code}" không có trong Kế hoạch 337/QĐ-UBND',
    en: 'Code "{code}" is not in Plan 337/QĐ-UBND',
  },
  unknownField: {
    vi: 'Trường "{field}" không dùng được cho mã {code}. Các trường có: {fields}',
    en: 'Field "{field}" does not apply to code {code}. Available fields: {fields}',
  },
  fieldEmpty: {
    vi: "Mã {code} không có giá trị cho trường {field} trong văn bản gốc",
    en: "Code {code} has no value for field {field} in the source text",
  },
  notText: {
    vi: "{what} phải là chữ (văn bản), nhận được: {got}",
    en: "{what} must be text, got: {got}",
  },
  notNumber: {
    vi: "{what} phải là số, nhận được: {got}",
    en: "{what} must be a number, got: {got}",
  },
  badYear: {
    vi: "Năm phải là số nguyên có 4 chữ số (2000–2100), nhận được: {got}",
    en: "Year must be a whole 4-digit number (2000–2100), got: {got}",
  },
  notDate: {
    vi: "{what} phải là ngày (ô ngày của Excel, 2025-06-05 hoặc 05/06/2025), nhận được: {got}",
    en: "{what} must be a date (an Excel date, 2025-06-05 or 05/06/2025), got: {got}",
  },
  notDateAmbiguous: {
    vi: "{what} “{got}” có thể là {dayFirst} hoặc {monthFirst}: nhập ngày dạng dd/mm/yyyy có số 0 (05/06/2025) hoặc 2025-06-05",
    en: "{what} “{got}” may be {dayFirst} or {monthFirst} (day/month): type it as dd/mm/yyyy with zeros (05/06/2025) or 2025-06-05",
  },
  noMilestones: {
    vi: "Mã {code} không có chỉ tiêu định lượng (mốc) trong văn bản",
    en: "Code {code} has no quantified target (milestone) in the decision",
  },
  noFigure: {
    vi: "Mã {code} không có số liệu {what} trong văn bản",
    en: "Code {code} has no {what} figure in the decision",
  },
  badPeriod: {
    vi: 'Kỳ báo cáo "{got}" không hợp lệ: dùng "6 tháng" (H1) hoặc "năm" (annual)',
    en: 'Invalid reporting period "{got}": use "H1" (six-month) or "annual"',
  },
  unknownGroup: {
    vi: 'Nhóm "{group}" không có. Dùng: {groups}',
    en: 'No group "{group}". Use: {groups}',
  },
  tooManyValues: {
    vi: "Mã {code} có {expected} chỉ tiêu cho năm {year} nhưng nhận {got} giá trị",
    en: "Code {code} has {expected} figures for {year} but got {got} values",
  },
  // Results of TTX.CHECK and TTX.STATUS: cell text, so one language at a time.
  checkOk: { vi: "OK", en: "OK" },
  checkCoordinatingPart: {
    vi: "Phần của đơn vị phối hợp: không so riêng với lộ trình của tỉnh (xem số liệu toàn tỉnh ở trang Tổng hợp)",
    en: "A coordinating unit's part: not judged alone against the province's path (see the province's figure on the Summary)",
  },
  checkBlank: { vi: "Chưa nhập số liệu", en: "No value entered" },
  checkNotNumber: { vi: "Không phải số: {got}", en: "Not a number: {got}" },
  checkBelowMin: { vi: "Giá trị âm không hợp lệ", en: "Negative value not allowed" },
  checkAboveMax: { vi: "Vượt mức hợp lý (tối đa {max})", en: "Implausibly high (at most {max})" },
  checkImplausible: {
    vi: "Vượt mức hợp lý (hơn {times} lần mục tiêu {year})",
    en: "Implausibly high (over {times}× the {year} target)",
  },
  checkBelowTarget: { vi: "Thấp hơn mục tiêu {year} ({target})", en: "Below the {year} target ({target})" },
  checkAboveCap: { vi: "Cao hơn mức tối đa {year} ({target})", en: "Above the {year} cap ({target})" },
  // The plan's path (plan/path.ts): a status, shown in the check column, never an "out of range" issue.
  checkBehindPath: { vi: "Chậm {gap} so với lộ trình {year} ({expected})", en: "Behind the {year} path ({expected}) by {gap}" },
  checkFraction: {
    vi: "Có thể đã nhập dạng thập phân: {got} ở dòng tính bằng %; nếu là {pct}% hãy nhập {pct}",
    en: "Looks like a fraction: {got} on a percentage row; if {pct}% was meant, type {pct}",
  },
  checkDisbursedOverBudget: {
    vi: "Giải ngân {value} tỷ đồng, hơn {times} lần kinh phí kế hoạch của dòng ({budget} tỷ đồng): kiểm tra đơn vị tính (tỷ đồng)",
    en: "Disbursed {value} billion VND, over {times} times the row's planned budget ({budget} billion VND): check the unit (billion VND)",
  },
  statusAhead: { vi: "vượt tiến độ", en: "ahead" },
  path_on_track: { vi: "Đúng lộ trình", en: "On track" },
  path_behind: { vi: "Chậm so với lộ trình", en: "Behind the path" },
  path_ahead: { vi: "Vượt lộ trình", en: "Ahead of the path" },
  path_no_target: { vi: "Không có chỉ tiêu số", en: "No numeric target" },
  path_not_reported: { vi: "Chưa báo cáo", en: "Not reported" },
  statusAchieved: { vi: "đạt", en: "achieved" },
  statusOnTrack: { vi: "đúng tiến độ", en: "on track" },
  statusBehind: { vi: "chậm", en: "behind" },
  statusNotReported: { vi: "chưa báo cáo", en: "not reported" },
  badLang: { vi: 'Ngôn ngữ "{got}" không hợp lệ: dùng "vi" hoặc "en"', en: 'Invalid language "{got}": use "vi" or "en"' },
  // TTX answers that must not mislead (plan/stored-fraction.ts, plan/judge.ts, functions/resolve.ts, target.ts, info-fields.ts).
  checkStoredFraction: {
    vi: '{got} có vẻ là {pct}% lưu dạng phân số (ô định dạng %) — hãy nhập {pct}; nếu đúng là {got}%, nhập dạng chữ "{got}%" (mục tiêu {year}: {target})',
    en: '{got} looks like {pct}% stored as a fraction (a %-formatted cell) — type {pct}; if {got}% is meant, enter the text "{got}%" (the {year} target: {target})',
  },
  checkStoredFractionText: {
    vi: '{got} có vẻ là {pct}% lưu dạng phân số (ô định dạng %) — hãy nhập dạng chữ "{pct}%" (mục tiêu {year}: {target})',
    en: '{got} looks like {pct}% stored as a fraction (a %-formatted cell) — enter the text "{pct}%" (the {year} target: {target})',
  },
  checkNotOver: {
    vi: "Chưa vượt {target}: mục tiêu {year} là trên {target}, tức phải lớn hơn {target}; bằng {target} là chưa đạt",
    en: "Not over {target}: the {year} target is over {target}, i.e. more than {target}; exactly {target} does not meet it",
  },
  ambiguousCode: {
    vi: 'Nhãn "{code}" được in cho {count} nhóm nhiệm vụ trong văn bản ({choices}): dùng mã ổn định {codes}',
    en: 'Label "{code}" is printed for {count} task groups in the decision ({choices}): use the stable code {codes}',
  },
  targetFigureRange: {
    vi: "Mốc {year} của mã {code} có {count} số: figure phải từ 1 đến {count}, nhận được: {got}",
    en: "The {year} milestone of {code} has {count} figures: figure must be 1 to {count}, got: {got}",
  },
  targetNotRange: {
    vi: "Số thứ {figure} của mốc {year} mã {code} ({target}) không phải một khoảng nên không có cận trên",
    en: "Figure {figure} of the {year} milestone of {code} ({target}) is not a range, so it has no upper bound",
  },
  taskGroupInferred: {
    vi: "Suy luận, văn bản không gán: nhóm dự án {group} → {taskGroup} (nhóm nhiệm vụ {label}). Lý do (tiếng Anh): {reason}",
    en: "Inferred, not stated in the decision: project group {group} → {taskGroup} (task group {label}). Reason: {reason}",
  },
  // Reporting templates: sheet text.
  tplTitle: {
    vi: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG TĂNG TRƯỞNG XANH TỈNH CAO BẰNG",
    en: "REPORT ON THE CAO BẰNG GREEN GROWTH ACTION PLAN",
  },
  tplGroup: { vi: "Nhóm nhiệm vụ {label}: {title}", en: "Task group {label}: {title}" },
  // Decree 30/2020/NĐ-CP heading and signature block (template version 2).
  tplAgencyParent: { vi: "UBND TỈNH CAO BẰNG", en: "CAO BẰNG PROVINCIAL PEOPLE'S COMMITTEE" },
  tplMotto: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM" },
  tplMottoLine: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  tplNumber: { vi: "Số: ……/BC-……", en: "No.: ……/BC-……" },
  tplPlaceBlank: { vi: "Cao Bằng, ngày …… tháng …… năm ……", en: "Cao Bằng, date …… / …… / ……" },
  tplPlaceDay: { vi: "Cao Bằng, ngày ", en: "Cao Bằng, date " },
  tplPlaceMonth: { vi: " tháng ", en: " / " },
  tplPlaceYear: { vi: " năm ", en: " / " },
  tplReportWord: { vi: "BÁO CÁO", en: "REPORT" },
  tplReportAbout: {
    vi: "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND)",
    en: "Results of the Cao Bằng Green Growth Action Plan (Decision 337/QĐ-UBND)",
  },
  tplInstructions: {
    vi: "Ô màu vàng là ô đơn vị nhập. Vai trò: Chủ trì — báo cáo kết quả chung của hạng mục; Phối hợp — báo cáo phần việc của đơn vị mình. Kinh phí đã giải ngân: chỉ ghi kinh phí do chính đơn vị giải ngân, không ghi lại kinh phí của đơn vị chủ trì hay đơn vị khác.",
    en: "Yellow cells are for the unit to fill. Role: Lead — report the item's overall result; Coordinating — report your unit's own part. Budget disbursed: only what your unit itself disbursed, never again the lead's or another unit's spending.",
  },
  tplRecipients: { vi: "Nơi nhận:", en: "Recipients:" },
  tplRecipientFocal: { vi: "- {unit} (cơ quan thường trực);", en: "- {unit} (standing office);" },
  tplRecipientArchive: { vi: "- Lưu: VT.", en: "- Archive: VT." },
  tplPreparer: { vi: "NGƯỜI LẬP BIỂU", en: "PREPARED BY" },
  tplPreparerNote: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature, full name)" },
  tplHead: { vi: "THỦ TRƯỞNG ĐƠN VỊ", en: "HEAD OF UNIT" },
  tplHeadNote: { vi: "(Ký, ghi rõ họ tên, đóng dấu)", en: "(Signature, full name, seal)" },
  tplColRole: { vi: "Vai trò", en: "Role" },
  tplRoleLead: { vi: "Chủ trì", en: "Lead" },
  tplRoleCoordinating: { vi: "Phối hợp", en: "Coordinating" },
  tplNoRows: {
    vi: "{unit} không chủ trì hay phối hợp hạng mục nào của nhóm {group} vào ngày {date}: không tạo trang cho nhóm này",
    en: "{unit} neither leads nor coordinates any item of group {group} on {date}: no sheet for this group",
  },
  tplBadVersion: { vi: 'Không có mẫu phiên bản "{got}" (có: {versions})', en: 'No template version "{got}" (known: {versions})' },
  tplPlan: { vi: "Kế hoạch", en: "Plan" },
  tplPlanValue: {
    vi: "Quyết định 337/QĐ-UBND ngày 04/4/2018 của UBND tỉnh Cao Bằng",
    en: "Decision 337/QĐ-UBND of 4 April 2018, Cao Bằng Provincial People's Committee",
  },
  tplTemplate: { vi: "Mẫu báo cáo", en: "Template" },
  tplUnit: { vi: "Đơn vị báo cáo", en: "Reporting unit" },
  tplPeriod: { vi: "Kỳ báo cáo", en: "Reporting period" },
  tplPeriodH1: { vi: "6 tháng đầu năm {year}", en: "First half of {year}" },
  tplPeriodAnnual: { vi: "Cả năm {year}", en: "Full year {year}" },
  tplYear: { vi: "Năm báo cáo", en: "Report year" },
  tplDue: { vi: "Hạn gửi báo cáo", en: "Due date" },
  tplReporter: { vi: "Người báo cáo", en: "Reporter" },
  tplSubmitted: { vi: "Ngày gửi", en: "Submission date" },
  tplColCode: { vi: "Mã", en: "Code" },
  tplColGroup: { vi: "Lĩnh vực / nhóm", en: "Sector / group" },
  tplColTask: { vi: "Nhiệm vụ, hoạt động, dự án", en: "Task, action, project" },
  tplColTarget: { vi: "Mục tiêu và các mốc", en: "Target and milestones" },
  tplColUnit: { vi: "Đơn vị tính", en: "Unit" },
  tplColBudget: { vi: "Kinh phí kế hoạch (tỷ đồng)", en: "Planned budget (billion VND)" },
  tplColActual: { vi: "Kết quả thực hiện", en: "Result achieved" },
  tplColDisbursed: { vi: "Kinh phí đã giải ngân (tỷ đồng)", en: "Budget disbursed (billion VND)" },
  tplColStatus: { vi: "Tình trạng", en: "Status" },
  tplColEvidence: { vi: "Minh chứng, ghi chú", en: "Evidence, notes" },
  tplColProgress: { vi: "Tiến độ so với mốc", en: "Progress vs milestone" },
  tplColCheck: { vi: "Kiểm tra", en: "Check" },
  tplStatusDone: { vi: "Hoàn thành", en: "Completed" },
  tplStatusOngoing: { vi: "Đang thực hiện", en: "Ongoing" },
  tplStatusNotStarted: { vi: "Chưa triển khai", en: "Not started" },
  tplStatusDropped: { vi: "Không thực hiện", en: "Dropped" },
  tplNarrativeCompleted: { vi: "Những việc đã hoàn thành", en: "Tasks completed" },
  tplNarrativeOngoing: { vi: "Những việc đang thực hiện", en: "Tasks ongoing" },
  tplNarrativeProposals: { vi: "Đề xuất, kiến nghị giải pháp tiếp tục thực hiện", en: "Proposals and recommendations" },
  tplInvalidTitle: { vi: "Giá trị không hợp lệ", en: "Invalid value" },
  tplEnterNumberMin: { vi: "Nhập số ≥ {min}", en: "Enter a number ≥ {min}" },
  tplEnterNumberBetween: { vi: "Nhập số từ {min} đến {max}", en: "Enter a number from {min} to {max}" },
  tplEnterDate: { vi: "Nhập ngày (dd/mm/yyyy)", en: "Enter a date (dd/mm/yyyy)" },
  tplPickFromList: { vi: "Chọn trong danh sách", en: "Pick from the list" },
  paneAllGroups: { vi: "Tất cả sáu nhóm", en: "All six groups" },
  paneInsertFailed: {
    vi: "Không chèn được mẫu. Kiểm tra sổ làm việc không ở chế độ chỉ đọc rồi thử lại.",
    en: "Could not insert the template. Check the workbook is not read-only, then try again.",
  },
  tplBadGroup: {
    vi: 'Nhóm nhiệm vụ "{got}" không có. Dùng: {groups}',
    en: 'No task group "{got}". Use: {groups}',
  },
  tplBadUnit: {
    vi: 'Đơn vị "{got}" không có trong danh mục. Xem: npx ttx catalog --csv (loại orgUnit)',
    en: 'Unit "{got}" is not in the catalog. See: npx ttx catalog --csv (kind orgUnit)',
  },
  tplBadPeriod: {
    vi: 'Kỳ báo cáo "{got}" không hợp lệ: dùng dạng 2025-H1 (6 tháng) hoặc 2025-annual (cả năm)',
    en: 'Invalid period "{got}": use 2025-H1 (six-month) or 2025-annual (full year)',
  },
  // Consolidation issues: one per rejected or suspicious row or sheet, always with its origin.
  issueNotTemplate: {
    vi: "Trang tính không phải mẫu báo cáo TTX (không có siêu dữ liệu)",
    en: "Sheet is not a TTX report template (no metadata)",
  },
  issueOldVersion: {
    vi: "Mẫu phiên bản {got}, phiên bản hiện hành là {want}",
    en: "Template version {got}; the current version is {want}",
  },
  issueWrongPeriod: { vi: "Báo cáo kỳ {got}, đang tổng hợp kỳ {want}", en: "Report for period {got}; consolidating {want}" },
  issueUnknownUnit: { vi: 'Đơn vị "{got}" không có trong danh mục', en: 'Unit "{got}" is not in the catalog' },
  issuePlanEdited: {
    vi: "Phần kế hoạch (ô khóa) đã bị sửa: mã băm không khớp; các dòng của trang này không được tính",
    en: "The locked plan cells were edited (hash mismatch); this sheet's rows are not counted",
  },
  issueUnknownCode: { vi: 'Mã "{code}" không có trong mẫu {template}', en: 'Code "{code}" is not in template {template}' },
  issueNotNumber: { vi: "Ô số liệu chứa chữ: {got}", en: "Text in a number cell: {got}" },
  issueDuplicateRow: { vi: "Mã {code} xuất hiện hai lần trong cùng trang", en: "Code {code} appears twice on the same sheet" },
  issueSuperseded: {
    vi: "Báo cáo của đơn vị cho kỳ này đã được gửi lại ({newer}); bản này được thay thế",
    en: "The unit resubmitted this period ({newer}); this submission is superseded",
  },
  // Consolidated workbook
  conTitle: { vi: "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG TĂNG TRƯỞNG XANH", en: "CONSOLIDATED GREEN GROWTH ACTION PLAN REPORT" },
  conSummary: { vi: "Tổng hợp", en: "Summary" },
  conDetail: { vi: "Chi tiết", en: "Detail" },
  conSubmissions: { vi: "Nộp báo cáo", en: "Submissions" },
  conIssues: { vi: "Vấn đề", en: "Issues" },
  conNarratives: { vi: "Thuyết minh", en: "Narratives" },
  conCountsLine: {
    vi: "Số dòng đọc {read} = chấp nhận {accepted} + từ chối {rejected}; cảnh báo {warnings}; trang tính {sheets}; đơn vị chưa nộp {missing}",
    en: "Rows read {read} = accepted {accepted} + rejected {rejected}; warnings {warnings}; sheets {sheets}; units missing {missing}",
  },
  conStatusOnTime: { vi: "Đúng hạn", en: "On time" },
  conStatusLate: { vi: "Muộn", en: "Late" },
  conStatusNoDate: { vi: "Không ghi ngày gửi", en: "No submission date" },
  conStatusMissing: { vi: "Chưa nộp", en: "Missing" },
  conStatusRejected: { vi: "Đã nộp nhưng bị từ chối", en: "Sent but rejected" },
  conOtherPeriods: {
    vi: "Báo cáo thuộc kỳ khác, không được tính ({count}): {sheets}",
    en: "Reports for another period, not counted ({count}): {sheets}",
  },
  conStatusEmpty: { vi: "Đã nhận, chưa nhập số liệu", en: "Received, not filled yet" },
  conStatusConflict: { vi: "Hai báo cáo cùng ngày, cần xác nhận", en: "Two reports same date, to confirm" },
  conPeriodLine: { vi: "Kỳ báo cáo: {period} · Hạn gửi: {due}", en: "Reporting period: {period} · Due: {due}" },
  // Under the group table, only when some group's mean progress is blank: why, and for which groups.
  conMeanProgressBlank: { vi: "Tiến độ bình quân để trống: {reasons}", en: "Mean progress left blank: {reasons}" },
  conBlankTextOnly: {
    vi: "nhóm chỉ có nhiệm vụ dạng văn bản, không có chỉ tiêu số ({groups})",
    en: "text tasks only, no numeric target ({groups})",
  },
  conBlankNoFigure: {
    vi: "chưa có số liệu báo cáo để so với chỉ tiêu ({groups})",
    en: "no figure reported yet to compare with a target ({groups})",
  },
  conFilesLine: {
    vi: "Số tệp nhận được: {files} = đọc được {read} + chỉ ghi tại trang Vấn đề {listed}",
    en: "Files found: {files} = read {read} + listed on the Issues sheet only {listed}",
  },
  // Column headers, "|"-separated, one list per table of the consolidated workbook.
  conColsGroups: {
    vi: "Nhóm|Nhóm nhiệm vụ|Số hạng mục|Có chỉ tiêu số|Đơn vị báo cáo|Có số liệu của tỉnh|Tiến độ bình quân|Đúng hoặc vượt lộ trình|Chậm so với lộ trình|Kinh phí kế hoạch (tỷ đồng)|Đã giải ngân (tỷ đồng)|Tỷ lệ giải ngân",
    en: "Group|Task group|Items|With a numeric target|Units reporting|With a province figure|Mean progress|On track or ahead|Behind the path|Planned budget (bn VND)|Disbursed (bn VND)|Share disbursed",
  },
  conColsSectors: {
    vi: "Lĩnh vực|Tên|Giảm KNK kế hoạch 2030 (nghìn tCO2)|Ước tính theo báo cáo (nghìn tCO2)|Tỷ lệ",
    en: "Sector|Name|Planned 2030 GHG reduction (kt CO2)|Estimated from reports (kt CO2)|Share",
  },
  conColsDetail: {
    vi: "Mã|Nhóm|Hạng mục|Đơn vị|Vai trò|Kết quả|Tiến độ|Kiểm tra so với lộ trình|Giải ngân (tỷ đồng)|Tình trạng|Minh chứng|Đơn vị tại hạn nộp|Tệp|Trang|Ô|Kỳ|Ngày gửi|Phiên bản mẫu",
    en: "Code|Group|Item|Unit|Role|Result|Progress|Check against the path|Disbursed (bn VND)|Status|Evidence|Unit on the due date|File|Sheet|Cell|Period|Submitted|Template version",
  },
  conColsSubmissions: { vi: "Mã đơn vị|Đơn vị|Nhóm đã nộp|Ngày gửi|Tình trạng", en: "Unit id|Unit|Groups sent|Submitted|Status" },
  conColsIssues: {
    vi: "Loại|Xử lý|Tệp|Trang|Ô|Mã|Đơn vị|Kết quả (như đã nhập)|Giải ngân (như đã nhập)|Tình trạng|Minh chứng|Ô khác đã nhập|Lý do (tiếng Việt)|Lý do (tiếng Anh)",
    en: "Kind|Outcome|File|Sheet|Cell|Code|Unit|Result (as typed)|Disbursed (as typed)|Status|Evidence|Other cells typed|Reason (English)|Reason (Vietnamese)",
  },
  conColsNarratives: {
    vi: "Đơn vị|Nhóm|Báo cáo|Đã hoàn thành|Đang thực hiện|Đề xuất, kiến nghị|Tệp|Trang",
    en: "Unit|Group|Report|Completed|Ongoing|Proposals and recommendations|File|Sheet",
  },
  conNarrativeCounted: { vi: "Được tính", en: "Counted" },
  conNarrativeSuperseded: { vi: "Đã được thay thế", en: "Superseded" },
  conNarrativeConflict: { vi: "Cùng ngày, cần xác nhận", en: "Same date, to confirm" },
  conNarrativeRefused: { vi: "Bị từ chối", en: "Refused" },
  conRejected: { vi: "Từ chối", en: "Rejected" },
  conWarning: { vi: "Cảnh báo (vẫn tính)", en: "Warning (still counted)" },
  conNote: { vi: "Ghi chú", en: "Note" },
  conGhgNote: {
    vi: "Ước tính = giảm phát thải kế hoạch đến 2030 × tỷ lệ đạt mốc 2030 (tối đa 100%), theo số liệu toàn tỉnh của từng hoạt động (cách tổng hợp ở mục IV). Kế hoạch 337 đặt mục tiêu giảm 7% (2020) và 19% (2030) so với BAU nhưng không nêu lượng phát thải BAU, nên tỷ lệ so với BAU chưa tính được.",
    en: "Estimate = planned 2030 reduction × share of the 2030 milestone reached (capped at 100%), from each action's province figure (how combined: section IV). Plan 337 targets −7% (2020) and −19% (2030) against BAU but gives no BAU emissions, so a share of BAU cannot be computed.",
  },
  conChartProgress: { vi: "Tiến độ bình quân theo nhóm nhiệm vụ", en: "Mean progress by task group" },
  conChartBudget: { vi: "Kinh phí kế hoạch và đã giải ngân (tỷ đồng)", en: "Budget planned vs disbursed (bn VND)" },
  conChartGhg: { vi: "Giảm phát thải KNK theo lĩnh vực (nghìn tCO2)", en: "GHG reduction by sector (kt CO2)" },
  // The consolidated Summary as a report the province signs (Decree 30/2020/NĐ-CP layout).
  conAgencyProvince: { vi: "UBND TỈNH CAO BẰNG", en: "CAO BANG PROVINCIAL PEOPLE'S COMMITTEE" },
  conMotto: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  conMottoLine: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  conNumberLine: { vi: "Số: …/BC-{abbr}", en: "No.: …/BC-{abbr}" },
  conPlaceDate: { vi: "Cao Bằng, ngày … tháng … năm {year}", en: "Cao Bang, … {year}" },
  conReportWord: { vi: "BÁO CÁO", en: "REPORT" },
  conReportTitle: {
    vi: "Kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Cao Bằng (Quyết định 337/QĐ-UBND) {period}",
    en: "Progress of the Cao Bang Green Growth Action Plan (Decision 337/QĐ-UBND), {period}",
  },
  conDueLine: { vi: "Hạn gửi báo cáo của các đơn vị: {due}", en: "Units' reports were due on {due}" },
  conPeriodH1: { vi: "6 tháng đầu năm {year}", en: "first half of {year}" },
  conPeriodAnnual: { vi: "năm {year}", en: "year {year}" },
  conHeadHeadline: { vi: "I. SỐ LIỆU CHÍNH", en: "I. KEY FIGURES" },
  conHeadGroups: { vi: "II. KẾT QUẢ THEO NHÓM NHIỆM VỤ", en: "II. RESULTS BY TASK GROUP" },
  conHeadSectors: { vi: "III. GIẢM PHÁT THẢI KHÍ NHÀ KÍNH THEO LĨNH VỰC", en: "III. GREENHOUSE GAS REDUCTION BY SECTOR" },
  conHeadItems: {
    vi: "IV. KẾT QUẢ THEO HẠNG MỤC (số liệu toàn tỉnh tổng hợp theo quy tắc của từng hạng mục)",
    en: "IV. RESULTS BY ITEM (the province's figure combined by each item's rule)",
  },
  conHeadlineUnits: {
    vi: "Đơn vị phải báo cáo: {expected} — đúng hạn {onTime}; muộn {late}; chưa nộp {missing}; đã nhận nhưng chưa nhập số liệu {empty}; khác {other}",
    en: "Units due to report: {expected} — on time {onTime}; late {late}; missing {missing}; received but not filled yet {empty}; other {other}",
  },
  conHeadlineUnitsOther: {
    vi: " (không ghi ngày gửi, bị từ chối, hoặc hai báo cáo cùng ngày: xem trang {sheet})",
    en: " (no submission date, refused, or two reports of the same date: see the {sheet} sheet)",
  },
  conHeadlineItems: {
    vi: "Hạng mục có chỉ tiêu số: {numeric} — đúng lộ trình {onTrack}; chậm so với lộ trình {behind}; vượt lộ trình {ahead}; chưa có số liệu của tỉnh {none}. Hạng mục báo cáo bằng văn bản (không có chỉ tiêu số): {text}",
    en: "Items with a numeric target: {numeric} — on track {onTrack}; behind the path {behind}; ahead of the path {ahead}; no province figure yet {none}. Items reported as text (no numeric target): {text}",
  },
  conHeadlineBudget: {
    vi: "Kinh phí: đã giải ngân {disbursed} tỷ đồng / kế hoạch {planned} tỷ đồng ({share}); mỗi đơn vị báo cáo phần kinh phí của mình",
    en: "Budget: VND {disbursed} bn disbursed of VND {planned} bn planned ({share}); each unit reports its own spending",
  },
  conHeadlineGhg: {
    vi: "Giảm phát thải khí nhà kính ước tính: {estimated} / {planned} nghìn tấn CO2 theo kế hoạch đến năm 2030 ({share})",
    en: "Estimated greenhouse gas reduction: {estimated} of the {planned} thousand t CO2 planned by 2030 ({share})",
  },
  conColsItems: {
    vi: "Mã|Hạng mục|Cách tổng hợp|Đơn vị tính|Đơn vị báo cáo|Đơn vị được tính|Số liệu toàn tỉnh|Tiến độ|So với lộ trình|Kinh phí kế hoạch (tỷ đồng)|Đã giải ngân (tỷ đồng)|Ghi chú",
    en: "Code|Item|How combined|Unit|Units reporting|Units counted|Province figure|Progress|Against the path|Planned budget (bn VND)|Disbursed (bn VND)|Note",
  },
  conRule_sum: { vi: "Cộng", en: "Sum" },
  conRule_lead: { vi: "Đơn vị chủ trì", en: "Lead unit" },
  conRule_max: { vi: "Lớn nhất", en: "Largest" },
  conRule_text: { vi: "Văn bản", en: "Text" },
  conBlank_text: { vi: "Văn bản: nội dung từng đơn vị ở trang Chi tiết", en: "Text: each unit's words on the Detail sheet" },
  conBlank_no_figure: { vi: "Chưa có đơn vị nào báo cáo số liệu", en: "No unit has reported a figure yet" },
  conBlank_lead_missing: {
    vi: "Đơn vị chủ trì chưa báo cáo; số của {count} đơn vị khác không thay cho số của tỉnh",
    en: "The lead unit has not reported; the figures of {count} other unit(s) do not stand for the province's",
  },
  conBlank_leads_differ: {
    vi: "Các đơn vị chủ trì báo cáo số khác nhau: cơ quan đầu mối xác nhận (xem Chi tiết)",
    en: "The lead units reported different figures: the focal department settles (see Detail)",
  },
  conItemsNote: {
    vi: "Cách tổng hợp: Cộng = cộng số của mọi đơn vị báo cáo; Đơn vị chủ trì = số của đơn vị chủ trì là số của tỉnh; Lớn nhất = số lớn nhất đã báo cáo (một số liệu chung của tỉnh); Văn bản = không tổng hợp thành số. Kinh phí giải ngân luôn được cộng. Quy tắc từng loại chỉ tiêu: docs/aggregation.md.",
    en: "How combined: Sum = every reporting unit's figure added; Lead unit = the lead unit's figure is the province's; Largest = the largest figure reported (one provincial stock); Text = nothing combined into a figure. Disbursed budget is always added. The rule of each kind of measure: docs/aggregation.md.",
  },
  conFootnoteHead: { vi: "Ghi chú kiểm đếm (không dòng nào bị bỏ sót):", en: "Count check (no row left out):" },
  conPathEntriesLine: { vi: "Số liệu từng đơn vị so với lộ trình: {statuses}", en: "Units' figures against the path: {statuses}" },
  conSignerLeft: { vi: "NGƯỜI LẬP BIỂU", en: "PREPARED BY" },
  conSignerLeftNote: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature, full name)" },
  conSignerRight: { vi: "THỦ TRƯỞNG CƠ QUAN", en: "HEAD OF AGENCY" },
  conSignerRightNote: { vi: "(Ký, ghi rõ họ tên, đóng dấu)", en: "(Signature, full name, seal)" },
  conRecipients: { vi: "Nơi nhận:", en: "Recipients:" },
  conRecipientList: {
    vi: "- UBND tỉnh (để báo cáo);|- Các sở, ban, ngành, đơn vị có liên quan;|- Lưu: VT, {abbr}.",
    en: "- Provincial People's Committee (to report);|- Departments, agencies and units concerned;|- Filed: Records, {abbr}.",
  },
  conFooter: { vi: "Trang &P/&N", en: "Page &P of &N" },
  conRoleLead: { vi: "Chủ trì", en: "Lead" },
  conRoleCoordinating: { vi: "Phối hợp", en: "Coordinating" },
  // Excel's limits (1,048,576 rows a sheet, 32,767 characters a cell): what the consolidated workbook does at them.
  conLongTexts: { vi: "Văn bản dài", en: "Long texts" },
  conColsLongTexts: { vi: "Trang|Ô|Phần|Số phần|Độ dài (ký tự)|Văn bản", en: "Sheet|Cell|Part|Parts|Length (characters)|Text" },
  conCutMarker: {
    vi: "… [đã cắt {cut} ký tự; toàn văn ở trang “{sheet}” từ dòng {row}, {parts} phần]",
    en: "… [{cut} characters cut; full text on sheet “{sheet}” from row {row}, in {parts} parts]",
  },
  conContinuedLine: {
    vi: "Excel chứa tối đa {rows} dòng một trang, nên danh sách dài tiếp tục ở trang sau, cùng hàng tiêu đề: {lists}",
    en: "Excel holds at most {rows} rows a sheet, so long lists go on to further sheets, with the same header row: {lists}",
  },
  conContinuedList: { vi: "“{sheet}” tiếp tục ở {more}", en: "“{sheet}” continues on {more}" },
  conLongTextsLine: {
    vi: "{count} ô dài hơn {chars} ký tự (giới hạn một ô của Excel) chỉ hiện phần đầu, có ghi số ký tự đã cắt; toàn văn, chia thành từng phần, ở trang “{sheet}”",
    en: "{count} cell(s) longer than {chars} characters (Excel's limit for a cell) show their beginning only, saying how many characters were cut; the full texts, in parts, are on sheet “{sheet}”",
  },
  kind_unreadable_file: { vi: "Tệp không đọc được", en: "Unreadable file" },
  kind_not_template: { vi: "Không phải mẫu", en: "Not a template" },
  kind_old_version: { vi: "Sai phiên bản mẫu", en: "Wrong template version" },
  kind_wrong_period: { vi: "Sai kỳ báo cáo", en: "Wrong period" },
  kind_unknown_unit: { vi: "Đơn vị không rõ", en: "Unknown unit" },
  kind_plan_edited: { vi: "Sửa ô kế hoạch", en: "Plan cells edited" },
  kind_unknown_code: { vi: "Mã không có", en: "Unknown code" },
  kind_duplicate_row: { vi: "Dòng trùng", en: "Duplicate row" },
  kind_not_a_number: { vi: "Chữ trong ô số", en: "Text in a number cell" },
  kind_out_of_range: { vi: "Ngoài khoảng hợp lý", en: "Out of range" },
  kind_merged_cells: { vi: "Ô bị gộp", en: "Merged cells" },
  kind_superseded: { vi: "Đã được thay thế", en: "Superseded" },
  kind_bad_date: { vi: "Ngày gửi không hợp lệ", en: "Invalid submission date" },
  kind_hidden_sheet: { vi: "Trang bị ẩn", en: "Hidden sheet" },
  kind_missing_row: { vi: "Thiếu dòng", en: "Row missing" },
  kind_no_code: { vi: "Dòng không có mã", en: "Row without a code" },
  kind_unit_conflict: { vi: "Đơn vị không khớp", en: "Unit mismatch" },
  kind_from_header: { vi: "Nhận biết theo tiêu đề", en: "Recognised from header" },
  kind_empty_report: { vi: "Chưa nhập số liệu", en: "Not filled yet" },
  kind_blank_header: { vi: "Thiếu thông tin đầu trang", en: "Header left blank" },
  kind_conflict: { vi: "Hai báo cáo cùng ngày", en: "Two reports, same date" },
  // Row and sheet questions raised while reading files other programs saved or people edited.
  issuePlanCellEdited: {
    vi: "Ô kế hoạch {cell} đã bị sửa: gốc «{was}», nay «{now}»; số liệu của dòng vẫn được tính",
    en: "Plan cell {cell} was edited: originally «{was}», now «{now}»; the row's figures still count",
  },
  issuePlanHashDiffers: {
    vi: "Mẫu được tạo từ một phiên bản dữ liệu kế hoạch khác: từng ô kế hoạch được so sánh riêng",
    en: "The template was made from another edition of the plan data: plan cells are compared one by one",
  },
  issueNoCode: {
    vi: "Dòng không có mã trong bảng: không biết thuộc mục nào của kế hoạch, không được tính (giá trị đã nhập ở bên)",
    en: "Row without a code in the table: it cannot be matched to a plan item and is not counted (values typed beside)",
  },
  issueMissingRow: { vi: "{code} không có trong báo cáo này (dòng đã bị xoá?)", en: "{code} missing from this report (row deleted?)" },
  issueUnitConflict: {
    vi: "Ô đơn vị ghi «{typed}», nhưng tệp là mẫu của {unit}: tính cho {unit}; nếu sai, hãy gửi lại đúng mẫu của đơn vị",
    en: "The unit cell shows «{typed}», but the file is {unit}'s template: counted for {unit}; if wrong, resend the unit's own template",
  },
  issueFromHeader: {
    vi: "Trang không có siêu dữ liệu (đã sao chép sang tệp khác): nhận biết theo tiêu đề là báo cáo của {unit}, kỳ {period}",
    en: "Sheet without metadata (copied into another file): recognised from its header as {unit}'s report for {period}",
  },
  issueBlankReporter: { vi: "Chưa ghi người báo cáo", en: "Reporter left blank" },
  issueBlankSubmitted: {
    vi: "Chưa ghi ngày gửi: báo cáo được coi là không ghi ngày",
    en: "Submission date left blank: the report counts as undated",
  },
  issueEmptyReport: { vi: "Đã nhận, chưa nhập số liệu (báo cáo trống)", en: "Received, not filled yet (no figures)" },
  issueConflict: {
    vi: "Hai báo cáo cùng ngày gửi với số liệu khác nhau ({other}): không báo cáo nào được tính; đề nghị đơn vị xác nhận bản đúng",
    en: "Two reports with the same submission date and different figures ({other}): neither is counted; ask the unit which is right",
  },
  issueDuplicateCopy: {
    vi: "Bản trùng của báo cáo {newer} (cùng ngày, cùng số liệu)",
    en: "Duplicate of report {newer} (same date, same figures)",
  },
  issueEmptySuperseded: {
    vi: "Báo cáo trống: báo cáo có số liệu {newer} được tính",
    en: "Empty report: the filled report {newer} is counted",
  },
  // Finding files (ttx consolidate folders, picked files): one issue per file that is not a readable report.
  kind_unsupported_format: { vi: "Định dạng không đọc được", en: "Unreadable format" },
  kind_skipped_file: { vi: "Tệp bỏ qua", en: "Skipped file" },
  kind_other_file: { vi: "Không phải bảng tính", en: "Not a spreadsheet" },
  issueUnsupportedFormat: {
    vi: "Đã nhận, định dạng không đọc được ({format}) — hãy lưu lại thành .xlsx (Tệp → Lưu thành → Sổ làm việc Excel) rồi gửi lại",
    en: "Received, unreadable format ({format}) — save it as .xlsx (File → Save As → Excel Workbook) and send it again",
  },
  issueLockFile: {
    vi: "Tệp khoá của Excel/LibreOffice (sổ đang mở ở máy khác), bỏ qua: báo cáo là tệp cùng tên bên cạnh",
    en: "Excel/LibreOffice lock file (the workbook is open on another computer), skipped: the report is the file of the same name beside it",
  },
  issueEmptyFile: {
    vi: "Tệp rỗng (0 byte), bỏ qua: đề nghị đơn vị gửi lại",
    en: "Empty file (0 bytes), skipped: ask the unit to send it again",
  },
  issueMacMetadata: {
    vi: "Tệp phụ do macOS tạo khi chép tệp (tên bắt đầu bằng ._), không phải báo cáo, bỏ qua",
    en: "Companion file macOS writes when copying (name starting with ._), not a report, skipped",
  },
  issueOtherFile: {
    vi: "Đã nhận, không phải bảng tính ({format}): không tổng hợp; nếu đây là báo cáo, đề nghị gửi bản .xlsx",
    en: "Received, not a spreadsheet ({format}): not consolidated; if it is a report, ask for the .xlsx",
  },
  issueNotRegularFile: {
    vi: "Không phải tệp thường (FIFO, thiết bị…): không mở, không tổng hợp",
    en: "Not a regular file (a FIFO, a device…): not opened, not consolidated",
  },
  issueBrokenLink: {
    vi: "Liên kết không trỏ tới tệp nào (hoặc vòng lặp): không tổng hợp",
    en: "A link to nothing (or round a loop): not consolidated",
  },
  issueCannotOpen: { vi: "Không mở được tệp hoặc thư mục này: {reason}", en: "Could not open this file or folder: {reason}" },
  cliInputMissing: { vi: "Không tìm thấy tệp hoặc thư mục: {inputs}", en: "No such file or folder: {inputs}" },
  cliPeriodNotCanonical: {
    vi: 'Kỳ báo cáo "{got}" chưa viết đúng dạng: có phải ý bạn là {want}? (viết đúng 2025-H1 hoặc 2025-annual)',
    en: 'Period "{got}" is not written in the expected form: did you mean {want}? (write exactly 2025-H1 or 2025-annual)',
  },
  cliNothingAccepted: {
    vi: "Không có dòng nào được chấp nhận (mã thoát 3): xem trang “{sheet}” trong {file}",
    en: "Nothing was accepted (exit code 3): see the “{sheet}” sheet in {file}",
  },
  kind_dong_amount: { vi: "Số tiền có thể tính bằng đồng", en: "Amount possibly in đồng" },
  issueDongAmount: {
    vi: "Số {value} ở ô {cell} trong cột tỷ đồng: có thể đã nhập bằng đồng (= {billions} tỷ?); số vẫn được tính như đã nhập, nếu là đồng hãy sửa thành tỷ đồng",
    en: "{value} in cell {cell}, a column in billion đồng: it may have been typed in đồng (= {billions} billion?); it counts as typed; if it is in đồng, enter it in billions",
  },
  issueAmbiguousDate: {
    vi: "Ngày gửi “{got}” có thể là {dayFirst} hoặc {monthFirst}: nhập ngày dạng dd/mm/yyyy có số 0 (05/06/2025); đến lúc đó báo cáo được tính là không ghi ngày",
    en: "Submission date “{got}” may be {dayFirst} or {monthFirst} (day/month): enter it as dd/mm/yyyy with zeros (05/06/2025); until then the report counts as undated",
  },
  cliSampleUsage: {
    vi: "Cách dùng: ttx sample --units <số> --period <2025-H1|2025-annual> -o <thư mục> [--seed <số>]",
    en: "Usage: ttx sample --units <n> --period <2025-H1|2025-annual> -o <folder> [--seed <n>]",
  },
  paneNothingToConsolidate: {
    vi: "Chưa có gì để tổng hợp: chọn các trang trong sổ này hoặc thêm tệp báo cáo.",
    en: "Nothing to consolidate: tick this workbook's sheets or add report files.",
  },
  paneCancelling: { vi: "Đang dừng…", en: "Stopping…" },
  paneCancelled: { vi: "Đã dừng; sổ không thay đổi.", en: "Stopped; the workbook is unchanged." },
  paneConsolidateFailed: {
    vi: "Không tổng hợp được; sổ không thay đổi. Hãy thử lại, hoặc dùng lệnh ttx consolidate với các tệp báo cáo.",
    en: "Consolidation failed; the workbook is unchanged. Try again, or use ttx consolidate with the report files.",
  },
  cliProgress: { vi: "{done}/{total} tệp", en: "{done}/{total} files" },
  cliConsolidateUsage: {
    vi: "Cách dùng: ttx consolidate <thư mục|tệp…> --period <2025-H1|2025-annual> -o <tong-hop.xlsx>",
    en: "Usage: ttx consolidate <folder|files…> --period <2025-H1|2025-annual> -o <consolidated.xlsx>",
  },
  cliNoInputs: { vi: "Không tìm thấy tệp .xlsx nào trong: {inputs}", en: "No .xlsx files found in: {inputs}" },
  issueHiddenSheet: {
    vi: "Trang báo cáo đang bị ẩn nên không được tính: nếu cần tính, bỏ ẩn trang (chuột phải vào tên một trang → Bỏ ẩn) rồi tổng hợp lại",
    en: "The report sheet is hidden, so it does not count: if it should, unhide it (right-click a sheet tab → Unhide) and consolidate again",
  },
  issueBadDate: {
    vi: "Ngày gửi “{got}” không đọc được hoặc từ {after} trở về trước: nhập ngày dạng dd/mm/yyyy; đến lúc đó báo cáo được tính là không ghi ngày",
    en: "Submission date “{got}” cannot be read or is on or before {after}: enter it as dd/mm/yyyy; until then the report counts as undated",
  },
  issueMerged: {
    vi: "Ô nhập liệu {cells} nằm trong vùng gộp ô nên không rõ số liệu thuộc cột nào: bỏ gộp ô (Trang đầu → Gộp và căn giữa → Bỏ gộp ô) rồi nhập lại từng ô",
    en: "Entry cells {cells} are in a merged range, so the figure belongs to no single column: unmerge (Home → Merge & Center → Unmerge Cells) and enter each cell again",
  },
  issueColumnsChanged: {
    vi: "Cột của mẫu đã bị đổi (ô {cell} phải là “{want}”, đang là “{got}”): số liệu có thể nằm sai cột; dùng mẫu mới và chép lại số liệu",
    en: "The template's columns were changed (cell {cell} should read “{want}”, reads “{got}”): figures may sit in the wrong column; use a fresh template and copy the figures",
  },
  issueEncrypted: {
    vi: "Tệp được đặt mật khẩu nên không đọc được: gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi gửi lại",
    en: "The file is password-protected and cannot be read: remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and send it again",
  },
  issueTooLarge: {
    vi: "Tệp giải nén ra hơn {limit} MB, quá lớn với một báo cáo: kiểm tra lại tệp (có thể chứa ảnh hoặc dữ liệu không liên quan)",
    en: "The file unpacks to more than {limit} MB, too large for a report: check it (it may hold images or unrelated data)",
  },
  issueZipBomb: {
    vi: "Tệp nén bất thường (một phần giải nén gấp {ratio} lần): không mở để tránh làm treo máy; đề nghị đơn vị gửi lại tệp lưu từ Excel",
    en: "Abnormal compression (one part unpacks {ratio} times larger): not opened, to protect the machine; ask the unit to resend a file saved from Excel",
  },
  issueNoSheets: {
    vi: "Tệp không có trang tính nào hiển thị: không có báo cáo để đọc",
    en: "The file has no visible worksheet: there is no report to read",
  },
  issueUnreadable: {
    vi: "Không đọc được tệp (không phải .xlsx hợp lệ): {reason}",
    en: "Could not read the file (not a valid .xlsx): {reason}",
  },
  // Per-file read limits (src/xlsx/limits.ts)
  issueFileTooBig: {
    vi: "Tệp quá lớn: {size} MB (giới hạn {limit} MB một tệp), không mở để tránh làm treo máy: kiểm tra lại tệp (có thể chứa ảnh hoặc dữ liệu không liên quan)",
    en: "Too large: {size} MB (limit {limit} MB per file), not opened, to protect the machine: check the file (it may hold images or unrelated data)",
  },
  issuePartTooLarge: {
    vi: "Tệp quá lớn: {part} giải nén ra hơn {limit} MB (giới hạn một trang tính hoặc một phần của tệp), ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
    en: "Too large: {part} unpacks to more than {limit} MB (the limit for one sheet or part), reading stopped, to protect the machine: ask the unit to send the report sheet alone",
  },
  issueTooManyStrings: {
    vi: "Tệp quá lớn: {count} chuỗi văn bản (giới hạn {limit} một tệp), ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
    en: "Too large: {count} shared strings (limit {limit} per file), reading stopped, to protect the machine: ask the unit to send the report sheet alone",
  },
  issueTooMuchText: {
    vi: "Tệp quá lớn: {count} ký tự văn bản (giới hạn {limit} một tệp), ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
    en: "Too large: {count} characters of text (limit {limit} per file), reading stopped, to protect the machine: ask the unit to send the report sheet alone",
  },
  issueTooManyCells: {
    vi: "Tệp quá lớn: {count} ô trên trang “{sheet}” (giới hạn {limit} ô một trang), ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
    en: "Too large: {count} cells on sheet “{sheet}” (limit {limit} per sheet), reading stopped, to protect the machine: ask the unit to send the report sheet alone",
  },
  issueTooManyCellsFile: {
    vi: "Tệp quá lớn: {count} ô (giới hạn {limit} ô một tệp, tới trang “{sheet}”), ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
    en: "Too large: {count} cells (limit {limit} per file, reached on sheet “{sheet}”), reading stopped, to protect the machine: ask the unit to send the report sheet alone",
  },
  issueTooManyMerged: {
    vi: "Tệp quá lớn: {count} vùng gộp ô (giới hạn {limit} một tệp, tới trang “{sheet}”), ngừng đọc để tránh làm treo máy: đề nghị đơn vị bỏ gộp ô hoặc chỉ gửi trang báo cáo",
    en: "Too large: {count} merged ranges (limit {limit} per file, reached on sheet “{sheet}”), reading stopped, to protect the machine: ask the unit to unmerge them or send the report sheet alone",
  },
  issueTooManySheets: {
    vi: "Tệp quá lớn: {count} trang tính (giới hạn {limit} một tệp), ngừng đọc để tránh làm treo máy: đề nghị đơn vị chỉ gửi trang báo cáo",
    en: "Too large: {count} sheets (limit {limit} per file), reading stopped, to protect the machine: ask the unit to send the report sheet alone",
  },
  issueTooManyRows: {
    vi: "Tệp quá lớn: các trang báo cáo kéo dài tổng cộng {count} dòng (giới hạn {limit} dòng một tệp), ngừng đọc để tránh làm treo máy: xóa các dòng thừa ở cuối trang rồi gửi lại",
    en: "Too large: the report sheets run to {count} rows in all (limit {limit} per file), reading stopped, to protect the machine: delete the stray rows at the foot of the sheets and send it again",
  },
  issueBeyondGrid: {
    vi: "Trang “{sheet}” có vùng {cell} nằm ngoài lưới của Excel (1.048.576 dòng × 16.384 cột): tệp không do Excel lưu; đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại",
    en: "Sheet “{sheet}” reaches {cell}, outside Excel's grid (1,048,576 rows × 16,384 columns): the file was not saved by Excel; ask the unit to open it in Excel, save it and send it again",
  },
  issueNotAnAddress: {
    vi: "Trang “{sheet}” có giá trị ở ô mang địa chỉ “{cell}”, không phải địa chỉ ô: tệp không do Excel lưu và không biết giá trị nằm ở ô nào; đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại",
    en: "Sheet “{sheet}” holds a value in a cell addressed “{cell}”, which is not a cell address: the file was not saved by Excel and the value's place is unknown; ask the unit to open it in Excel, save it and send it again",
  },
  // CLI
  cliUsage: {
    vi: "Cách dùng: ttx catalog [--json|--csv] [-o <tệp>]",
    en: "Usage: ttx catalog [--json|--csv] [-o <file>]",
  },
  cliTemplateUsage: {
    vi: "Cách dùng: ttx template <nhóm|--all> --unit <mã đơn vị> --period <2025-H1|2025-annual> [--all-rows] [--lang en] -o <tệp.xlsx|thư mục>",
    en: "Usage: ttx template <group|--all> --unit <unit id> --period <2025-H1|2025-annual> [--all-rows] [--lang en] -o <file.xlsx|folder>",
  },
  cliNoSheetForGroup: { vi: "Bỏ qua: {reason}", en: "Skipped: {reason}" },
  cliNoRowsAtAll: {
    vi: "{unit} không chủ trì hay phối hợp hạng mục nào của Kế hoạch vào ngày hạn báo cáo: không có mẫu để tạo (dùng --all-rows để lấy mọi hàng)",
    en: "{unit} neither leads nor coordinates any item of the plan on the due date: no template to make (use --all-rows for every row)",
  },
  cliTemplateUnitsUsage: {
    vi: "Tệp cho nhiều đơn vị (như nút “Tạo tệp cho các đơn vị” của add-in): ttx template --all --unit <mã,mã…|all> --period <kỳ> [--all-rows] [--lang en] -o <thư mục|tệp.zip>",
    en: "Files for several units (as the add-in's “Make files for units”): ttx template --all --unit <id,id…|all> --period <period> [--all-rows] [--lang en] -o <folder|file.zip>",
  },
  cliUnitsNeedFolder: {
    vi: "Nhiều đơn vị thì mỗi đơn vị một tệp: -o phải là một thư mục hoặc một tệp .zip",
    en: "Several units make one file each: -o must be a folder or a .zip file",
  },
  cliNoFileForUnits: {
    vi: "Không có tệp cho: {units} (không chủ trì hay phối hợp hạng mục nào vào ngày hạn báo cáo; dùng --all-rows để lấy mọi hàng)",
    en: "No file for: {units} (no item led or coordinated on the due date; use --all-rows for every row)",
  },
  cliMissingOption: { vi: "Thiếu tùy chọn {option}", en: "Missing option {option}" },
  cliBadLang: { vi: 'Ngôn ngữ "{got}" không hợp lệ: dùng vi hoặc en', en: 'Invalid language "{got}": use vi or en' },
  cliUnknownCommand: {
    vi: 'Lệnh "{command}" không tồn tại. Các lệnh: {commands}',
    en: 'Unknown command "{command}". Commands: {commands}',
  },
  cliUnknownOption: {
    vi: 'Tùy chọn "{option}" không hợp lệ cho lệnh {command}',
    en: 'Invalid option "{option}" for command {command}',
  },
  cliConflictingFormats: {
    vi: "Chỉ chọn một định dạng: --json hoặc --csv",
    en: "Choose one format only: --json or --csv",
  },
  cliMissingValue: {
    vi: "Tùy chọn {option} cần một giá trị",
    en: "Option {option} needs a value",
  },
  cliWriteFailed: {
    vi: 'Không ghi được tệp "{file}": {reason}',
    en: 'Could not write file "{file}": {reason}',
  },
  cliWrote: {
    vi: 'Đã ghi {count} dòng vào "{file}"',
    en: 'Wrote {count} rows to "{file}"',
  },
  // CLI: output safety, interruption, full disks, arguments
  cliOutputNotFile: {
    vi: 'Không ghi vào "{file}": đường dẫn này đã có và không phải một tệp thường ({kind}); không đụng tới nó, hãy chọn tên tệp khác',
    en: 'Not writing to "{file}": it exists and is not a regular file ({kind}); it was left untouched, choose another file name',
  },
  cliKindFolder: { vi: "thư mục", en: "a folder" },
  cliKindSymlink: { vi: "liên kết tượng trưng (symlink)", en: "a symbolic link" },
  cliKindFifo: { vi: "ống FIFO", en: "a FIFO" },
  cliKindDevice: { vi: "thiết bị", en: "a device" },
  cliKindSocket: { vi: "socket", en: "a socket" },
  cliOutputIsInput: {
    vi: 'Tệp kết quả "{file}" là một trong các tệp đầu vào: không ghi đè báo cáo; chọn tên khác cho -o',
    en: 'The output "{file}" is one of the input files: a report is never overwritten; choose another name for -o',
  },
  cliOutputInInputFolder: {
    vi: 'Tệp kết quả "{file}" nằm trong thư mục đầu vào "{folder}", nơi lần tổng hợp sau sẽ đọc lại nó: hãy ghi ra ngoài thư mục đó',
    en: 'The output "{file}" lies inside the input folder "{folder}", where the next consolidation would read it again: write it outside that folder',
  },
  cliNotAFolder: {
    vi: '"{folder}" đã có và không phải thư mục: chọn tên thư mục khác',
    en: '"{folder}" exists and is not a folder: choose another folder name',
  },
  cliFolderMissing: {
    vi: 'Không ghi được "{file}": thư mục "{folder}" không tồn tại; tạo thư mục trước hoặc chọn nơi khác',
    en: 'Could not write "{file}": the folder "{folder}" does not exist; create it first or choose another place',
  },
  cliNoWriteAccess: {
    vi: 'Không được phép ghi vào thư mục "{folder}" ({code}): không ghi gì; chọn thư mục khác',
    en: 'Not allowed to write in the folder "{folder}" ({code}): nothing written; choose another folder',
  },
  cliDiskFull: {
    vi: 'Ổ đĩa chứa thư mục "{folder}" đã đầy: đã dừng ghi "{file}" ngay lỗi đầu tiên, không để lại tệp ghi dở, tệp cũ (nếu có) giữ nguyên; giải phóng chỗ trống hoặc ghi ra nơi khác',
    en: 'The disk holding the folder "{folder}" is full: stopped writing "{file}" at the first error, nothing half-written is left and an earlier file, if any, is unchanged; free some space or write elsewhere',
  },
  cliTempFull: {
    vi: 'Thư mục tạm "{folder}" đã đầy hoặc không ghi được ({code}): đã dừng ngay lỗi đầu tiên, không ghi tệp kết quả; giải phóng chỗ trống hoặc đặt biến TMPDIR sang thư mục khác',
    en: 'The temporary folder "{folder}" is full or cannot be written ({code}): stopped at the first error, no output written; free some space or set TMPDIR to another folder',
  },
  cliFileError: { vi: 'Lỗi tệp "{file}": {reason}', en: 'File error "{file}": {reason}' },
  cliInterrupted: {
    vi: "Đã dừng ({signal}): đã xoá tệp tạm, không tệp nào bị ghi dở; tệp kết quả cũ (nếu có) giữ nguyên",
    en: "Stopped ({signal}): temporary files removed, nothing half-written; an earlier output, if any, is unchanged",
  },
  cliWorkerDied: {
    vi: "Tiến trình tổng hợp dừng đột ngột ({signal}): đã xoá tệp tạm; tệp kết quả cũ (nếu có) giữ nguyên",
    en: "The consolidation process stopped abruptly ({signal}): temporary files removed; an earlier output, if any, is unchanged",
  },
  cliPeriodRead: { vi: 'Kỳ báo cáo "{got}" được hiểu là {want}', en: 'Period "{got}" read as {want}' },
  cliSampleUsageMax: {
    vi: "Cách dùng: ttx sample --units <1–{max}> --period <2025-H1|2025-annual> -o <thư mục mới hoặc trống> [--all-groups] [--seed <số>]",
    en: "Usage: ttx sample --units <1–{max}> --period <2025-H1|2025-annual> -o <new or empty folder> [--all-groups] [--seed <n>]",
  },
  cliBadUnits: {
    vi: '--units phải là một số nguyên dương viết thường, từ 1 đến {max}: nhận "{got}"',
    en: '--units must be a plain positive whole number from 1 to {max}: got "{got}"',
  },
  cliSampleTargetExists: {
    vi: '"{folder}" đã có và không phải thư mục trống: ttx sample chỉ ghi vào thư mục mới hoặc trống, để không lẫn với hay ghi đè báo cáo thật',
    en: '"{folder}" exists and is not an empty folder: ttx sample writes only into a new or empty folder, so it never mixes with or overwrites real reports',
  },
  cliSampleFewerUnits: {
    vi: "Kỳ {period} chỉ có {count} đơn vị báo cáo (yêu cầu {asked})",
    en: "{period} has only {count} reporting units ({asked} asked)",
  },
  // Task pane (one language at a time: the user's choice, by default Office's display language).
  uiTitle: { vi: "Tăng trưởng xanh", en: "Green growth" },
  uiSubtitle: { vi: "Kế hoạch hành động 337/QĐ-UBND · tỉnh Cao Bằng", en: "Action Plan 337/QĐ-UBND · Cao Bằng province" },
  uiLanguage: { vi: "Ngôn ngữ", en: "Language" },
  uiTabs: { vi: "Chức năng", en: "Features" },
  uiTabTemplates: { vi: "Mẫu báo cáo", en: "Templates" },
  uiTabCheck: { vi: "Kiểm tra", en: "Check" },
  uiTabConsolidate: { vi: "Tổng hợp", en: "Consolidate" },
  uiTabPlan: { vi: "Kế hoạch", en: "Plan" },
  uiPeriodKind: { vi: "Kỳ báo cáo", en: "Reporting period" },
  uiPeriodH1: { vi: "6 tháng (hạn 05/6)", en: "Six-month (due 5 June)" },
  uiPeriodAnnual: { vi: "Cả năm (hạn 05/12)", en: "Annual (due 5 December)" },
  uiYear: { vi: "Năm", en: "Year" },
  uiBadYear: { vi: "Nhập năm từ 2017 đến 2100", en: "Enter a year from 2017 to 2100" },
  uiUnit: { vi: "Đơn vị báo cáo", en: "Reporting unit" },
  uiGroup: { vi: "Nhóm nhiệm vụ", en: "Task group" },
  uiTemplateLang: { vi: "Ngôn ngữ của mẫu", en: "Template language" },
  uiTemplatesIntro: {
    vi: "Chèn mẫu báo cáo chuẩn vào sổ này: các hạng mục đơn vị chủ trì, rồi các hạng mục phối hợp. Ô kế hoạch được khóa; chỉ nhập vào các ô màu vàng rồi bấm Kiểm tra.",
    en: "Inserts the standard report template into this workbook: the items your unit leads, then those it coordinates. Plan cells are locked; enter figures in the yellow cells, then Check.",
  },
  uiInsert: { vi: "Chèn mẫu", en: "Insert template" },
  uiInserted: { vi: "Đã chèn {count} trang tính: {sheets}", en: "Inserted {count} sheet(s): {sheets}" },
  uiAllRows: {
    vi: "Mọi hạng mục của nhóm (kể cả hạng mục đơn vị không tham gia)",
    en: "Every item of the group (including those the unit has no part in)",
  },
  uiNoSheetFor: { vi: "Không có trang cho: {groups}", en: "No sheet for: {groups}" },
  uiUnitFilesTitle: { vi: "Tạo tệp cho các đơn vị", en: "Make files for units" },
  uiUnitFilesIntro: {
    vi: "Mỗi đơn vị một tệp .xlsx, có một trang cho mỗi nhóm nhiệm vụ đơn vị chủ trì hoặc phối hợp. Đơn vị điền vào ô màu vàng bằng bất kỳ phần mềm bảng tính nào, lưu dạng .xlsx rồi gửi lại.",
    en: "One .xlsx file per unit, with a sheet for each task group it leads or coordinates. The unit fills the yellow cells in any spreadsheet program, saves as .xlsx and sends it back.",
  },
  uiUnitFilesUnits: { vi: "Đơn vị ({chosen}/{total} được chọn)", en: "Units ({chosen} of {total} chosen)" },
  uiUnitFilesReporting: { vi: "Các đơn vị phải báo cáo kỳ này", en: "Units that report this period" },
  uiUnitFilesNone: { vi: "Bỏ chọn tất cả", en: "Clear all" },
  uiUnitFilesNoRows: { vi: "(không có hạng mục kỳ này)", en: "(no item this period)" },
  uiUnitFilesZip: { vi: "Tải về tệp .zip", en: "Download .zip" },
  uiUnitFilesOpen: { vi: "Mở từng tệp trong Excel", en: "Open each file in Excel" },
  uiUnitFilesMaking: { vi: "Đã tạo {done}/{total} tệp…", en: "{done} of {total} files made…" },
  uiUnitFilesNoUnit: { vi: "Chưa chọn đơn vị nào", en: "No unit chosen" },
  uiUnitFilesDownloaded: {
    vi: "Đã tạo {count} tệp trong “{zip}”. Giải nén và gửi mỗi đơn vị tệp mang mã của đơn vị đó.",
    en: "Made {count} file(s) in “{zip}”. Unzip it and send each unit the file with its id.",
  },
  uiUnitFilesOpened: {
    vi: "Đã mở {count} tệp thành sổ làm việc mới. Lưu từng sổ (Tệp › Lưu bản sao) với tên: {names}",
    en: "Opened {count} file(s) as new workbooks. Save each one (File › Save a copy) as: {names}",
  },
  uiUnitFilesSkipped: {
    vi: "Không có tệp cho: {units} (không chủ trì hay phối hợp hạng mục nào vào ngày hạn báo cáo)",
    en: "No file for: {units} (no item led or coordinated on the due date)",
  },
  uiUnitFilesNothing: {
    vi: "Không đơn vị nào được chọn có hạng mục trong kỳ này: không có tệp nào. Chọn “Mọi hạng mục của nhóm” để tạo tệp có mọi hàng.",
    en: "None of the chosen units has an item this period: no file made. Tick “Every item of the group” for files with every row.",
  },
  uiUnitFilesCancelled: { vi: "Đã dừng; không có tệp nào được tạo.", en: "Stopped; no file was made." },
  uiUnitFilesCancelling: { vi: "Đang dừng…", en: "Stopping…" },
  uiUnitFilesFailed: { vi: "Không tạo được tệp.", en: "Could not make the files." },
  uiUnitFilesNoDownload: {
    vi: "Excel trên máy Mac (và iPad) không cho add-in tải tệp về. Dùng “Mở từng tệp trong Excel” rồi lưu từng sổ, hoặc mở add-in trong Excel trên web (trình duyệt) để tải tệp .zip.",
    en: "Excel on Mac (and iPad) does not let add-ins download files. Use “Open each file in Excel” and save each workbook, or open the add-in in Excel on the web (a browser) to download the .zip.",
  },
  uiUnitFilesNoOpen: {
    vi: "Excel này không mở được sổ làm việc mới từ add-in (cần ExcelApi 1.8) và không cho tải tệp về: dùng Excel trên web, hoặc lệnh ttx template --all --unit all của bộ công cụ.",
    en: "This Excel can neither open new workbooks from an add-in (ExcelApi 1.8 needed) nor download files: use Excel on the web, or the tool's ttx template --all --unit all command.",
  },
  uiCheckIntro: {
    vi: "Kiểm tra trang báo cáo đang mở theo các chỉ tiêu của Kế hoạch (cùng quy tắc với hàm TTX.CHECK) trước khi gửi.",
    en: "Checks the open report sheet against the plan's targets (the same rules as TTX.CHECK) before you send it.",
  },
  uiCheckRun: { vi: "Kiểm tra trang đang mở", en: "Check the open sheet" },
  uiChecking: { vi: "Đang kiểm tra…", en: "Checking…" },
  uiCheckNotTemplate: {
    vi: "Trang “{sheet}” không phải mẫu báo cáo TTX. Mở một trang báo cáo (chèn ở thẻ Mẫu báo cáo) rồi kiểm tra lại.",
    en: "Sheet “{sheet}” is not a TTX report template. Open a report sheet (insert one on the Templates tab), then check again.",
  },
  uiCheckClean: {
    vi: "Trang “{sheet}”: {rows} dòng, không có vấn đề. Có thể gửi báo cáo.",
    en: "Sheet “{sheet}”: {rows} rows, no problems. Ready to send.",
  },
  uiCheckEmpty: {
    vi: "Trang “{sheet}”: chưa nhập số liệu ({rows} dòng đều trống). Nhập số liệu rồi kiểm tra lại trước khi gửi.",
    en: "Sheet “{sheet}”: not filled yet (all {rows} rows are blank). Fill in the figures and check again before sending.",
  },
  uiCheckProblems: {
    vi: "Trang “{sheet}”: {rows} dòng; {rejected} dòng cần sửa, {warnings} cảnh báo. Bấm vào một vấn đề để đến ô đó.",
    en: "Sheet “{sheet}”: {rows} rows; {rejected} to fix, {warnings} warning(s). Click a problem to go to its cell.",
  },
  uiCheckFailed: {
    vi: "Không đọc được trang đang mở. Hãy thử lại; nếu vẫn lỗi, lưu sổ, mở lại rồi kiểm tra.",
    en: "Could not read the open sheet. Try again; if it still fails, save, reopen the workbook and check again.",
  },
  uiMustFix: { vi: "Cần sửa", en: "Fix" },
  uiWarning: { vi: "Cảnh báo", en: "Warning" },
  uiGoToCell: { vi: "Đến ô {cell}", en: "Go to cell {cell}" },
  uiConsolidateIntro: {
    vi: "Dành cho Sở Tài chính (trước đây Sở KH&ĐT): tổng hợp báo cáo của các đơn vị thành các trang Tổng hợp, Chi tiết, Nộp báo cáo, Vấn đề, Thuyết minh.",
    en: "For the Department of Finance (formerly Planning and Investment): compiles the units' reports into Summary, Detail, Submissions, Issues and Narratives sheets.",
  },
  uiConWorkbook: { vi: "Các trang báo cáo trong sổ này ({count})", en: "Report sheets in this workbook ({count})" },
  uiConListFailed: {
    vi: "Không đọc được danh sách trang của sổ này. Chuyển sang thẻ khác rồi quay lại để thử lại.",
    en: "Could not list this workbook's sheets. Switch to another tab and back to try again.",
  },
  uiConNoSheets: { vi: "Sổ này chưa có trang báo cáo TTX nào", en: "This workbook has no TTX report sheet" },
  uiConHidden: { vi: "(đang ẩn: được liệt kê, không được tính)", en: "(hidden: listed, not counted)" },
  uiConOtherPeriods: {
    vi: "Trang thuộc kỳ khác với kỳ đã chọn (sẽ bị từ chối vì sai kỳ): {sheets}",
    en: "Sheets of a period other than the one chosen (they will be refused as the wrong period): {sheets}",
  },
  uiConFiles: { vi: "Thêm tệp báo cáo (.xlsx)", en: "Add report files (.xlsx)" },
  uiConChoose: { vi: "Chọn tệp…", en: "Choose files…" },
  uiConSeeIssues: { vi: "Xem lý do từng dòng bị từ chối ở trang {sheet}.", en: "See why each row was rejected on the {sheet} sheet." },
  uiConFilesChosen: { vi: "Đã chọn {count} tệp", en: "{count} file(s) chosen" },
  uiOutputLang: { vi: "Ngôn ngữ của các trang tổng hợp", en: "Language of the consolidated sheets" },
  uiConRun: { vi: "Tổng hợp", en: "Consolidate" },
  uiCancel: { vi: "Dừng", en: "Cancel" },
  uiConsolidating: { vi: "Đang tổng hợp…", en: "Consolidating…" },
  uiConDone: { vi: "Đã tạo các trang: {sheets}", en: "Sheets created: {sheets}" },
  uiConAccepted: { vi: "Dòng được nhận", en: "Rows accepted" },
  uiConRejected: { vi: "Dòng bị từ chối", en: "Rows rejected" },
  uiConUnits: { vi: "Đơn vị đã nộp", en: "Units reported" },
  uiConMissing: { vi: "Đơn vị chưa nộp", en: "Units missing" },
  uiConLate: { vi: "Nộp muộn", en: "Late" },
  uiPlanSearch: { vi: "Tìm theo mã, tên, cơ quan (gõ không dấu cũng được)", en: "Search by code, name or agency" },
  uiPlanKind: { vi: "Loại", en: "Kind" },
  uiPlanAll: { vi: "Tất cả", en: "All" },
  uiPlanKind_target: { vi: "Chỉ tiêu", en: "Targets" },
  uiPlanKind_ghgAction: { vi: "Hoạt động giảm phát thải (Phụ lục I)", en: "GHG actions (Appendix I)" },
  uiPlanKind_project: { vi: "Dự án sản xuất xanh, lối sống xanh", en: "Green production/lifestyle projects" },
  uiPlanKind_task: { vi: "Nhóm nhiệm vụ và nhiệm vụ", en: "Task groups and tasks" },
  uiPlanKind_orgUnit: { vi: "Cơ quan, đơn vị", en: "Agencies and units" },
  uiPlanKind_other: { vi: "Mục tiêu, giải pháp, lĩnh vực", en: "Goals, solutions, sectors" },
  uiPlanCount: { vi: "{shown} trong {total} mục", en: "{shown} of {total} entries" },
  uiPlanMore: { vi: "Chỉ hiện {shown} mục đầu; gõ thêm để thu hẹp.", en: "Showing the first {shown}; type more to narrow down." },
  uiPlanNone: { vi: "Không có mục nào khớp “{query}”.", en: "Nothing matches “{query}”." },
  uiPlanTarget: { vi: "Mục tiêu", en: "Target" },
  uiPlanMilestones: { vi: "Mốc", en: "Milestones" },
  uiPlanBudget: { vi: "Kinh phí", en: "Budget" },
  uiPlanBudgetValue: { vi: "{value} tỷ đồng", en: "VND {value} billion" },
  uiPlanReduction: { vi: "Giảm phát thải đến 2030", en: "GHG reduction by 2030" },
  uiPlanReductionValue: { vi: "{value} nghìn tấn CO₂", en: "{value} thousand tCO₂" },
  uiPlanLead: { vi: "Cơ quan chủ trì", en: "Lead agency" },
  uiPlanSource: { vi: "Nguồn", en: "Source" },
  uiStartFailed: {
    vi: "Phần bổ trợ chưa khởi động được. Đóng ngăn này rồi mở lại; nếu vẫn lỗi, tải lại trang Excel.",
    en: "The add-in could not start. Close this pane and open it again; if it still fails, reload Excel.",
  },
  // Starting the pane (src/taskpane/boot.ts): what went wrong and what to do, shown in both languages.
  bootTitle: { vi: "Phần bổ trợ Tăng trưởng xanh chưa chạy được", en: "The Green Growth add-in cannot run" },
  bootNoOfficeJs: {
    vi: "Không tải được thư viện Office (office.js) từ máy chủ của Microsoft (https://appsforoffice.microsoft.com), cũng không tải được bản dự phòng trên máy chủ của phần bổ trợ. Kiểm tra kết nối mạng; đề nghị bộ phận CNTT cho phép truy cập https://appsforoffice.microsoft.com qua proxy và tường lửa; rồi đóng ngăn này và mở lại.",
    en: "The Office library (office.js) could not be loaded from Microsoft's server (https://appsforoffice.microsoft.com), nor the backup copy on the add-in's server. Check the network connection; ask IT to allow https://appsforoffice.microsoft.com through the proxy and firewall; then close this pane and open it again.",
  },
  bootNotReady: {
    vi: "Office chưa sẵn sàng sau {seconds} giây. Trang này phải được mở từ Excel (thẻ Trang đầu → Tăng trưởng xanh), không mở trực tiếp trong trình duyệt. Nếu đang ở trong Excel: đóng ngăn này và mở lại; nếu vẫn vậy, khởi động lại Excel.",
    en: "Office is not ready after {seconds} seconds. This page must be opened from Excel (Home tab → Green Growth), not directly in a browser. If you are in Excel: close this pane and open it again; if that does not help, restart Excel.",
  },
  bootNotExcel: {
    vi: "Trang này đang mở ngoài Excel. Chèn mẫu, kiểm tra và tổng hợp chỉ làm được khi mở phần bổ trợ trong Excel (Microsoft 365, Excel 2021 trở lên, Excel trên web); thẻ Kế hoạch vẫn xem được ở đây.",
    en: "This page is open outside Excel. Inserting templates, checking and consolidating work only with the add-in opened in Excel (Microsoft 365, Excel 2021 or later, Excel on the web); the Plan tab can still be browsed here.",
  },
  bootOldExcel: {
    vi: "Phiên bản Excel này không chạy được phần bổ trợ (thiếu {sets}). Cần Microsoft 365, Excel 2021 (phiên bản 2108 trở lên), Excel trên web, hoặc Excel cho Mac 16.35 trở lên: đề nghị bộ phận CNTT cập nhật Office. Trong khi chờ, có thể dùng tệp mẫu báo cáo .xlsx do đầu mối gửi.",
    en: "This version of Excel cannot run the add-in (it lacks {sets}). It needs Microsoft 365, Excel 2021 (version 2108 or later), Excel on the web, or Excel for Mac 16.35 or later: ask IT to update Office. Meanwhile, the .xlsx report templates sent by the focal department can be filled in.",
  },
  bootHelp: { vi: "Hướng dẫn và hỗ trợ", en: "Help and support" },
  paneNeedsExcel: {
    vi: "Chỉ làm được khi phần bổ trợ mở trong Excel",
    en: "Only possible with the add-in opened in Excel",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

export function t(key: MessageKey, params: MessageParams = {}, lang: Lang = "vi"): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "Vietnamese · English": for places with no language setting (Excel error tooltips, CLI stderr). */
export function bilingual(key: MessageKey, params: MessageParams = {}): string {
  return `${t(key, params, "vi")} · ${t(key, params, "en")}`;
}
