/**
 * Assembles the plan catalog from the transcribed data, validates it (schema, unique codes, org-unit references,
 * parseable budgets and timeframes) and indexes every code once, so lookups are O(1).
 */
import { z } from "zod";
import { DECISION } from "./data/decision";
import { GHG_ACTIONS, GHG_SECTORS } from "./data/ghg-actions";
import { MANUAL_NOTES } from "./data/notes";
import { ORG_UNITS } from "./data/org-units";
import { PROJECT_GROUPS, PROJECT_INPUTS, type ProjectInput } from "./data/projects";
import { SOLUTION_GROUPS } from "./data/solutions";
import { GHG_GOALS, TARGETS } from "./data/targets";
import { TASK_GROUPS } from "./data/task-groups";
import { TASK_RESPONSIBILITY } from "./data/task-responsibility";
import { computedSourceNotes } from "./integrity";
import { parseBudgetMillionVnd, parseTimeframe, readFundingCells } from "./parse";
import {
  Decision,
  GhgAction,
  GhgGoal,
  GhgSector,
  OrgUnit,
  Project,
  ProjectGroup,
  SolutionGroup,
  SourceNote,
  Target,
  TaskGroup,
  TaskItem,
  TaskResponsibility,
  type ProjectT,
  type TaskItemT,
} from "./schema";

export const CatalogSchema = z
  .object({
    decision: Decision,
    ghgGoals: z.array(GhgGoal),
    targets: z.array(Target),
    solutionGroups: z.array(SolutionGroup),
    taskGroups: z.array(TaskGroup).length(6),
    tasks: z.array(TaskItem),
    /** Who leads and coordinates each activity: inferred from section IV, one line per task. */
    taskResponsibility: z.array(TaskResponsibility),
    ghgSectors: z.array(GhgSector),
    ghgActions: z.array(GhgAction),
    projectGroups: z.array(ProjectGroup).length(11),
    projects: z.array(Project),
    orgUnits: z.array(OrgUnit),
    notes: z.array(SourceNote),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });

    // One code space: every code is unique across all kinds (the index relies on it).
    const seen = new Map<string, string>();
    for (const [kind, code, path] of allCodes(c)) {
      const key = normalizeCode(code);
      const before = seen.get(key);
      if (before) issue(`duplicate code ${code} (${kind}, already used by ${before})`, path);
      else seen.set(key, kind);
    }

    const units = new Set(c.orgUnits.map((u) => u.id));
    const checkUnit = (id: string, path: (string | number)[]) => {
      if (!units.has(id)) issue(`unknown org unit ${id}`, path);
    };
    checkUnit(c.decision.proposedBy, ["decision", "proposedBy"]);
    checkUnit(c.decision.focalPoint, ["decision", "focalPoint"]);
    c.ghgActions.forEach((a, i) => {
      a.lead.forEach((id) => checkUnit(id, ["ghgActions", i, "lead"]));
      a.coordinating.forEach((id) => checkUnit(id, ["ghgActions", i, "coordinating"]));
    });
    c.projects.forEach((p, i) => p.agencies.forEach((id) => checkUnit(id, ["projects", i, "agencies"])));
    c.taskResponsibility.forEach((r, i) => [...r.lead, ...r.coordinating].forEach((id) => checkUnit(id, ["taskResponsibility", i])));
    const taskCodes = c.tasks.map((t) => t.code);
    const assigned = c.taskResponsibility.map((r) => r.code);
    for (const code of taskCodes)
      if (assigned.filter((a) => a === code).length !== 1)
        issue(`task ${code} needs exactly one responsibility line`, ["taskResponsibility"]);
    for (const code of assigned) if (!taskCodes.includes(code)) issue(`responsibility for unknown task ${code}`, ["taskResponsibility"]);
    c.orgUnits.forEach((u, i) => u.standsFor?.members?.forEach((id) => checkUnit(id, ["orgUnits", i, "standsFor"])));
    c.orgUnits.forEach((u, i) => {
      if (u.successor) checkUnit(u.successor.id, ["orgUnits", i, "successor"]);
      if (u.successor && u.dissolved) issue(`${u.id} has both a successor and a dissolution`, ["orgUnits", i]);
      if (u.successor?.id === u.id) issue(`${u.id} succeeds itself`, ["orgUnits", i]);
    });

    const sectors = new Set(c.ghgSectors.map((s) => s.code));
    c.ghgActions.forEach((a, i) => {
      if (!sectors.has(a.sector)) issue(`unknown sector ${a.sector}`, ["ghgActions", i, "sector"]);
      if (a.code !== `${a.sector}.${a.sourceNo}`) issue(`code ${a.code} must be sector.sourceNo`, ["ghgActions", i]);
    });
    const groups = new Set(c.projectGroups.map((g) => g.number));
    c.projects.forEach((p, i) => {
      if (!groups.has(p.group)) issue(`unknown project group ${p.group}`, ["projects", i, "group"]);
    });

    // Notes must point at something that exists.
    const refs = new Set([...seen.keys()]);
    c.notes.forEach((n, i) =>
      n.refs.forEach((r) => {
        if (!refs.has(normalizeCode(r))) issue(`note ${n.id} refers to unknown code ${r}`, ["notes", i, "refs"]);
      }),
    );
    const noteIds = new Set<string>();
    c.notes.forEach((n, i) => {
      if (noteIds.has(n.id)) issue(`duplicate note id ${n.id}`, ["notes", i, "id"]);
      noteIds.add(n.id);
    });
  });

