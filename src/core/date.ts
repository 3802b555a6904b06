// Days are whole numbers counted from 1970-01-01 (UTC), so comparing and stepping dates is integer
// arithmetic and no time zone can shift a day.

export type Precision = 'day' | 'month' | 'year';

export interface DayDate {
  /** First day the date covers. */
  day: number;
  precision: Precision;
  /** The date as written: `2021-02-01`, `2008-08` or `1949`. */
  text: string;
}

const MS_PER_DAY = 86_400_000;
const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function dayFromParts(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function partsOfDay(day: number): [year: number, month: number, day: number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const [y, m, d] = partsOfDay(dayFromParts(year, month, day));
  return y === year && m === month && d === day;
}

/** `parseDate('2008-08')` → `{ day: <2008-08-01>, precision: 'month', text: '2008-08' }`; null if not a real date. */
export function parseDate(text: string): DayDate | null {
  const match = FORM.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (!isRealDate(year, month, day)) return null;
  const precision: Precision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return { day: dayFromParts(year, month, day), precision, text };
}

/** The day after the last day a date covers: `2008` → 2009-01-01. */
export function endOfPeriod(date: DayDate): number {
  const [y, m] = partsOfDay(date.day);
  if (date.precision === 'year') return dayFromParts(y + 1, 1, 1);
  if (date.precision === 'month') return dayFromParts(y, m + 1, 1);
  return date.day + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `isoDay(18659)` → `'2021-02-01'`. */
export function isoDay(day: number): string {
  const [y, m, d] = partsOfDay(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `parseDay('2021-02-01')` → 18659; only full, real days. */
export function parseDay(text: string): number | null {
  const date = parseDate(text);
  return date && date.precision === 'day' ? date.day : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `formatDay(18659)` → `'1 February 2021'`. */
export function formatDay(day: number): string {
  const [y, m, d] = partsOfDay(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A date as precise as it is known: `'2008'`, `'August 2008'` or `'1 February 2021'`. */
export function formatDate(date: DayDate): string {
  const [y, m] = partsOfDay(date.day);
  if (date.precision === 'year') return String(y);
  if (date.precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return formatDay(date.day);
}

/** Adds whole years, keeping the day of the month where it exists (29 Feb → 28 Feb). */
export function addYears(day: number, years: number): number {
  const [y, m, d] = partsOfDay(day);
  const last = partsOfDay(dayFromParts(y + years, m + 1, 0))[2];
  return dayFromParts(y + years, m, Math.min(d, last));
}
