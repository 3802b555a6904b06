import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clamp, nextTick, playStep, previousTick, stepDays, stepYears, type Timeline } from '../../src/core/timeline';
import { isoDay, parseDay } from '../../src/core/date';

const t: Timeline = { min: 0, max: 100, ticks: [10, 20, 50] };

describe('timeline', () => {
  it('clamp(t, 120) is 100; clamp(t, -5) is 0; clamp(t, NaN) is the end', () => {
    expect(clamp(t, 120)).toBe(100);
    expect(clamp(t, -5)).toBe(0);
    expect(clamp(t, Number.NaN)).toBe(100);
  });
  it('stepDays(t, 99, 1) is 100 and stops there', () => {
    expect(stepDays(t, 99, 1)).toBe(100);
    expect(stepDays(t, 100, 1)).toBe(100);
  });
  it('stepYears moves one calendar year', () => {
    const long: Timeline = { min: parseDay('1948-05-14')!, max: parseDay('2026-11-24')!, ticks: [] };
    expect(isoDay(stepYears(long, parseDay('2021-02-01')!, 1))).toBe('2022-02-01');
    expect(isoDay(stepYears(long, parseDay('1948-12-01')!, -1))).toBe('1948-05-14');
  });
  it('nextTick(t, 10) is 20; nextTick(t, 50) stays; previousTick(t, 20) is 10; previousTick(t, 5) is the start', () => {
    expect(nextTick(t, 10)).toBe(20);
    expect(nextTick(t, 50)).toBe(50);
    expect(previousTick(t, 20)).toBe(10);
    expect(previousTick(t, 5)).toBe(0);
  });
  it('playStep advances and stops at the end', () => {
    expect(playStep(t, 0, 0.1, 100)).toEqual({ day: 10, playing: true });
    expect(playStep(t, 95, 0.1, 100)).toEqual({ day: 100, playing: false });
  });
  it('every step stays inside the timeline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -500, max: 500 }), (day, by) => {
        const d = stepDays(t, day, by);
        return d >= t.min && d <= t.max && Number.isInteger(d);
      }),
    );
  });
});
