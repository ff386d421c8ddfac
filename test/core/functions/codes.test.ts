/**
 * TTX.CODES (src/core/functions/codes.ts): every list a group name opens, row for row, and the #VALUE! texts.
 *
 * What is pinned and why:
 * - The lists of the kind groups LS, DA, GP, NV, GHG and DV, exactly: code and Vietnamese name in catalog order.
 *   functions.test.ts pins sectors, DA11, NV1, "1.4" and the length of SX; a list nobody asks for could be empty,
 *   or hold every code, without a test noticing.
 * - The lists are built once per module instance, inside the first call. A mutation run counts a mutant of the list
 *   building as reached by the one test that made that first call, and runs only that test against it. So every test
 *   here that looks at list contents takes a fresh module (`freshCodes`), whose first call builds the lists again.
 * - The exact #VALUE! texts: a group that is not text, and an unknown group (which lists every group there is, in
 *   the order the lists are built: kinds, sectors, project groups, task groups).
 *
 * Expected rows come from the decision (hand-written codes and names, checked against
 * /work/shared/plan/QD-337-2018-UBND-CaoBang.md) or are derived from the catalog's data arrays, never from codes().
 */
import { getCatalog } from "../../../src/core/plan/catalog";
import { codes } from "../../../src/core/functions/codes";

type Codes = typeof codes;

/** codes() from a module loaded afresh: its first call builds the lists inside the calling test. */
function freshCodes(): Codes {
  let fn: Codes | undefined;
  jest.isolateModules(() => {
    fn = (require("../../../src/core/functions/codes") as { codes: Codes }).codes;
  });
  return fn!;
}

const catalog = getCatalog();
const codeColumn = (rows: unknown): unknown => (Array.isArray(rows) ? rows.map((r: string[]) => r[0]) : rows);

describe("TTX.CODES kind groups", () => {
  it("LS lists the twelve green-lifestyle targets of Điều 1, I.2.c with their printed text", () => {
    const ls = freshCodes()("LS");
    expect(codeColumn(ls)).toEqual(["LS.1", "LS.2", "LS.3", "LS.4", "LS.5", "LS.6", "LS.7", "LS.8", "LS.9", "LS.10", "LS.11", "LS.12"]);
    expect((ls as string[][])[0]).toEqual(["LS.1", "Số xã được công nhận đạt tiêu chí nông thôn mới đạt từ 20 xã trở lên;"]);
    expect((ls as string[][])[8]).toEqual(["LS.9", "75% số hộ nông thôn có nhà tiêu hợp vệ sinh;"]);
    expect(ls).toEqual(catalog.targets.filter((t) => t.area === "green_lifestyle").map((t) => [t.code, t.textVi]));
  });

  it("DA lists every Part 2 project, DA1.1 to DA11.20, and nothing else", () => {
    const da = freshCodes()("DA") as string[][];
    expect(da).toHaveLength(46);
    expect(da[0]).toEqual(["DA1.1", catalog.projects[0]!.nameVi]);
    expect(da[8]).toEqual(["DA3.2", "Đầu mối chứa nước phục vụ sinh hoạt cho lục khu Cao Bằng"]);
    expect(da[45]![0]).toBe("DA11.20");
    expect(da).toEqual(catalog.projects.map((p) => [p.code, p.nameVi]));
  });

  it("GP lists the eight solution groups of Điều 1, III", () => {
    expect(freshCodes()("GP")).toEqual([
      ["GP.1", "Giải pháp về tuyên truyền, giáo dục, nâng cao nhận thức, ý thức, trách nhiệm"],
      ["GP.2", "Giải pháp về cải cách thủ tục hành chính phục vụ tăng trưởng xanh"],
      ["GP.3", "Giải pháp về kết cấu hạ tầng, xanh hóa cảnh quan đô thị và xây dựng nông thôn mới"],
      ["GP.4", "Giải pháp về chuyển dịch mô hình kinh tế và cơ cấu đầu tư"],
      ["GP.5", "Giải pháp về đổi mới công nghệ, nâng cao hiệu quả sử dụng năng lượng, phát triển năng lượng tái tạo"],
      ["GP.6", "Giải pháp kiểm soát ô nhiễm"],
      ["GP.7", "Giải pháp phát triển nguồn nhân lực cho TTX và hợp tác quốc tế"],
      ["GP.8", "Giải pháp về ứng dụng Khoa học công nghệ"],
    ]);
  });

  it("NV lists the six task groups by their stable codes", () => {
    expect(freshCodes()("NV")).toEqual([
      ["NV1", "Nhóm nhiệm vụ về nâng cao năng lực và nhận thức"],
      ["NV2", "Nhóm nhiệm vụ về tăng cường thể chế"],
      ["NV3", "Nhóm nhiệm vụ về giảm phát thải khí nhà kính"],
      ["NV4", "Nhóm nhiệm vụ về sử dụng năng lượng tái tạo, quá trình công nghiệp và rác thải"],
      ["NV5", "Nhóm nhiệm vụ về sản xuất xanh"],
      ["NV6", "Nhóm nhiệm vụ về lối sống xanh và tiêu dùng bền vững"],
    ]);
  });

  it("GHG lists the two GHG reduction goals of Điều 1, I.2.a (7% by 2020, 19% by 2030)", () => {
    const ghg = freshCodes()("GHG") as string[][];
    expect(codeColumn(ghg)).toEqual(["GHG.2020", "GHG.2030"]);
    expect(ghg[0]![1]).toMatch(/^Đến năm 2020, giảm lượng phát thải KNK so với phương án phát triển bình thường là 7%\./);
    expect(ghg[1]![1]).toMatch(/^Đến năm 2030, giảm lượng phát thải KNK so với phương án phát triển bình thường là 19%;/);
  });

  it("DV lists every org unit, from the provincial People's Committee on", () => {
    const dv = freshCodes()("DV") as string[][];
    expect(dv[0]).toEqual(["UBND_TINH", "Ủy ban nhân dân tỉnh Cao Bằng"]);
    expect(dv).toEqual(catalog.orgUnits.map((u) => [u.id, u.nameVi]));
    expect(dv).toHaveLength(45);
  });
});

describe("TTX.CODES errors", () => {
  // The groups in the order the lists are built: the kind groups, then sectors, project groups and task groups.
  const GROUPS =
    "SX, LS, DA, GP, NV, GHG, DV, A, B, C, C1, C2, C3, C4, C5, D, " +
    "DA1, DA2, DA3, DA4, DA5, DA6, DA7, DA8, DA9, DA10, DA11, NV1, NV2, NV3, NV4, NV5, NV6";

  it("an unknown group is #VALUE! naming the group as given and listing every group", () => {
    expect(codes(" xyz ")).toEqual({
      ttxError: "VALUE",
      message: `Nhóm " xyz " không có. Dùng: ${GROUPS} · No group " xyz ". Use: ${GROUPS}`,
    });
    expect(codes(7)).toEqual({ ttxError: "VALUE", message: `Nhóm "7" không có. Dùng: ${GROUPS} · No group "7". Use: ${GROUPS}` });
  });

  it("a group that is not text is #VALUE! saying the group must be text", () => {
    expect(codes(true)).toEqual({
      ttxError: "VALUE",
      message: "group phải là chữ (văn bản), nhận được: true · group must be text, got: true",
    });
    expect(codes([["C1", "C2"]])).toEqual({
      ttxError: "VALUE",
      message: 'group phải là chữ (văn bản), nhận được: [["C1","C2"]] · group must be text, got: [["C1","C2"]]',
    });
  });
});
