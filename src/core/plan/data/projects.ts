/**
 * Phụ lục I — "Nội dung về SX xanh/lối sống xanh": the 11 project groups and their projects, as printed.
 * Budgets and timeframes are given as printed text and parsed by `parse.ts` when the catalog is built.
 * `cells` are the three funding cells (local, central, other) in printed column order; four rows are shifted one
 * column left in the source (2.1, 4.1, 4.2, 5.1) and one puts central funds in the local column (8.1): those carry
 * an explicit `funding` reading and a source note, everything else is read column by column.
 */
import type { ProjectGroupT } from "../schema";

export const PROJECT_GROUPS: ProjectGroupT[] = [
  {
    number: 1,
    titleVi: "Cấp thoát nước, xử lý nước thải",
    titleEn: "Water supply, drainage and wastewater treatment",
    taskGroup: "NV6",
    taskGroupReasonEn: "Task group 1.6 lists 'Quản lý chất thải: … công trình xử lý rác thải và nước thải'.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 1",
  },
  {
    number: 2,
    titleVi: "Thu gom và xử lý rác đô thị",
    titleEn: "Urban waste collection and treatment",
    taskGroup: "NV6",
    taskGroupReasonEn: "Task group 1.6 lists waste management works (xử lý rác thải) as a green-lifestyle activity.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 2",
  },
  {
    number: 3,
    titleVi: "Cấp nước",
    titleEn: "Water supply",
    taskGroup: "NV6",
    taskGroupReasonEn: "Clean water for residents is a green-lifestyle target (I.2.c: nước sạch, nước hợp vệ sinh).",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 3",
  },
  {
    number: 4,
    titleVi: "Cảnh quan môi trường",
    titleEn: "Environmental landscape",
    taskGroup: "NV6",
    taskGroupReasonEn: "Task group 1.6 starts with green cities: 'mở rộng diện tích không gian xanh'.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 4",
  },
  {
    number: 5,
    titleVi: "Công nghiệp, khai thác và chế biến khoáng sản",
    titleEn: "Industry, mining and mineral processing",
    taskGroup: "NV5",
    taskGroupReasonEn: "Task group 1.5's first activity is clean technology in mining and mineral processing.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 5",
  },
  {
    number: 6,
    titleVi: "Rừng và đa dạng sinh học.",
    titleEn: "Forests and biodiversity",
    taskGroup: "NV5",
    taskGroupReasonEn: "Task group 1.5 lists protecting and developing forests and biodiversity (4th activity).",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 6",
  },
  {
    number: 7,
    titleVi: "Tăng cường quản lý nhà nước về BVMT",
    titleEn: "Strengthening state environmental management",
    taskGroup: "NV1",
    taskGroupReasonEn: "Task group 1.2 (capacity and awareness) opens with the capacity of state management.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 7",
  },
  {
    number: 8,
    titleVi: "KHHĐ sản xuất sạch hơn",
    titleEn: "Cleaner production action plan",
    taskGroup: "NV5",
    taskGroupReasonEn: "Cleaner production in industry is named in task group 1.5's first activity.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 8",
  },
  {
    number: 9,
    titleVi: "Kế hoạch hành động ứng phó biến đổi khí hậu",
    titleEn: "Climate change response action plan",
    taskGroup: "NV1",
    taskGroupReasonEn: "Task group 1.2 (capacity) names state capacity to adapt to climate change (thích ứng với BĐKH).",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 9",
  },
  {
    number: 10,
    titleVi: "Khuyến khích các sáng kiến tiêu dùng bền vững trong dân cư",
    titleEn: "Sustainable consumption initiatives among residents",
    taskGroup: "NV6",
    taskGroupReasonEn: "Task group 1.6 is green lifestyle and sustainable consumption ('Thúc đẩy tiêu dùng bền vững').",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 10",
  },
  {
    number: 11,
    titleVi: "Các hồ chứa, các công trình bảo vệ chống xói lở và đảm bảo an toàn cho người dân",
    titleEn: "Reservoirs, erosion protection works and public safety",
    taskGroup: "NV5",
    taskGroupReasonEn: "Reservoirs and irrigation serve farming; task group 1.5 asks for water-saving irrigation.",
    source: "Phụ lục I, SX xanh/lối sống xanh, nhóm 11",
  },
];

export interface ProjectFundingReading {
  local: boolean;
  central: boolean;
  other: boolean;
  otherVi: string | null;
}

