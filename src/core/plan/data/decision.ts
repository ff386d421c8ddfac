/** Decision metadata, phases, reporting calendar and reviews (Điều 1 IV, Điều 2). */
import type { DecisionT } from "../schema";

export const DECISION: DecisionT = {
  number: "337/QĐ-UBND",
  issuer: "Ủy ban nhân dân tỉnh Cao Bằng",
  signedOn: "2018-04-04",
  titleVi: "Phê duyệt Kế hoạch hành động Tăng trưởng xanh tỉnh Cao Bằng giai đoạn 2017-2020, tầm nhìn đến năm 2030",
  titleEn: "Approving the Cao Bằng Green Growth Action Plan for 2017–2020, with a vision to 2030",
  signer: "Hoàng Xuân Ánh (Chủ tịch UBND tỉnh)",
  proposedBy: "SO_KHDT",
  focalPoint: "SO_KHDT",
  legalBases: [
    "Luật Tổ chức Chính quyền địa phương ngày 19/6/2015",
    "Quyết định số 1393/QĐ-TTg ngày 25/9/2012 (Chiến lược quốc gia về tăng trưởng xanh 2011-2020)",
    "Quyết định số 403/QĐ-TTg ngày 20/3/2014 (Kế hoạch hành động quốc gia về tăng trưởng xanh 2014-2020)",
    "Quyết định số 2167/QĐ-UBND ngày 11/11/2016 (Ban chỉ đạo và Tổ công tác liên ngành TTX tỉnh Cao Bằng)",
  ],
  phases: [
    { id: "2017-2020", start: 2017, end: 2020, source: "Tên Quyết định; Điều 1, III.2.1" },
    { id: "2021-2030", start: 2021, end: 2030, source: "Tên Quyết định; Điều 1, III.2.2" },
  ],
  reportingPeriods: [
    {
      id: "H1",
      nameVi: "Báo cáo 6 tháng",
      nameEn: "Six-month report",
      dueMonth: 6,
      dueDay: 5,
      source: "Điều 1, IV.11, đoạn cuối (thời hạn gửi báo cáo trước ngày 05/6 hàng năm)",
    },
    {
      id: "annual",
      nameVi: "Báo cáo cả năm",
      nameEn: "Annual report",
      dueMonth: 12,
      dueDay: 5,
      source: "Điều 1, IV.11, đoạn cuối (thời hạn gửi báo cáo trước ngày 05/12 hàng năm)",
    },
  ],
  reviews: [
    { kind: "midterm", year: 2020, source: "Điều 1, IV.1, ý 2 (giữa kỳ vào năm 2020)" },
    { kind: "final", year: 2030, source: "Điều 1, IV.1, ý 2 (tổng kết vào cuối năm 2030)" },
    { kind: "five_yearly", year: null, source: "Điều 1, IV.1, ý 2 (sơ kết 5 năm/lần)" },
  ],
  source: "Quyết định 337/QĐ-UBND ngày 04/4/2018, phần đầu và Điều 1",
};
