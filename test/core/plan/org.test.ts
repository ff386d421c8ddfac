/**
 * Org units over time (plan/org.ts), pinned at the days of change in data/org-units.ts:
 * - 1 March 2020: Thông Nông merged into Hà Quảng, Trà Lĩnh into Trùng Khánh, Quảng Uyên and Phục Hòa into the new
 *   Quảng Hòa (which exists from that day, not before);
 * - 1 March 2025: Sở KH&ĐT → Sở Tài chính, Sở NN&PTNT and Sở TN&MT → the new Sở NN&MT, Sở GTVT → Sở Xây dựng,
 *   Sở TT&TT dissolved without a single successor;
 * - 1 July 2025: the district level ends (two-level local government).
 * Each change is checked the day before and the day itself. A few synthetic units pin what the data does not show:
 * a unit formed from predecessors merged on different days, a broken successor link and a successor cycle.
 * `findUnit` is pinned on the names a header may carry.
 */
import { getCatalog } from "../../../src/core/plan/catalog";
import { activeUnits, findUnit, unitOn } from "../../../src/core/plan/org";
import type { OrgUnitT } from "../../../src/core/plan/schema";
import { DISTRICTS_2018, DISTRICTS_2020 } from "../../support/districts";

const units = getCatalog().orgUnits;
const active = (iso: string) => activeUnits(units, iso).map((u) => u.id);
const answering = (id: string, iso: string) => unitOn(units, id, iso)?.id;
const districts = (iso: string) =>
  activeUnits(units, iso)
    .filter((u) => u.kind === "district" && !u.standsFor)
    .map((u) => u.id);

/** A minimal department for the synthetic cases. */
const dept = (id: string, extra: Partial<OrgUnitT> = {}): OrgUnitT => ({
  id,
  nameVi: `Sở ${id}`,
  nameEn: `Department ${id}`,
  abbr: id,
  kind: "province_department",
  aliases: [],
  ...extra,
});

describe("units existing on a date", () => {
  it("1 March 2020: the 13 districts of 2018 until the day before, the 10 districts with Quảng Hòa from that day", () => {
    expect(districts("2019-06-05")).toEqual(DISTRICTS_2018);
    expect(districts("2020-02-29")).toEqual(DISTRICTS_2018);
    expect(districts("2020-03-01")).toEqual(DISTRICTS_2020);
    expect(districts("2025-06-30")).toEqual(DISTRICTS_2020);
  });

  it("1 July 2025: no district, and no collective district entry, from that day", () => {
    expect(districts("2025-07-01")).toEqual([]);
    expect(active("2025-06-30")).toContain("UBND_HUYEN");
    expect(active("2025-07-01")).not.toContain("UBND_HUYEN");
  });

  it("1 March 2025: the merged departments are gone on the day, the new Sở NN&MT and the ministry exist from it", () => {
    const before = active("2025-02-28");
    const on = active("2025-03-01");
    for (const id of ["SO_KHDT", "SO_NNPTNT", "SO_GTVT", "SO_TNMT", "SO_TTTT", "BO_NNPTNT"]) {
      expect(before).toContain(id);
      expect(on).not.toContain(id);
    }
    for (const id of ["SO_NNMT", "BO_NNMT"]) {
      expect(before).not.toContain(id);
      expect(on).toContain(id);
    }
    // The units that merely received work are there throughout.
    for (const id of ["SO_TC", "SO_XD", "SO_CT"]) {
      expect(before).toContain(id);
      expect(on).toContain(id);
    }
  });

  it("the whole list in 2019, in catalog order", () => {
    expect(active("2019-06-05")).toEqual([
      "UBND_TINH",
      "SO_KHDT",
      "SO_TC",
      "SO_NV",
      "SO_TTTT",
      "SO_CT",
      "SO_NNPTNT",
      "SO_GTVT",
      "SO_XD",
      "SO_TNMT",
      "SO_KHCN",
      "SO_YT",
      "SO_VHTTDL",
      "CC_KIEMLAM",
      "CUC_THUE",
      "TT_KHUYENCONG",
      "BENH_VIEN",
      "BO_NNPTNT",
      "HOI_NONGDAN",
      "HIEPHOI_DN",
      "LIENHIEP_KHKT",
      "HOI_LHPN",
      "HOI_TCBVNTD",
      "MTTQ",
      "DOAN_THE",
      "DAI_PTTH",
      "BAO_CB",
      "DIENLUC_CB",
      "UBND_HUYEN",
      ...DISTRICTS_2018,
    ]);
  });

  it("a unit formed from predecessors merged on different days exists from the first of them", () => {
    const synthetic = [
      dept("A", { successor: { id: "NEW", effective: "2025-03-01", basis: "x" } }),
      dept("B", { successor: { id: "NEW", effective: "2025-09-01", basis: "x" } }),
      dept("NEW", { establishedAfterDecision: true }),
      dept("ORPHAN", { establishedAfterDecision: true }),
    ];
    expect(activeUnits(synthetic, "2025-02-28").map((u) => u.id)).toEqual(["A", "B"]);
    expect(activeUnits(synthetic, "2025-03-01").map((u) => u.id)).toEqual(["B", "NEW"]);
    expect(activeUnits(synthetic, "2025-09-01").map((u) => u.id)).toEqual(["NEW"]);
  });
});

