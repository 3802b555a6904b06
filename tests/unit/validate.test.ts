// A catalogue of broken datasets: each must fail with a message that names file, record and field.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadData, lineColumn } from '../../scripts/data';
import { formatProblem } from '../../src/core/validate';
import type { EventRecord, EventsFile, StatesFile } from '../../src/core/types';
import { EVENTS, LENSES, STATES } from './fixture';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataset(files: { states?: unknown; events?: unknown; rawEvents?: string }): string[] {
  const root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  dirs.push(root);
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds', 'fixture.txt'), 'a seed report');
  for (const schema of ['states.schema.json', 'events.schema.json']) cpSync(join('data', schema), join(root, 'data', schema));
  writeFileSync(join(root, 'data', 'states.json'), JSON.stringify(files.states ?? { states: STATES }));
  writeFileSync(join(root, 'data', 'events.json'), files.rawEvents ?? JSON.stringify(files.events ?? { asOf: '2026-11-24', lenses: LENSES, events: EVENTS }));
  return loadData(root).problems.map(formatProblem);
}

const withEvent = (change: Partial<EventRecord> & Record<string, unknown>, index = 0): EventsFile => ({
  asOf: '2026-11-24',
  lenses: LENSES,
  events: EVENTS.map((e, i) => (i === index ? ({ ...e, ...change } as EventRecord) : e)),
});
const addEvent = (e: EventRecord): EventsFile => ({ asOf: '2026-11-24', lenses: LENSES, events: [...EVENTS, e] });
const src = EVENTS[0]!.sources;

describe('loadData', () => {
  it('accepts the fixture dataset', () => {
    expect(dataset({})).toEqual([]);
  });

  const cases: [string, Parameters<typeof dataset>[0], RegExp][] = [
    ['bad JSON, with line and column', { rawEvents: '{\n  "asOf": "2026-11-24",\n  "events": [,]\n}' }, /^data\/events\.json: line 3, column \d+: \(syntax\): not valid JSON/],
    ['a schema error: an unknown field', { events: withEvent({ colour: 'red' }) }, /^data\/events\.json: events\[0\] \(usa-xkx-recognition-2008-02-18\): \(record\): must NOT have additional properties \(colour\)/],
    ['a schema error: an unknown type', { events: withEvent({ type: 'recognised' as never }) }, /events\[0\] \(usa-xkx-recognition-2008-02-18\): type: must be equal to one of the allowed values/],
    ['an unknown code', { events: withEvent({ actor: 'ZZZ' }) }, /events\[0\] \(usa-xkx-recognition-2008-02-18\): actor: unknown state code ZZZ/],
    ['a duplicate id', { events: addEvent({ ...EVENTS[1]!, date: '2020-09-05' }) }, /events\[13\] \(isr-xkx-recognition-2020-09-04\): id: duplicate id/],
    ['an impossible date', { events: withEvent({ date: '2021-02-30' }) }, /events\[0\] \(usa-xkx-recognition-2008-02-18\): date: not a real date: 2021-02-30/],
    ['an event before a party existed', { events: withEvent({ date: '2007-12-01' }) }, /events\[0\] \(usa-xkx-recognition-2008-02-18\): date: 2007-12-01 is before target XKX existed/],
    ['an event after a party ceased', { events: addEvent({ id: 'sun-xkx-recognition-2008-03-01', date: '2008-03-01', type: 'recognition', actor: 'SUN', target: 'XKX', sources: src }) }, /actor: unknown|date: 2008-03-01 is after actor SUN ceased to exist/],
    ['an unsourced event', { events: withEvent({ sources: [] }) }, /events\[0\] \(usa-xkx-recognition-2008-02-18\): sources: must NOT have fewer than 1 items/],
    ['a javascript: URL', { events: withEvent({ sources: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)' }] }) }, /events\[0\] \(usa-xkx-recognition-2008-02-18\): sources\[0\]\.url: must match pattern/],
    ['a source document that is not in seeds/', { events: withEvent({ sources: [{ title: 't', publisher: 'p', document: 'seeds/missing.txt' }] }) }, /sources\[0\]\.document: no such file: seeds\/missing\.txt/],
    ['a restoration with no prior break', { events: addEvent({ id: 'egy-isr-relations-restored-1990', date: '1990', type: 'relations-restored', actor: 'EGY', target: 'ISR', sources: src }) }, /\(egy-isr-relations-restored-1990\): type: relations restored with no break recorded before/],
    ['a second withdrawal with no recognition in between', { events: addEvent({ id: 'sur-xkx-recognition-withdrawn-2018-01-01', date: '2018-01-01', type: 'recognition-withdrawn', actor: 'SUR', target: 'XKX', sources: src }) }, /type: recognition withdrawn again with no recognition recorded in between/],
    ['a second break with no restoration in between', { events: addEvent({ id: 'sun-isr-relations-severed-1970', date: '1970', type: 'relations-severed', actor: 'SUN', target: 'ISR', sources: src }) }, /type: relations severed again with no restoration recorded in between/],
    ['an embassy opening with no city', { events: withEvent({ city: undefined } as never, 3) }, /events\[3\] \(xkx-isr-embassy-opened-2021-03-14\): \(record\): must have required property 'city'/],
    ['an event after asOf', { events: withEvent({ date: '2027-01-01' }) }, /date: 2027-01-01 is after the dataset's asOf day/],
    ['a duplicate state code', { states: { states: [...STATES, STATES[0]!] } satisfies StatesFile }, /^data\/states\.json: states\[13\] \(XKX\): code: duplicate code XKX/],
    ['a state with an unknown parent', { states: { states: STATES.map((s) => (s.code === 'UKR' ? { ...s, partOf: [{ state: 'QQQ' }] } : s)) } }, /states\[11\] \(UKR\): partOf\[0\]\.state: unknown state code QQQ/],
    ['a lens marked complete that is not', { events: { asOf: '2026-11-24', lenses: [{ ...LENSES[0]!, complete: true }], events: EVENTS } }, /lenses\[0\] \(XKX\): complete: marked complete but no data for/],
  ];

  it.each(cases)('rejects %s', (_name, files, expected) => {
    const problems = dataset(files);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });
});

describe('lineColumn', () => {
  it("lineColumn('{\\n  x', 4) is line 2, column 3", () => {
    expect(lineColumn('{\n  x', 4)).toEqual({ line: 2, column: 3 });
  });
});
