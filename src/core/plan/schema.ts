/**
 * Zod schemas for the plan catalog (Decision 337/QĐ-UBND, 2018). Types are inferred from these schemas, so the
 * data files cannot drift from what validation accepts. Every entry carries `source`: where in the decision it is
 * printed (section, bullet or appendix row), so any figure can be checked against the original.
 */
import { z } from "zod";

/** Where an entry is printed in the decision, e.g. "Điều 1, I.2.b, ý 7" or "Phụ lục I, C1, STT 1". */
const SourceRef = z.string().min(5);

const OrgUnitId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "org unit ids are UPPER_SNAKE");

/** A calendar date as YYYY-MM-DD: a month 01–12 and a day that month has (29 February only in a leap year). */
const IsoDate = z.iso.date();

const Comparator = z.enum([">=", ">", "<=", "=", "between"]);

/** Units used by targets and milestones. English/Vietnamese labels live in `units.ts`. */
export const Unit = z.enum(["percent", "ha", "MW", "communes", "times_baseline"]);

/**
 * One measurable figure: "trên 60%" → {comparator ">", value 60, unit percent}; "từ 5-8%" → {between, 5, max 8}.
 * A target with two numbers keeps two measures.
 */
export const Measure = z
  .object({
    comparator: Comparator,
    value: z.number(),
    max: z.number().optional(),
    unit: Unit,
    year: z.number().int().min(2017).max(2030),
    /** What is measured, short English (e.g. "urban areas with treatment"); empty when the entry says it. */
    subject: z.string().optional(),
  })
  .refine((m) => (m.comparator === "between") === (m.max !== undefined), {
    message: "'between' needs max, and only 'between' has max",
  })
  .refine((m) => m.max === undefined || m.max > m.value, { message: "max must exceed value" })
  // Every figure of the decision is a count, an area, a capacity or a share of at most 100%.
  .refine((m) => m.value >= 0, { message: "a measure is never negative" })
  .refine((m) => m.unit !== "percent" || (m.max ?? m.value) <= 100, { message: "a percentage is at most 100" });

const Phase = z
  .object({
    id: z.enum(["2017-2020", "2021-2030"]),
    start: z.number().int(),
    end: z.number().int(),
    source: SourceRef,
  })
  .refine((p) => p.id === `${p.start}-${p.end}`, { message: "a phase runs over the years of its id" });

const ReportingPeriod = z
  .object({
    id: z.enum(["H1", "annual"]),
    nameVi: z.string(),
    nameEn: z.string(),
    /** Due "trước ngày 05/6" / "trước ngày 05/12" each year: month and day of the deadline. */
    dueMonth: z.number().int().min(1).max(12),
    dueDay: z.number().int().min(1).max(31),
    source: SourceRef,
  })
  .refine((p) => p.dueDay <= new Date(Date.UTC(2001, p.dueMonth, 0)).getUTCDate(), {
    // Day 0 of the next month is the last of this one; 2001 has no 29 February, a deadline every year cannot either.
    message: "a due day within its month",
  });

const Review = z.object({
  kind: z.enum(["midterm", "final", "five_yearly"]),
  year: z.number().int().nullable(),
  source: SourceRef,
});

export const Decision = z.object({
  number: z.string(),
  issuer: z.string(),
  signedOn: IsoDate,
  titleVi: z.string(),
  titleEn: z.string(),
  signer: z.string(),
  proposedBy: OrgUnitId,
  focalPoint: OrgUnitId,
  legalBases: z.array(z.string()).min(1),
  phases: z.array(Phase).length(2),
  reportingPeriods: z.array(ReportingPeriod).length(2),
  reviews: z.array(Review),
  source: SourceRef,
});

export const GhgGoal = z.object({
  code: z.string(),
  year: z.number().int(),
  /** Reduction vs business-as-usual, percent. */
  totalPct: z.number(),
  voluntaryPct: z.number(),
  nationalSupportPct: z.number(),
  internationalSupportPct: z.number(),
  textVi: z.string(),
  source: SourceRef,
});

export const Target = z.object({
  code: z.string(),
  area: z.enum(["green_production", "green_lifestyle"]),
  textVi: z.string().min(10),
  labelEn: z.string().min(5),
  measures: z.array(Measure).min(1),
  source: SourceRef,
});

export const SolutionGroup = z.object({
  code: z.string(),
  number: z.number().int().min(1).max(8),
  titleVi: z.string(),
  titleEn: z.string(),
  /** Text before the bullets, where the decision has one (group 5). */
  introVi: z.string().optional(),
  /** The text splits most groups into 2017–2020 and 2021–2030; "all" where it does not. */
  phases: z.array(z.object({ phase: z.enum(["2017-2020", "2021-2030", "all"]), itemsVi: z.array(z.string().min(10)).min(1) })).min(1),
  source: SourceRef,
});

