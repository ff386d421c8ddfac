/** The Office adapter: TtxError values become CustomFunctions.Error with Excel's code and our message. */
import { ttxError } from "../../src/core/functions/result";

class FakeCustomFunctionsError {
  constructor(
    public code: string,
    public message: string,
  ) {}
}
(globalThis as any).CustomFunctions = { Error: FakeCustomFunctionsError };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { toExcel } = require("../../src/functions/errors") as typeof import("../../src/functions/errors");

describe("toExcel", () => {
  it("passes values through", () => {
    expect(toExcel(42)).toBe(42);
    expect(toExcel("OK")).toBe("OK");
    expect(toExcel([["C1.1", "x"]])).toEqual([["C1.1", "x"]]);
  });
  it.each([
    ["NOT_AVAILABLE", "#N/A"],
    ["VALUE", "#VALUE!"],
    ["NUM", "#NUM!"],
  ] as const)("%s → %s with the message", (kind, code) => {
    let thrown: unknown;
    try {
      toExcel(ttxError(kind, "Mã X · Code X"));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeCustomFunctionsError);
    expect(thrown).toMatchObject({ code, message: "Mã X · Code X" });
  });
});
