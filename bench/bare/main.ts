// The baseline for the first-view budget: MapLibre drawing the atlas's geometry (the countries, and a
// marker for each country too small to see, which the atlas draws as a point) with constant colours,
// and nothing else. Exposes what tests/browser/harness.ts ready() and colourAt() use.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { markFirstView } from '../../src/firstview';

setWorkerUrl(workerUrl);

const query = new URLSearchParams(location.search);

/** `?size=960x542`: the map's size in CSS pixels; the whole window without it. */
function sizeMap(container: HTMLElement): void {
  const size = /^(\d+)x(\d+)$/.exec(query.get('size') ?? '');
  if (size) Object.assign(container.style, { width: `${size[1]}px`, height: `${size[2]}px` });
}

/** `?bounds=w,s,e,n`: the view to fit, in the geometry's coordinates; the atlas's first view by default. */
function bounds(): [[number, number], [number, number]] {
  const [w, s, e, n] = (query.get('bounds') ?? '').split(',').map(Number);
  return [w, s, e, n].every((v) => v !== undefined && Number.isFinite(v)) ? [[w!, s!], [e!, n!]] : [[-179.9, -57], [179.9, 80]];
}

async function start(): Promise<void> {
  const container = document.querySelector<HTMLElement>('#map')!;
  sizeMap(container);
  // `?geo=geo/countries-equal-earth.json`: the geometry file the atlas's first view draws.
  const topology = (await (await fetch(query.get('geo') ?? 'geo/countries.json')).json()) as Topology<{ countries: GeometryCollection<{ anchor: [number, number]; small?: boolean }> }>;
  const countries = feature(topology, topology.objects.countries);
  // The anchors are in the file's drawn coordinates, as the atlas's markers (src/map/geometry.ts).
  // `?markers=0`: the countries only (the baseline before session 5, reported for comparison).
  const withMarkers = query.get('markers') !== '0';
  const markers = countries.features.filter((f) => withMarkers && f.properties.small === true).map((f) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: f.properties.anchor } }));
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      // One source, as in the atlas: each source's tiles arrive on their own, each costing a frame.
      sources: { countries: { type: 'geojson', data: { type: 'FeatureCollection', features: [...countries.features, ...markers] } } },
      layers: [
        { id: 'paper', type: 'background', paint: { 'background-color': '#f7f7f5' } },
        { id: 'fill', type: 'fill', source: 'countries', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'fill-color': '#56b4e9' } },
        { id: 'marker', type: 'circle', source: 'countries', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': '#56b4e9', 'circle-radius': 3.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.75 } },
      ],
    },
    bounds: bounds(),
    fitBoundsOptions: { padding: 8 },
    renderWorldCopies: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // Listening from the start: the first idle can come in the same frame as load.
  const firstIdle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  Object.assign(window, {
    atlas: {
      project: (lon: number, lat: number) => map.project([lon, lat]),
      whenIdle: () =>
        new Promise<void>((resolve) => {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    },
  });
  document.body.dataset.ready = 'true';
  await firstIdle;
  markFirstView(map.getCanvas());
}

void start();
