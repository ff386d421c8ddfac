/**
 * Who reports on what, on a report's due date (plan/responsibility.ts). Pinned from the decision's own assignments
 * (Appendix I "chủ trì / phối hợp", Part 2 "cơ quan thực hiện", section IV) followed through data/org-units.ts:
 * - the three sources and whether the lead/coordinating split is printed or ours (appendix: printed; section IV and
 *   projects naming several agencies: inferred);
 * - 2018 units followed to their successors from the day they took over (1 March 2025), dissolved ones dropped;
 * - collective names: "UBND các huyện" → every district existing on the date (none from 1 July 2025);
 * - a row left with no reporting lead goes to the focal department (Sở KH&ĐT, then Sở Tài chính), saying why:
 *   "no_agency" (Part 2 group 11 prints none) or "no_reporting_unit" (Sở TT&TT; districts after July 2025);
 * - a unit both leading and coordinating (two 2018 units merged) only leads;
 * - roleOf / rowsOfUnit / reportingUnits on those rows, a 2018 id answering through its successor.
 * Expected rows are written by hand from the decision's tables and the org data. The other rows as the decision gives
 * them (section IV, Part 2 with one or several agencies, "các đoàn thể", hospitals, a ministry, no agency) are pinned
 * whole in responsibility-values.test.ts, where each test computes its own rows.
 */
import { assignmentsOn, reportingUnits, roleOf, rowsOfUnit, unitOnDate } from "../../../src/core/plan/responsibility";
import { DISTRICTS_2018, DISTRICTS_2020 } from "../../support/districts";

const Y2019 = "2019-06-05";
const BEFORE_REORG = "2025-02-28";
const REORG = "2025-03-01";
const H1_2025 = "2025-06-05";
const LAST_DISTRICT_DAY = "2025-06-30";
const NO_DISTRICTS = "2025-07-01";

