// Finds a state by what a person or an old link calls it: code, name or alias, in any case, with or
// without accents.
import type { State } from '../core/dataset';

export function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** `stateResolver(states)('kosovo')` → `'XKX'`; null when nothing matches exactly. */
export function stateResolver(states: Iterable<State>): (text: string) => string | null {
  const lookup = new Map<string, string>();
  const all = [...states];
  // Names and aliases first, codes last, so a code always wins over a clashing name.
  for (const s of all) for (const name of [s.name, ...s.aliases, ...s.names.map((n) => n.name)]) lookup.set(normalise(name), s.code);
  for (const s of all) lookup.set(normalise(s.code), s.code);
  return (text) => lookup.get(normalise(text)) ?? null;
}

/** States whose code, name or alias contains the query, best matches first. */
export function searchStates(states: readonly State[], query: string, limit = 12): State[] {
  const q = normalise(query);
  if (q === '') return [];
  const scored: { state: State; score: number }[] = [];
  for (const s of states) {
    const names = [s.name, ...s.aliases, ...s.names.map((n) => n.name)].map(normalise);
    let score = normalise(s.code) === q ? 0 : names.some((n) => n === q) ? 1 : names.some((n) => n.startsWith(q)) ? 2 : names.some((n) => n.includes(q)) ? 3 : -1;
    if (score >= 0) scored.push({ state: s, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.state.name.localeCompare(b.state.name)).slice(0, limit).map((x) => x.state);
}
