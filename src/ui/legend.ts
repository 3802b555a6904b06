// The legend: each category's colour, name and count on the chosen day ("117 recognise").
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_LABEL, type Category } from '../core/categories';
import { el } from './dom';

export interface Legend {
  update(counts: Readonly<Record<Category, number>>, extra: { embassyCity: string | null; embassies: number }): void;
}

const SHOWN: readonly Category[] = CATEGORIES.filter((c) => c !== 'notstate');

export function createLegend(container: HTMLElement): Legend {
  const rows = new Map<Category, { row: HTMLElement; count: HTMLElement }>();
  const list = el('ul', { class: 'legend-list' });
  for (const category of SHOWN) {
    const swatch = el('span', { class: `swatch swatch-${category}`, 'aria-hidden': 'true' });
    swatch.style.background = CATEGORY_COLOR[category];
    const count = el('span', { class: 'legend-count' });
    const row = el('li', { class: 'legend-row', 'data-category': category }, swatch, count, el('span', { class: 'legend-label' }, CATEGORY_LABEL[category]));
    rows.set(category, { row, count });
    list.append(row);
  }
  const hatchNote = el('li', { class: 'legend-row legend-note' }, el('span', { class: 'swatch swatch-hatch', 'aria-hidden': 'true' }), el('span', { class: 'legend-label' }, 'Hatched: part of a federation then, or a disputed withdrawal'));
  const embassy = el('li', { class: 'legend-row legend-embassy', hidden: '' }, el('span', { class: 'swatch swatch-ring', 'aria-hidden': 'true' }), el('span', { class: 'legend-count' }), el('span', { class: 'legend-label' }));
  list.append(hatchNote, embassy);
  container.replaceChildren(el('h2', { class: 'legend-title' }, 'Legend'), list);

  return {
    update(counts, extra) {
      for (const category of SHOWN) {
        const { row, count } = rows.get(category)!;
        const n = category === 'self' ? 0 : counts[category];
        count.textContent = category === 'self' ? '' : String(n);
        row.hidden = category !== 'self' && n === 0;
      }
      embassy.hidden = extra.embassyCity === null;
      if (extra.embassyCity !== null) {
        embassy.children[1]!.textContent = String(extra.embassies);
        embassy.children[2]!.textContent = `Embassy in ${extra.embassyCity}`;
      }
    },
  };
}
