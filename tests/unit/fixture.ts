// A small world for the engine's tests, after the seed story. Dates here are test inputs, not data.
import { statesByCode, toEvent, toLens } from '../../src/core/dataset';
import type { EventRecord, LensRecord, StateRecord } from '../../src/core/types';

const src = [{ title: 'fixture', publisher: 'tests', document: 'seeds/fixture.txt' }];

export const STATES: StateRecord[] = [
  { code: 'XKX', name: 'Kosovo', from: '2008-02-17', features: ['XKX'], claimedBy: ['SRB'], sources: src },
  { code: 'SCG', name: 'Serbia and Montenegro', names: [{ name: 'Federal Republic of Yugoslavia', until: '2003-02-04' }], from: '1992-04-27', until: '2006-06-03', features: [], sources: src },
  { code: 'SRB', name: 'Serbia', from: '2006-06-03', continues: 'SCG', partOf: [{ state: 'SCG', from: '1992-04-27', until: '2006-06-03' }], features: ['SRB'], un: 'member', sources: src },
  { code: 'MNE', name: 'Montenegro', from: '2006-06-03', partOf: [{ state: 'SCG', from: '1992-04-27', until: '2006-06-03' }], features: ['MNE'], un: 'member', sources: src },
  { code: 'ISR', name: 'Israel', from: '1948-05-14', features: ['ISR'], un: 'member', sources: src },
  { code: 'USA', name: 'United States', features: ['USA', 'PRI'], un: 'member' },
  { code: 'ESP', name: 'Spain', features: ['ESP'], un: 'member' },
  { code: 'EGY', name: 'Egypt', features: ['EGY'], un: 'member' },
  { code: 'SUR', name: 'Suriname', from: '1975-11-25', features: ['SUR'], un: 'member', sources: src },
  { code: 'SUN', name: 'Soviet Union', until: '1991-12-26', features: [], sources: src },
  { code: 'RUS', name: 'Russia', from: '1991-12-26', continues: 'SUN', partOf: [{ state: 'SUN', until: '1991-12-26' }], features: ['RUS'], un: 'member', sources: src },
  { code: 'UKR', name: 'Ukraine', from: '1991-08-24', partOf: [{ state: 'SUN', until: '1991-08-24' }], features: ['UKR'], un: 'member', sources: src },
  { code: 'COD', name: 'Democratic Republic of the Congo', names: [{ name: 'Zaire', from: '1971-10-27', until: '1997-05-17' }], from: '1960-06-30', features: ['COD'], un: 'member', sources: src },
];

const e = (id: string, date: string, type: EventRecord['type'], actor: string, target: string, extra: Partial<EventRecord> = {}): EventRecord => ({ id, date, type, actor, target, sources: src, ...extra });

export const EVENTS: EventRecord[] = [
  e('usa-xkx-recognition-2008-02-18', '2008-02-18', 'recognition', 'USA', 'XKX'),
  e('isr-xkx-recognition-2020-09-04', '2020-09-04', 'recognition', 'ISR', 'XKX'),
  e('isr-xkx-relations-established-2021-02-01', '2021-02-01', 'relations-established', 'ISR', 'XKX'),
  e('xkx-isr-embassy-opened-2021-03-14', '2021-03-14', 'embassy-opened', 'XKX', 'ISR', { city: 'Jerusalem' }),
  e('sur-xkx-recognition-2016-07-08', '2016-07-08', 'recognition', 'SUR', 'XKX'),
  e('sur-xkx-recognition-withdrawn-2017-10-27', '2017-10-27', 'recognition-withdrawn', 'SUR', 'XKX', { disputed: { note: 'Kosovo denies it', sources: src } }),
  e('egy-isr-relations-established-1980', '1980', 'relations-established', 'EGY', 'ISR'),
  e('usa-isr-recognition-1948-05-14', '1948-05-14', 'recognition', 'USA', 'ISR'),
  e('usa-isr-embassy-opened-2018-05-14', '2018-05-14', 'embassy-opened', 'USA', 'ISR', { city: 'Jerusalem' }),
  e('sun-isr-relations-established-1948-05-17', '1948-05-17', 'relations-established', 'SUN', 'ISR'),
  e('sun-isr-relations-severed-1967-06-10', '1967-06-10', 'relations-severed', 'SUN', 'ISR'),
  e('sun-isr-relations-restored-1991-10-18', '1991-10-18', 'relations-restored', 'SUN', 'ISR'),
  e('ukr-isr-relations-established-1991-12', '1991-12', 'relations-established', 'UKR', 'ISR'),
];

export const LENSES: LensRecord[] = [
  { state: 'XKX', from: '2008-02-17', notRecognising: [{ states: ['ESP', 'SRB'], sources: src }] },
  { state: 'ISR', from: '1948-05-14', highlightCity: 'Jerusalem' },
];

export const states = statesByCode(STATES);
export const events = EVENTS.map(toEvent);
export const lens = (code: string) => toLens(LENSES.find((l) => l.state === code)!);
