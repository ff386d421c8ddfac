/** A1 addresses (src/core/address.ts), used by every adapter and layout. */
import { absoluteCell, cellOf, columnLetter, columnNumber } from "../../src/core/address";

describe("column letters and numbers", () => {
  it.each([
    ["A", 1],
    ["B", 2],
    ["Z", 26],
    ["AA", 27],
    ["AZ", 52],
    ["BA", 53],
    ["ZZ", 702],
    ["AAA", 703],
    ["XFD", 16384],
  ])("%p is column %p, both ways", (letters, n) => {
    expect(columnNumber(letters)).toBe(n);
    expect(columnLetter(n)).toBe(letters);
  });

  it("has no letters for column 0 or below", () => {
    expect(columnLetter(0)).toBe("");
    expect(columnLetter(-3)).toBe("");
  });
});

describe("cellOf", () => {
  it("reads row and column", () => {
    expect(cellOf("G14")).toEqual([14, 7]);
    expect(cellOf("A1")).toEqual([1, 1]);
    expect(cellOf("AB100")).toEqual([100, 28]);
  });

  it.each(["", "14", "G", "g14", "G14x", "xG14", "$G$14", "G 14", "1G"])("refuses %p, naming it", (address) =>
    expect(() => cellOf(address)).toThrow(`bad address ${address}`),
  );
});

describe("absoluteCell", () => {
  it("fixes the column and the row of a cell", () => {
    expect(absoluteCell("D11")).toBe("$D$11");
    expect(absoluteCell("A1")).toBe("$A$1");
    expect(absoluteCell("AB100")).toBe("$AB$100");
  });

  it.each(["", "D", "11", "$D$11", "D11:E12"])("refuses %p, naming it", (address) =>
    expect(() => absoluteCell(address)).toThrow(`bad address ${address}`),
  );
});
