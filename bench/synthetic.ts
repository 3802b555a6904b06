// A synthetic dataset for the scale budget: `events` events over `lenses` lens states, between the
// real states of data/states.json, each dated inside both parties' existence, each pair following a
// plausible sequence (recognition, then relations, an embassy, perhaps a break and a restoration).
// Deterministic for a seed; generated on the fly, never committed.
import { dayFromParts, isoDay, parseDay } from '../src/core/date';
import { statesByCode, type State } from '../src/core/dataset';
import { lineage } from '../src/core/relations';
import type { EventRecord, EventType, EventsFile, StateRecord } from '../src/core/types';
import { mulberry32, randomInt } from './stats';

export interface SyntheticOptions {
  events: number;
  lenses: number;
  seed: number;
  asOf: string;
}

const FIRST_DAY = dayFromParts(1945, 1, 1);
const MAX_SEQUENCE = 8;

// What may follow each event of a pair, with weights; 'end' closes the pair's story.
type Step = EventType | 'end';
const NEXT: Record<Step | 'start', [Step, number][]> = {
  start: [['recognition', 5], ['relations-established', 5]],
  recognition: [['relations-established', 7], ['recognition-withdrawn', 1], ['end', 2]],
  'relations-established': [['embassy-opened', 4], ['relations-severed', 2], ['end', 4]],
  'relations-restored': [['embassy-opened', 4], ['relations-severed', 2], ['end', 4]],
  'embassy-opened': [['embassy-closed', 2], ['relations-severed', 2], ['end', 6]],
  'embassy-closed': [['relations-severed', 3], ['end', 7]],
  'relations-severed': [['relations-restored', 5], ['recognition-withdrawn', 2], ['end', 3]],
  'recognition-withdrawn': [['recognition', 4], ['end', 6]],
  end: [],
};

function pick(random: () => number, choices: readonly [Step, number][]): Step {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [step, weight] of choices) {
    r -= weight;
    if (r < 0) return step;
  }
  return 'end';
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The days both states exist, from 1945 to asOf: [from, until). */
function overlap(a: State, b: State, asOf: number): { from: number; until: number } {
  return { from: Math.max(FIRST_DAY, a.exists.from, b.exists.from), until: Math.min(asOf + 1, a.exists.until, b.exists.until) };
}

/** Where a pair's story stands: its last event (or the start) and the earliest day of the next. */
interface Story {
  last: Step | 'start';
  day: number;
  /** The state recognised (and hosting the embassy): the lens the story began with. */
  lens: string;
  other: string;
}

/**
 * Continues a pair's story by up to `limit` events, all inside `span`; the pair may come up again
 * (from either side: both may be lenses) and then goes on where it stopped.
 */
function continueStory(random: () => number, story: Story, span: { from: number; until: number }, limit: number, nextId: () => string): EventRecord[] {
  const out: EventRecord[] = [];
  for (let step = pick(random, NEXT[story.last]); step !== 'end' && story.day < span.until && out.length < Math.min(limit, MAX_SEQUENCE); step = pick(random, NEXT[step])) {
    const towardLens = step === 'recognition' || step === 'recognition-withdrawn' || step.startsWith('embassy') || random() < 0.5;
    const id = nextId();
    out.push({
      id,
      date: isoDay(story.day),
      type: step,
      actor: towardLens ? story.other : story.lens,
      target: towardLens ? story.lens : story.other,
      ...(step === 'embassy-opened' ? { city: random() < 0.2 ? 'Second City' : 'Capital' } : {}),
      sources: [{ title: `Synthetic source for ${id}`, publisher: 'bench/synthetic.ts', url: `https://example.org/synthetic/${id}` }],
    });
    story.last = step;
    story.day += randomInt(random, 1, Math.max(30, Math.floor((span.until - span.from) / 6)));
  }
  return out;
}

/** States that can form a pair with the lens: not the lens itself, not one it continues or that continues it. */
function partners(states: ReadonlyMap<string, State>, lens: State, asOf: number): State[] {
  const lensChain = lineage(states, lens.code);
  return [...states.values()].filter((s) => {
    const span = overlap(lens, s, asOf);
    return span.from < span.until && !lensChain.includes(s.code) && !lineage(states, s.code).includes(lens.code);
  });
}

/** `syntheticDataset(states, { events: 100_000, lenses: 200, seed: 1, asOf: '2026-01-01' })` → an events file. */
export function syntheticDataset(records: readonly StateRecord[], { events, lenses, seed, asOf }: SyntheticOptions): EventsFile {
  const random = mulberry32(seed);
  const states = statesByCode(records);
  const asOfDay = parseDay(asOf);
  if (asOfDay === null) throw new Error(`not a day: ${asOf}`);
  const lensStates = shuffled(random, [...states.values()].filter((s) => s.exists.until > FIRST_DAY)).slice(0, lenses);
  if (lensStates.length < lenses) throw new Error(`only ${lensStates.length} states can be lenses`);
  let count = 0;
  const nextId = () => `synthetic-${++count}`;
  const stories = new Map<string, Story>();
  const storyOf = (lens: State, other: State, span: { from: number; until: number }): Story => {
    const key = lens.code < other.code ? `${lens.code}-${other.code}` : `${other.code}-${lens.code}`;
    let story = stories.get(key);
    if (!story) {
      const day = randomInt(random, span.from, span.from + Math.floor((span.until - span.from) / 2));
      stories.set(key, (story = { last: 'start', day, lens: lens.code, other: other.code }));
    }
    return story;
  };
  const out: EventRecord[] = [];
  lensStates.forEach((lens, i) => {
    const quota = Math.floor((events * (i + 1)) / lenses) - Math.floor((events * i) / lenses);
    const others = partners(states, lens, asOfDay);
    const start = out.length;
    while (out.length - start < quota) {
      const before = out.length;
      for (const other of shuffled(random, others)) {
        const span = overlap(lens, other, asOfDay);
        out.push(...continueStory(random, storyOf(lens, other, span), span, quota - (out.length - start), nextId));
      }
      if (out.length === before) throw new Error(`${lens.code}: every pair's story has reached ${asOf}`);
    }
  });
  return { asOf, lenses: lensStates.map((s) => ({ state: s.code })), events: out };
}
