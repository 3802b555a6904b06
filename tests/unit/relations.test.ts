import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLensIndex, changeDays, countsOn, historyOf, standingOn } from '../../src/core/relations';
import { featureOwners, emptyPaint, hatchableFeatures, paintOn, standingForLand } from '../../src/core/features';
import { CATEGORY_INDEX } from '../../src/core/categories';
import { isoDay, parseDay } from '../../src/core/date';
import { nameOn, toEvent } from '../../src/core/dataset';
import { EVENTS, events, lens, states } from './fixture';

const day = (text: string) => parseDay(text)!;
const kosovo = buildLensIndex(states, 'XKX', events, lens('XKX'));
const completeKosovo = buildLensIndex(states, 'XKX', events, { ...lens('XKX'), complete: true });
const israel = buildLensIndex(states, 'ISR', events, lens('ISR'));
const category = (index: typeof kosovo, code: string, date: string) => standingOn(index, code, day(date)).category;

describe('standingOn, the Kosovo lens', () => {
  it("USA on 2008-03-01 is 'recognises'; on 2008-02-17 'none'", () => {
    expect(category(kosovo, 'USA', '2008-03-01')).toBe('recognises');
    expect(category(kosovo, 'USA', '2008-02-17')).toBe('none');
  });
  it("ISR is 'none' on 2020-01-01, 'recognises' on 2020-09-04, 'relations' on 2021-02-01", () => {
    expect(category(kosovo, 'ISR', '2020-01-01')).toBe('none');
    expect(category(kosovo, 'ISR', '2020-09-04')).toBe('recognises');
    expect(category(kosovo, 'ISR', '2021-01-31')).toBe('recognises');
    expect(category(kosovo, 'ISR', '2021-02-01')).toBe('relations');
  });
  it("SRB is 'claimant'; ESP is 'none' (listed as not recognising); EGY is 'unknown' (no data)", () => {
    expect(category(kosovo, 'SRB', '2021-02-01')).toBe('claimant');
    expect(category(kosovo, 'ESP', '2021-02-01')).toBe('none');
    expect(category(kosovo, 'EGY', '2021-02-01')).toBe('unknown');
  });
  it("in a lens marked complete, a UN member with no data yet is 'none', not 'unknown'", () => {
    expect(category(completeKosovo, 'EGY', '2021-02-01')).toBe('none');
    expect(category(kosovo, 'EGY', '2021-02-01')).toBe('unknown');
  });
  it("SUR withdrew on 2017-10-27, disputed", () => {
    expect(category(kosovo, 'SUR', '2017-01-01')).toBe('recognises');
    const s = standingOn(kosovo, 'SUR', day('2017-10-27'));
    expect(s.category).toBe('withdrawn');
    expect(s.disputed).toBe(true);
  });
  it("everything is 'notstate' before 2008-02-17, including Kosovo itself; Kosovo is 'self' after", () => {
    expect(category(kosovo, 'USA', '2008-02-16')).toBe('notstate');
    expect(category(kosovo, 'XKX', '2008-02-16')).toBe('notstate');
    expect(category(kosovo, 'XKX', '2008-02-17')).toBe('self');
  });
  it('countsOn(kosovo, 2021-02-01) counts each existing state once', () => {
    const counts = countsOn(kosovo, day('2021-02-01'));
    expect(counts).toMatchObject({ relations: 1, recognises: 1, withdrawn: 1, claimant: 1, none: 1, unknown: 5 });
    expect(counts.notstate).toBe(0);
  });
});

