// The state picker: a search box over names, aliases and codes with a list of matches (an ARIA
// combobox), so Tuvalu or "Burma" or "xkx" are one keystroke away.
import type { State } from '../core/dataset';
import { searchStates } from '../state/resolve';
import { el } from './dom';

export interface Picker {
  set(code: string): void;
}

export function createPicker(container: HTMLElement, states: readonly State[], label: string, onPick: (code: string) => void, describe: (s: State) => string = (s) => s.name): Picker {
  const id = `${container.id || 'picker'}-list`;
  const input = el('input', { type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id, autocomplete: 'off', spellcheck: 'false', class: 'picker-input' });
  const list = el('ul', { role: 'listbox', id, class: 'picker-list', hidden: '' });
  container.replaceChildren(el('label', { class: 'picker-label' }, label, input), list);
  let matches: State[] = [];
  let active = -1;
  let current = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = () => {
    list.replaceChildren(...matches.map((s, i) => {
      const option = el('li', { role: 'option', id: `${id}-${s.code}`, 'aria-selected': String(i === active), 'data-code': s.code }, describe(s), el('span', { class: 'picker-code' }, s.code));
      option.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(s);
      });
      return option;
    }));
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    const activeState = matches[active];
    if (activeState) input.setAttribute('aria-activedescendant', `${id}-${activeState.code}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (s: State) => {
    close();
    input.value = s.name;
    current = s.name;
    onPick(s.code);
  };

  input.addEventListener('input', () => {
    matches = searchStates(states, input.value);
    active = matches.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (matches.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + matches.length) % matches.length;
      render();
    } else if (e.key === 'Enter') {
      const s = matches[active];
      if (s) {
        e.preventDefault();
        choose(s);
      }
    } else if (e.key === 'Escape') {
      close();
      input.value = current;
    }
  });
  input.addEventListener('blur', () => {
    close();
    input.value = current;
  });
  input.addEventListener('focus', () => input.select());

  return {
    set(code) {
      const s = states.find((x) => x.code === code);
      current = s?.name ?? code;
      input.value = current;
    },
  };
}
