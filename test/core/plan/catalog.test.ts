import { CatalogSchema, assembleCatalog, getCatalog, lookup, normalizeCode } from "../../../src/core/plan/catalog";

/** A deep copy of the raw catalog, to break in one place per test. */
const rawCopy = (): any => JSON.parse(JSON.stringify(assembleCatalog()));
const problems = (raw: unknown): string[] => {
  const r = CatalogSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("plan catalog", () => {
  const c = getCatalog();

  it("validates", () => {
    expect(problems(assembleCatalog())).toEqual([]);
  });

  it("holds the whole decision", () => {
    expect(c.ghgGoals.map((g) => [g.year, g.totalPct, g.voluntaryPct, g.nationalSupportPct, g.internationalSupportPct])).toEqual([
      [2020, 7, 3, 2, 2],
      [2030, 19, 9, 5, 5],
    ]);
    expect(c.targets.filter((t) => t.area === "green_production")).toHaveLength(15);
    expect(c.targets.filter((t) => t.area === "green_lifestyle")).toHaveLength(12);
    expect(c.solutionGroups.map((s) => s.phases.map((p) => `${p.phase}:${p.itemsVi.length}`).join(" "))).toEqual([
      "2017-2020:5",
      "2017-2020:7 2021-2030:4",
      "2017-2020:8 2021-2030:6",
      "2017-2020:6 2021-2030:3",
      "all:5",
      "2017-2020:7 2021-2030:6",
      "2017-2020:6 2021-2030:5",
      "2017-2020:8 2021-2030:2",
    ]);
    expect(c.taskGroups.map((g) => `${g.id}=${g.sourceLabel}`)).toEqual(["NV1=1.2", "NV2=1.2", "NV3=1.3", "NV4=1.4", "NV5=1.5", "NV6=1.6"]);
    const perSector: Record<string, number> = {};
    for (const a of c.ghgActions) perSector[a.sector] = (perSector[a.sector] ?? 0) + 1;
    expect(perSector).toEqual({ A: 10, B: 3, C1: 3, C2: 2, C3: 2, C4: 3, C5: 1, D: 4 });
    expect(c.projectGroups.map((g) => c.projects.filter((p) => p.group === g.number).length)).toEqual([4, 3, 2, 2, 5, 1, 3, 2, 2, 2, 20]);
  });

  it("puts a source reference on every entry", () => {
    const all = [
      c.decision,
      ...c.ghgGoals,
      ...c.targets,
      ...c.solutionGroups,
      ...c.taskGroups,
      ...c.ghgSectors,
      ...c.ghgActions,
      ...c.projectGroups,
      ...c.projects,
      ...c.notes,
    ];
    for (const entry of all) expect(entry.source.length).toBeGreaterThan(5);
  });

  it("records the reporting calendar and reviews", () => {
    expect(c.decision.reportingPeriods.map((p) => [p.id, p.dueMonth, p.dueDay])).toEqual([
      ["H1", 6, 5],
      ["annual", 12, 5],
    ]);
    expect(c.decision.reviews.filter((r) => r.year !== null).map((r) => [r.kind, r.year])).toEqual([
      ["midterm", 2020],
      ["final", 2030],
    ]);
  });

  it("parses milestones with value, unit and year", () => {
    expect(c.ghgActions.find((a) => a.code === "C1.1")?.milestones.map((m) => [m.value, m.unit, m.year])).toEqual([
      [25, "percent", 2020],
      [80, "percent", 2030],
    ]);
    expect(c.ghgActions.find((a) => a.code === "D.14")?.milestones).toEqual([{ comparator: ">=", value: 135, unit: "MW", year: 2030 }]);
    expect(c.targets.find((t) => t.code === "SX.6")?.measures.map((m) => [m.comparator, m.value, m.max])).toEqual([
      [">=", 25, undefined],
      ["between", 5, 8],
    ]);
  });

  it("codes the bullets of task groups that have no appendix actions", () => {
    expect(c.tasks.map((t) => t.code)).toEqual([
      ...["NV1.1", "NV1.2", "NV1.3", "NV1.4"],
      ...["NV2.1", "NV2.2", "NV2.3", "NV2.4", "NV2.5"],
      ...["NV5.1", "NV5.2", "NV5.3", "NV5.4", "NV5.5"],
      ...["NV6.1", "NV6.2", "NV6.3", "NV6.4", "NV6.5", "NV6.6", "NV6.7"],
    ]);
    expect(lookup("nv6.4")?.item).toMatchObject({ textVi: expect.stringContaining("Thúc đẩy tiêu dùng bền vững") });
  });

  it("links actions to task groups 1.3 (A–C) and 1.4 (D)", () => {
    for (const a of c.ghgActions) expect(a.taskGroup).toBe(a.sector === "D" ? "NV4" : "NV3");
  });

  it("normalises project budgets to million VND, keeping the printed text", () => {
    const budget = (no: string) => c.projects.find((p) => p.sourceNo === no)?.budget;
    expect(budget("2.3")).toEqual({ text: "2.500 tỷ", millionVnd: 2_500_000 });
    expect(budget("8.1")).toEqual({ text: "100 triệu", millionVnd: 100 });
    expect(budget("4.2")).toEqual({ text: "3,1 tỷ đồng", millionVnd: 3100 });
    expect(budget("11.19")).toEqual({ text: "42,280 tỷ đồng", millionVnd: 42_280 });
  });

  it("reads funding flags and timeframes, including shifted rows", () => {
    const p = (no: string) => c.projects.find((x) => x.sourceNo === no);
    expect(p("1.1")?.funding).toMatchObject({ local: true, central: true, other: true, otherVi: "Cộng đồng" });
    expect(p("2.2")?.funding).toMatchObject({ local: true, central: false, other: true, otherVi: null });
    expect(p("2.1")?.funding).toMatchObject({
      local: false,
      other: true,
      cellsVi: ["Nguồn vốn từ hỗ trợ quốc tế và vốn doanh nghiệp", "2017-2020", ""],
    });
    expect(p("2.3")?.timeframe).toMatchObject({ start: 2017, end: 2025, afterEnd: true, yearly: false });
    expect(p("8.1")?.timeframe).toMatchObject({ start: null, end: null, yearly: true });
    expect(p("11.9")?.timeframe).toMatchObject({ start: null, end: null, yearly: false, text: "" });
  });

  it("maps the 2025 reorganisation only where certain", () => {
    const unit = (id: string) => c.orgUnits.find((u) => u.id === id);
    expect(unit("SO_KHDT")?.successor?.id).toBe("SO_TC");
    expect(unit("SO_NNPTNT")?.successor?.id).toBe("SO_NNMT");
    expect(unit("SO_TNMT")?.successor?.id).toBe("SO_NNMT");
    expect(unit("SO_GTVT")?.successor?.id).toBe("SO_XD");
    expect(unit("SO_TTTT")?.successor).toBeUndefined();
    expect(unit("DAI_PTTH")?.successor).toBeUndefined();
    expect(unit("H_TRALINH")?.successor?.id).toBe("H_TRUNGKHANH");
  });

  it("looks codes up case- and space-insensitively, and by unique printed task-group label", () => {
    expect(lookup("  c1.1 ")?.code).toBe("C1.1");
    expect(normalizeCode("da 11.19")).toBe("DA11.19");
    expect(lookup("1.3")?.code).toBe("NV3");
    expect(lookup("1.2")).toBeUndefined(); // printed twice: ambiguous, never guessed
    expect(lookup("Z.9")).toBeUndefined();
  });

  describe("validation fails on", () => {
    it("a duplicate code", () => {
      const raw = rawCopy();
      raw.targets[1].code = raw.targets[0].code;
      expect(problems(raw)).toEqual([expect.stringContaining("duplicate code SX.1")]);
    });
    it("a code clash across kinds", () => {
      const raw = rawCopy();
      raw.orgUnits[0].id = "NV1";
      expect(problems(raw).some((m) => m.includes("duplicate code NV1"))).toBe(true);
    });
    it("a dangling org-unit reference", () => {
      const raw = rawCopy();
      raw.ghgActions[0].lead = ["SO_KHONG_CO"];
      expect(problems(raw)).toEqual(["unknown org unit SO_KHONG_CO"]);
    });
    it("a successor that does not exist", () => {
      const raw = rawCopy();
      raw.orgUnits.find((u: any) => u.id === "SO_KHDT").successor.id = "SO_MOI";
      expect(problems(raw)).toEqual(["unknown org unit SO_MOI"]);
    });
    it("a schema violation", () => {
      const raw = rawCopy();
      raw.ghgActions[3].budgetBillionVnd = -1;
      raw.targets[0].measures[0].unit = "furlongs";
      expect(problems(raw)).toHaveLength(2);
    });
    it("an action code that does not match its sector and number", () => {
      const raw = rawCopy();
      raw.ghgActions[0].sourceNo = 7;
      expect(problems(raw).some((m) => m.includes("must be sector.sourceNo"))).toBe(true);
    });
    it("a note pointing at nothing", () => {
      const raw = rawCopy();
      raw.notes[0].refs = ["Q.42"];
      expect(problems(raw)).toEqual([expect.stringContaining("unknown code Q.42")]);
    });
  });
});
