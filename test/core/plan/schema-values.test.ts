/**
 * The plan catalog's schemas (plan/schema.ts) at their edges, one schema at a time: a real entry of the raw catalog
 * (assembleCatalog, before validation, copied) parses to itself, and the smallest change past each constraint is
 * refused with the issue's code and path (and its message, where the schema writes one). Pinned:
 * - every value of every enum parses, and a near miss does not;
 * - each pattern at its anchors and its digit counts ("NV1.10" in, "NV1.123" and "xNV1.1" out);
 * - each length and number bound exactly at the bound, and one past it;
 * - the two checks of a measure ('between' has max and nothing else has; max exceeds value), both sides of each;
 * - optional fields may be left out; an org unit not marked is not established after the decision.
 * Data is built inside each test: nothing is computed while the file loads.
 */
import type { z } from "zod";
import { assembleCatalog } from "../../../src/core/plan/catalog";
import { AGGREGATION_BY_UNIT, AGGREGATION_OVERRIDES } from "../../../src/core/plan/data/aggregation";
import {
  AggregationOverride,
  AggregationRule,
  Decision,
  GhgAction,
  GhgGoal,
  GhgSector,
  Measure,
  OrgUnit,
  Project,
  ProjectGroup,
  SolutionGroup,
  SourceNote,
  Target,
  TaskGroup,
  TaskItem,
  TaskResponsibility,
  Unit,
  UnitAggregation,
} from "../../../src/core/plan/schema";
import { issuesWhere as where, passes as ok } from "../../support/schema-issues";

/** A deep copy of the raw catalog (what the schemas are given), to change one thing in. */
const raw = (): any => JSON.parse(JSON.stringify(assembleCatalog()));
/** The entry of `list` with `field` equal to `value`, copied. */
const pick = (list: any[], field: string, value: unknown): any => {
  const found = list.find((x) => x[field] === value);
  if (!found) throw new Error(`no entry with ${field} ${String(value)}`);
  return structuredClone(found);
};
const messages = (schema: z.ZodType, x: unknown): string[] => {
  const r = schema.safeParse(x);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const text = (n: number): string => "x".repeat(n);

describe("Measure", () => {
  const measure = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    comparator: ">=",
    value: 25,
    unit: "percent",
    year: 2020,
    ...extra,
  });

  it("parses a real measure to itself, subject and max included", () => {
    const sx6 = pick(raw().targets, "code", "SX.6");
    expect(sx6.measures[1]).toEqual({
      comparator: "between",
      value: 5,
      max: 8,
      unit: "percent",
      year: 2020,
      subject: "saving per unit of product",
    });
    for (const m of sx6.measures) expect(Measure.parse(m)).toEqual(m);
    expect(Measure.parse(measure())).toEqual(measure());
  });

  it("takes every comparator; 'between' only with a max", () => {
    expect([">=", ">", "<=", "="].map((comparator) => ok(Measure, measure({ comparator })))).toEqual([true, true, true, true]);
    expect(ok(Measure, measure({ comparator: "between", max: 30 }))).toBe(true);
    expect(["<", "=>", "≥", "", "Between"].map((comparator) => where(Measure, measure({ comparator })))).toEqual(
      Array(5).fill(["invalid_value@comparator"]),
    );
  });

  it("takes every unit, and no other", () => {
    const units = ["percent", "ha", "MW", "communes", "times_baseline"];
    expect(units.map((u) => Unit.safeParse(u).success)).toEqual([true, true, true, true, true]);
    expect(units.map((unit) => Measure.parse(measure({ unit })).unit)).toEqual(units);
    expect(["%", "mw", "", "times"].map((unit) => where(Measure, measure({ unit })))).toEqual(Array(4).fill(["invalid_value@unit"]));
  });

  it("takes whole years 2017 to 2030", () => {
    expect([2017, 2030].map((year) => ok(Measure, measure({ year })))).toEqual([true, true]);
    expect(where(Measure, measure({ year: 2016 }))).toEqual(["too_small@year"]);
    expect(where(Measure, measure({ year: 2031 }))).toEqual(["too_big@year"]);
    expect(where(Measure, measure({ year: 2020.5 }))).toEqual(["invalid_type@year"]);
  });

  it("refuses 'between' without max, and max on any other comparator, with its message", () => {
    const both = "'between' needs max, and only 'between' has max";
    expect(messages(Measure, measure({ comparator: "between" }))).toEqual([both]);
    expect(where(Measure, measure({ comparator: "between" }))).toEqual(["custom@"]);
    expect(messages(Measure, measure({ comparator: ">=", max: 30 }))).toEqual([both]);
    expect(messages(Measure, measure({ comparator: "=", max: 30 }))).toEqual([both]);
  });

  it("refuses a max that does not exceed the value, with its message", () => {
    expect(ok(Measure, measure({ comparator: "between", value: 5, max: 5.001 }))).toBe(true);
    expect(messages(Measure, measure({ comparator: "between", value: 5, max: 5 }))).toEqual(["max must exceed value"]);
    expect(messages(Measure, measure({ comparator: "between", value: 5, max: 4 }))).toEqual(["max must exceed value"]);
    expect(where(Measure, measure({ comparator: "between", value: 5, max: 4 }))).toEqual(["custom@"]);
  });

  it("leaves subject and max out when not given; value, unit and year are required", () => {
    expect(Measure.parse(measure())).not.toHaveProperty("subject");
    expect(Measure.parse(measure())).not.toHaveProperty("max");
    expect(where(Measure, { comparator: ">=", unit: "ha", year: 2020 })).toEqual(["invalid_type@value"]);
    expect(where(Measure, { comparator: ">=", value: 1, year: 2020 })).toEqual(["invalid_value@unit"]);
    expect(where(Measure, { comparator: ">=", value: 1, unit: "ha" })).toEqual(["invalid_type@year"]);
  });

  // Every percentage the decision prints is 0–100% (at most "100%"), and no figure is negative.
  it("refuses a percent measure above 100, and a negative value in any unit, with its message", () => {
    expect(ok(Measure, measure({ unit: "percent", value: 100 }))).toBe(true);
    expect(ok(Measure, measure({ unit: "ha", value: 0 }))).toBe(true);
    expect(ok(Measure, measure({ unit: "ha", value: 150 }))).toBe(true);
    expect(messages(Measure, measure({ unit: "percent", value: 100.5 }))).toEqual(["a percentage is at most 100"]);
    expect(messages(Measure, measure({ unit: "percent", comparator: "between", value: 90, max: 101 }))).toEqual([
      "a percentage is at most 100",
    ]);
    expect(ok(Measure, measure({ unit: "percent", comparator: "between", value: 90, max: 100 }))).toBe(true);
    expect(messages(Measure, measure({ unit: "ha", value: -5 }))).toEqual(["a measure is never negative"]);
    expect(messages(Measure, measure({ unit: "percent", value: -0.1 }))).toEqual(["a measure is never negative"]);
    expect(where(Measure, measure({ unit: "MW", value: -1 }))).toEqual(["custom@"]);
  });
});

