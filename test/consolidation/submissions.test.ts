/**
 * Who is expected to report: the units that lead or coordinate a row on the due date, no more (no ministry, no
 * hospital, not the committee that receives the reports) and no fewer; a unit outside that list that sent a report
 * anyway is listed with its standing, never dropped.
 */
import { consolidate } from "../../src/core/consolidation/in-memory";
import { DISTRICTS_2020 } from "../support/districts";
import { ON_TIME, validated } from "../support/validated";

describe("submissions: the units expected on the due date", () => {
  it("5 June 2025: the departments after the March reorganisation, the districts, the associations with a row; nobody else", async () => {
    const result = await consolidate([], "2025-H1");
    const ids = result.submissions.map((s) => s.unitId);
    expect(ids).toEqual([
      "SO_TC",
      "SO_NV",
      "SO_CT",
      "SO_XD",
      "SO_KHCN",
      "SO_YT",
      "SO_VHTTDL",
      "SO_NNMT",
      "CC_KIEMLAM",
      "CUC_THUE",
      "TT_KHUYENCONG",
      "HOI_NONGDAN",
      "HIEPHOI_DN",
      "LIENHIEP_KHKT",
      "HOI_LHPN",
      "HOI_TCBVNTD",
      "MTTQ",
      "DAI_PTTH",
      "BAO_CB",
      "DIENLUC_CB",
      ...DISTRICTS_2020,
    ]);
    expect(result.submissions.every((s) => s.status === "missing")).toBe(true);
    expect(result.counts.unitsMissing).toBe(30);
  });

  it("5 December 2025: no district (the district level ended on 1 July)", async () => {
    const ids = (await consolidate([], "2025-annual")).submissions.map((s) => s.unitId);
    expect(ids.some((id) => id.startsWith("H_") || id === "TP_CAOBANG")).toBe(false);
    expect(ids).toContain("SO_TC");
    expect(ids).toHaveLength(20);
  });

  it("2019: Sở KH&ĐT, Sở TT&TT, Sở GTVT, Sở NN&PTNT, Sở TN&MT and Thông Nông (merged in 2020) report; the 2025 successors do not exist yet", async () => {
    const ids = (await consolidate([], "2019-annual")).submissions.map((s) => s.unitId);
    expect(ids).toEqual(expect.arrayContaining(["SO_KHDT", "SO_TTTT", "SO_GTVT", "SO_NNPTNT", "SO_TNMT", "H_THONGNONG"]));
    expect(ids).not.toContain("SO_NNMT");
    expect(ids).not.toContain("BO_NNPTNT");
  });

  it("a unit with no row that sent a report anyway is listed with its standing", async () => {
    const result = await consolidate(
      [validated("UBND_TINH", "NV2", [{ code: "NV2.1", actual: "Đã rà soát 12 văn bản" }], { submitted: ON_TIME })],
      "2025-H1",
    );
    expect(result.submissions.find((s) => s.unitId === "UBND_TINH")).toMatchObject({ status: "on_time", taskGroups: ["NV2"] });
    expect(result.submissions.find((s) => s.unitId === "BO_NNMT")).toBeUndefined();
  });
});