describe('standingOn, the Israel lens', () => {
  it('a year-only date takes effect on 1 January: Egypt has relations from 1980-01-01', () => {
    expect(category(israel, 'EGY', '1979-12-31')).toBe('none');
    expect(standingOn(israel, 'EGY', day('1980-01-01'))).toMatchObject({ category: 'relations', since: day('1980-01-01') });
  });
  it('the USSR broke relations in 1967 and restored them in 1991; Russia inherits on 1991-12-26', () => {
    expect(category(israel, 'SUN', '1960-01-01')).toBe('relations');
    expect(category(israel, 'SUN', '1970-01-01')).toBe('severed');
    expect(category(israel, 'SUN', '1991-11-01')).toBe('relations');
    expect(category(israel, 'RUS', '1991-12-25')).toBe('notstate');
    expect(category(israel, 'RUS', '1991-12-26')).toBe('relations');
  });
  it("a month date takes effect at the later of its start and the day both parties exist: Ukraine '1991-12'", () => {
    expect(standingOn(israel, 'UKR', day('1991-12-01')).category).toBe('relations');
  });
  it('the USA keeps its embassy in Jerusalem from 2018-05-14: an embassy implies relations', () => {
    expect(standingOn(israel, 'USA', day('2018-05-13')).category).toBe('recognises');
    expect(standingOn(israel, 'USA', day('2018-05-14'))).toMatchObject({ category: 'relations', embassyCity: 'Jerusalem' });
  });
  it('historyOf(israel, RUS) includes the Soviet events, in order', () => {
    expect(historyOf(israel, 'RUS').map((h) => h.event.id)).toEqual([
      'sun-isr-relations-established-1948-05-17',
      'sun-isr-relations-severed-1967-06-10',
      'sun-isr-relations-restored-1991-10-18',
    ]);
  });
});

describe('a first break or withdrawal', () => {
  const extra = [
    toEvent({ id: 'esp-isr-relations-severed-1970', date: '1970', type: 'relations-severed', actor: 'ESP', target: 'ISR', sources: EVENTS[0]!.sources }),
    toEvent({ id: 'egy-xkx-recognition-withdrawn-2019', date: '2019', type: 'recognition-withdrawn', actor: 'EGY', target: 'XKX', sources: EVENTS[0]!.sources }),
  ];
  it('a break with nothing before it means relations held until then', () => {
    const index = buildLensIndex(states, 'ISR', [...events, ...extra], lens('ISR'));
    expect(category(index, 'ESP', '1960-01-01')).toBe('relations');
    expect(category(index, 'ESP', '1970-01-01')).toBe('severed');
  });
  it('a withdrawal with nothing before it means recognition held until then', () => {
    const index = buildLensIndex(states, 'XKX', [...events, ...extra], lens('XKX'));
    expect(category(index, 'EGY', '2018-01-01')).toBe('recognises');
    expect(category(index, 'EGY', '2019-01-01')).toBe('withdrawn');
  });
});

describe('standingForLand', () => {
  it("Ukraine's land in 1970 shows the Soviet Union's standing, hatched", () => {
    const { standing, viaParent } = standingForLand(israel, states.get('UKR')!, day('1970-01-01'));
    expect(standing.category).toBe('severed');
    expect(viaParent?.code).toBe('SUN');
  });
  it('paintOn paints territories in their state\'s colour and hatches federation members', () => {
    const ids = ['USA', 'PRI', 'UKR', 'ATA'];
    const paint = emptyPaint(ids.length);
    paintOn(israel, featureOwners(states.values(), ids), day('1970-01-01'), 'Jerusalem', paint);
    expect([...paint.category]).toEqual([CATEGORY_INDEX.recognises, CATEGORY_INDEX.recognises, CATEGORY_INDEX.severed, CATEGORY_INDEX.notstate]);
    expect([...paint.hatched]).toEqual([0, 0, 1, 0]);
  });

  it("hatchableFeatures(israel, owners of ['USA', 'PRI', 'UKR', 'ATA']) is [2]: only Ukraine can ever be hatched", () => {
    expect(hatchableFeatures(israel, featureOwners(states.values(), ['USA', 'PRI', 'UKR', 'ATA']))).toEqual([2]);
  });
});

describe('nameOn', () => {
  it("the Democratic Republic of the Congo is 'Zaire' in 1980", () => {
    expect(nameOn(states.get('COD')!, day('1980-01-01'))).toBe('Zaire');
    expect(nameOn(states.get('COD')!, day('2000-01-01'))).toBe('Democratic Republic of the Congo');
  });
});

