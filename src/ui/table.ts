// The table of all countries on the chosen day: sortable, searchable, downloadable. It is also what
// a screen reader reads and what shows when the map cannot be drawn.
import { CATEGORIES } from '../core/categories';
import { toCsv, type Row } from '../core/rows';
import { normalise } from '../state/resolve';
import { download, el, safeLink } from './dom';

type SortKey = 'name' | 'category' | 'since';

export interface Table {
  update(rows: readonly Row[], caption: string, fileStem: string): void;
}

export function createTable(container: HTMLElement, onSelect: (code: string) => void): Table {
  let rows: readonly Row[] = [];
  let sort: { key: SortKey; ascending: boolean } = { key: 'category', ascending: true };
  let stem = 'recognition-atlas';
  const search = el('input', { type: 'search', class: 'table-search', placeholder: 'Filter countries', 'aria-label': 'Filter countries' });
  const csv = el('button', { type: 'button', class: 'download-csv' }, 'Download CSV');
  const json = el('button', { type: 'button', class: 'download-json' }, 'Download JSON');
  const caption = el('caption', {});
  const headRow = el('tr', {});
  const body = el('tbody', {});
  const count = el('p', { class: 'table-count', 'aria-live': 'polite' });
  const table = el('table', { class: 'atlas-table' }, caption, el('thead', {}, headRow), body);
  container.replaceChildren(el('div', { class: 'table-tools' }, search, csv, json, count), el('div', { class: 'table-scroll' }, table));

  const columns: { key: SortKey | null; label: string }[] = [
    { key: 'name', label: 'Country' },
    { key: 'category', label: 'Category' },
    { key: 'since', label: 'Since' },
    { key: null, label: 'Source' },
  ];
  const visible = () => {
    const q = normalise(search.value);
    const filtered = q === '' ? [...rows] : rows.filter((r) => normalise(`${r.name} ${r.code} ${r.label}`).includes(q));
    const order = (r: Row) => (sort.key === 'category' ? String(CATEGORIES.indexOf(r.category)).padStart(2, '0') + r.name : sort.key === 'since' ? r.since || '0000' : r.name);
    filtered.sort((a, b) => order(a).localeCompare(order(b)) * (sort.ascending ? 1 : -1));
    return filtered;
  };
  const renderHead = () => {
    headRow.replaceChildren(...columns.map(({ key, label }) => {
      if (key === null) return el('th', { scope: 'col' }, label);
      const active = sort.key === key;
      const button = el('button', { type: 'button', class: 'sort' }, label, active ? (sort.ascending ? ' ▲' : ' ▼') : '');
      button.addEventListener('click', () => {
        sort = { key, ascending: active ? !sort.ascending : true };
        render();
      });
      return el('th', { scope: 'col', 'aria-sort': active ? (sort.ascending ? 'ascending' : 'descending') : 'none' }, button);
    }));
  };
  const render = () => {
    renderHead();
    const shown = visible();
    body.replaceChildren(...shown.map((r) => {
      const name = el('button', { type: 'button', class: 'row-country' }, r.name);
      name.addEventListener('click', () => onSelect(r.code));
      const source = r.sourceTitle ? safeLink(/^https?:/.test(r.sourceUrl) ? r.sourceUrl : undefined, `${r.sourceTitle} (${r.sourcePublisher})`) : el('span', {}, '');
      const label = `${r.label}${r.disputed ? ' (disputed)' : ''}${r.embassyCity ? `; embassy in ${r.embassyCity}` : ''}`;
      return el('tr', { 'data-code': r.code, 'data-category': r.category }, el('th', { scope: 'row' }, name), el('td', {}, label), el('td', {}, r.sinceText), el('td', {}, source));
    }));
    count.textContent = `${shown.length} of ${rows.length} countries`;
  };
  search.addEventListener('input', render);
  csv.addEventListener('click', () => download(`${stem}.csv`, new Blob([toCsv(visible())], { type: 'text/csv;charset=utf-8' })));
  json.addEventListener('click', () => download(`${stem}.json`, new Blob([`${JSON.stringify(visible(), null, 2)}\n`], { type: 'application/json' })));

  return {
    update(next, text, fileStem) {
      rows = next;
      stem = fileStem;
      caption.textContent = text;
      render();
    },
  };
}
