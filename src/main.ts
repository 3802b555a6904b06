// Wires data, URL state, map and controls. Data flows one way: the view decides the lens and the
// day; the engine answers; the map, legend and panel draw the answer.
import './style.css';
import { countsOn, buildLensIndex, changeDays, embassiesOn, historyOf, standingOn, type LensIndex } from './core/relations';
import { emptyPaint, featureOwners, paintOn, standingForLand, type FeatureOwner, type FeaturePaint } from './core/features';
import { dayFromParts, parseDay } from './core/date';
import { nameOn, statesByCode, toEvent, toLens } from './core/dataset';
import type { Timeline } from './core/timeline';
import { decodeView, encodeView, type Dropped } from './state/url';
import { urlWriter } from './state/history';
import { stateResolver } from './state/resolve';
import { DEFAULT_VIEW, type View } from './state/view';
import { fetchJson, isDataIndex, isLensFile, isStatesFile, isTopology, LoadError } from './load';
import { mapGeometry, featureIds as topologyFeatureIds } from './map/geometry';
import { projectionNamed } from './map/projection';
import { createAtlasMap, type AtlasMap } from './map/map';
import { required } from './ui/dom';
import { createNotice } from './ui/notice';
import { createLegend } from './ui/legend';
import { createTooltip } from './ui/tooltip';
import { createPicker } from './ui/picker';
import { createPanel } from './ui/panel';
import { createTimelineControl } from './ui/timeline';
import { createTable } from './ui/table';
import { rowsOn } from './core/rows';
import { isoDay, formatDay } from './core/date';
import { standingText } from './ui/text';

const FIRST_DAY = dayFromParts(1945, 1, 1);