export interface ProjectInput {
  no: string;
  nameVi: string;
  agencyTextVi: string;
  agencies: string[];
  budgetText: string;
  cells: [string, string, string];
  timeText: string;
  /** Explicit reading for rows whose cells are shifted or mislabelled in the source (each has a source note). */
  funding?: ProjectFundingReading;
}

const SXD = "Sở Xây dựng";
const TNMT = "Sở TN&MT";
const BO_NN = "Bộ Nông nghiệp và PTNT";
const VHTTDL = "Sở Văn hóa, Thể thao và Du lịch";
const PROPAGANDA_BUDGET = "Dự toán trong kinh phí cho tuyên truyền, giáo dục, nâng cao nhận thức công đồng từ ngân sách tinh";
const FOREIGN_GRANTS = "Vốn viện trợ không hoàn lại của các nước hay các tổ chức quốc tế khác";

/** Group 11 from row 11.8 on prints neither agency nor funding; 11.9 onwards no timeframe either. */
const works = (no: string, nameVi: string, budgetText: string, timeText = ""): ProjectInput => ({
  no,
  nameVi,
  agencyTextVi: "",
  agencies: [],
  budgetText,
  cells: ["", "", ""],
  timeText,
});

export const PROJECT_INPUTS: ProjectInput[] = [
  {
    no: "1.1",
    nameVi:
      "Quản lý giám sát vận hành và hoàn thiện hệ thống xử lý nước thải hướng đến tách riêng hệ thống nước thải và thoát nước thành phố Cao Bằng",
    agencyTextVi: SXD,
    agencies: ["SO_XD"],
    budgetText: "10 tỷ",
    cells: ["x", "x", "Cộng đồng"],
    timeText: "2017-2020",
  },
  {
    no: "1.2",
    nameVi:
      "Hoàn thiện hệ thống thu gom xử lý nước thải đô thị hướng đến tách riêng ra khỏi hệ thống thoát nước thị trấn Nước Hai, huyện Hòa An",
    agencyTextVi: SXD,
    agencies: ["SO_XD"],
    budgetText: "10 tỷ",
    cells: ["x", "x", "Cộng đồng"],
    timeText: "2017-2020",
  },
  {
    no: "1.3",
    nameVi:
      "Hoàn thiện hệ thống xử lý nước thải hướng đến tách riêng hệ thống nước thải và thoát nước thành phố Cao Bằng, thị trấn Thanh Nhật, huyện Hạ Lang",
    agencyTextVi: SXD,
    agencies: ["SO_XD"],
    budgetText: "10 tỷ",
    cells: ["x", "x", "Cộng đồng"],
    timeText: "2017-2020",
  },
  {
    no: "1.4",
    nameVi: "Nâng cấp hệ thống thu gom, xử lý rác thải tại bệnh viện",
    agencyTextVi: "Sở Y tế, Bệnh viện",
    agencies: ["SO_YT", "BENH_VIEN"],
    budgetText: "7 tỷ",
    cells: ["x", "x", "Vốn hỗ trợ từ các tổ chức quốc tế"],
    timeText: "2017-2018",
  },
  {
    no: "2.1",
    nameVi: "Tiến hành xử lý, phân loại rác tại nguồn rác cho các bãi rác huyện",
    agencyTextVi: "UBND huyện",
    agencies: ["UBND_HUYEN"],
    budgetText: "50 tỷ",
    cells: ["Nguồn vốn từ hỗ trợ quốc tế và vốn doanh nghiệp", "2017-2020", ""],
    timeText: "2017-2020",
    funding: { local: false, central: false, other: true, otherVi: "Nguồn vốn từ hỗ trợ quốc tế và vốn doanh nghiệp" },
  },
  {
    no: "2.2",
    nameVi: "Áp dụng công nghệ xử lý rác, nước rỉ rác hiện đại cho bãi rác thành phố Cao Bằng",
    agencyTextVi: SXD,
    agencies: ["SO_XD"],
    budgetText: "35 tỷ",
    cells: ["x", "", "x"],
    timeText: "2017-2020",
  },
  {
    no: "2.3",
    nameVi: "Các cơ sở xử lý tái chế rác thải, chất thải sinh hoạt (phân vi sinh, năng lượng điện, khí, nhựa,...)",
    agencyTextVi: "Sở Công Thương",
    agencies: ["SO_CT"],
    budgetText: "2.500 tỷ",
    cells: ["x", "x", "x"],
    timeText: "2017-sau 2025",
  },
  {
    no: "3.1",
    nameVi: "Xây dựng hệ thống cấp nước sinh hoạt cho toàn bộ các huyện",
    agencyTextVi: SXD,
    agencies: ["SO_XD"],
    budgetText: "30 tỷ",
    cells: ["x", "", "Vốn viện trợ từ các tổ chức quốc tế và vốn xã hội hóa"],
    timeText: "2017-2020",
  },
  {
    no: "3.2",
    nameVi: "Đầu mối chứa nước phục vụ sinh hoạt cho lục khu Cao Bằng",
    agencyTextVi: "Sở NN&PTNT",
    agencies: ["SO_NNPTNT"],
    budgetText: "774 tỷ đồng",
    cells: ["", "", ""],
    timeText: "",
  },
  {
    no: "4.1",
    nameVi: "Thực hiện trồng và chăm sóc cây trồng tại các tuyến đường tại thành phố Cao Bằng và các huyện",
    agencyTextVi: "Sở TN&MT, Sở Xây dựng",
    agencies: ["SO_TNMT", "SO_XD"],
    budgetText: "7 tỷ",
    cells: ["x", "", "2017-2020"],
    timeText: "2017-2020",
    funding: { local: true, central: false, other: false, otherVi: null },
  },
  {
    no: "4.2",
    nameVi: "Trồng cây xanh đô thị (trồng bổ sung các trục chính khu vực nội thị và vườn hoa trung tâm)",
    agencyTextVi: TNMT,
    agencies: ["SO_TNMT"],
    budgetText: "3,1 tỷ đồng",
    cells: ["Ngân sách thành phố Cao Bằng và vốn xã hội hóa", "2017-2025", ""],
    timeText: "2017-2025",
    funding: { local: true, central: false, other: true, otherVi: "vốn xã hội hóa" },
  },
  {
    no: "5.1",
    nameVi:
      "Xây dựng và duy trì hệ thống xử lý môi trường một số cơ sở khai thác và chế biến nông lâm sản, thực phẩm đang gây ô nhiễm môi trường nghiêm trọng",
    agencyTextVi: TNMT,
    agencies: ["SO_TNMT"],
    budgetText: "15 tỷ",
    cells: ["", "Nguồn vốn từ DN", "2017-2020"],
    timeText: "2017-2020",
    funding: { local: false, central: false, other: true, otherVi: "Nguồn vốn từ DN" },
  },
  {
    no: "5.2",
    nameVi: "Cơ chế phát triển sạch cho một số cơ sở công nghiệp đang gây ô nhiễm môi trường nghiêm trọng",
    agencyTextVi: "Sở TN&MT, Sở KH&CN",
    agencies: ["SO_TNMT", "SO_KHCN"],
    budgetText: "10 tỷ",
    cells: ["", "", "Nguồn vốn từ doanh nghiệp"],
    timeText: "2017-2020",
  },
  {
    no: "5.3",
    nameVi: "Tăng cường giám sát, xử lý triệt để ô nhiễm tại các khu công nghiệp, CCN",
    agencyTextVi: "Sở TN&MT, các doanh nghiệp",
    agencies: ["SO_TNMT"],
    budgetText: "30 tỷ",
    cells: ["x", "", "Nguồn vốn từ doanh nghiệp"],
    timeText: "2017-2020",
  },
  {
    no: "5.4",
    nameVi: "Quy hoạch phục hồi cảnh quan sinh thái thị trấn Tịnh Túc (sau khi đóng mỏ khai thác thiếc)",
    agencyTextVi: "Sở TN&MT, Sở KH&CN",
    agencies: ["SO_TNMT", "SO_KHCN"],
    budgetText: "10 tỷ",
    cells: ["x", "", ""],
    timeText: "2017-2020",
  },
  {
    no: "5.5",
    nameVi: "Nâng cấp, đầu tư mới các cơ sở bảo dưỡng, sửa chữa phương tiện giao thông trên các tuyến đường quốc lộ đi cửa khẩu",
    agencyTextVi: "Sở Công Thương",
    agencies: ["SO_CT"],
    budgetText: "30 tỷ",
    cells: ["x", "x", ""],
    timeText: "2017-sau 2025",
  },
  {
    no: "6.1",
    nameVi: "Dự án trồng và bảo vệ rừng đầu nguồn",
    agencyTextVi: "Sở NNN&PTNT",
    agencies: ["SO_NNPTNT"],
    budgetText: "10 tỷ",
    cells: ["x", "x", "Vốn hỗ trợ từ các tổ chức"],
    timeText: "2017-2020",
  },
  {
    no: "7.1",
    nameVi: "Xây dựng và hoàn thiện trung tâm phân tích môi trường",
    agencyTextVi: TNMT,
    agencies: ["SO_TNMT"],
    budgetText: "18 tỷ",
    cells: ["x", "", "Vốn hỗ trợ từ các tổ chức quốc tế"],
    timeText: "2017-2020",
  },
  {
    no: "7.2",
    nameVi: "Tăng cường giáo dục truyền thông, nâng cao nhận thức môi trường trên toàn tỉnh, khuyến khích tố cáo sai phạm trong BVMT",
    agencyTextVi: TNMT,
    agencies: ["SO_TNMT"],
    budgetText: "3 tỷ",
    cells: ["x", "", "Vốn hỗ trợ từ các tổ chức quốc tế"],
    timeText: "2017-2020",
  },
  {
    no: "7.3",
    nameVi:
      "Tăng cường năng lực quản lý tài nguyên biên giới gắn với bảo vệ chủ quyền lãnh thổ, an ninh quốc gia cho lực lượng kiêm lâm, bộ đội biên phòng và chính quyền địa phương các xã biên giới",
    agencyTextVi: "UBND các huyện, kiêm lâm",
    agencies: ["UBND_HUYEN", "CC_KIEMLAM"],
    budgetText: "5 tỷ",
    cells: ["x", "x", ""],
    timeText: "2017-2020",
  },
  {
    no: "8.1",
    nameVi: "Hoạt động tổ chức tập huấn sản xuất sạch hơn cho các cơ sở doanh nghiệp trên địa bàn tỉnh (thời gian tập huấn 3 ngày)",
    agencyTextVi: "Sở Công Thương",
    agencies: ["SO_CT"],
    budgetText: "100 triệu",
    cells: ["Kinh phí khuyến công Trung ương", "", ""],
    timeText: "Hàng năm",
    funding: { local: false, central: true, other: false, otherVi: null },
  },
  {
    no: "8.2",
    nameVi: "Xây dựng và triển khai kế hoạch truyền thông nâng cao nhận thức về SXSH trong công nghiệp",
    agencyTextVi: "Sở Công Thương – Trung tâm khuyến công và TVPTCN",
    agencies: ["SO_CT", "TT_KHUYENCONG"],
    budgetText: "3 tỷ",
    cells: ["", "", ""],
    timeText: "2017-2020",
  },
  {
    no: "9.1",
    nameVi: "Xây dựng mô hình dự báo chống xói mòn, sạt lở đất",
    agencyTextVi: "Sở Tài nguyên và Môi trường",
    agencies: ["SO_TNMT"],
    budgetText: "10 tỷ",
    cells: ["", "", ""],
    timeText: "2017-2030",
  },
  {
    no: "9.2",
    nameVi: "Xây dựng mạng lưới quan trắc dự báo thiên tai",
    agencyTextVi: "Sở Tài nguyên và Môi trường",
    agencies: ["SO_TNMT"],
    budgetText: "10 tỷ",
    cells: ["", "", ""],
    timeText: "2017-2030",
  },
  {
    no: "10.1",
    nameVi: "Phổ biến phong trào 3R (tiết kiệm, tái chế, tái sử dụng) trong các cộng đồng dân cư",
    agencyTextVi: VHTTDL,
    agencies: ["SO_VHTTDL"],
    budgetText: "100 triệu",
    cells: [PROPAGANDA_BUDGET, "", FOREIGN_GRANTS],
    timeText: "Hàng năm",
  },
  {
    no: "10.2",
    nameVi: "Tổ chức các hoạt động truyền thông nâng cao nhận thức cho các nhóm xã hội về lối sống xanh",
    agencyTextVi: VHTTDL,
    agencies: ["SO_VHTTDL"],
    budgetText: "100 triệu",
    cells: [PROPAGANDA_BUDGET, "", FOREIGN_GRANTS],
    timeText: "Hàng năm",
  },
  {
    no: "11.1",
    nameVi:
      "Các công trình kè: Theo danh mục từ trang 19 – 21 trong báo cáo tổng hợp về Quy hoạch thủy lợi tinh Cao Bằng giai đoạn 2016 – 2025 và định hướng đến năm 2030",
    agencyTextVi: "",
    agencies: [],
    budgetText: "1023 tỷ đồng",
    cells: ["", "", ""],
    timeText: "2017- 2020",
  },
  {
    no: "11.2",
    nameVi: "Hồ chứa nước Khuổi Dáng, xã Nam Tuấn, Huyện Hòa An",
    agencyTextVi: BO_NN,
    agencies: ["BO_NNPTNT"],
    budgetText: "80 tỷ",
    cells: ["", "", ""],
    timeText: "2018- 2025",
  },
  {
    no: "11.3",
    nameVi: "Dự án sửa chữa và nâng cấp an toàn hồ chứa các huyện Hòa An, Thạch An, Trùng Khánh, Hà Quảng, Nguyên Bình, Hạ Lang",
    agencyTextVi: BO_NN,
    agencies: ["BO_NNPTNT"],
    budgetText: "160 tỷ đồng",
    cells: ["", "", ""],
    timeText: "2018- 2025",
  },
  {
    no: "11.4",
    nameVi: "Hồ chứa nước Bản Lũng, xã Đoài Côn, huyện Trùng Khánh",
    agencyTextVi: BO_NN,
    agencies: ["BO_NNPTNT"],
    budgetText: "70 tỷ đồng",
    cells: ["", "", ""],
    timeText: "2018- 2025",
  },
  {
    no: "11.5",
    nameVi: "Hồ chứa nước Khuổi Vàng, xã Đức Xuân, huyện Thạch An",
    agencyTextVi: BO_NN,
    agencies: ["BO_NNPTNT"],
    budgetText: "70 tỷ đồng",
    cells: ["", "", ""],
    timeText: "2018- 2025",
  },
  {
    no: "11.6",
    nameVi: "Dự án kè chống sạt lở bờ sông Bằng khu vực thị trấn nước hai",
    agencyTextVi: BO_NN,
    agencies: ["BO_NNPTNT"],
    budgetText: "180 tỷ đồng",
    cells: ["", "", ""],
    timeText: "2018- 2025",
  },
  {
    no: "11.7",
    nameVi: "Cụm hồ Khua Khọn, Pắc Thặng, Khuổi Khoang",
    agencyTextVi: BO_NN,
    agencies: ["BO_NNPTNT"],
    budgetText: "158,7 tỷ đồng",
    cells: ["", "", ""],
    timeText: "2018- 2025",
  },
  // 11.8: budget and timeframe run across a page break in the source ("22,2 tỷ" / "đồng", "2018-" / "2025").
  works("11.8", "Cải tạo hệ thống tưới hồ Bản Nưa", "22,2 tỷ đồng", "2018-2025"),
  works("11.9", "Cải tạo hồ Nà Táu và hệ thống kênh tưới", "43,8 tỷ đồng"),
  works("11.10", "Cải tạo hệ thống tưới hồ Khuỷ Áng", "16,7 tỷ đồng"),
  works("11.11", "Cải tạo hệ thống tưới hồ Cao Thăng", "15,5 tỷ đồng"),
  works("11.12", "Cải tạo hệ thống tưới hồ Khuỷ Lái", "70,3 tỷ đồng"),
  works("11.13", "Cải tạo hệ thống thủy lợi Hồng Đại", "20 tỷ đồng"),
  works("11.14", "Cụm thủy lợi xã Thái học", "50 tỷ đồng"),
  works("11.15", "Cải tạo cụm trạm bom: Cao Bình, bún ngắn, pác gậy, Pác kéo, Yeen luật, Cát kè, Hoàng Rè", "31,8 tỷ đồng"),
  works("11.16", "Dự án kè chống sạt lở bờ sông Bằng khu vực thị trấn Nước Hai", "180 tỷ đồng"),
  works("11.17", "Dự án chống xói lở bờ sông Bằng khu vực tp Cao Bằng", "400 tỷ đồng"),
  works("11.18", "Dự án kè bờ trái sông hiến", "605,3 tỷ đồng"),
  works(
    "11.19",
    "Dự án chống sạt lở đất, bảo vệ khu dân cư tập trung, bệnh viện tinh túc và quốc lộ 34 huyện Nguyên Bình, CB",
    "42,280 tỷ đồng",
  ),
  works("11.20", "Dự án kè chống sạt lở bờ sông Bằng, bảo vệ khu dân cư, thị trấn Nước Hai huyện Hòa An tỉnh cao bằng", "80,380 tỷ đồng"),
];
