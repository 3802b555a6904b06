// The country panel: the pair's events in order, each with its sources and a button to go there.
import { formatDate } from '../core/date';
import type { PairEvent, Standing } from '../core/relations';
import { el, safeLink } from './dom';
import { eventTitle, standingText } from './text';

export interface PanelContent {
  title: string;
  standing: Standing;
  history: readonly PairEvent[];
  nameOf: (code: string) => string;
}

export interface Panel {
  show(content: PanelContent): void;
  hide(): void;
}

export function createPanel(container: HTMLElement, onJump: (day: number) => void, onClose: () => void): Panel {
  return {
    show({ title, standing, history, nameOf }) {
      const close = el('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close' }, '×');
      close.addEventListener('click', onClose);
      const items = history.map(({ event, effective }) => {
        const jump = el('button', { type: 'button', class: 'jump' }, formatDate(event.date));
        jump.title = 'Show the map on this date';
        jump.addEventListener('click', () => onJump(effective));
        const sources = el('ul', { class: 'sources' }, ...event.sources.map((s) => el('li', {}, safeLink(s.url ?? s.archived, s.title), ` (${s.publisher})`)));
        const parts: Node[] = [jump, el('span', { class: 'event-title' }, eventTitle(event, nameOf))];
        if (event.note) parts.push(el('p', { class: 'note' }, event.note));
        if (event.disputed) {
          parts.push(el('p', { class: 'disputed' }, `Disputed: ${event.disputed.note}`));
          parts.push(el('ul', { class: 'sources' }, ...event.disputed.sources.map((s) => el('li', {}, safeLink(s.url ?? s.archived, s.title), ` (${s.publisher})`))));
        }
        parts.push(sources);
        return el('li', { class: 'event' }, ...parts);
      });
      const body = items.length > 0 ? el('ol', { class: 'events' }, ...items) : el('p', { class: 'empty' }, 'No events recorded for this pair.');
      container.replaceChildren(el('div', { class: 'panel-head' }, el('h2', { id: 'panel-title' }, title), close), el('p', { class: 'standing' }, standingText(standing)), body);
      container.hidden = false;
    },
    hide() {
      container.hidden = true;
      container.replaceChildren();
    },
  };
}
