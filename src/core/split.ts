// The build splits events.json per lens, so the page loads only the lens it shows.
import type { EventsFile, LensFile, StateRecord } from './types';

/** Codes whose events belong to a lens: the state and the states it continues. */
function lensCodes(states: readonly StateRecord[], code: string): Set<string> {
  const byCode = new Map(states.map((s) => [s.code, s]));
  const codes = new Set<string>();
  for (let c: string | undefined = code; c !== undefined && !codes.has(c); c = byCode.get(c)?.continues) codes.add(c);
  return codes;
}

/** `lensFile(events, states, 'XKX')` → the asOf, the lens record and every event with XKX as a party. */
export function lensFile(events: EventsFile, states: readonly StateRecord[], code: string): LensFile {
  const lens = events.lenses.find((l) => l.state === code) ?? { state: code };
  const codes = lensCodes(states, code);
  return {
    asOf: events.asOf,
    ...(events.version === undefined ? {} : { version: events.version }),
    lens,
    events: events.events.filter((e) => codes.has(e.actor) || codes.has(e.target)),
  };
}