export const TaskGroup = z.object({
  /** Stable id. The decision prints "1.2" twice, so ids do not reuse the printed label. */
  id: z.string().regex(/^NV[1-6]$/),
  /** Label exactly as printed. */
  sourceLabel: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  introVi: z.string().optional(),
  tasksVi: z.array(z.string().min(10)),
  /** "Có 05 hoạt động", "Gồm 25 hoạt động": the count the text states, if any. */
  printedActivityCount: z.number().int().nullable(),
  /** Per-sector counts stated in the text (task group 1.3 only). */
  printedSectorCounts: z.record(z.string(), z.number().int()).optional(),
  note: z.string().optional(),
  source: SourceRef,
});

/** One activity bullet of a task group whose activities are not Appendix I actions (NV1, NV2, NV5, NV6). */
export const TaskItem = z.object({
  code: z.string().regex(/^NV[1-6]\.\d{1,2}$/),
  taskGroup: z.enum(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]),
  textVi: z.string().min(10),
  source: SourceRef,
});

/**
 * Who answers for a task-group activity (NV1.1…). The activities print no agency of their own; section IV of the
 * decision ("Tổ chức thực hiện") gives each department its part, so each assignment is our inference from one of
 * its lines, quoted in `basisVi`, with the reason.
 */
export const TaskResponsibility = z.object({
  code: z.string().regex(/^NV[1-6]\.\d{1,2}$/),
  lead: z.array(OrgUnitId).min(1),
  coordinating: z.array(OrgUnitId),
  /** The section IV item it rests on ("IV.3") and the words of that line. */
  section: z.string().regex(/^IV\.\d{1,2}$/),
  basisVi: z.string().min(10),
  reasonVi: z.string().min(10),
  reasonEn: z.string().min(10),
  inferred: z.literal(true),
});

export const GhgSector = z.object({
  code: z.enum(["A", "B", "C", "C1", "C2", "C3", "C4", "C5", "D"]),
  parent: z.enum(["C"]).nullable(),
  titleVi: z.string(),
  titleEn: z.string(),
  taskGroup: z.enum(["NV3", "NV4"]).nullable(),
  /** Subtotal row as printed (billion VND, thousand tCO2); null where the cell is blank. */
  printedBudgetBillionVnd: z.number().nullable(),
  printedGhgKt: z.number().nullable(),
  source: SourceRef,
});

const Priority = z.enum(["high", "medium", "not_given"]);

const FundingSource = z.enum([
  "own_capital", // vốn tự có (farmers, enterprises, people)
  "state_budget", // NSNN
  "local_budget", // NSĐP, ngân sách tỉnh
  "central_budget", // NSTW, hỗ trợ TW
  "oda",
  "international", // tổ chức quốc tế, nước ngoài
  "enterprise", // vốn doanh nghiệp, vốn vay của doanh nghiệp
  "private", // tư nhân
  "investor", // vốn chủ đầu tư
  "power_sector", // hỗ trợ của ngành điện
  "loans", // vốn vay
]);

export const GhgAction = z
  .object({
    /** Sector + printed number: "A.1", "C1.1", "C2.4", "D.12" (section C numbers run on across C1–C5). */
    code: z.string().regex(/^(A|B|C[1-5]|D)\.\d{1,2}$/),
    sector: z.enum(["A", "B", "C1", "C2", "C3", "C4", "C5", "D"]),
    sourceNo: z.number().int().min(1),
    nameVi: z.string(),
    nameEn: z.string(),
    targetVi: z.string(),
    milestones: z.array(Measure),
    agencyTextVi: z.string(),
    lead: z.array(OrgUnitId).min(1),
    coordinating: z.array(OrgUnitId),
    /** "Thực hiện:" parties of the C rows (enterprises, offices); described, not org units. */
    implementersVi: z.string().optional(),
    budgetBillionVnd: z.number().nonnegative(),
    ghgReductionKt: z.number().nonnegative(),
    priority: Priority,
    priorityTextVi: z.string(),
    fundingTextVi: z.string(),
    funding: z.array(FundingSource).min(1),
    taskGroup: z.enum(["NV3", "NV4"]),
    source: SourceRef,
  })
  .refine((a) => a.taskGroup === (a.sector === "D" ? "NV4" : "NV3"), {
    // Mục III.1 of the decision: 1.3 (giảm phát thải KNK) holds the 25 actions of sectors A–C, 1.4 (năng lượng tái
    // tạo, quá trình công nghiệp và rác thải) the 4 of sector D; an action reported under the other group is lost to its own.
    message: "a GHG action of sector D belongs to NV4, of sectors A–C to NV3 (Mục III.1.3–1.4)",
    path: ["taskGroup"],
  });

const Timeframe = z.object({
  text: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  yearly: z.boolean(),
  /** "2017-sau 2025": runs beyond `end`. */
  afterEnd: z.boolean(),
});

const Budget = z.object({
  text: z.string(),
  millionVnd: z.number().positive(),
});

