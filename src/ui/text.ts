// Words for what the engine computes; shared by the tooltip, the panel and the table.
import { CATEGORY_LABEL } from '../core/categories';
import { endOfPeriod, formatDate, formatDay } from '../core/date';
import type { AtlasEvent } from '../core/dataset';
import type { Standing } from '../core/relations';

const TYPE_LABEL: Record<AtlasEvent['type'], string> = {
  recognition: 'Recognition',
  'recognition-withdrawn': 'Recognition withdrawn',
  'relations-established': 'Diplomatic relations established',
  'relations-severed': 'Relations broken off',
  'relations-restored': 'Relations restored',
  'embassy-opened': 'Embassy opened',
  'embassy-closed': 'Embassy closed',
};

export function eventTitle(event: AtlasEvent, nameOf: (code: string) => string): string {
  const who = `${nameOf(event.actor)} → ${nameOf(event.target)}`;
  const city = event.city ? ` in ${event.city}` : '';
  return `${TYPE_LABEL[event.type]}${city}: ${who}`;
}

/** `'Diplomatic relations, since 1 February 2021'`; the date as precise as its source. */
export function standingText(standing: Standing): string {
  const label = CATEGORY_LABEL[standing.category];
  const disputed = standing.disputed ? ' (disputed)' : '';
  if (!Number.isFinite(standing.since) || standing.category === 'self') return `${label}${disputed}`;
  // A date known only to the month or year is shown as such, not as the day it takes effect.
  const date = standing.event?.date;
  const since = date && date.day <= standing.since && standing.since < endOfPeriod(date) ? formatDate(date) : formatDay(standing.since);
  return `${label}${disputed}, since ${since}`;
}
