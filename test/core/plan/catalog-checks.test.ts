/**
 * The catalog's own checks (plan/catalog.ts CatalogSchema.superRefine, projectFromInput, the code index), each on a
 * raw copy of the data with one thing wrong: the copy must be refused with exactly one issue, its exact message and
 * the path that points at the broken entry (what `ttx catalog` prints). Also pinned:
 * - a code clash names both kinds, for every kind of entry;
 * - a printed project row the parsers cannot read stops the catalog with the row's number and the text;
 * - every kind of entry is found by its code, the printed task-group labels 1.3–1.6 find their group;
 * - the task bullets' sources count from "ý 1".
 */
import { CatalogSchema, assembleCatalog, lookup } from "../../../src/core/plan/catalog";
import { PROJECT_INPUTS } from "../../../src/core/plan/data/projects";

const rawCopy = (): any => JSON.parse(JSON.stringify(assembleCatalog()));
const issues = (raw: unknown) => {
  const r = CatalogSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => ({ code: i.code, message: i.message, path: i.path }));
};
const custom = (message: string, path: (string | number)[]) => ({ code: "custom", message, path });
const indexOf = (list: any[], pred: (x: any) => boolean) => {
  const i = list.findIndex(pred);
  if (i < 0) throw new Error("not in the data");
  return i;
};

describe("a raw copy with one thing wrong is refused, saying what and where", () => {
  it("the intact copy passes", () => {
    expect(issues(rawCopy())).toEqual([]);
  });

  it("an unknown unit as the decision's proposer or focal point", () => {
    const raw = rawCopy();
    raw.decision.proposedBy = "SO_X";
    raw.decision.focalPoint = "SO_Y";
    expect(issues(raw)).toEqual([
      custom("unknown org unit SO_X", ["decision", "proposedBy"]),
      custom("unknown org unit SO_Y", ["decision", "focalPoint"]),
    ]);
  });

  it("an unknown unit leading or coordinating an Appendix I action", () => {
    const raw = rawCopy();
    raw.ghgActions[2].lead = ["SO_X"];
    raw.ghgActions[3].coordinating = ["HOI_NONGDAN", "SO_Y"];
    expect(issues(raw)).toEqual([
      custom("unknown org unit SO_X", ["ghgActions", 2, "lead"]),
      custom("unknown org unit SO_Y", ["ghgActions", 3, "coordinating"]),
    ]);
  });

  it("an unknown agency of a project, or in a responsibility line", () => {
    const raw = rawCopy();
    raw.projects[4].agencies = ["SO_X"];
    raw.taskResponsibility[1].lead = ["SO_Y"];
    raw.taskResponsibility[2].coordinating = ["SO_Z"];
    expect(issues(raw)).toEqual([
      custom("unknown org unit SO_X", ["projects", 4, "agencies"]),
      custom("unknown org unit SO_Y", ["taskResponsibility", 1]),
      custom("unknown org unit SO_Z", ["taskResponsibility", 2]),
    ]);
  });

  it("a task with no responsibility line, or two; a line for a task that does not exist", () => {
    const missing = rawCopy();
    missing.taskResponsibility = missing.taskResponsibility.filter((r: any) => r.code !== "NV2.3");
    expect(issues(missing)).toEqual([custom("task NV2.3 needs exactly one responsibility line", ["taskResponsibility"])]);

    const twice = rawCopy();
    twice.taskResponsibility.push({ ...twice.taskResponsibility[0] });
    expect(issues(twice)).toEqual([custom("task NV1.1 needs exactly one responsibility line", ["taskResponsibility"])]);

    const stray = rawCopy();
    stray.taskResponsibility.push({ ...stray.taskResponsibility[0], code: "NV6.9" });
    expect(issues(stray)).toEqual([custom("responsibility for unknown task NV6.9", ["taskResponsibility"])]);
  });

  it("a collective name standing for an unknown unit", () => {
    const raw = rawCopy();
    const i = indexOf(raw.orgUnits, (u) => u.id === "DOAN_THE");
    raw.orgUnits[i].standsFor.members = ["MTTQ", "HOI_X"];
    expect(issues(raw)).toEqual([custom("unknown org unit HOI_X", ["orgUnits", i, "standsFor"])]);
  });

  it("an unknown successor, a successor and a dissolution at once, a unit succeeding itself", () => {
    const unknown = rawCopy();
    const i = indexOf(unknown.orgUnits, (u) => u.id === "SO_KHDT");
    unknown.orgUnits[i].successor.id = "SO_MOI";
    expect(issues(unknown)).toEqual([custom("unknown org unit SO_MOI", ["orgUnits", i, "successor"])]);

    const both = rawCopy();
    both.orgUnits[i].dissolved = { effective: "2025-03-01", basis: "test" };
    expect(issues(both)).toEqual([custom("SO_KHDT has both a successor and a dissolution", ["orgUnits", i])]);

    const itself = rawCopy();
    itself.orgUnits[i].successor.id = "SO_KHDT";
    expect(issues(itself)).toEqual([custom("SO_KHDT succeeds itself", ["orgUnits", i])]);
  });

  it("an action in a sector the appendix does not have", () => {
    const raw = rawCopy();
    raw.ghgSectors = raw.ghgSectors.filter((s: any) => s.code !== "C5");
    raw.notes = raw.notes.filter((n: any) => !n.refs.includes("C5"));
    const i = indexOf(raw.ghgActions, (a) => a.sector === "C5");
    expect(issues(raw)).toEqual([custom("unknown sector C5", ["ghgActions", i, "sector"])]);
  });

  it("an action whose code is not its sector and printed number", () => {
    const raw = rawCopy();
    raw.ghgActions[0].sourceNo = 7;
    expect(issues(raw)).toEqual([custom("code A.1 must be sector.sourceNo", ["ghgActions", 0])]);
  });

  it("a project in a group Part 2 does not have (group 1 renumbered 5)", () => {
    const raw = rawCopy();
    raw.projectGroups[0].number = 5;
    expect(issues(raw).filter((i) => i.message.startsWith("unknown project group"))).toEqual(
      [0, 1, 2, 3].map((i) => custom("unknown project group 1", ["projects", i, "group"])),
    );
  });

  it("a note pointing at nothing, and two notes with one id", () => {
    const raw = rawCopy();
    raw.notes[0].refs = ["Q.42"];
    raw.notes[2].id = raw.notes[1].id;
    expect(issues(raw)).toEqual([
      custom(`note ${raw.notes[0].id} refers to unknown code Q.42`, ["notes", 0, "refs"]),
      custom(`duplicate note id ${raw.notes[1].id}`, ["notes", 2, "id"]),
    ]);
  });
});

