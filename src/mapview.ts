// The map as the app sees it: fetches the geometry, keeps the feature order and paint buffer, and
// draws a day (or a comparison) for a lens. Rebuilt when the projection changes.
import { emptyPaint, featureOwners, hatchableFeatures, paintOn, ringedFeatures, comparePaintOn, type FeatureOwner, type FeaturePaint } from './core/features';
import type { State } from './core/dataset';
import type { LensIndex } from './core/relations';
import { fetchJson, isTopology } from './load';
import { mapGeometry, featureIds, type CountriesTopology } from './map/geometry';
import { projectionNamed } from './map/projection';
import { createAtlasMap, type AtlasMap } from './map/map';
import type { Camera, Projection } from './state/view';

export interface MapViewOptions {
  container: HTMLElement;
  states: readonly State[];
  onHover: (state: State | null, at: { x: number; y: number }) => void;
  onClick: (state: State | null) => void;
  onMoveEnd: (camera: Camera) => void;
}

export interface MapView {
  /** Fetches the geometry (once) and draws it; throws LoadError or a WebGL error. */
  draw(projection: Projection, camera: Camera | null): Promise<void>;
  render(lens: LensIndex, day: number, compare: number | null): void;
  select(codes: readonly string[]): void;
  highlight(paintIndex: number | null): void;
  map(): AtlasMap | null;
}

/** Starts fetching a projection's geometry; a failure is reported when the map is drawn. */
function fetchGeometry(projection: Projection): Promise<CountriesTopology> {
  const pending = fetchJson(projectionNamed(projection).file, isTopology);
  pending.catch(() => {});
  return pending;
}

export function createMapView(options: MapViewOptions): MapView {
  const extraPoints = new Map(options.states.filter((s) => s.features.length === 0 && s.marker !== null).map((s) => [s.code, s.marker!] as const));
  const topologies = new Map<Projection, Promise<CountriesTopology>>();
  // `featuresFor`: the lens whose hatchable and ringed features the map has. The map does not wait
  // for a lens: the first render sets them, before the worker has cut any tile to re-cut.
  let drawn: { ids: string[]; owners: FeatureOwner[]; paint: FeaturePaint; map: AtlasMap; featuresFor: LensIndex | null } | null = null;
  const ownerOf = (id: string | null) => (id === null || !drawn ? null : (drawn.owners[drawn.ids.indexOf(id)]?.state ?? null));

  return {
    async draw(projectionName, camera) {
      const projection = projectionNamed(projectionName);
      const pending = topologies.get(projectionName) ?? fetchGeometry(projectionName);
      topologies.set(projectionName, pending);
      pending.catch(() => topologies.delete(projectionName));
      drawn?.map.remove();
      drawn = null;
      // Feature keys: every feature of the geometry, then the states drawn only as a marker.
      const content = pending.then((geometry) => {
        const ids = [...featureIds(geometry), ...extraPoints.keys()];
        return { geometry: mapGeometry(geometry, projection, extraPoints), featureIds: ids };
      });
      const map = await createAtlasMap({
        container: options.container,
        content,
        projection,
        camera,
        onHover: (id, at) => options.onHover(ownerOf(id), at),
        onClick: (id) => options.onClick(ownerOf(id)),
        onMoveEnd: options.onMoveEnd,
      });
      const { featureIds: ids } = await content;
      drawn = { ids, owners: featureOwners(options.states, ids), paint: emptyPaint(ids.length), map, featuresFor: null };
    },
    render(lens, day, compare) {
      if (!drawn) return;
      if (lens !== drawn.featuresFor) {
        const { ids, owners } = drawn;
        const codes = (indexes: number[]) => indexes.map((i) => ids[i]!);
        drawn.map.setLensFeatures({ hatchable: codes(hatchableFeatures(lens, owners)), ringed: codes(ringedFeatures(lens, owners, lens.curated?.highlightCity ?? null)) });
        drawn.featuresFor = lens;
      }
      if (compare === null) paintOn(lens, drawn.owners, day, lens.curated?.highlightCity ?? null, drawn.paint);
      else comparePaintOn(lens, drawn.owners, Math.min(compare, day), Math.max(compare, day), drawn.paint);
      drawn.map.paint(drawn.paint);
    },
    select(codes) {
      drawn?.map.select(codes);
    },
    highlight(paintIndex) {
      drawn?.map.highlight(paintIndex);
    },
    map: () => drawn?.map ?? null,
  };
}