export type Catalog = z.infer<typeof CatalogSchema>;

/** Codes are matched case-insensitively, ignoring surrounding and inner spaces ("  c1. 1 " → "C1.1"). */
export function normalizeCode(code: string): string {
  return code.normalize("NFC").replace(/\s+/g, "").toUpperCase();
}

export type EntryKind =
  "ghgGoal" | "target" | "solutionGroup" | "taskGroup" | "task" | "ghgSector" | "ghgAction" | "projectGroup" | "project" | "orgUnit";

function* allCodes(
  c: Pick<
    Catalog,
    | "ghgGoals"
    | "targets"
    | "solutionGroups"
    | "taskGroups"
    | "tasks"
    | "ghgSectors"
    | "ghgActions"
    | "projectGroups"
    | "projects"
    | "orgUnits"
  >,
): Generator<[EntryKind, string, (string | number)[]]> {
  // With where it is in the catalog (key, index, field): the path a duplicate's issue points at.
  for (const [i, g] of c.ghgGoals.entries()) yield ["ghgGoal", g.code, ["ghgGoals", i, "code"]];
  for (const [i, t] of c.targets.entries()) yield ["target", t.code, ["targets", i, "code"]];
  for (const [i, s] of c.solutionGroups.entries()) yield ["solutionGroup", s.code, ["solutionGroups", i, "code"]];
  for (const [i, g] of c.taskGroups.entries()) yield ["taskGroup", g.id, ["taskGroups", i, "id"]];
  for (const [i, t] of c.tasks.entries()) yield ["task", t.code, ["tasks", i, "code"]];
  for (const [i, s] of c.ghgSectors.entries()) yield ["ghgSector", s.code, ["ghgSectors", i, "code"]];
  for (const [i, a] of c.ghgActions.entries()) yield ["ghgAction", a.code, ["ghgActions", i, "code"]];
  for (const [i, g] of c.projectGroups.entries()) yield ["projectGroup", projectGroupCode(g.number), ["projectGroups", i, "number"]];
  for (const [i, p] of c.projects.entries()) yield ["project", p.code, ["projects", i, "code"]];
  for (const [i, u] of c.orgUnits.entries()) yield ["orgUnit", u.id, ["orgUnits", i, "id"]];
}

export const projectGroupCode = (n: number): string => `DA${n}`;

/** Turns a printed project row into a catalog project; throws on text the parsers cannot read (a data bug). */
function projectFromInput(input: ProjectInput): ProjectT {
  const millionVnd = parseBudgetMillionVnd(input.budgetText);
  const timeframe = parseTimeframe(input.timeText);
  if (millionVnd === null) throw new Error(`project ${input.no}: unreadable budget "${input.budgetText}"`);
  if (timeframe === null) throw new Error(`project ${input.no}: unreadable timeframe "${input.timeText}"`);
  const group = Number(input.no.split(".")[0]);
  const projectGroup = PROJECT_GROUPS.find((g) => g.number === group);
  if (!projectGroup) throw new Error(`project ${input.no}: no group ${group}`);
  return {
    code: `DA${input.no}`,
    group,
    sourceNo: input.no,
    nameVi: input.nameVi,
    agencyTextVi: input.agencyTextVi,
    agencies: input.agencies,
    budget: { text: input.budgetText, millionVnd },
    funding: { ...(input.funding ?? readFundingCells(input.cells)), cellsVi: input.cells },
    taskGroup: projectGroup.taskGroup,
    timeframe,
    source: `Phụ lục I, SX xanh/lối sống xanh, STT ${input.no}`,
  };
}

