/**
 * Who reports on what (plan/responsibility.ts), each row pinned whole, on a date no other test of this file asks.
 * The rows of a date are computed once and kept: a test reading rows another test computed does not reach the code
 * that made them, so under a mutation run its checks count for nothing. Every test here asks its own dates.
 * Expected rows are written by hand from the decision (Appendix I, Part 2 "cơ quan thực hiện", section IV as read in
 * data/task-responsibility.ts) and the units of data/org-units.ts: 1 March 2025 Sở KH&ĐT → Sở Tài chính, Sở NN&PTNT
 * and Sở TN&MT → Sở NN&MT, Sở TT&TT dissolved; 1 July 2025 no district.
 */
import { assignmentsOn } from "../../../src/core/plan/responsibility";
import { DISTRICTS_2018, DISTRICTS_2020 } from "../../support/districts";

const row = (code: string, iso: string) => {
  const r = assignmentsOn(iso).find((x) => x.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
};

describe("rows as the decision gives them (2019)", () => {
  it("section IV: Sở Công Thương leads NV1.3, Sở NN&PTNT coordinates, and the split is marked as ours", () => {
    expect(row("NV1.3", "2019-01-15")).toEqual({
      code: "NV1.3",
      taskGroup: "NV1",
      lead: ["SO_CT"],
      coordinating: ["SO_NNPTNT"],
      source: "section_iv",
      inferred: true,
    });
  });

  it("Part 2 naming two agencies (4.1 'Sở TN&MT, Sở Xây dựng'): the first leads, the second coordinates, the split is ours", () => {
    expect(row("DA4.1", "2019-02-15")).toEqual({
      code: "DA4.1",
      taskGroup: "NV6",
      lead: ["SO_TNMT"],
      coordinating: ["SO_XD"],
      source: "project",
      inferred: true,
    });
  });

  it("Part 2 naming one agency (1.1 'Sở Xây dựng'): it leads alone, as printed", () => {
    expect(row("DA1.1", "2019-02-16")).toEqual({
      code: "DA1.1",
      taskGroup: "NV6",
      lead: ["SO_XD"],
      coordinating: [],
      source: "project",
      inferred: false,
    });
  });

  it("'MTTQ và các đoàn thể': the Front once, then the mass organisations the decision names", () => {
    // NV6.4 names MTTQ and "các đoàn thể" (MTTQ, Hội Nông dân, Hội LHPN): MTTQ once.
    expect(row("NV6.4", "2019-03-15")).toEqual({
      code: "NV6.4",
      taskGroup: "NV6",
      lead: ["SO_CT"],
      coordinating: ["MTTQ", "HOI_NONGDAN", "HOI_LHPN"],
      source: "section_iv",
      inferred: true,
    });
  });

  it("'Sở Y tế, Bệnh viện' (1.4): hospitals stand for no reporting unit, so nobody coordinates", () => {
    expect(row("DA1.4", "2019-03-16")).toEqual({
      code: "DA1.4",
      taskGroup: "NV6",
      lead: ["SO_YT"],
      coordinating: [],
      source: "project",
      inferred: true,
    });
  });

  it("'UBND huyện' (2.1): each of the thirteen districts of 2018 leads", () => {
    expect(row("DA2.1", "2019-03-17")).toEqual({
      code: "DA2.1",
      taskGroup: "NV6",
      lead: DISTRICTS_2018,
      coordinating: [],
      source: "project",
      inferred: false,
    });
  });

  it("no agency printed (11.1): the focal department Sở KH&ĐT leads, because the decision names nobody", () => {
    expect(row("DA11.1", "2019-04-15")).toEqual({
      code: "DA11.1",
      taskGroup: "NV5",
      lead: ["SO_KHDT"],
      coordinating: [],
      source: "project",
      inferred: false,
      focal: "no_agency",
    });
  });

  it("only a ministry printed (11.2 'Bộ Nông nghiệp và PTNT'): the focal department leads, the unit named does not report", () => {
    expect(row("DA11.2", "2019-05-15")).toEqual({
      code: "DA11.2",
      taskGroup: "NV5",
      lead: ["SO_KHDT"],
      coordinating: [],
      source: "project",
      inferred: false,
      focal: "no_reporting_unit",
    });
  });
});

describe("rows after the 2025 reorganisation", () => {
  it("the dissolved Sở TT&TT leading NV1.2 with four coordinating names: from 1 March 2025 Sở Tài chính leads as focal department, the others stay", () => {
    expect(row("NV1.2", "2025-03-01")).toEqual({
      code: "NV1.2",
      taskGroup: "NV1",
      lead: ["SO_TC"],
      coordinating: ["SO_CT", "MTTQ", "HOI_NONGDAN", "HOI_LHPN", ...DISTRICTS_2020],
      source: "section_iv",
      inferred: true,
      focal: "no_reporting_unit",
    });
  });

  it("'UBND các huyện, kiêm lâm' (7.3) after 1 July 2025: Sở Tài chính leads as focal department, Chi cục Kiểm lâm coordinates", () => {
    expect(row("DA7.3", "2025-08-01")).toEqual({
      code: "DA7.3",
      taskGroup: "NV1",
      lead: ["SO_TC"],
      coordinating: ["CC_KIEMLAM"],
      source: "project",
      inferred: true,
      focal: "no_reporting_unit",
    });
  });

  it("D.12: Sở TN&MT and Sở NN&PTNT, both Sở NN&MT from 1 March 2025, coordinate as one unit", () => {
    expect(row("D.12", "2025-03-02")).toEqual({
      code: "D.12",
      taskGroup: "NV4",
      lead: ["SO_CT"],
      coordinating: ["SO_NNMT"],
      source: "appendix",
      inferred: false,
    });
  });

  it("NV2.2: Sở Tài chính, leading for Sở KH&ĐT and coordinating in its own name, only leads", () => {
    expect(row("NV2.2", "2025-03-03")).toEqual({
      code: "NV2.2",
      taskGroup: "NV2",
      lead: ["SO_TC"],
      coordinating: ["SO_NNMT"],
      source: "section_iv",
      inferred: true,
    });
  });
});

describe("rows kept per date", () => {
  it("the rows of at most 65 dates are kept: asking a 66th date drops them all", () => {
    const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10); // 2023-01-01, 2023-01-02, …
    let next = 0;
    const askNewDate = () => assignmentsOn(day(next++));
    const probeDate = "2023-12-31";
    let probe = assignmentsOn(probeDate);
    // Other tests of this file may have left dates kept: ask new dates until the kept rows are dropped.
    let dropped = false;
    for (let i = 0; i < 66 && !dropped; i++) {
      askNewDate();
      dropped = assignmentsOn(probeDate) !== probe;
    }
    expect(dropped).toBe(true);
    // Kept now: the new date that dropped them and the probe date, asked again.
    probe = assignmentsOn(probeDate);
    for (let i = 0; i < 63; i++) askNewDate();
    expect(assignmentsOn(probeDate)).toBe(probe);
    askNewDate();
    const again = assignmentsOn(probeDate);
    expect(again).not.toBe(probe);
    expect(again).toEqual(probe);
  });
});
