/** The Check tab lists what must be fixed before what is only worth a look, each in sheet order. */
import { buildTemplate } from "../../src/core/templates/build";
import { checkActiveSheet } from "../../src/excel/check-sheet";
import { insertTemplates } from "../../src/excel/insert-templates";
import { createFakeExcel } from "../support/fake-excel";
import { V1 } from "../support/template-v1";

it("lists refused cells first, then warnings (a blank reporter, a blank date)", async () => {
  const built = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1", ...V1 });
  if (!built.ok) throw new Error(built.error);
  const { context, sheets } = createFakeExcel();
  await insertTemplates(context, [built.spec]);
  const sheet = sheets.getItem(built.spec.sheetName);
  sheets.activeName = sheet.name;
  sheet.cell("G14").value = -5;
  sheet.cell("G20").value = "nhiều";
  const check = await checkActiveSheet(context, "Book1.xlsx");
  expect(check.issues.map((i) => [i.rejected, i.cell])).toEqual([
    [true, "G14"],
    [true, "G20"],
    [false, "C10"],
    [false, "C11"],
  ]);
});
