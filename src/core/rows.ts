// The table's rows: one per state that exists on the day, with its category, since when and the
// source of the event that made it so. Pure, so the CSV and JSON downloads say what the screen says.
import { CATEGORY_LABEL, type Category } from './categories';
import { existsOn, nameOn } from './dataset';
import { formatDate, formatDay, isoDay, endOfPeriod } from './date';
import { standingOn, type LensIndex } from './relations';
import type { EventDetails } from './types';

export interface Row {
  code: string;
  name: string;
  category: Category;
  label: string;
  /** ISO day the category began, or '' when it held from before the data. */
  since: string;
  /** The since date as precise as its source: '1980', 'August 2008', '1 February 2021'. */
  sinceText: string;
  disputed: boolean;
  embassyCity: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string;
  eventId: string;
}

/** Every existing state's row on a day; sources come from `detailsOf` (empty until loaded). */
export function rowsOn(index: LensIndex, day: number, detailsOf: (eventId: string) => EventDetails | undefined = () => undefined): Row[] {
  const rows: Row[] = [];
  for (const state of index.others) {
    if (!existsOn(state, day)) continue;
    const s = standingOn(index, state.code, day);
    const source = s.event ? detailsOf(s.event.id)?.sources[0] : undefined;
    const date = s.event?.date;
    // "Since" only when an event brought the category about; a date known to the month or year is
    // shown as such.
    const sinceText = !date ? '' : date.day <= s.since && s.since < endOfPeriod(date) ? formatDate(date) : formatDay(s.since);
    rows.push({
      code: state.code,
      name: nameOn(state, day),
      category: s.category,
      label: CATEGORY_LABEL[s.category],
      since: date ? isoDay(s.since) : '',
      sinceText,
      disputed: s.disputed,
      embassyCity: s.embassyCity ?? '',
      sourceTitle: source?.title ?? '',
      sourcePublisher: source?.publisher ?? '',
      sourceUrl: source?.url ?? source?.archived ?? source?.document ?? '',
      eventId: s.event?.id ?? '',
    });
  }
  return rows;
}

const CSV_COLUMNS: (keyof Row)[] = ['code', 'name', 'category', 'since', 'disputed', 'embassyCity', 'sourceTitle', 'sourcePublisher', 'sourceUrl', 'eventId'];

function csvCell(value: string | boolean): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `toCsv(rows)`: a header and one line per row, RFC 4180 quoting. */
export function toCsv(rows: readonly Row[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
