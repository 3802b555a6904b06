// The only module that imports maplibre-gl. It draws what it is given and reports pointer events;
// it knows nothing of states or dates.
import { Map as MapLibreMap, prewarm, setWorkerUrl, type ExpressionSpecification, type GeoJSONSource, type MapGeoJSONFeature, type LngLatLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeaturePaint } from '../core/features';
import { atlasStyle, lensFilter, outlineLayer, ATLAS, HATCH_IMAGE, OUTLINES, PAPER, type LensLayer } from './style';
import { outlines, type MapGeometry } from './geometry';
import { worldBounds, type MapProjection } from './projection';
import type { Camera } from '../state/view';

setWorkerUrl(workerUrl);
// MapLibre's workers start loading now, while the page fetches and projects the geometry.
prewarm();

export interface AtlasMapOptions {
  container: HTMLElement;
  /** What to draw, and the feature ids in the order of the paint arrays. */
  content: Promise<{ geometry: MapGeometry; featureIds: readonly string[] }>;
  projection: MapProjection;
  camera: Camera | null;
  onHover?: (featureId: string | null, point: { x: number; y: number }) => void;
  onClick?: (featureId: string | null) => void;
  onMoveEnd?: (camera: Camera) => void;
}

export interface AtlasMap {
  /** Applies a day's paint; only features whose paint changed are touched. */
  paint(paint: FeaturePaint): void;
  select(featureIds: readonly string[]): void;
  /**
   * The features a lens can draw hatched, and ringed (none until it is set). A change re-cuts the
   * map's tiles: set it before the first tiles are cut, and on a change of lens.
   */
  setLensFeatures(features: { hatchable: readonly string[]; ringed: readonly string[] }): void;
  /** Fades every feature not painted with this index (legend hover); null restores. */
  highlight(paintIndex: number | null): void;
  camera(): Camera;
  /** Screen position of a real longitude/latitude (for tests and overlays). */
  project(lonLat: readonly [number, number]): { x: number; y: number };
  whenIdle(): Promise<void>;
  toCanvas(): HTMLCanvasElement;
  resize(): void;
  remove(): void;
}

function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size < 2) data.set([40, 40, 40, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Resolves once the style and the geometry are loaded and feature-state can be set; rejects when
 * the content fails or WebGL is missing.
 */
export async function createAtlasMap(options: AtlasMapOptions): Promise<AtlasMap> {
  const { projection } = options;
  // The map is made with its geometry: an empty map would spend frames drawing nothing while the
  // worker starts (each a software-rendered frame in headless Chromium).
  const { geometry, featureIds } = await options.content;
  const start = options.camera;
  const view = start
    ? { center: projection.forward([start.lon, start.lat]), zoom: start.zoom }
    : { bounds: worldBounds(projection), fitBoundsOptions: { padding: 8 } };
  const map = new MapLibreMap({
    container: options.container,
    style: atlasStyle(geometry),
    ...view,
    minZoom: 0,
    maxZoom: 9,
    renderWorldCopies: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  options.container.style.background = PAPER;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Feature-state can be set once the style is in: the first tiles then arrive already coloured.
  await new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));
  // Before the first tiles are parsed, which is when the worker asks for the pattern.
  map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 1 });

  const last: FeaturePaint = { category: new Uint8Array(featureIds.length).fill(255), hatched: new Uint8Array(featureIds.length), embassy: new Uint8Array(featureIds.length) };
  let selected: readonly string[] = [];
  const lensFeatures: Record<LensLayer, readonly string[]> = { 'country-hatch': [], embassy: [] };
  let hovered: string | null = null;
  const countriesById = new Map(geometry.countries.features.map((f) => [f.properties.code, f]));
  const drawOutlines = () => {
    if (!map.getSource(OUTLINES)) {
      const { source, layer, before } = outlineLayer();
      map.addSource(OUTLINES, source);
      map.addLayer(layer, before);
    }
    map.getSource<GeoJSONSource>(OUTLINES)?.setData(outlines(countriesById, selected, hovered));
  };

  const featureAt = (features: MapGeoJSONFeature[]): string | null => {
    const f = features[0];
    return f ? String(f.properties.code) : null;
  };
  const setHover = (id: string | null) => {
    if (id === hovered) return;
    if (hovered !== null) map.setFeatureState({ source: ATLAS, id: hovered }, { hover: 0 });
    if (id !== null) map.setFeatureState({ source: ATLAS, id }, { hover: 1 });
    hovered = id;
    drawOutlines();
  };
  const pick = (point: { x: number; y: number }) => {
    const pad = 6;
    const markers = map.queryRenderedFeatures([[point.x - pad, point.y - pad], [point.x + pad, point.y + pad]], { layers: ['marker'] });
    return featureAt(markers) ?? featureAt(map.queryRenderedFeatures([point.x, point.y], { layers: ['country-fill'] }));
  };
  map.on('mousemove', (e) => {
    const id = pick(e.point);
    setHover(id);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    options.onHover?.(id, e.point);
  });
  map.on('mouseout', () => {
    setHover(null);
    options.onHover?.(null, { x: 0, y: 0 });
  });
  map.on('click', (e) => options.onClick?.(pick(e.point)));

  const camera = (): Camera => {
    const center = map.getCenter();
    const [realLon, realLat] = projection.inverse([center.lng, center.lat]);
    const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
    return { zoom: round(map.getZoom(), 2), lat: round(realLat, 4), lon: round(realLon, 4) };
  };
  map.on('moveend', (e) => {
    if ((e as { originalEvent?: unknown }).originalEvent !== undefined) options.onMoveEnd?.(camera());
  });

  return {
    paint(paint) {
      for (let i = 0; i < featureIds.length; i++) {
        const cat = paint.category[i]!;
        const hatched = paint.hatched[i]!;
        const embassy = paint.embassy[i]!;
        if (cat === last.category[i] && hatched === last.hatched[i] && embassy === last.embassy[i]) continue;
        const id = featureIds[i]!;
        map.setFeatureState({ source: ATLAS, id }, { cat, hatched, embassy });
        last.category[i] = cat;
        last.hatched[i] = hatched;
        last.embassy[i] = embassy;
      }
    },
    select(ids) {
      // Called on every scrub step: only a change of selection touches the map.
      if (sameIds(ids, selected)) return;
      for (const id of selected) map.setFeatureState({ source: ATLAS, id }, { selected: 0 });
      for (const id of ids) map.setFeatureState({ source: ATLAS, id }, { selected: 1 });
      selected = ids;
      drawOutlines();
    },
    setLensFeatures({ hatchable, ringed }) {
      for (const [layer, ids] of [['country-hatch', hatchable], ['embassy', ringed]] as const) {
        if (sameIds(ids, lensFeatures[layer])) continue;
        map.setFilter(layer, lensFilter(layer, ids));
        lensFeatures[layer] = ids;
      }
    },
    highlight(paintIndex) {
      const faded = (on: number): ExpressionSpecification | number => (paintIndex === null ? on : ['case', ['==', ['feature-state', 'cat'], paintIndex], on, 0.15]);
      map.setPaintProperty('country-fill', 'fill-opacity', faded(1));
      map.setPaintProperty('marker', 'circle-opacity', faded(1));
    },
    camera,
    project(lonLat) {
      const p = map.project(projection.forward(lonLat) as LngLatLike);
      return { x: p.x, y: p.y };
    },
    whenIdle() {
      return new Promise((resolve) => {
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      });
    },
    toCanvas: () => map.getCanvas(),
    resize: () => map.resize(),
    remove: () => map.remove(),
  };
}
