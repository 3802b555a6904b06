// Compare two days: did each country gain or lose recognition or relations between them?
import type { Category } from './categories';
import { existsOn, nameOn } from './dataset';
import { standingOn, type LensIndex } from './relations';

export const CHANGES = ['gained', 'lost', 'unchanged'] as const;
export type Change = (typeof CHANGES)[number];

export const CHANGE_LABEL: Readonly<Record<Change, string>> = {
  gained: 'Gained recognition or relations',
  lost: 'Lost recognition or relations',
  unchanged: 'Unchanged',
};

export const CHANGE_COLOR: Readonly<Record<Change, string>> = {
  gained: '#0072b2',
  lost: '#d55e00',
  unchanged: '#e3e3e0',
};

// How much a category grants the lens state: relations, then recognition, then nothing.
const LEVEL: Readonly<Record<Category, number>> = {
  relations: 2,
  recognises: 1,
  severed: 1,
  self: 0,
  claimant: 0,
  withdrawn: 0,
  none: 0,
  unknown: 0,
  notstate: 0,
};

/** `changeOf('none', 'relations')` → `'gained'`. */
export function changeOf(before: Category, after: Category): Change {
  const delta = LEVEL[after] - LEVEL[before];
  return delta > 0 ? 'gained' : delta < 0 ? 'lost' : 'unchanged';
}

export interface ChangeRow {
  code: string;
  name: string;
  before: Category;
  after: Category;
  change: Change;
}

/** Every state whose category differs between the two days, gains first, then losses, by name. */
export function changesBetween(index: LensIndex, from: number, to: number): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const state of index.others) {
    if (!existsOn(state, from) && !existsOn(state, to)) continue;
    const before = standingOn(index, state.code, from).category;
    const after = standingOn(index, state.code, to).category;
    if (before === after) continue;
    rows.push({ code: state.code, name: nameOn(state, existsOn(state, to) ? to : from), before, after, change: changeOf(before, after) });
  }
  const order = (c: Change) => CHANGES.indexOf(c);
  return rows.sort((a, b) => order(a.change) - order(b.change) || a.name.localeCompare(b.name));
}

/** How many states that exist on either day gained, lost or kept their standing. */
export function changeCounts(index: LensIndex, from: number, to: number): Record<Change, number> {
  const counts: Record<Change, number> = { gained: 0, lost: 0, unchanged: 0 };
  for (const state of index.others) {
    if (!existsOn(state, from) && !existsOn(state, to)) continue;
    counts[changeOf(standingOn(index, state.code, from).category, standingOn(index, state.code, to).category)]++;
  }
  return counts;
}

