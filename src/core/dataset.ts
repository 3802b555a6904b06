// Turns validated records into the shapes the engine works with: dates become day numbers once,
// here, so nothing downstream parses a string.
import { parseDate, type DayDate } from './date';
import type { EventRecord, EventType, LensRecord, MilestoneRecord, PeriodRecord, SlimEventRecord, SourceRecord, StateRecord } from './types';

export interface Period {
  from: number;
  /** Exclusive. */
  until: number;
}

export interface State {
  code: string;
  name: string;
  aliases: readonly string[];
  names: readonly (Period & { name: string })[];
  exists: Period;
  fromDate: DayDate | null;
  features: readonly string[];
  un: 'member' | 'observer' | null;
  partOf: readonly (Period & { state: string })[];
  continues: string | null;
  claimedBy: readonly string[];
  marker: readonly [number, number] | null;
  sources: readonly SourceRecord[];
}

export interface AtlasEvent {
  id: string;
  date: DayDate;
  type: EventType;
  actor: string;
  target: string;
  city: string | null;
  /** Contested (a withdrawal Serbia claims and Kosovo denies): its details say by whom. */
  disputed: boolean;
}

export interface Milestone {
  day: number;
  label: string;
}

export interface Lens {
  state: string;
  from: number | null;
  complete: boolean;
  highlightCity: string | null;
  milestones: readonly Milestone[];
  notRecognising: ReadonlySet<string>;
}

function dayOf(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const date = parseDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date.day;
}

function period(record: PeriodRecord): Period {
  return { from: dayOf(record.from, -Infinity), until: dayOf(record.until, Infinity) };
}

export function toState(record: StateRecord): State {
  return {
    code: record.code,
    name: record.name,
    aliases: record.aliases ?? [],
    names: (record.names ?? []).map((n) => ({ name: n.name, ...period(n) })),
    exists: period(record),
    fromDate: record.from === undefined ? null : parseDate(record.from),
    features: record.features,
    un: record.un ?? null,
    partOf: (record.partOf ?? []).map((p) => ({ state: p.state, ...period(p) })),
    continues: record.continues ?? null,
    claimedBy: record.claimedBy ?? [],
    marker: record.marker ?? null,
    sources: record.sources ?? [],
  };
}

export function toEvent(record: EventRecord | SlimEventRecord): AtlasEvent {
  const date = parseDate(record.date);
  if (!date) throw new Error(`event ${record.id}: not a date: ${record.date}`);
  return {
    id: record.id,
    date,
    type: record.type,
    actor: record.actor,
    target: record.target,
    city: record.city ?? null,
    disputed: record.disputed !== undefined,
  };
}

function toMilestone(record: MilestoneRecord): Milestone {
  return { day: dayOf(record.date, 0), label: record.label };
}

export function toLens(record: LensRecord): Lens {
  return {
    state: record.state,
    from: record.from === undefined ? null : dayOf(record.from, 0),
    complete: record.complete ?? false,
    highlightCity: record.highlightCity ?? null,
    milestones: (record.milestones ?? []).map(toMilestone),
    notRecognising: new Set((record.notRecognising ?? []).flatMap((g) => g.states)),
  };
}

export function existsOn(state: State, day: number): boolean {
  return state.exists.from <= day && day < state.exists.until;
}

/** The name the state had on that day: Zaire in 1980, the Democratic Republic of the Congo today. */
export function nameOn(state: State, day: number): string {
  return state.names.find((n) => n.from <= day && day < n.until)?.name ?? state.name;
}

export function statesByCode(records: readonly StateRecord[]): Map<string, State> {
  return new Map(records.map((r) => [r.code, toState(r)]));
}
