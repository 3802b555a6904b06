// The legend: each entry's colour, count on the chosen day ("117") and label. Hovering or focusing
// an entry asks the map to highlight its countries.
import { el } from './dom';

export interface LegendEntry {
  key: string;
  color: string;
  label: string;
  /** null: no count shown (the selected state). */
  count: number | null;
  /** A ring or hatch instead of a fill. */
  symbol?: 'ring' | 'hatch';
}

export interface Legend {
  update(title: string, entries: readonly LegendEntry[]): void;
}

export function createLegend(container: HTMLElement, onHighlight: (key: string | null) => void = () => {}): Legend {
  const heading = el('h2', { class: 'legend-title' });
  const list = el('ul', { class: 'legend-list' });
  container.replaceChildren(heading, list);
  let shown = '';
  return {
    update(title, entries) {
      heading.textContent = title;
      // Rebuild only when the set of entries changes; counts update in place (the scrub path).
      const signature = entries.map((e) => `${e.key}:${e.label}`).join('|');
      if (signature !== shown) {
        shown = signature;
        list.replaceChildren(...entries.map((e) => {
          const swatch = el('span', { class: `swatch${e.symbol ? ` swatch-${e.symbol}` : ''}`, 'aria-hidden': 'true' });
          if (!e.symbol) swatch.style.background = e.color;
          const row = el('li', { class: 'legend-row', 'data-key': e.key, tabindex: '0' }, swatch, el('span', { class: 'legend-count' }), el('span', { class: 'legend-label' }, e.label));
          for (const [on, key] of [['mouseenter', e.key], ['focus', e.key], ['mouseleave', null], ['blur', null]] as const) row.addEventListener(on, () => onHighlight(key));
          return row;
        }));
      }
      entries.forEach((e, i) => {
        const row = list.children[i] as HTMLElement;
        row.querySelector('.legend-count')!.textContent = e.count === null ? '' : String(e.count);
        row.hidden = e.count === 0;
      });
    },
  };
}
