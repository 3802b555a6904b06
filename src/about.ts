// The About page: the category key from the same constants the map uses, and the dataset's asOf,
// version and lenses from the site's own data index.
import './about.css';
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_LABEL, CATEGORY_MEANING } from './core/categories';
import { formatDay, parseDay } from './core/date';
import { fetchJson, isDataIndex, isStatesFile } from './load';
import { el, required } from './ui/dom';

required(document, '#categories').replaceChildren(
  ...CATEGORIES.map((c) => {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = CATEGORY_COLOR[c];
    return el('tr', { 'data-category': c }, el('td', {}, swatch), el('th', { scope: 'row' }, CATEGORY_LABEL[c]), el('td', {}, CATEGORY_MEANING[c]));
  }),
);

async function showDataset(): Promise<void> {
  const dataset = required<HTMLElement>(document, '#dataset');
  try {
    const [index, states] = await Promise.all([fetchJson('data/index.json', isDataIndex), fetchJson('data/states.json', isStatesFile)]);
    const asOf = parseDay(index.asOf);
    const checked = asOf === null ? index.asOf : formatDay(asOf);
    dataset.textContent = `Atlas version ${__APP_VERSION__}. Dataset version ${index.version ?? 'unversioned'}, checked as of ${checked}. The date slider ends on that day; "Latest" means it.`;
    const nameOf = (code: string) => states.states.find((s) => s.code === code)?.name ?? code;
    required(document, '#lenses').replaceChildren(
      ...index.lenses.map((code) => el('li', {}, el('a', { href: `./?state=${encodeURIComponent(code)}` }, nameOf(code)), ` (${code})`)),
    );
    const site = new URL('./', location.href).href;
    required(document, '#cite').textContent = `Recognition Atlas ${__APP_VERSION__}, dataset version ${index.version ?? 'unversioned'} (as of ${checked}). ${site} (accessed ${formatDay(Math.floor(Date.now() / 86_400_000))}).`;
  } catch (error) {
    dataset.textContent = `The dataset's details could not be loaded: ${error instanceof Error ? error.message : String(error)}.`;
  }
}
void showDataset().finally(() => (document.body.dataset.ready = 'true'));
