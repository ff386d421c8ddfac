/**
 * The template spec schema (templates/spec.ts) at the edges spec-values.test.ts leaves open: a built template parses
 * to itself, every part of it kept; every value of every enum parses and a near miss does not; the merge ranges, the
 * date of a date validation, versions and periods at their anchors and digit counts; the smallest bounds accepted.
 * Data is built inside each test: nothing is computed while the file loads.
 */
import { buildTemplate } from "../../../src/core/templates/build";
import { Column, ColumnKey, TableRow, TemplateMeta, TemplateSpec, TextLine, Validation } from "../../../src/core/templates/spec";
import { issuesWhere as where, passes as ok } from "../../support/schema-issues";
import { templateMeta as meta } from "../../support/template-meta";

/** A copy of the NV3 template of SO_CT for 2025-H1 (vi), to change one thing in. */
const builtSpec = (): any => {
  const r = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1" });
  if (!r.ok) throw new Error(r.error);
  return structuredClone(r.spec);
};

describe("a built template", () => {
  it("parses to itself: header with its validations, columns, rows with formulas, narrative, text lines", () => {
    const spec = builtSpec();
    expect(spec.header.map((h: any) => h.validation?.kind ?? null)).toEqual([null, null, "list", null, null, null, "any", "date"]);
    expect(Object.keys(spec.table.rows[0].formulas)).toEqual(["progress", "check"]);
    expect(TemplateSpec.parse(spec)).toEqual(spec);
  });

  it("holds the smallest frozen columns, header row and table names", () => {
    const spec = builtSpec();
    expect(spec.frozenColumns).toBe(4);
    expect(ok(TemplateSpec, { ...spec, frozenColumns: 0 })).toBe(true);
    expect(where(TemplateSpec, { ...spec, frozenColumns: 1.5 })).toEqual(["invalid_type@frozenColumns"]);
    expect(ok(TemplateSpec, { ...spec, table: { ...spec.table, headerRow: 1 } })).toBe(true);
    const named = (name: string) => where(TemplateSpec, { ...spec, table: { ...spec.table, name } });
    expect(["_", "a", "Ttx_nv3_2"].map(named)).toEqual([[], [], []]);
    expect(["1a", "TTX-NV3", "", "TTX.NV3", " TTX"].map(named)).toEqual(Array(5).fill(["invalid_format@table.name"]));
    expect(where(TemplateSpec, { ...spec, statusValues: [...spec.statusValues, "x"] })).toEqual(["too_big@statusValues"]);
    expect(ok(TemplateSpec, { ...spec, sheetName: "x" })).toBe(true);
  });
});

describe("Validation", () => {
  it("takes 'any', lists of several values, decimals with or without max, each parsing to itself", () => {
    const forms = [
      { kind: "any" },
      { kind: "list", values: ["a", "b", "c"] },
      { kind: "decimal", min: 0, max: 100 },
      { kind: "decimal", min: -1 },
      { kind: "date", after: "2017-01-01" },
    ];
    for (const v of forms) expect(Validation.parse(v)).toEqual(v);
    expect(where(Validation, { kind: "decimal" })).toEqual(["invalid_type@min"]);
    expect(where(Validation, { kind: "list" })).toEqual(["invalid_type@values"]);
    expect(where(Validation, { kind: "" })).toEqual(["invalid_union@kind"]);
  });

  it("dates a date validation YYYY-MM-DD, anchored, a day of the calendar", () => {
    const bad = [
      "x2017-01-01",
      "2017-01-01x",
      "12017-01-01",
      "2017-01-001",
      "2017-001-01",
      "17-01-01",
      "2017/01/01",
      "2017-02-29",
      "2017-13-01",
    ];
    expect(bad.map((after) => where(Validation, { kind: "date", after }))).toEqual(Array(bad.length).fill(["invalid_format@after"]));
    expect(["2030-12-31", "2016-02-29"].map((after) => ok(Validation, { kind: "date", after }))).toEqual([true, true]);
  });
});

describe("header and narrative", () => {
  it("takes every header key, and no other", () => {
    const spec = builtSpec();
    const keys = ["plan", "template", "unit", "period", "year", "due", "reporter", "submitted"];
    expect(spec.header.map((h: any) => h.key)).toEqual(keys);
    const withKey = (key: string) => where(TemplateSpec, { ...spec, header: [{ ...spec.header[0], key }] });
    expect(keys.map(withKey)).toEqual(Array(8).fill([]));
    expect(["title", "", "Plan"].map(withKey)).toEqual(Array(3).fill(["invalid_value@header.0.key"]));
  });

  it("merges a header value over a range A1:B2 of letters and digits, anchored", () => {
    const spec = builtSpec();
    const merged = (valueMerge: string) => where(TemplateSpec, { ...spec, header: [{ ...spec.header[0], valueMerge }] });
    expect(["D9:G9", "AA10:AB12", "A1:XFD1048576"].map(merged)).toEqual([[], [], []]);
    const bad = ["=D9:G9", "xD9:G9", "D9:G9x", "D9:G9:H9", "D9:G", "D:G9", "9:G9", "d9:g9", "$D$9:$G$9", "D9"];
    expect(bad.map(merged)).toEqual(Array(bad.length).fill(["invalid_format@header.0.valueMerge"]));
  });

  it("takes a header value as text, number or blank, with or without format and validation", () => {
    const spec = builtSpec();
    const h = spec.header[0];
    const withValue = (value: unknown) => where(TemplateSpec, { ...spec, header: [{ ...h, value }] });
    expect(["x", 2025, null].map(withValue)).toEqual([[], [], []]);
    expect(withValue(true)).toEqual(["invalid_union@header.0.value"]);
    expect(where(TemplateSpec, { ...spec, header: [{ ...h, validation: { kind: "list", values: [] } }] })).toEqual([
      "too_small@header.0.validation.values",
    ]);
  });

  it("takes the three narrative keys, and a range A1:B2 anchored", () => {
    const spec = builtSpec();
    const n = spec.narrative[0];
    const block = (extra: object) => where(TemplateSpec, { ...spec, narrative: [{ ...n, ...extra }] });
    expect(spec.narrative.map((x: any) => x.key)).toEqual(["completed", "ongoing", "proposals"]);
    expect(["completed", "ongoing", "proposals"].map((key) => block({ key }))).toEqual([[], [], []]);
    expect(["done", ""].map((key) => block({ key }))).toEqual(Array(2).fill(["invalid_value@narrative.0.key"]));
    expect(["A30:M33", "AA100:AB1000"].map((range) => block({ range }))).toEqual([[], []]);
    const bad = ["=A30:M33", "xA30:M33", "A30:M33x", "A30:M33:N34", "A30:M", "A:M33", "30:M33", "a30:m33", "A30"];
    expect(bad.map((range) => block({ range }))).toEqual(Array(bad.length).fill(["invalid_format@narrative.0.range"]));
  });
});