interface DrawnMap {
  ids: string[];
  owners: FeatureOwner[];
  paint: FeaturePaint;
  map: AtlasMap;
}

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
  const resolveState = stateResolver(stateList);
  const decodeContext = { resolveState, minDay: FIRST_DAY, maxDay: asOf };
  const nameOf = (code: string, day: number) => {
    const s = states.get(code);
    return s ? nameOn(s, day) : code;
  };

  const extraPoints = new Map(stateList.filter((s) => s.features.length === 0 && s.marker !== null).map((s) => [s.code, s.marker!] as const));

  const lensCache = new Map<string, LensIndex>();
  const loadLens = async (code: string): Promise<LensIndex> => {
    const cached = lensCache.get(code);
    if (cached) return cached;
    if (!dataIndex.lenses.includes(code)) return buildLensIndex(states, code, [], null);
    try {
      const file = await fetchJson(`data/lens/${code}.json`, isLensFile);
      const index = buildLensIndex(states, code, file.events.map(toEvent), toLens(file.lens));
      lensCache.set(code, index);
      return index;
    } catch (error) {
      // A broken lens file: say so, offer a retry, and show the state with no data meanwhile.
      console.error(error);
      const message = error instanceof LoadError ? error.message : String(error);
      notice.show(`${message}. The map shows no data for this state until it loads.`, { label: 'Retry', run: () => void update({}, 'none', true) });
      return buildLensIndex(states, code, [], null);
    }
  };

  const timelineFor = (index: LensIndex): Timeline => {
    const min = Math.max(FIRST_DAY, index.curated?.from ?? index.lens.exists.from);
    const max = Math.min(asOf, index.lens.exists.until - 1);
    return { min, max, ticks: changeDays(index).filter((d) => d > min && d <= max) };
  };

  let view: View = { ...DEFAULT_VIEW };
  let lens: LensIndex | null = null;
  let timeline: Timeline = { min: FIRST_DAY, max: asOf, ticks: [] };
  let drawn: DrawnMap | null = null;
  const dayOf = (v: View) => v.date ?? timeline.max;

  const writer = urlWriter(history, () => location.search.replace(/^\?/, ''), () => location.pathname);
  const legend = createLegend(required(document, '#legend'));
  const tooltip = createTooltip(required(document, '#tooltip'));
  const panel = createPanel(required(document, '#panel'), (day) => update({ date: day }, 'push'), () => update({ country: null }, 'push'));
  const picker = createPicker(required(document, '#picker'), stateList, 'State', (code) => update({ state: code, country: null, date: null }, 'push'), (s) => s.name);
  // The JavaScript cost of each slider change, from the handler to the last feature-state set:
  // read by the benchmark (npm run bench), kept small.
  const scrubTimings: number[] = [];
  const control = createTimelineControl(required(document, '#timeline'), {
    onChange: (day, how) => {
      const start = performance.now();
      void update({ date: day === timeline.max ? null : day }, how === 'scrub' ? 'replace' : 'push');
      if (scrubTimings.push(performance.now() - start) > 1000) scrubTimings.shift();
    },
  });
  const lensNote = required<HTMLElement>(document, '#lens-note');
  const table = createTable(required(document, '#table'), (code) => update({ country: code === view.state ? null : code }, 'push'));
  const modeButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-mode]')];
  for (const button of modeButtons) button.addEventListener('click', () => update({ mode: button.dataset.mode === 'table' ? 'table' : 'map' }, 'push'));
  let mapFailed = false;

  const renderMode = () => {
    const mode = mapFailed ? 'table' : view.mode;
    if (document.body.dataset.mode === 'table' && mode === 'map') requestAnimationFrame(() => drawn?.map.resize());
    document.body.dataset.mode = mode;
    for (const button of modeButtons) button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
  };
  const renderTable = () => {
    if (!lens || document.body.dataset.mode !== 'table') return;
    const day = dayOf(view);
    const name = nameOf(lens.lens.code, day);
    table.update(rowsOn(lens, day), `How each country relates to ${name} on ${formatDay(day)}`, `recognition-atlas-${lens.lens.code}-${isoDay(day)}`);
  };

  const renderDay = () => {
    if (!lens) return;
    const day = dayOf(view);
    const city = lens.curated?.highlightCity ?? null;
    if (drawn) {
      paintOn(lens, drawn.owners, day, city, drawn.paint);
      drawn.map.paint(drawn.paint);
    }
    legend.update(countsOn(lens, day), { embassyCity: city, embassies: city === null ? 0 : embassiesOn(lens, day, city) });
  };

  const renderPanel = () => {
    if (!lens || view.country === null) {
      panel.hide();
      drawn?.map.select([]);
      return;
    }
    const day = dayOf(view);
    const country = states.get(view.country)!;
    const { standing, viaParent } = standingForLand(lens, country, day);
    const title = viaParent ? `${nameOf(country.code, day)} (part of ${nameOf(viaParent.code, day)})` : nameOf(country.code, day);
    panel.show({ title: `${title} and ${nameOf(lens.lens.code, day)}`, standing, history: historyOf(lens, country.code), nameOf: (c) => nameOf(c, day) });
    drawn?.map.select(country.features.length > 0 ? country.features : [country.code]);
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
    if (next.date !== null) next.date = Math.min(timeline.max, Math.max(timeline.min, next.date));
    if (next.date === timeline.max && write !== 'replace') next.date = null;
    if (next.country === next.state) next.country = null;
    view = next;
    control.set(dayOf(view));
    renderMode();
    renderDay();
    renderTable();
    if (lensChanged) renderLensNote();
    renderPanel();
    const query = encodeView(view);
    if (write === 'push') writer.push(query);
    else if (write === 'replace') writer.replace(query);
  };

  const fromLocation = async (write: 'replace' | 'none') => {
    const { view: decoded, dropped } = decodeView(location.search, decodeContext);
    if (dropped.length > 0) notice.show(describeDropped(dropped));
    await update(decoded, 'none');
    // Rewrite old or alternative forms to the canonical link.
    if (write === 'replace') writer.replace(encodeView(view));
    writer.flush();
  };

  await fromLocation('replace');
  window.addEventListener('popstate', () => void fromLocation('none'));

  const ownerOf = (id: string | null) => (id === null || !drawn ? null : (drawn.owners[drawn.ids.indexOf(id)]?.state ?? null));
  const drawMap = async (): Promise<void> => {
    let topology;
    try {
      topology = await fetchJson('geo/countries.json', isTopology);
    } catch (error) {
      console.error(error);
      mapFailed = true;
      renderMode();
      renderTable();
      const message = error instanceof LoadError ? error.message : String(error);
      notice.show(`${message}. The table below has the same categories.`, { label: 'Retry', run: () => { notice.clear(); void drawMap(); } });
      return;
    }
    // Geometry keys: every feature, then the states drawn only as a marker.
    const ids = [...topologyFeatureIds(topology), ...extraPoints.keys()];
    const projection = projectionNamed(view.projection);
    mapFailed = false;
    renderMode();
    try {
      const map = await createAtlasMap({
        container: required(document, '#map'),
        geometry: mapGeometry(topology, projection, extraPoints),
        projection,
        featureIds: ids,
        camera: view.camera,
        onHover: (id, at) => {
          const owner = ownerOf(id);
          if (!owner || !lens) return tooltip.hide();
          const day = dayOf(view);
          const { standing, viaParent } = standingForLand(lens, owner, day);
          const name = nameOf(owner.code, day);
          const lines = [viaParent ? `${name} (part of ${nameOf(viaParent.code, day)})` : name, standingText(standing)];
          if (standing.embassyCity && !viaParent) lines.push(`Embassy in ${standing.embassyCity}`);
          tooltip.show(lines, at);
        },
        onClick: (id) => {
          const owner = ownerOf(id);
          void update({ country: owner && owner.code !== view.state ? owner.code : null }, 'push');
        },
        onMoveEnd: (camera) => {
          view = { ...view, camera };
          writer.replace(encodeView(view));
        },
      });
      drawn = { ids, owners: featureOwners(stateList, ids), paint: emptyPaint(ids.length), map };
      document.body.dataset.map = 'ready';
      renderDay();
      renderPanel();
    } catch (error) {
      console.error(error);
      mapFailed = true;
      renderMode();
      renderTable();
      notice.show('The map cannot be drawn in this browser (WebGL is not available), so the atlas shows its table instead: the same categories, day by day.');
    }
  };
  await drawMap();
  exposeForTests(() => drawn?.map ?? null, () => dayOf(view), () => view, () => lens, scrubTimings);
  document.body.dataset.ready = 'true';
}

/** A small handle for the browser tests and the benchmark; not used by the page itself. */
function exposeForTests(map: () => AtlasMap | null, day: () => number, view: () => View, lens: () => LensIndex | null, scrubTimings: number[]): void {
  Object.assign(window, {
    atlas: {
      project: (lon: number, lat: number) => map()?.project([lon, lat]) ?? null,
      whenIdle: () => map()?.whenIdle() ?? Promise.resolve(),
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
