/**
 * The TTX functions in a real formula engine (HyperFormula), mixed with native formulas: ranges, IF, SUM over
 * results, spilled arrays, error handling, recalculation, and the Vietnamese ";" argument separator.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { FUNCTIONS } from "../../src/core/functions/registry";
import { TtxPlugin, registerTtxPlugin } from "../../src/hyperformula/ttx-plugin";

registerTtxPlugin();
const LICENSE = { licenseKey: "gpl-v3" };
const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

describe("TTX functions in HyperFormula", () => {
  const sheet = [
    ["Mã", "Thực hiện", "Tiến độ", "Kiểm tra", "OK?"],
    ["C1.1", 20, "=TTX.PROGRESS(A2,B2,2020)", "=TTX.CHECK(A2,B2,2020)", '=IF(D2="OK",1,0)'],
    ["C4.9", 5, "=TTX.PROGRESS(A3,B3,2020)", "=TTX.CHECK(A3,B3,2020)", '=IF(D3="OK",1,0)'],
    ["D.14", 67.5, "=TTX.PROGRESS(A4,B4)", "=TTX.CHECK(A4,B4)", '=IF(D4="OK",1,0)'],
    ["Tổng", null, "=AVERAGE(C2:C4)", null, "=SUM(E2:E4)"],
    ["Kinh phí", null, '=SUMPRODUCT(--(A2:A4<>""),B2:B4)', "=TTX.BUDGET(A2)+TTX.BUDGET(A3)+TTX.BUDGET(A4)", '=TTX.GHG("C")'],
  ];
  const hf = HyperFormula.buildFromArray(sheet, LICENSE);

  it("computes TTX formulas beside native ones", () => {
    expect(at(hf, "C2")).toBeCloseTo(0.8, 9);
    expect(at(hf, "C3")).toBeCloseTo(1, 9);
    expect(at(hf, "C4")).toBeCloseTo(0.5, 9);
    expect(at(hf, "D2")).toBe("Chậm 5 điểm % so với lộ trình 2020 (25%)");
    expect(at(hf, "D3")).toBe("OK");
    expect(at(hf, "D4")).toBe("Chậm 67,5 MW so với lộ trình 2030 (135 MW)"); // no year: the final milestone
    expect(at(hf, "C5")).toBeCloseTo((0.8 + 1 + 0.5) / 3, 9);
    expect(at(hf, "E5")).toBe(1);
    expect(at(hf, "D6")).toBe(22 + 9 + 1600);
    expect(at(hf, "E6")).toBe(119);
  });

  it("recalculates dependents when an entry changes", () => {
    hf.setCellContents(hf.simpleCellAddressFromString("B2", 0)!, [[25]]);
    expect(at(hf, "C2")).toBeCloseTo(1, 9);
    expect(at(hf, "D2")).toBe("OK");
    expect(at(hf, "E5")).toBe(2);
  });

  it("recalculates nothing when an unrelated cell changes (no TTX function is volatile)", () => {
    const progress = FUNCTIONS.find((f) => f.id === "PROGRESS")!;
    const spy = jest.spyOn(progress, "impl");
    hf.setCellContents(hf.simpleCellAddressFromString("G10", 0)!, [[123]]);
    expect(spy).not.toHaveBeenCalled();
    hf.setCellContents(hf.simpleCellAddressFromString("B3", 0)!, [[4]]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    for (const definition of Object.values(TtxPlugin.implementedFunctions)) expect(definition.isVolatile).toBeFalsy();
  });

  it("takes a range for targets with several figures", () => {
    const s = HyperFormula.buildFromArray(
      [
        ["SX.7", 66, 40, "=TTX.PROGRESS(A1,B1:C1)"],
        ["SX.8", 95, null, "=TTX.PROGRESS(A2,B2:C2)"],
      ],
      LICENSE,
    );
    expect(at(s, "D1")).toBeCloseTo(0.5, 9); // 66/60 and 40/80 → weakest
    expect(at(s, "D2")).toBeCloseTo(95 / 90, 9); // blank second figure is skipped: first figure only
  });

  it("spills TTX.CODES as a dynamic array readable cell by cell", () => {
    const s = HyperFormula.buildFromArray([['=TTX.CODES("C1")', null, '=ROWS(TTX.CODES("C1"))', '=COUNTA(TTX.CODES("DA11"))']], LICENSE);
    expect(at(s, "A1")).toBe("C1.1");
    expect(at(s, "B1")).toBe("Sản xuất gạch không nung");
    expect(at(s, "A3")).toBe("C1.3");
    expect(at(s, "C1")).toBe(3);
    expect(at(s, "D1")).toBe(40);
  });

  it("returns dates that match native DATE", () => {
    const s = HyperFormula.buildFromArray(
      [
        [
          '=TTX.DEADLINE("H1",2025)=DATE(2025,6,5)',
          '=TTX.DEADLINE("2025-annual")-DATE(2025,12,5)',
          '=TTX.STATUS("C1.1",54,DATE(2025,12,31))',
          '=TTX.STATUS("C1.1",60,DATE(2025,12,31))',
        ],
      ],
      LICENSE,
    );
    expect(at(s, "A1")).toBe(true);
    expect(at(s, "B1")).toBe(0);
    expect(at(s, "C1")).toBe("đúng tiến độ"); // the path is at 52.5% at the end of 2025: on track 49.75–55.25
    expect(at(s, "D1")).toBe("vượt tiến độ");
  });

  it("reports errors as #N/A / #VALUE! with the message, and native error handling works on them", () => {
    const s = HyperFormula.buildFromArray(
      [
        [
          '=TTX.INFO("NOPE")',
          "=ISERROR(A1)",
          '=IFERROR(TTX.PROGRESS("X",1),"-")',
          '=TTX.PROGRESS("C1.1","nhiều")',
          '=ISNA(TTX.INFO("C1.2","priority"))',
        ],
      ],
      LICENSE,
    );
    const a1 = at(s, "A1") as DetailedCellError;
    expect(a1).toBeInstanceOf(DetailedCellError);
    expect(a1.type).toBe("NA");
    expect(a1.message).toContain('"NOPE"');
    expect(at(s, "B1")).toBe(true);
    expect(at(s, "C1")).toBe("-");
    expect((at(s, "D1") as DetailedCellError).type).toBe("VALUE");
    expect(at(s, "E1")).toBe(true);
  });

  it("works with the Vietnamese argument separator and decimal comma", () => {
    const s = HyperFormula.buildFromArray(
      [["C1.1", "12,5", "=TTX.PROGRESS(A1;B1;2020)", '=TTX.TARGET("C1.1";2024;"year")', "=TTX.PROGRESS(A1;10,5;2020)"]],
      { ...LICENSE, functionArgSeparator: ";", decimalSeparator: ",", thousandSeparator: " " },
    );
    expect(at(s, "C1")).toBeCloseTo(0.5, 9);
    expect(at(s, "D1")).toBe(2030);
    expect(at(s, "E1")).toBeCloseTo(0.42, 9);
  });
});