describe("columns and rows", () => {
  it("takes every column key and every role", () => {
    const keys = [
      "code",
      "role",
      "group",
      "task",
      "target",
      "unit",
      "budget",
      "actual",
      "disbursed",
      "status",
      "evidence",
      "progress",
      "check",
    ];
    expect(keys.map((k) => ColumnKey.safeParse(k).success)).toEqual(Array(13).fill(true));
    expect(["name", "", "Code"].map((k) => ColumnKey.safeParse(k).success)).toEqual([false, false, false]);
    const column = { key: "code", letter: "A", header: "Mã", width: 8, role: "plan", wrap: false };
    expect(Column.parse(column)).toEqual(column);
    expect(["plan", "info", "entry", "formula"].map((role) => ok(Column, { ...column, role }))).toEqual([true, true, true, true]);
    expect(where(Column, { ...column, role: "locked" })).toEqual(["invalid_value@role"]);
    expect(["A", "Z"].map((letter) => ok(Column, { ...column, letter }))).toEqual([true, true]);
    expect(["a", "", "1"].map((letter) => where(Column, { ...column, letter }))).toEqual(Array(3).fill(["invalid_format@letter"]));
  });

  it("takes every kind of result, values by column key, formulas cached as text or number", () => {
    const row = {
      code: "C1.2",
      actualKind: "percent",
      values: { code: "C1.2", budget: 22, actual: null },
      formulas: { progress: { formula: "H20/70", cached: "" }, check: { formula: "1", cached: 0 } },
    };
    expect(TableRow.parse(row)).toEqual(row);
    expect(["percent", "number", "text"].map((actualKind) => ok(TableRow, { ...row, actualKind }))).toEqual([true, true, true]);
    expect(where(TableRow, { ...row, actualKind: "date" })).toEqual(["invalid_value@actualKind"]);
    expect(where(TableRow, { ...row, formulas: { check: { formula: "1", cached: null } } })).toEqual([
      "invalid_union@formulas.check.cached",
    ]);
    expect(ok(TableRow, { ...row, values: {}, formulas: {} })).toBe(true);
  });
});

describe("metadata and text lines", () => {
  it("takes versions with numbers of several digits", () => {
    expect(["10", "10.2", "1.10", "2.0.10", "2.0.0.10", "12.34.56.78"].map((version) => ok(TemplateMeta, meta({ version })))).toEqual(
      Array(6).fill(true),
    );
    expect(["2..0", ".2", "2.0.0.0.0"].map((version) => where(TemplateMeta, meta({ version })))).toEqual(
      Array(3).fill(["invalid_format@version"]),
    );
  });

  it("anchors the period at its start, and takes every task group and both languages", () => {
    expect(["12025-H1", "x2025-H1", "2025-H1x", "2025-H1 "].map((period) => where(TemplateMeta, meta({ period })))).toEqual(
      Array(4).fill(["invalid_format@period"]),
    );
    const groups = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];
    expect(groups.map((taskGroup) => ok(TemplateMeta, meta({ taskGroup })))).toEqual(Array(6).fill(true));
    expect(where(TemplateMeta, meta({ taskGroup: "" }))).toEqual(["invalid_value@taskGroup"]);
    expect(TemplateMeta.parse(meta({ lang: "en", rows: "all" }))).toEqual(meta({ lang: "en", rows: "all" }));
    expect(where(TemplateMeta, meta({ lang: "" }))).toEqual(["invalid_value@lang"]);
  });

  it("takes every text style, a formula where the line has one", () => {
    const line = { address: "A1", text: "x", merge: "A1:D1", style: "title" };
    const styles = ["title", "subtitle", "agency", "agencyName", "motto", "place", "note", "signTitle", "signNote", "recipients"];
    expect(styles.map((style) => ok(TextLine, { ...line, style }))).toEqual(Array(10).fill(true));
    expect(["", "Title", "sign"].map((style) => where(TextLine, { ...line, style }))).toEqual(Array(3).fill(["invalid_value@style"]));
    const withFormula = { ...line, formula: "UPPER(D11)" };
    expect(TextLine.parse(withFormula)).toEqual(withFormula);
    expect(TextLine.parse(line)).toEqual(line);
  });
});
