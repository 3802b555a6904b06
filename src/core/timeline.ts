// A headless timeline controller (after OWID grapher's): the slider, the keys and the play button
// all move the day through these pure functions, so their rules are tested without a DOM.
import { addYears } from './date';

export interface Timeline {
  min: number;
  max: number;
  /** Days on which something happens, ascending. */
  ticks: readonly number[];
}

/** `clamp({min: 0, max: 10, ticks: []}, 12)` → 10. */
export function clamp(timeline: Timeline, day: number): number {
  if (Number.isNaN(day)) return timeline.max;
  return Math.min(timeline.max, Math.max(timeline.min, Math.round(day)));
}

export function stepDays(timeline: Timeline, day: number, days: number): number {
  return clamp(timeline, day + days);
}

export function stepYears(timeline: Timeline, day: number, years: number): number {
  return clamp(timeline, addYears(day, years));
}

/** The first tick after `day`, or `day` when there is none. */
export function nextTick(timeline: Timeline, day: number): number {
  return clamp(timeline, timeline.ticks.find((t) => t > day) ?? day);
}

/** The last tick before `day`, or the start when there is none. */
export function previousTick(timeline: Timeline, day: number): number {
  for (let i = timeline.ticks.length - 1; i >= 0; i--) {
    const tick = timeline.ticks[i]!;
    if (tick < day) return clamp(timeline, tick);
  }
  return timeline.min;
}

/**
 * One frame of playback: advance by `daysPerSecond * seconds`, and stop at the end.
 * Playing from the end starts again at the beginning.
 */
export function playStep(timeline: Timeline, day: number, seconds: number, daysPerSecond: number): { day: number; playing: boolean } {
  if (day >= timeline.max) return { day: timeline.min, playing: true };
  const next = clamp(timeline, day + Math.max(1, Math.round(seconds * daysPerSecond)));
  return { day: next, playing: next < timeline.max };
}
