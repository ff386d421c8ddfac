/**
 * Source notes written by hand: typos, layout faults and readings we had to choose. Figure mismatches (printed
 * subtotal vs rows, printed counts vs items) are not here: `integrity.ts` computes those from the data, so they can
 * never go stale.
 */
import type { SourceNoteT } from "../schema";

const PL = "Phụ lục I";

export const MANUAL_NOTES: SourceNoteT[] = [
  {
    id: "task-group-label-1.2",
    kind: "typo",
    refs: ["NV1", "NV2"],
    source: "Điều 1, III.1",
    printed: "1.2, 1.2, 1.3, 1.4, 1.5, 1.6",
    explanationVi: 'Văn bản đánh số hai nhóm nhiệm vụ đầu tiên cùng là "1.2". Danh mục dùng mã ổn định NV1–NV6 và giữ nhãn gốc.',
    explanationEn:
      'The decision labels the first two task groups both "1.2". The catalog uses stable ids NV1–NV6 and keeps the printed label.',
  },
  {
    id: "b1-area",
    kind: "typo",
    refs: ["B.1"],
    source: `${PL}, B, STT 1`,
    printed: "20.0000ha",
    computed: 20000,
    explanationVi: 'Mục tiêu in "20.0000ha" (thừa một chữ số). Danh mục đọc là 20.000 ha như dòng B.3; cũng có thể là 200.000 ha.',
    explanationEn: 'The target is printed "20.0000ha" (one digit too many). Read as 20,000 ha like row B.3; 200,000 ha is also possible.',
  },
  {
    id: "ab-year",
    kind: "ambiguous",
    refs: ["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10", "B.1", "B.2", "B.3"],
    source: `${PL}, A và B`,
    explanationVi:
      'Mục tiêu diện tích (ha) của lĩnh vực A và B không ghi năm. Danh mục gán năm 2030, mốc của cột giảm phát thải "đến năm 2030".',
    explanationEn: 'Sector A and B area targets (ha) print no year. The catalog uses 2030, the horizon of the "by 2030" reduction column.',
  },
  {
    id: "agency-no-slash",
    kind: "ambiguous",
    refs: ["B.1", "B.2", "B.3", "C4.10"],
    source: `${PL}, cột Cơ quan chủ trì, theo dõi/phối hợp`,
    explanationVi:
      'Các dòng này không có dấu "/" tách cơ quan chủ trì và phối hợp. Danh mục lấy cơ quan nhà nước nêu đầu tiên làm chủ trì.',
    explanationEn: 'These rows have no "/" between lead and coordinating agencies. The catalog takes the first-named state agency as lead.',
  },
  {
    id: "a-subtotal-columns",
    kind: "layout",
    refs: ["A"],
    source: `${PL}, dòng A`,
    printed: "673,61 | 413,87",
    explanationVi:
      "Dòng tổng lĩnh vực A in lệch một cột sang phải (kinh phí nằm ở cột giảm phát thải, giảm phát thải nằm ở cột ưu tiên). Danh mục đọc 673,61 là kinh phí và 413,87 là giảm phát thải.",
    explanationEn:
      "Sector A's subtotal is printed one column to the right (budget under the reduction column, reduction under priority). Read as budget 673.61 and reduction 413.87.",
  },
  {
    id: "a3-name",
    kind: "ambiguous",
    refs: ["A.3"],
    source: `${PL}, A, STT 3`,
    printed: "Áp dụng sinh học và phân bón vi sinh trong canh tác lúa",
    explanationVi: 'Tên hoạt động có lẽ thiếu chữ "than" ("than sinh học" như dòng A.6, A.10). Danh mục giữ nguyên tên in.',
    explanationEn: 'The name probably lacks "than" (biochar, as in rows A.6 and A.10). The catalog keeps the printed name.',
  },
  {
    id: "c25-investors",
    kind: "typo",
    refs: ["C2.5"],
    source: `${PL}, C2, STT 5`,
    printed: "có investors",
    explanationVi: '"có investors" có lẽ là "có inverter" (biến tần). Danh mục giữ nguyên văn bản in.',
    explanationEn: '"có investors" is probably "có inverter" (variable-speed drive). The printed text is kept.',
  },
  {
    id: "priority-spelling",
    kind: "typo",
    refs: ["A.3", "A.4", "A.5"],
    source: `${PL}, cột Mức độ ưu tiên`,
    printed: "Trung binh",
    explanationVi: '"Trung binh" (thiếu dấu) được đọc là "Trung bình" (ưu tiên trung bình). Văn bản gốc được giữ.',
    explanationEn: '"Trung binh" (missing diacritic) is read as "Trung bình" (medium priority). The printed text is kept.',
  },
  {
    id: "priority-blank",
    kind: "ambiguous",
    refs: ["C1.2", "C2.5", "C3.7", "C4.8", "C5.11"],
    source: `${PL}, cột Mức độ ưu tiên`,
    explanationVi: 'Các dòng này để trống mức độ ưu tiên; danh mục ghi "không ghi" thay vì đoán.',
    explanationEn: 'These rows leave priority blank; the catalog records "not given" rather than guessing.',
  },
  {
    id: "page-break-joins",
    kind: "layout",
    refs: ["C2.5", "C3.7", "DA10.1", "DA11.8"],
    source: `${PL}, các dòng bị ngắt trang`,
    explanationVi:
      "Nội dung các dòng này bị ngắt sang trang sau (mục tiêu, cơ quan, kinh phí, thời gian). Danh mục nối lại thành một dòng.",
    explanationEn: "These rows continue on the next page (target, agency, budget, timeframe). The catalog joins each back into one row.",
  },
  {
    id: "project-columns-shifted",
    kind: "layout",
    refs: ["DA2.1", "DA4.1", "DA4.2", "DA5.1"],
    source: `${PL}, SX xanh/lối sống xanh`,
    explanationVi:
      "Ở các dòng này, nguồn vốn và thời gian thực hiện in lệch một cột sang trái. Danh mục giữ nguyên các ô in và đọc theo nội dung: chữ về nguồn vốn là nguồn vốn, năm là thời gian.",
    explanationEn:
      "In these rows the funding and timeframe cells are shifted one column left. The printed cells are kept; they are read by content: funding text as funding, years as the timeframe.",
  },
  {
    id: "da81-central-funds",
    kind: "ambiguous",
    refs: ["DA8.1"],
    source: `${PL}, SX xanh/lối sống xanh, 8.1`,
    printed: "Kinh phí khuyến công Trung ương",
    explanationVi: 'Ô "Ngân sách địa phương" ghi "Kinh phí khuyến công Trung ương". Danh mục đọc là vốn Trung ương.',
    explanationEn:
      'The local-budget cell says "Kinh phí khuyến công Trung ương" (central industrial-promotion funds). Read as central funding.',
  },
  {
    id: "da11-duplicate",
    kind: "duplicate",
    refs: ["DA11.6", "DA11.16"],
    source: `${PL}, SX xanh/lối sống xanh, 11.6 và 11.16`,
    printed: "180 tỷ đồng",
    explanationVi:
      "Hai dòng cùng tên (kè chống sạt lở bờ sông Bằng khu vực thị trấn Nước Hai) và cùng kinh phí 180 tỷ: có thể bị tính hai lần. Dòng 11.20 cùng khu vực nhưng kinh phí khác (80,380 tỷ). Danh mục giữ cả ba dòng.",
    explanationEn:
      "Two rows name the same embankment (Bằng river, Nước Hai town) with the same 180 billion: possibly counted twice. Row 11.20 covers the same area with another amount (80.38 billion). All three rows are kept.",
  },
  {
    id: "three-decimal-budgets",
    kind: "ambiguous",
    refs: ["DA11.19", "DA11.20"],
    source: `${PL}, SX xanh/lối sống xanh, 11.19 và 11.20`,
    printed: "42,280 tỷ đồng; 80,380 tỷ đồng",
    explanationVi:
      "Dấu phẩy được đọc là dấu thập phân theo cách viết tiếng Việt: 42,280 tỷ = 42.280 triệu đồng; 80,380 tỷ = 80.380 triệu đồng.",
    explanationEn: "The comma is read as the Vietnamese decimal mark: 42,280 tỷ = 42,280 million VND; 80,380 tỷ = 80,380 million VND.",
  },
  {
    id: "group11-blank-cells",
    kind: "ambiguous",
    refs: [
      "DA11.1",
      "DA11.8",
      "DA11.9",
      "DA11.10",
      "DA11.11",
      "DA11.12",
      "DA11.13",
      "DA11.14",
      "DA11.15",
      "DA11.16",
      "DA11.17",
      "DA11.18",
      "DA11.19",
      "DA11.20",
      "DA3.2",
    ],
    source: `${PL}, SX xanh/lối sống xanh, nhóm 3 và 11`,
    explanationVi: "Các dòng này không ghi cơ quan thực hiện và/hoặc nguồn vốn, thời gian. Danh mục để trống, không suy đoán.",
    explanationEn: "These rows print no agency and/or funding or timeframe. The catalog leaves them empty rather than guess.",
  },
  {
    id: "part2-budget-unit",
    kind: "typo",
    refs: ["DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7", "DA8", "DA9", "DA10", "DA11"],
    source: `${PL}, SX xanh/lối sống xanh, dòng tiêu đề`,
    printed: "Dự kiến Kinh phí (triệu đồng)",
    explanationVi:
      'Tiêu đề bảng ghi "(triệu đồng)" nhưng các ô ghi đơn vị riêng, phần lớn là "tỷ" ("10 tỷ", "2.500 tỷ"), vài ô là "triệu" ("100 triệu"). Danh mục đọc mỗi ô theo đơn vị ghi trong ô, lưu bằng triệu đồng và cộng bằng tỷ đồng (TTX.BUDGET).',
    explanationEn:
      'The table header says "(triệu đồng)" (million VND) but each cell names its own unit, mostly "tỷ" (billion: "10 tỷ", "2.500 tỷ"), a few "triệu" ("100 triệu"). The catalog reads each cell in its own unit, stores million VND and sums in billion VND (TTX.BUDGET).',
  },
  {
    id: "project-task-group-inferred",
    kind: "ambiguous",
    refs: ["DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7", "DA8", "DA9", "DA10", "DA11"],
    source: `${PL}, SX xanh/lối sống xanh; Điều 1, III.1`,
    explanationVi:
      'Văn bản không gán nhóm dự án nào cho nhóm nhiệm vụ nào. Việc gán nhóm dự án → nhóm nhiệm vụ (để báo cáo theo mẫu) là suy luận của danh mục, kèm lý do cho từng nhóm (TTX.INFO(mã; "task_group_basis")).',
    explanationEn:
      'The decision assigns no project group to a task group. The project group → task group mapping (so projects are reported on a template) is the catalog\'s inference, with a reason per group (TTX.INFO(code; "task_group_basis")).',
  },
];