export const Project = z.object({
  /** "DA" + printed number: "DA1.1" … "DA11.19" (printed numbers clash with task group labels). */
  code: z.string().regex(/^DA\d{1,2}\.\d{1,2}$/),
  group: z.number().int().min(1).max(11),
  sourceNo: z.string(),
  nameVi: z.string(),
  agencyTextVi: z.string(),
  agencies: z.array(OrgUnitId),
  budget: Budget,
  funding: z.object({
    local: z.boolean(),
    central: z.boolean(),
    other: z.boolean(),
    /** Text of the other source where the decision names it ("Cộng đồng", "Vốn hỗ trợ từ các tổ chức quốc tế"…). */
    otherVi: z.string().nullable(),
    /** The funding cells exactly as printed, in column order (local, central, other), shifted or not. */
    cellsVi: z.tuple([z.string(), z.string(), z.string()]),
  }),
  /** Task group this project reports under (see `project-groups.ts` for the reason per group). */
  taskGroup: z.enum(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]),
  timeframe: Timeframe,
  source: SourceRef,
});

export const ProjectGroup = z.object({
  number: z.number().int().min(1).max(11),
  titleVi: z.string(),
  titleEn: z.string(),
  /** The decision does not assign projects to task groups; this is our explicit, reasoned assignment. */
  taskGroup: z.enum(["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"]),
  taskGroupReasonEn: z.string().min(20),
  source: SourceRef,
});

const OrgKind = z.enum([
  "province_committee",
  "province_department",
  "province_agency",
  "district",
  "central_ministry",
  "association",
  "media",
  "company",
  "other",
]);

export const OrgUnit = z.object({
  id: OrgUnitId,
  nameVi: z.string(),
  nameEn: z.string(),
  abbr: z.string(),
  kind: OrgKind,
  /** Spellings printed in the decision that mean this unit (including its typos). */
  aliases: z.array(z.string()),
  /** Set only where the reorganisation is certain; reports of the old unit are attributed to this one. */
  successor: z.object({ id: OrgUnitId, effective: IsoDate, basis: z.string() }).optional(),
  /** The unit ceased to exist with no single successor (e.g. district level abolished 2025-07-01). */
  dissolved: z.object({ effective: IsoDate, basis: z.string() }).optional(),
  /** Established by the reorganisation: not in the 2018 decision itself. */
  establishedAfterDecision: z.boolean().default(false),
  /**
   * A collective name the decision uses ("UBND các huyện", "các tổ chức đoàn thể"): not a unit that reports. A row
   * given to it goes to every unit of `kind` existing on the report's due date, or to the `members` listed.
   */
  standsFor: z.object({ kind: OrgKind.optional(), members: z.array(OrgUnitId).optional(), basis: z.string() }).optional(),
  note: z.string().optional(),
});

/** Something in the source that does not add up or is ambiguous, recorded instead of silently fixed. */
export const SourceNote = z.object({
  id: z.string(),
  kind: z.enum(["subtotal_mismatch", "count_mismatch", "typo", "ambiguous", "layout", "duplicate"]),
  refs: z.array(z.string()).min(1),
  source: SourceRef,
  printed: z.union([z.number(), z.string()]).optional(),
  computed: z.union([z.number(), z.string()]).optional(),
  explanationVi: z.string(),
  explanationEn: z.string(),
});

/**
 * How units' figures for one item combine into the province's figure (docs/aggregation.md): "sum" adds every
 * unit's own figure; "lead" takes the lead unit's (chủ trì) figure; "max" the largest reported; "text" combines
 * nothing (a text row: each unit's words are listed in Detail). Budget disbursed is always summed.
 */
export const AggregationRule = z.enum(["sum", "lead", "max", "text"]);

/** The rule a measure unit implies, with its reason: the default for every item measured in that unit. */
export const UnitAggregation = z.object({
  unit: Unit,
  rule: AggregationRule,
  reasonVi: z.string().min(10),
  reasonEn: z.string().min(10),
});

/** An item whose target means something other than its unit's default, with the reason. */
export const AggregationOverride = z.object({
  code: z.string(),
  rule: AggregationRule,
  reasonVi: z.string().min(10),
  reasonEn: z.string().min(10),
  source: SourceRef,
});

export type MeasureT = z.infer<typeof Measure>;
export type UnitT = z.infer<typeof Unit>;
export type DecisionT = z.infer<typeof Decision>;
export type GhgGoalT = z.infer<typeof GhgGoal>;
export type TargetT = z.infer<typeof Target>;
export type SolutionGroupT = z.infer<typeof SolutionGroup>;
export type TaskGroupT = z.infer<typeof TaskGroup>;
export type GhgSectorT = z.infer<typeof GhgSector>;
export type TaskItemT = z.infer<typeof TaskItem>;
export type GhgActionT = z.infer<typeof GhgAction>;
export type ProjectT = z.infer<typeof Project>;
export type ProjectGroupT = z.infer<typeof ProjectGroup>;
export type OrgUnitT = z.input<typeof OrgUnit>;
export type TaskResponsibilityT = z.infer<typeof TaskResponsibility>;
export type SourceNoteT = z.infer<typeof SourceNote>;
export type AggregationRuleT = z.infer<typeof AggregationRule>;
export type UnitAggregationT = z.infer<typeof UnitAggregation>;
export type AggregationOverrideT = z.infer<typeof AggregationOverride>;
