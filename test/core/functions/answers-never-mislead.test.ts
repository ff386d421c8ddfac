/**
 * In-cell answers that never mislead. One block per answer of the audit, at function level; the same
 * answers in HyperFormula sheets are in test/hyperformula/ttx-functions.test.ts.
 */
import { budget } from "../../../src/core/functions/totals";
import { check } from "../../../src/core/functions/check";
import { judgeValue } from "../../../src/core/plan/judge";
import { codes } from "../../../src/core/functions/codes";
import { info } from "../../../src/core/functions/info";
import { looksLikeStoredFraction, storedFractionMessage, storedFractionOf } from "../../../src/core/plan/stored-fraction";
import { progress } from "../../../src/core/functions/progress";
import { status } from "../../../src/core/functions/status";
import { target } from "../../../src/core/functions/target";
import { getCatalog } from "../../../src/core/plan/catalog";
import { measuresOf } from "../../../src/core/plan/milestones";

const C410_VI =
  '0,2 có vẻ là 20% lưu dạng phân số (ô định dạng %) — hãy nhập 20; nếu đúng là 0,2%, nhập dạng chữ "0,2%" (mục tiêu 2020: 20%)';
const C410_EN =
  '0.2 looks like 20% stored as a fraction (a %-formatted cell) — type 20; if 0.2% is meant, enter the text "0.2%" (the 2020 target: 20%)';

describe("a percentage stored as a fraction (one rule, plan/stored-fraction.ts)", () => {
  it("the rule: unit %, 0 < value < 1, applicable milestone above 1; numbers only", () => {
    expect(looksLikeStoredFraction("C4.10", 0.2, 2020)).toMatchObject({ value: 0.2, percent: 20, year: 2020, figure: { value: 20 } });
    expect(looksLikeStoredFraction("C4.10", 0.2)).toMatchObject({ percent: 20, year: 2030, figure: { value: 60 } }); // final milestone
    expect(looksLikeStoredFraction("C4.10", 20, 2020)).toBeNull();
    expect(looksLikeStoredFraction("C4.10", 1, 2020)).toBeNull(); // 1 is not below 1
    expect(looksLikeStoredFraction("C4.10", 0, 2020)).toBeNull();
    expect(looksLikeStoredFraction("D.14", 0.5)).toBeNull(); // MW, not %
    expect(looksLikeStoredFraction("SX.15", 0.5)).toBeNull(); // times the baseline, not %
    expect(looksLikeStoredFraction("NOPE", 0.5)).toBeNull();
    // The figure asked for: SX.7's second figure (over 80% of facilities).
    expect(looksLikeStoredFraction("SX.7", 0.4, 2020, 1)).toMatchObject({ percent: 40, figure: { value: 80 } });
    // Text was typed as such: never a stored fraction.
    expect(storedFractionOf(measuresOf(getCatalog().byCode.get("C4.10")!), 0.2, 2020, 0, true)).toBeNull();
  });

  it("TTX.CHECK names it instead of judging 0,2%, in vi and en; text is judged as typed", () => {
    expect(check("C4.10", 0.2, 2020)).toBe(C410_VI);
    expect(check("C4.10", 0.2, 2020, "en")).toBe(C410_EN);
    expect(check("C4.10", "0,2%", 2020)).toBe("Chậm 19,8 điểm % so với lộ trình 2020 (20%)");
    expect(check("C4.10", 20, 2020)).toBe("OK");
  });

  it("TTX.STATUS gives the message, not 'chậm'", () => {
    expect(status("C4.10", 0.2, 43830)).toBe(C410_VI); // 31/12/2019: the 2020 milestone applies
    expect(status("C4.10", 0.2, 43830, "en")).toBe(C410_EN);
    expect(status("C4.10", "0,2", 43830)).toBe("chậm");
  });

  it("TTX.PROGRESS is #VALUE! naming it, never a share 100 times too small; per figure for a range", () => {
    expect(progress("C4.10", 0.2, 2020)).toEqual({ ttxError: "VALUE", message: `${C410_VI} · ${C410_EN}` });
    expect(progress("C4.10", "0,2%", 2020)).toBeCloseTo(0.01, 9);
    const both = progress("SX.7", [[66, 0.4]], 2020) as { ttxError: string; message: string };
    expect(both.ttxError).toBe("VALUE");
    expect(both.message).toContain("0,4 có vẻ là 40% lưu dạng phân số");
    expect(both.message).toContain("(mục tiêu 2020: 80%)");
  });

  it("a report accepts it with a warning: judgeValue's verdict is a 'fraction' warning with the same message", () => {
    const m = measuresOf(getCatalog().byCode.get("C4.10")!);
    expect(judgeValue(m, 0.2, 2020, "vi")).toMatchObject({ kind: "fraction", issue: "warn", message: C410_VI });
    expect(judgeValue(m, 0.2, 2020, "vi", undefined, { typedAsText: true }).kind).toBe("behind");
    const f = looksLikeStoredFraction("C4.10", 0.2, 2020)!;
    expect(storedFractionMessage(f, "en")).toBe(C410_EN);
  });
});

