// Scale: a synthetic dataset (bench/synthetic.ts) of many events over many lenses. Reports its JSON
// size and parse time, the index build from parsed records (every lens, and one lens from its own
// file), one day's categories for that lens, and the heap the parsed records and the indexes hold.
import { statesByCode, toEvent, toLens, type AtlasEvent, type State } from '../src/core/dataset';
import { featureOwners } from '../src/core/features';
import { buildLensIndex, lineage, type LensIndex } from '../src/core/relations';
import { lensFile } from '../src/core/split';
import type { EventsFile, LensFile } from '../src/core/types';
import { loadShipped, oneDay, randomDays, type Shipped } from './core';
import { canCollectGarbage, collectGarbage, medianOfRuns, mulberry32 } from './stats';
import { syntheticDataset } from './synthetic';
import { infoRow, msRow, type Row } from './table';

export interface ScaleOptions {
  events: number;
  lenses: number;
  /** Random days for one day's categories. */
  days: number;
  /** Runs of each parse and build. */
  runs: number;
  seed: number;
}

/** Each lens's events: those with a party among the lens state and the states it continues, as the build splits them. */
function eventsByLens(states: ReadonlyMap<string, State>, lenses: readonly string[], events: readonly AtlasEvent[]): Map<string, AtlasEvent[]> {
  const lensesOf = new Map<string, string[]>();
  for (const lens of lenses) {
    for (const code of lineage(states, lens)) lensesOf.set(code, [...(lensesOf.get(code) ?? []), lens]);
  }
  const out = new Map<string, AtlasEvent[]>(lenses.map((lens) => [lens, []]));
  for (const event of events) {
    const actorLenses = lensesOf.get(event.actor) ?? [];
    for (const lens of actorLenses) out.get(lens)!.push(event);
    for (const lens of lensesOf.get(event.target) ?? []) if (!actorLenses.includes(lens)) out.get(lens)!.push(event);
  }
  return out;
}

/** Every lens's index from the parsed records: states, events converted once, split per lens. */
function buildAll(file: EventsFile, shipped: Shipped): LensIndex[] {
  const states = statesByCode(shipped.states.states);
  const byLens = eventsByLens(states, file.lenses.map((l) => l.state), file.events.map(toEvent));
  return file.lenses.map((lens) => buildLensIndex(states, lens.state, byLens.get(lens.state)!, toLens(lens)));
}

/** Heap in use after a full collection (when node runs with --expose-gc). */
function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function benchScale({ events, lenses, days, runs, seed }: ScaleOptions, shipped = loadShipped()): Row[] {
  const section = `scale (${events.toLocaleString('en')} events, ${lenses} lenses)`;
  const dataset = syntheticDataset(shipped.states.states, { events, lenses, seed, asOf: shipped.events.asOf });
  const text = JSON.stringify(dataset);
  const parseMs = medianOfRuns(runs, () => JSON.parse(text));

  const before = heapUsed();
  const parsed = JSON.parse(text) as EventsFile;
  const afterParse = heapUsed();
  const buildMs = medianOfRuns(runs, () => buildAll(parsed, shipped));
  const afterRuns = heapUsed();
  const indexes = buildAll(parsed, shipped);
  const afterBuild = heapUsed();

  // The lens with the most events, loaded the way the page loads one: its own file, parsed, then indexed.
  const busiest = indexes.reduce((a, b) => (countEvents(b) > countEvents(a) ? b : a));
  const code = busiest.lens.code;
  const oneText = JSON.stringify(lensFile(parsed, shipped.states.states, code));
  const one = JSON.parse(oneText) as LensFile;
  const oneMs = medianOfRuns(runs, () => buildLensIndex(statesByCode(shipped.states.states), code, one.events.map(toEvent), toLens(one.lens)));
  const owners = featureOwners(busiest.states.values(), shipped.geometryIds(busiest.states.values()));
  const day = oneDay(busiest, owners, randomDays(mulberry32(seed), busiest, parsed.asOf, days));

  // Without a full collection before each reading, the difference is noise (even negative).
  const heap = (bytes: number) => (canCollectGarbage() ? mb(bytes) : 'not measured (node without --expose-gc)');
  return [
    infoRow(section, 'JSON.stringify size', mb(text.length)),
    msRow(section, 'JSON.parse of the whole set', parseMs),
    msRow(section, `index build from parsed records, all ${lenses} lenses`, buildMs, 300),
    msRow(section, `index build, one lens (${code}: ${one.events.length.toLocaleString('en')} events, ${mb(oneText.length)})`, oneMs, 300),
    msRow(section, `one day, standingsOn (${code}, median of ${days} days)`, day.standings, 1),
    msRow(section, `one day, paintOn (${code}, median of ${days} days)`, day.paint, 1),
    infoRow(section, 'heap: parsed records', heap(afterParse - before)),
    infoRow(section, `heap: indexes of all ${indexes.length} lenses`, heap(afterBuild - afterRuns)),
  ];
}

function countEvents(index: LensIndex): number {
  let n = 0;
  for (const history of index.histories.values()) n += history.length;
  return n;
}
