/**
 * Benchmark harness: every goal compares a candidate with a baseline measured in the same run, on the same
 * machine, so the ratio means something even where absolute times are noisy. Times are medians of repetitions
 * after a warm-up.
 */
import { performance } from "perf_hooks";

export interface GoalResult {
  goal: string;
  baseline: string;
  candidate: string;
  baselineValue: number;
  candidateValue: number;
  unit: string;
  /** candidate / baseline; the goal is met when ratio ≤ maxRatio. */
  maxRatio: number;
  /** An absolute ceiling on the candidate as well (e.g. 1024 MB of memory), when the goal has one. */
  limit?: number;
  details?: string;
}

export interface BenchOptions {
  quick: boolean;
}

export const meetsGoal = (r: GoalResult): boolean =>
  r.candidateValue / r.baselineValue <= r.maxRatio && (r.limit === undefined || r.candidateValue <= r.limit);

export type Goal = (options: BenchOptions) => Promise<GoalResult[]> | GoalResult[];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` once to warm up, then `repetitions` times; returns the median duration in ms. */
export function timeMedian(fn: () => void, repetitions: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