describe('"trên 60%" is a strict bound', () => {
  it("exactly 60 is 'not over 60%', in words that say what the bound is", () => {
    expect(check("SX.7", 60, 2020)).toBe("Chưa vượt 60%: mục tiêu 2020 là trên 60%, tức phải lớn hơn 60%; bằng 60% là chưa đạt");
    expect(check("SX.7", 60, 2020, "en")).toBe(
      "Not over 60%: the 2020 target is over 60%, i.e. more than 60%; exactly 60% does not meet it",
    );
    expect(check("SX.7", 60.01, 2020)).toBe("OK");
    expect(check("SX.1", 99, 2020)).toBe("Chậm 1 điểm % so với lộ trình 2020 (100%)"); // ">=": the gap is named
  });
});

describe("a label printed for two task groups", () => {
  const VI =
    'Nhãn "1.2" được in cho 2 nhóm nhiệm vụ trong văn bản (NV1: Nhóm nhiệm vụ về nâng cao năng lực và nhận thức; NV2: Nhóm nhiệm vụ về tăng cường thể chế): dùng mã ổn định NV1 hoặc NV2';
  const EN =
    'Label "1.2" is printed for 2 task groups in the decision (NV1: Capacity building and awareness; NV2: Strengthening institutions): use the stable code NV1 or NV2';
  it("TTX.INFO and TTX.CODES say it is ambiguous and name NV1 and NV2, not 'not in Plan 337'", () => {
    expect(info("1.2")).toEqual({ ttxError: "NOT_AVAILABLE", message: `${VI} · ${EN}` });
    expect(codes("1.2")).toEqual({ ttxError: "VALUE", message: `${VI} · ${EN}` });
    expect(info(" 1.2 ", "name")).toEqual({ ttxError: "NOT_AVAILABLE", message: `${VI} · ${EN}` });
  });
  it("unique printed labels still find their group; unknown codes are still 'not in Plan 337'", () => {
    expect(info("1.3")).toBe("Nhóm nhiệm vụ về giảm phát thải khí nhà kính");
    expect(info("NV1")).toBe("Nhóm nhiệm vụ về nâng cao năng lực và nhận thức");
    expect((info("1.9") as { message: string }).message).toContain("không có trong Kế hoạch 337");
  });
});

