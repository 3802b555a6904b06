// The relation engine: for a lens state S, every country's category on any day (BRIEF section 3).
// All folding happens once in buildLensIndex; a day's answer is one binary search per country.
import { CATEGORY_INDEX, type Category } from './categories';
import { existsOn, type AtlasEvent, type Lens, type State } from './dataset';

export interface Standing {
  category: Category;
  /** First day of this category (-Infinity when it held from the start of time). */
  since: number;
  /** The event that brought it about, if one did. */
  event: AtlasEvent | null;
  /** Drawn hatched: a disputed withdrawal. */
  disputed: boolean;
  /** Where the country's embassy to S is, if the data says. */
  embassyCity: string | null;
}

export interface PairEvent {
  event: AtlasEvent;
  /** The day it takes effect: its date, or the first day both parties existed if that is later. */
  effective: number;
}

export interface LensIndex {
  lens: State;
  curated: Lens | null;
  states: ReadonlyMap<string, State>;
  /** Every state except the lens state, in a stable order. */
  others: readonly State[];
  /** Per state: the days its standing changes, ascending, and the standing from each. */
  timelines: ReadonlyMap<string, { days: Float64Array; standings: Standing[] }>;
  /** Per state: the pair's events in effect order (including its predecessors'). */
  histories: ReadonlyMap<string, readonly PairEvent[]>;
}

const NOT_A_STATE: Standing = { category: 'notstate', since: -Infinity, event: null, disputed: false, embassyCity: null };

// Same-day events apply in this order, so "established and severed on one day" or "severed and
// withdrawn on one day" (a switch to the PRC) end where the last word of the day says.
const TYPE_ORDER: Record<AtlasEvent['type'], number> = {
  recognition: 0,
  'relations-established': 1,
  'relations-restored': 2,
  'embassy-opened': 3,
  'embassy-closed': 4,
  'relations-severed': 5,
  'recognition-withdrawn': 6,
};

/** The codes a state speaks for: itself and the states it continues (Russia: RUS, SUN). */
export function lineage(states: ReadonlyMap<string, State>, code: string): string[] {
  const chain: string[] = [];
  for (let c: string | null = code; c !== null && !chain.includes(c); c = states.get(c)?.continues ?? null) chain.push(c);
  return chain;
}

interface Fold {
  recognised: boolean;
  withdrawn: boolean;
  withdrawnDisputed: boolean;
  relations: 'never' | 'active' | 'severed';
  embassyCity: string | null;
}

function apply(fold: Fold, e: AtlasEvent, towardLens: boolean): void {
  switch (e.type) {
    case 'recognition':
      if (towardLens) Object.assign(fold, { recognised: true, withdrawn: false, withdrawnDisputed: false });
      return;
    case 'recognition-withdrawn':
      if (!towardLens) return;
      Object.assign(fold, { recognised: false, withdrawn: true, withdrawnDisputed: e.disputed });
      if (fold.relations === 'active') fold.relations = 'severed';
      return;
    case 'relations-established':
    case 'relations-restored':
      Object.assign(fold, { relations: 'active', recognised: true, withdrawn: false, withdrawnDisputed: false });
      return;
    case 'relations-severed':
      fold.relations = 'severed';
      return;
    case 'embassy-opened':
      if (!towardLens) return;
      fold.embassyCity = e.city;
      // An embassy is a diplomatic relation, even where the data has no date for establishing one.
      if (fold.relations === 'never') Object.assign(fold, { relations: 'active', recognised: true, withdrawn: false });
      return;
    case 'embassy-closed':
      if (towardLens) fold.embassyCity = null;
  }
}

/**
 * What held before the pair's first event. A break or a withdrawal with nothing before it says that
 * relations or recognition existed from before the data begins (e.g. states that kept relations
 * with the Republic of China from before 1949 and broke them later).
 */
function initialFold(history: readonly PairEvent[], lensChain: readonly string[]): Fold {
  const firstRelations = history.find((h) => h.event.type.startsWith('relations'))?.event.type;
  const firstRecognition = history.find((h) => lensChain.includes(h.event.target) && (h.event.type === 'recognition' || h.event.type === 'recognition-withdrawn'))?.event.type;
  const relationsBefore = firstRelations === 'relations-severed';
  return {
    recognised: relationsBefore || firstRecognition === 'recognition-withdrawn',
    withdrawn: false,
    withdrawnDisputed: false,
    relations: relationsBefore ? 'active' : 'never',
    embassyCity: null,
  };
}

function categoryOf(fold: Fold, claims: boolean, known: boolean): Category {
  if (fold.relations === 'active') return 'relations';
  if (claims && !fold.recognised) return 'claimant';
  if (fold.withdrawn) return 'withdrawn';
  if (fold.relations === 'severed') return 'severed';
  if (fold.recognised) return 'recognises';
  return known ? 'none' : 'unknown';
}

function sameStanding(a: Standing, b: Standing): boolean {
  return a.category === b.category && a.disputed === b.disputed && a.embassyCity === b.embassyCity;
}

export function effectiveDay(event: AtlasEvent, a: State, b: State): number {
  return Math.max(event.date.day, a.exists.from, b.exists.from);
}

function pairHistory(lensChain: readonly string[], other: State, chainOf: (code: string) => string[], byOther: Map<string, AtlasEvent[]>, lens: State, states: ReadonlyMap<string, State>): PairEvent[] {
  const out: PairEvent[] = [];
  for (const code of chainOf(other.code)) {
    for (const event of byOther.get(code) ?? []) {
      const lensSide = states.get(lensChain.includes(event.actor) ? event.actor : event.target) ?? lens;
      const otherSide = states.get(code) ?? other;
      out.push({ event, effective: effectiveDay(event, lensSide, otherSide) });
    }
  }
  return out.sort((x, y) => x.effective - y.effective || TYPE_ORDER[x.event.type] - TYPE_ORDER[y.event.type] || (x.event.id < y.event.id ? -1 : 1));
}

