// The meaning checks of the dataset (the JSON Schemas check the shape first). Every problem names
// the file, the record and the field, so a contributor can go straight to it.
import { endOfPeriod, parseDate } from './date';
import type { EventRecord, EventsFile, PeriodRecord, SourceRecord, StateRecord, StatesFile } from './types';

export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export interface CheckOptions {
  statesFile?: string;
  eventsFile?: string;
  /** Files in seeds/ that a source's `document` may name. */
  documents?: ReadonlySet<string>;
  /** Geometry feature ids a state's `features` may name. */
  featureIds?: ReadonlySet<string>;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.record}: ${p.field}: ${p.message}`;
}

const start = (text: string | undefined) => (text === undefined ? -Infinity : (parseDate(text)?.day ?? NaN));
const end = (text: string | undefined) => (text === undefined ? Infinity : (parseDate(text)?.day ?? NaN));

function checkSources(sources: readonly SourceRecord[] | undefined, field: string, report: (field: string, message: string) => void, documents: ReadonlySet<string> | undefined): void {
  (sources ?? []).forEach((s, i) => {
    const at = `${field}[${i}]`;
    if (s.url !== undefined && !/^https?:\/\//i.test(s.url)) report(`${at}.url`, `only http(s) links are allowed: ${s.url}`);
    if (s.archived !== undefined && !/^https?:\/\//i.test(s.archived)) report(`${at}.archived`, `only http(s) links are allowed: ${s.archived}`);
    if (s.document !== undefined && documents && !documents.has(s.document)) report(`${at}.document`, `no such file: ${s.document}`);
    if (s.url === undefined && s.document === undefined) report(at, 'a source needs a url or a document');
    if (s.published !== undefined && parseDate(s.published) === null) report(`${at}.published`, `not a real date: ${s.published}`);
  });
}

function checkPeriod(p: PeriodRecord, report: (field: string, message: string) => void, prefix = ''): void {
  for (const key of ['from', 'until'] as const) {
    const value = p[key];
    if (value !== undefined && parseDate(value) === null) report(`${prefix}${key}`, `not a real date: ${value}`);
  }
  if (start(p.from) >= end(p.until)) report(`${prefix}until`, `${p.until} is not after ${p.from}`);
}

export function checkStates(file: StatesFile, options: CheckOptions = {}): Problem[] {
  const fileName = options.statesFile ?? 'data/states.json';
  const problems: Problem[] = [];
  const codes = new Set<string>();
  const featureOwner = new Map<string, string>();
  file.states.forEach((s, i) => {
    const record = `states[${i}] (${s.code})`;
    const report = (field: string, message: string) => problems.push({ file: fileName, record, field, message });
    if (codes.has(s.code)) report('code', `duplicate code ${s.code}`);
    codes.add(s.code);
    checkPeriod(s, report);
    (s.names ?? []).forEach((n, j) => checkPeriod(n, report, `names[${j}].`));
    (s.partOf ?? []).forEach((p, j) => checkPeriod(p, report, `partOf[${j}].`));
    s.features.forEach((f, j) => {
      if (options.featureIds && !options.featureIds.has(f)) report(`features[${j}]`, `no such feature in the geometry: ${f}`);
      const owner = featureOwner.get(f);
      if (owner !== undefined) report(`features[${j}]`, `feature ${f} already belongs to ${owner}`);
      featureOwner.set(f, s.code);
    });
    if (s.from !== undefined || s.until !== undefined || (s.partOf ?? []).length > 0) {
      if ((s.sources ?? []).length === 0) report('sources', 'dates of existence need a source');
    }
    checkSources(s.sources, 'sources', report, options.documents);
  });
  file.states.forEach((s, i) => {
    const report = (field: string, message: string) => problems.push({ file: fileName, record: `states[${i}] (${s.code})`, field, message });
    (s.partOf ?? []).forEach((p, j) => {
      if (!codes.has(p.state)) report(`partOf[${j}].state`, `unknown state code ${p.state}`);
    });
    if (s.continues !== undefined && !codes.has(s.continues)) report('continues', `unknown state code ${s.continues}`);
    (s.claimedBy ?? []).forEach((c, j) => {
      if (!codes.has(c)) report(`claimedBy[${j}]`, `unknown state code ${c}`);
    });
  });
  return problems;
}

/** Which state a code's standing passes to over time: follows `continues` back to the oldest. */
function rootOf(byCode: ReadonlyMap<string, StateRecord>, code: string): string {
  const seen = new Set<string>();
  let c = code;
  while (!seen.has(c)) {
    seen.add(c);
    const next = byCode.get(c)?.continues;
    if (next === undefined) break;
    c = next;
  }
  return c;
}

type PairStatus = { relations: 'never' | 'active' | 'severed'; recognised: boolean; withdrawn: boolean; embassy: boolean; closedAgain: boolean };

/** Checks that each event is possible given the pair's earlier events; returns the message or null. */
function transitionProblem(status: PairStatus, e: EventRecord): string | null {
  switch (e.type) {
    case 'relations-restored':
      if (status.relations !== 'severed') return 'relations restored with no break recorded before';
      status.relations = 'active';
      status.recognised = true;
      return null;
    case 'relations-severed':
      // A first break says relations existed before the data begins; a second needs a restoration.
      if (status.relations === 'severed') return 'relations severed again with no restoration recorded in between';
      status.relations = 'severed';
      status.recognised = true;
      return null;
    case 'relations-established':
      status.relations = 'active';
      status.recognised = true;
      status.withdrawn = false;
      return null;
    case 'recognition':
      status.recognised = true;
      status.withdrawn = false;
      return null;
    case 'recognition-withdrawn':
      if (status.withdrawn) return 'recognition withdrawn again with no recognition recorded in between';
      status.recognised = false;
      status.withdrawn = true;
      if (status.relations === 'active') status.relations = 'severed';
      return null;
    case 'embassy-opened':
      status.embassy = true;
      status.closedAgain = false;
      return null;
    case 'embassy-closed':
      if (status.closedAgain) return 'embassy closed twice with no opening recorded in between';
      status.embassy = false;
      status.closedAgain = true;
      return null;
  }
}

export function checkEvents(eventsFile: EventsFile, statesFile: StatesFile, options: CheckOptions = {}): Problem[] {
  const fileName = options.eventsFile ?? 'data/events.json';
  const problems: Problem[] = [];
  const byCode = new Map(statesFile.states.map((s) => [s.code, s]));
  const asOf = parseDate(eventsFile.asOf);
  if (!asOf || asOf.precision !== 'day') problems.push({ file: fileName, record: 'asOf', field: 'asOf', message: `not a real day: ${eventsFile.asOf}` });

  const ids = new Set<string>();
  const ordered: { e: EventRecord; i: number; day: number }[] = [];
  eventsFile.events.forEach((e, i) => {
    const record = `events[${i}] (${e.id})`;
    const report = (field: string, message: string) => problems.push({ file: fileName, record, field, message });
    if (ids.has(e.id)) report('id', `duplicate id ${e.id}`);
    ids.add(e.id);
    const date = parseDate(e.date);
    if (!date) report('date', `not a real date: ${e.date}`);
    const actor = byCode.get(e.actor);
    const target = byCode.get(e.target);
    if (!actor) report('actor', `unknown state code ${e.actor}`);
    if (!target) report('target', `unknown state code ${e.target}`);
    if (e.actor === e.target) report('target', 'an event needs two different states');
    if ((e.sources ?? []).length === 0) report('sources', 'every event needs at least one source');
    checkSources(e.sources, 'sources', report, options.documents);
    if (e.disputed) checkSources(e.disputed.sources, 'disputed.sources', report, options.documents);
    if (e.type === 'embassy-opened' && !e.city) report('city', 'an embassy opening needs a city');
    if (!date) return;
    if (asOf && date.day > asOf.day) report('date', `${e.date} is after the dataset's asOf day ${eventsFile.asOf}`);
    for (const [field, s] of [['actor', actor], ['target', target]] as const) {
      if (!s) continue;
      const from = start(s.from);
      const until = end(s.until);
      if (endOfPeriod(date) <= from) report('date', `${e.date} is before ${field} ${s.code} existed (from ${s.from})`);
      if (date.day >= until) report('date', `${e.date} is after ${field} ${s.code} ceased to exist (until ${s.until})`);
    }
    ordered.push({ e, i, day: date.day });
  });

  // Transitions, per pair, with successors speaking for their predecessors.
  const pairs = new Map<string, PairStatus>();
  ordered.sort((a, b) => a.day - b.day || a.i - b.i);
  for (const { e, i } of ordered) {
    if (!byCode.has(e.actor) || !byCode.has(e.target)) continue;
    const a = rootOf(byCode, e.actor);
    const t = rootOf(byCode, e.target);
    const relationsType = e.type.startsWith('relations');
    const key = relationsType ? [a, t].sort().join('|') : `${a}>${t}`;
    const recognitionKey = `${a}>${t}`;
    const status = pairs.get(relationsType ? key : recognitionKey) ?? { relations: 'never', recognised: false, withdrawn: false, embassy: false, closedAgain: false };
    const message = transitionProblem(status, e);
    if (message) problems.push({ file: fileName, record: `events[${i}] (${e.id})`, field: 'type', message });
    pairs.set(relationsType ? key : recognitionKey, status);
  }

  eventsFile.lenses.forEach((lens, i) => {
    const record = `lenses[${i}] (${lens.state})`;
    const report = (field: string, message: string) => problems.push({ file: fileName, record, field, message });
    if (!byCode.has(lens.state)) report('state', `unknown state code ${lens.state}`);
    if (lens.from !== undefined && parseDate(lens.from) === null) report('from', `not a real date: ${lens.from}`);
    (lens.milestones ?? []).forEach((m, j) => {
      if (parseDate(m.date) === null) report(`milestones[${j}].date`, `not a real date: ${m.date}`);
    });
    (lens.notRecognising ?? []).forEach((group, g) => {
      group.states.forEach((c, j) => {
        if (!byCode.has(c)) report(`notRecognising[${g}].states[${j}]`, `unknown state code ${c}`);
      });
      checkSources(group.sources, `notRecognising[${g}].sources`, report, options.documents);
    });
    if (lens.complete && asOf) {
      const missing = uncovered(eventsFile, statesFile, lens.state, asOf.day);
      if (missing.length > 0) report('complete', `marked complete but no data for: ${missing.join(', ')}`);
    }
  });
  return problems;
}

