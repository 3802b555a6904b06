// Wires data, URL state, map and controls. Data flows one way: the view decides the lens and the
// day; the engine answers; the map, legend, panel and table draw the answer.
import './style.css';
import { buildLensIndex, changeDays, countsOn, embassiesOn, historyOf, standingOn, type LensIndex } from './core/relations';
import { standingForLand } from './core/features';
import { CATEGORY_INDEX, type Category } from './core/categories';
import { CHANGES, changeCounts, changesBetween } from './core/compare';
import { CHANGE_PAINT_OFFSET } from './core/features';
import { dayFromParts, formatDay, isoDay, parseDay } from './core/date';
import { nameOn, statesByCode, toEvent, toLens } from './core/dataset';
import { rowsOn } from './core/rows';
import type { Timeline } from './core/timeline';
import { decodeView, encodeView, type Dropped } from './state/url';
import { urlWriter } from './state/history';
import { stateResolver } from './state/resolve';
import { DEFAULT_VIEW, type View } from './state/view';
import { fetchJson, isDataIndex, isDetailsFile, isLensFile, isStatesFile, LoadError } from './load';
import type { EventDetails } from './core/types';
import { createMapView } from './mapview';
import { markFirstView } from './firstview';
import { required, whenPageIdle } from './ui/dom';
import { createNotice } from './ui/notice';
import { createLegend } from './ui/legend';
import { categoryEntries, changeEntries, countSentence } from './ui/entries';
import { createTooltip } from './ui/tooltip';
import { createPicker } from './ui/picker';
import { createPanel } from './ui/panel';
import { createTimelineControl } from './ui/timeline';
import { createTable } from './ui/table';
import { createChangesList } from './ui/changes';
import { createCompareControl } from './ui/compare';
import { createShareButton } from './ui/share';
import type { CountsChart } from './ui/chart';
import { createExportButton } from './ui/export';
import type { LegendEntry } from './ui/legend';
import { countSeries } from './core/series';
import { standingText } from './ui/text';

const FIRST_DAY = dayFromParts(1945, 1, 1);

function describeDropped(dropped: readonly Dropped[]): string {
  const parts = dropped.map((d) => `${d.param}=${d.value} (${d.reason})`);
  return `Some of this link could not be used and was left out: ${parts.join('; ')}.`;
}

