/**
 * Who answers for each task-group activity. The activities (NV1.1 … NV6.7) print no agency; section IV of the
 * decision gives each department its part, so every line here is an inference from one of its items, quoted in
 * `basisVi`. Units are the decision's own (2018); the reorganisations are applied when a report's due date is known
 * (plan/responsibility.ts), never here.
 */
import type { TaskResponsibilityT } from "../schema";

const IV = {
  "IV.1":
    "Sở Kế hoạch và Đầu tư: Là cơ quan đầu mối về TTX… Chủ trì phối hợp với các Sở, ngành liên quan xác định những nhiệm vụ, dự án trọng điểm… phối hợp với Sở Tài chính… xác định và phân bổ nguồn tài chính",
  "IV.3":
    "Sở Nội vụ: Chủ trì, phối hợp, tham mưu cho các cấp về nhân lực, quản lý và đào tạo nguồn nhân lực thực hiện Chiến lược và Kế hoạch hành động TTX, tăng cường năng lực thích ứng với biến đổi khí hậu.",
  "IV.4":
    "Sở Thông tin và Truyền thông: Chủ trì phối hợp với các sở, ban, ngành có liên quan lập kế hoạch tuyên truyền, phổ biến rộng rãi trên các phương tiện thông tin đại chúng nhằm nâng cao nhận thức về sử dụng năng lượng tiết kiệm và hiệu quả",
  "IV.5":
    "Sở Công Thương: Chủ trì phối hợp với các sở, ban, ngành, các tổ chức liên quan tổ chức thực hiện Kế hoạch hành động TTX của ngành Công Thương.",
  "IV.6":
    "Sở Nông nghiệp và Phát triển Nông thôn: Có nhiệm vụ tham mưu về chính sách phát triển nông nghiệp, nông thôn; triển khai thực hiện các đề án, dự án trong phát triển nông nghiệp thông minh, theo các định hướng TTX.",
  "IV.8":
    "Sở Xây dựng: Là đơn vị chủ trì, phối hợp thực hiện các đề án, dự án liên quan đến quy hoạch đô thị bền vững, phát triển cơ sở hạ tầng kỹ thuật",
  "IV.9":
    "Sở Tài nguyên và Môi trường: Tham mưu cho UBND Tỉnh về chính sách phát triển môi trường bền vững theo các định hướng TTX… giám sát môi trường nhằm tăng cường hiệu quả bảo vệ môi trường đặc biệt đối với khối công nghiệp.",
  "IV.10":
    "Sở Khoa học và Công nghệ: Chủ trì phối hợp với các đơn vị trong lĩnh vực liên quan đến khoa học công nghệ… triển khai các dự án liên quan đến khoa học công nghệ phục vụ thực hiện các mục tiêu TTX",
  "IV.11":
    "Các sở, ban, ngành khác…: Tùy theo chức năng nhiệm vụ, chủ trì, phối hợp với các ngành, các địa phương…; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng và các đoàn thể: … tuyên truyền, vận động…; UBND cấp huyện, thành phố… chủ động lập kế hoạch của địa phương",
} as const;

type Section = keyof typeof IV;

const assign = (
  code: string,
  section: Section,
  lead: string[],
  coordinating: string[],
  reasonVi: string,
  reasonEn: string,
): TaskResponsibilityT => ({
  code,
  lead,
  coordinating,
  section,
  basisVi: IV[section],
  reasonVi,
  reasonEn,
  inferred: true,
});

