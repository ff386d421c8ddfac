/**
 * Where a layout puts things, value for value: the header fields of both versions, the layout of a version, the
 * print scale of column widths, the metadata row. Data is built inside each test (mutation testing activates a
 * mutant when a test starts).
 */
import {
  HEADER_KEYS,
  LAYOUT_V2,
  LAYOUTS,
  META_KEYS,
  PRINT,
  fieldValueAddress,
  layoutOf,
  metaRowOf,
  printScale,
} from "../../../src/core/templates/layout";
import { TEMPLATE_META_HASH, templateMeta as meta } from "../../support/template-meta";

describe("layoutOf", () => {
  it("finds each version's own layout, and none for a version never made", () => {
    expect(layoutOf("2.0.0")).toBe(LAYOUT_V2);
    expect(layoutOf("2.0.0")!.headerRow).toBe(19);
    expect(layoutOf("1.0.0")!.version).toBe("1.0.0");
    expect(layoutOf("1.0.0")!.headerRow).toBe(13);
    expect(layoutOf("1.0.0")!.decree30).toBe(false);
    expect(layoutOf("0.9")).toBeUndefined();
    expect(layoutOf("")).toBeUndefined();
    expect(layoutOf("2.0")).toBeUndefined();
  });

  it("lists the layouts newest first", () => {
    expect(LAYOUTS.map((l) => l.version)).toEqual(["2.0.0", "1.0.0"]);
  });
});

describe("fieldValueAddress", () => {
  it("puts the eight header values in rows 9–16 of column D (version 2)", () => {
    const v2 = layoutOf("2.0.0")!;
    expect(HEADER_KEYS.map((k) => fieldValueAddress(v2, k))).toEqual(["D9", "D10", "D11", "D12", "D13", "D14", "D15", "D16"]);
  });

  it("puts them in rows 4–11 of column C (version 1, reports already filled)", () => {
    const v1 = layoutOf("1.0.0")!;
    expect(HEADER_KEYS.map((k) => fieldValueAddress(v1, k))).toEqual(["C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"]);
    // The first and the last field: off-by-one at either end moves a header value.
    expect(fieldValueAddress(v1, "plan")).toBe("C4");
    expect(fieldValueAddress(v1, "submitted")).toBe("C11");
  });
});

describe("printScale", () => {
  it("scales the version-2 widths (174 characters, 13 columns = 1,283 px) to about 84% of a page", () => {
    const widths = layoutOf("2.0.0")!.columns.map((c) => c.width);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(174);
    // (11.69 − 0.25 − 0.25) in × 96 px = 1,074.24 px printable.
    expect(printScale(widths)).toBeCloseTo(1074.24 / 1283, 12);
  });

  it("scales the version-1 widths (254 characters, 12 columns = 1,838 px) to 58%", () => {
    const widths = layoutOf("1.0.0")!.columns.map((c) => c.width);
    expect(printScale(widths)).toBeCloseTo(1074.24 / 1838, 12);
  });

  it("never enlarges: narrow sheets and no columns print at 100%", () => {
    expect(printScale([])).toBe(1);
    expect(printScale([10])).toBe(1);
    // 152 characters in one column: 1,064 + 5 = 1,069 px, just inside; 153: 1,076 px, just outside.
    expect(printScale([152])).toBe(1);
    expect(printScale([153])).toBeCloseTo(1074.24 / 1076, 12);
  });

  it("counts the padding per column, not once", () => {
    // 2,000 characters in one column or in 200 columns of 10: 14,005 px against 15,000 px.
    expect(printScale([2000])).toBeCloseTo(1074.24 / 14005, 12);
    expect(printScale(Array<number>(200).fill(10))).toBeCloseTo(1074.24 / 15000, 12);
  });

  it("uses A4 landscape with narrow side margins", () => {
    expect(PRINT.paperSize).toBe(9);
    expect(PRINT.pageWidthInches - PRINT.margins.left - PRINT.margins.right).toBeCloseTo(11.19, 12);
  });
});

describe("metaRowOf", () => {
  it("gives the metadata row in META_KEYS order, with rows blank unless every row was asked for", () => {
    expect(META_KEYS).toEqual(["sheet", "templateId", "version", "taskGroup", "unitId", "period", "lang", "planHash", "rows"]);
    expect(metaRowOf("NV3 Giảm phát thải KNK", meta())).toEqual([
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
    const all = metaRowOf("NV3 GHG reduction", meta({ rows: "all", lang: "en", period: "2024-annual" }));
    expect(all).toHaveLength(META_KEYS.length);
    expect(all[0]).toBe("NV3 GHG reduction");
    expect(all[5]).toBe("2024-annual");
    expect(all[6]).toBe("en");
    expect(all[8]).toBe("all");
  });
});
