import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLensIndex, countsOn } from '../../src/core/relations';
import { countSeries, stepOn } from '../../src/core/series';
import { isoDay, parseDay } from '../../src/core/date';
import { events, lens, states } from './fixture';

const day = (text: string) => parseDay(text)!;
const kosovo = buildLensIndex(states, 'XKX', events, lens('XKX'));

describe('countSeries', () => {
  it('countSeries(kosovo, 2008-02-17, 2021-12-31) steps on the days a category changes, not on the embassy opening', () => {
    const series = countSeries(kosovo, day('2008-02-17'), day('2021-12-31'));
    expect(series.map((s) => isoDay(s.day))).toEqual(['2008-02-17', '2008-02-18', '2016-07-08', '2017-10-27', '2020-09-04', '2021-02-01']);
    expect(series[1]!.counts.recognises).toBe(1);
    expect(series[3]!.counts.withdrawn).toBe(1);
    expect(series[5]!.counts.relations).toBe(1);
  });
  it('countSeries(kosovo, 2018-01-01, 2020-12-31) starts at its first day and stops at its last', () => {
    expect(countSeries(kosovo, day('2018-01-01'), day('2020-12-31')).map((s) => isoDay(s.day))).toEqual(['2018-01-01', '2020-09-04']);
  });
  it('stepOn(series, d).counts equals countsOn(index, d) for any day in range (property)', () => {
    const [min, max] = [day('2008-02-17'), day('2026-01-01')];
    const series = countSeries(kosovo, min, max);
    fc.assert(fc.property(fc.integer({ min, max }), (d) => {
      expect(stepOn(series, d)?.counts).toEqual(countsOn(kosovo, d));
    }), { numRuns: 500 });
  });
  it('stepOn(series, d) is undefined before the first step', () => {
    expect(stepOn(countSeries(kosovo, day('2010-01-01'), day('2011-01-01')), day('2009-01-01'))).toBeUndefined();
  });
});