describe("Decision", () => {
  it("parses the decision to itself: phases, reporting periods and all three kinds of review", () => {
    const d = raw().decision;
    expect(Decision.parse(d)).toEqual(d);
    expect(d.phases.map((p: any) => p.id)).toEqual(["2017-2020", "2021-2030"]);
    expect(d.reportingPeriods.map((p: any) => p.id)).toEqual(["H1", "annual"]);
    expect(d.reviews.map((r: any) => r.kind)).toEqual(["midterm", "final", "five_yearly"]);
  });

  it("takes the signing date as YYYY-MM-DD only, a day of the calendar", () => {
    const d = raw().decision;
    expect(["2018-04-04", "2020-02-29", "2018-12-31"].map((signedOn) => ok(Decision, { ...d, signedOn }))).toEqual([true, true, true]);
    const bad = ["x2018-04-04", "2018-04-04x", "12018-04-04", "2018-4-4", "18-04-04", "2018-04-004", "2018/04/04", "04/04/2018"];
    const noSuchDay = ["2018-13-45", "2018-00-10", "2018-04-00", "2018-04-31", "2018-02-29", "2100-02-29"];
    expect([...bad, ...noSuchDay].map((signedOn) => where(Decision, { ...d, signedOn }))).toEqual(
      Array(bad.length + noSuchDay.length).fill(["invalid_format@signedOn"]),
    );
  });

  it("needs a legal basis, exactly two phases and two reporting periods", () => {
    const d = raw().decision;
    expect(ok(Decision, { ...d, legalBases: [d.legalBases[0]] })).toBe(true);
    expect(where(Decision, { ...d, legalBases: [] })).toEqual(["too_small@legalBases"]);
    expect(where(Decision, { ...d, phases: [d.phases[0]] })).toEqual(["too_small@phases"]);
    expect(where(Decision, { ...d, phases: [...d.phases, d.phases[1]] })).toEqual(["too_big@phases"]);
    expect(where(Decision, { ...d, reportingPeriods: [d.reportingPeriods[0]] })).toEqual(["too_small@reportingPeriods"]);
    expect(where(Decision, { ...d, reportingPeriods: [...d.reportingPeriods, d.reportingPeriods[0]] })).toEqual([
      "too_big@reportingPeriods",
    ]);
    expect(ok(Decision, { ...d, reviews: [] })).toBe(true);
  });

  it("names the proposer and focal point by org unit id, and says so when one is not", () => {
    const d = raw().decision;
    expect(where(Decision, { ...d, proposedBy: "So_KHDT" })).toEqual(["invalid_format@proposedBy"]);
    expect(messages(Decision, { ...d, focalPoint: "so_khdt" })).toEqual(["org unit ids are UPPER_SNAKE"]);
  });

  it("keeps phase and period ids, review kinds and the reporting deadline to their values", () => {
    const d = raw().decision;
    const phase = (p: object) => where(Decision, { ...d, phases: [{ ...d.phases[0], ...p }, d.phases[1]] });
    const period = (p: object) => where(Decision, { ...d, reportingPeriods: [d.reportingPeriods[0], { ...d.reportingPeriods[1], ...p }] });
    const review = (r: object) => where(Decision, { ...d, reviews: [{ ...d.reviews[0], ...r }] });
    expect(phase({ id: "2021-2030", start: 2021, end: 2030 })).toEqual([]);
    expect(phase({ id: "2017-2030" })).toEqual(["invalid_value@phases.0.id"]);
    expect(phase({ start: 2017.5 })).toEqual(["invalid_type@phases.0.start"]);
    expect(phase({ source: "abcd" })).toEqual(["too_small@phases.0.source"]);
    expect(period({ id: "H1" })).toEqual([]);
    expect(period({ id: "H2" })).toEqual(["invalid_value@reportingPeriods.1.id"]);
    expect(review({ kind: "final" })).toEqual([]);
    expect(review({ kind: "five_yearly", year: null })).toEqual([]);
    expect(review({ kind: "yearly" })).toEqual(["invalid_value@reviews.0.kind"]);
    expect(review({ year: undefined })).toEqual(["invalid_type@reviews.0.year"]);
  });

  it("takes due months 1–12 and due days 1–31", () => {
    const d = raw().decision;
    const due = (p: object) => where(Decision, { ...d, reportingPeriods: [{ ...d.reportingPeriods[0], ...p }, d.reportingPeriods[1]] });
    expect([due({ dueMonth: 1 }), due({ dueMonth: 12 }), due({ dueDay: 1 }), due({ dueMonth: 12, dueDay: 31 })]).toEqual([[], [], [], []]);
    expect(due({ dueMonth: 0 })).toEqual(["too_small@reportingPeriods.0.dueMonth"]);
    expect(due({ dueMonth: 13 })).toEqual(["too_big@reportingPeriods.0.dueMonth"]);
    expect(due({ dueDay: 0 })).toEqual(["too_small@reportingPeriods.0.dueDay"]);
    // Past 31 is past every month too: both said.
    expect(due({ dueDay: 32 })).toEqual(["too_big@reportingPeriods.0.dueDay", "custom@reportingPeriods.0"]);
  });

  // Decision 337 (IV.11) makes both reports due on the 5th (05/6, 05/12); a 31 June cannot be a deadline.
  it("refuses a due day past the end of its month (30 June is a day, 31 June is not; no 29 February)", () => {
    const d = raw().decision;
    const due = (p: object) => messages(Decision, { ...d, reportingPeriods: [{ ...d.reportingPeriods[0], ...p }, d.reportingPeriods[1]] });
    expect([due({ dueMonth: 6, dueDay: 30 }), due({ dueMonth: 1, dueDay: 31 }), due({ dueMonth: 2, dueDay: 28 })]).toEqual([[], [], []]);
    expect(due({ dueMonth: 6, dueDay: 31 })).toEqual(["a due day within its month"]);
    expect(due({ dueMonth: 2, dueDay: 29 })).toEqual(["a due day within its month"]);
    expect(due({ dueMonth: 11, dueDay: 31 })).toEqual(["a due day within its month"]);
  });

  // The phases are 2017–2020 and 2021–2030 (name of the decision, III.2).
  it("refuses a phase whose start and end are not the years of its id", () => {
    const d = raw().decision;
    const phase = (p: object) => messages(Decision, { ...d, phases: [{ ...d.phases[0], ...p }, d.phases[1]] });
    expect(phase({})).toEqual([]);
    expect(phase({ start: 2021, end: 2020 })).toEqual(["a phase runs over the years of its id"]);
    expect(phase({ start: 2018 })).toEqual(["a phase runs over the years of its id"]);
    expect(phase({ end: 2030 })).toEqual(["a phase runs over the years of its id"]);
    expect(phase({ id: "2021-2030" })).toEqual(["a phase runs over the years of its id"]);
  });
});

