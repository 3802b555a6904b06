// MapLibre draws Web Mercator. To show an equal-area world, the countries are projected with d3-geo's
// Equal Earth when the geometry is built (npm run geo), and the planar result is written back as the
// longitude/latitude that Web Mercator maps to the same spot. Zoom, pan, hover and click then work
// unchanged, and the page projects only points (markers, the camera, the ocean's outline).
import { geoEqualEarth, geoStream, type GeoStream } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import type { Projection } from '../state/view';

export interface MapProjection {
  name: Projection;
  /** The geometry file with the countries as drawn in this projection (public/geo/, npm run geo). */
  file: string;
  /** A real longitude/latitude to the coordinates the map draws it at. */
  forward(lonLat: readonly [number, number]): [number, number];
  /** The inverse of `forward`. */
  inverse(mapLonLat: readonly [number, number]): [number, number];
  /** The outline of the whole world as drawn: the ocean. */
  sphere(): MultiPolygon;
}

const DEG = 180 / Math.PI;
// Equal Earth at scale 1 reaches x = ±2.7066 at the antimeridian; that edge is drawn at ±180°.
const equalEarth = geoEqualEarth().scale(1).translate([0, 0]).precision(0);
const X_EDGE = equalEarth([180, 0])![0];
const UNIT = Math.PI / X_EDGE;

function mercatorToLonLat([x, y]: readonly [number, number]): [number, number] {
  // d3's planar y grows downward.
  return [x * UNIT * DEG, Math.atan(Math.sinh(-y * UNIT)) * DEG];
}

function lonLatToMercator([lon, lat]: readonly [number, number]): [number, number] {
  return [lon / DEG / UNIT, -Math.asinh(Math.tan(lat / DEG)) / UNIT];
}

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum / 2;
}

function inside(point: Position, ring: readonly Position[]): boolean {
  let result = false;
  const [x, y] = point as [number, number];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/**
 * `equalEarthPolygon(realPolygon)`: the polygon as the map draws it in Equal Earth, cut at the
 * antimeridian where needed. Collects d3's projected, clipped rings and rebuilds polygons: outer
 * rings and the holes inside them. Used by the geometry build, not by the page.
 */
export function equalEarthPolygon(geometry: MultiPolygon): MultiPolygon {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point(x, y) {
      ring.push(mercatorToLonLat([x, y]));
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length > 2) {
        ring.push(ring[0]!);
        rings.push(ring);
      }
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, equalEarth.stream(sink));
  const outers: Position[][][] = [];
  const holes: Position[][] = [];
  // After the flip back to latitude, d3's clockwise outer rings are counter-clockwise.
  for (const r of rings) (signedArea(r) < 0 ? outers : holes).push(r as never);
  const polygons = (outers as unknown as Position[][]).map((outer) => [outer]);
  for (const hole of holes) polygons.find((p) => inside(hole[0]!, p[0]!))?.push(hole);
  return { type: 'MultiPolygon', coordinates: polygons };
}

export const EQUAL_EARTH: MapProjection = {
  name: 'equal-earth',
  file: 'geo/countries-equal-earth.json',
  forward: (lonLat) => {
    const xy = equalEarth([lonLat[0], lonLat[1]]);
    return xy ? mercatorToLonLat(xy) : [0, 0];
  },
  inverse: (mapLonLat) => {
    const lonLat = equalEarth.invert!(lonLatToMercator(mapLonLat));
    return lonLat ? [lonLat[0], lonLat[1]] : [0, 0];
  },
  // d3's own sphere outline is resampled adaptively, which precision(0) turns off: trace the
  // antimeridian's two edges degree by degree instead, so the ocean has Equal Earth's round sides.
  sphere: () => {
    const east = Array.from({ length: 181 }, (_, i) => EQUAL_EARTH.forward([180, i - 90]));
    const west = Array.from({ length: 181 }, (_, i) => EQUAL_EARTH.forward([-180, 90 - i]));
    return { type: 'MultiPolygon', coordinates: [[[...east, ...west, east[0]!]]] };
  },
};

export const MERCATOR: MapProjection = {
  name: 'mercator',
  file: 'geo/countries.json',
  forward: ([lon, lat]) => [lon, lat],
  inverse: ([lon, lat]) => [lon, lat],
  sphere: () => ({ type: 'MultiPolygon', coordinates: [[[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]]] }),
};

export function projectionNamed(name: Projection): MapProjection {
  return name === 'mercator' ? MERCATOR : EQUAL_EARTH;
}

// The inhabited world, south to north, as real latitudes: the first view fits it.
const WORLD_SOUTH = -57;
const WORLD_NORTH = 80;

/** `worldBounds(EQUAL_EARTH)`: the first view's bounds in drawn coordinates, west-south then east-north. */
export function worldBounds(projection: MapProjection): [[number, number], [number, number]] {
  return [[-179.9, projection.forward([0, WORLD_SOUTH])[1]], [179.9, projection.forward([0, WORLD_NORTH])[1]]];
}
