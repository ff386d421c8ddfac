/**
 * Recomputes every subtotal and count the decision prints and reports where print and rows disagree. The
 * decision is never corrected: the printed figure stays in the data, the computed one sits beside it in a note.
 */
import type { GhgActionT, GhgSectorT, SourceNoteT, TaskGroupT } from "./schema";

/** Sums as printed have at most 2 decimals; compare at that precision to ignore binary noise. */
const round2 = (x: number): number => Math.round(x * 100) / 100;
const fmt = (x: number): string => String(round2(x));

export interface SectorTotals {
  code: GhgSectorT["code"];
  actions: number;
  budgetBillionVnd: number;
  ghgReductionKt: number;
}

/** Rows that make up a sector: its own actions, or for C the actions of C1–C5. */
export function actionsOfSector(code: GhgSectorT["code"], actions: readonly GhgActionT[]): GhgActionT[] {
  return actions.filter((a) => a.sector === code || (code === "C" && a.sector.startsWith("C")));
}

export function computeSectorTotals(sectors: readonly GhgSectorT[], actions: readonly GhgActionT[]): SectorTotals[] {
  return sectors.map((s) => {
    const rows = actionsOfSector(s.code, actions);
    return {
      code: s.code,
      actions: rows.length,
      budgetBillionVnd: round2(rows.reduce((sum, a) => sum + a.budgetBillionVnd, 0)),
      ghgReductionKt: round2(rows.reduce((sum, a) => sum + a.ghgReductionKt, 0)),
    };
  });
}

type Measure = "budgetBillionVnd" | "ghgReductionKt";
const PRINTED: Record<Measure, "printedBudgetBillionVnd" | "printedGhgKt"> = {
  budgetBillionVnd: "printedBudgetBillionVnd",
  ghgReductionKt: "printedGhgKt",
};
const LABEL: Record<Measure, { vi: string; en: string }> = {
  budgetBillionVnd: { vi: "kinh phí (tỷ đồng)", en: "budget (billion VND)" },
  ghgReductionKt: { vi: "giảm phát thải đến 2030 (nghìn tCO2)", en: "GHG reduction by 2030 (thousand tCO2)" },
};

function subtotalNotes(sectors: readonly GhgSectorT[], totals: readonly SectorTotals[]): SourceNoteT[] {
  const notes: SourceNoteT[] = [];
  // totals are computeSectorTotals(sectors, …): every sector has its total and every total its sector.
  const topLevel = totals.filter((t) => sectors.find((s) => s.code === t.code)!.parent === null);
  for (const sector of sectors) {
    const total = totals.find((t) => t.code === sector.code)!;
    for (const measure of ["budgetBillionVnd", "ghgReductionKt"] as const) {
      const printed = sector[PRINTED[measure]];
      const computed = total[measure];
      if (printed === null || round2(printed) === computed) continue;
      // A printed total that equals this sector plus another one is a common layout slip: say which.
      const plus = topLevel.find((o) => o.code !== sector.code && round2(computed + o[measure]) === round2(printed));
      const label = LABEL[measure];
      notes.push({
        id: `subtotal-${sector.code}-${measure === "budgetBillionVnd" ? "budget" : "ghg"}`,
        kind: "subtotal_mismatch",
        refs: [sector.code],
        source: sector.source,
        printed,
        computed,
        explanationVi:
          `Dòng tổng ${sector.code} in ${label.vi} là ${fmt(printed)}, nhưng cộng ${total.actions} dòng được ${fmt(computed)}` +
          (plus ? `; số in bằng tổng của ${sector.code} và ${plus.code} (${fmt(computed)} + ${fmt(plus[measure])}).` : ".") +
          " Danh mục giữ cả hai số.",
        explanationEn:
          `Subtotal ${sector.code} prints ${label.en} ${fmt(printed)}, but its ${total.actions} rows sum to ${fmt(computed)}` +
          (plus ? `; the printed figure equals ${sector.code} plus ${plus.code} (${fmt(computed)} + ${fmt(plus[measure])}).` : ".") +
          " The catalog keeps both.",
      });
    }
  }
  return notes;
}

function countNote(
  id: string,
  refs: string[],
  source: string,
  printed: number,
  computed: number,
  whatVi: string,
  whatEn: string,
): SourceNoteT {
  return {
    id,
    kind: "count_mismatch",
    refs,
    source,
    printed,
    computed,
    explanationVi: `Văn bản ghi ${printed} ${whatVi}, nhưng phụ lục/danh sách có ${computed}. Danh mục giữ cả hai số.`,
    explanationEn: `The text states ${printed} ${whatEn}, but the appendix/list has ${computed}. The catalog keeps both.`,
  };
}

function countNotes(taskGroups: readonly TaskGroupT[], actions: readonly GhgActionT[]): SourceNoteT[] {
  const notes: SourceNoteT[] = [];
  for (const group of taskGroups) {
    if (group.printedActivityCount === null) continue;
    const own = actions.filter((a) => a.taskGroup === group.id);
    // 1.3 and 1.4 are carried out through appendix actions; the others list their activities as bullets.
    const computed = own.length > 0 ? own.length : group.tasksVi.length;
    if (computed !== group.printedActivityCount) {
      notes.push(
        countNote(
          `count-${group.id}`,
          [group.id],
          group.source,
          group.printedActivityCount,
          computed,
          `hoạt động trong nhóm ${group.sourceLabel}`,
          `activities in task group ${group.sourceLabel}`,
        ),
      );
    }
    for (const [sector, printed] of Object.entries(group.printedSectorCounts ?? {})) {
      const inSector = own.filter((a) => a.sector === sector).length;
      if (inSector !== printed) {
        notes.push(
          countNote(
            `count-${group.id}-${sector}`,
            [group.id, sector],
            group.source,
            printed,
            inSector,
            `hoạt động lĩnh vực ${sector}`,
            `activities in sector ${sector}`,
          ),
        );
      }
    }
  }
  return notes;
}

/** Every generated note: subtotal mismatches, then count mismatches. */
export function computedSourceNotes(
  sectors: readonly GhgSectorT[],
  actions: readonly GhgActionT[],
  taskGroups: readonly TaskGroupT[],
): SourceNoteT[] {
  return [...subtotalNotes(sectors, computeSectorTotals(sectors, actions)), ...countNotes(taskGroups, actions)];
}