describe("SourceRef (every entry's source)", () => {
  it("needs at least 5 characters", () => {
    const g = raw().ghgGoals[0];
    expect(GhgGoal.parse(g)).toEqual(g);
    expect(ok(GhgGoal, { ...g, source: "abcde" })).toBe(true);
    expect(where(GhgGoal, { ...g, source: "abcd" })).toEqual(["too_small@source"]);
    expect(where(GhgGoal, { ...g, source: undefined })).toEqual(["invalid_type@source"]);
  });
});

describe("Target", () => {
  it("parses targets of both areas to themselves, one with two measures", () => {
    const c = raw();
    const sx1 = pick(c.targets, "code", "SX.1");
    const sx6 = pick(c.targets, "code", "SX.6");
    const ls = pick(c.targets, "area", "green_lifestyle");
    expect(sx6.measures).toHaveLength(2);
    for (const t of [sx1, sx6, ls]) expect(Target.parse(t)).toEqual(t);
    expect(where(Target, { ...sx1, area: "green" })).toEqual(["invalid_value@area"]);
  });

  it("needs a text of 10 characters, a label of 5 and at least one measure", () => {
    const t = pick(raw().targets, "code", "SX.1");
    expect([ok(Target, { ...t, textVi: text(10) }), ok(Target, { ...t, labelEn: text(5) })]).toEqual([true, true]);
    expect(where(Target, { ...t, textVi: text(9) })).toEqual(["too_small@textVi"]);
    expect(where(Target, { ...t, labelEn: text(4) })).toEqual(["too_small@labelEn"]);
    expect(where(Target, { ...t, measures: [] })).toEqual(["too_small@measures"]);
    expect(where(Target, { ...t, measures: [{ ...t.measures[0], comparator: "between" }] })).toEqual(["custom@measures.0"]);
  });
});

