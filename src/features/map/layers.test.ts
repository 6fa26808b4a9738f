import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { basemapLayer, basemapSource, buildStyle, FILTERED_OUT_STATE, kelurahanFillLayer, LAYER_IDS, OVERLAY_LAYERS, SOURCE_IDS } from './layers';

describe('map style', () => {
  it('validates against the MapLibre style spec', () => {
    expect(validateStyleMin(buildStyle())).toEqual([]);
  });

  it('stays valid with the optional basemap inserted', () => {
    const style = buildStyle();
    const withBasemap: StyleSpecification = {
      ...style,
      sources: { ...style.sources, [SOURCE_IDS.basemap]: basemapSource },
      layers: [style.layers[0]!, basemapLayer, ...style.layers.slice(1)],
    };
    expect(validateStyleMin(withBasemap)).toEqual([]);
  });

  it('needs no network: no glyphs, sprite or remote source', () => {
    const style = buildStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('catches a broken layer (the validation is not a no-op)', () => {
    const style = buildStyle();
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'fill', source: 'missing' }] } as StyleSpecification;
    expect(validateStyleMin(broken).length).toBeGreaterThan(0);
  });

  it('uses every declared layer id exactly once', () => {
    const ids = OVERLAY_LAYERS.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The basemap is inserted on demand and the installations are a custom layer the adapter adds.
    const declared = Object.values(LAYER_IDS).filter((id) => id !== LAYER_IDS.basemap && id !== LAYER_IDS.installations);
    expect([...ids].sort()).toEqual([...declared].sort());
  });

  it('dims a kelurahan the shared filters leave out, unless it is selected', () => {
    const parsed = createExpression(kelurahanFillLayer.paint?.['fill-opacity'], 'fill-opacity');
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    // The adapter sets `filteredOut` feature-state; no state means in the filter.
    const opacity = (inFilter: boolean | undefined, selected = false) =>
      parsed.value.evaluate({ zoom: 11 }, { type: 'Polygon', properties: {} }, { selected, ...(inFilter === undefined ? {} : { [FILTERED_OUT_STATE]: !inFilter }) }) as number;
    expect(opacity(true)).toBe(0.55);
    expect(opacity(undefined)).toBe(0.55);
    expect(opacity(false)).toBeLessThan(opacity(true) / 2);
    expect(opacity(false, true)).toBe(opacity(true, true));
  });
});
