// The baseline for the first-view budget: MapLibre drawing the atlas's geometry with one constant
// fill, and nothing else. Exposes what tests/browser/harness.ts ready() and colourAt() use.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { markFirstView } from '../../src/firstview';

setWorkerUrl(workerUrl);

/** `?size=960x542`: the map's size in CSS pixels; the whole window without it. */
function sizeMap(container: HTMLElement): void {
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(location.search).get('size') ?? '');
  if (size) Object.assign(container.style, { width: `${size[1]}px`, height: `${size[2]}px` });
}

async function start(): Promise<void> {
  const container = document.querySelector<HTMLElement>('#map')!;
  sizeMap(container);
  const topology = (await (await fetch('geo/countries.json')).json()) as Topology<{ countries: GeometryCollection }>;
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: { countries: { type: 'geojson', data: feature(topology, topology.objects.countries) } },
      layers: [
        { id: 'paper', type: 'background', paint: { 'background-color': '#f7f7f5' } },
        { id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#56b4e9' } },
      ],
    },
    bounds: [[-179.9, -57], [179.9, 80]],
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
