/**
 * The shapes a template spec and its metadata must have: what the validation lets in and what it refuses, at the
 * edges. Metadata comes back from files people send (and ends up in sheets and messages), so its shapes are strict.
 */
import { buildTemplate } from "../../../src/core/templates/build";
import { META_SHEET, TEMPLATE_VERSION, TemplateMeta, TemplateSpec, TextLine, Validation } from "../../../src/core/templates/spec";
import { templateMeta as meta } from "../../support/template-meta";

const accepts = (extra: Record<string, unknown>) => TemplateMeta.safeParse(meta(extra)).success;

describe("TemplateMeta", () => {
  it("accepts the metadata of a current template, with or without rows: all", () => {
    expect(TEMPLATE_VERSION).toBe("2.0.0");
    expect(META_SHEET).toBe("_ttx_meta");
    expect(TemplateMeta.parse(meta())).toEqual(meta());
    expect(accepts({ rows: "all" })).toBe(true);
    expect(accepts({ rows: "some" })).toBe(false);
  });

  it("takes template ids TTX-NV1 to TTX-NV6 only", () => {
    expect(["TTX-NV1", "TTX-NV6"].map((templateId) => accepts({ templateId }))).toEqual([true, true]);
    expect(["TTX-NV0", "TTX-NV7", "TTX-NV3 ", "xTTX-NV3", "TTX-NV"].map((templateId) => accepts({ templateId }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("takes versions of one to four numbers", () => {
    expect(["2", "1.0.0", "2.0.0.1"].map((version) => accepts({ version }))).toEqual([true, true, true]);
    expect(["2.0.0.1.5", "v2", "2.", "", "2.0.0\n=1"].map((version) => accepts({ version }))).toEqual([false, false, false, false, false]);
  });

  it("takes unit ids that start with a capital, of capitals, digits and underscores, up to 41 characters", () => {
    expect(accepts({ unitId: "S" })).toBe(true);
    expect(accepts({ unitId: `S${"O".repeat(40)}` })).toBe(true);
    expect(accepts({ unitId: `S${"O".repeat(41)}` })).toBe(false);
    expect(["so_ct", "_SO", "1SO", "SO-CT", "=SO"].map((unitId) => accepts({ unitId }))).toEqual([false, false, false, false, false]);
  });

  it("takes periods YYYY-H1 and YYYY-annual, the languages vi and en, and a 64-digit lowercase hash", () => {
    expect(["2025-H1", "2025-annual"].map((period) => accepts({ period }))).toEqual([true, true]);
    expect(["2025-H2", "25-H1", "2025-annual ", "2025-Annual"].map((period) => accepts({ period }))).toEqual([false, false, false, false]);
    expect(accepts({ lang: "fr" })).toBe(false);
    expect(accepts({ planHash: "A".repeat(64) })).toBe(false);
    expect(accepts({ planHash: "a".repeat(63) })).toBe(false);
    expect(accepts({ planHash: "a".repeat(65) })).toBe(false);
    expect(accepts({ taskGroup: "NV7" })).toBe(false);
  });
});

describe("Validation and TextLine", () => {
  it("keeps each kind of validation to its fields", () => {
    expect(Validation.safeParse({ kind: "list", values: [] }).success).toBe(false);
    expect(Validation.safeParse({ kind: "list", values: ["a"] }).success).toBe(true);
    expect(Validation.safeParse({ kind: "decimal", min: 0 }).success).toBe(true);
    expect(Validation.safeParse({ kind: "date", after: "2017-1-1" }).success).toBe(false);
    expect(Validation.safeParse({ kind: "date", after: "2017-01-01" }).success).toBe(true);
    expect(Validation.safeParse({ kind: "text" }).success).toBe(false);
  });

  it("places a line only at a cell address", () => {
    const line = { text: "x", merge: "A1:D1", style: "note" };
    expect(["A1", "$A$1", "XFD1048576", "$AB12"].map((address) => TextLine.safeParse({ ...line, address }).success)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["a1", "A", "1", "ABCD1", "A1:B2", "=A1"].map((address) => TextLine.safeParse({ ...line, address }).success)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(TextLine.safeParse({ ...line, address: "A1", style: "heading" }).success).toBe(false);
  });
});

describe("TemplateSpec", () => {
  it("accepts a built template and refuses it once broken at an edge", () => {
    const r = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1" });
    if (!r.ok) throw new Error(r.error);
    const spec = structuredClone(r.spec);
    expect(TemplateSpec.safeParse(spec).success).toBe(true);
    expect(TemplateSpec.safeParse({ ...spec, sheetName: "x".repeat(31) }).success).toBe(true);
    expect(TemplateSpec.safeParse({ ...spec, sheetName: "x".repeat(32) }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, sheetName: "" }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, statusValues: spec.statusValues.slice(0, 3) }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, table: { ...spec.table, rows: [] } }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, table: { ...spec.table, name: "TTX NV3" } }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, table: { ...spec.table, headerRow: 0 } }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, frozenColumns: -1 }).success).toBe(false);
    const column = spec.table.columns[0]!;
    const withColumn = (c: object) => TemplateSpec.safeParse({ ...spec, table: { ...spec.table, columns: [c] } }).success;
    expect(withColumn(column)).toBe(true);
    expect(withColumn({ ...column, letter: "AA" })).toBe(false);
    expect(withColumn({ ...column, width: 0 })).toBe(false);
    const header = spec.header[0]!;
    expect(TemplateSpec.safeParse({ ...spec, header: [{ ...header, valueMerge: "D9" }] }).success).toBe(false);
    expect(TemplateSpec.safeParse({ ...spec, narrative: [{ ...spec.narrative[0]!, range: "A30" }] }).success).toBe(false);
  });
});
