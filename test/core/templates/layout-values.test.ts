/**
 * Where a layout puts things, value for value: the column tables and flags of both versions, the header fields, the
 * layout of a version, the print scale of column widths, the metadata row. The module is loaded anew in each test:
 * its tables are built as it loads, and mutation testing activates a mutant when a test starts.
 */
import { freshModule } from "../../support/fresh-module";
import { TEMPLATE_META_HASH, templateMeta as meta } from "../../support/template-meta";

type Layout = typeof import("../../../src/core/templates/layout");
let L: Layout;
beforeEach(() => (L = freshModule(() => require("../../../src/core/templates/layout"))));

describe("layoutOf", () => {
  it("finds each version's own layout, and none for a version never made", () => {
    expect(L.layoutOf("2.0.0")).toBe(L.LAYOUT_V2);
    expect(L.layoutOf("2.0.0")!.headerRow).toBe(19);
    expect(L.layoutOf("1.0.0")!.version).toBe("1.0.0");
    expect(L.layoutOf("1.0.0")!.headerRow).toBe(13);
    expect(L.layoutOf("1.0.0")!.decree30).toBe(false);
    expect(L.layoutOf("0.9")).toBeUndefined();
    expect(L.layoutOf("")).toBeUndefined();
    expect(L.layoutOf("2.0")).toBeUndefined();
  });

  it("lists the layouts newest first", () => {
    expect(L.LAYOUTS.map((l) => l.version)).toEqual(["2.0.0", "1.0.0"]);
    expect(L.LAYOUTS[0]).toBe(L.LAYOUT_V2);
    expect(L.LAYOUTS[1]).toBe(L.layoutOf("1.0.0"));
  });
});

describe("version 1 (reports already filled)", () => {
  it("has the twelve columns version-1 templates were written with, 254 characters wide", () => {
    expect(L.layoutOf("1.0.0")!.columns).toStrictEqual([
      { key: "code", label: "tplColCode", width: 9, role: "plan", wrap: false },
      { key: "group", label: "tplColGroup", width: 18, role: "plan", wrap: true },
      { key: "task", label: "tplColTask", width: 46, role: "plan", wrap: true },
      { key: "target", label: "tplColTarget", width: 40, role: "plan", wrap: true },
      { key: "unit", label: "tplColUnit", width: 10, role: "plan", wrap: false },
      { key: "budget", label: "tplColBudget", width: 13, role: "plan", wrap: false, numFmt: "#,##0.00" },
      { key: "actual", label: "tplColActual", width: 16, role: "entry", wrap: false, numFmt: "#,##0.##" },
      { key: "disbursed", label: "tplColDisbursed", width: 14, role: "entry", wrap: false, numFmt: "#,##0.00" },
      { key: "status", label: "tplColStatus", width: 16, role: "entry", wrap: false },
      { key: "evidence", label: "tplColEvidence", width: 32, role: "entry", wrap: true },
      { key: "progress", label: "tplColProgress", width: 12, role: "formula", wrap: false, numFmt: "0%" },
      { key: "check", label: "tplColCheck", width: 28, role: "formula", wrap: true },
    ]);
  });

  it("wraps a column by default from 18 characters wide: 18 wraps, 16 does not", () => {
    const byKey = new Map(L.layoutOf("1.0.0")!.columns.map((c) => [c.key, c]));
    expect(byKey.get("group")).toMatchObject({ width: 18, wrap: true });
    expect(byKey.get("actual")).toMatchObject({ width: 16, wrap: false });
    expect(byKey.get("status")).toMatchObject({ width: 16, wrap: false });
  });

  it("puts the header values in columns C–F from row 4, the table header in row 13, with no Decree 30 form and every row of the group", () => {
    const v1 = L.layoutOf("1.0.0")!;
    expect({ ...v1, columns: undefined }).toStrictEqual({
      version: "1.0.0",
      columns: undefined,
      firstFieldRow: 4,
      fieldValueColumn: "C",
      fieldValueEnd: "F",
      headerRow: 13,
      decree30: false,
      rowsPerUnit: false,
    });
  });
});

