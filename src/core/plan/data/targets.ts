/**
 * Điều 1, I.2 — specific targets. a) GHG reduction; b) "xanh hóa sản xuất" and c) "xanh hóa lối sống", both "đến
 * năm 2020". Comparators follow the wording: "trên" (over) → ">", "từ … trở lên" → ">=", a bare figure or "đạt" →
 * ">=" (reach at least), "từ 5-8%" → "between". Targets with several figures keep each one as a measure.
 */
import type { GhgGoalT, MeasureT, TargetT } from "../schema";

export const GHG_GOALS: GhgGoalT[] = [
  {
    code: "GHG.2020",
    year: 2020,
    totalPct: 7,
    voluntaryPct: 3,
    nationalSupportPct: 2,
    internationalSupportPct: 2,
    textVi:
      "Đến năm 2020, giảm lượng phát thải KNK so với phương án phát triển bình thường là 7%. Trong đó: i). Mức giảm địa phương tự nguyện là 3%; ii). 4% còn lại là mức giảm khi có hỗ trợ từ quốc gia (2%) và quốc tế (2%).",
    source: "Điều 1, I.2.a, ý 1",
  },
  {
    code: "GHG.2030",
    year: 2030,
    totalPct: 19,
    voluntaryPct: 9,
    nationalSupportPct: 5,
    internationalSupportPct: 5,
    textVi:
      "Đến năm 2030, giảm lượng phát thải KNK so với phương án phát triển bình thường là 19%; trong đó: i). Mức giảm địa phương tự nguyện là 9%; ii). 10% còn lại là mức giảm khi có hỗ trợ từ quốc gia (5%) và quốc tế (5,0%).",
    source: "Điều 1, I.2.a, ý 2",
  },
];

type Cmp = MeasureT["comparator"];
const p = (comparator: Cmp, value: number, subject?: string): MeasureT => ({
  comparator,
  value,
  unit: "percent",
  year: 2020,
  ...(subject ? { subject } : {}),
});
const between = (value: number, max: number, subject: string): MeasureT => ({
  comparator: "between",
  value,
  max,
  unit: "percent",
  year: 2020,
  subject,
});
const times = (value: number, subject?: string): MeasureT => ({
  comparator: ">=",
  value,
  unit: "times_baseline",
  year: 2020,
  ...(subject ? { subject } : {}),
});

/** A target of one area: code prefix and source section follow from the area. */
const targetOf =
  (area: TargetT["area"], prefix: string, section: string) =>
  (n: number, textVi: string, labelEn: string, measures: MeasureT[]): TargetT => ({
    code: `${prefix}.${n}`,
    area,
    textVi,
    labelEn,
    measures,
    source: `Điều 1, ${section}, ý ${n}`,
  });
const production = targetOf("green_production", "SX", "I.2.b");
const lifestyle = targetOf("green_lifestyle", "LS", "I.2.c");

