/**
 * Organisational units named by the decision (sections IV and Appendix I), plus the reporting districts and the
 * units created by later reorganisations. `aliases` are the spellings the decision prints, typos included, so
 * agency text can be traced to units. Successors are filled only where the change is certain.
 */
import type { OrgUnitT } from "../schema";

const REORG_2025 = "Sắp xếp cơ quan chuyên môn thuộc UBND tỉnh (Nghị định 45/2025/NĐ-CP), hiệu lực 01/03/2025";
const DISTRICTS_2020 = "Sắp xếp đơn vị hành chính cấp huyện tỉnh Cao Bằng (UBTVQH14), hiệu lực 01/03/2020";
const DISTRICT_LEVEL_ABOLISHED = "Chính quyền địa phương hai cấp: không còn cấp huyện từ 01/07/2025; nhiệm vụ chuyển về tỉnh và xã";

const department = (
  id: string,
  nameVi: string,
  nameEn: string,
  abbr: string,
  aliases: string[],
  extra: Partial<OrgUnitT> = {},
): OrgUnitT => ({ id, nameVi, nameEn, abbr, kind: "province_department", aliases, ...extra });

const district = (id: string, nameVi: string, nameEn: string, extra: Partial<OrgUnitT> = {}): OrgUnitT => ({
  id,
  nameVi: `UBND ${nameVi}`,
  nameEn: `${nameEn} People's Committee`,
  abbr: nameVi,
  kind: "district",
  aliases: [],
  // A district merged in 2020 has a successor; the rest ended with the district level in 2025.
  ...(extra.successor ? {} : { dissolved: { effective: "2025-07-01", basis: DISTRICT_LEVEL_ABOLISHED } }),
  ...extra,
});