describe("SolutionGroup", () => {
  it("parses groups to themselves: one with two phases, one 'all' with an intro", () => {
    const c = raw();
    const gp2 = pick(c.solutionGroups, "number", 2);
    const gp5 = pick(c.solutionGroups, "number", 5);
    expect(gp2.phases.map((p: any) => p.phase)).toEqual(["2017-2020", "2021-2030"]);
    expect(gp5.phases.map((p: any) => p.phase)).toEqual(["all"]);
    expect(typeof gp5.introVi).toBe("string");
    for (const g of [gp2, gp5]) expect(SolutionGroup.parse(g)).toEqual(g);
    expect(SolutionGroup.parse(gp2)).not.toHaveProperty("introVi");
  });

  it("numbers groups 1 to 8", () => {
    const g = pick(raw().solutionGroups, "number", 2);
    expect([1, 8].map((number) => ok(SolutionGroup, { ...g, number }))).toEqual([true, true]);
    expect(where(SolutionGroup, { ...g, number: 0 })).toEqual(["too_small@number"]);
    expect(where(SolutionGroup, { ...g, number: 9 })).toEqual(["too_big@number"]);
  });

  it("needs a phase, each phase an item, each item 10 characters; phases are the decision's or 'all'", () => {
    const g = pick(raw().solutionGroups, "number", 2);
    const phase = (p: object) => where(SolutionGroup, { ...g, phases: [{ ...g.phases[0], ...p }] });
    expect(phase({ itemsVi: [text(10)] })).toEqual([]);
    expect(phase({ itemsVi: [text(9)] })).toEqual(["too_small@phases.0.itemsVi.0"]);
    expect(phase({ itemsVi: [] })).toEqual(["too_small@phases.0.itemsVi"]);
    expect(phase({ phase: "all" })).toEqual([]);
    expect(phase({ phase: "2017-2030" })).toEqual(["invalid_value@phases.0.phase"]);
    expect(where(SolutionGroup, { ...g, phases: [] })).toEqual(["too_small@phases"]);
  });
});

describe("TaskGroup and TaskItem", () => {
  it("parses task groups to themselves, with and without intro and sector counts", () => {
    const c = raw();
    for (const g of c.taskGroups) expect(TaskGroup.parse(g)).toEqual(g);
    expect(pick(c.taskGroups, "id", "NV3").printedSectorCounts).toMatchObject({ A: 10, B: 3 });
  });

  it("takes task group ids NV1 to NV6 only", () => {
    const g = pick(raw().taskGroups, "id", "NV1");
    expect(["NV1", "NV6"].map((id) => ok(TaskGroup, { ...g, id }))).toEqual([true, true]);
    expect(["NV0", "NV7", "xNV1", "NV1x", "NV12", "nv1", "NV"].map((id) => where(TaskGroup, { ...g, id }))).toEqual(
      Array(7).fill(["invalid_format@id"]),
    );
  });

  it("needs task texts of 10 characters, whole printed counts", () => {
    const g = pick(raw().taskGroups, "id", "NV1");
    expect(ok(TaskGroup, { ...g, tasksVi: [text(10)] })).toBe(true);
    expect(ok(TaskGroup, { ...g, tasksVi: [] })).toBe(true);
    expect(where(TaskGroup, { ...g, tasksVi: [text(10), text(9)] })).toEqual(["too_small@tasksVi.1"]);
    expect(where(TaskGroup, { ...g, printedActivityCount: 2.5 })).toEqual(["invalid_type@printedActivityCount"]);
    expect(where(TaskGroup, { ...g, printedSectorCounts: { A: 1.5 } })).toEqual(["invalid_type@printedSectorCounts.A"]);
  });

  it("parses task items to themselves, in every task group", () => {
    const t = raw().tasks[0];
    expect(TaskItem.parse(t)).toEqual(t);
    const groups = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];
    expect(groups.map((taskGroup) => ok(TaskItem, { ...t, taskGroup }))).toEqual(Array(6).fill(true));
    expect(["NV7", "NV", "", "nv1"].map((taskGroup) => where(TaskItem, { ...t, taskGroup }))).toEqual(
      Array(4).fill(["invalid_value@taskGroup"]),
    );
  });

  it("codes task items NVg.n with one or two digits", () => {
    const t = raw().tasks[0];
    expect(["NV1.1", "NV6.7", "NV1.10", "NV2.99"].map((code) => ok(TaskItem, { ...t, code }))).toEqual([true, true, true, true]);
    expect(
      ["xNV1.1", "NV1.1x", "NV1.123", "NV7.1", "NV0.1", "NV1.", "NV1.a", "NV1-1", "NV11"].map((code) => where(TaskItem, { ...t, code })),
    ).toEqual(Array(9).fill(["invalid_format@code"]));
    expect(ok(TaskItem, { ...t, textVi: text(10) })).toBe(true);
    expect(where(TaskItem, { ...t, textVi: text(9) })).toEqual(["too_small@textVi"]);
  });
});

