// Fetches the page's own files (never another origin) and says clearly which one failed and why.
import type { EventDetails, LensFile, StatesFile } from './core/types';
import type { CountriesTopology } from './map/geometry';

export class LoadError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`Could not load ${file}: ${reason}`);
  }
}

export async function fetchJson<T>(file: string, check: (value: unknown) => value is T): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(file, document.baseURI));
  } catch {
    throw new LoadError(file, 'the network request failed');
  }
  if (!response.ok) throw new LoadError(file, `the server answered ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new LoadError(file, 'the file is not valid JSON (truncated or damaged)');
  }
  if (!check(value)) throw new LoadError(file, 'the file does not have the expected shape');
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export interface DataIndex {
  asOf: string;
  version: string | null;
  lenses: string[];
}

export const isDataIndex = (v: unknown): v is DataIndex => isObject(v) && typeof v.asOf === 'string' && Array.isArray(v.lenses);
export const isStatesFile = (v: unknown): v is StatesFile => isObject(v) && Array.isArray(v.states);
export const isLensFile = (v: unknown): v is LensFile => isObject(v) && typeof v.asOf === 'string' && isObject(v.lens) && Array.isArray(v.events);
export const isTopology = (v: unknown): v is CountriesTopology =>
  isObject(v) && v.type === 'Topology' && isObject(v.objects) && isObject(v.objects.countries) && Array.isArray((v.objects.countries as Record<string, unknown>).geometries);
export const isDetailsFile = (v: unknown): v is Record<string, EventDetails> =>
  isObject(v) && Object.values(v).every((d) => isObject(d) && Array.isArray(d.sources));
