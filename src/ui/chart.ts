// The counts chart: stacked counts per category over the lens's time, a cursor tied to the slider,
// milestones from the dataset. Pointer input sets the date (the slider is its keyboard equivalent).
// Drawn when the series or the width changes; scrubbing only moves the cursor.
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, stack, type SeriesPoint } from 'd3-shape';
import { CATEGORY_COLOR, CATEGORY_LABEL, type Category } from '../core/categories';
import { dayFromParts, formatDay, partsOfDay } from '../core/date';
import type { Milestone } from '../core/dataset';
import type { CountStep } from '../core/series';
import type { Timeline } from '../core/timeline';

const SVG = 'http://www.w3.org/2000/svg';
/** Bottom to top: the most recognition at the base, so its growth reads as a rising floor. */
export const CHART_LAYERS: readonly Category[] = ['relations', 'recognises', 'severed', 'withdrawn', 'claimant', 'none', 'unknown'];

export interface CountsChart {
  setSeries(series: readonly CountStep[], timeline: Timeline, milestones: readonly Milestone[]): void;
  setDay(day: number, compare: number | null): void;
}

export interface ChartOptions {
  /** A press sets the date once ('step', a history entry); dragging then scrubs ('scrub'). */
  onPick: (day: number, how: 'scrub' | 'step') => void;
  height?: number;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

export function createCountsChart(container: HTMLElement, { onPick, height = 84 }: ChartOptions): CountsChart {
  // The slider's thumb travels 8px in from each side: the chart's days line up with it.
  const margin = { top: 10, right: 8, bottom: 16, left: 8 };
  const root = svg('svg', { class: 'chart-svg', role: 'img', height });
  const title = svg('title');
  const plot = svg('g');
  const cursor = svg('line', { class: 'chart-cursor' });
  const compareCursor = svg('line', { class: 'chart-cursor chart-compare' });
  root.append(title, plot, compareCursor, cursor);
  container.replaceChildren(root);

  let series: readonly CountStep[] = [];
  let timeline: Timeline = { min: 0, max: 1, ticks: [] };
  let milestones: readonly Milestone[] = [];
  let width = 0;
  let day = 0;
  let compare: number | null = null;
  const x = scaleLinear();

  const placeCursors = () => {
    for (const [line, at] of [[cursor, day], [compareCursor, compare]] as const) {
      line.style.display = at === null || width === 0 ? 'none' : '';
      if (at === null) continue;
      const px = String(x(at));
      line.setAttribute('x1', px);
      line.setAttribute('x2', px);
    }
  };

  const draw = () => {
    width = container.clientWidth;
    plot.replaceChildren();
    if (width === 0 || series.length === 0) return;
    root.setAttribute('width', String(width));
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const last = series[series.length - 1]!;
    // The last step is held to the end of the timeline, so the areas reach the right edge.
    const steps = [...series, { day: timeline.max, counts: last.counts }];
    const total = Math.max(1, ...series.map((s) => CHART_LAYERS.reduce((n, c) => n + s.counts[c], 0)));
    x.domain([timeline.min, timeline.max]).range([margin.left, width - margin.right]);
    const y = scaleLinear().domain([0, total]).range([height - margin.bottom, margin.top]).nice();
    const layers = stack<CountStep, Category>().keys(CHART_LAYERS).value((s, key) => s.counts[key])(steps);
    const shape = area<SeriesPoint<CountStep>>().x((p) => x(p.data.day)).y0((p) => y(p[0])).y1((p) => y(p[1])).curve(curveStepAfter);
    for (const layer of layers) {
      const path = svg('path', { d: shape(layer) ?? '', fill: CATEGORY_COLOR[layer.key], class: `chart-layer chart-${layer.key}` });
      const tip = svg('title');
      tip.textContent = CATEGORY_LABEL[layer.key];
      path.append(tip);
      plot.append(path);
    }
    for (const tick of y.ticks(2).filter((t) => t > 0)) {
      const label = svg('text', { x: margin.left + 2, y: y(tick) - 2, class: 'chart-axis chart-count' });
      label.textContent = String(tick);
      plot.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: 'chart-grid' }), label);
    }
    const [firstYear, lastYear] = [partsOfDay(timeline.min)[0], partsOfDay(timeline.max)[0]];
    const years = scaleLinear().domain([firstYear, lastYear]).ticks(Math.max(2, Math.floor(width / 90))).filter((t) => Number.isInteger(t) && t > firstYear);
    for (const year of years) {
      const label = svg('text', { x: x(dayFromParts(year, 1, 1)), y: height - 3, class: 'chart-axis', 'text-anchor': 'middle' });
      label.textContent = String(year);
      plot.append(label);
    }
    for (const m of milestones) {
      if (m.day < timeline.min || m.day > timeline.max) continue;
      const mark = svg('g', { class: 'chart-milestone' });
      const tip = svg('title');
      tip.textContent = `${formatDay(m.day)}: ${m.label}`;
      mark.append(tip, svg('line', { x1: x(m.day), x2: x(m.day), y1: margin.top - 6, y2: height - margin.bottom }), svg('circle', { cx: x(m.day), cy: margin.top - 6, r: 3.5 }));
      plot.append(mark);
    }
    for (const line of [cursor, compareCursor]) {
      line.setAttribute('y1', String(margin.top - 8));
      line.setAttribute('y2', String(height - margin.bottom));
    }
    title.textContent = `Counts per category from ${formatDay(timeline.min)} to ${formatDay(timeline.max)}. Milestones: ${milestones.map((m) => `${formatDay(m.day)}, ${m.label}`).join('; ') || 'none'}. Use the date slider to move through it.`;
    placeCursors();
  };

  const dayAt = (event: PointerEvent) => {
    const box = root.getBoundingClientRect();
    const at = Math.round(x.invert(event.clientX - box.left));
    return Math.min(timeline.max, Math.max(timeline.min, at));
  };
  root.addEventListener('pointerdown', (event) => {
    if (series.length === 0) return;
    root.setPointerCapture(event.pointerId);
    onPick(dayAt(event), 'step');
  });
  root.addEventListener('pointermove', (event) => {
    if (root.hasPointerCapture(event.pointerId)) onPick(dayAt(event), 'scrub');
  });

  new ResizeObserver(() => {
    if (container.clientWidth !== width) draw();
  }).observe(container);

  return {
    setSeries(next, nextTimeline, nextMilestones) {
      series = next;
      timeline = nextTimeline;
      milestones = nextMilestones;
      draw();
    },
    setDay(nextDay, nextCompare) {
      day = nextDay;
      compare = nextCompare;
      placeCursors();
    },
  };
}
