// The second date: set it to colour the map by what changed between the two days.
import { isoDay, parseDay } from '../core/date';
import { el } from './dom';

export interface CompareControl {
  set(day: number | null, range: { min: number; max: number }): void;
}

export function createCompareControl(container: HTMLElement, onChange: (day: number | null) => void): CompareControl {
  const input = el('input', { type: 'date', class: 'compare-date', 'aria-label': 'Compare with date' });
  const clear = el('button', { type: 'button', class: 'compare-clear', 'aria-label': 'Stop comparing' }, '×');
  container.replaceChildren(el('label', { class: 'compare-label' }, 'Compare with ', input), clear);
  input.addEventListener('change', () => onChange(parseDay(input.value)));
  clear.addEventListener('click', () => onChange(null));
  return {
    set(day, { min, max }) {
      input.min = isoDay(min);
      input.max = isoDay(max);
      input.value = day === null ? '' : isoDay(day);
      clear.hidden = day === null;
    },
  };
}
