// What the legend lists: the categories with their counts, or in compare mode the changes.
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_COUNT_PHRASE, CATEGORY_LABEL, type Category } from '../core/categories';
import { CHANGES, CHANGE_COLOR, CHANGE_LABEL, type Change } from '../core/compare';
import type { LegendEntry } from './legend';

const SHOWN: readonly Category[] = CATEGORIES.filter((c) => c !== 'notstate');

export function categoryEntries(counts: Readonly<Record<Category, number>>, embassy: { city: string; count: number } | null): LegendEntry[] {
  const entries: LegendEntry[] = SHOWN.map((c) => ({ key: c, color: CATEGORY_COLOR[c], label: CATEGORY_LABEL[c], count: c === 'self' ? null : counts[c] }));
  entries.push({ key: 'hatch', color: '', label: 'Hatched: part of a federation then, or a disputed withdrawal', count: null, symbol: 'hatch' });
  if (embassy) entries.push({ key: 'embassy', color: '#000000', label: `Embassy in ${embassy.city}`, count: embassy.count, symbol: 'ring' });
  return entries;
}

export function changeEntries(counts: Readonly<Record<Change, number>>): LegendEntry[] {
  return CHANGES.map((c) => ({ key: c, color: CHANGE_COLOR[c], label: CHANGE_LABEL[c], count: counts[c] }));
}

/** `countSentence({recognises: 117, ...})` → `'117 recognise, no relations; 3 have relations; ...'`, for screen readers. */
export function countSentence(counts: Readonly<Record<Category, number>>): string {
  return SHOWN.filter((c) => c !== 'self' && counts[c] > 0).map((c) => `${counts[c]} ${CATEGORY_COUNT_PHRASE[c]}`).join('; ');
}
