// Loads data/ from disk and checks it: JSON syntax (with line and column), the JSON Schemas, then
// the meaning (src/core/validate.ts). Used by `npm run validate`, the build and the tests.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { checkEvents, checkStates, formatProblem, type Problem } from '../src/core/validate';
import { eventDetails, lensFile, slimEvent, slimStates } from '../src/core/split';
import type { EventsFile, StatesFile } from '../src/core/types';

export interface LoadedData {
  problems: Problem[];
  states: StatesFile | null;
  events: EventsFile | null;
}

/** `lineColumn('{\n  x', 4)` → `{ line: 2, column: 3 }`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse gave up. Node 20's messages carry no position, so find it: every prefix shorter
 * than the fault fails only for ending early; from the fault on, it fails for something else.
 */
export function faultOffset(text: string): number | null {
  const endsEarly = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (error) {
      const message = String(error);
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) >= n : /end of JSON input/.test(message);
    }
  };
  if (endsEarly(text.length)) return null;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (endsEarly(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function parseJson(text: string, file: string): { value: unknown; problem: Problem | null } {
  try {
    return { value: JSON.parse(text), problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : faultOffset(text);
    const at = offset === null ? null : lineColumn(text, offset);
    const where = at ? `line ${at.line}, column ${at.column}` : 'file';
    return { value: null, problem: { file, record: where, field: '(syntax)', message: `not valid JSON: ${message}` } };
  }
}

function recordOf(path: string, value: unknown): { record: string; field: string } {
  // '/events/12/sources/0/url' → record 'events[12] (the-id)', field 'sources[0].url'
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 2 || !/^\d+$/.test(parts[1]!)) return { record: parts[0] ?? '(top)', field: parts.slice(1).join('.') || '(record)' };
  const list = (value as Record<string, unknown[]>)[parts[0]!];
  const item = list?.[Number(parts[1])] as { id?: unknown; code?: unknown; state?: unknown } | undefined;
  const name = item?.id ?? item?.code ?? item?.state;
  const field = parts.slice(2).reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  return { record: `${parts[0]}[${parts[1]}]${typeof name === 'string' ? ` (${name})` : ''}`, field: field || '(record)' };
}

function schemaProblems(errors: ErrorObject[] | null | undefined, value: unknown, file: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors ?? []) {
    const path = e.keyword === 'required' || e.keyword === 'additionalProperties' ? e.instancePath : e.instancePath;
    const { record, field } = recordOf(path, value);
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : e.keyword === 'enum' ? `: ${JSON.stringify(e.params.allowedValues)}` : '';
    const message = `${e.message ?? 'invalid'}${extra}`;
    const key = `${record}|${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, record, field, message });
  }
  return out;
}

export function loadData(root: string, files = { states: 'data/states.json', events: 'data/events.json' }): LoadedData {
  const ajv = new Ajv({ allErrors: true });
  const problems: Problem[] = [];
  const read = (name: string, schemaFile: string): unknown => {
    const path = join(root, name);
    if (!existsSync(path)) {
      problems.push({ file: name, record: '(file)', field: '(file)', message: 'missing' });
      return null;
    }
    const { value, problem } = parseJson(readFileSync(path, 'utf8'), name);
    if (problem) {
      problems.push(problem);
      return null;
    }
    const schema = JSON.parse(readFileSync(join(root, 'data', schemaFile), 'utf8'));
    const validate = ajv.compile(schema);
    if (!validate(value)) {
      problems.push(...schemaProblems(validate.errors, value, name));
      return null;
    }
    return value;
  };
  const states = read(files.states, 'states.schema.json') as StatesFile | null;
  const events = read(files.events, 'events.schema.json') as EventsFile | null;
  const seeds = join(root, 'seeds');
  const documents = new Set(existsSync(seeds) ? readdirSync(seeds).map((f) => `seeds/${f}`) : []);
  const geo = join(root, 'public/geo/countries.json');
  const featureIds = existsSync(geo)
    ? new Set<string>((JSON.parse(readFileSync(geo, 'utf8')).objects.countries.geometries as { id: string }[]).map((g) => g.id))
    : undefined;
  const options = { statesFile: files.states, eventsFile: files.events, documents, ...(featureIds ? { featureIds } : {}) };
  if (states) problems.push(...checkStates(states, options));
  if (states && events) problems.push(...checkEvents(events, states, options));
  return { problems, states, events };
}


/**
 * The files the site serves from data/: states as they are, events split per lens, and an index.
 * Throws, naming file, record and field, when the dataset is invalid: the build ships nothing then.
 */
export function siteDataFiles(root: string): Map<string, string> {
  const { problems, states, events } = loadData(root);
  if (problems.length > 0 || !states || !events) throw new Error(`The dataset is invalid:\n${problems.map(formatProblem).join('\n')}`);
  const out = new Map<string, string>([['data/states.json', JSON.stringify(slimStates(states))]]);
  for (const lens of events.lenses) {
    const file = lensFile(events, states.states, lens.state);
    out.set(`data/lens/${lens.state}.json`, JSON.stringify({ ...file, events: file.events.map(slimEvent) }));
    out.set(`data/lens/${lens.state}.details.json`, JSON.stringify(eventDetails(file.events)));
  }
  out.set('data/index.json', JSON.stringify({ asOf: events.asOf, version: events.version ?? null, lenses: events.lenses.map((l) => l.state) }));
  return out;
}
