/**
 * Điều 1, III.1 — the six task groups. The decision numbers the first two both "1.2"; ids NV1–NV6 are ours and
 * stable, `sourceLabel` keeps the printed label. Task groups 1.3 and 1.4 are carried out through the Appendix I
 * actions (sectors A–C and D); their printed bullets describe those sectors. Counts are as printed ("Có 05 hoạt
 * động"); `integrity.ts` compares them with the items and the appendix.
 */
import type { TaskGroupT } from "../schema";

export const TASK_GROUPS: TaskGroupT[] = [
  {
    id: "NV1",
    sourceLabel: "1.2",
    titleVi: "Nhóm nhiệm vụ về nâng cao năng lực và nhận thức",
    titleEn: "Capacity building and awareness",
    tasksVi: [
      "Nâng cao năng lực của hệ thống quản lý nhà nước về thích ứng với BĐKH và thực hiện TTX, đặc biệt năng lực của các cấp huyện và xã/phường;",
      "Tuyên truyền vận động, tập huấn, bồi dưỡng nâng cao nhận thức cho các doanh nghiệp, cộng đồng và người dân về sự cần thiết và lợi ích của việc sử dụng năng lượng hiệu quả, tiết kiệm năng lượng và tài nguyên, tiêu dùng xanh, lối sống xanh, thân thiện với môi trường;",
      "Tập huấn, hướng dẫn doanh nghiệp và hộ gia đình tham gia vào chuỗi cung ứng sản phẩm xanh và tiêu dùng xanh;",
      "Nghiên cứu và đưa vào giảng dạy các nội dung về TTX, giảm phát thải KNK, tiết kiệm năng lượng, áp dụng công nghệ xanh trong nông nghiệp, khai thác tài nguyên bền vững... vào các cấp học, bậc học phù hợp.",
    ],
    printedActivityCount: null,
    note: 'The decision prints this group as "1.2" although it comes first; the next group is also "1.2".',
    source: "Điều 1, III.1, nhóm 1 (in là 1.2)",
  },
  {
    id: "NV2",
    sourceLabel: "1.2",
    titleVi: "Nhóm nhiệm vụ về tăng cường thể chế",
    titleEn: "Strengthening institutions",
    tasksVi: [
      "Rà soát nội dung các văn bản quy phạm pháp luật, các chiến lược, quy hoạch, kế hoạch phát triển nhằm phát hiện những điểm chưa phù hợp với các mục tiêu, định hướng TTX, đề xuất các nội dung cần điều chỉnh nhằm thực hiện việc lồng ghép TTX vào quy hoạch, kế hoạch phát triển kinh tế - xã hội của địa phương;",
      "Xây dựng và áp dụng các tiêu chí rõ ràng cho việc xác định thứ tự ưu tiên cho các hoạt động, chương trình, dự án TTX trong lĩnh vực nông nghiệp, lâm nghiệp, năng lượng của Tỉnh;",
      "Rà soát các quy hoạch khai thác khoáng sản nhằm tăng hiệu quả khai thác và sử dụng tài nguyên. Loại bỏ các cơ sở công nghiệp sản xuất, khai thác khoáng sản gây ô nhiễm môi trường và lãng phí tài nguyên;",
      "Xây dựng tiêu chuẩn và hướng dẫn “xanh” cho các doanh nghiệp và nhà sản xuất các sản phẩm nông sản đặc trưng của tỉnh theo chuỗi sản phẩm có giá trị trong đó có tiêu chuẩn sản xuất xanh, danh mục hàng hóa xanh nhằm tăng khả năng cạnh tranh trên thị trường;",
      "Xây dựng và ban hành hướng dẫn và tiêu chí về khu đô thị xanh, khu du lịch sinh thái, sản phẩm sinh thái, du lịch văn hóa, mua sắm hàng nông sản và hàng tiêu dùng địa phương nhằm đáp ứng được mục tiêu giảm tiêu thụ năng lượng, bảo vệ môi trường và giảm phát thải.",
    ],
    printedActivityCount: null,
    note: 'Printed as "1.2", the same label as the group before it.',
    source: "Điều 1, III.1, nhóm 2 (in là 1.2)",
  },
  {
    id: "NV3",
    sourceLabel: "1.3",
    titleVi: "Nhóm nhiệm vụ về giảm phát thải khí nhà kính",
    titleEn: "Reducing greenhouse gas emissions",
    introVi:
      "Gồm 25 hoạt động được đề xuất thực hiện trong cả hai giai đoạn 2017-2020 và 2021-2030. Các nhiệm vụ/dự án cụ thể được phân theo từng lĩnh vực, từng phạm vi cụ thể.",
    tasksVi: [
      "Về lĩnh vực công nghiệp- xây dựng: Có 3 hoạt động: Giảm phát thải KNK trong lĩnh vực này là phù hợp với yêu cầu quy hoạch và định hướng phát triển kinh tế xã hội của tỉnh cũng như từng ngành. Các biện pháp giảm phát thải gắn với việc khai thác tối đa những tiềm năng, lợi thế của tỉnh trong quá trình phát triển và đảm bảo thực hiện được mục tiêu tăng trưởng xanh, góp phần đưa Cao Bằng trở thành một trong các tỉnh miền núi vùng Đông Bắc đi tiên phong về đổi mới mô hình tăng trưởng, chuyển đổi phương thức phát triển từ “cường độ các bon cao” sang “thấp”.",
      "Về sử dụng năng lượng trong lĩnh vực nông- lâm- thủy sản: Có 01 hoạt động: Phối hợp các chương trình của ngành nông -lâm - ngư nghiệp, thúc đẩy sử dụng năng lượng hiệu quả trong tưới tiêu, làm đất, thu hoạch hoa màu. Hoạt động giảm phát thải KNK trong nông nghiệp chủ yếu là tiếp cận nhanh và áp dụng có hiệu quả các thành tựu khoa học, công nghệ mới theo hướng hiện đại, nông nghiệp công nghệ cao....",
      "Về sử dụng năng lượng trong lĩnh vực Dịch vụ- Thương mại: Có 02 hoạt động: Tập trung chủ yếu vào việc sử dụng năng lượng tiết kiệm và hiệu quả đối với thắp sáng, thiết bị làm mát, thiết bị đun nước nóng và các thiết bị văn phòng khác.",
      "Về sử dụng năng lượng trong lĩnh vực Giao thông vận tải: Có 02 hoạt động: Tập trung chủ yếu vào việc tăng cường sử dụng xăng sinh học (E5 và E10) chuyển đổi phương tiện và nâng cao hiệu quả trong vận tải hàng hóa và hành khách.",
      "Về sử dụng năng lượng trong lĩnh vực quản lý và tiêu dùng dân cư: Có 04 hoạt động, gồm: giảm tiêu thụ điện, đun nước nóng bằng năng lượng mặt trời, sử dụng năng lượng tái tạo như bếp đun sinh khối cải tiến, bếp đun sử dụng khí sinh học từ chăn nuôi, áp dụng các công nghệ chuyển hóa năng lượng hiệu suất cao nhằm giảm phát thải các chất ô nhiễm trong quá trình sử dụng.",
      "Về lĩnh nông nghiệp (giảm phát thải khí nhà kính): Có 10 hoạt động, các hoạt động trong lĩnh vực này tập trung chủ yếu vào: Thay đổi giống lúa năng suất và chất lượng cao; Áp dụng tưới nước tiết kiệm và hệ thống canh tác lúa cải tiến; Áp dụng chế phẩm than sinh học và phân bón vi sinh trong canh tác lúa; Sử dụng phân compost.",
      "Về lĩnh vực lâm nghiệp: Có 03 hoạt động, gồm: Quản lý bền vững rừng phòng hộ tự nhiên, rừng đặc dụng hiện có, phòng cháy chữa cháy rừng, làm giàu vốn rừng, và trồng cây phân tán, cây bản địa.",
    ],
    printedActivityCount: 25,
    printedSectorCounts: { C1: 3, C5: 1, C2: 2, C3: 2, C4: 4, A: 10, B: 3 },
    source: "Điều 1, III.1, nhóm 3 (in là 1.3)",
  },
  {
    id: "NV4",
    sourceLabel: "1.4",
    titleVi: "Nhóm nhiệm vụ về sử dụng năng lượng tái tạo, quá trình công nghiệp và rác thải",
    titleEn: "Renewable energy, industrial processes and waste",
    introVi:
      "Có 04 hoạt động, các hoạt động chính là tập trung khai thác tối đa các nguồn năng lượng tái tạo mà tỉnh có tiềm năng như thủy điện vừa và nhỏ, năng lượng sinh khối cho sản xuất điện, năng lượng từ thu gom và xử lý rác thải, điện mặt trời lắp trên mái nhà và hệ thống pin mặt trời phục vụ cho cho điện khí hóa nông thôn ở các vùng sâu-vùng xa.",
    tasksVi: [],
    printedActivityCount: 4,
    source: "Điều 1, III.1, nhóm 4 (in là 1.4)",
  },
  {
    id: "NV5",
    sourceLabel: "1.5",
    titleVi: "Nhóm nhiệm vụ về sản xuất xanh",
    titleEn: "Green production",
    introVi:
      "Phát triển sản xuất xanh theo chuỗi giá trị, dựa trên nhu cầu của thị trường để điều chỉnh hành vi của nhà sản xuất và cung cấp. Có 05 hoạt động chủ yếu:",
    tasksVi: [
      "Áp dụng công nghệ sạch hiện đại, tiên tiến trong khai thác và chế biến tài nguyên khoáng sản nhằm giảm ô nhiễm môi trường. Loại bỏ các dự án công nghệ, trang thiết bị lạc hậu, gây ô nhiễm môi trường từ khâu xét duyệt dự án đầu tư. Ứng dụng chuyển giao công nghệ xanh, quy trình sản xuất sạch hơn trong công nghiệp khai thác và chế biến khoáng sản và trong sản xuất nông nghiệp;",
      "Từng bước ứng dụng và đẩy mạnh phát triển nông nghiệp công nghệ cao, nông nghiệp hữu cơ, trong chăn nuôi và trồng trọt;",
      "Chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp với điều kiện đất đai, thổ nhưỡng của từng vùng trong tỉnh nhằm tăng năng suất và giá trị kinh tế của sản phẩm nông nghiệp, nâng cao hiệu quả sử dụng đất, giảm phân bón, thuốc bảo vệ thực vật, tiết kiệm nước và điện năng trong tưới tiêu;",
      "Bảo vệ và phát triển rừng, bảo tồn thiên nhiên, đa dạng sinh học, tăng tỷ lệ che phủ rừng, nâng cao chất lượng rừng, tăng diện tích rừng trồng mới, rừng phòng hộ, rừng đặc dụng. Tăng diện tích cây xanh khu vực đô thị và dân cư, khu công nghiệp, đất chưa sử dụng.",
      "Cải tạo rừng tự nhiên nghèo kiệt là rừng sản xuất, rà soát chuyển đổi số diện tích rừng phòng hộ ít xung yếu, phù hợp sang rừng sản xuất nhằm cải thiện sinh kế của người dân địa phương, nâng cao chất lượng rừng, tăng hấp thụ carbon, giảm phát thải khí nhà kính, góp phần ứng phó với biến đổi khí hậu.",
    ],
    printedActivityCount: 5,
    source: "Điều 1, III.1, nhóm 5 (in là 1.5)",
  },
  {
    id: "NV6",
    sourceLabel: "1.6",
    titleVi: "Nhóm nhiệm vụ về lối sống xanh và tiêu dùng bền vững",
    titleEn: "Green lifestyle and sustainable consumption",
    introVi: "Có 07 hoạt động, tập trung chủ yếu vào:",
    tasksVi: [
      "Xây dựng đô thị xanh, bền vững: mở rộng diện tích không gian xanh, thiết kế hợp lý cơ cấu dân cư nhằm hạn chế tăng cường hệ thống giao thông, tăng đầu tư cải thiện chất lượng môi trường đô thị;",
      "Tiếp tục triển khai thực hiện chương trình nông thôn mới: lấy tiêu chí nâng cao đời sống của người dân làm mục tiêu chính;",
      "Quản lý chất thải: Quy hoạch và xây dựng các công trình xử lý rác thải và nước thải phù hợp cho từng vùng, đặc biệt là các khu sản xuất, khu du lịch và dịch vụ;",
      "Thúc đẩy tiêu dùng bền vững: Thúc đẩy sản xuất các sản phẩm sinh thái, sản phẩm từ tự nhiên, sản phẩm tái chế. Tăng cường sử dụng các sản phẩm có dán nhãn sinh thái và các sản phẩm thân thiện với môi trường. Khuyến khích tiêu dùng theo hướng tiết kiệm, tái chế, tái sử dụng, giảm thiểu chất thải; hạn chế và tiến tới loại bỏ hoàn toàn việc sử dụng bao bì nilon trong các hoạt động mua sắm và sinh hoạt của dân cư.",
      "Áp dụng tiến bộ khoa học công nghệ trong sản xuất như sử dụng hệ thống tưới thông minh, công nghệ chế biến và bảo quản nông sản hiệu quả đảm bảo chất lượng cung cấp cho người tiêu dùng, có mẫu mã hấp dẫn.",
      "Phát triển hệ thống phân phối, phối hợp triển khai công tác bảo đảm an toàn thực phẩm trong kinh doanh, hỗ trợ kết nối tiêu thụ sản phẩm nông sản thực phẩm an toàn vào hệ thống phân phối nhằm tăng khả năng tiếp cận với thực phẩm an toàn cho người dân.",
      "Phát triển du lịch văn hóa, du lịch sinh thái bền vững trên cơ sở nguồn lực văn hóa bản địa, thu hút sự tham gia cộng đồng.",
    ],
    printedActivityCount: 7,
    source: "Điều 1, III.1, nhóm 6 (in là 1.6)",
  },
];
