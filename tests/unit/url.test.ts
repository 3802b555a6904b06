import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeView, encodeView, type DecodeContext } from '../../src/state/url';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { stateResolver } from '../../src/state/resolve';
import { parseDay } from '../../src/core/date';
import { states } from './fixture';

const ctx: DecodeContext = { resolveState: stateResolver(states.values()), minDay: parseDay('1945-01-01')!, maxDay: parseDay('2026-11-24')! };
const decode = (q: string) => decodeView(q, ctx);

describe('decodeView', () => {
  it("decodeView('?state=XKX&date=2021-02-01&country=ISR') restores that view", () => {
    expect(decode('?state=XKX&date=2021-02-01&country=ISR')).toEqual({
      view: { ...DEFAULT_VIEW, state: 'XKX', date: parseDay('2021-02-01'), country: 'ISR' },
      dropped: [],
    });
  });
  it("decodeView('') is the default view: Kosovo, latest", () => {
    expect(decode('')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
  });
  it('accepts lower-case codes, names and year-only dates, and encodes them canonically', () => {
    const { view, dropped } = decode('?state=israel&country=usa&date=1949');
    expect(dropped).toEqual([]);
    expect(encodeView(view)).toBe('state=ISR&date=1949-01-01&country=USA');
    expect(decode('?state=Zaire').view.state).toBe('COD');
  });
  it('drops an impossible date, an unknown code and an unknown parameter, and says why', () => {
    const { view, dropped } = decode('?date=2021-02-30&state=ZZZ&foo=1');
    expect(view).toEqual(DEFAULT_VIEW);
    expect(dropped.map((d) => d.param)).toEqual(['date', 'state', 'foo']);
    expect(dropped[0]!.reason).toMatch(/not a real date/);
  });
  it('clamps a date out of range and reports it', () => {
    const { view, dropped } = decode('?date=1800-01-01');
    expect(view.date).toBe(ctx.minDay);
    expect(dropped).toHaveLength(1);
  });
  it('keeps the first of a repeated parameter', () => {
    const { view, dropped } = decode('?state=ISR&state=XKX');
    expect(view.state).toBe('ISR');
    expect(dropped).toEqual([{ param: 'state', value: 'XKX', reason: 'given twice; the first one counts' }]);
  });
  it('reports a malformed escape instead of throwing', () => {
    const { dropped } = decode('?state=%E0%A4%A&date=%');
    expect(dropped.map((d) => d.param)).toEqual(['state', 'date']);
  });
  it('reads map=zoom/lat/lon and projection', () => {
    const { view } = decode('?map=3.5/31.77/35.21&projection=mercator&view=table&embed=1');
    expect(view).toMatchObject({ camera: { zoom: 3.5, lat: 31.77, lon: 35.21 }, projection: 'mercator', mode: 'table', embed: true });
  });
  it('drops a country that is the selected state itself', () => {
    expect(decode('?state=ISR&country=ISR').view.country).toBeNull();
  });
});

describe('encodeView', () => {
  it('encodeView(DEFAULT_VIEW) is empty: only what differs from the defaults', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
  });
  it("encodeView({...DEFAULT_VIEW, state: 'ISR', date}) is 'state=ISR&date=2021-02-01'", () => {
    expect(encodeView({ ...DEFAULT_VIEW, state: 'ISR', date: parseDay('2021-02-01') })).toBe('state=ISR&date=2021-02-01');
  });
});

const codes = [...states.keys()];
const anyDay = fc.integer({ min: ctx.minDay, max: ctx.maxDay });
const validView: fc.Arbitrary<View> = fc
  .record({
    state: fc.constantFrom(...codes),
    date: fc.option(anyDay),
    country: fc.option(fc.constantFrom(...codes)),
    compare: fc.option(anyDay),
    mode: fc.constantFrom('map', 'table' as const),
    embed: fc.boolean(),
    camera: fc.option(fc.record({ zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100), lat: fc.integer({ min: -850000, max: 850000 }).map((v) => v / 10000), lon: fc.integer({ min: -1800000, max: 1800000 }).map((v) => v / 10000) })),
    projection: fc.constantFrom('equal-earth', 'mercator' as const),
  })
  .map((v) => ({ ...v, country: v.country === v.state ? null : v.country }));

describe('properties', () => {
  it('decode(encode(view)) == view for every valid view', () => {
    fc.assert(fc.property(validView, (view) => {
      const { view: back, dropped } = decode(`?${encodeView(view)}`);
      expect(dropped).toEqual([]);
      expect(back).toEqual(view);
    }), { numRuns: 2000 });
  });

  const param = fc.constantFrom('state', 'date', 'country', 'compare', 'view', 'embed', 'map', 'projection', 'STATE', 'Date', 'x', '', '%', '%zz', 'state%00');
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('XKX', 'isr', 'kosovo', '2021-02-30', '2021-02-01', '1949', '99999-01-01', '%E0%A4%A', '%', '1/2/3', 'NaN/NaN/NaN', 'mercator', 'table', '1', '<script>alert(1)</script>'),
    fc.string({ minLength: 150, maxLength: 400 }),
    anyDay.map((d) => String(d)),
  );
  const query = fc.array(fc.tuple(param, value, fc.boolean()), { maxLength: 12 }).map((pairs) =>
    pairs.map(([k, v, raw]) => `${k}=${raw ? v : encodeURIComponent(v)}`).join('&'),
  );

  it('never throws, always yields a valid view, and reports what it dropped (random, truncated, garbled links)', () => {
    fc.assert(fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'binary' }), query.map((q) => q.slice(0, Math.floor(q.length / 2)))), (q) => {
      const { view, dropped } = decode(`?${q}`);
      expect(codes).toContain(view.state);
      if (view.country !== null) expect(codes).toContain(view.country);
      expect(view.country).not.toBe(view.state);
      for (const d of [view.date, view.compare]) if (d !== null) expect(d >= ctx.minDay && d <= ctx.maxDay).toBe(true);
      // The canonical form of whatever came in decodes to itself with nothing dropped.
      const again = decode(`?${encodeView(view)}`);
      expect(again).toEqual({ view, dropped: [] });
      for (const d of dropped) expect(typeof d.reason).toBe('string');
    }), { numRuns: 3000 });
  });
});
