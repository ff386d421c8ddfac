import { CatalogSchema, getCatalog } from "../../../src/core/plan/catalog";
import { catalogCsv, catalogEntries, catalogJson } from "../../../src/core/plan/export";
import { csvField, neutralizeFormulaText } from "../../../src/core/text/safe-cell";

describe("catalog exports", () => {
  const c = getCatalog();

  it("CSV: BOM, header, one row per entry, values from the field table", () => {
    const { text, rows } = catalogCsv(c);
    expect(text.startsWith("\uFEFFcode,kind,name,")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(rows).toBe(catalogEntries(c).length);
    expect(lines).toHaveLength(rows + 1);
    expect(rows).toBe(2 + 27 + 8 + 6 + 21 + 9 + 28 + 11 + 46 + 45);
    expect(lines.find((l) => l.startsWith("C1.1,"))).toContain(",25,80,22,22000,18,cao,Sở XD,");
  });

  it("JSON: the whole catalog, which validates again when read back", () => {
    const { text } = catalogJson(c);
    const parsed = JSON.parse(text);
    expect(parsed.byCode).toBeUndefined();
    expect(CatalogSchema.safeParse(parsed).success).toBe(true);
    expect(parsed.projects).toHaveLength(46);
  });
});

describe("formula-injection defence", () => {
  it.each(['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("neutralises %p", (text) => {
    expect(neutralizeFormulaText(text)).toBe(`'${text}`);
  });
  it("leaves ordinary text alone and quotes CSV specials", () => {
    expect(neutralizeFormulaText("Sở Xây dựng")).toBe("Sở Xây dựng");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("=1,2")).toBe('"\'=1,2"');
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
  });
});
