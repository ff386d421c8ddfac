/**
 * plan/browse.ts searchRows, pinned with exact results: every word typed must appear (spaces of any kind and number
 * between words), the code typed exactly comes first — spaces inside it ignored — and the other hits keep their
 * order; a blank query keeps every row in order. Hand-made rows where the order is the point, the real catalog for
 * the codes people type (DA10: project group 10 of Part 2).
 */
import { browseRows, searchRows, type BrowseKind, type BrowseRow } from "../../../src/core/plan/browse";

const row = (code: string, kind: BrowseKind, haystack: string): BrowseRow => ({
  code,
  kind,
  name: code,
  target: null,
  milestones: null,
  budgetBillionVnd: null,
  reductionKt: null,
  lead: null,
  source: null,
  haystack,
});
const codes = (rows: readonly BrowseRow[]) => rows.map((r) => r.code);

describe("searchRows on hand-made rows", () => {
  const sample = () => [
    row("C1.10", "ghgAction", "c1.10 gach nung tuy nen"),
    row("SX.1", "target", "sx.1 xem c1.1"),
    row("C1.1", "ghgAction", "c1.1 san xuat gach khong nung"),
  ];

  it("puts the code typed exactly first, once, and keeps the other hits in their order", () => {
    expect(codes(searchRows(sample(), "c1.1"))).toEqual(["C1.1", "C1.10", "SX.1"]);
    expect(codes(searchRows(sample(), "  C1.1\t"))).toEqual(["C1.1", "C1.10", "SX.1"]);
  });

  it("reads a code typed with a space inside it as the code", () => {
    // Two words, "c1." and "1", both in every row; together they are the code C1.1.
    expect(codes(searchRows(sample(), "c1. 1"))).toEqual(["C1.1", "C1.10", "SX.1"]);
  });

  it("needs every word, whole, separated by any run of spaces", () => {
    expect(codes(searchRows(sample(), "gach"))).toEqual(["C1.10", "C1.1"]);
    expect(codes(searchRows(sample(), "nung  \t gach"))).toEqual(["C1.10", "C1.1"]);
    expect(codes(searchRows(sample(), "khong nung"))).toEqual(["C1.1"]);
    // "gnh" is not in any row, though each of its letters is.
    expect(searchRows(sample(), "gnh")).toEqual([]);
  });

  it("a blank query keeps every row in order, even one without a code", () => {
    const rows = [row("B", "other", "b lam nghiep"), row("", "other", "ghi chu")];
    expect(codes(searchRows(rows, ""))).toEqual(["B", ""]);
    expect(codes(searchRows(rows, " \t "))).toEqual(["B", ""]);
  });

  it("of one kind: only that kind's rows, the exact code still first", () => {
    expect(codes(searchRows(sample(), "c1.1", "ghgAction"))).toEqual(["C1.1", "C1.10"]);
    expect(codes(searchRows(sample(), "", "target"))).toEqual(["SX.1"]);
  });
});

describe("searchRows on the catalog", () => {
  it("'da10' finds project group 10 first, then its two projects", () => {
    expect(codes(searchRows(browseRows("vi"), "da10"))).toEqual(["DA10", "DA10.1", "DA10.2"]);
  });

  it("'DA 10': the group first, though rows earlier in the catalog hold both words", () => {
    const hits = codes(searchRows(browseRows("vi"), "DA 10"));
    expect(hits[0]).toBe("DA10");
    expect(hits.filter((c) => c === "DA10")).toHaveLength(1);
    // Then in catalog order: SX.2 ("đảm bảo 100% địa bàn…") and SX.4 ("100% các cơ sở… dựng") hold both.
    expect(hits.slice(1, 3)).toEqual(["SX.2", "SX.4"]);
  });

  it("'b' puts forestry (sector B of Appendix I) before the targets that mention a b", () => {
    const hits = searchRows(browseRows("vi"), "b");
    expect(hits[0]).toMatchObject({ code: "B", name: "Lĩnh vực lâm nghiệp" });
    expect(codes(hits).slice(1, 3)).toEqual(["GHG.2020", "GHG.2030"]);
  });
});
