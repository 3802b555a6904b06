import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { atlasStyle, outlineLayer, ATLAS, OUTLINES } from '../../src/map/style';
import { outlines } from '../../src/map/geometry';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const square = (code: string, x: number): Feature<MultiPolygon, { code: string }> => ({
  type: 'Feature',
  id: code,
  properties: { code },
  geometry: { type: 'MultiPolygon', coordinates: [[[[x, 0], [x + 1, 0], [x + 1, 1], [x, 0]]]] },
});

describe('atlasStyle', () => {
  const style = atlasStyle({ sphere: empty, countries: empty, points: empty });

  it('atlasStyle(…) names no URL: no tiles, glyphs or sprites from anywhere', () => {
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('atlasStyle(…) has one source for ocean, countries and points, keyed by ISO code', () => {
    expect(Object.keys(style.sources)).toEqual([ATLAS]);
    expect(style.sources[ATLAS]).toMatchObject({ type: 'geojson', promoteId: 'code' });
  });

  it('atlasStyle(…) tags each feature with its kind, and each layer draws one kind', () => {
    const withOne = atlasStyle({ sphere: collection([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }]), countries: collection([square('FRA', 0)]), points: collection([{ type: 'Feature', properties: { code: 'FRA', marker: false }, geometry: { type: 'Point', coordinates: [0.5, 0.5] } }]) });
    const data = (withOne.sources[ATLAS] as { data: FeatureCollection }).data;
    expect(data.features.map((f) => f.properties?.kind)).toEqual(['sphere', 'country', 'point']);
    const kindOf = (id: string) => JSON.stringify(withOne.layers.find((l) => l.id === id));
    expect(kindOf('ocean')).toContain('"sphere"');
    expect(kindOf('country-fill')).toContain('"country"');
    expect(kindOf('country-hatch')).toContain('"country"');
    expect(kindOf('marker')).toContain('"point"');
    expect(kindOf('embassy')).toContain('"point"');
  });

  it('atlasStyle(…) layers all draw from its source; the outlines come later, below the markers', () => {
    for (const layer of style.layers) if ('source' in layer) expect(layer.source).toBe(ATLAS);
    const { layer, before } = outlineLayer();
    expect(style.layers.map((l) => l.id)).toContain(before);
    expect(layer).toMatchObject({ type: 'line', source: OUTLINES });
  });
});

describe('outlines', () => {
  const byId = new Map([square('FRA', 0), square('ITA', 2)].map((f) => [f.properties.code, f]));

  it("outlines(byId, ['ITA'], 'FRA') draws ITA as selected and FRA as hovered", () => {
    expect(outlines(byId, ['ITA'], 'FRA').features.map((f) => [f.properties.code, f.properties.outline])).toEqual([['ITA', 'selected'], ['FRA', 'hover']]);
  });

  it("outlines(byId, ['ITA'], 'ITA') keeps the selected outline once", () => {
    expect(outlines(byId, ['ITA'], 'ITA').features.map((f) => f.properties.outline)).toEqual(['selected']);
  });

  it("outlines(byId, ['MCO'], null) skips states drawn only as a marker", () => {
    expect(outlines(byId, ['MCO'], null).features).toEqual([]);
  });

  it("outlines(byId, [], 'FRA') keeps the country's geometry", () => {
    expect(outlines(byId, [], 'FRA').features[0]!.geometry).toBe(byId.get('FRA')!.geometry);
  });
});
