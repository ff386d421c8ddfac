import { info } from "../../../src/core/functions/info";
import { isTtxError } from "../../../src/core/functions/result";

describe("TTX.INFO", () => {
  it("returns the name by default, in Vietnamese", () => {
    expect(info("C1.1")).toBe("Sản xuất gạch không nung");
    expect(info("C1.1", "name_en")).toBe("Unfired bricks");
  });

  it("reads action fields: target, budget, reduction, agency, milestones", () => {
    expect(info("C1.1", "budget")).toBe(22);
    expect(info("C1.1", "reduction")).toBe(18);
    expect(info("C1.1", "milestone_2020")).toBe(25);
    expect(info("C1.1", "milestone")).toBe(80);
    expect(info("C1.1", "milestone_year")).toBe(2030);
    expect(info("C1.1", "unit")).toBe("percent");
    expect(info("C1.1", "lead")).toBe("Sở XD");
    expect(info("C1.3", "lead")).toBe("Sở CT; Sở KH&ĐT; Cục Thuế");
    expect(info("A.2", "priority")).toBe("cao");
    expect(info("D.14", "milestone")).toBe(135);
    expect(info("D.14", "task_group")).toBe("NV4");
  });

  it("accepts codes in any case with spaces, numbers for printed labels, and Vietnamese field names", () => {
    expect(info("  c1.1 ", "Kinh phí")).toBe(22);
    expect(info("c1.1", "MỤC TIÊU")).toBe("Lượng gạch không nung chiếm 25% năm 2020 và 80% vào 2030.");
    expect(info(1.4)).toBe("Nhóm nhiệm vụ về sử dụng năng lượng tái tạo, quá trình công nghiệp và rác thải");
    expect(info("Milestone 2030".replace("M", "m"), undefined)).toMatchObject({ ttxError: "NOT_AVAILABLE" });
  });

  it("reads sectors as computed from rows, with the printed subtotal beside", () => {
    expect(info("C", "budget")).toBe(150);
    expect(info("C", "budget_printed")).toBe(2024);
    expect(info("B", "reduction")).toBeCloseTo(10581.8, 9);
  });

  it("reads projects in million VND and goals, targets, org units", () => {
    expect(info("DA11.19", "budget")).toBe(42280);
    expect(info("DA11.19", "budget_billion")).toBe(42.28);
    expect(info("DA2.3", "end")).toBe(2025);
    expect(info("DA1", "projects")).toBe(4);
    expect(info("GHG.2030", "target")).toBe(19);
    expect(info("SX.3", "value")).toBe(1.5);
    expect(info("SO_KHDT", "successor")).toBe("Sở Tài chính");
  });

  it("unknown code → #N/A naming the code, in Vietnamese and English", () => {
    const r = info("X.99", "budget");
    expect(isTtxError(r) && r.ttxError).toBe("NOT_AVAILABLE");
    expect(isTtxError(r) && r.message).toBe('Mã "X.99" không có trong Kế hoạch 337/QĐ-UBND · Code "X.99" is not in Plan 337/QĐ-UBND');
  });

  it("bad field → #VALUE! listing the fields that exist", () => {
    const r = info("C1.1", "colour");
    expect(isTtxError(r) && r.ttxError).toBe("VALUE");
    expect(isTtxError(r) && r.message).toContain('Trường "colour" không dùng được cho mã C1.1');
    expect(isTtxError(r) && r.message).toContain("budget, budget_billion");
    expect(info("DA1.1", "reduction")).toMatchObject({ ttxError: "VALUE" }); // projects have no GHG figure
  });

  it("a field the decision leaves blank → #N/A that says so, not 0", () => {
    expect(info("C1.2", "priority")).toMatchObject({ ttxError: "NOT_AVAILABLE", message: expect.stringContaining("không có giá trị") });
    expect(info("DA11.9", "start")).toMatchObject({ ttxError: "NOT_AVAILABLE" });
  });

  it("non-text or empty code → #VALUE!", () => {
    for (const bad of ["", "   ", null, undefined, true, [["C1.1", "C1.2"]], Number.NaN]) {
      expect(info(bad)).toMatchObject({ ttxError: "VALUE" });
    }
    // A one-cell range is that cell, as for every TTX function.
    expect(info([["C1.1"]])).toBe("Sản xuất gạch không nung");
    expect(info("C1.1", 42)).toMatchObject({ ttxError: "VALUE" });
  });
});