describe("one code space: a clash names both kinds", () => {
  // The issue points at the later of the two, where it sits in the catalog (key, index, field).
  const duplicates = (raw: unknown) =>
    issues(raw)
      .filter((i) => i.code === "custom" && i.message.startsWith("duplicate code"))
      .map((i) => [i.message, i.path]);

  it.each([
    ["ghgGoal", "GHG.2020"],
    ["target", "SX.1"],
    ["solutionGroup", "GP.1"],
    ["taskGroup", "NV1"],
    ["task", "NV1.1"],
    ["ghgSector", "A"],
    ["ghgAction", "A.1"],
    ["projectGroup", "DA1"],
    ["project", "DA1.1"],
  ])("a unit id equal to the %s code %s", (kind, code) => {
    const raw = rawCopy();
    raw.orgUnits[0].id = code.toLowerCase(); // codes compare case-insensitively
    expect(duplicates(raw)).toEqual([[`duplicate code ${code.toLowerCase()} (orgUnit, already used by ${kind})`, ["orgUnits", 0, "id"]]]);
  });

  it("a target code equal to a unit id", () => {
    const raw = rawCopy();
    raw.targets[0].code = "SO_TC";
    const unit = raw.orgUnits.findIndex((u: { id: string }) => u.id === "SO_TC");
    expect(unit).toBeGreaterThan(0);
    expect(duplicates(raw)).toEqual([["duplicate code SO_TC (orgUnit, already used by target)", ["orgUnits", unit, "id"]]]);
  });

  it.each([
    ["targets", 1, "code", "SX.1"],
    ["tasks", 1, "code", "NV1.1"],
    ["ghgActions", 1, "code", "A.1"],
    ["projects", 1, "code", "DA1.1"],
    ["ghgGoals", 1, "code", "GHG.2020"],
    ["solutionGroups", 1, "code", "GP.1"],
    ["ghgSectors", 1, "code", "A"],
  ])("two entries of one kind with one code: the second named, %s[%d].%s", (key, index, field, code) => {
    const raw = rawCopy();
    raw[key][index][field] = code;
    expect(duplicates(raw).filter(([, path]) => (path as unknown[])[0] === key)).toEqual([
      [expect.stringMatching(new RegExp(`^duplicate code ${code.replace(".", "\\.")} \\(`)), [key, index, field]],
    ]);
  });

  it("two units with one id, two task groups, two project groups: the second named", () => {
    const raw = rawCopy();
    raw.orgUnits[1].id = raw.orgUnits[0].id;
    raw.taskGroups[1].id = raw.taskGroups[0].id;
    raw.projectGroups[1].number = raw.projectGroups[0].number;
    expect(duplicates(raw).map(([, path]) => path)).toEqual([
      ["taskGroups", 1, "id"],
      ["projectGroups", 1, "number"],
      ["orgUnits", 1, "id"],
    ]);
  });
});