describe("TaskResponsibility", () => {
  it("parses a real line to itself; a line with two leads too", () => {
    const r = raw().taskResponsibility[0];
    expect(TaskResponsibility.parse(r)).toEqual(r);
    const two = { ...r, lead: ["SO_NV", "SO_TNMT"], coordinating: [] };
    expect(TaskResponsibility.parse(two)).toEqual(two);
  });

  it("needs a lead, unit ids everywhere, and an inferred mark", () => {
    const r = raw().taskResponsibility[0];
    expect(where(TaskResponsibility, { ...r, lead: [] })).toEqual(["too_small@lead"]);
    expect(where(TaskResponsibility, { ...r, coordinating: ["SO_TNMT", "ubnd"] })).toEqual(["invalid_format@coordinating.1"]);
    expect(where(TaskResponsibility, { ...r, inferred: false })).toEqual(["invalid_value@inferred"]);
    expect(where(TaskResponsibility, { ...r, inferred: undefined })).toEqual(["invalid_value@inferred"]);
  });

  it("codes tasks like task items, and points at a section IV item of one or two digits", () => {
    const r = raw().taskResponsibility[0];
    expect(["NV1.10", "NV6.1"].map((code) => ok(TaskResponsibility, { ...r, code }))).toEqual([true, true]);
    expect(["xNV1.1", "NV1.123", "NV7.1", "NV1.a"].map((code) => where(TaskResponsibility, { ...r, code }))).toEqual(
      Array(4).fill(["invalid_format@code"]),
    );
    expect(["IV.1", "IV.11"].map((section) => ok(TaskResponsibility, { ...r, section }))).toEqual([true, true]);
    expect(
      ["xIV.3", "IV.3x", "IV.123", "IV.", "IV.a", "III.3", "iv.3"].map((section) => where(TaskResponsibility, { ...r, section })),
    ).toEqual(Array(7).fill(["invalid_format@section"]));
  });

  it("needs basis and reasons of 10 characters", () => {
    const r = raw().taskResponsibility[0];
    for (const field of ["basisVi", "reasonVi", "reasonEn"]) {
      expect(ok(TaskResponsibility, { ...r, [field]: text(10) })).toBe(true);
      expect(where(TaskResponsibility, { ...r, [field]: text(9) })).toEqual([`too_small@${field}`]);
    }
  });
});

describe("GhgSector", () => {
  it("parses every sector to itself", () => {
    const sectors = raw().ghgSectors;
    expect(sectors.map((s: any) => s.code)).toEqual(["A", "B", "C", "C1", "C2", "C3", "C4", "C5", "D"]);
    for (const s of sectors) expect(GhgSector.parse(s)).toEqual(s);
  });

  it("takes the appendix's sector codes, parent C or none, task group NV3, NV4 or none", () => {
    const s = pick(raw().ghgSectors, "code", "C1");
    const codes = ["A", "B", "C", "C1", "C2", "C3", "C4", "C5", "D"];
    expect(codes.map((code) => ok(GhgSector, { ...s, code }))).toEqual(Array(9).fill(true));
    expect(["C6", "E", "", "a"].map((code) => where(GhgSector, { ...s, code }))).toEqual(Array(4).fill(["invalid_value@code"]));
    expect([ok(GhgSector, { ...s, parent: "C" }), ok(GhgSector, { ...s, parent: null })]).toEqual([true, true]);
    expect(where(GhgSector, { ...s, parent: "A" })).toEqual(["invalid_value@parent"]);
    expect(["NV3", "NV4", null].map((taskGroup) => ok(GhgSector, { ...s, taskGroup }))).toEqual([true, true, true]);
    expect(where(GhgSector, { ...s, taskGroup: "NV5" })).toEqual(["invalid_value@taskGroup"]);
    expect(ok(GhgSector, { ...s, printedBudgetBillionVnd: null, printedGhgKt: null })).toBe(true);
  });
});

