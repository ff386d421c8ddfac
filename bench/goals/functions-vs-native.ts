/**
 * Goal: recalculating 10,000 =TTX.PROGRESS cells in HyperFormula costs at most 2× the native formula
 * doing the same lookup and division, =B2/INDEX(Targets!B:B, MATCH(A2, Targets!A:A, 0)), in the same run.
 * Both sheets hold the same codes and actuals; the targets table holds, per code, the figure TTX.PROGRESS
 * compares with (the first figure of the final milestone), so both columns must compute the same numbers, which
 * the goal checks before it reports a ratio. Every formula multiplies its actual by one factor cell (Data!E1), so
 * one edit of that cell recalculates all formula cells: the time measured is formula evaluation, not the cost of
 * thousands of separate cell edits (which would be the same for both and hide the difference).
 */
import { HyperFormula } from "hyperformula";
import { getCatalog } from "../../src/core/plan/catalog";
import { measuresOf, milestonesFor } from "../../src/core/plan/milestones";
import { registerTtxPlugin } from "../../src/hyperformula/ttx-plugin";
import { timeMedian, type Goal } from "../harness";

const LICENSE = { licenseKey: "gpl-v3" };

function targetsTable(): [string, number][] {
  const rows: [string, number][] = [];
  for (const entry of getCatalog().byCode.values()) {
    const first = milestonesFor(measuresOf(entry))?.measures[0];
    if (first && first.value !== 0 && !rows.some(([code]) => code === entry.code)) rows.push([entry.code, first.value]);
  }
  return rows;
}

function buildSheets(rows: number, formula: (r: number) => string, targets: [string, number][]) {
  const data: (string | number | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const [code, value] = targets[i % targets.length]!;
    // At least 1: a number between 0 and 1 on a percentage row is named as "20% stored as a fraction" (#VALUE!), not a share.
    data.push([code, Math.max(1, Math.round(value * (((i % 97) + 1) / 50) * 100) / 100), formula(i + 1)]);
  }
  data[0]!.push(null, 1); // E1: the factor every formula uses
  return HyperFormula.buildFromSheets({ Data: data, Targets: targets }, LICENSE);
}

export const functionsVsNative: Goal = ({ quick }) => {
  registerTtxPlugin();
  const rows = quick ? 500 : 10_000;
  const repetitions = quick ? 3 : 7;
  const targets = targetsTable();
  const n = targets.length;
  const native = buildSheets(rows, (r) => `=(B${r}*$E$1)/INDEX(Targets!$B$1:$B$${n},MATCH(A${r},Targets!$A$1:$A$${n},0))`, targets);
  const ttx = buildSheets(rows, (r) => `=TTX.PROGRESS(A${r},B${r}*$E$1)`, targets);

  // Same numbers from both, or the comparison means nothing.
  const a = native.getSheetValues(0);
  const b = ttx.getSheetValues(0);
  for (let i = 0; i < rows; i++) {
    const x = a[i]?.[2];
    const y = b[i]?.[2];
    if (typeof x !== "number" || typeof y !== "number" || Math.abs(x - y) > 1e-9) {
      throw new Error(`row ${i + 1}: native ${String(x)} ≠ TTX ${String(y)}`);
    }
  }

  // Recalculation: a new factor in E1 recomputes every formula cell.
  let round = 0;
  const recalc = (hf: HyperFormula) => () => {
    round++;
    const changes = hf.setCellContents({ sheet: hf.getSheetId("Data")!, row: 0, col: 4 }, [[1 + (round % 7) / 10]]);
    if (changes.length < rows) throw new Error(`only ${changes.length} cells recalculated`);
  };
  const baseline = timeMedian(recalc(native), repetitions);
  const candidate = timeMedian(recalc(ttx), repetitions);
  return [
    {
      goal: `Recalculate ${rows.toLocaleString("en")} TTX.PROGRESS cells (HyperFormula)`,
      baseline: "native INDEX/MATCH + division",
      candidate: "=TTX.PROGRESS(code, actual)",
      baselineValue: baseline,
      candidateValue: candidate,
      unit: "ms",
      maxRatio: 2,
      details: `${targets.length} codes with milestones, ${repetitions} repetitions, median`,
    },
  ];
};