describe("printed project rows the parsers cannot read stop the catalog", () => {
  /** The error `assembleCatalog` throws with one field of project 1.1 replaced (restored after); null if none. */
  const errorWith = (field: "budgetText" | "timeText" | "no", value: string): string | null => {
    const row = PROJECT_INPUTS[0]!;
    const before = row[field];
    row[field] = value;
    try {
      assembleCatalog();
      return null;
    } catch (e) {
      return (e as Error).message;
    } finally {
      row[field] = before;
    }
  };

  it("an unreadable budget, an unreadable timeframe, a number in no group", () => {
    expect(errorWith("budgetText", "mười tỷ")).toBe('project 1.1: unreadable budget "mười tỷ"');
    expect(errorWith("timeText", "sắp tới")).toBe('project 1.1: unreadable timeframe "sắp tới"');
    expect(errorWith("no", "12.1")).toBe("project 12.1: no group 12");
    expect(errorWith("budgetText", "7 tỷ")).toBeNull();
  });

  it("the intact rows read: project 1.1 in group 1", () => {
    const raw = rawCopy();
    expect([raw.projects[0].code, raw.projects[0].group, raw.projects[0].sourceNo]).toEqual(["DA1.1", 1, "1.1"]);
    expect(raw.projects[0].source).toBe("Phụ lục I, SX xanh/lối sống xanh, STT 1.1");
  });
});

describe("codes and labels found", () => {
  // The catalog is indexed once per module load: each test loads its own, so a mutation run credits the index to it.
  const freshLookup = (): typeof lookup => {
    let fresh!: typeof lookup;
    jest.isolateModules(() => {
      fresh = (require("../../../src/core/plan/catalog") as typeof import("../../../src/core/plan/catalog")).lookup;
    });
    return fresh;
  };

  it("every kind of entry by its own code", () => {
    const lookup = freshLookup();
    expect(
      ["GHG.2020", "SX.1", "GP.1", "NV1", "NV1.1", "A", "A.1", "DA1", "DA1.1", "SO_TC"].map((code) => [
        lookup(code)?.kind,
        lookup(code)?.code,
      ]),
    ).toEqual([
      ["ghgGoal", "GHG.2020"],
      ["target", "SX.1"],
      ["solutionGroup", "GP.1"],
      ["taskGroup", "NV1"],
      ["task", "NV1.1"],
      ["ghgSector", "A"],
      ["ghgAction", "A.1"],
      ["projectGroup", "DA1"],
      ["project", "DA1.1"],
      ["orgUnit", "SO_TC"],
    ]);
  });

  it("the printed labels 1.3–1.6 find their task group, with the group as the entry", () => {
    const lookup = freshLookup();
    expect(["1.3", "1.4", "1.5", "1.6"].map((label) => lookup(label)?.code)).toEqual(["NV3", "NV4", "NV5", "NV6"]);
    expect(lookup("1.4")).toEqual({ kind: "taskGroup", code: "NV4", item: lookup("NV4")!.item });
    expect(lookup("1.2")).toBeUndefined();
  });

  it("task bullets are numbered from 1, and so are their sources", () => {
    const raw = rawCopy();
    const nv1 = raw.taskGroups.find((g: any) => g.id === "NV1");
    expect(raw.tasks.slice(0, 2).map((t: any) => [t.code, t.source])).toEqual([
      ["NV1.1", `${nv1.source}, ý 1`],
      ["NV1.2", `${nv1.source}, ý 2`],
    ]);
  });
});