describe("GhgAction", () => {
  it("parses actions to themselves: one with implementers, one with two funding sources", () => {
    const c = raw();
    const a1 = pick(c.ghgActions, "code", "A.1");
    const c11 = pick(c.ghgActions, "code", "C1.1");
    expect(a1.funding).toEqual(["own_capital", "state_budget"]);
    expect(typeof c11.implementersVi).toBe("string");
    for (const a of [a1, c11]) expect(GhgAction.parse(a)).toEqual(a);
    expect(GhgAction.parse(a1)).not.toHaveProperty("implementersVi");
    const twoLeads = { ...a1, lead: ["SO_NNPTNT", "SO_KHCN"] };
    expect(GhgAction.parse(twoLeads)).toEqual(twoLeads);
  });

  it("codes actions sector.number, with C1–C5 and one or two digits", () => {
    const a = pick(raw().ghgActions, "code", "A.1");
    const good = ["A.1", "B.3", "C1.1", "C5.12", "D.14", "D.99"];
    expect(good.map((code) => ok(GhgAction, { ...a, code }))).toEqual(Array(6).fill(true));
    const bad = ["xA.1", "A.1x", "A.123", "C.1", "C6.1", "C0.1", "E.1", "A1", "A.", "A.b", "a.1"];
    expect(bad.map((code) => where(GhgAction, { ...a, code }))).toEqual(Array(bad.length).fill(["invalid_format@code"]));
  });

  it("takes the eight sectors that hold actions, sector D under NV4 and the rest under NV3", () => {
    const a = pick(raw().ghgActions, "code", "A.1");
    const sectors = ["A", "B", "C1", "C2", "C3", "C4", "C5"];
    expect(sectors.map((sector) => ok(GhgAction, { ...a, sector, taskGroup: "NV3" }))).toEqual(Array(7).fill(true));
    expect(ok(GhgAction, { ...a, sector: "D", taskGroup: "NV4" })).toBe(true);
    expect(["C", "C6", ""].map((sector) => where(GhgAction, { ...a, sector }))).toEqual(Array(3).fill(["invalid_value@sector"]));
    // Mục III.1.3 holds sectors A–C, 1.4 sector D: an action under the other group would be reported there.
    expect(sectors.map((sector) => where(GhgAction, { ...a, sector, taskGroup: "NV4" }))).toEqual(Array(7).fill(["custom@taskGroup"]));
    expect(messages(GhgAction, { ...a, sector: "D", taskGroup: "NV3" })).toEqual([
      "a GHG action of sector D belongs to NV4, of sectors A–C to NV3 (Mục III.1.3–1.4)",
    ]);
    expect(where(GhgAction, { ...a, taskGroup: "NV1" })).toEqual(["invalid_value@taskGroup"]);
  });

  it("takes every priority and every funding source, and needs one source", () => {
    const a = pick(raw().ghgActions, "code", "A.1");
    expect(["high", "medium", "not_given"].map((priority) => ok(GhgAction, { ...a, priority }))).toEqual([true, true, true]);
    expect(where(GhgAction, { ...a, priority: "low" })).toEqual(["invalid_value@priority"]);
    const sources = [
      "own_capital",
      "state_budget",
      "local_budget",
      "central_budget",
      "oda",
      "international",
      "enterprise",
      "private",
      "investor",
      "power_sector",
      "loans",
    ];
    expect(sources.map((s) => ok(GhgAction, { ...a, funding: [s] }))).toEqual(Array(11).fill(true));
    expect(GhgAction.parse({ ...a, funding: sources }).funding).toEqual(sources);
    expect(where(GhgAction, { ...a, funding: ["ODA"] })).toEqual(["invalid_value@funding.0"]);
    expect(where(GhgAction, { ...a, funding: [] })).toEqual(["too_small@funding"]);
  });

  it("needs a printed number from 1, a lead, non-negative budget and reduction, milestones that are measures", () => {
    const a = pick(raw().ghgActions, "code", "A.1");
    expect(ok(GhgAction, { ...a, sourceNo: 1 })).toBe(true);
    expect(where(GhgAction, { ...a, sourceNo: 0 })).toEqual(["too_small@sourceNo"]);
    expect(where(GhgAction, { ...a, lead: [] })).toEqual(["too_small@lead"]);
    expect(ok(GhgAction, { ...a, coordinating: [] })).toBe(true);
    expect([ok(GhgAction, { ...a, budgetBillionVnd: 0 }), ok(GhgAction, { ...a, ghgReductionKt: 0 })]).toEqual([true, true]);
    expect(where(GhgAction, { ...a, budgetBillionVnd: -0.01 })).toEqual(["too_small@budgetBillionVnd"]);
    expect(where(GhgAction, { ...a, ghgReductionKt: -1 })).toEqual(["too_small@ghgReductionKt"]);
    expect(ok(GhgAction, { ...a, milestones: [] })).toBe(true);
    expect(where(GhgAction, { ...a, milestones: [{ ...a.milestones[0], year: 2031 }] })).toEqual(["too_big@milestones.0.year"]);
  });
});