/**
 * Task groups whose activities are Appendix I actions (1.3, 1.4) report on those actions; the others report on
 * their printed bullets, which get codes here: "NV1.1" is the first bullet of task group NV1.
 */
function taskItems(): TaskItemT[] {
  return TASK_GROUPS.filter((g) => !GHG_ACTIONS.some((a) => a.taskGroup === g.id)).flatMap((g) =>
    g.tasksVi.map((textVi, i) => ({
      code: `${g.id}.${i + 1}`,
      taskGroup: g.id as TaskItemT["taskGroup"],
      textVi,
      source: `${g.source}, ý ${i + 1}`,
    })),
  );
}

/** The raw catalog before validation: exposed so tests can break a copy and watch validation fail. */
export function assembleCatalog(): unknown {
  return {
    decision: DECISION,
    ghgGoals: GHG_GOALS,
    targets: TARGETS,
    solutionGroups: SOLUTION_GROUPS,
    taskGroups: TASK_GROUPS,
    tasks: taskItems(),
    taskResponsibility: TASK_RESPONSIBILITY,
    ghgSectors: GHG_SECTORS,
    ghgActions: GHG_ACTIONS,
    projectGroups: PROJECT_GROUPS,
    projects: PROJECT_INPUTS.map(projectFromInput),
    orgUnits: ORG_UNITS,
    notes: [...MANUAL_NOTES, ...computedSourceNotes(GHG_SECTORS, GHG_ACTIONS, TASK_GROUPS)],
  };
}

export type Entry =
  | { kind: "ghgGoal"; code: string; item: Catalog["ghgGoals"][number] }
  | { kind: "target"; code: string; item: Catalog["targets"][number] }
  | { kind: "solutionGroup"; code: string; item: Catalog["solutionGroups"][number] }
  | { kind: "taskGroup"; code: string; item: Catalog["taskGroups"][number] }
  | { kind: "task"; code: string; item: Catalog["tasks"][number] }
  | { kind: "ghgSector"; code: string; item: Catalog["ghgSectors"][number] }
  | { kind: "ghgAction"; code: string; item: Catalog["ghgActions"][number] }
  | { kind: "projectGroup"; code: string; item: Catalog["projectGroups"][number] }
  | { kind: "project"; code: string; item: Catalog["projects"][number] }
  | { kind: "orgUnit"; code: string; item: Catalog["orgUnits"][number] };

export interface IndexedCatalog extends Catalog {
  /** O(1) lookup by any code, normalised with `normalizeCode`. Built once. */
  readonly byCode: ReadonlyMap<string, Entry>;
}

function indexCatalog(c: Catalog): IndexedCatalog {
  const byCode = new Map<string, Entry>();
  const put = (e: Entry) => byCode.set(normalizeCode(e.code), e);
  c.ghgGoals.forEach((item) => put({ kind: "ghgGoal", code: item.code, item }));
  c.targets.forEach((item) => put({ kind: "target", code: item.code, item }));
  c.solutionGroups.forEach((item) => put({ kind: "solutionGroup", code: item.code, item }));
  c.taskGroups.forEach((item) => put({ kind: "taskGroup", code: item.id, item }));
  c.tasks.forEach((item) => put({ kind: "task", code: item.code, item }));
  c.ghgSectors.forEach((item) => put({ kind: "ghgSector", code: item.code, item }));
  c.ghgActions.forEach((item) => put({ kind: "ghgAction", code: item.code, item }));
  c.projectGroups.forEach((item) => put({ kind: "projectGroup", code: projectGroupCode(item.number), item }));
  c.projects.forEach((item) => put({ kind: "project", code: item.code, item }));
  c.orgUnits.forEach((item) => put({ kind: "orgUnit", code: item.id, item }));
  // Unique printed task-group labels ("1.3"…"1.6") also find their group; "1.2" is printed twice, so it does not.
  for (const g of c.taskGroups) {
    if (c.taskGroups.filter((o) => o.sourceLabel === g.sourceLabel).length === 1) {
      byCode.set(normalizeCode(g.sourceLabel), { kind: "taskGroup", code: g.id, item: g });
    }
  }
  return Object.assign(c, { byCode });
}

let cached: IndexedCatalog | undefined;

/** The validated, indexed catalog. Parsed and indexed on first use only. */
export function getCatalog(): IndexedCatalog {
  cached ??= indexCatalog(CatalogSchema.parse(assembleCatalog()));
  return cached;
}

export function lookup(code: string): Entry | undefined {
  return getCatalog().byCode.get(normalizeCode(code));
}
