// The map's style as a pure object: no tiles, glyphs or sprites from anywhere, so the page makes no
// request outside its origin. Colours come from feature-state (`cat`, an index into CATEGORIES), so
// recolouring a country is one setFeatureState, not a style change.
import type { StyleSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_INDEX } from '../core/categories';
import { CHANGES, CHANGE_COLOR } from '../core/compare';
import { CHANGE_PAINT_OFFSET } from '../core/features';

export const COUNTRIES = 'countries';
export const POINTS = 'points';
/** Only the hovered and selected countries: outlining them never re-parses the whole map. */
export const OUTLINES = 'outlines';
export const HATCH_IMAGE = 'hatch';

export interface StyleOptions {
  sphere: FeatureCollection;
  countries: FeatureCollection;
  points: FeatureCollection;
  paper?: string;
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

const flag = (name: string): ExpressionSpecification => ['==', ['coalesce', ['feature-state', name], 0], 1];

/**
 * The style of the first view: what every view draws, so the first frame comes fast. Hatching and
 * embassy rings are added on first use (see `extraLayer`): always present, they cost every frame a
 * second pass over every country. Hover and selection outlines have their own small source, so
 * outlining a country never makes MapLibre parse the countries again.
 */
export function atlasStyle({ sphere, countries, points, paper = '#f7f7f5', ocean = '#dbe7ee', border = '#ffffff' }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    sources: {
      sphere: { type: 'geojson', data: sphere },
      [COUNTRIES]: { type: 'geojson', data: countries, promoteId: 'code' },
      [POINTS]: { type: 'geojson', data: points, promoteId: 'code' },
      [OUTLINES]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'paper', type: 'background', paint: { 'background-color': paper } },
      { id: 'ocean', type: 'fill', source: 'sphere', paint: { 'fill-color': ocean } },
      { id: 'country-fill', type: 'fill', source: COUNTRIES, paint: { 'fill-color': categoryColor(), 'fill-outline-color': border } },
      { id: 'country-outline', type: 'line', source: OUTLINES, paint: { 'line-color': '#111111', 'line-width': ['match', ['get', 'outline'], 'selected', 2.5, 1.5] } },
      {
        id: 'marker',
        type: 'circle',
        source: POINTS,
        filter: ['==', ['get', 'marker'], true],
        paint: {
          'circle-color': categoryColor(),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 7],
          'circle-stroke-color': ['case', flag('selected'), '#111111', flag('hover'), '#111111', '#ffffff'],
          'circle-stroke-width': ['case', flag('selected'), 2.5, flag('hover'), 1.5, 0.75],
        },
      },
    ],
  };
}

export type ExtraLayer = 'hatch' | 'embassy';

/** The layers added on first use, each with the layer it goes below (undefined: on top). */
export function extraLayer(kind: ExtraLayer): { layer: LayerSpecification; before: string | undefined } {
  switch (kind) {
    case 'hatch':
      // Successor states drawn in their predecessor's colour, and disputed standings.
      return {
        layer: { id: 'country-hatch', type: 'fill', source: COUNTRIES, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', flag('hatched'), 0.75, 0] } },
        before: 'country-outline',
      };
    case 'embassy':
      // A ring around countries whose embassy to the lens state is in the highlighted city.
      return {
        layer: {
          id: 'embassy',
          type: 'circle',
          source: POINTS,
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 6, 6, 11],
            'circle-color': 'rgba(0,0,0,0)',
            'circle-stroke-color': '#000000',
            'circle-stroke-width': 2,
            'circle-stroke-opacity': ['case', flag('embassy'), 1, 0],
          },
        },
        before: undefined,
      };
  }
}
