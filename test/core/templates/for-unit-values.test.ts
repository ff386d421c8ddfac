/**
 * The sheets a unit gets for a period: one per group it answers for, in the order asked; groups without its rows
 * named with the reason; a bad request refused whole.
 */
import { buildTemplate } from "../../../src/core/templates/build";
import { templatesForUnit } from "../../../src/core/templates/for-unit";

const ALL = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];

describe("templatesForUnit", () => {
  it("gives Sở Tài chính (2025-H1) the four groups it has rows in, and names the two it has none in", () => {
    const r = templatesForUnit({ groups: ALL, unit: "SO_TC", period: "2025-H1", lang: "vi" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.specs.map((s) => `${s.meta.taskGroup}:${s.table.rows.length}`)).toEqual(["NV1:1", "NV2:2", "NV3:1", "NV5:20"]);
    expect(r.value.specs.every((s) => s.meta.unitId === "SO_TC" && s.meta.period === "2025-H1" && s.meta.lang === "vi")).toBe(true);
    expect(r.value.specs.every((s) => s.meta.rows === undefined)).toBe(true);
    expect(r.value.skipped).toEqual([
      {
        group: "NV4",
        reason:
          "Sở Tài chính không chủ trì hay phối hợp hạng mục nào của nhóm NV4 vào ngày 05/06/2025: không tạo trang cho nhóm này · Sở Tài chính neither leads nor coordinates any item of group NV4 on 05/06/2025: no sheet for this group",
      },
      {
        group: "NV6",
        reason:
          "Sở Tài chính không chủ trì hay phối hợp hạng mục nào của nhóm NV6 vào ngày 05/06/2025: không tạo trang cho nhóm này · Sở Tài chính neither leads nor coordinates any item of group NV6 on 05/06/2025: no sheet for this group",
      },
    ]);
  });

  it("keeps the order the groups were asked in, and the language", () => {
    const r = templatesForUnit({ groups: ["NV5", "NV1"], unit: "SO_TC", period: "2025-H1", lang: "en" });
    expect(r.ok && r.value.specs.map((s) => s.sheetName)).toEqual(["NV5 Green production", "NV1 Capacity, awareness"]);
    expect(r.ok && r.value.specs.map((s) => s.meta.lang)).toEqual(["en", "en"]);
    expect(r.ok && r.value.skipped).toEqual([]);
  });

  it("gives every group its sheet with every row when all rows are asked for", () => {
    const r = templatesForUnit({ groups: ALL, unit: "SO_NV", period: "2025-H1", lang: "vi", rows: "all" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.specs.map((s) => s.meta.taskGroup)).toEqual(ALL);
    expect(r.value.specs.map((s) => s.meta.rows)).toEqual(ALL.map(() => "all"));
    expect(r.value.specs.find((s) => s.meta.taskGroup === "NV3")!.table.rows).toHaveLength(24);
    expect(r.value.skipped).toEqual([]);
    // Without the option Sở Nội vụ has rows in NV1 only.
    const own = templatesForUnit({ groups: ALL, unit: "SO_NV", period: "2025-H1", lang: "vi" });
    expect(own.ok && own.value.specs.map((s) => s.meta.taskGroup)).toEqual(["NV1"]);
    expect(own.ok && own.value.skipped.map((s) => s.group)).toEqual(["NV2", "NV3", "NV4", "NV5", "NV6"]);
  });

  it("gives the same specs as building each template alone", () => {
    const r = templatesForUnit({ groups: ["NV3"], unit: "SO_CT", period: "2025-annual", lang: "vi" });
    const alone = buildTemplate({ group: "NV3", unit: "SO_CT", period: "2025-annual", lang: "vi" });
    expect(r.ok && alone.ok && r.value.specs[0]).toBe(alone.ok && alone.spec);
  });

  it("refuses the whole request at a bad group, a bad unit or a bad period, with the builder's message", () => {
    const badGroup = templatesForUnit({ groups: ["NV1", "NV9", "NV3"], unit: "SO_TC", period: "2025-H1", lang: "vi" });
    expect(badGroup.ok).toBe(false);
    expect(!badGroup.ok && badGroup.error).toMatch(/^Nhóm nhiệm vụ "NV9" không có\. Dùng: NV1 \(1\.2\), /);
    // A group without the unit's rows before the bad one does not hide the error.
    const afterSkip = templatesForUnit({ groups: ["NV4", "X"], unit: "SO_TC", period: "2025-H1", lang: "en" });
    expect(!afterSkip.ok && afterSkip.error).toContain('No task group "X"');
    const badUnit = templatesForUnit({ groups: ["NV1"], unit: "SO_KHONG", period: "2025-H1", lang: "vi" });
    expect(badUnit).toEqual({
      ok: false,
      error:
        'Đơn vị "SO_KHONG" không có trong danh mục. Xem: npx ttx catalog --csv (loại orgUnit) · Unit "SO_KHONG" is not in the catalog. See: npx ttx catalog --csv (kind orgUnit)',
    });
    const badPeriod = templatesForUnit({ groups: ["NV1"], unit: "SO_TC", period: "2025-Q1", lang: "vi" });
    expect(!badPeriod.ok && badPeriod.error).toBe(
      'Kỳ báo cáo "2025-Q1" không hợp lệ: dùng dạng 2025-H1 (6 tháng) hoặc 2025-annual (cả năm) · Invalid period "2025-Q1": use 2025-H1 (six-month) or 2025-annual (full year)',
    );
  });

  it("answers an empty list of groups with no sheet and nothing skipped", () => {
    expect(templatesForUnit({ groups: [], unit: "SO_TC", period: "2025-H1", lang: "vi" })).toEqual({
      ok: true,
      value: { specs: [], skipped: [] },
    });
  });
});