// Properties over random events between the fixture's states.
const codes = [...states.keys()];
const arbitraryEvent = fc
  .record({
    actor: fc.constantFrom(...codes),
    target: fc.constantFrom(...codes),
    type: fc.constantFrom('recognition', 'recognition-withdrawn', 'relations-established', 'relations-severed', 'relations-restored', 'embassy-opened', 'embassy-closed' as const),
    day: fc.integer({ min: day('1945-01-01'), max: day('2026-01-01') }),
    precision: fc.constantFrom('day', 'month', 'year'),
    n: fc.nat(),
  })
  .filter((r) => r.actor !== r.target)
  .map((r) => {
    const iso = isoDay(r.day);
    const date = r.precision === 'day' ? iso : r.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    return toEvent({ id: `random-${r.n}`, date, type: r.type, actor: r.actor, target: r.target, ...(r.type === 'embassy-opened' ? { city: 'Jerusalem' } : {}), sources: EVENTS[0]!.sources });
  });

describe('properties', () => {
  it('a category changes only on a day an event of the pair takes effect or a party begins or ends', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), fc.constantFrom('XKX', 'ISR'), (extra, lensCode) => {
        const index = buildLensIndex(states, lensCode, [...events, ...extra], lens(lensCode));
        for (const other of index.others) {
          const allowed = new Set<number>(historyOf(index, other.code).map((h) => h.effective));
          for (const s of [index.lens, other]) [s.exists.from, s.exists.until].forEach((d) => allowed.add(d));
          for (const d of changeDays(index)) {
            const before = standingOn(index, other.code, d - 1).category;
            const after = standingOn(index, other.code, d).category;
            if (before !== after && !allowed.has(d)) return false;
          }
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  // Two changes are allowed, both because the new event tells about the time before it: a pair with
  // no data at all ('unknown') gains its first event, so the country had not recognised before it
  // ('none'); or the added event becomes the pair's first relations or recognition event, which is
  // what the engine reads the time before the data from (a first break: relations held before it; a
  // first establishment, even on the day of a break: they did not; a first withdrawal of its own
  // recognition: the country recognised before it).
  it('adding an event after day d never changes the answer for d, unless it tells of the time before', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 20 }), arbitraryEvent, fc.integer({ min: day('1948-01-01'), max: day('2025-12-31') }), fc.boolean(), (base, added, d, complete) => {
        fc.pre(added.date.day > d);
        const curated = { ...lens('ISR'), complete };
        const before = buildLensIndex(states, 'ISR', [...events, ...base], curated);
        const after = buildLensIndex(states, 'ISR', [...events, ...base, added], curated);
        const firstOfItsKind = (code: string) => {
          const kind = added.type.startsWith('relations') ? 'relations' : 'recognition';
          // Recognition speaks of the time before only when it is the country's own, toward the lens.
          const first = historyOf(after, code).find((h) => h.event.type.startsWith(kind) && (kind === 'relations' || h.event.target === 'ISR'));
          return first?.event === added;
        };
        return before.others.every((s) => {
          const was = standingOn(before, s.code, d).category;
          const is = standingOn(after, s.code, d).category;
          const involved = historyOf(after, s.code).some((h) => h.event === added);
          return was === is || (involved && ((was === 'unknown' && historyOf(before, s.code).length === 0) || firstOfItsKind(s.code)));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('relations imply recognition: never "none" or "unknown" while relations hold', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), fc.integer({ min: day('1948-05-14'), max: day('2026-01-01') }), (extra, d) => {
        const index = buildLensIndex(states, 'ISR', [...events, ...extra], lens('ISR'));
        return index.others.every((s) => {
          const c = standingOn(index, s.code, d).category;
          const history = historyOf(index, s.code).filter((h) => h.effective <= d);
          const last = history.filter((h) => h.event.type.startsWith('relations') || h.event.type === 'recognition-withdrawn').at(-1);
          const active = last !== undefined && (last.event.type === 'relations-established' || last.event.type === 'relations-restored');
          return !active || c === 'relations' || c === 'notstate';
        });
      }),
      { numRuns: 100 },
    );
  });
});