describe("version 2 (current)", () => {
  it("has thirteen columns with a role column, narrow ones wrapping, 174 characters wide", () => {
    // The widths are chosen to print on A4 landscape at 9.2 pt (see printScale below). Every column but the code wraps:
    // task, target and evidence (18 characters and more) by the default, the narrow ones because they are told to.
    expect(L.layoutOf("2.0.0")!.columns).toStrictEqual([
      { key: "code", label: "tplColCode", width: 7, role: "plan", wrap: false },
      { key: "role", label: "tplColRole", width: 10, role: "info", wrap: true },
      { key: "group", label: "tplColGroup", width: 12, role: "plan", wrap: true },
      { key: "task", label: "tplColTask", width: 29, role: "plan", wrap: true },
      { key: "target", label: "tplColTarget", width: 24, role: "plan", wrap: true },
      { key: "unit", label: "tplColUnit", width: 7, role: "plan", wrap: true },
      { key: "budget", label: "tplColBudget", width: 10, role: "plan", wrap: true, numFmt: "#,##0.00" },
      { key: "actual", label: "tplColActual", width: 11, role: "entry", wrap: true, numFmt: "#,##0.##" },
      { key: "disbursed", label: "tplColDisbursed", width: 11, role: "entry", wrap: true, numFmt: "#,##0.00" },
      { key: "status", label: "tplColStatus", width: 11, role: "entry", wrap: true },
      { key: "evidence", label: "tplColEvidence", width: 18, role: "entry", wrap: true },
      { key: "progress", label: "tplColProgress", width: 8, role: "formula", wrap: true, numFmt: "0%" },
      { key: "check", label: "tplColCheck", width: 16, role: "formula", wrap: true },
    ]);
  });

  it("puts the header values in columns D–G from row 9, the table header in row 19, with the Decree 30 form and the unit's own rows", () => {
    expect({ ...L.LAYOUT_V2, columns: undefined }).toStrictEqual({
      version: "2.0.0",
      columns: undefined,
      firstFieldRow: 9,
      fieldValueColumn: "D",
      fieldValueEnd: "G",
      headerRow: 19,
      decree30: true,
      rowsPerUnit: true,
    });
  });
});

describe("fieldValueAddress", () => {
  it("puts the eight header values in rows 9–16 of column D (version 2)", () => {
    const v2 = L.layoutOf("2.0.0")!;
    expect(L.HEADER_KEYS.map((k) => L.fieldValueAddress(v2, k))).toEqual(["D9", "D10", "D11", "D12", "D13", "D14", "D15", "D16"]);
  });

  it("puts them in rows 4–11 of column C (version 1, reports already filled)", () => {
    const v1 = L.layoutOf("1.0.0")!;
    expect(L.HEADER_KEYS.map((k) => L.fieldValueAddress(v1, k))).toEqual(["C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"]);
    // The first and the last field: off-by-one at either end moves a header value.
    expect(L.fieldValueAddress(v1, "plan")).toBe("C4");
    expect(L.fieldValueAddress(v1, "submitted")).toBe("C11");
  });
});

describe("printScale", () => {
  it("scales the version-2 widths (174 characters, 13 columns = 1,283 px) to about 84% of a page", () => {
    const widths = L.layoutOf("2.0.0")!.columns.map((c) => c.width);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(174);
    // (11.69 − 0.25 − 0.25) in × 96 px = 1,074.24 px printable.
    expect(L.printScale(widths)).toBeCloseTo(1074.24 / 1283, 12);
  });

  it("scales the version-1 widths (254 characters, 12 columns = 1,838 px) to 58%", () => {
    const widths = L.layoutOf("1.0.0")!.columns.map((c) => c.width);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(254);
    expect(L.printScale(widths)).toBeCloseTo(1074.24 / 1838, 12);
  });

  it("never enlarges: narrow sheets and no columns print at 100%", () => {
    expect(L.printScale([])).toBe(1);
    expect(L.printScale([10])).toBe(1);
    // 152 characters in one column: 1,064 + 5 = 1,069 px, just inside; 153: 1,076 px, just outside.
    expect(L.printScale([152])).toBe(1);
    expect(L.printScale([153])).toBeCloseTo(1074.24 / 1076, 12);
  });

  it("counts the padding per column, not once", () => {
    // 2,000 characters in one column or in 200 columns of 10: 14,005 px against 15,000 px.
    expect(L.printScale([2000])).toBeCloseTo(1074.24 / 14005, 12);
    expect(L.printScale(Array<number>(200).fill(10))).toBeCloseTo(1074.24 / 15000, 12);
  });

  it("uses A4 landscape with narrow side margins", () => {
    expect(L.PRINT.paperSize).toBe(9);
    expect(L.PRINT.pageWidthInches - L.PRINT.margins.left - L.PRINT.margins.right).toBeCloseTo(11.19, 12);
  });
});

describe("metaRowOf", () => {
  it("gives the metadata row in META_KEYS order, with rows blank unless every row was asked for", () => {
    expect(L.META_KEYS).toEqual(["sheet", "templateId", "version", "taskGroup", "unitId", "period", "lang", "planHash", "rows"]);
    expect(L.metaRowOf("NV3 Giảm phát thải KNK", meta())).toEqual([
      "NV3 Giảm phát thải KNK",
      "TTX-NV3",
      "2.0.0",
      "NV3",
      "SO_CT",
      "2025-H1",
      "vi",
      TEMPLATE_META_HASH,
      null,
    ]);
    const all = L.metaRowOf("NV3 GHG reduction", meta({ rows: "all", lang: "en", period: "2024-annual" }));
    expect(all).toHaveLength(L.META_KEYS.length);
    expect(all[0]).toBe("NV3 GHG reduction");
    expect(all[5]).toBe("2024-annual");
    expect(all[6]).toBe("en");
    expect(all[8]).toBe("all");
  });
});