describe("every figure of a milestone has a way out (TTX.TARGET's figure argument)", () => {
  it("the upper bound of a range: SX.6 2020 is 5–8%", () => {
    expect(target("SX.6", 2020, "max")).toBe(8); // the milestone's only range figure
    expect(target("SX.6", 2020, "max", 2)).toBe(8);
    expect(target("SX.6", 2020, "min", 2)).toBe(5);
    expect(target("SX.6", 2020, "value", 2)).toBe(5);
    expect(target("SX.6", 2020, "text", 2)).toBe("5–8%");
    expect(target("SX.6", 2020, "comparator", 2)).toBe("between");
    expect(target("SX.6", 2020)).toBe(25); // figure 1 by default, as before
    expect(target("SX.6", 2020, "max", 1)).toEqual({
      ttxError: "NOT_AVAILABLE",
      message:
        "Số thứ 1 của mốc 2020 mã SX.6 (25%) không phải một khoảng nên không có cận trên · Figure 1 of the 2020 milestone of SX.6 (25%) is not a range, so it has no upper bound",
    });
  });
  it("second figures: C1.3's savings of 2% (2020) and 9% (2030); SX.7's 80%", () => {
    expect(target("C1.3", 2020, "figures")).toBe(2);
    expect([target("C1.3", 2020), target("C1.3", 2020, "value", 2), target("C1.3", 2030, "value", 2)]).toEqual([20, 2, 9]);
    expect(target("C1.3", 2030, "subject", 2)).toBe("savings");
    expect(target("SX.7", 2020, "text", 2)).toBe("trên 80%");
    expect(target("SX.8", 2020, "value", "3")).toBe(95);
  });
  it("a figure that is not there is #VALUE! saying how many there are", () => {
    expect(target("C1.3", 2020, "value", 3)).toEqual({
      ttxError: "VALUE",
      message:
        "Mốc 2020 của mã C1.3 có 2 số: figure phải từ 1 đến 2, nhận được: 3 · The 2020 milestone of C1.3 has 2 figures: figure must be 1 to 2, got: 3",
    });
    expect((target("C1.3", 2020, "value", 1.5) as { ttxError: string }).ttxError).toBe("VALUE");
    expect((target("C1.3", 2020, "value", 0) as { ttxError: string }).ttxError).toBe("VALUE");
  });
});

describe("Part 2 (green production and lifestyle projects)", () => {
  const projects = getCatalog().projects;
  it('TTX.BUDGET("DA") is the sum of every project, in billion VND', () => {
    const sum = Math.round(projects.reduce((s, p) => s + p.budget.millionVnd, 0)) / 1000;
    expect(budget("DA")).toBe(sum);
    expect(budget("DA")).toBe(6910.36);
    expect(budget(" da ")).toBe(6910.36);
    expect(budget("DA1")).toBe(37); // a group still sums its projects: 10 + 10 + 10 + 7
  });
  it("TTX.INFO reads a project's funding sources as printed (local, central requested, other)", () => {
    expect(info("DA1.1", "funding")).toBe("Ngân sách địa phương; Đề nghị TW hỗ trợ; Cộng đồng");
    expect(info("DA1.1", "Nguồn vốn")).toBe("Ngân sách địa phương; Đề nghị TW hỗ trợ; Cộng đồng");
    expect([info("DA1.1", "funding_local"), info("DA1.1", "funding_central"), info("DA1.1", "funding_other")]).toEqual([1, 1, "Cộng đồng"]);
    expect(info("DA2.2", "funding_cells")).toBe("x |  | x");
    expect(info("DA2.2", "funding_other")).toBe("x");
    expect((info("DA3.2", "funding") as { ttxError: string }).ttxError).toBe("NOT_AVAILABLE"); // printed blank
    expect((info("DA1.1", "nope") as { message: string }).message).toContain(
      "funding, funding_local, funding_central, funding_other, funding_cells, task_group_basis",
    );
  });
  it("the task group of a project is flagged as our inference, with the reason", () => {
    const basis = info("DA1.1", "task_group_basis") as string;
    expect(basis).toMatch(/^Suy luận, văn bản không gán: nhóm dự án DA1 → NV6 \(nhóm nhiệm vụ 1\.6\)\./);
    expect(basis).toContain(
      "· Inferred, not stated in the decision: project group DA1 → NV6 (task group 1.6). Reason: Task group 1.6 lists",
    );
    expect(info("DA5", "task_group_basis")).toContain("project group DA5 → NV5");
    expect(info("DA1.1", "task_group")).toBe("NV6"); // the code itself stays usable in formulas
  });
});
