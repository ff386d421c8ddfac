/**
 * Điều 1, II — the 8 solution groups, transcribed from the decision. Items split over a page break in the
 * source are joined; wording is otherwise as printed. Group 5 is not split into phases ("all").
 */
import type { SolutionGroupT } from "../schema";

export const SOLUTION_GROUPS: SolutionGroupT[] = [
  {
    code: "GP.1",
    number: 1,
    titleVi: "Giải pháp về tuyên truyền, giáo dục, nâng cao nhận thức, ý thức, trách nhiệm",
    titleEn: "Communication, education and awareness",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Phát huy tối đa vai trò của các phương tiện thông tin đại chúng, các tổ chức mặt trận, đoàn thể, lực lượng học sinh, sinh viên trong việc phổ biến các chủ trương, chính sách của Nhà nước về TTX, phát triển bền vững, lợi ích của việc sử dụng năng lượng tiết kiệm và hiệu quả, sử dụng giao thông công cộng, ứng dụng năng lượng sạch và năng lượng tái tạo nhằm nâng cao nhận thức của cộng đồng về TTX và nhiệm vụ thực hiện Chiến lược Quốc gia về TTX, phát triển bền vững;",
          "Phát động các phong trào thi đua thực hiện TTX trong các tổ chức đoàn thể và cộng đồng dân cư nhằm nâng cao nhận thức và thu hút sự tham gia, hưởng ứng của toàn xã hội vào các hoạt động thực hiện TTX;",
          "Thúc đẩy việc tìm hiểu, khuyến khích, hỗ trợ kỹ thuật và đưa vào áp dụng các mô hình: sản xuất xanh, kinh doanh xanh, sản xuất sạch hơn, phân loại rác thải trong sản xuất công nghiệp và thương mại, phương pháp giảm thiểu - tái chế - tái sử dụng, tiết kiệm năng lượng, giảm phát thải KNK, năng lượng tái tạo, tăng cường khả năng ứng phó với biến đổi khí hậu;",
          "Tuyên truyền, nâng cao ý thức sử dụng tiết kiệm: điện, văn phòng phẩm, vật tư, sử dụng phương tiện công cộng thay phương tiện cá nhân;",
          "Xác định các dự án trọng điểm về tăng trưởng xanh/các-bon thấp, xanh hóa các ngành sản xuất, một số dự án thí điểm về quy hoạch tổng thể, kế hoạch phát triển KT-XH “định hướng tăng trưởng xanh” cấp tỉnh, cấp huyện.",
        ],
      },
    ],
    source: "Điều 1, II.1",
  },
  {
    code: "GP.2",
    number: 2,
    titleVi: "Giải pháp về cải cách thủ tục hành chính phục vụ tăng trưởng xanh",
    titleEn: "Administrative reform for green growth",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Rà soát nội dung các văn bản quy phạm pháp luật, các chiến lược, quy hoạch, kế hoạch, tiêu chuẩn ngành đã được ban hành nhằm phát hiện những điểm chưa phù hợp với các mục tiêu, định hướng TTX, bảo vệ môi trường và thích ứng với biến đổi khí hậu và đề xuất điều chỉnh, bổ sung, coi đó là một tiêu chí quan trọng khi phê duyệt các văn bản này. Đặc biệt những ngành có tác động nhiều tới tài nguyên, môi trường, có hiệu quả không cao trong sử dụng vốn và tài nguyên, để xác định yêu cầu xanh hóa sản xuất, sử dụng tiết kiệm tài nguyên thiên nhiên, kiểm soát ô nhiễm và quản lý chất thải một cách có hiệu quả vào các quy hoạch hiện có;",
          "Tăng cường quản lý hoạt động nhập khẩu, rà soát lại những quy định nhập khẩu các hàng hóa nguy hại đối với môi trường và sức khỏe;",
          "Xây dựng các cơ chế, chính sách cụ thể về huy động và quản lý có hiệu quả các nguồn lực cho phát triển bền vững và TTX giai đoạn đến 2020 và tầm nhìn 2030;",
          "Phối hợp với các Sở, ngành, địa phương tạo môi trường thuận lợi để duy trì ổn định sản xuất và thúc đẩy hoạt động sản xuất kinh doanh, đặc biệt là đối với các nhà máy chế biến khoáng sản, sản xuất thủy điện, sản xuất vật liệu xây dựng, chế biến nông lâm sản, thực phẩm, sản xuất công nghiệp- TTCN nhằm đạt được các mục tiêu phát triển bền vững, TTX và thích ứng với biến đổi khí hậu;",
          "Tăng cường việc trao đổi thông tin, số liệu phục vụ việc theo dõi, đánh giá và báo cáo một cách thường xuyên về thực trạng tăng trưởng, quản lý môi trường và tài nguyên trên địa bàn;",
          "Xây dựng các tiêu chí khung hoặc phương án theo dõi, đánh giá và báo cáo thực hiện Chiến lược và Kế hoạch hành động TTX của tỉnh;",
          "Tiếp tục thực hiện công tác cải cách hành chính, đơn giản hóa thủ tục hành chính theo các quy định pháp luật nhằm giảm phiền hà, giảm bớt chi phí và thời gian của doanh nghiệp để làm thủ tục cấp phép hoạt động lĩnh vực ngành công nghiệp, thương mại, áp dụng công nghệ mới và thực hiện TTX.",
        ],
      },
      {
        phase: "2021-2030",
        itemsVi: [
          "Đổi mới quy hoạch, kế hoạch xây dựng cùn lồng ghép các nội dung về quan điểm, mục tiêu, chỉ tiêu, định hướng ưu tiên,...của Chiến lược quốc gia về tăng trưởng xanh, Chiến lược phát triển bền vững, bảo vệ môi trường và thích ứng với biến đổi khí hậu;",
          "Tiếp tục triển khai thực hiện các chính sách mới của nhà nước về hỗ trợ sản xuất nông, lâm nghiệp và thủy sản. Đặc biệt là chính sách hỗ trợ sản xuất sản phẩm hàng hóa mới, chính sách để người dân hưởng lợi trực tiếp từ rừng tham gia vào đầu tư sản xuất. Chính sách khuyến khích phát triển kinh tế tập thể;",
          "Nâng cao chất lượng công tác nghiên cứu, dự báo, phục vụ tốt cho công tác xây dựng và thực hiện các quy hoạch, kế hoạch, chương trình, đề án phát triển kinh tế - xã hội;",
          "Kiện toàn công tác, theo dõi, đánh giá, báo cáo thực hiện Chiến lược TTX tại tỉnh. Đưa nội dung kiểm điểm thực hiện TTX vào các báo cáo tổng kết, đánh giá định kỳ nhằm kiểm điểm, đánh giá các kết quả đạt được, xác định rõ các ưu khuyết điểm, tồn tại và nguyên nhân, trách nhiệm của từng sở, ngành, từng địa phương trong thực hiện TTX;",
        ],
      },
    ],
    source: "Điều 1, II.2",
  },
  {
    code: "GP.3",
    number: 3,
    titleVi: "Giải pháp về kết cấu hạ tầng, xanh hóa cảnh quan đô thị và xây dựng nông thôn mới",
    titleEn: "Infrastructure, green urban landscape and new rural areas",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Quy hoạch không gian đô thị đảm bảo hiệu quả kinh tế - sinh thái, thuận lợi cho phát triển giao thông công cộng, tăng tính hấp dẫn, cạnh tranh và thân thiện môi trường, tiết kiệm thời gian đi lại của dân cư với hạ tầng cơ bản đồng bộ như: Nhà ở, hệ thống giao thông, cung cấp năng lượng, cấp, thoát nước, xử lý rác thải, nước thải, cơ sở giáo dục, y tế, trung tâm thương mại đảm bảo phục vụ cho nhu cầu người dân với chất lượng tốt, ổn định sẽ giúp giảm các chi phí do ô nhiễm;",
          "Quy hoạch không gian đô thị, quy hoạch cảnh quan, kiến trúc cây xanh, nhà ở, hệ thống giao thông,...nhằm phát triển xanh nhất, sạch nhất và toàn diện nhất;",
          "Đưa nhiệm vụ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2017-2020 vào làm một trong những nhiệm vụ trọng tâm thực hiện kế hoạch tăng trưởng xanh của tỉnh;",
          "Ưu tiên phân bố đất công để nhanh chóng nâng cao diện tích không gian xanh và mặt nước ở các đô thị, đạt tiêu chuẩn theo loại đô thị;",
          "Quy hoạch hệ thống phụ trợ về môi trường như tiêu thoát nước mưa, hệ thống thu gom, vận chuyển, xử lý rác thải, nước thải đô thị, cơ sở sản xuất điện từ rác thải xen kẽ với khoảng không gian xanh;",
          "Những khu vực chịu tác động của biến đổi khí hậu cần điều chỉnh quy hoạch hạ tầng thích ứng để giảm thiểu thiệt hại kinh tế và tác động của biến đổi khí hậu;",
          "Quy hoạch nông thôn theo các tiêu chuẩn sống tốt, bảo vệ và phát triển cảnh quan và môi trường xanh, sạch, đẹp, văn minh;",
          "Nghiên cứu và triển khai thí điểm hệ thống đánh giá hiệu quả năng lượng và hạ tầng đô thị xanh để nâng cao mức tiết kiệm năng lượng và giảm phát thải KNK cho các khu đô thị.",
        ],
      },
      {
        phase: "2021-2030",
        itemsVi: [
          "Đầu tư xây dựng cải tạo và nâng cấp hệ thống hạ tầng kỹ thuật giao thông đô thị nhằm đáp ứng và phù hợp với xu thế phát triển chung của đất nước. Ưu tiên phát triển hệ thống vận tải công cộng đô thị với sự tham gia của mọi thành phần kinh tế;",
          "Sử dụng công cụ kinh tế và tiêu chuẩn kỹ thuật để kiểm soát sự phát triển số lượng phương tiện cá nhân;",
          "Đầu tư và phát triển các khoảng không gian xanh trong các dự án đô thị và khuyến khích cộng đồng, doanh nghiệp và các hộ gia đình huy động nguồn lực để xanh hóa cảnh quan đô thị;",
          "Các địa phương có điều kiện phát triển sản xuất công nghiệp, tiêu thụ công nghiệp nông thôn xây dựng các khu sản xuất tập trung để vận động doanh nghiệp, cơ sở sản xuất vào nhằm tăng cường công tác giám sát, kiểm tra về điều kiện sản xuất, môi trường...;",
          "Nhân rộng các giải pháp xây dựng nhà ở theo mô hình làng, nhà ở sinh thái, phù hợp với phong tục, tập quán, lối sống trong từng vùng, từng dân tộc trên địa bàn tỉnh;",
          "Nhân rộng mô hình du lịch “xanh”, thân thiện với môi trường.",
        ],
      },
    ],
    source: "Điều 1, II.3",
  },
  {
    code: "GP.4",
    number: 4,
    titleVi: "Giải pháp về chuyển dịch mô hình kinh tế và cơ cấu đầu tư",
    titleEn: "Shifting the economic model and investment structure",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Xây dựng các chính sách ưu đãi, khuyến khích các doanh nghiệp lập kế hoạch và thực hiện tái chế và tái sử dụng chất thải, năng lượng tái tạo, chế biến sản phẩm nông lâm sản tinh cung cấp cho người tiêu dùng;",
          "Hỗ trợ các dự án đầu tư tư nhân vào công nghệ tái chế, tái sử dụng các phế phẩm từ nông nghiệp hoặc khai thác khoáng;",
          "Xây dựng và phát triển mạnh các hình thức khuyến nông – khuyến ngư, đặc biệt là khuyến nông cơ sở; tăng cường công tác khuyến nông vào vùng sâu, xa và vùng có tỷ lệ nghèo cao;",
          "Đẩy nhanh tiến độ các dự án trồng rừng, tái trồng rừng, khuyến khích doanh nghiệp đầu tư vào trồng rừng kinh tế, thực hiện chương trình giao khoán đất rừng nhằm nâng cao tỷ lệ che phủ rừng, nâng cao chất lượng rừng, tăng khả năng hấp thụ khí CO2, tăng sinh khối và đảm bảo cung cấp gỗ cho sản xuất và tiêu dùng;",
          "Đẩy mạnh đầu tư có chọn lọc các dự án sản xuất những sản phẩm có giá trị gia tăng cao và hướng vào các ngành công nghiệp chế biến nông lâm sản, chế biến sâu khoáng sản, phát triển thủy điện nhỏ, sử dụng công nghệ hiện đại theo hướng bảo tồn tài sản thiên nhiên và phục hồi tự nhiên;",
          "Phát huy hệ sinh thái trang trại khép kín xanh và sạch.",
        ],
      },
      {
        phase: "2021-2030",
        itemsVi: [
          "Nâng cấp, cải tạo và mở rộng hệ thống thủy lợi nhằm đảm bảo sản xuất và an toàn cho cộng đồng dân cư;",
          "Tổ chức tốt khâu thu hoạch, sơ chế và bảo quản nông lâm sản sau thu hoạch tại các vùng nguyên liệu tập trung quy mô lớn làm hàng hóa;",
          "Đẩy mạnh các hình thức sản xuất theo mô hình trang trại, tổ hợp tác xã, hợp tác xã trong nông nghiệp, doanh nghiệp sản xuất tiêu thụ nông, lâm sản ở nông thôn tạo điều kiện thông thoáng để các doanh nghiệp hợp tác liên kết với nông dân sản xuất.",
        ],
      },
    ],
    source: "Điều 1, II.4",
  },
  {
    code: "GP.5",
    number: 5,
    titleVi: "Giải pháp về đổi mới công nghệ, nâng cao hiệu quả sử dụng năng lượng, phát triển năng lượng tái tạo",
    titleEn: "Technology renewal, energy efficiency and renewable energy",
    introVi:
      "Triển khai thực hiện đầy đủ các quy định của Luật, nghị định và thông tư liên quan đến sử dụng năng lượng tiết kiệm và hiệu quả. Thực hiện kiểm toán năng lượng bắt buộc và chế độ báo cáo định kỳ đối với các tổ chức, cá nhân tiêu dùng nhiều năng lượng như khai thác, chế biến quặng, sản xuất vật liệu xây dựng, dệt may, hóa chất, nước giải khát, các trung tâm thương mại... Giai đoạn đầu là trình diễn công nghệ và các giải pháp năng lượng tiết kiệm và hiệu quả, đánh giá, tổng kết làm cơ sở nhân rộng mô hình cho giai đoạn từ sau 2020, các giải pháp chính, đó là:",
    phases: [
      {
        phase: "all",
        itemsVi: [
          "Áp dụng công nghệ mới và quy trình quản lý, vận hành thiết bị tiên tiến, hiện đại bảo đảm tiết kiệm và năng lượng hiệu quả từ khâu sản xuất, phân phối và tiêu dùng. Khuyến khích và hỗ trợ kỹ thuật để người dân, cộng đồng thay đổi cơ cấu sử dụng chất đốt cho đun nấu từ các dạng năng lượng hóa thạch sang năng lượng tái tạo, năng lượng sạch; mở rộng quy mô các mô hình sản xuất và tiêu dùng năng lượng tiết kiệm, an toàn và thân thiện môi trường.",
          "Xây dựng cơ chế chính sách hỗ trợ sản xuất sạch hơn trong công nghiệp, nâng cao năng lực cho các cơ quan chuyên trách về sản xuất sạch hơn tại các doanh nghiệp, và các tổ chức tư vấn trong tỉnh.",
          "Phát triển đồng bộ và hợp lý hạ tầng năng lượng tái tạo trên địa bàn tỉnh, trước mắt ưu tiên cho phát triển thủy điện nhỏ, năng lượng từ rác thải và sinh khối.",
          "Khuyến khích các cơ sở công nghiệp, du lịch dịch vụ sử dụng hệ thống cung cấp nước nóng bằng năng lượng mặt trời; nghiên cứu để giảm tồn thắt điện năng, nâng cao chất lượng phân phối điện.",
          "Khuyến khích chuyển đổi cơ cấu sử dụng nhiên liệu trong lĩnh vực giao thông vận tải sang các dạng nhiên liệu sinh học (xăng sinh học – E5, và dầu sinh học – B5); đồng thời, thực hiện lộ trình loại bỏ các phương tiện, thiết bị vận tải cũ, lạc hậu gây ô nhiễm môi trường.",
        ],
      },
    ],
    source: "Điều 1, II.5",
  },
  {
    code: "GP.6",
    number: 6,
    titleVi: "Giải pháp kiểm soát ô nhiễm",
    titleEn: "Pollution control",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Thực hiện kiên quyết và có hiệu quả Luật tài nguyên nước, Luật đất đai, Luật khoáng sản, Luật bảo vệ môi trường và những quy định liên quan, tăng cường áp dụng các công cụ kinh tế, hành chính theo nguyên tắc “người gây ô nhiễm phải trả tiền”;",
          "Xây dựng các cơ chế chính sách thu phí hợp lý/chi trả dịch vụ môi trường rừng để khuyến khích các cơ sở sản xuất sạch và tạo điều kiện để xã hội hóa các hoạt động bảo vệ môi trường và duy trì và phát triển rừng;",
          "Đầu tư triển khai xây dựng cơ sở sản xuất sản phẩm bao gói, túi xách thân thiện với môi trường thay thế túi nilon khó phân hủy tại các chợ, siêu thị và trung tâm thương mại và các cơ sở tái chế thải nói chung và tái chế túi nilon khó phân hủy thành các sản phẩm thân thiện với môi trường;",
          "Rà soát các loại khoáng sản hoặc mỏ có trữ lượng thấp, nằm sâu trong lòng đất hoặc vùng điều kiện vận chuyển khó khăn, trong rừng hoặc khu bảo tồn để loại bỏ;",
          "Tập trung xử lý các điểm gây ô nhiễm môi trường trên địa bàn tỉnh;",
          "Cung cấp giải pháp xây dựng công trình kinh tế và dân sinh thích ứng với tác động của biến đổi khí hậu và chủ động phòng ngừa tác động của thiên tai;",
          "Thực hiện đầu tư nâng cấp hệ thống xử lý nước thải tập trung, lắp đặt hệ thống quan trắc tự động và bãi tập kết chất thải rắn các khu, cụm công nghiệp; Triển khai thực hiện lộ trình di dời các cơ sở thường xuyên gây ô nhiễm môi trường nằm xen kẽ các khu dân cư vào khu, cụm công nghiệp.",
        ],
      },
      {
        phase: "2021-2030",
        itemsVi: [
          "Hạn chế và giảm dần những ngành sản xuất làm phát sinh chất thải lớn, gây ô nhiễm môi trường như công nghiệp khai khoáng và sản xuất vật liệu xây dựng. Ưu tiên phát triển các ngành sản xuất ít tác động đến môi trường và tài nguyên;",
          "Khai thác khoáng sản, khai thác tài nguyên thiên nhiên phải theo quy hoạch, phải có cam kết không hủy hoại đến môi trường sinh thái, ô nhiễm môi trường...;",
          "Quy hoạch và xây dựng đồng bộ các khu công nghiệp với đầy đủ hệ thống xử lý nước thải, cơ sở hạ tầng giao thông, khu xử lý chất thải rắn. Các dự án đầu tư trên địa bàn tỉnh phải có báo cáo Đánh giá tác động môi trường được các cấp có thẩm quyền phê duyệt theo đúng quy định Việt Nam mới cho triển khai thực hiện;",
          "Thường xuyên theo dõi và giám sát nguồn thải, các chất gây ô nhiễm nguồn nước để bảo đảm nồng độ không vượt quá giới hạn cho phép. Đối với chất thải độc hại, cần thu gom và xây dựng hệ thống vận chuyển và lưu giữ an toàn;",
          "Thực hiện tốt các quy định về vệ sinh công nghiệp, bảo trì và sửa chữa thường xuyên, nhằm hạn chế rò rỉ nhiên liệu và nâng cao công suất hoạt động của máy móc. Thay thế các nguyên liệu độc hại hoặc không có khả năng tái chế bằng các nguyên vật liệu ít độc hại hơn hoặc có thể tái chế. Thay đổi quy trình hoặc thiết bị sản xuất nhằm đạt hiệu quả cao hơn hoặc hạn chế phát thải KNK;",
          "Bảo đảm việc tuân thủ các tiêu chuẩn an toàn thực phẩm từ khâu sản xuất, vận chuyển, phân phối đến người tiêu dùng cuối cùng.",
        ],
      },
    ],
    source: "Điều 1, II.6",
  },
  {
    code: "GP.7",
    number: 7,
    titleVi: "Giải pháp phát triển nguồn nhân lực cho TTX và hợp tác quốc tế",
    titleEn: "Human resources for green growth and international cooperation",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Đẩy mạnh hợp tác, hỗ trợ lẫn nhau giữa các tỉnh, thành phố thuộc Vùng miền núi phía Bắc, đồng thời tranh thủ sự giúp đỡ, hỗ trợ của các tổ chức quốc tế và các nước trong các lĩnh vực khai thác, sử dụng hiệu quả các nguồn tài nguyên thiên nhiên, đất, nước, khoáng sản phục vụ yêu cầu phát triển KT-XH, bảo đảm sự cân bằng giữa lợi ích kinh tế và bảo vệ môi trường;",
          "Khuyến khích doanh nghiệp có vốn đầu tư nước ngoài và doanh nghiệp trong nước đầu tư vào lĩnh vực phát triển kinh tế xanh, nhập khẩu, sử dụng và nội địa hóa công nghệ xanh;",
          "Tổ chức đào tạo và bồi dưỡng kiến thức, kỹ năng quản trị, điều hành trong nền kinh tế xanh, ngành sản xuất xanh cho đội ngũ cán bộ quản trị công và doanh nghiệp, trước mắt là đối với đội ngũ cán bộ lãnh đạo, hoạch định chính sách, chiến lược, quy hoạch và kế hoạch phát triển kinh tế - xã hội;",
          "Phát triển nguồn nhân lực cho TTX trên cơ sở nghiên cứu, lựa chọn đưa các nội dung về TTX, công nghệ xanh, khai thác tài nguyên bền vững vào các cấp học và thí điểm ở một số trường;",
          "Ưu tiên và dành kinh phí từ ngân sách trung ương và địa phương để thực hiện chiến lược tăng trưởng xanh, đặc biệt nâng cao hiệu quả sử dụng năng lượng và NLTT; Huy động cộng đồng đóng góp nguồn lực để thực hiện TTX.",
          "Kêu gọi các tổ chức quốc tế và tạo các điều kiện thuận lợi cho việc nghiên cứu, xác định sự tồn tại, phát triển các loài động thực vật quý hiếm khác theo các chương trình, dự án của các tổ chức quốc tế; giúp cho đồng bào dân tộc bản địa trong việc tạo điều kiện thuận lợi, ổn định, nâng cao cuộc sống nhân dân trong vùng có tính đa dạng sinh học cao để bảo tồn các động thực vật, các nguồn gen quý hiếm.",
        ],
      },
      {
        phase: "2021-2030",
        itemsVi: [
          "Triển khai thực hiện cơ chế, chính sách ưu đãi đầu tư với mức cao nhất theo quy định của Luật đầu tư để thu hút thêm nhiều doanh nghiệp thực sự có năng lực tài chính và công nghệ cao đến đầu tư vào các lĩnh vực mà tỉnh có tiềm năng phát triển. Khuyến khích các doanh nghiệp trong và ngoài nước đến liên doanh, liên kết, chuyển giao công nghệ và tiêu thụ sản phẩm;",
          "Đẩy mạnh triển khai việc giáo dục nội dung về TTX, công nghệ xanh, khai thác tài nguyên bền vững... vào các cấp học và bậc học;",
          "Đa dạng hóa các nguồn vốn đầu tư thực hiện Chiến lược Quốc gia về TTX kết hợp sử dụng đúng mục đích, hiệu quả kinh phí sự nghiệp môi trường của tỉnh;",
          "Tăng cường hợp tác vùng, lãnh thổ và hợp tác quốc tế trong hành động tăng trưởng xanh nhằm mục đích chung tay, góp sức và tạo nguồn lực và tài chính thực hiện tăng trưởng xanh;",
          "Thúc đẩy các ngành kinh tế xanh như trồng rừng, nuôi trồng chế biến nông sản thông minh, để tạo thêm việc làm, tăng thêm nguồn vốn từ các đơn vị tư nhân, các hộ gia đình: Sản xuất và khuyến khích tiêu dùng các sản phẩm xanh/sinh thái;",
        ],
      },
    ],
    source: "Điều 1, II.7",
  },
  {
    code: "GP.8",
    number: 8,
    titleVi: "Giải pháp về ứng dụng Khoa học công nghệ",
    titleEn: "Applying science and technology",
    phases: [
      {
        phase: "2017-2020",
        itemsVi: [
          "Tiếp tục tổ chức thực hiện tốt cơ chế, chính sách hỗ trợ đầu tư đổi mới công nghệ, nâng cao năng suất, chất lượng sản phẩm và xác lập quyền sở hữu công nghiệp cho các doanh nghiệp trên địa bàn tỉnh Cao Bằng theo Nghị quyết số 30/2014/NQ-HĐND ngày 11/12/2014 của HĐND tỉnh và tổ chức triển khai có hiệu quả Kế hoạch số 105-KH/TU ngày 23/01/2017 của Tỉnh ủy Cao Bằng thực hiện Kết luận số 06/KL-TW ngày 01/9/2016 của Ban Bí thư (khóa XII) về việc tiếp tục thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư (khóa IX) về đẩy mạnh phát triển và ứng dụng công nghệ sinh học phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa đất nước, trong đó tập trung ưu tiên các công nghệ, sản phẩm thân thiện với môi trường, phát triển năng lượng tái tạo, năng lượng sạch;",
          "Nghiên cứu và lựa chọn, ứng dụng các công nghệ và thiết bị, vật liệu tiên tiến để xử lý chất thải rắn, chất thải nguy hại; phục hồi đất do khai thác khoáng sản và các điểm ô nhiễm tồn lưu; tái sử dụng và tuần hoàn nước thải, phát triển công nghệ tái chế chất thải rắn thành nguyên liệu đầu vào cho các ngành kinh tế; Phát triển và thúc đẩy ứng dụng sản phẩm công nghệ sinh học trong xử lý ô nhiễm, bảo vệ môi trường;",
          "Nghiên cứu ứng dụng, phát triển các công nghệ tái sử dụng và xử lý phế phụ phẩm nông nghiệp làm nhiên liệu sinh học, phân bón hữu cơ, thức ăn cho gia súc, nuôi trồng thủy sản;",
          "Nghiên cứu xây dựng và nhân rộng các mô hình kinh tế xanh phù hợp với đặc trưng phát triển kinh tế - xã hội khu vực nông thôn miền núi; Xây dựng các mô hình kinh tế nông nghiệp theo các hệ sinh thái nhằm sử dụng hợp lý tài nguyên, bảo vệ môi trường, nâng cao thu nhập cho người dân;",
          "Tăng cường tiềm lực về nguồn nhân lực, cơ sở vật chất, phòng thí nghiệm phục vụ nghiên cứu khoa học và phát triển công nghệ kỹ thuật cao nhằm giảm thiểu các tác động đến môi trường và bảo tồn đa dạng sinh học;",
          "Đẩy mạnh ứng dụng công nghệ sinh học phục vụ chuyển dịch cơ cấu kinh tế nông nghiệp và xây dựng nông thôn mới; tạo các giống cây trồng, vật nuôi mới có năng suất, chất lượng, hiệu quả kinh tế cao, có khả năng chống chịu tốt với biến đổi khí hậu. Sớm đưa các quy trình công nghệ tiên tiến vào trồng trọt, chăn nuôi, quản lý rừng, khai thác và nuôi trồng, bảo quản và chế biến nông, lâm, thủy sản. Tập trung xây dựng một số sản phẩm có tiềm năng thế mạnh của địa phương;",
          "Nâng cao trình độ quản lý của đội ngũ cán bộ trong lĩnh vực khoa học và công nghệ ưu tiên; hoàn thiện chính sách đào tạo, thu hút, trọng dụng, đãi ngộ nhân lực trong lĩnh vực khoa học và công nghệ; tổ chức đào tạo, tập huấn kiến thức và kỹ năng cho cán bộ quản lý và các doanh nghiệp về tăng trưởng xanh, cách thức tiếp cận công nghệ mới;",
          "Tổ chức trưng bày, giới thiệu các sản phẩm hiện đại, tiết kiệm năng lượng nhằm tạo điều kiện thuận lợi cho các doanh nghiệp, tổ chức, cá nhân tiếp cận các sản phẩm sử dụng năng lượng tiết kiệm và hiệu quả; thanh tra, kiểm tra các đơn vị phân phối, bán lẻ các thiết bị, phương tiện trong danh mục bắt buộc phải dán nhãn năng lượng.",
        ],
      },
      {
        phase: "2021-2030",
        itemsVi: [
          "Đẩy mạnh triển khai áp dụng cải tiến công nghệ vào các lĩnh vực khai thác, chế biến khoáng sản, vật liệu xây dựng, nông nghiệp..., dựa trên danh mục sản phẩm, hàng hóa chủ lực, hàng hóa có chất lượng cao đã được xác định ở giai đoạn trước;",
          "Đẩy mạnh hoạt động hội nhập trong nước và quốc tế về khoa học và công nghệ, tranh thủ nguồn tri thức thông qua chính sách hợp tác khu vực và quốc gia.",
        ],
      },
    ],
    source: "Điều 1, II.8",
  },
];
