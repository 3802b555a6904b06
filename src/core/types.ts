// The dataset as written in data/*.json (see data/README.md).

export const EVENT_TYPES = [
  'recognition',
  'recognition-withdrawn',
  'relations-established',
  'relations-severed',
  'relations-restored',
  'embassy-opened',
  'embassy-closed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface SourceRecord {
  title: string;
  publisher: string;
  url?: string;
  document?: string;
  published?: string;
  archived?: string;
  note?: string;
}

export interface EventRecord {
  id: string;
  date: string;
  type: EventType;
  actor: string;
  target: string;
  city?: string;
  sources: SourceRecord[];
  note?: string;
  disputed?: { note: string; sources: SourceRecord[] };
}

export interface MilestoneRecord {
  date: string;
  label: string;
}

/** States that had not recognised the lens state on `asOf`, and the sources that say so. */
export interface NotRecognisingGroup {
  states: string[];
  sources: SourceRecord[];
  note?: string;
}

export interface LensRecord {
  state: string;
  from?: string;
  /** Asserts coverage of every UN member and observer; validation holds the data to it. */
  complete?: boolean;
  /** Embassies in this city are marked on the map (Jerusalem for Israel). */
  highlightCity?: string;
  milestones?: MilestoneRecord[];
  notRecognising?: NotRecognisingGroup[];
}

export interface EventsFile {
  asOf: string;
  version?: string;
  lenses: LensRecord[];
  events: EventRecord[];
}

/** An event without its sources and notes: what the map and the counts need. */
export type SlimEventRecord = Omit<EventRecord, 'sources' | 'note' | 'disputed'> & { disputed?: true };

/** What the panel and the table add when they open: sources, note and the competing claim. */
export interface EventDetails {
  sources: SourceRecord[];
  note?: string;
  disputed?: { note: string; sources: SourceRecord[] };
}

/** What the page loads for one lens (the build writes one per curated lens); details come apart. */
export interface LensFile {
  asOf: string;
  version?: string;
  lens: LensRecord;
  events: (SlimEventRecord | EventRecord)[];
}

export interface PeriodRecord {
  from?: string;
  until?: string;
}

export interface StateRecord extends PeriodRecord {
  code: string;
  name: string;
  aliases?: string[];
  names?: (PeriodRecord & { name: string })[];
  features: string[];
  un?: 'member' | 'observer';
  partOf?: (PeriodRecord & { state: string })[];
  continues?: string;
  claimedBy?: string[];
  marker?: [number, number];
  sources?: SourceRecord[];
  note?: string;
}

export interface StatesFile {
  states: StateRecord[];
}
