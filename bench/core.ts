// Pure core, in Node with no DOM: parsing and indexing the shipped dataset per lens, one day's
// categories for every country (standingsOn, and paintOn over the map's features), a pair's history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../scripts/data';
import { dayFromParts, parseDay } from '../src/core/date';
import { statesByCode, toEvent, toLens, type State } from '../src/core/dataset';
import { emptyPaint, featureOwners, paintOn, type FeatureOwner } from '../src/core/features';
import { buildLensIndex, historyOf, standingsOn, type LensIndex } from '../src/core/relations';
import { lensFile } from '../src/core/split';
import type { EventsFile, LensFile, StatesFile } from '../src/core/types';
import { featureIds, type CountriesTopology } from '../src/map/geometry';
import { median, medianOfRuns, mulberry32, randomInt, timeEach } from './stats';
import { msRow, type Row } from './table';

export interface Shipped {
  states: StatesFile;
  events: EventsFile;
  /** The map's feature ids (public/geo/countries.json), then the states drawn only as a marker, as the page has them. */
  geometryIds: (states: Iterable<State>) => string[];
}

export function loadShipped(root = process.cwd()): Shipped {
  const { states, events, problems } = loadData(root);
  if (!states || !events || problems.length > 0) throw new Error('the shipped dataset is invalid: run npm run validate');
  const topology = JSON.parse(readFileSync(join(root, 'public/geo/countries.json'), 'utf8')) as CountriesTopology;
  const ids = featureIds(topology);
  const geometryIds = (all: Iterable<State>) => [...ids, ...[...all].filter((s) => s.features.length === 0 && s.marker !== null).map((s) => s.code)];
  return { states, events, geometryIds };
}

const FIRST_DAY = dayFromParts(1945, 1, 1);

/** `n` random days on the lens's slider (as the page bounds it: from 1945 or the lens's start, to asOf). */
export function randomDays(random: () => number, index: LensIndex, asOf: string, n: number): number[] {
  const min = Math.max(FIRST_DAY, index.curated?.from ?? index.lens.exists.from);
  const max = Math.min(parseDay(asOf) ?? Infinity, index.lens.exists.until - 1);
  return Array.from({ length: n }, () => randomInt(random, min, max));
}

/** Medians, in ms, of one day's categories: as a list of standings, and painted onto the map's features. */
export function oneDay(index: LensIndex, owners: readonly FeatureOwner[], days: readonly number[]): { standings: number; paint: number } {
  const out = emptyPaint(owners.length);
  const city = index.curated?.highlightCity ?? null;
  return {
    standings: median(timeEach(days, (day) => standingsOn(index, day))),
    paint: median(timeEach(days, (day) => paintOn(index, owners, day, city, out))),
  };
}

export interface CoreOptions {
  /** Random days (and random pairs) per lens: >= 1000 for the report. */
  days: number;
  /** Runs of parse + index per lens. */
  runs: number;
  seed: number;
}

export function benchCore({ days, runs, seed }: CoreOptions, shipped = loadShipped()): Row[] {
  const { states, events } = shipped;
  const random = mulberry32(seed);
  const statesText = JSON.stringify(states);
  const rows: Row[] = [];
  for (const { state: code } of events.lenses) {
    const lensText = JSON.stringify(lensFile(events, states.states, code));
    const parseAndIndex = () => {
      const file = JSON.parse(lensText) as LensFile;
      const byCode = statesByCode((JSON.parse(statesText) as StatesFile).states);
      return buildLensIndex(byCode, code, file.events.map(toEvent), toLens(file.lens));
    };
    const parseMs = medianOfRuns(runs, parseAndIndex);
    const index = parseAndIndex();
    const owners = featureOwners(index.states.values(), shipped.geometryIds(index.states.values()));
    const day = oneDay(index, owners, randomDays(random, index, events.asOf, days));
    const pairs = Array.from({ length: days }, () => index.others[randomInt(random, 0, index.others.length - 1)]!.code);
    const history = median(timeEach(pairs, (other) => historyOf(index, other)));
    rows.push(
      msRow('pure core', `${code}: parse + index (states.json + lens file, ${lensText.length.toLocaleString('en')} chars)`, parseMs),
      msRow('pure core', `${code}: one day, standingsOn (${index.others.length} states, median of ${days} days)`, day.standings, 0.5),
      msRow('pure core', `${code}: one day, paintOn (${owners.length} features, median of ${days} days)`, day.paint, 0.5),
      msRow('pure core', `${code}: pair history, historyOf (median of ${days} pairs)`, history),
    );
  }
  return rows;
}
