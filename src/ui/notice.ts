// One place for messages to the reader: dropped link values, load failures, missing WebGL.
import { el } from './dom';

export interface Notice {
  show(message: string, action?: { label: string; run: () => void }): void;
  clear(): void;
}

export function createNotice(container: HTMLElement): Notice {
  return {
    show(message, action) {
      const close = el('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss' }, '×');
      close.addEventListener('click', () => this.clear());
      const parts: Node[] = [el('span', { class: 'notice-text' }, message)];
      if (action) {
        const button = el('button', { type: 'button', class: 'notice-action' }, action.label);
        button.addEventListener('click', action.run);
        parts.push(button);
      }
      container.replaceChildren(...parts, close);
      container.hidden = false;
    },
    clear() {
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