export const TASK_RESPONSIBILITY: TaskResponsibilityT[] = [
  assign(
    "NV1.1",
    "IV.3",
    ["SO_NV"],
    ["SO_TNMT", "UBND_HUYEN"],
    "Năng lực quản lý nhà nước, nhân lực: Sở Nội vụ (IV.3); BĐKH: Sở TN&MT (IV.9); cấp huyện được nêu trong nhiệm vụ.",
    "State capacity and staff: Home Affairs (IV.3); climate: Natural Resources and Environment (IV.9); districts named in the task.",
  ),
  assign(
    "NV1.2",
    "IV.4",
    ["SO_TTTT"],
    ["SO_CT", "MTTQ", "DOAN_THE", "UBND_HUYEN"],
    "Tuyên truyền về sử dụng năng lượng tiết kiệm: Sở TT&TT (IV.4); năng lượng: Sở Công Thương (IV.5); vận động nhân dân: MTTQ, đoàn thể, UBND huyện (IV.11).",
    "Communication on energy saving: Information and Communications (IV.4); energy: Industry and Trade (IV.5); mobilising people: Fatherland Front, mass organisations, districts (IV.11).",
  ),
  assign(
    "NV1.3",
    "IV.5",
    ["SO_CT"],
    ["SO_NNPTNT"],
    "Chuỗi cung ứng, tiêu dùng xanh: ngành Công Thương (IV.5); nông sản, hộ gia đình nông thôn: Sở NN&PTNT (IV.6).",
    "Supply chains and green consumption: Industry and Trade (IV.5); farm produce and rural households: Agriculture (IV.6).",
  ),
  assign(
    "NV1.4",
    "IV.10",
    ["SO_KHCN"],
    ["SO_NV"],
    "Nghiên cứu nội dung TTX: Sở KH&CN (IV.10); đào tạo nguồn nhân lực: Sở Nội vụ (IV.3).",
    "Research on green growth content: Science and Technology (IV.10); training: Home Affairs (IV.3).",
  ),
  assign(
    "NV2.1",
    "IV.1",
    ["SO_KHDT"],
    ["SO_TNMT"],
    "Lồng ghép TTX vào quy hoạch, kế hoạch phát triển: cơ quan đầu mối (IV.1); lồng ghép nội dung BĐKH: Sở TN&MT (IV.9, IV.11).",
    "Integrating green growth into development plans: the focal department (IV.1); climate content: Natural Resources and Environment (IV.9, IV.11).",
  ),
  assign(
    "NV2.2",
    "IV.1",
    ["SO_KHDT"],
    ["SO_NNPTNT", "SO_TC"],
    "Thứ tự ưu tiên nhiệm vụ, dự án: cơ quan đầu mối (IV.1); nông, lâm nghiệp: Sở NN&PTNT (IV.6); nguồn tài chính: Sở Tài chính (IV.1, IV.2).",
    "Priorities among tasks and projects: the focal department (IV.1); farming and forestry: Agriculture (IV.6); funding: Finance (IV.1, IV.2).",
  ),
  assign(
    "NV2.3",
    "IV.9",
    ["SO_TNMT"],
    ["SO_CT"],
    "Quy hoạch khoáng sản, cơ sở gây ô nhiễm: Sở TN&MT (IV.9); cơ sở công nghiệp: Sở Công Thương (IV.5).",
    "Mining plans and polluting plants: Natural Resources and Environment (IV.9); industrial plants: Industry and Trade (IV.5).",
  ),
  assign(
    "NV2.4",
    "IV.10",
    ["SO_KHCN"],
    ["SO_NNPTNT", "SO_CT"],
    "Tiêu chuẩn “xanh”: lĩnh vực khoa học công nghệ, tiêu chuẩn (IV.10); nông sản: Sở NN&PTNT (IV.6); hàng hóa: Sở Công Thương (IV.5).",
    "Green standards: science and technology, standards (IV.10); farm produce: Agriculture (IV.6); goods: Industry and Trade (IV.5).",
  ),
  assign(
    "NV2.5",
    "IV.8",
    ["SO_XD"],
    ["SO_VHTTDL", "SO_CT"],
    "Khu đô thị xanh: Sở Xây dựng (IV.8); du lịch sinh thái, văn hóa: Sở VHTT&DL theo chức năng (IV.11); mua sắm, hàng tiêu dùng: Sở Công Thương (IV.5).",
    "Green urban areas: Construction (IV.8); eco and cultural tourism: Culture, Sports and Tourism by its remit (IV.11); shopping and consumer goods: Industry and Trade (IV.5).",
  ),
  assign(
    "NV5.1",
    "IV.5",
    ["SO_CT"],
    ["SO_TNMT", "SO_KHCN"],
    "Khai thác, chế biến khoáng sản: ngành Công Thương (IV.5); giám sát môi trường khối công nghiệp: Sở TN&MT (IV.9); chuyển giao công nghệ: Sở KH&CN (IV.10).",
    "Mining and processing: Industry and Trade (IV.5); environmental monitoring of industry: Natural Resources and Environment (IV.9); technology transfer: Science and Technology (IV.10).",
  ),
  assign(
    "NV5.2",
    "IV.6",
    ["SO_NNPTNT"],
    ["SO_KHCN"],
    "Nông nghiệp công nghệ cao, thông minh: Sở NN&PTNT (IV.6); công nghệ: Sở KH&CN (IV.10).",
    "High-tech, smart farming: Agriculture (IV.6); technology: Science and Technology (IV.10).",
  ),
  assign(
    "NV5.3",
    "IV.6",
    ["SO_NNPTNT"],
    ["UBND_HUYEN"],
    "Cơ cấu cây trồng, vật nuôi: Sở NN&PTNT (IV.6); từng vùng trong tỉnh: UBND huyện lập kế hoạch địa phương (IV.11).",
    "Crop and livestock structure: Agriculture (IV.6); each area: district committees plan locally (IV.11).",
  ),
  assign(
    "NV5.4",
    "IV.6",
    ["SO_NNPTNT"],
    ["CC_KIEMLAM", "UBND_HUYEN"],
    "Bảo vệ và phát triển rừng: Sở NN&PTNT (IV.6) với Chi cục Kiểm lâm; địa phương (IV.11).",
    "Forest protection and development: Agriculture (IV.6) with the Forest Protection Sub-department; localities (IV.11).",
  ),
  assign(
    "NV5.5",
    "IV.6",
    ["SO_NNPTNT"],
    ["CC_KIEMLAM", "SO_TNMT"],
    "Cải tạo rừng, chuyển đổi rừng: Sở NN&PTNT (IV.6) với Chi cục Kiểm lâm; hấp thụ carbon, BĐKH: Sở TN&MT (IV.9).",
    "Forest improvement and conversion: Agriculture (IV.6) with the Forest Protection Sub-department; carbon and climate: Natural Resources and Environment (IV.9).",
  ),
  assign(
    "NV6.1",
    "IV.8",
    ["SO_XD"],
    ["SO_GTVT", "UBND_HUYEN"],
    "Đô thị xanh, bền vững: Sở Xây dựng (IV.8); giao thông đô thị: Sở GTVT (IV.7); địa phương (IV.11).",
    "Green, sustainable towns: Construction (IV.8); urban transport: Transport (IV.7); localities (IV.11).",
  ),
  assign(
    "NV6.2",
    "IV.6",
    ["SO_NNPTNT"],
    ["UBND_HUYEN"],
    "Chương trình nông thôn mới: chính sách nông nghiệp, nông thôn (IV.6); địa phương (IV.11).",
    "New rural programme: agriculture and rural policy (IV.6); localities (IV.11).",
  ),
  assign(
    "NV6.3",
    "IV.8",
    ["SO_XD"],
    ["SO_TNMT", "UBND_HUYEN"],
    "Quy hoạch, xây dựng công trình xử lý rác thải, nước thải: hạ tầng kỹ thuật (IV.8); môi trường (IV.9); địa phương (IV.11).",
    "Planning and building waste and wastewater works: technical infrastructure (IV.8); environment (IV.9); localities (IV.11).",
  ),
  assign(
    "NV6.4",
    "IV.5",
    ["SO_CT"],
    ["MTTQ", "DOAN_THE"],
    "Tiêu dùng bền vững, sản phẩm nhãn sinh thái: ngành Công Thương (IV.5); vận động nhân dân: MTTQ và các đoàn thể (IV.11).",
    "Sustainable consumption, eco-labelled goods: Industry and Trade (IV.5); mobilising people: Fatherland Front and mass organisations (IV.11).",
  ),
  assign(
    "NV6.5",
    "IV.10",
    ["SO_KHCN"],
    ["SO_NNPTNT"],
    "Tiến bộ khoa học công nghệ trong sản xuất: Sở KH&CN (IV.10); tưới, chế biến nông sản: Sở NN&PTNT (IV.6).",
    "Science and technology in production: Science and Technology (IV.10); irrigation, farm processing: Agriculture (IV.6).",
  ),
  assign(
    "NV6.6",
    "IV.5",
    ["SO_CT"],
    ["SO_NNPTNT", "SO_YT"],
    "Hệ thống phân phối: ngành Công Thương (IV.5); nông sản an toàn: Sở NN&PTNT (IV.6); an toàn thực phẩm: Sở Y tế theo chức năng (IV.11).",
    "Distribution: Industry and Trade (IV.5); safe farm produce: Agriculture (IV.6); food safety: Health by its remit (IV.11).",
  ),
  assign(
    "NV6.7",
    "IV.11",
    ["SO_VHTTDL"],
    ["UBND_HUYEN"],
    "Du lịch văn hóa, sinh thái: Sở VHTT&DL theo chức năng (IV.11, không được nêu tên riêng); cộng đồng địa phương (IV.11).",
    "Cultural and eco-tourism: Culture, Sports and Tourism by its remit (IV.11, not named on its own); local communities (IV.11).",
  ),
];
