// What the pure core says about the shipped dataset: the browser tests compare the screen with it.
import { loadData } from '../../scripts/data';
import { buildLensIndex, countsOn, standingOn } from '../../src/core/relations';
import { statesByCode, toEvent, toLens } from '../../src/core/dataset';
import { CATEGORY_COLOR, type Category } from '../../src/core/categories';
import { parseDay } from '../../src/core/date';
import { lensFile } from '../../src/core/split';

const { states, events, problems } = loadData(process.cwd());
if (!states || !events || problems.length > 0) throw new Error('the shipped dataset is invalid: run npm run validate');
const byCode = statesByCode(states.states);

export function lensIndex(code: string) {
  const file = lensFile(events!, states!.states, code);
  return buildLensIndex(byCode, code, file.events.map(toEvent), toLens(file.lens));
}

export function expectedCategory(lens: string, code: string, date: string): Category {
  return standingOn(lensIndex(lens), code, parseDay(date)!).category;
}

export function expectedCounts(lens: string, date: string) {
  return countsOn(lensIndex(lens), parseDay(date)!);
}

export function colourOf(category: Category): string {
  return CATEGORY_COLOR[category];
}

export const asOf = events.asOf;