const row = (code: string, iso: string) => {
  const r = assignmentsOn(iso).find((x) => x.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
};

describe("the unit carrying a unit's work on a date", () => {
  it("follows a successor from the day it took over, not the day before", () => {
    expect(unitOnDate("SO_KHDT", BEFORE_REORG)?.id).toBe("SO_KHDT");
    expect(unitOnDate("SO_KHDT", REORG)?.id).toBe("SO_TC");
    expect(unitOnDate("H_THONGNONG", "2020-02-29")?.id).toBe("H_THONGNONG");
    expect(unitOnDate("H_THONGNONG", "2020-03-01")?.id).toBe("H_HAQUANG");
  });

  it("follows a merged district to its successor, then drops it with the district level", () => {
    expect(unitOnDate("H_TRALINH", LAST_DISTRICT_DAY)?.id).toBe("H_TRUNGKHANH");
    expect(unitOnDate("H_TRALINH", NO_DISTRICTS)).toBeNull();
  });

  it("is null for a unit dissolved without successor, from the day", () => {
    expect(unitOnDate("SO_TTTT", BEFORE_REORG)?.id).toBe("SO_TTTT");
    expect(unitOnDate("SO_TTTT", REORG)).toBeNull();
    expect(unitOnDate("H_BAOLAM", LAST_DISTRICT_DAY)?.id).toBe("H_BAOLAM");
    expect(unitOnDate("H_BAOLAM", NO_DISTRICTS)).toBeNull();
  });

  it("is null for an unknown id", () => {
    expect(unitOnDate("NO_SUCH_UNIT", H1_2025)).toBeNull();
  });
});

describe("rows as the decision prints them, in 2019", () => {
  it("Appendix I: printed lead and coordinating units, not inferred", () => {
    expect(row("A.1", Y2019)).toEqual({
      code: "A.1",
      taskGroup: "NV3",
      lead: ["SO_NNPTNT"],
      coordinating: ["HOI_NONGDAN", "HIEPHOI_DN", "SO_KHCN", "LIENHIEP_KHKT"],
      source: "appendix",
      inferred: false,
    });
    // Three leads printed for C1.3, kept in the printed order.
    expect(row("C1.3", Y2019).lead).toEqual(["SO_CT", "SO_KHDT", "CUC_THUE"]);
  });

  it("collective names: 'UBND các huyện' among the coordinating units is each 2018 district, in its printed place", () => {
    expect(row("C5.11", Y2019).coordinating).toEqual([...DISTRICTS_2018, "HOI_NONGDAN"]);
  });
});

describe("rows on the days of the 2025 reorganisation", () => {
  it("the 2018 departments answer until 28 February 2025, their successors from 1 March", () => {
    expect(row("A.1", BEFORE_REORG).lead).toEqual(["SO_NNPTNT"]);
    expect(row("A.1", REORG).lead).toEqual(["SO_NNMT"]);
    expect(row("C1.3", BEFORE_REORG).lead).toEqual(["SO_CT", "SO_KHDT", "CUC_THUE"]);
    expect(row("C1.3", REORG).lead).toEqual(["SO_CT", "SO_TC", "CUC_THUE"]);
    expect(row("C3.6", REORG).coordinating).toEqual(["SO_XD", "HIEPHOI_DN", "DAI_PTTH"]);
  });

  it("two coordinating units merged into one are listed once", () => {
    // D.12: Sở TN&MT and Sở NN&PTNT, both Sở NN&MT from 1 March 2025.
    expect(row("D.12", BEFORE_REORG).coordinating).toEqual(["SO_TNMT", "SO_NNPTNT"]);
    expect(row("D.12", REORG).coordinating).toEqual(["SO_NNMT"]);
  });

  it("a unit both leading and coordinating after a merger only leads", () => {
    // NV2.2: Sở KH&ĐT leads, Sở Tài chính coordinates; from 1 March 2025 Sở Tài chính is both.
    expect(row("NV2.2", BEFORE_REORG)).toMatchObject({ lead: ["SO_KHDT"], coordinating: ["SO_NNPTNT", "SO_TC"] });
    expect(row("NV2.2", REORG)).toMatchObject({ lead: ["SO_TC"], coordinating: ["SO_NNMT"] });
    expect(row("NV2.2", REORG).focal).toBeUndefined();
  });

  it("a row led by Sở TT&TT stays its own until the day before it was dissolved (the row from that day: values test)", () => {
    expect(row("NV1.2", BEFORE_REORG).lead).toEqual(["SO_TTTT"]);
    expect(row("NV1.2", BEFORE_REORG).focal).toBeUndefined();
  });

  it("the focal department of a row without agency is Sở Tài chính from 1 March 2025", () => {
    expect(row("DA11.1", BEFORE_REORG)).toMatchObject({ lead: ["SO_KHDT"], focal: "no_agency" });
    expect(row("DA11.1", REORG)).toMatchObject({ lead: ["SO_TC"], focal: "no_agency" });
  });
});

describe("rows when the district level ends (1 July 2025)", () => {
  it("the districts existing on 30 June 2025 report; from 1 July none does", () => {
    expect(row("DA2.1", LAST_DISTRICT_DAY)).toEqual({
      code: "DA2.1",
      taskGroup: "NV6",
      lead: DISTRICTS_2020,
      coordinating: [],
      source: "project",
      inferred: false,
    });
    expect(row("DA2.1", NO_DISTRICTS)).toEqual({
      code: "DA2.1",
      taskGroup: "NV6",
      lead: ["SO_TC"],
      coordinating: [],
      source: "project",
      inferred: false,
      focal: "no_reporting_unit",
    });
  });

  it("a project led by the districts with another agency: the focal department leads, the agency still coordinates", () => {
    expect(row("DA7.3", NO_DISTRICTS)).toMatchObject({ lead: ["SO_TC"], coordinating: ["CC_KIEMLAM"], focal: "no_reporting_unit" });
    expect(row("C5.11", NO_DISTRICTS).coordinating).toEqual(["HOI_NONGDAN"]);
    expect(row("NV1.1", NO_DISTRICTS).coordinating).toEqual(["SO_NNMT"]);
  });
});

describe("the part a unit has in a row", () => {
  it("lead, coordinating or none, whichever of several leads or coordinating units it is", () => {
    expect(roleOf("SO_CT", "C1.3", H1_2025)).toBe("lead");
    expect(roleOf("CUC_THUE", "C1.3", H1_2025)).toBe("lead");
    expect(roleOf("SO_KHCN", "A.1", H1_2025)).toBe("coordinating");
    expect(roleOf("SO_CT", "C1.1", H1_2025)).toBeNull(); // C1.1: Sở Xây dựng alone, nobody coordinates
    expect(roleOf("SO_YT", "A.1", H1_2025)).toBeNull();
  });

  it("a 2018 id answers through its successor; a dissolved unit has no part", () => {
    expect(roleOf("SO_KHDT", "NV2.1", H1_2025)).toBe("lead"); // Sở Tài chính leads it
    expect(roleOf("SO_TNMT", "D.12", H1_2025)).toBe("coordinating"); // Sở NN&MT coordinates it
    expect(roleOf("SO_KHDT", "NV2.1", BEFORE_REORG)).toBe("lead");
    expect(roleOf("SO_TTTT", "NV1.2", H1_2025)).toBeNull();
  });

  it("no part in a code the plan does not have", () => {
    expect(roleOf("SO_CT", "ZZ.9", H1_2025)).toBeNull();
  });
});

describe("the rows of a unit in a task group", () => {
  it("the rows it leads, then those it coordinates, each in catalog order, of that group only", () => {
    const expected = [
      { code: "DA7.1", role: "lead" },
      { code: "DA7.2", role: "lead" },
      { code: "DA9.1", role: "lead" },
      { code: "DA9.2", role: "lead" },
      { code: "NV1.1", role: "coordinating" },
      { code: "NV1.3", role: "coordinating" },
    ];
    expect(rowsOfUnit("SO_NNMT", "NV1", H1_2025)).toEqual(expected);
    // Named by its 2018 predecessor, the same rows.
    expect(rowsOfUnit("SO_TNMT", "NV1", H1_2025)).toEqual(expected);
    expect(rowsOfUnit("SO_XD", "NV4", H1_2025)).toEqual([
      { code: "D.13", role: "coordinating" },
      { code: "D.15", role: "coordinating" },
    ]);
    expect(rowsOfUnit("SO_YT", "NV4", H1_2025)).toEqual([]);
  });
});

describe("the units reporting on a date", () => {
  it("for one task group, in catalog order", () => {
    expect(reportingUnits(Y2019, "NV4")).toEqual(["SO_CT", "SO_NNPTNT", "SO_XD", "SO_TNMT"]);
    expect(reportingUnits(H1_2025, "NV4")).toEqual(["SO_CT", "SO_XD", "SO_NNMT"]);
  });

  it("for all groups: districts until 30 June 2025, none from 1 July; no merged or dissolved unit after 1 March", () => {
    expect(reportingUnits(LAST_DISTRICT_DAY)).toEqual(expect.arrayContaining(DISTRICTS_2020));
    expect(reportingUnits(NO_DISTRICTS).filter((id) => id.startsWith("H_") || id === "TP_CAOBANG")).toEqual([]);
    for (const gone of ["SO_KHDT", "SO_NNPTNT", "SO_TNMT", "SO_GTVT", "SO_TTTT"]) expect(reportingUnits(H1_2025)).not.toContain(gone);
    expect(reportingUnits(H1_2025)).not.toContain("UBND_TINH");
    expect(reportingUnits(H1_2025)).not.toContain("BO_NNMT");
  });
});

describe("rows are computed once per date", () => {
  it("the same rows for the same date, also after another date was asked", () => {
    const first = assignmentsOn("2024-06-05");
    assignmentsOn("2024-12-05");
    expect(assignmentsOn("2024-06-05")).toBe(first);
  });
});
