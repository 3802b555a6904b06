// The counts per category over time, for the chart: a step function sampled where it steps.
// Built once per lens (off the scrub path); the chart only moves its cursor while scrubbing.
import type { Category } from './categories';
import { changeDays, countsOn, type LensIndex } from './relations';

export interface CountStep {
  /** First day of this step. */
  day: number;
  counts: Record<Category, number>;
}

/** The counts on `min` and on every later day up to `max` on which they change. */
export function countSeries(index: LensIndex, min: number, max: number): CountStep[] {
  const steps: CountStep[] = [{ day: min, counts: countsOn(index, min) }];
  for (const day of changeDays(index)) {
    if (day <= min || day > max) continue;
    const counts = countsOn(index, day);
    const last = steps[steps.length - 1]!.counts;
    if (Object.keys(counts).some((c) => counts[c as Category] !== last[c as Category])) steps.push({ day, counts });
  }
  return steps;
}

/** The step in effect on `day` (the last one starting on or before it). */
export function stepOn(series: readonly CountStep[], day: number): CountStep | undefined {
  let found: CountStep | undefined;
  for (const step of series) {
    if (step.day > day) break;
    found = step;
  }
  return found;
}