function timelineOf(lens: State, lensChain: readonly string[], other: State, history: readonly PairEvent[], known: boolean): { days: number[]; standings: Standing[] } {
  const start = Math.max(lens.exists.from, other.exists.from);
  const end = Math.min(lens.exists.until, other.exists.until);
  const days: number[] = [-Infinity];
  const standings: Standing[] = [NOT_A_STATE];
  if (start >= end) return { days, standings };

  const fold: Fold = { ...initialFold(history, lensChain) };
  const claims = lens.claimedBy.includes(other.code);
  const push = (day: number, event: AtlasEvent | null) => {
    const standing: Standing = {
      category: categoryOf(fold, claims, known),
      since: day,
      event,
      disputed: fold.withdrawn && fold.withdrawnDisputed,
      embassyCity: fold.relations === 'active' ? fold.embassyCity : null,
    };
    const last = standings[standings.length - 1]!;
    if (sameStanding(last, standing)) return;
    if (days[days.length - 1] === day) {
      standings[standings.length - 1] = standing;
    } else {
      days.push(day);
      standings.push(standing);
    }
  };

  let i = 0;
  let lastEvent: AtlasEvent | null = null;
  for (; i < history.length && history[i]!.effective <= start; i++) {
    lastEvent = history[i]!.event;
    apply(fold, lastEvent, lensChain.includes(lastEvent.target));
  }
  push(start, lastEvent);
  for (; i < history.length; i++) {
    const { event, effective } = history[i]!;
    if (effective >= end) break;
    apply(fold, event, lensChain.includes(event.target));
    push(effective, event);
  }
  if (end !== Infinity) {
    days.push(end);
    standings.push({ ...NOT_A_STATE, since: end });
  }
  return { days, standings };
}

export function buildLensIndex(states: ReadonlyMap<string, State>, lensCode: string, events: readonly AtlasEvent[], curated: Lens | null): LensIndex {
  const lens = states.get(lensCode);
  if (!lens) throw new Error(`unknown lens state: ${lensCode}`);
  const lensChain = lineage(states, lensCode);
  const chains = new Map<string, string[]>();
  const chainOf = (code: string) => {
    let chain = chains.get(code);
    if (!chain) chains.set(code, (chain = lineage(states, code)));
    return chain;
  };

  const byOther = new Map<string, AtlasEvent[]>();
  for (const event of events) {
    const actorIsLens = lensChain.includes(event.actor);
    const targetIsLens = lensChain.includes(event.target);
    if (actorIsLens === targetIsLens) continue;
    const other = actorIsLens ? event.target : event.actor;
    let list = byOther.get(other);
    if (!list) byOther.set(other, (list = []));
    list.push(event);
  }

  const others = [...states.values()].filter((s) => s.code !== lensCode);
  const timelines = new Map<string, { days: Float64Array; standings: Standing[] }>();
  const histories = new Map<string, readonly PairEvent[]>();
  for (const other of others) {
    const history = pairHistory(lensChain, other, chainOf, byOther, lens, states);
    // The data speaks about this pair if it has events (Israel recognised Kosovo in 2020, so not
    // before), lists the country as not recognising, or the lens is validated as complete.
    const known = history.length > 0 || (curated?.notRecognising.has(other.code) ?? false) || ((curated?.complete ?? false) && other.un !== null);
    const { days, standings } = timelineOf(lens, lensChain, other, history, known);
    timelines.set(other.code, { days: Float64Array.from(days), standings });
    histories.set(other.code, history);
  }
  return { lens, curated, states, others, timelines, histories };
}

/** Index of the last entry <= day in an ascending array whose first entry is -Infinity. */
function floorIndex(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (days[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The standing of one country toward the lens state on a day. */
export function standingOn(index: LensIndex, code: string, day: number): Standing {
  if (code === index.lens.code) {
    return existsOn(index.lens, day) ? { ...NOT_A_STATE, category: 'self', since: index.lens.exists.from } : NOT_A_STATE;
  }
  const timeline = index.timelines.get(code);
  if (!timeline) return NOT_A_STATE;
  return timeline.standings[floorIndex(timeline.days, day)]!;
}

/** Every state's standing on a day, in the order of `index.others`. */
export function standingsOn(index: LensIndex, day: number): Standing[] {
  return index.others.map((s) => standingOn(index, s.code, day));
}

/** How many existing states fall in each category on a day (the lens state not counted). */
export function countsOn(index: LensIndex, day: number): Record<Category, number> {
  const counts = Object.fromEntries(Object.keys(CATEGORY_INDEX).map((c) => [c, 0])) as Record<Category, number>;
  for (const s of index.others) {
    if (existsOn(s, day)) counts[standingOn(index, s.code, day).category]++;
  }
  return counts;
}

/** How many existing states keep their embassy to the lens state in `city` on a day. */
export function embassiesOn(index: LensIndex, day: number, city: string): number {
  let n = 0;
  for (const s of index.others) if (existsOn(s, day) && standingOn(index, s.code, day).embassyCity === city) n++;
  return n;
}

/** The pair's history: the events between the lens state and the country (and their predecessors). */
export function historyOf(index: LensIndex, code: string): readonly PairEvent[] {
  return index.histories.get(code) ?? [];
}

/** Every day on which some country's category changes, ascending: the slider's ticks. */
export function changeDays(index: LensIndex): number[] {
  const days = new Set<number>();
  for (const { days: d } of index.timelines.values()) for (const day of d) if (Number.isFinite(day)) days.add(day);
  return [...days].sort((a, b) => a - b);
}
