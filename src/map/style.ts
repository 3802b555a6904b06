// The map's style as a pure object: no tiles, glyphs or sprites from anywhere, so the page makes no
// request outside its origin. Colours come from feature-state (`cat`, an index into CATEGORIES), so
// recolouring a country is one setFeatureState, not a style change.
import type { StyleSpecification, ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_INDEX } from '../core/categories';
import { CHANGES, CHANGE_COLOR } from '../core/compare';
import { CHANGE_PAINT_OFFSET } from '../core/features';

/**
 * One source for the ocean, the countries and their points: each source loads its tiles on its own,
 * and every tile that arrives costs the first view another frame. Countries and points share ids
 * (ISO codes), so one feature-state colours a country and its marker.
 */
export const ATLAS = 'atlas';
/** Only the hovered and selected countries: outlining them never re-parses the whole map. */
export const OUTLINES = 'outlines';
export const HATCH_IMAGE = 'hatch';
/**
 * Behind the ocean: the map's container, not a background layer, which would cost every frame one
 * more pass over every pixel (software-rendered on many machines).
 */
export const PAPER = '#f7f7f5';

export interface StyleOptions {
  sphere: FeatureCollection;
  countries: FeatureCollection;
  points: FeatureCollection;
  ocean?: string;
  border?: string;
}

/**
 * `['match', cat, 0, '#1a1a1a', 1, ..., fallback]`: the colour of a feature's state: its category, or
 * in compare mode its change (indexes after the categories).
 */
export function categoryColor(): ExpressionSpecification {
  const stops = [...CATEGORIES.flatMap((c, i) => [i, CATEGORY_COLOR[c]]), ...CHANGES.flatMap((c, i) => [CHANGE_PAINT_OFFSET + i, CHANGE_COLOR[c]])];
  return ['match', ['coalesce', ['feature-state', 'cat'], CATEGORY_INDEX.notstate], ...stops, CATEGORY_COLOR.notstate] as unknown as ExpressionSpecification;
}

type Kind = 'sphere' | 'country' | 'point';
const only = (kind: Kind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

const flag = (name: string): ExpressionSpecification => ['==', ['coalesce', ['feature-state', name], 0], 1];

/**
 * `perFeature('#dbe7ee')`: a constant, written as a per-feature value. Two layers of one type share a
 * shader program only when the same paint properties vary per feature, and every program is compiled
 * on the first frame that needs it (about 15 ms each in software WebGL, which many phones and
 * virtual machines use). So the ocean varies like the countries, and the embassy rings like the
 * markers: one program each for fills, their outlines and circles.
 */
const perFeature = <T extends string | number>(value: T) => ['coalesce', ['feature-state', 'never-set'], value] as unknown as ExpressionSpecification;

/**
 * The whole style, every layer from the start: a layer added once tiles are loading makes MapLibre
 * parse them again, which costs the first view a frame and about a tenth of a second. Only the
 * outlines (see `outlineLayer`) come later: they have a small source of their own.
 */
export function atlasStyle({ sphere, countries, points, ocean = '#dbe7ee', border = '#ffffff' }: StyleOptions): StyleSpecification {
  const kinded = (collection: FeatureCollection, kind: Kind) => collection.features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));
  const atlas: FeatureCollection = { type: 'FeatureCollection', features: [...kinded(sphere, 'sphere'), ...kinded(countries, 'country'), ...kinded(points, 'point')] };
  return {
    version: 8,
    sources: {
      [ATLAS]: { type: 'geojson', data: atlas, promoteId: 'code' },
    },
    layers: [
      { id: 'ocean', type: 'fill', source: ATLAS, filter: only('sphere'), paint: { 'fill-color': perFeature(ocean), 'fill-outline-color': perFeature(ocean) } },
      { id: 'country-fill', type: 'fill', source: ATLAS, filter: only('country'), paint: { 'fill-color': categoryColor(), 'fill-outline-color': perFeature(border) } },
      // Successor states drawn in their predecessor's colour, and disputed standings. No antialiased
      // edge: the countries' own outline lies under it, and it would need a program of its own.
      { id: 'country-hatch', type: 'fill', source: ATLAS, filter: lensFilter('country-hatch', []), paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', flag('hatched'), 0.75, 0], 'fill-antialias': false } },
      {
        id: 'marker',
        type: 'circle',
        source: ATLAS,
        filter: ['all', only('point'), ['==', ['get', 'marker'], true]],
        paint: {
          'circle-color': categoryColor(),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 7],
          'circle-stroke-color': ['case', flag('selected'), '#111111', flag('hover'), '#111111', '#ffffff'],
          'circle-stroke-width': ['case', flag('selected'), 2.5, flag('hover'), 1.5, 0.75],
          'circle-stroke-opacity': perFeature(1),
        },
      },
      // A ring around countries whose embassy to the lens state is in the highlighted city.
      {
        id: 'embassy',
        type: 'circle',
        source: ATLAS,
        filter: lensFilter('embassy', []),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 6, 6, 11],
          'circle-color': perFeature('rgba(0,0,0,0)'),
          'circle-stroke-color': perFeature('#000000'),
          'circle-stroke-width': perFeature(2),
          'circle-stroke-opacity': ['case', flag('embassy'), 1, 0],
        },
      },
    ],
  };
}

/** The layers that draw only the features a lens can need (see `lensFilter`). */
export type LensLayer = 'country-hatch' | 'embassy';

/**
 * `lensFilter('country-hatch', ['UKR'])`: the filter of a layer that draws only the features a lens
 * can need: none in `atlasStyle`, the lens's own once it is known (`AtlasMap.setLensFeatures`).
 */
export function lensFilter(layer: LensLayer, codes: readonly string[]): ExpressionSpecification {
  return ['all', only(layer === 'embassy' ? 'point' : 'country'), ['in', ['get', 'code'], ['literal', [...codes]]]];
}

/**
 * Hover and selection outlines: a source holding only the outlined countries, added on the first
 * hover or selection. It changes without touching the countries' tiles, and an empty source in the
 * first view would cost a frame of its own.
 */
export function outlineLayer(): { source: SourceSpecification; layer: LayerSpecification; before: string } {
  return {
    source: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    layer: { id: 'country-outline', type: 'line', source: OUTLINES, paint: { 'line-color': '#111111', 'line-width': ['match', ['get', 'outline'], 'selected', 2.5, 1.5] } },
    before: 'marker',
  };
}