describe("Project and ProjectGroup", () => {
  it("parses projects to themselves: budget, funding cells and timeframe", () => {
    const c = raw();
    for (const code of ["DA1.1", "DA2.1", "DA8.1", "DA11.19"]) {
      const p = pick(c.projects, "code", code);
      expect(Project.parse(p)).toEqual(p);
    }
    expect(pick(c.projects, "code", "DA1.1").funding.cellsVi).toEqual(["x", "x", "Cộng đồng"]);
  });

  it("codes projects DA + group.number, one or two digits each", () => {
    const p = pick(raw().projects, "code", "DA1.1");
    expect(["DA1.1", "DA11.1", "DA1.19", "DA11.19"].map((code) => ok(Project, { ...p, code }))).toEqual([true, true, true, true]);
    const bad = ["xDA1.1", "DA1.1x", "DA1.123", "DA123.1", "DA.1", "DA1.", "DAa.1", "DA1.a", "da1.1", "1.1"];
    expect(bad.map((code) => where(Project, { ...p, code }))).toEqual(Array(bad.length).fill(["invalid_format@code"]));
  });

  it("numbers groups 1 to 11, for projects and project groups", () => {
    const c = raw();
    const p = pick(c.projects, "code", "DA2.1");
    expect([1, 11].map((group) => ok(Project, { ...p, group }))).toEqual([true, true]);
    expect([where(Project, { ...p, group: 0 }), where(Project, { ...p, group: 12 })]).toEqual([["too_small@group"], ["too_big@group"]]);
    const g = pick(c.projectGroups, "number", 2);
    expect(ProjectGroup.parse(g)).toEqual(g);
    expect([1, 11].map((number) => ok(ProjectGroup, { ...g, number }))).toEqual([true, true]);
    expect([where(ProjectGroup, { ...g, number: 0 }), where(ProjectGroup, { ...g, number: 12 })]).toEqual([
      ["too_small@number"],
      ["too_big@number"],
    ]);
  });

  it("reports under task groups NV1 to NV6", () => {
    const c = raw();
    const p = pick(c.projects, "code", "DA1.1");
    const g = pick(c.projectGroups, "number", 1);
    const groups = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"];
    expect(groups.map((taskGroup) => ok(Project, { ...p, taskGroup }))).toEqual(Array(6).fill(true));
    expect(groups.map((taskGroup) => ok(ProjectGroup, { ...g, taskGroup }))).toEqual(Array(6).fill(true));
    expect(where(Project, { ...p, taskGroup: "NV7" })).toEqual(["invalid_value@taskGroup"]);
    expect(where(ProjectGroup, { ...g, taskGroup: "" })).toEqual(["invalid_value@taskGroup"]);
  });

  it("needs a positive budget, three funding cells, a reason of 20 characters for the group's task group", () => {
    const c = raw();
    const p = pick(c.projects, "code", "DA1.1");
    expect(ok(Project, { ...p, budget: { ...p.budget, millionVnd: 0.5 } })).toBe(true);
    expect(where(Project, { ...p, budget: { ...p.budget, millionVnd: 0 } })).toEqual(["too_small@budget.millionVnd"]);
    expect(where(Project, { ...p, funding: { ...p.funding, cellsVi: ["x", "x"] } })).toEqual(["too_small@funding.cellsVi"]);
    expect(where(Project, { ...p, funding: { ...p.funding, cellsVi: ["x", "x", "", ""] } })).toEqual(["too_big@funding.cellsVi"]);
    expect(ok(Project, { ...p, funding: { ...p.funding, otherVi: null } })).toBe(true);
    expect(where(Project, { ...p, agencies: ["Sở XD"] })).toEqual(["invalid_format@agencies.0"]);
    expect(ok(Project, { ...p, agencies: [] })).toBe(true);
    expect(where(Project, { ...p, timeframe: { ...p.timeframe, start: 2017.5 } })).toEqual(["invalid_type@timeframe.start"]);
    const g = pick(c.projectGroups, "number", 1);
    expect(ok(ProjectGroup, { ...g, taskGroupReasonEn: text(20) })).toBe(true);
    expect(where(ProjectGroup, { ...g, taskGroupReasonEn: text(19) })).toEqual(["too_small@taskGroupReasonEn"]);
  });
});

describe("OrgUnit", () => {
  it("parses units with a successor, a dissolution and a collective name to themselves, unmarked as not established after", () => {
    const units = raw().orgUnits;
    for (const id of ["UBND_TINH", "SO_KHDT", "SO_TTTT", "DOAN_THE"]) {
      const u = pick(units, "id", id);
      expect(u).not.toHaveProperty("establishedAfterDecision");
      expect(OrgUnit.parse(u)).toEqual({ ...u, establishedAfterDecision: false });
    }
    const marked = units.find((u: any) => u.establishedAfterDecision === true);
    expect(OrgUnit.parse(marked)).toEqual(marked);
    expect(OrgUnit.parse({ ...marked, establishedAfterDecision: false }).establishedAfterDecision).toBe(false);
  });

  it("takes UPPER_SNAKE ids starting with a letter, and says so when not", () => {
    const u = pick(raw().orgUnits, "id", "UBND_TINH");
    expect(["A", "SO_KHDT", "H1_2", "A_"].map((id) => ok(OrgUnit, { ...u, id }))).toEqual([true, true, true, true]);
    const bad = ["1SO", "_SO", "sO", "xSO", "SO-X", "SO X", "SO_x", "", "ĐAI"];
    expect(bad.map((id) => where(OrgUnit, { ...u, id }))).toEqual(Array(bad.length).fill(["invalid_format@id"]));
    expect(messages(OrgUnit, { ...u, id: "SO-X" })).toEqual(["org unit ids are UPPER_SNAKE"]);
  });

  it("takes every kind of unit", () => {
    const u = pick(raw().orgUnits, "id", "UBND_TINH");
    const kinds = [
      "province_committee",
      "province_department",
      "province_agency",
      "district",
      "central_ministry",
      "association",
      "media",
      "company",
      "other",
    ];
    expect(kinds.map((kind) => ok(OrgUnit, { ...u, kind }))).toEqual(Array(9).fill(true));
    expect(["commune", "", "District"].map((kind) => where(OrgUnit, { ...u, kind }))).toEqual(Array(3).fill(["invalid_value@kind"]));
    const collective = (standsFor: object) => OrgUnit.safeParse({ ...u, standsFor });
    expect(kinds.map((kind) => collective({ kind, basis: "b" }).success)).toEqual(Array(9).fill(true));
    expect(collective({ kind: "commune", basis: "b" }).success).toBe(false);
  });

  it("dates a successor and a dissolution YYYY-MM-DD, a day of the calendar", () => {
    const u = pick(raw().orgUnits, "id", "SO_KHDT");
    const d = pick(raw().orgUnits, "id", "SO_TTTT");
    const bad = [
      "x2025-03-01",
      "2025-03-01x",
      "12025-03-01",
      "2025-3-01",
      "2025-03-1",
      "2025-003-01",
      "25-03-01",
      "2025/03/01",
      "2025-06-31",
    ];
    expect(ok(OrgUnit, { ...u, successor: { ...u.successor, effective: "2025-07-01" } })).toBe(true);
    expect(bad.map((effective) => where(OrgUnit, { ...u, successor: { ...u.successor, effective } }))).toEqual(
      Array(bad.length).fill(["invalid_format@successor.effective"]),
    );
    expect(ok(OrgUnit, { ...d, dissolved: { ...d.dissolved, effective: "2025-07-01" } })).toBe(true);
    expect(bad.map((effective) => where(OrgUnit, { ...d, dissolved: { ...d.dissolved, effective } }))).toEqual(
      Array(bad.length).fill(["invalid_format@dissolved.effective"]),
    );
    expect(where(OrgUnit, { ...u, successor: { ...u.successor, id: "so_tc" } })).toEqual(["invalid_format@successor.id"]);
  });

  it("lets a collective name list members or a kind, each optional, the basis required", () => {
    const u = pick(raw().orgUnits, "id", "UBND_TINH");
    const standsFor = { kind: "district", members: ["H_HOAAN", "H_THACHAN"], basis: "b" };
    expect(OrgUnit.parse({ ...u, standsFor }).standsFor).toEqual(standsFor);
    expect(OrgUnit.parse({ ...u, standsFor: { basis: "b" } }).standsFor).toEqual({ basis: "b" });
    expect(where(OrgUnit, { ...u, standsFor: { members: ["h_x"], basis: "b" } })).toEqual(["invalid_format@standsFor.members.0"]);
    expect(where(OrgUnit, { ...u, standsFor: { kind: "district" } })).toEqual(["invalid_type@standsFor.basis"]);
  });
});

