import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";

describe("ttx template", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-template-"));

  it("writes one group to a file: the unit's own rows, lead first", async () => {
    const io = capture();
    const file = path.join(dir, "nv3.xlsx");
    expect(await run(["template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "-o", file], io)).toBe(0);
    expect(io.err).toContain(`Đã ghi 7 dòng vào "${file}"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet("NV3 Giảm phát thải KNK")!;
    expect([sheet.getCell("A20").value, sheet.getCell("B20").value]).toEqual(["C1.2", "Chủ trì"]);
  });

  it("writes every row of the group with --all-rows", async () => {
    const io = capture();
    const file = path.join(dir, "nv3-all.xlsx");
    expect(await run(["template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "--all-rows", "-o", file], io)).toBe(0);
    expect(io.err).toContain(`Đã ghi 24 dòng vào "${file}"`);
  });

  it("writes every group the unit answers for to a folder, one file each, in English, and names the groups it has none in", async () => {
    const out = path.join(dir, "all");
    const io = capture();
    expect(await run(["template", "--all", "--unit", "so_xd", "--period", "2025-annual", "--lang", "en", "-o", out], io)).toBe(0);
    // Sở Xây dựng has no row in capacity building (NV1) or green production (NV5) in December 2025.
    expect(readdirSync(out).sort()).toEqual(["NV2", "NV3", "NV4", "NV6"].map((g) => `TTX-${g}_SO_XD_2025-annual.xlsx`));
    expect(io.err).toContain("Bỏ qua: Sở Xây dựng không chủ trì hay phối hợp hạng mục nào của nhóm NV1 vào ngày 05/12/2025");
    expect(io.err).toContain("Skipped: Sở Xây dựng không chủ trì");
    expect(io.err).toContain("Sở Xây dựng neither leads nor coordinates any item of group NV5 on 05/12/2025: no sheet for this group");
  });

  it("refuses a group the unit has no row in, and a unit with no row at all, writing nothing", async () => {
    const one = capture();
    expect(await run(["template", "NV6", "--unit", "SO_NV", "--period", "2025-H1", "-o", path.join(dir, "none.xlsx")], one)).toBe(2);
    expect(one.err).toContain("Sở Nội vụ không chủ trì hay phối hợp hạng mục nào của nhóm NV6");
    const none = capture();
    expect(await run(["template", "--all", "--unit", "UBND_TINH", "--period", "2025-H1", "-o", path.join(dir, "none")], none)).toBe(2);
    expect(none.err).toContain("Ủy ban nhân dân tỉnh Cao Bằng không chủ trì hay phối hợp hạng mục nào của Kế hoạch vào ngày hạn báo cáo");
    expect(readdirSync(dir)).not.toEqual(expect.arrayContaining(["none.xlsx", "none"]));
  });

  it.each([
    [["template", "NV9", "--unit", "SO_CT", "--period", "2025-H1"], 'Nhóm nhiệm vụ "NV9" không có'],
    [["template", "NV3", "--unit", "SO_X", "--period", "2025-H1"], 'Đơn vị "SO_X" không có'],
    [["template", "NV3", "--unit", "SO_CT", "--period", "2025"], 'Kỳ báo cáo "2025" không hợp lệ'],
    [["template", "NV3", "--period", "2025-H1"], "Thiếu tùy chọn --unit · Missing option --unit"],
    [["template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "--lang", "fr"], 'Ngôn ngữ "fr" không hợp lệ'],
    [["template", "--all", "NV3", "--unit", "SO_CT", "--period", "2025-H1"], "Cách dùng: ttx template"],
    [["template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "--bogus"], 'Tùy chọn "--bogus" không hợp lệ'],
  ])("%j → exit 2, bilingual message, no file", async (argv, message) => {
    const io = capture();
    const target = path.join(dir, "bad.xlsx");
    const hasOutput = argv.includes("-o");
    expect(await run(hasOutput ? argv : [...argv, "-o", target], io)).toBe(2);
    expect(io.err).toContain(message);
    expect(readdirSync(dir)).not.toContain("bad.xlsx");
  });
});
