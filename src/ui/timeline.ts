// The date slider: a native range input (so it is an ARIA slider for free), with Page Up/Down as
// one year, its value announced as a date, previous/next event, play, and a typed date.
import { formatDay, isoDay, parseDay } from '../core/date';
import { clamp, nextTick, playStep, previousTick, stepYears, type Timeline } from '../core/timeline';
import { el } from './dom';

export interface TimelineControl {
  set(day: number): void;
  setTimeline(timeline: Timeline): void;
  element: HTMLElement;
}

export interface TimelineOptions {
  /** Called on every change of day: 'scrub' while the slider is dragged or played. */
  onChange: (day: number, how: 'scrub' | 'step') => void;
}

/** Playback speeds, in days per second: a readable default and faster ones for long lenses. */
const SPEEDS = [
  { label: '1 month/s', daysPerSecond: 30 },
  { label: '1 year/s', daysPerSecond: 365 },
  { label: '5 years/s', daysPerSecond: 1826 },
] as const;

export function createTimelineControl(container: HTMLElement, options: TimelineOptions): TimelineControl {
  const { onChange } = options;
  let daysPerSecond: number = SPEEDS[1].daysPerSecond;
  let timeline: Timeline = { min: 0, max: 0, ticks: [] };
  let day = 0;
  let playing = false;
  let lastFrame = 0;

  const label = el('output', { class: 'timeline-date', 'aria-live': 'off' });
  const slider = el('input', { type: 'range', class: 'timeline-slider', step: '1', 'aria-label': 'Date', 'aria-keyshortcuts': 'PageUp PageDown Home End [ ]' });
  const ticks = el('div', { class: 'timeline-ticks', 'aria-hidden': 'true' });
  const previous = el('button', { type: 'button', class: 'previous-event', 'aria-keyshortcuts': '[' }, '◀ Event');
  previous.title = 'Previous event ([)';
  const next = el('button', { type: 'button', class: 'next-event', 'aria-keyshortcuts': ']' }, 'Event ▶');
  next.title = 'Next event (])';
  const play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
  const speed = el('select', { class: 'play-speed', 'aria-label': 'Playback speed' }, ...SPEEDS.map((s) => el('option', { value: String(s.daysPerSecond) }, s.label)));
  speed.value = String(daysPerSecond);
  speed.addEventListener('change', () => (daysPerSecond = Number(speed.value)));
  const typed = el('input', { type: 'date', class: 'timeline-typed', 'aria-label': 'Go to date' });
  const latest = el('button', { type: 'button', class: 'latest' }, 'Latest');
  const track = el('div', { class: 'timeline-track' }, slider, ticks);
  container.replaceChildren(
    el('div', { class: 'timeline-row' }, label),
    track,
    el('div', { class: 'timeline-row timeline-buttons' }, previous, play, speed, next, typed, latest),
  );

  const show = () => {
    slider.value = String(day);
    const text = formatDay(day);
    slider.setAttribute('aria-valuetext', text);
    label.textContent = day === timeline.max ? `${text} (latest)` : text;
    typed.value = isoDay(day);
  };
  const go = (to: number, how: 'scrub' | 'step') => {
    const clamped = clamp(timeline, to);
    if (clamped === day) return show();
    day = clamped;
    show();
    onChange(day, how);
  };
  const stop = () => {
    playing = false;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const frame = (now: number) => {
    if (!playing) return;
    const seconds = lastFrame === 0 ? 1 / 60 : Math.min(0.1, (now - lastFrame) / 1000);
    lastFrame = now;
    const step = playStep(timeline, day, seconds, daysPerSecond);
    go(step.day, 'scrub');
    if (step.playing) requestAnimationFrame(frame);
    else stop();
  };

  slider.addEventListener('input', () => go(Number(slider.value), 'scrub'));
  slider.addEventListener('keydown', (e) => {
    const years = e.key === 'PageUp' ? 1 : e.key === 'PageDown' ? -1 : 0;
    if (years !== 0) {
      e.preventDefault();
      go(stepYears(timeline, day, years), 'scrub');
    } else if (e.key === '[' || e.key === ']') {
      e.preventDefault();
      go(e.key === '[' ? previousTick(timeline, day) : nextTick(timeline, day), 'step');
    }
  });
  previous.addEventListener('click', () => go(previousTick(timeline, day), 'step'));
  next.addEventListener('click', () => go(nextTick(timeline, day), 'step'));
  latest.addEventListener('click', () => go(timeline.max, 'step'));
  typed.addEventListener('change', () => {
    const parsed = parseDay(typed.value);
    if (parsed !== null) go(parsed, 'step');
    else show();
  });
  play.addEventListener('click', () => {
    if (playing) return stop();
    if (day >= timeline.max) go(timeline.min, 'step');
    playing = true;
    lastFrame = 0;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    requestAnimationFrame(frame);
  });

  return {
    element: container,
    set(to) {
      day = clamp(timeline, to);
      show();
    },
    setTimeline(next) {
      timeline = next;
      slider.min = String(next.min);
      slider.max = String(next.max);
      typed.min = isoDay(next.min);
      typed.max = isoDay(next.max);
      const span = Math.max(1, next.max - next.min);
      ticks.replaceChildren(...next.ticks.map((t) => {
        const mark = el('span', { class: 'tick' });
        mark.style.left = `${((t - next.min) / span) * 100}%`;
        return mark;
      }));
      day = clamp(next, day);
      show();
    },
  };
}
