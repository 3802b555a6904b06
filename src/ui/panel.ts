// The country panel: the pair's events in order, each with its sources and a button to go there.
import { formatDate } from '../core/date';
import type { PairEvent, Standing } from '../core/relations';
import type { EventDetails, SourceRecord } from '../core/types';
import { el, safeLink } from './dom';
import { eventTitle, standingText } from './text';

export interface PanelContent {
  title: string;
  standing: Standing;
  history: readonly PairEvent[];
  nameOf: (code: string) => string;
  /** Sources and notes by event id; null while they load. */
  details: ((eventId: string) => EventDetails | undefined) | null;
}

function sourceList(sources: readonly SourceRecord[]): HTMLElement {
  return el('ul', { class: 'sources' }, ...sources.map((s) => el('li', {}, safeLink(s.url ?? s.archived, s.title), ` (${s.publisher})`)));
}

export interface Panel {
  show(content: PanelContent): void;
  hide(): void;
}

export function createPanel(container: HTMLElement, onJump: (day: number) => void, onClose: () => void): Panel {
  return {
    show({ title, standing, history, nameOf, details }) {
      const close = el('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close' }, '×');
      close.addEventListener('click', onClose);
      const items = history.map(({ event, effective }) => {
        const jump = el('button', { type: 'button', class: 'jump' }, formatDate(event.date));
        jump.title = 'Show the map on this date';
        jump.addEventListener('click', () => onJump(effective));
        const parts: Node[] = [jump, el('span', { class: 'event-title' }, eventTitle(event, nameOf))];
        const more = details?.(event.id);
        if (more?.note) parts.push(el('p', { class: 'note' }, more.note));
        if (event.disputed) parts.push(el('p', { class: 'disputed' }, `Disputed${more?.disputed ? `: ${more.disputed.note}` : ''}`));
        if (more?.disputed) parts.push(sourceList(more.disputed.sources));
        parts.push(more ? sourceList(more.sources) : details === null ? el('p', { class: 'loading' }, 'Loading sources…') : el('p', { class: 'unavailable' }, 'Sources unavailable.'));
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
