// The build splits events.json per lens, so the page loads only the lens it shows.
import type { EventDetails, EventRecord, EventsFile, LensFile, SlimEventRecord, StateRecord, StatesFile } from './types';

/** Codes whose events belong to a lens: the state and the states it continues. */
function lensCodes(states: readonly StateRecord[], code: string): Set<string> {
  const byCode = new Map(states.map((s) => [s.code, s]));
  const codes = new Set<string>();
  for (let c: string | undefined = code; c !== undefined && !codes.has(c); c = byCode.get(c)?.continues) codes.add(c);
  return codes;
}

/** `lensFile(events, states, 'XKX')` → the asOf, the lens record and every event with XKX as a party. */
export function lensFile(events: EventsFile, states: readonly StateRecord[], code: string): LensFile & { events: EventRecord[] } {
  const lens = events.lenses.find((l) => l.state === code) ?? { state: code };
  const codes = lensCodes(states, code);
  return {
    asOf: events.asOf,
    ...(events.version === undefined ? {} : { version: events.version }),
    lens,
    events: events.events.filter((e) => codes.has(e.actor) || codes.has(e.target)),
  };
}

/** `slimEvent(record)`: the event without sources, note and dispute text (kept: that it is disputed). */
export function slimEvent({ id, date, type, actor, target, city, disputed }: EventRecord): SlimEventRecord {
  return { id, date, type, actor, target, ...(city === undefined ? {} : { city }), ...(disputed === undefined ? {} : { disputed: true }) };
}

/** The sources, notes and disputes of events, by id: loaded when a panel or the table opens. */
export function eventDetails(events: readonly EventRecord[]): Record<string, EventDetails> {
  return Object.fromEntries(events.map(({ id, sources, note, disputed }) => [id, { sources, ...(note === undefined ? {} : { note }), ...(disputed === undefined ? {} : { disputed }) }]));
}

/** The states as the page needs them: the sources of their dates stay in the repository. */
export function slimStates(file: StatesFile): StatesFile {
  return { states: file.states.map(({ sources: _sources, note: _note, ...state }) => state) };
}
