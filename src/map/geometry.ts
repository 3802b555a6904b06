// From the TopoJSON on disk (already in the projection's drawn coordinates) to the GeoJSON the map
// draws: once per load, and per projection.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { MapProjection } from './projection';

export interface FeatureProperties {
  /** The centre of the feature's largest part, as drawn. */
  anchor: [number, number];
  /** Too small to see at world zoom: drawn as a marker. */
  small?: boolean;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<FeatureProperties> }>;

export interface PointProperties {
  code: string;
  marker: boolean;
}

export interface MapGeometry {
  sphere: FeatureCollection<MultiPolygon>;
  countries: FeatureCollection<MultiPolygon, { code: string }>;
  /** One point per feature (and per state drawn only as a point): markers and embassy rings. */
  points: FeatureCollection<Point, PointProperties>;
}

/** The ids of the features, in the topology's order. */
export function featureIds(topology: CountriesTopology): string[] {
  return topology.objects.countries.geometries.map((g) => String(g.id));
}

/**
 * `mapGeometry(topology, projection, extraPoints)`: the countries of a topology in `projection`'s
 * drawn coordinates (its `file`), a point for each, and the extra points (real longitude and
 * latitude) of states that have no geometry, which are always drawn as markers.
 */
export function mapGeometry(topology: CountriesTopology, projection: MapProjection, extraPoints: ReadonlyMap<string, readonly [number, number]> = new Map()): MapGeometry {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon | null, FeatureProperties>;
  const countries: Feature<MultiPolygon, { code: string }>[] = [];
  const points: Feature<Point, PointProperties>[] = [];
  for (const f of collection.features) {
    const code = String(f.id);
    // A feature smaller than its file's grid (the Vatican in Equal Earth) has no rings: its marker
    // stands for it.
    if (f.geometry && f.geometry.coordinates.length > 0) {
      const multi: MultiPolygon = f.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] } : f.geometry;
      countries.push({ type: 'Feature', id: code, properties: { code }, geometry: multi });
    }
    points.push(point(code, f.properties.anchor, f.properties.small === true));
  }
  for (const [code, lonLat] of extraPoints) points.push(point(code, projection.forward(lonLat), true));
  const sphere: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: projection.sphere() };
  return { sphere: { type: 'FeatureCollection', features: [sphere] }, countries: { type: 'FeatureCollection', features: countries }, points: { type: 'FeatureCollection', features: points } };
}

function point(code: string, coordinates: [number, number], marker: boolean): Feature<Point, PointProperties> {
  return { type: 'Feature', id: code, properties: { code, marker }, geometry: { type: 'Point', coordinates } };
}

export type OutlineKind = 'selected' | 'hover';

/**
 * `outlines(countriesById, ['ITA'], 'FRA')`: the outlines to draw, selected first so that a country
 * both selected and hovered keeps the selected outline. Unknown ids (states drawn only as a marker)
 * are skipped: their marker's stroke shows the same thing.
 */
export function outlines(countriesById: ReadonlyMap<string, Feature<MultiPolygon, { code: string }>>, selected: readonly string[], hovered: string | null): FeatureCollection<MultiPolygon, { code: string; outline: OutlineKind }> {
  const features: Feature<MultiPolygon, { code: string; outline: OutlineKind }>[] = [];
  const add = (id: string, outline: OutlineKind) => {
    const country = countriesById.get(id);
    if (country && !features.some((f) => f.properties.code === id)) features.push({ ...country, properties: { code: id, outline } });
  };
  for (const id of selected) add(id, 'selected');
  if (hovered !== null) add(hovered, 'hover');
  return { type: 'FeatureCollection', features };
}
