import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { atlasStyle, extraLayer, COUNTRIES, OUTLINES, POINTS } from '../../src/map/style';
import { outlines } from '../../src/map/geometry';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
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

  it('atlasStyle(…) keys countries and points by their ISO code, so feature-state works by code', () => {
    expect(style.sources[COUNTRIES]).toMatchObject({ type: 'geojson', promoteId: 'code' });
    expect(style.sources[POINTS]).toMatchObject({ type: 'geojson', promoteId: 'code' });
  });

  it('atlasStyle(…) layers all draw from sources the style has', () => {
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });

  it("extraLayer('hatch') and extraLayer('embassy') go below layers of the style, or on top", () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids).toContain(extraLayer('hatch').before);
    expect(extraLayer('embassy').before).toBeUndefined();
    expect(extraLayer('hatch').layer).toMatchObject({ source: COUNTRIES });
    expect(extraLayer('embassy').layer).toMatchObject({ source: POINTS });
  });

  it('atlasStyle(…) outlines only what the outlines source holds, which starts empty', () => {
    expect(style.sources[OUTLINES]).toEqual({ type: 'geojson', data: empty });
    expect(style.layers.filter((l) => 'source' in l && l.source === COUNTRIES).map((l) => l.type)).toEqual(['fill']);
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
