/**
 * How the units' figures for one plan item combine into the province's figure (docs/aggregation.md).
 * The rule follows from what the item is measured in (the unit of its first milestone, the figure the template's
 * result cell stands for), with the few items whose target means something else listed below with their reason.
 * Text rows (task-group activities, projects) combine nothing. Budget disbursed is always the sum of the units'
 * own spending (a coordinating unit reports its own spending only, never the lead's).
 */
import type { AggregationOverrideT, UnitAggregationT } from "../schema";

export const AGGREGATION_BY_UNIT: UnitAggregationT[] = [
  {
    unit: "percent",
    rule: "lead",
    reasonVi:
      "Tỷ lệ của cả tỉnh (một tỷ lệ không cộng được): số của đơn vị chủ trì, đơn vị theo dõi chỉ tiêu, là số của tỉnh; tỷ lệ của đơn vị phối hợp chỉ tính trên phạm vi của đơn vị đó.",
    reasonEn:
      "A provincial share (shares do not add up): the lead unit, which monitors the target, gives the province's figure; a coordinating unit's share covers its own scope only.",
  },
  {
    unit: "times_baseline",
    rule: "lead",
    reasonVi: "Hệ số so với hiện nay của cả tỉnh: không cộng được, lấy số của đơn vị chủ trì.",
    reasonEn: "A province-wide multiple of today's level: it does not add up; the lead unit's figure is the province's.",
  },
  {
    unit: "ha",
    rule: "sum",
    reasonVi: "Diện tích mỗi đơn vị tự thực hiện cộng lại thành diện tích của tỉnh (mỗi đơn vị chỉ báo cáo phần diện tích của mình).",
    reasonEn: "The area each unit implemented itself adds up to the province's area (each unit reports its own area only).",
  },
  {
    unit: "communes",
    rule: "sum",
    reasonVi: "Số xã do mỗi đơn vị báo cáo là các xã thuộc địa bàn của đơn vị đó, không trùng nhau: cộng lại.",
    reasonEn: "Each unit counts the communes of its own area, which do not overlap: the counts add up.",
  },
  {
    unit: "MW",
    rule: "max",
    reasonVi:
      "Công suất lắp đặt là một con số chung của tỉnh (mỗi nhà máy chỉ tính một lần): các đơn vị cùng theo dõi các nhà máy đó, nên lấy số lớn nhất đã báo cáo, không cộng.",
    reasonEn:
      "Installed capacity is one provincial stock (each plant counted once): the units with a part follow the same plants, so the largest figure reported is taken, never the sum.",
  },
];

/** Text rows: nothing to combine; each unit's words are in Detail, the Summary counts the units that reported. */
export const TEXT_AGGREGATION = {
  rule: "text" as const,
  reasonVi: "Hạng mục báo cáo bằng văn bản: không tổng hợp thành một số; nội dung của từng đơn vị ở trang Chi tiết.",
  reasonEn: "A text item: nothing is combined into one figure; each unit's words are on the Detail sheet.",
};

export const AGGREGATION_OVERRIDES: AggregationOverrideT[] = [
  {
    code: "B.1",
    rule: "lead",
    reasonVi:
      "Diện tích rừng phòng hộ, đặc dụng hiện có được quản lý là một diện tích chung: Sở NN&PTNT và Chi cục Kiểm lâm cùng theo dõi các khu rừng đó, cộng lại sẽ tính trùng; lấy số của đơn vị chủ trì.",
    reasonEn:
      "The existing protection and special-use forest under management is one area, followed by both the department and the Forest Protection Sub-department: adding would count it twice; the lead's figure is taken.",
    source: "Phụ lục I, B, STT 1",
  },
  {
    code: "B.3",
    rule: "lead",
    reasonVi:
      "Rừng sản xuất tự nhiên hiện có được làm giàu và bảo vệ là một diện tích chung do Sở NN&PTNT và Chi cục Kiểm lâm cùng theo dõi: lấy số của đơn vị chủ trì, không cộng.",
    reasonEn:
      "The existing natural production forest under enrichment and protection is one area followed by both units: the lead's figure is taken, not the sum.",
    source: "Phụ lục I, B, STT 3",
  },
];