/** UN members and observers existing on `day` with no event and no non-recognition statement for the lens. */
export function uncovered(eventsFile: EventsFile, statesFile: StatesFile, lensCode: string, day: number): string[] {
  const byCode = new Map(statesFile.states.map((s) => [s.code, s]));
  const lensRoots = new Set([lensCode, rootOf(byCode, lensCode)]);
  const touched = new Set<string>();
  for (const e of eventsFile.events) {
    if (lensRoots.has(e.target)) touched.add(e.actor);
    if (lensRoots.has(e.actor)) touched.add(e.target);
  }
  const lens = eventsFile.lenses.find((l) => l.state === lensCode);
  for (const c of (lens?.notRecognising ?? []).flatMap((g) => g.states)) touched.add(c);
  // A claimant's category is known without events: it claims the territory.
  for (const c of byCode.get(lensCode)?.claimedBy ?? []) touched.add(c);
  const covered = (code: string) => {
    for (let c: string | undefined = code, n = 0; c !== undefined && n < 10; c = byCode.get(c)?.continues, n++) if (touched.has(c)) return true;
    return false;
  };
  return statesFile.states
    .filter((s) => s.un !== undefined && s.code !== lensCode && start(s.from) <= day && day < end(s.until))
    .filter((s) => !covered(s.code))
    .map((s) => s.code);
}