describe("the unit answering for a unit's reports on a date", () => {
  it("Sở KH&ĐT answers for itself until 28 February 2025, Sở Tài chính from 1 March 2025", () => {
    expect(answering("SO_KHDT", "2019-06-05")).toBe("SO_KHDT");
    expect(answering("SO_KHDT", "2025-02-28")).toBe("SO_KHDT");
    expect(answering("SO_KHDT", "2025-03-01")).toBe("SO_TC");
    expect(answering("SO_TC", "2019-06-05")).toBe("SO_TC");
  });

  it("the 2018 departments merged in 2025 go to their successors from the day", () => {
    expect(["SO_NNPTNT", "SO_TNMT", "SO_GTVT"].map((id) => answering(id, "2025-02-28"))).toEqual(["SO_NNPTNT", "SO_TNMT", "SO_GTVT"]);
    expect(["SO_NNPTNT", "SO_TNMT", "SO_GTVT"].map((id) => answering(id, "2025-03-01"))).toEqual(["SO_NNMT", "SO_NNMT", "SO_XD"]);
  });

  it("districts merged on 1 March 2020 go to the district that took them over", () => {
    expect(["H_THONGNONG", "H_TRALINH", "H_QUANGUYEN", "H_PHUCHOA"].map((id) => answering(id, "2020-02-29"))).toEqual([
      "H_THONGNONG",
      "H_TRALINH",
      "H_QUANGUYEN",
      "H_PHUCHOA",
    ]);
    expect(["H_THONGNONG", "H_TRALINH", "H_QUANGUYEN", "H_PHUCHOA"].map((id) => answering(id, "2020-03-01"))).toEqual([
      "H_HAQUANG",
      "H_TRUNGKHANH",
      "H_QUANGHOA",
      "H_QUANGHOA",
    ]);
  });

  it("a unit dissolved without successor answers nothing from that day (its work passed to nobody named)", () => {
    expect(answering("SO_TTTT", "2025-02-28")).toBe("SO_TTTT");
    expect(unitOn(units, "SO_TTTT", "2025-03-01")).toBeNull();
    expect(answering("H_BAOLAM", "2025-06-30")).toBe("H_BAOLAM");
    expect(unitOn(units, "H_BAOLAM", "2025-07-01")).toBeNull();
  });

  it("an unknown id answers nothing", () => {
    expect(unitOn(units, "NO_SUCH_UNIT", "2025-06-05")).toBeNull();
  });

  it("follows a chain of successors; a broken link or a cycle answers nothing (and never loops)", () => {
    const chain = [
      dept("A", { successor: { id: "B", effective: "2020-01-01", basis: "x" } }),
      dept("B", { successor: { id: "C", effective: "2025-01-01", basis: "x" } }),
      dept("C"),
      dept("BROKEN", { successor: { id: "MISSING", effective: "2020-01-01", basis: "x" } }),
      dept("X", { successor: { id: "Y", effective: "2020-01-01", basis: "x" } }),
      dept("Y", { successor: { id: "X", effective: "2020-01-01", basis: "x" } }),
    ];
    expect(unitOn(chain, "A", "2019-12-31")?.id).toBe("A");
    expect(unitOn(chain, "A", "2020-01-01")?.id).toBe("B");
    expect(unitOn(chain, "A", "2025-01-01")?.id).toBe("C");
    expect(unitOn(chain, "BROKEN", "2025-01-01")).toBeNull();
    expect(unitOn(chain, "X", "2025-01-01")).toBeNull(); // X → Y → X: back where it started, stops
  });
});

describe("the unit a header names", () => {
  it("by Vietnamese or English name, abbreviation or id, ignoring case and extra spaces", () => {
    expect(findUnit("Sở Tài chính", units)?.id).toBe("SO_TC");
    expect(findUnit("  sở   TÀI chính ", units)?.id).toBe("SO_TC");
    expect(findUnit("department of finance", units)?.id).toBe("SO_TC");
    expect(findUnit("Sở KH&ĐT", units)?.id).toBe("SO_KHDT");
    expect(findUnit("so_nnmt", units)?.id).toBe("SO_NNMT");
    expect(findUnit("UBND huyện Bảo Lâm", units)?.id).toBe("H_BAOLAM");
  });

  it("names nothing for a blank header or an unknown name, even when a unit has a blank field", () => {
    expect(findUnit("", units)).toBeUndefined();
    expect(findUnit("   ", units)).toBeUndefined();
    expect(findUnit("Sở Du lịch", units)).toBeUndefined();
    // An alias is not a name: "Sở NNN&PTNT" is a typo the decision prints, traced elsewhere.
    expect(findUnit("Sở NNN&PTNT", units)).toBeUndefined();
    expect(findUnit("", [dept("Z", { abbr: "" })])).toBeUndefined();
  });
});
