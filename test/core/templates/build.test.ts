import { lookup } from "../../../src/core/plan/catalog";
import { buildTemplate } from "../../../src/core/templates/build";
import { planHash } from "../../../src/core/templates/plan-hash";
import { nativeCheck, nativeProgress, nativeRowOf } from "../../../src/core/templates/native-formulas";
import type { TemplateSpecT } from "../../../src/core/templates/spec";
import { V1 } from "../../support/template-v1";

type Extra = Partial<{ unit: string; period: string; lang: "vi" | "en"; version: string; rows: "all" }>;
const build = (group: string, extra: Extra = {}): TemplateSpecT => {
  const r = buildTemplate({ group, unit: "SO_CT", period: "2025-H1", ...extra });
  if (!r.ok) throw new Error(r.error);
  return r.spec;
};

// Version 1, still in circulation: every row of the group, header at row 13, results in column G.
describe("reporting template spec, version 1 (read for reports already filled)", () => {
  it("lists Appendix I actions for 1.3 and 1.4, activities and assigned projects for the others", () => {
    expect(build("NV3", V1).table.rows.map((r) => r.code)).toEqual([
      "A.1",
      "A.2",
      "A.3",
      "A.4",
      "A.5",
      "A.6",
      "A.7",
      "A.8",
      "A.9",
      "A.10",
      "B.1",
      "B.2",
      "B.3",
      "C1.1",
      "C1.2",
      "C1.3",
      "C2.4",
      "C2.5",
      "C3.6",
      "C3.7",
      "C4.8",
      "C4.9",
      "C4.10",
      "C5.11",
    ]);
    expect(build("1.4", V1).table.rows.map((r) => r.code)).toEqual(["D.12", "D.13", "D.14", "D.15"]);
    expect(build("NV1", V1).table.rows.map((r) => r.code)).toEqual([
      "NV1.1",
      "NV1.2",
      "NV1.3",
      "NV1.4",
      "DA7.1",
      "DA7.2",
      "DA7.3",
      "DA9.1",
      "DA9.2",
    ]);
    expect(build("NV2", V1).table.rows.map((r) => r.code)).toEqual(["NV2.1", "NV2.2", "NV2.3", "NV2.4", "NV2.5"]);
    // Every project appears in exactly one template.
    const all = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"].flatMap((g) => build(g, V1).table.rows.map((r) => r.code));
    expect(all.filter((c) => c.startsWith("DA"))).toHaveLength(46);
    expect(new Set(all).size).toBe(all.length);
  });

  it("fills plan columns from the catalog and formulas with their blank-template results", () => {
    const row = build("NV3", V1).table.rows.find((r) => r.code === "C1.1")!;
    expect(row.values).toMatchObject({ code: "C1.1", group: "C1. Công nghiệp", task: "Sản xuất gạch không nung", unit: "%", budget: 22 });
    expect(row.values.target).toBe("Lượng gạch không nung chiếm 25% năm 2020 và 80% vào 2030. (2020: 25%; 2030: 80%)");
    expect(row.actualKind).toBe("percent");
    // The TTX function where the add-in is loaded, else the native formula for this row at 2025 (native-formulas.ts).
    const native = nativeRowOf("C1.1", 2025, "vi")!;
    expect(row.formulas.progress).toEqual({
      formula: `IF(TRIM(G27)="","",IFERROR(TTX.PROGRESS(A27,G27,$C$8),${nativeProgress(native, "G27")}))`,
      cached: "",
    });
    expect(row.formulas.check).toEqual({
      formula: `IFERROR(TTX.CHECK(A27,G27,$C$8),${nativeCheck(native, "G27")})`,
      cached: "Chưa nhập số liệu",
    });
    const task = build("NV1", V1).table.rows[0]!;
    expect(task.actualKind).toBe("text");
    expect(task.formulas).toEqual({});
    expect(build("NV3", { lang: "en", ...V1 }).table.rows.find((r) => r.code === "C1.1")!.formulas.check).toEqual({
      formula: `IFERROR(TTX.CHECK(A27,G27,$C$8,"en"),${nativeCheck(nativeRowOf("C1.1", 2025, "en")!, "G27")})`,
      cached: "No value entered",
    });
  });

  it("has the header the decision's reporting needs, with the due date from the calendar", () => {
    const header = Object.fromEntries(build("NV3", { period: "2025-annual", ...V1 }).header.map((h) => [h.key, h]));
    expect(header.template!.value).toBe("TTX-NV3 v1.0.0");
    expect(header.unit!.value).toBe("Sở Công Thương");
    expect(header.period!.value).toBe("Cả năm 2025");
    expect(header.year!.value).toBe(2025);
    expect(header.due!.value).toBe(45996); // 5 December 2025 as an Excel date (5 June = 45813, + 183 days)
    expect(header.reporter!.entry && header.submitted!.entry && header.unit!.entry).toBe(true);
  });

  it("offers the units that exist on the due date", () => {
    const units = (period: string) =>
      (build("NV3", { period, ...V1 }).header.find((h) => h.key === "unit")!.validation as { values: string[] }).values;
    expect(units("2019-H1")).toEqual(expect.arrayContaining(["Sở Kế hoạch và Đầu tư", "UBND huyện Thông Nông"]));
    expect(units("2019-H1")).not.toContain("Sở Nông nghiệp và Môi trường");
    expect(units("2025-H1")).toEqual(expect.arrayContaining(["Sở Nông nghiệp và Môi trường", "UBND huyện Hòa An"]));
    expect(units("2025-H1")).not.toContain("Sở Kế hoạch và Đầu tư");
    expect(units("2025-annual").some((u) => u.startsWith("UBND huyện"))).toBe(false); // district level ended 1 July 2025
  });

  it("hashes the plan cells: same plan, same hash; any plan edit, another hash", () => {
    const spec = build("NV3", V1);
    expect(spec.meta.planHash).toBe(build("NV3", { unit: "SO_XD", period: "2026-annual", ...V1 }).meta.planHash);
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
    for (const g of ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"])
      for (const r of build(g, { rows: "all" }).table.rows) expect(lookup(r.code)).toBeDefined();
  });
});

describe("reporting template spec, version 2 (written now): the unit's rows, roles, Decree 30 form", () => {
  const roles = (spec: TemplateSpecT) => spec.table.rows.map((r) => `${r.code}:${r.values.role}`);

  it("lists the rows a unit leads, then those it coordinates, each with its role", () => {
    // Sở Công Thương in GHG reduction, June 2025: leads C1.2, C1.3, C2.4, C2.5, C3.6, C4.8, C4.9 (Appendix I).
    expect(roles(build("NV3"))).toEqual([
      "C1.2:Chủ trì",
      "C1.3:Chủ trì",
      "C2.4:Chủ trì",
      "C2.5:Chủ trì",
      "C3.6:Chủ trì",
      "C4.8:Chủ trì",
      "C4.9:Chủ trì",
    ]);
    // Sở Xây dựng leads C1.1 and C2.4 and, after Transport merged into it (1 March 2025), C3.7; it coordinates C3.6 for Transport.
    expect(roles(build("NV3", { unit: "SO_XD" }))).toEqual(["C1.1:Chủ trì", "C2.4:Chủ trì", "C3.7:Chủ trì", "C3.6:Phối hợp"]);
    // Before the merger Transport reported itself.
    expect(roles(build("NV3", { unit: "SO_XD", period: "2024-annual" }))).toEqual(["C1.1:Chủ trì", "C2.4:Chủ trì"]);
    expect(roles(build("NV3", { unit: "SO_GTVT", period: "2024-annual" }))).toEqual(["C3.7:Chủ trì", "C3.6:Phối hợp"]);
    // A district answers for what the decision gives "UBND các huyện": C5.11 (coordinating) and NV5.3 (section IV inference).
    expect(roles(build("NV3", { unit: "H_HOAAN" }))).toEqual(["C5.11:Phối hợp"]);
    expect(roles(build("NV5", { unit: "H_HOAAN" }))).toEqual(["NV5.3:Phối hợp", "NV5.4:Phối hợp"]);
  });

  it("gives a unit with no row in a group no sheet, saying so in both languages", () => {
    const r = buildTemplate({ group: "NV6", unit: "SO_NV", period: "2025-H1" });
    expect(r).toMatchObject({ ok: false, noRows: true });
    expect(!r.ok && r.error).toBe(
      "Sở Nội vụ không chủ trì hay phối hợp hạng mục nào của nhóm NV6 vào ngày 05/06/2025: không tạo trang cho nhóm này · Sở Nội vụ neither leads nor coordinates any item of group NV6 on 05/06/2025: no sheet for this group",
    );
    // Districts ended on 1 July 2025: the annual 2025 report has no district rows.
    expect(buildTemplate({ group: "NV5", unit: "H_HOAAN", period: "2025-annual" })).toMatchObject({ ok: false, noRows: true });
  });

  it("lists every row on request, with the unit's role where it has one, and records the choice in the metadata", () => {
    const all = build("NV3", { rows: "all" });
    expect(all.table.rows).toHaveLength(24);
    expect(all.meta.rows).toBe("all");
    expect(all.table.rows.find((r) => r.code === "A.1")!.values.role).toBe("");
    expect(all.table.rows.find((r) => r.code === "C4.9")!.values.role).toBe("Chủ trì");
    expect(build("NV3").meta.rows).toBeUndefined();
  });

  it("sends rows the source gives no reporting unit to the focal department, of its day", () => {
    // Project group 11 prints no agency for most works, and a ministry for the others: Sở Tài chính answers in 2025 …
    expect(build("NV5", { unit: "SO_TC" }).table.rows.map((r) => r.code)).toEqual(expect.arrayContaining(["DA11.1", "DA11.2", "DA11.20"]));
    // … Sở KH&ĐT before the 2025 reorganisation.
    expect(build("NV5", { unit: "SO_KHDT", period: "2024-H1" }).table.rows.map((r) => r.code)).toEqual(
      expect.arrayContaining(["DA11.1", "DA11.2"]),
    );
  });

  it("puts the role after the code and the figures in H:K, with formulas on this layout's cells", () => {
    const spec = build("NV3");
    expect(spec.table.columns.map((c) => `${c.letter}:${c.key}`).join(" ")).toBe(
      "A:code B:role C:group D:task E:target F:unit G:budget H:actual I:disbursed J:status K:evidence L:progress M:check",
    );
    expect(spec.table.headerRow).toBe(19);
    const first = spec.table.rows[0]!;
    expect(first.formulas.check).toEqual({
      formula: `IFERROR(TTX.CHECK(A20,H20,$D$13),${nativeCheck(nativeRowOf(first.code, 2025, "vi")!, "H20")})`,
      cached: "Chưa nhập số liệu",
    });
    const header = Object.fromEntries(spec.header.map((h) => [h.key, h]));
    expect(header.template).toMatchObject({ labelAddress: "A10", valueAddress: "D10", valueMerge: "D10:G10", value: "TTX-NV3 v2.0.0" });
    expect(header.submitted).toMatchObject({ valueAddress: "D16" });
    expect(spec.frozenColumns).toBe(4);
  });

  it("carries the Decree 30 heading: agency and motto, number and place-date by formula, title, and the signature block", () => {
    const spec = build("NV3");
    const line = (address: string) => spec.titleLines.find((l) => l.address === address)!;
    expect(line("A1")).toMatchObject({ text: "UBND TỈNH CAO BẰNG", style: "agency" });
    expect(line("A2")).toMatchObject({ text: "SỞ CÔNG THƯƠNG", formula: "UPPER($D$11)", style: "agencyName" });
    expect(line("H1")).toMatchObject({ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", merge: "H1:M1" });
    expect(line("H2").text).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(line("A3").text).toBe("Số: ……/BC-……");
    expect(line("H3").text).toBe("Cao Bằng, ngày …… tháng …… năm ……");
    expect(line("H3").formula).toBe(
      'IF($D$16="","Cao Bằng, ngày …… tháng …… năm ……",IFERROR("Cao Bằng, ngày "&IF(DAY($D$16)<10,"0","")&DAY($D$16)&" tháng "&IF(MONTH($D$16)<3,"0","")&MONTH($D$16)&" năm "&YEAR($D$16),"Cao Bằng, ngày …… tháng …… năm ……"))',
    );
    expect(line("A5").text).toBe("BÁO CÁO");
    expect(line("A18")).toMatchObject({ style: "note" });
    expect(line("A18").text).toContain("Ô màu vàng");
    const signature = spec.signature.map((l) => `${l.address}:${l.text}`);
    const last = Number(/\d+$/.exec(spec.narrative[2]!.range)![0]);
    expect(signature).toEqual([
      `A${last + 2}:Nơi nhận:`,
      `E${last + 2}:NGƯỜI LẬP BIỂU`,
      `H${last + 2}:THỦ TRƯỞNG ĐƠN VỊ`,
      `A${last + 3}:- Sở Tài chính (cơ quan thường trực);`,
      `E${last + 3}:(Ký, ghi rõ họ tên)`,
      `H${last + 3}:(Ký, ghi rõ họ tên, đóng dấu)`,
      `A${last + 4}:- Lưu: VT.`,
    ]);
    // Before the 2025 reorganisation the standing office was Sở Kế hoạch và Đầu tư.
    expect(build("NV3", { period: "2024-annual" }).signature[3]!.text).toBe("- Sở Kế hoạch và Đầu tư (cơ quan thường trực);");
    expect(build("NV3", { lang: "en" }).titleLines.find((l) => l.address === "H1")!.text).toBe("SOCIALIST REPUBLIC OF VIETNAM");
  });

  it("keeps the role out of the plan fingerprint: a revised assignment is not an edited plan", () => {
    const spec = build("NV3", { rows: "all" });
    const relabelled = spec.table.rows.map((r) => ({ values: { ...r.values, role: "Phối hợp" } }));
    expect(planHash(spec.meta, relabelled)).toBe(spec.meta.planHash);
  });

  it("refuses a layout version it does not know", () => {
    const r = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-H1", version: "0.9" });
    expect(!r.ok && r.error).toContain('Không có mẫu phiên bản "0.9" (có: 2.0.0, 1.0.0)');
  });
});
