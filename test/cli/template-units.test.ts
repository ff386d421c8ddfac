/**
 * `ttx template --all --unit <id,id…|all>`: one file per unit, the files the task pane's "Make files
 * for units" makes (test/taskpane/unit-files.test.tsx compares the two), in a folder or a .zip.
 */
import JSZip from "jszip";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { reportingUnits } from "../../src/core/plan/responsibility";
import { readReportFile } from "../../src/xlsx/report-reader";
import { capture } from "../support/capture-io";

describe("ttx template --unit for several units", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-template-units-"));

  it("--unit all: a file for every unit that reports on the due date, each with its own rows", async () => {
    const out = path.join(dir, "all");
    const io = capture();
    expect(await run(["template", "--all", "--unit", "all", "--period", "2025-annual", "-o", out], io)).toBe(0);
    const units = reportingUnits("2025-12-05");
    expect(readdirSync(out).sort()).toEqual(units.map((u) => `TTX_${u}_2025-annual.xlsx`).sort());
    const soXd = await readReportFile(new Uint8Array(readFileSync(path.join(out, "TTX_SO_XD_2025-annual.xlsx"))), "x.xlsx");
    // Sở Xây dựng has no row in NV1 or NV5 in December 2025 (as with ttx template --all -o <folder>).
    expect(soXd.reports.map((r) => [r.meta?.unitId, r.meta?.taskGroup])).toEqual(["NV2", "NV3", "NV4", "NV6"].map((g) => ["SO_XD", g]));
    expect(io.err).toContain(`"${path.join(out, "TTX_SO_XD_2025-annual.xlsx")}"`);
  }, 60_000);

  it("a list of units to a .zip, naming a unit with no row and making no file for it", async () => {
    const zip = path.join(dir, "two.zip");
    const io = capture();
    expect(await run(["template", "--all", "--unit", "so_ct,UBND_TINH", "--period", "2025-H1", "-o", zip], io)).toBe(0);
    expect(Object.keys((await JSZip.loadAsync(readFileSync(zip))).files)).toEqual(["TTX_SO_CT_2025-H1.xlsx"]);
    expect(io.err).toContain("Không có tệp cho: Ủy ban nhân dân tỉnh Cao Bằng");
  });

  it.each([
    [["template", "--all", "--unit", "SO_CT,SO_XD", "--period", "2025-H1", "-o", "x.xlsx"], "-o phải là một thư mục hoặc một tệp .zip"],
    [["template", "NV3", "--unit", "SO_CT,SO_XD", "--period", "2025-H1", "-o", "x"], "ttx template --all --unit <mã,mã…|all>"],
    [["template", "--all", "--unit", "SO_CT,SO_X", "--period", "2025-H1", "-o", "x"], 'Đơn vị "SO_X" không có'],
    [
      ["template", "--all", "--unit", "UBND_TINH,BO_NNMT", "--period", "2025-H1", "-o", "x"],
      "không chủ trì hay phối hợp hạng mục nào của Kế hoạch",
    ],
  ])("%j → exit 2, no file", async (argv, message) => {
    const io = capture();
    const out = path.join(dir, `bad-${argv.indexOf("-o")}-${Math.random().toString(36).slice(2)}`);
    const args = argv.map((a, i) => (argv[i - 1] === "-o" ? path.join(out, a) : a));
    expect(await run(args, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});
