// Compare mode's list: what changed between the two days, country by country.
import { CATEGORY_LABEL } from '../core/categories';
import { CHANGE_COLOR, CHANGE_LABEL, type ChangeRow } from '../core/compare';
import { el } from './dom';

export interface ChangesList {
  show(title: string, rows: readonly ChangeRow[]): void;
  hide(): void;
}

export function createChangesList(container: HTMLElement, onSelect: (code: string) => void): ChangesList {
  return {
    show(title, rows) {
      const items = rows.map((r) => {
        const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = CHANGE_COLOR[r.change];
        const name = el('button', { type: 'button', class: 'change-country' }, r.name);
        name.addEventListener('click', () => onSelect(r.code));
        return el('li', { class: 'change', 'data-code': r.code, 'data-change': r.change }, swatch, name, el('span', { class: 'change-what' }, `${CATEGORY_LABEL[r.before]} → ${CATEGORY_LABEL[r.after]}`), el('span', { class: 'visually-hidden' }, ` (${CHANGE_LABEL[r.change]})`));
      });
      container.replaceChildren(el('h2', {}, title), rows.length > 0 ? el('ul', { class: 'changes-list' }, ...items) : el('p', {}, 'No country changed category between these days.'));
      container.hidden = false;
    },
    hide() {
      container.hidden = true;
      container.replaceChildren();
    },
  };
}
