import { lookup } from "../../../src/core/plan/catalog";
import { buildTemplate, planHash } from "../../../src/core/templates/build";
import type { TemplateSpecT } from "../../../src/core/templates/spec";

const build = (group: string, extra: Partial<{ unit: string; period: string; lang: "vi" | "en" }> = {}): TemplateSpecT => {
  const r = buildTemplate({ group, unit: "SO_CT", period: "2025-H1", ...extra });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};

describe("reporting template spec", () => {
  it("lists Appendix I actions for 1.3 and 1.4, activities and assigned projects for the others", () => {
    expect(build("NV3").table.rows.map((r) => r.code)).toEqual(
      ["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10", "B.1", "B.2", "B.3", "C1.1", "C1.2", "C1.3", "C2.4", "C2.5", "C3.6", "C3.7", "C4.8", "C4.9", "C4.10", "C5.11"],
    );
    expect(build("1.4").table.rows.map((r) => r.code)).toEqual(["D.12", "D.13", "D.14", "D.15"]);
    expect(build("NV1").table.rows.map((r) => r.code)).toEqual(["NV1.1", "NV1.2", "NV1.3", "NV1.4", "DA7.1", "DA7.2", "DA7.3", "DA9.1", "DA9.2"]);
    expect(build("NV2").table.rows.map((r) => r.code)).toEqual(["NV2.1", "NV2.2", "NV2.3", "NV2.4", "NV2.5"]);
    // Every project appears in exactly one template.
    const all = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"].flatMap((g) => build(g).table.rows.map((r) => r.code));
    expect(all.filter((c) => c.startsWith("DA"))).toHaveLength(46);
    expect(new Set(all).size).toBe(all.length);
  });

  it("fills plan columns from the catalog and formulas with their blank-template results", () => {
    const row = build("NV3").table.rows.find((r) => r.code === "C1.1")!;
    expect(row.values).toMatchObject({ code: "C1.1", group: "C1. Công nghiệp", task: "Sản xuất gạch không nung", unit: "%", budget: 22 });
    expect(row.values.target).toBe("Lượng gạch không nung chiếm 25% năm 2020 và 80% vào 2030. (2020: 25%; 2030: 80%)");
    expect(row.actualKind).toBe("percent");
    expect(row.formulas.progress).toEqual({ formula: 'IF(G27="","",TTX.PROGRESS(A27,G27,$C$8))', cached: "" });
    expect(row.formulas.check).toEqual({ formula: "TTX.CHECK(A27,G27,$C$8)", cached: "Chưa nhập số liệu" });
    const task = build("NV1").table.rows[0]!;
    expect(task.actualKind).toBe("text");
    expect(task.formulas).toEqual({});
    expect(build("NV3", { lang: "en" }).table.rows.find((r) => r.code === "C1.1")!.formulas.check).toEqual({
      formula: 'TTX.CHECK(A27,G27,$C$8,"en")',
      cached: "No value entered",
    });
  });

  it("has the header the decision's reporting needs, with the due date from the calendar", () => {
    const header = Object.fromEntries(build("NV3", { period: "2025-annual" }).header.map((h) => [h.key, h]));
    expect(header.template!.value).toBe("TTX-NV3 v1.0.0");
    expect(header.unit!.value).toBe("Sở Công Thương");
    expect(header.period!.value).toBe("Cả năm 2025");
    expect(header.year!.value).toBe(2025);
    expect(header.due!.value).toBe(45996); // 5 December 2025 as an Excel date (5 June = 45813, + 183 days)
    expect(header.reporter!.entry && header.submitted!.entry && header.unit!.entry).toBe(true);
  });

  it("offers the units that exist on the due date", () => {
    const units = (period: string) => (build("NV3", { period }).header.find((h) => h.key === "unit")!.validation as { values: string[] }).values;
    expect(units("2019-H1")).toEqual(expect.arrayContaining(["Sở Kế hoạch và Đầu tư", "UBND huyện Thông Nông"]));
    expect(units("2019-H1")).not.toContain("Sở Nông nghiệp và Môi trường");
    expect(units("2025-H1")).toEqual(expect.arrayContaining(["Sở Nông nghiệp và Môi trường", "UBND huyện Hòa An"]));
    expect(units("2025-H1")).not.toContain("Sở Kế hoạch và Đầu tư");
    expect(units("2025-annual").some((u) => u.startsWith("UBND huyện"))).toBe(false); // district level ended 1 July 2025
  });

  it("hashes the plan cells: same plan, same hash; any plan edit, another hash", () => {
    const spec = build("NV3");
    expect(spec.meta.planHash).toBe(build("NV3", { unit: "SO_XD", period: "2026-annual" }).meta.planHash);
    const edited = structuredClone(spec.table.rows);
    edited[3]!.values.budget = 25;
    expect(planHash(spec.meta, edited)).not.toBe(spec.meta.planHash);
    expect(planHash(spec.meta, spec.table.rows)).toBe(spec.meta.planHash);
  });

  it.each([
    [{ group: "NV9" }, 'Nhóm nhiệm vụ "NV9" không có'],
    [{ group: "1.2" }, 'Nhóm nhiệm vụ "1.2" không có'], // printed twice: ambiguous
    [{ unit: "SO_KHONG" }, 'Đơn vị "SO_KHONG" không có'],
    [{ period: "2025-Q3" }, 'Kỳ báo cáo "2025-Q3" không hợp lệ'],
    [{ period: "1999-H1" }, "không hợp lệ"],
  ])("rejects %j with a bilingual message", (bad, message) => {
    const r = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1", ...bad });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
    expect(!r.ok && r.error).toContain(" · ");
  });

  it("uses codes the catalog knows, so consolidation can read them back", () => {
    for (const g of ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]) for (const r of build(g).table.rows) expect(lookup(r.code)).toBeDefined();
  });
});