describe("SourceNote", () => {
  it("parses the notes to themselves, printed and computed as number or text", () => {
    const notes = raw().notes;
    for (const n of notes) expect(SourceNote.parse(n)).toEqual(n);
    const b1 = pick(notes, "id", "b1-area");
    expect([typeof b1.printed, typeof b1.computed]).toEqual(["string", "number"]);
    const swapped = { ...b1, printed: 200000, computed: "20.000ha" };
    expect(SourceNote.parse(swapped)).toEqual(swapped);
    const { printed: _p, computed: _c, ...bare } = b1;
    expect(SourceNote.parse(bare)).toEqual(bare);
    expect(where(SourceNote, { ...b1, printed: true })).toEqual(["invalid_union@printed"]);
    expect(where(SourceNote, { ...b1, computed: null })).toEqual(["invalid_union@computed"]);
  });

  it("takes every kind of note, needs a reference", () => {
    const n = raw().notes[0];
    expect(n.refs).toEqual(["NV1", "NV2"]);
    const kinds = ["subtotal_mismatch", "count_mismatch", "typo", "ambiguous", "layout", "duplicate"];
    expect(kinds.map((kind) => ok(SourceNote, { ...n, kind }))).toEqual(Array(6).fill(true));
    expect(["mismatch", ""].map((kind) => where(SourceNote, { ...n, kind }))).toEqual(Array(2).fill(["invalid_value@kind"]));
    expect(ok(SourceNote, { ...n, refs: ["NV1"] })).toBe(true);
    expect(where(SourceNote, { ...n, refs: [] })).toEqual(["too_small@refs"]);
  });
});

describe("aggregation rules", () => {
  it("takes the four rules, and no other", () => {
    const rules = ["sum", "lead", "max", "text"];
    expect(rules.map((r) => AggregationRule.safeParse(r).success)).toEqual([true, true, true, true]);
    expect(["min", "", "Sum"].map((r) => AggregationRule.safeParse(r).success)).toEqual([false, false, false]);
  });

  it("parses the unit rules and overrides to themselves, and needs reasons of 10 characters", () => {
    const byUnit = structuredClone(AGGREGATION_BY_UNIT);
    const overrides = structuredClone(AGGREGATION_OVERRIDES);
    for (const u of byUnit) expect(UnitAggregation.parse(u)).toEqual(u);
    for (const o of overrides) expect(AggregationOverride.parse(o)).toEqual(o);
    const [u] = byUnit;
    const [o] = overrides;
    for (const field of ["reasonVi", "reasonEn"]) {
      expect([ok(UnitAggregation, { ...u, [field]: text(10) }), ok(AggregationOverride, { ...o, [field]: text(10) })]).toEqual([
        true,
        true,
      ]);
      expect(where(UnitAggregation, { ...u, [field]: text(9) })).toEqual([`too_small@${field}`]);
      expect(where(AggregationOverride, { ...o, [field]: text(9) })).toEqual([`too_small@${field}`]);
    }
    expect(where(UnitAggregation, { ...u, unit: "km" })).toEqual(["invalid_value@unit"]);
    expect(where(AggregationOverride, { ...o, rule: "avg" })).toEqual(["invalid_value@rule"]);
    expect(where(AggregationOverride, { ...o, source: "abcd" })).toEqual(["too_small@source"]);
  });
});