async function start(): Promise<void> {
  const notice = createNotice(required(document, '#notice'));
  const [dataIndex, statesFile] = await Promise.all([fetchJson('data/index.json', isDataIndex), fetchJson('data/states.json', isStatesFile)]);
  const states = statesByCode(statesFile.states);
  const stateList = [...states.values()].sort((a, b) => a.name.localeCompare(b.name));
  const asOf = parseDay(dataIndex.asOf) ?? dayFromParts(2026, 1, 1);
  const decodeContext = { resolveState: stateResolver(stateList), minDay: FIRST_DAY, maxDay: asOf };
  const nameOf = (code: string, day: number) => {
    const s = states.get(code);
    return s ? nameOn(s, day) : code;
  };

  let view: View = { ...DEFAULT_VIEW };
  let lens: LensIndex | null = null;
  let timeline: Timeline = { min: FIRST_DAY, max: asOf, ticks: [] };
  let mapFailed = false;
  const dayOf = (v: View) => v.date ?? timeline.max;

  const fetchLens = async (code: string): Promise<LensIndex> => {
    if (!dataIndex.lenses.includes(code)) return buildLensIndex(states, code, [], null);
    try {
      const file = await fetchJson(`data/lens/${code}.json`, isLensFile);
      return buildLensIndex(states, code, file.events.map(toEvent), toLens(file.lens));
    } catch (error) {
      // A broken lens file: say so, offer a retry, and show the state with no data meanwhile.
      console.error(error);
      lensCache.delete(code);
      const message = error instanceof LoadError ? error.message : String(error);
      notice.show(`${message}. The map shows no data for this state until it loads.`, { label: 'Retry', run: () => void update({}, 'none', true) });
      return buildLensIndex(states, code, [], null);
    }
  };
  const lensCache = new Map<string, Promise<LensIndex>>();
  const loadLens = (code: string): Promise<LensIndex> => {
    const pending = lensCache.get(code) ?? fetchLens(code);
    lensCache.set(code, pending);
    return pending;
  };
  // The view the link asks for: its lens starts loading now, before the controls are built, so that
  // its colours are set before MapLibre's worker has cut the first tiles.
  const linked = decodeView(location.search, decodeContext).view;
  void loadLens(linked.state);
  // Sources and notes: loaded the first time a panel or the table needs them, not on the first view.
  const detailsCache = new Map<string, Record<string, EventDetails> | 'loading' | 'failed'>();
  const detailsFor = (code: string): ((id: string) => EventDetails | undefined) | null => {
    const cached = detailsCache.get(code);
    if (cached === 'loading') return null;
    if (cached === 'failed' || !dataIndex.lenses.includes(code)) return () => undefined;
    if (cached) return (id) => cached[id];
    detailsCache.set(code, 'loading');
    fetchJson(`data/lens/${code}.details.json`, isDetailsFile).then(
      (details) => detailsCache.set(code, details),
      (error: unknown) => {
        console.error(error);
        detailsCache.set(code, 'failed');
        notice.show(`${error instanceof Error ? error.message : String(error)}. Sources cannot be shown.`);
      },
    ).finally(() => {
      renderPanel();
      renderTable();
    });
    return null;
  };

  const timelineFor = (index: LensIndex): Timeline => {
    const min = Math.max(FIRST_DAY, index.curated?.from ?? index.lens.exists.from);
    const max = Math.min(asOf, index.lens.exists.until - 1);
    return { min, max, ticks: changeDays(index).filter((d) => d > min && d <= max) };
  };

  const writer = urlWriter(history, () => location.search.replace(/^\?/, ''), () => location.pathname);
  const mapView = createMapView({
    container: required(document, '#map'),
    states: stateList,
    onHover: (owner, at) => {
      if (!owner || !lens) return tooltip.hide();
      const day = dayOf(view);
      const { standing, viaParent } = standingForLand(lens, owner, day);
      const name = nameOf(owner.code, day);
      const lines = [viaParent ? `${name} (part of ${nameOf(viaParent.code, day)})` : name, standingText(standing)];
      if (standing.embassyCity && !viaParent) lines.push(`Embassy in ${standing.embassyCity}`);
      if (view.compare !== null) lines.push(`On ${formatDay(view.compare)}: ${standingText(standingForLand(lens, owner, view.compare).standing)}`);
      tooltip.show(lines, at);
    },
    onClick: (owner) => void update({ country: owner && owner.code !== view.state ? owner.code : null }, 'push'),
    onMoveEnd: (camera) => {
      view = { ...view, camera };
      writer.replace(encodeView(view));
    },
  });
  const legendKeyIndex = (key: string | null): number | null => {
    if (key === null) return null;
    if (key in CATEGORY_INDEX) return CATEGORY_INDEX[key as Category];
    const change = CHANGES.indexOf(key as never);
    return change >= 0 ? CHANGE_PAINT_OFFSET + change : null;
  };
  const legend = createLegend(required(document, '#legend'), (key) => mapView.highlight(legendKeyIndex(key)));
  const summary = required<HTMLElement>(document, '#summary');
  const tooltip = createTooltip(required(document, '#tooltip'));
  const panel = createPanel(required(document, '#panel'), (day) => update({ date: day }, 'push'), () => update({ country: null }, 'push'));
  const changes = createChangesList(required(document, '#changes'), (code) => update({ country: code }, 'push'));
  const picker = createPicker(required(document, '#picker'), stateList, 'State', (code) => update({ state: code, country: null, date: null, compare: null }, 'push'));
  createPicker(required(document, '#finder'), stateList, 'Find a country', (code) => update({ country: code === view.state ? null : code }, 'push'));
  // The JavaScript cost of each slider change, from the handler to the last feature-state set:
  // read by the benchmark (npm run bench).
  const scrubTimings: number[] = [];
  const control = createTimelineControl(required(document, '#timeline-control'), {
    onChange: (day, how) => {
      const started = performance.now();
      void update({ date: day === timeline.max ? null : day }, how === 'scrub' ? 'replace' : 'push');
      if (scrubTimings.push(performance.now() - started) > 1000) scrubTimings.shift();
    },
  });
  // The counts chart is not part of the first view: its code (and d3's scales and shapes) loads once
  // the first map is complete, and its series, a count per change day, is computed when the page is
  // idle, and after that when a lens loads.
  let firstViewShown: () => void = () => {};
  const firstView = new Promise<void>((resolve) => (firstViewShown = resolve));
  let chart: CountsChart | null = null;
  const chartReady = firstView
    .then(() => import('./ui/chart'))
    .then(({ createCountsChart }) => {
      chart = createCountsChart(required(document, '#chart'), {
        onPick: (day, how) => void update({ date: day === timeline.max ? null : day }, how === 'scrub' ? 'replace' : 'push'),
      });
      chart.setDay(dayOf(view), view.compare);
      return chart;
    });
  chartReady.catch((error: unknown) => console.error(error));
  const drawChart = (index: LensIndex) =>
    void chartReady.then((ready) =>
      whenPageIdle(() => {
        if (lens === index) ready.setSeries(countSeries(index, timeline.min, timeline.max), timeline, index.curated?.milestones ?? []);
      }),
    );
  const compare = createCompareControl(required(document, '#compare'), (day) => update({ compare: day }, 'push'));
  const table = createTable(required(document, '#table'), (code) => update({ country: code === view.state ? null : code }, 'push'));
  const lensNote = required<HTMLElement>(document, '#lens-note');
  const modeButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-mode]')];
  for (const button of modeButtons) button.addEventListener('click', () => update({ mode: button.dataset.mode === 'table' ? 'table' : 'map' }, 'push'));
  const projectionSelect = required<HTMLSelectElement>(document, '#projection');
  projectionSelect.addEventListener('change', () => update({ projection: projectionSelect.value === 'mercator' ? 'mercator' : 'equal-earth', camera: null }, 'push'));
  const fullLink = required<HTMLAnchorElement>(document, '#full-view');
  // Shared links carry the date written out, so they keep showing this day when the data grows.
  const shareQuery = () => encodeView({ ...view, date: dayOf(view), embed: false });
  const shareLink = () => `${location.origin}${location.pathname}?${shareQuery()}`;
  createShareButton(required(document, '#share'), shareLink);
  // What the legend shows now: the PNG export draws the same entries.
  let legendShown: { title: string; entries: LegendEntry[] } = { title: '', entries: [] };
  createExportButton(required(document, '#export'), () => {
    const canvas = mapView.map()?.toCanvas();
    if (!canvas || !lens || mapFailed) return null;
    const day = dayOf(view);
    const name = nameOf(lens.lens.code, day);
    const title =
      view.compare === null
        ? `How the world relates to ${name}, ${formatDay(day)}`
        : `${name}: what changed, from ${formatDay(Math.min(view.compare, day))} to ${formatDay(Math.max(view.compare, day))}`;
    const coverage = lens.curated ? (lens.curated.complete ? '' : ' · coverage still growing: white means no data yet') : ' · no curated data for this state';
    const sources = `Source: Recognition Atlas dataset as of ${formatDay(asOf)}${dataIndex.version ? `, version ${dataIndex.version}` : ''}; each country's events and their sources: ${shareLink()}. Boundaries: Natural Earth's de facto lines, which imply no position on any dispute.`;
    return {
      map: canvas,
      content: { title, subtitle: `Recognition Atlas · ${view.projection === 'mercator' ? 'Web Mercator' : 'Equal Earth'} projection${coverage}`, entries: legendShown.entries, sources, fileName: `recognition-atlas-${lens.lens.code}-${isoDay(day)}${view.compare === null ? '' : `-vs-${isoDay(view.compare)}`}.png` },
    };
  });

  const renderMode = () => {
    const mode = mapFailed ? 'table' : view.mode;
    if (document.body.dataset.mode === 'table' && mode === 'map') requestAnimationFrame(() => mapView.map()?.resize());
    document.body.dataset.mode = mode;
    document.body.dataset.embed = String(view.embed);
    for (const button of modeButtons) button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
    projectionSelect.value = view.projection;
    fullLink.href = `?${encodeView({ ...view, embed: false })}`;
  };
  const renderTable = () => {
    if (!lens || document.body.dataset.mode !== 'table') return;
    const day = dayOf(view);
    table.update(rowsOn(lens, day, detailsFor(lens.lens.code) ?? undefined), `How each country relates to ${nameOf(lens.lens.code, day)} on ${formatDay(day)}`, `recognition-atlas-${lens.lens.code}-${isoDay(day)}`);
  };
  /** The scrub path: recolour the map and update the counts. */
  const renderDay = () => {
    if (!lens) return;
    const day = dayOf(view);
    mapView.render(lens, day, view.compare);
    chart?.setDay(day, view.compare);
    const name = nameOf(lens.lens.code, day);
    if (view.compare === null) {
      const counts = countsOn(lens, day);
      const city = lens.curated?.highlightCity ?? null;
      legendShown = { title: `On ${formatDay(day)}`, entries: categoryEntries(counts, city === null ? null : { city, count: embassiesOn(lens, day, city) }) };
      summary.textContent = `${name}, ${formatDay(day)}: ${countSentence(counts)}.`;
    } else {
      const [from, to] = [Math.min(view.compare, day), Math.max(view.compare, day)];
      legendShown = { title: `From ${formatDay(from)} to ${formatDay(to)}`, entries: changeEntries(changeCounts(lens, from, to)) };
      changes.show(`What changed for ${name}, ${formatDay(from)} to ${formatDay(to)}`, changesBetween(lens, from, to));
      summary.textContent = `Comparing ${formatDay(from)} with ${formatDay(to)}.`;
    }
    legend.update(legendShown.title, legendShown.entries);
  };
  const renderPanel = () => {
    if (!lens || view.country === null) {
      panel.hide();
      mapView.select([]);
      return;
    }
    const day = dayOf(view);
    const country = states.get(view.country)!;
    const { standing, viaParent } = standingForLand(lens, country, day);
    const title = viaParent ? `${nameOf(country.code, day)} (part of ${nameOf(viaParent.code, day)})` : nameOf(country.code, day);
    panel.show({ title: `${title} and ${nameOf(lens.lens.code, day)}`, standing, history: historyOf(lens, country.code), nameOf: (c) => nameOf(c, day), details: detailsFor(lens.lens.code) });
    mapView.select(country.features.length > 0 ? country.features : [country.code]);
  };
  const renderLensNote = () => {
    if (!lens) return;
    const name = nameOf(lens.lens.code, dayOf(view));
    lensNote.textContent = lens.curated
      ? `How the world relates to ${name}${lens.curated.complete ? '' : ' (coverage still growing: white means no data yet)'}.`
      : `There is no curated data for ${name}: every country shows as "no data".`;
    document.title = `${name}: Recognition Atlas`;
  };

  /** The one way the view changes: from a control, a link, or Back. */
  const update = async (change: Partial<View>, write: 'push' | 'replace' | 'none', reloadLens = false) => {
    const next: View = { ...view, ...change };
    const lensChanged = reloadLens || lens === null || next.state !== lens.lens.code;
    if (lensChanged) {
      lens = await loadLens(next.state);
      timeline = timelineFor(lens);
      control.setTimeline(timeline);
      picker.set(next.state);
    }
    const clamp = (d: number) => Math.min(timeline.max, Math.max(timeline.min, d));
    if (next.date !== null) next.date = clamp(next.date);
    if (next.date === timeline.max && write !== 'replace') next.date = null;
    if (next.compare !== null) next.compare = clamp(next.compare);
    if (next.country === next.state) next.country = null;
    const projectionChanged = next.projection !== view.projection;
    view = next;
    control.set(dayOf(view));
    compare.set(view.compare, timeline);
    if (view.compare === null) changes.hide();
    renderMode();
    renderDay();
    renderTable();
    if (lensChanged) {
      renderLensNote();
      if (lens) drawChart(lens);
    }
    renderPanel();
    const query = encodeView(view);
    if (write === 'push') writer.push(query);
    else if (write === 'replace') writer.replace(query);
    if (projectionChanged && mapView.map() !== null) await drawMap();
  };

  const drawMap = async (): Promise<void> => {
    mapFailed = false;
    document.body.dataset.map = 'loading';
    renderMode();
    try {
      await mapView.draw(view.projection, view.camera);
      document.body.dataset.map = 'ready';
      renderDay();
      renderPanel();
    } catch (error) {
      console.error(error);
      mapFailed = true;
      renderMode();
      renderTable();
      if (error instanceof LoadError) {
        notice.show(`${error.message}. The table has the same categories.`, { label: 'Retry', run: () => { notice.clear(); void drawMap(); } });
      } else {
        notice.show('The map cannot be drawn in this browser (WebGL is not available), so the atlas shows its table instead: the same categories, day by day.');
      }
    }
  };

  const fromLocation = async (write: 'replace' | 'none') => {
    const { view: decoded, dropped } = decodeView(location.search, decodeContext);
    if (dropped.length > 0) notice.show(describeDropped(dropped));
    await update(decoded, 'none');
    // Rewrite old or alternative forms to the canonical link.
    if (write === 'replace') writer.replace(encodeView(view));
    writer.flush();
  };

  view = { ...view, projection: linked.projection, camera: linked.camera };
  const shown = fromLocation('replace');
  // The map does not wait for the lens: its first render sets the colours and what can be hatched.
  const mapDrawn = drawMap();
  await shown;
  window.addEventListener('popstate', () => void fromLocation('none'));
  await mapDrawn;
  exposeForTests(mapView, () => dayOf(view), () => view, () => lens, scrubTimings);
  document.body.dataset.ready = 'true';
  await mapView.map()?.whenIdle();
  markFirstView(mapView.map()?.toCanvas());
  firstViewShown();
}

/** A small handle for the browser tests and the benchmark; not used by the page itself. */
function exposeForTests(mapView: ReturnType<typeof createMapView>, day: () => number, view: () => View, lens: () => LensIndex | null, scrubTimings: number[]): void {
  Object.assign(window, {
    atlas: {
      project: (lon: number, lat: number) => mapView.map()?.project([lon, lat]) ?? null,
      whenIdle: () => mapView.map()?.whenIdle() ?? Promise.resolve(),
      day,
      view,
      category: (code: string) => {
        const l = lens();
        return l ? standingOn(l, code, day()).category : null;
      },
      counts: () => {
        const l = lens();
        return l ? countsOn(l, day()) : null;
      },
      scrubTimings,
    },
  });
}

start().catch((error: unknown) => {
  console.error(error);
  const notice = createNotice(required(document, '#notice'));
  const message = error instanceof LoadError ? error.message : `Something went wrong while starting the atlas: ${error instanceof Error ? error.message : String(error)}`;
  notice.show(message, { label: 'Retry', run: () => location.reload() });
  document.body.dataset.ready = 'error';
});