export const TARGETS: TargetT[] = [
  production(
    1,
    "100% đô thị có quy hoạch bãi rác thải và thực hiện công tác thu gom rác thải;",
    "Urban areas with landfill planning and waste collection",
    [p(">=", 100)],
  ),
  production(
    2,
    "Đảm bảo 100% địa bàn dân cư có môi trường nước, môi trường không khí và ô nhiễm chất thải rắn trong điều kiện tiêu chuẩn cho phép;",
    "Residential areas with water, air and solid-waste pollution within standards",
    [p(">=", 100)],
  ),
  production(
    3,
    "Phấn đấu đưa mức đầu tư ngân sách của tỉnh cho khoa học và công nghệ đạt 1,5% tổng chi ngân sách địa phương hàng năm;",
    "Science and technology share of provincial spending",
    [p(">=", 1.5)],
  ),
  production(
    4,
    "100% các cơ sở sản xuất mới xây dựng phải áp dụng công nghệ tiên tiến, được trang bị các thiết bị, công trình giảm thiểu ô nhiễm, xử lý chất thải đạt quy chuẩn môi trường;",
    "New production facilities with clean technology and compliant waste treatment",
    [p(">=", 100)],
  ),
  production(
    5,
    "50% cơ sở sản xuất công nghiệp có tiềm năng tiến hành áp dụng sản xuất sạch hơn trong công nghiệp;",
    "Industrial facilities with potential applying cleaner production",
    [p(">=", 50)],
  ),
  production(
    6,
    "25% cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn sẽ tiết kiệm từ 5-8% mức tiêu thụ năng lượng, nguyên liệu, nhiên liệu, vật liệu trên đơn vị sản phẩm;",
    "Cleaner-production facilities saving 5–8% energy and materials per unit",
    [p(">=", 25, "facilities saving"), between(5, 8, "saving per unit of product")],
  ),
  production(
    7,
    "Trên 60% các khu đô thị và trên 80% các cơ sở có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường;",
    "Urban areas and facilities with compliant central wastewater treatment",
    [p(">", 60, "urban areas"), p(">", 80, "facilities")],
  ),
  production(
    8,
    "Thu gom trên 90% chất thải rắn sinh hoạt, công nghiệp và dịch vụ, thu gom xử lý trên 90% chất thải nguy hại và trên 95% chất thải bệnh viện;",
    "Collection of solid, hazardous and hospital waste",
    [
      p(">", 90, "domestic, industrial and service solid waste collected"),
      p(">", 90, "hazardous waste collected and treated"),
      p(">", 95, "hospital waste"),
    ],
  ),
  production(
    9,
    "Xử lý triệt để các cơ sở gây ô nhiễm môi trường nghiêm trọng theo Quyết định số 64/2003/QĐ-TTg ngày 22/4/2003 của Thủ tướng Chính phủ đạt 100%;",
    "Serious polluters under Decision 64/2003/QĐ-TTg fully treated",
    [p(">=", 100)],
  ),
  production(
    10,
    "100% các cơ sở gây ô nhiễm môi trường, ô nhiễm môi trường nghiêm trọng theo Quyết định của UBND tỉnh Cao Bằng phải xử lý chất thải đạt QCVN;",
    "Polluters listed by the province treating waste to national standards",
    [p(">=", 100)],
  ),
  production(
    11,
    "Cơ bản hoàn thành việc cải tạo và nâng cấp hệ thống tiêu thoát nước mưa và nước thải ở các đô thị và khu công nghiệp. Chỉ tiêu đạt trên 50% đô thị có hệ thống tiêu thoát và xử lý nước thải riêng theo đúng tiêu chuẩn quy định;",
    "Urban areas with separate drainage and wastewater treatment",
    [p(">", 50)],
  ),
  production(
    12,
    "95% các cơ sở sản xuất kinh doanh đạt tiêu chuẩn vệ sinh, an toàn lao động;",
    "Businesses meeting occupational hygiene and safety standards",
    [p(">=", 95)],
  ),
  production(
    13,
    "Phục hồi trên 60% các khu vực đã khai thác khoáng sản và trên 60% các hệ sinh thái đang bị suy thoái;",
    "Restoration of mined areas and degraded ecosystems",
    [p(">", 60, "mined areas restored"), p(">", 60, "degraded ecosystems restored")],
  ),
  production(
    14,
    "Nâng tỷ lệ sử dụng năng lượng sạch đạt 5% tổng năng lượng tiêu thụ hàng năm;",
    "Clean energy share of annual energy consumption",
    [p(">=", 5)],
  ),
  production(15, "Nâng tổng diện tích các khu bảo tồn tự nhiên lên gấp 1,5 lần hiện nay.", "Nature reserve area versus today", [
    times(1.5),
  ]),

  lifestyle(1, "Số xã được công nhận đạt tiêu chí nông thôn mới đạt từ 20 xã trở lên;", "Communes recognised as new rural communes", [
    { comparator: ">=", value: 20, unit: "communes", year: 2020 },
  ]),
  lifestyle(
    2,
    "100% đường ngõ xóm sạch và không lầy lội vào mùa mưa, trong đó 50% được cứng hóa mặt đường;",
    "Clean village lanes, of which paved",
    [p(">=", 100, "clean, not muddy"), p(">=", 50, "paved")],
  ),
  lifestyle(
    3,
    "60% hộ gia đình, trên 95% doanh nghiệp có dụng cụ phân loại rác thải tại nguồn, 90% khu vực công cộng có thùng gom rác thải;",
    "Waste sorting at source and public bins",
    [p(">=", 60, "households sorting waste"), p(">", 95, "enterprises sorting waste"), p(">=", 90, "public areas with bins")],
  ),
  lifestyle(
    4,
    "100% dân cư hiểu biết, có kiến thức cơ bản về ứng phó, thích ứng với BĐKH;",
    "Residents with basic climate-change knowledge",
    [p(">=", 100)],
  ),
  lifestyle(
    5,
    "100% cơ sở sản xuất công nghiệp trong tỉnh được tuyên truyền, phổ biến sản xuất sạch hơn và nhận thức được lợi ích của việc áp dụng sản xuất sạch hơn trong công nghiệp;",
    "Industrial facilities informed about cleaner production",
    [p(">=", 100)],
  ),
  lifestyle(
    6,
    "Tỷ lệ che phủ rừng đến năm 2020 đạt 53% và khôi phục 80% rừng đầu nguồn đã bị suy thoái và nâng cao chất lượng rừng;",
    "Forest cover and restored degraded watershed forest",
    [p(">=", 53, "forest cover"), p(">=", 80, "degraded watershed forest restored")],
  ),
  lifestyle(
    7,
    "Trên 95% dân cư thành thị được dùng nước sạch và trên 90% dân cư nông thôn được dùng nước sinh hoạt hợp vệ sinh;",
    "Clean water in towns, hygienic water in rural areas",
    [p(">", 95, "urban residents with clean water"), p(">", 90, "rural residents with hygienic water")],
  ),
  lifestyle(
    8,
    "95% đường phố có cây xanh; nâng tỷ lệ đất công viên ở các khu đô thị lên gấp 1,5 lần so với hiện nay;",
    "Tree-lined streets and urban park land",
    [p(">=", 95, "streets with trees"), times(1.5, "urban park land")],
  ),
  lifestyle(9, "75% số hộ nông thôn có nhà tiêu hợp vệ sinh;", "Rural households with hygienic latrines", [p(">=", 75)]),
  lifestyle(10, "75% số chuồng trại chăn nuôi được xử lý hợp vệ sinh;", "Livestock pens treated hygienically", [p(">=", 75)]),
  lifestyle(11, "50% số hộ chăn nuôi đưa gia súc ra khỏi gầm sàn;", "Livestock moved out from under stilt houses", [p(">=", 50)]),
  lifestyle(
    12,
    "100% các cơ sở chăn nuôi lớn, các cơ sở giết mổ tập chung ở nông thôn được xử lý triệt để chất thải.",
    "Large farms and rural slaughterhouses with full waste treatment",
    [p(">=", 100)],
  ),
];
