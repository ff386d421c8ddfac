/**
 * A template the add-in inserts, read straight back (the Check tab's path), has unedited plan cells: for all six
 * task groups in both languages. Excel gives "" for an empty cell and numbers as doubles; none of it is an edit.
 */
import { validateReport } from "../../src/core/consolidation/validate";
import { buildTemplate } from "../../src/core/templates/build";
import { insertTemplates } from "../../src/excel/insert-templates";
import { readActiveReport } from "../../src/excel/report-reader";
import { createFakeExcel } from "../support/fake-excel";
import { V1 } from "../support/template-v1";

const PERIOD = "2025-H1";

describe("freshly inserted templates pass the Check", () => {
  for (const lang of ["vi", "en"] as const) {
    for (const group of ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]) {
      it(`${group} (${lang}): every row read, no plan cell named as edited`, async () => {
        const built = buildTemplate({ group, unit: "SO_NNMT", period: PERIOD, lang, ...V1 });
        if (!built.ok) throw new Error(built.error);
        const { context, sheets } = createFakeExcel();
        await insertTemplates(context, [built.spec]);
        sheets.activeName = built.spec.sheetName;
        const checked = validateReport(await readActiveReport(context, "Book1.xlsx"), { period: PERIOD });
        expect(checked.rowsRead).toBe(built.spec.table.rows.length);
        expect(checked.sheetRejected).toBeNull();
        expect(checked.issues.filter((i) => i.kind !== "blank_header" && i.kind !== "empty_report")).toEqual([]);
      });
    }
  }
});