export const ORG_UNITS: OrgUnitT[] = [
  {
    id: "UBND_TINH",
    nameVi: "Ủy ban nhân dân tỉnh Cao Bằng",
    nameEn: "Cao Bằng Provincial People's Committee",
    abbr: "UBND tỉnh",
    kind: "province_committee",
    aliases: ["UBND tỉnh", "Ủy ban nhân dân tỉnh"],
  },
  department("SO_KHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "Sở KH&ĐT", ["Sở KH&ĐT"], {
    successor: { id: "SO_TC", effective: "2025-03-01", basis: REORG_2025 },
    note: "Cơ quan đầu mối về TTX (mục IV.1); nhiệm vụ chuyển sang Sở Tài chính năm 2025.",
  }),
  department("SO_TC", "Sở Tài chính", "Department of Finance", "Sở TC", ["Sở Tài chính"]),
  department("SO_NV", "Sở Nội vụ", "Department of Home Affairs", "Sở NV", ["Sở Nội vụ"]),
  department(
    "SO_TTTT",
    "Sở Thông tin và Truyền thông",
    "Department of Information and Communications",
    "Sở TT&TT",
    ["Sở Thông tin và Truyền thông"],
    {
      dissolved: { effective: "2025-03-01", basis: REORG_2025 },
      note: "Nhiệm vụ chia cho Sở Khoa học và Công nghệ và Sở Văn hóa, Thể thao và Du lịch: không có một đơn vị kế thừa duy nhất.",
    },
  ),
  department("SO_CT", "Sở Công Thương", "Department of Industry and Trade", "Sở CT", ["Sở Công Thương"]),
  department(
    "SO_NNPTNT",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Department of Agriculture and Rural Development",
    "Sở NN&PTNT",
    ["Sở NN&PTNT", "Sở NNN&PTNT", "Sở NN&PTNN", "Sở Nông nghiệp và Phát triển Nông thôn"],
    { successor: { id: "SO_NNMT", effective: "2025-03-01", basis: REORG_2025 } },
  ),
  department("SO_GTVT", "Sở Giao thông vận tải", "Department of Transport", "Sở GTVT", ["Sở Giao thông vận tải", "Sở Giao thông Vận tải"], {
    successor: { id: "SO_XD", effective: "2025-03-01", basis: REORG_2025 },
  }),
  department("SO_XD", "Sở Xây dựng", "Department of Construction", "Sở XD", ["Sở Xây dựng"]),
  department(
    "SO_TNMT",
    "Sở Tài nguyên và Môi trường",
    "Department of Natural Resources and Environment",
    "Sở TN&MT",
    ["Sở TN&MT", "Sở Tài nguyên và Môi trường"],
    { successor: { id: "SO_NNMT", effective: "2025-03-01", basis: REORG_2025 } },
  ),
  department("SO_KHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "Sở KH&CN", [
    "Sở KH&CN",
    "Sở Khoa học và Công nghệ",
  ]),
  department("SO_YT", "Sở Y tế", "Department of Health", "Sở YT", ["Sở Y tế"]),
  department("SO_VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "Sở VHTT&DL", [
    "Sở Văn hóa, Thể thao và Du lịch",
  ]),
  department("SO_NNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", "Sở NN&MT", [], {
    establishedAfterDecision: true,
    note: "Thành lập năm 2025 từ Sở NN&PTNT và Sở TN&MT.",
  }),
  {
    id: "CC_KIEMLAM",
    nameVi: "Chi cục Kiểm lâm",
    nameEn: "Forest Protection Sub-department",
    abbr: "Chi cục KL",
    kind: "province_agency",
    aliases: ["Chi cục kiểm lâm", "kiêm lâm", "kiểm lâm"],
  },
  {
    id: "CUC_THUE",
    nameVi: "Cục Thuế tỉnh Cao Bằng",
    nameEn: "Cao Bằng Tax Department",
    abbr: "Cục Thuế",
    kind: "province_agency",
    aliases: ["Cục Thuế"],
    note: "Ngành thuế được tổ chức lại năm 2025; chưa ghi đơn vị kế thừa vì chưa chắc chắn.",
  },
  {
    id: "TT_KHUYENCONG",
    nameVi: "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
    nameEn: "Industrial Promotion and Development Consulting Centre",
    abbr: "TT Khuyến công",
    kind: "province_agency",
    aliases: ["Trung tâm khuyến công và TVPTCN"],
  },
  {
    id: "BENH_VIEN",
    nameVi: "Các bệnh viện",
    nameEn: "Hospitals",
    abbr: "Bệnh viện",
    kind: "other",
    aliases: ["Bệnh viện"],
    standsFor: { members: [], basis: "Các bệnh viện không được kê tên trong quyết định: không có đơn vị báo cáo riêng." },
  },
  {
    id: "BO_NNPTNT",
    nameVi: "Bộ Nông nghiệp và Phát triển nông thôn",
    nameEn: "Ministry of Agriculture and Rural Development",
    abbr: "Bộ NN&PTNT",
    kind: "central_ministry",
    aliases: ["Bộ Nông nghiệp và PTNT"],
    successor: { id: "BO_NNMT", effective: "2025-03-01", basis: "Hợp nhất Bộ NN&PTNT và Bộ TN&MT (2025)" },
  },
  {
    id: "BO_NNMT",
    nameVi: "Bộ Nông nghiệp và Môi trường",
    nameEn: "Ministry of Agriculture and Environment",
    abbr: "Bộ NN&MT",
    kind: "central_ministry",
    aliases: [],
    establishedAfterDecision: true,
  },
  {
    id: "HOI_NONGDAN",
    nameVi: "Hội Nông dân tỉnh",
    nameEn: "Provincial Farmers' Union",
    abbr: "Hội ND",
    kind: "association",
    aliases: ["Hội nông dân tinh", "Hội nông dân tỉnh", "Hội nông dân"],
  },
  {
    id: "HIEPHOI_DN",
    nameVi: "Hiệp hội Doanh nghiệp tỉnh",
    nameEn: "Provincial Business Association",
    abbr: "Hiệp hội DN",
    kind: "association",
    aliases: ["Hiệp hội DN tinh", "Hiệp hội DN tỉnh"],
  },
  {
    id: "LIENHIEP_KHKT",
    nameVi: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    nameEn: "Provincial Union of Science and Technology Associations",
    abbr: "Liên hiệp Hội KH&KT",
    kind: "association",
    aliases: ["Liên hiệp các Hội Khoa học và Kỹ thuật"],
  },
  {
    id: "HOI_LHPN",
    nameVi: "Hội Liên hiệp Phụ nữ tỉnh",
    nameEn: "Provincial Women's Union",
    abbr: "Hội LHPN",
    kind: "association",
    aliases: ["Hội liên hiệp phụ nữ"],
  },
  {
    id: "HOI_TCBVNTD",
    nameVi: "Hội Tiêu chuẩn và Bảo vệ người tiêu dùng tỉnh",
    nameEn: "Provincial Standards and Consumer Protection Association",
    abbr: "Hội TC&BVNTD",
    kind: "association",
    aliases: ["Hội tiêu chuẩn và bảo vệ người tiêu dùng tỉnh"],
  },
  {
    id: "MTTQ",
    nameVi: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng",
    nameEn: "Provincial Vietnam Fatherland Front Committee",
    abbr: "UB MTTQ tỉnh",
    kind: "association",
    aliases: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng"],
  },
  {
    id: "DOAN_THE",
    nameVi: "Các tổ chức đoàn thể",
    nameEn: "Mass organisations",
    abbr: "Đoàn thể",
    kind: "association",
    aliases: ["các tổ chức đoàn thể", "các đoàn thể"],
    standsFor: {
      members: ["MTTQ", "HOI_NONGDAN", "HOI_LHPN"],
      basis:
        'Mục IV.11: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng và các đoàn thể"; các đoàn thể có tên trong quyết định là Hội Nông dân và Hội LHPN (suy luận).',
    },
  },
  {
    id: "DAI_PTTH",
    nameVi: "Đài Phát thanh – Truyền hình tỉnh",
    nameEn: "Provincial Radio and Television",
    abbr: "Đài PTTH",
    kind: "media",
    aliases: ["Đài PTTH tinh", "Đài PTTH tỉnh"],
    note: "Cơ quan báo chí được sắp xếp năm 2025; chưa ghi đơn vị kế thừa vì chưa chắc chắn tên gọi.",
  },
  {
    id: "BAO_CB",
    nameVi: "Báo Cao Bằng",
    nameEn: "Cao Bằng Newspaper",
    abbr: "Báo CB",
    kind: "media",
    aliases: ["Báo Cao Bằng"],
    note: "Cơ quan báo chí được sắp xếp năm 2025; chưa ghi đơn vị kế thừa vì chưa chắc chắn tên gọi.",
  },
  {
    id: "DIENLUC_CB",
    nameVi: "Công ty Điện lực Cao Bằng",
    nameEn: "Cao Bằng Power Company",
    abbr: "Điện lực CB",
    kind: "company",
    aliases: ["Điện lực Cao Bằng"],
  },
  {
    id: "UBND_HUYEN",
    nameVi: "UBND các huyện, thành phố",
    nameEn: "District and city People's Committees (all)",
    abbr: "UBND huyện",
    kind: "district",
    aliases: ["UBND huyện", "UBND các huyện", "UBND các huyện trong tỉnh", "UBND các huyện, thành phố"],
    dissolved: { effective: "2025-07-01", basis: DISTRICT_LEVEL_ABOLISHED },
    note: "Mục chung khi văn bản giao cho tất cả các huyện; từng huyện có mã riêng.",
    standsFor: { kind: "district", basis: "Mục chung của quyết định: mọi UBND huyện, thành phố còn tồn tại vào ngày hạn báo cáo." },
  },
  // District-level units as of the decision (2018) and the one created in 2020: they report to the plan.
  district("TP_CAOBANG", "thành phố Cao Bằng", "Cao Bằng City"),
  district("H_BAOLAM", "huyện Bảo Lâm", "Bảo Lâm District"),
  district("H_BAOLAC", "huyện Bảo Lạc", "Bảo Lạc District"),
  district("H_HAQUANG", "huyện Hà Quảng", "Hà Quảng District"),
  district("H_THONGNONG", "huyện Thông Nông", "Thông Nông District", {
    successor: { id: "H_HAQUANG", effective: "2020-03-01", basis: DISTRICTS_2020 },
  }),
  district("H_TRUNGKHANH", "huyện Trùng Khánh", "Trùng Khánh District"),
  district("H_TRALINH", "huyện Trà Lĩnh", "Trà Lĩnh District", {
    successor: { id: "H_TRUNGKHANH", effective: "2020-03-01", basis: DISTRICTS_2020 },
  }),
  district("H_HALANG", "huyện Hạ Lang", "Hạ Lang District"),
  district("H_QUANGUYEN", "huyện Quảng Uyên", "Quảng Uyên District", {
    successor: { id: "H_QUANGHOA", effective: "2020-03-01", basis: DISTRICTS_2020 },
  }),
  district("H_PHUCHOA", "huyện Phục Hòa", "Phục Hòa District", {
    successor: { id: "H_QUANGHOA", effective: "2020-03-01", basis: DISTRICTS_2020 },
  }),
  district("H_QUANGHOA", "huyện Quảng Hòa", "Quảng Hòa District", { establishedAfterDecision: true }),
  district("H_HOAAN", "huyện Hòa An", "Hòa An District"),
  district("H_NGUYENBINH", "huyện Nguyên Bình", "Nguyên Bình District"),
  district("H_THACHAN", "huyện Thạch An", "Thạch An District"),
];
