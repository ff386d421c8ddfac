/**
 * The in-cell answers in a real formula engine: a cell typed "20%" holds 0.2 (as in Excel), the Vietnamese ";" and
 * decimal comma, and native functions around the TTX ones. Function-level proofs are in
 * test/core/functions/answers-never-mislead.test.ts.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerTtxPlugin } from "../../src/hyperformula/ttx-plugin";

registerTtxPlugin();
const VI = { licenseKey: "gpl-v3", functionArgSeparator: ";", decimalSeparator: ",", thousandSeparator: " " } as const;
const sheet = (rows: unknown[][]) => HyperFormula.buildFromArray(rows as never, VI);
const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

describe("answers that never mislead, in HyperFormula sheets", () => {
  it("a cell showing 20% (stored 0,2) is named by CHECK and STATUS, and PROGRESS is #VALUE! saying so", () => {
    const s = sheet([
      [
        "C4.10",
        "20%",
        "=TTX.CHECK(A1;B1;2020)",
        '=TTX.CHECK(A1;B1;2020;"en")',
        "=TTX.PROGRESS(A1;B1;2020)",
        "=TTX.STATUS(A1;B1;DATE(2019;12;31))",
        "=ISERROR(E1)",
      ],
    ]);
    expect(at(s, "B1")).toBe(0.2); // what Excel stores, and what the function sees
    expect(at(s, "C1")).toBe(
      '0,2 có vẻ là 20% lưu dạng phân số (ô định dạng %) — hãy nhập 20; nếu đúng là 0,2%, nhập dạng chữ "0,2%" (mục tiêu 2020: 20%)',
    );
    expect(at(s, "D1")).toBe(
      '0.2 looks like 20% stored as a fraction (a %-formatted cell) — type 20; if 0.2% is meant, enter the text "0.2%" (the 2020 target: 20%)',
    );
    const e1 = at(s, "E1") as DetailedCellError;
    expect([e1.type, e1.message.startsWith("0,2 có vẻ là 20% lưu dạng phân số")]).toEqual(["VALUE", true]);
    expect(at(s, "F1")).toBe(at(s, "C1"));
    expect(at(s, "G1")).toBe(true);
    // Typed as 20, everything is judged: on target.
    s.setCellContents(s.simpleCellAddressFromString("B1", 0)!, [[20]]);
    expect([at(s, "C1"), at(s, "E1"), at(s, "F1")]).toEqual(["OK", 1, "đạt"]);
  });

  it('SX.7 at exactly 60 is "not over 60%"', () => {
    const s = sheet([["SX.7", 60, "=TTX.CHECK(A1;B1;2020)", '=IF(TTX.CHECK(A1;B1+0,5;2020)="OK";1;0)']]);
    expect(at(s, "C1")).toBe("Chưa vượt 60%: mục tiêu 2020 là trên 60%, tức phải lớn hơn 60%; bằng 60% là chưa đạt");
    expect(at(s, "D1")).toBe(1);
  });

  it('"1.2" is ambiguous in INFO and CODES, naming NV1 and NV2; the stable codes work', () => {
    const s = sheet([['=TTX.INFO("1.2")', '=TTX.CODES("1.2")', "=ISNA(A1)", '=ROWS(TTX.CODES("NV1"))', '=TTX.INFO("NV2";"label")']]);
    const a1 = at(s, "A1") as DetailedCellError;
    expect(a1.type).toBe("NA");
    expect(a1.message).toContain('Nhãn "1.2" được in cho 2 nhóm nhiệm vụ');
    expect(a1.message).toContain("use the stable code NV1 or NV2");
    expect((at(s, "B1") as DetailedCellError).message).toContain("dùng mã ổn định NV1 hoặc NV2");
    expect(at(s, "C1")).toBe(true);
    expect(at(s, "D1")).toBe(9); // NV1.1–NV1.4 and the projects of DA7 and DA9 (assigned by inference)
    expect(at(s, "E1")).toBe("1.2");
  });

  it("every figure of a milestone: SX.6's upper bound, C1.3's second figures, how many there are", () => {
    const s = sheet([
      [
        '=TTX.TARGET("SX.6";2020;"max")',
        '=TTX.TARGET("SX.6";2020;"min";2)',
        '=TTX.TARGET("C1.3";2020;;2)',
        '=TTX.TARGET("C1.3";2030;"value";2)',
        '=TTX.TARGET("C1.3";2020;"figures")',
        '=TTX.TARGET("SX.7";2020;"text";2)',
        '=TTX.TARGET("C1.3";2020;"value";3)',
      ],
    ]);
    expect([at(s, "A1"), at(s, "B1"), at(s, "C1"), at(s, "D1"), at(s, "E1"), at(s, "F1")]).toEqual([8, 5, 2, 9, 2, "trên 80%"]);
    expect((at(s, "G1") as DetailedCellError).type).toBe("VALUE");
  });

  it('BUDGET("DA") is the Part 2 total, the sum of its groups; INFO reads a project\'s funding and the inferred task group', () => {
    const groups = Array.from({ length: 11 }, (_, i) => `TTX.BUDGET("DA${i + 1}")`).join("+");
    const s = sheet([
      [
        '=TTX.BUDGET("DA")',
        `=ROUND(${groups};6)`,
        '=TTX.INFO("DA1.1";"funding")',
        '=TTX.INFO("DA1.1";"Nguồn vốn")',
        '=TTX.INFO("DA1.1";"funding_local")+TTX.INFO("DA1.1";"funding_central")',
        '=LEFT(TTX.INFO("DA1.1";"task_group_basis");9)',
      ],
    ]);
    expect(at(s, "A1")).toBe(6910.36);
    expect(at(s, "B1")).toBe(6910.36);
    expect(at(s, "C1")).toBe("Ngân sách địa phương; Đề nghị TW hỗ trợ; Cộng đồng");
    expect(at(s, "D1")).toBe(at(s, "C1"));
    expect(at(s, "E1")).toBe(2);
    expect(at(s, "F1")).toBe("Suy luận,");
  });
});
