import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";


describe("ttx template", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-template-"));

  it("writes one group to a file", async () => {
    const io = capture();
    const file = path.join(dir, "nv3.xlsx");
    expect(await run(["template", "NV3", "--unit", "SO_CT", "--period", "2025-H1", "-o", file], io)).toBe(0);
    expect(io.err).toContain(`Đã ghi 24 dòng vào "${file}"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("NV3 Giảm phát thải KNK")?.getCell("A14").value).toBe("A.1");
  });

  it("writes every group to a folder, one file each, in English", async () => {
    const out = path.join(dir, "all");
    expect(await run(["template", "--all", "--unit", "so_xd", "--period", "2025-annual", "--lang", "en", "-o", out], capture())).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"].map((g) => `TTX-${g}_SO_XD_2025-annual.xlsx`));
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
