/**
 * The plan part of a report compared cell by cell with its template (src/core/consolidation/plan-cells.ts): what
 * another program's re-save does is no edit; what a person changed is named with its cell, the template's value
 * and the sheet's.
 */
import { checkHeaders, codeKey, editedPlanCells } from "../../../src/core/consolidation/plan-cells";
import type { RawRow } from "../../../src/core/consolidation/report";
import { buildTemplate } from "../../../src/core/templates/build";
import type { TableRowT, TemplateSpecT } from "../../../src/core/templates/spec";

const spec = (lang: "vi" | "en" = "vi"): TemplateSpecT => {
  const r = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1", lang });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};
/** The first row (C1.2: budget 22, unit "%") as the sheet holds it at row 20, with `cells` changed. */
const sheetRow = (s: TemplateSpecT, cells: RawRow["cells"] = {}): { template: TableRowT; row: RawRow } => {
  const template = s.table.rows[0]!;
  return { template, row: { row: 20, cells: { ...template.values, ...cells } } };
};

describe("codeKey: a code as people retype it", () => {
  it.each([
    ["NV5.1", "NV5.1"],
    [" nv5.1 ", "NV5.1"],
    ["NV 5.1", "NV5.1"],
    ["nv\u00a05.1\n", "NV5.1"],
    [5.1, "5.1"],
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["e\u0301", "\u00c9"],
    ["e\u0301".normalize("NFC"), "\u00c9"],
  ])("%p is %p", (typed, key) => expect(codeKey(typed)).toBe(key));
});

describe("editedPlanCells", () => {
  it("finds nothing in a row as the template wrote it", () => {
    const s = spec();
    const { template, row } = sheetRow(s);
    expect(template.values).toMatchObject({ code: "C1.2", unit: "%", budget: 22 });
    expect(editedPlanCells(s, template, row)).toEqual([]);
  });

  it("takes what other writers do for no edit", () => {
    const s = spec();
    const { template } = sheetRow(s);
    const task = String(template.values.task);
    const resaved: RawRow["cells"] = {
      budget: "22",
      task: `  ${task.replace(/ /g, "  ")}\n`,
      unit: "% ",
    };
    expect(editedPlanCells(s, template, sheetRow(s, resaved).row)).toEqual([]);
    expect(editedPlanCells(s, template, sheetRow(s, { budget: 22.000000000000004 }).row)).toEqual([]);
    expect(editedPlanCells(s, template, sheetRow(s, { budget: "22.0" }).row)).toEqual([]);
    // The code was matched already, and the role column is information, not plan.
    expect(editedPlanCells(s, template, sheetRow(s, { code: " c1.2", role: "Phối hợp" }).row)).toEqual([]);
  });

  it("names each changed plan cell with its address, the template's value and the sheet's", () => {
    const s = spec();
    const { template } = sheetRow(s);
    const edited = sheetRow(s, { budget: 25, unit: "tấn", group: null });
    expect(editedPlanCells(s, template, edited.row)).toEqual([
      { cell: "C20", was: String(template.values.group), now: "" },
      { cell: "F20", was: "%", now: "tấn" },
      { cell: "G20", was: "22", now: "25" },
    ]);
  });

  it("rounds numbers written with an exponent too", () => {
    const s = spec();
    const { template } = sheetRow(s);
    const tiny = { ...template, values: { ...template.values, budget: 1.5e-7 } };
    expect(editedPlanCells(s, tiny, sheetRow(s, { budget: 1.5000000000000002e-7 }).row)).toEqual([]);
    expect(editedPlanCells(s, tiny, sheetRow(s, { budget: 1.6e-7 }).row)).toEqual([{ cell: "G20", was: "1.5e-7", now: "1.6e-7" }]);
  });

  it("reads numbers to 12 significant digits, text numbers with a point only, dates as days", () => {
    const s = spec();
    const { template } = sheetRow(s);
    const budget = (v: unknown) => editedPlanCells(s, template, sheetRow(s, { budget: v }).row).map((e) => e.now);
    expect(budget(22.0000000001)).toEqual(["22.0000000001"]);
    expect(budget(22.00000000001)).toEqual([]);
    expect(budget("022")).toEqual([]);
    expect(budget("22.00")).toEqual([]);
    expect(budget("22.000000000001")).toEqual([]);
    expect(budget("-22")).toEqual(["-22"]);
    expect(budget("22,0")).toEqual(["22,0"]);
    expect(budget("22.5")).toEqual(["22.5"]);
    expect(budget("x22")).toEqual(["x22"]);
    expect(budget("22x")).toEqual(["22x"]);
    expect(budget(Number.NaN)).toEqual(["NaN"]);
    expect(budget(Number.POSITIVE_INFINITY)).toEqual(["Infinity"]);
    expect(budget(new Date(Date.UTC(2025, 5, 5, 12)))).toEqual(["2025-06-05"]);
    expect(budget(undefined)).toEqual([""]);
  });
});

describe("checkHeaders", () => {
  const headers = (s: TemplateSpecT) => s.table.columns.map((c) => c.header);

  it("has nothing to say without a header row, or with the template's titles in either language and any case", () => {
    const s = spec();
    const other = [spec("en")];
    expect(checkHeaders(s, other, undefined)).toEqual({ moved: null, renamed: [] });
    expect(checkHeaders(s, other, headers(s))).toEqual({ moved: null, renamed: [] });
    expect(checkHeaders(s, other, headers(spec("en")))).toEqual({ moved: null, renamed: [] });
    expect(
      checkHeaders(
        s,
        other,
        headers(s).map((h) => ` ${h.toUpperCase()}  `),
      ),
    ).toEqual({ moved: null, renamed: [] });
  });

  it("names a retyped title, and goes on", () => {
    const s = spec();
    const typed = headers(s);
    typed[0] = "Mã số";
    typed[5] = "ĐVT";
    expect(checkHeaders(s, [spec("en")], typed)).toEqual({
      moved: null,
      renamed: [
        { cell: `A${s.table.headerRow}`, was: "Mã", now: "Mã số" },
        { cell: `F${s.table.headerRow}`, was: "Đơn vị tính", now: "ĐVT" },
      ],
    });
  });

  it("stops at a column showing another column's title: the columns were moved", () => {
    const s = spec();
    const typed = headers(s);
    typed[0] = "Mã số";
    [typed[3], typed[4]] = [typed[4]!, typed[3]!];
    const check = checkHeaders(s, [spec("en")], typed);
    expect(check.moved).toEqual({ cell: `D${s.table.headerRow}`, was: "Nhiệm vụ, hoạt động, dự án", now: "Mục tiêu và các mốc" });
    expect(check.renamed).toEqual([{ cell: `A${s.table.headerRow}`, was: "Mã", now: "Mã số" }]);
  });

  it("knows a column moved by its title in the other language too", () => {
    const s = spec();
    const typed = headers(s);
    typed[3] = "Unit";
    expect(checkHeaders(s, [spec("en")], typed).moved).toEqual({
      cell: `D${s.table.headerRow}`,
      was: "Nhiệm vụ, hoạt động, dự án",
      now: "Unit",
    });
    expect(checkHeaders(s, [], typed)).toEqual({
      moved: null,
      renamed: [{ cell: `D${s.table.headerRow}`, was: "Nhiệm vụ, hoạt động, dự án", now: "Unit" }],
    });
  });

  it("takes a missing header cell as blank", () => {
    const s = spec();
    const typed = headers(s).slice(0, 12);
    expect(checkHeaders(s, [], typed)).toEqual({ moved: null, renamed: [{ cell: `M${s.table.headerRow}`, was: "Kiểm tra", now: "" }] });
  });
});
