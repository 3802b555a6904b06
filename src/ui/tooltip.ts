// Hover: the country's name on the chosen day, its category and since when.
import { el } from './dom';

export interface Tooltip {
  show(lines: readonly string[], at: { x: number; y: number }): void;
  hide(): void;
}

export function createTooltip(container: HTMLElement): Tooltip {
  return {
    show(lines, at) {
      container.replaceChildren(...lines.map((line, i) => el(i === 0 ? 'strong' : 'div', {}, line)));
      const { width, height } = container.parentElement?.getBoundingClientRect() ?? { width: 0, height: 0 };
      container.style.left = `${Math.min(at.x + 14, Math.max(0, width - 260))}px`;
      container.style.top = `${Math.min(at.y + 14, Math.max(0, height - 90))}px`;
      container.hidden = false;
    },
    hide() {
      container.hidden = true;
    },
  };
}
