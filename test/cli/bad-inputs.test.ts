/**
 * One bad file never stops the province's consolidation (the CLI's side): a FIFO named like a
 * report (it would block a read forever), a link to nothing, a link loop, a folder named x.xlsx and a file over the
 * size limit (sparse, never read) sit beside a good report; the run ends, the good report is consolidated whole, and
 * each bad one is one Issues row naming it.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { t } from "../../src/core/i18n/messages";
import { MAX_FILE_BYTES } from "../../src/xlsx/limits";
import { report, spec } from "../adversarial/corpus";
import { capture } from "../support/capture-io";

jest.setTimeout(60_000);

it("reads the good report and lists each bad input once", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ttx-bad-inputs-"));
  const inbox = path.join(dir, "hop-thu");
  mkdirSync(path.join(inbox, "x.xlsx"), { recursive: true }); // a folder with a report's name: walked, empty
  writeFileSync(path.join(inbox, "tot.xlsx"), await report());
  execFileSync("mkfifo", [path.join(inbox, "p.xlsx")]);
  symlinkSync(path.join(dir, "khong-co.xlsx"), path.join(inbox, "mat.xlsx"));
  symlinkSync(path.join(inbox, "vong-b.xlsx"), path.join(inbox, "vong-a.xlsx"));
  symlinkSync(path.join(inbox, "vong-a.xlsx"), path.join(inbox, "vong-b.xlsx"));
  writeFileSync(path.join(inbox, "qua-lon.xlsx"), "");
  truncateSync(path.join(inbox, "qua-lon.xlsx"), MAX_FILE_BYTES + 1);

  const out = path.join(dir, "tong-hop.xlsx");
  const io = capture();
  expect(await run(["consolidate", inbox, "--period", "2025-H1", "-o", out], io)).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const issues: [unknown, unknown, unknown][] = [];
  wb.getWorksheet(t("conIssues", {}, "vi"))!.eachRow((row, n) => {
    const v = row.values as unknown[];
    // Whole-file rows have no sheet (D); the reason is in the last two columns, Vietnamese (M) then English (N).
    if (n > 1 && v[4] === undefined) issues.push([v[3], v[1], [v[13], v[14]].filter((x) => x !== undefined && x !== null).join(" · ")]);
  });
  const byFile = Object.fromEntries(issues.map(([file, kind, reason]) => [file, [kind, reason]]));
  const unreadable = t("kind_unreadable_file", {}, "vi");
  expect(Object.keys(byFile).sort()).toEqual(["mat.xlsx", "p.xlsx", "qua-lon.xlsx", "vong-a.xlsx", "vong-b.xlsx"]);
  expect(byFile["p.xlsx"]).toEqual([unreadable, t("issueNotRegularFile", {}, "vi") + " · " + t("issueNotRegularFile", {}, "en")]);
  const broken = t("issueBrokenLink", {}, "vi") + " · " + t("issueBrokenLink", {}, "en");
  expect(byFile["mat.xlsx"]).toEqual([unreadable, broken]);
  expect(byFile["vong-a.xlsx"]).toEqual([unreadable, broken]);
  expect(byFile["qua-lon.xlsx"]![0]).toBe(unreadable);
  let detail = 0;
  wb.getWorksheet(t("conDetail", {}, "vi"))!.eachRow((_row, n) => void (n > 1 && detail++));
  expect(detail).toBe(spec().table.rows.length);
});
