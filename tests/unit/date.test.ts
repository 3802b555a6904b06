import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears, dayFromParts, endOfPeriod, formatDate, formatDay, isoDay, parseDate, parseDay } from '../../src/core/date';

describe('parseDate', () => {
  it("parseDate('2021-02-01') is a day-precision date", () => {
    expect(parseDate('2021-02-01')).toEqual({ day: 18659, precision: 'day', text: '2021-02-01' });
  });
  it("parseDate('2008-08') is the month, starting on its first day", () => {
    expect(parseDate('2008-08')).toEqual({ day: dayFromParts(2008, 8, 1), precision: 'month', text: '2008-08' });
  });
  it("parseDate('1949') is the year", () => {
    expect(parseDate('1949')?.precision).toBe('year');
    expect(isoDay(parseDate('1949')!.day)).toBe('1949-01-01');
  });
  it.each(['2021-02-30', '2021-13-01', '2021-00-10', '1900-02-29', '21-02-01', '2021-2-1', '', 'x', '2021-02-01T00:00'])("parseDate('%s') is null", (text) => {
    expect(parseDate(text)).toBeNull();
  });
  it("parseDate('2000-02-29') exists (a leap year)", () => {
    expect(parseDate('2000-02-29')).not.toBeNull();
  });
});

describe('days', () => {
  it("isoDay(parseDay('1948-05-14')) round-trips", () => {
    expect(isoDay(parseDay('1948-05-14')!)).toBe('1948-05-14');
  });
  it('isoDay and parseDay are inverse over four centuries', () => {
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 80_000 }), (day) => parseDay(isoDay(day)) === day));
  });
  it("parseDay('2008') is null: only full days", () => {
    expect(parseDay('2008')).toBeNull();
  });
  it("endOfPeriod(parseDate('2008')) is 2009-01-01; of '2008-12' too; of a day, the next day", () => {
    expect(isoDay(endOfPeriod(parseDate('2008')!))).toBe('2009-01-01');
    expect(isoDay(endOfPeriod(parseDate('2008-12')!))).toBe('2009-01-01');
    expect(isoDay(endOfPeriod(parseDate('2008-02-17')!))).toBe('2008-02-18');
  });
  it('formatDay and formatDate say as much as is known', () => {
    expect(formatDay(parseDay('2021-02-01')!)).toBe('1 February 2021');
    expect(formatDate(parseDate('2008-08')!)).toBe('August 2008');
    expect(formatDate(parseDate('1949')!)).toBe('1949');
  });
  it("addYears(2020-02-29, 1) is 2021-02-28", () => {
    expect(isoDay(addYears(parseDay('2020-02-29')!, 1))).toBe('2021-02-28');
    expect(isoDay(addYears(parseDay('2021-02-01')!, -1))).toBe('2020-02-01');
  });
});
