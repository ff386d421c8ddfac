/**
 * LibreOffice (headless) opens every generated template and converts it to PDF without error. LibreOffice is not
 * on a fresh developer machine, so without it this test only says it was skipped; CI installs LibreOffice and
 * sets TTX_REQUIRE_LIBREOFFICE=1, which turns a missing LibreOffice into a failure.
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildTemplate } from "../../src/core/templates/build";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { run } from "../../src/cli/main";
import { capture } from "../support/capture-io";

const soffice = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
const required = process.env.TTX_REQUIRE_LIBREOFFICE === "1";
const maybe = soffice || required ? describe : describe.skip;
if (!soffice && !required) console.warn("LibreOffice not found: skipping the PDF conversion test (CI runs it).");

maybe("templates in LibreOffice", () => {
  it("opens every template (vi and en) and converts it to PDF", async () => {
    expect(soffice).not.toBe("");
    const dir = mkdtempSync(path.join(tmpdir(), "ttx-lo-"));
    const files: string[] = [];
    for (const lang of ["vi", "en"] as const) {
      for (const group of ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]) {
        const r = buildTemplate({ group, unit: "SO_CT", period: "2025-H1", lang });
        if (!r.ok) throw new Error(r.error);
        const wb = new ExcelJS.Workbook();
        writeTemplate(wb, r.spec);
        const file = path.join(dir, `${r.spec.meta.templateId}-${lang}.xlsx`);
        writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
        files.push(file);
      }
    }
    // One LibreOffice process for all files; its own profile so a desktop session cannot interfere.
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      {
        timeout: 180_000,
        stdio: "pipe",
      },
    );
    const pdfs = readdirSync(dir)
      .filter((f) => f.endsWith(".pdf"))
      .sort();
    expect(pdfs).toEqual(files.map((f) => path.basename(f).replace(/\.xlsx$/, ".pdf")).sort());
    for (const pdf of pdfs) {
      const bytes = readFileSync(path.join(dir, pdf));
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes.length).toBeGreaterThan(10_000);
    }
  }, 200_000);

  it("opens a consolidated workbook, converts it to PDF and keeps its charts when saving it again", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ttx-lo-"));
    const samples = path.join(dir, "samples");
    expect(await run(["sample", "--units", "12", "--period", "2025-H1", "-o", samples], capture())).toBe(0);
    const file = path.join(dir, "tong-hop.xlsx");
    expect(await run(["consolidate", samples, "--period", "2025-H1", "-o", file], capture())).toBe(0);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file,
      ],
      {
        timeout: 180_000,
        stdio: "pipe",
      },
    );
    const pdf = readFileSync(path.join(dir, "tong-hop.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // At least one page per sheet (five sheets).
    const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf.toString("latin1"))?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(5);
    // The summary's native charts are understood, not dropped: saved again as .xlsx by LibreOffice, the file still
    // has the three charts with their titles and their one, two and two series.
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        path.join(dir, "resaved"),
        file,
      ],
      {
        timeout: 180_000,
        stdio: "pipe",
      },
    );
    const resaved = await JSZip.loadAsync(readFileSync(path.join(dir, "resaved", "tong-hop.xlsx")));
    const charts = await Promise.all(
      Object.keys(resaved.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .sort()
        .map((n) => resaved.file(n)!.async("string")),
    );
    const titles = charts.map((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""));
    expect(titles.sort()).toEqual([
      "Giảm phát thải KNK theo lĩnh vực (nghìn tCO2)",
      "Kinh phí kế hoạch và đã giải ngân (tỷ đồng)",
      "Tiến độ bình quân theo nhóm nhiệm vụ",
    ]);
    expect(charts.map((xml) => (xml.match(/<c:ser>/g) ?? []).length).sort()).toEqual([1, 2, 2]);
  }, 200_000);
});
