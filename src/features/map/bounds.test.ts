import { describe, expect, it } from 'vitest';
import { featuresBounds, geometryBounds } from './bounds';
import { threeKelurahan } from './fixtures.test-data';

describe('geometryBounds', () => {
  it('covers every part of a multipolygon', () => {
    expect(geometryBounds({ type: 'MultiPolygon', coordinates: [[[[104, 1], [104.1, 1], [104.1, 1.1], [104, 1]]], [[[103.9, 0.9], [103.95, 0.9], [103.95, 0.95], [103.9, 0.9]]]] })).toEqual([103.9, 0.9, 104.1, 1.1]);
  });
  it('is undefined for an empty geometry', () => {
    expect(geometryBounds({ type: 'Polygon', coordinates: [] })).toBeUndefined();
  });
});

describe('featuresBounds', () => {
  const features = threeKelurahan.features;
  const only = (...kodes: string[]) => (feature: (typeof features)[number]) => kodes.includes(feature.properties.kode);

  it('spans exactly the kept features, skipping the ones between them', () => {
    const [west, south, east, north] = featuresBounds(features, only('21.71.01.1001', '21.71.01.1003'))!;
    expect([west, south, north]).toEqual([104, 1, 1.01]);
    expect(east).toBeCloseTo(104.03, 10);
    const [middleWest, , middleEast] = featuresBounds(features, only('21.71.01.1002'))!;
    expect(middleWest).toBeCloseTo(104.01, 10);
    expect(middleEast).toBeCloseTo(104.02, 10);
  });

  it('is undefined when nothing is kept or nothing kept has coordinates', () => {
    expect(featuresBounds(features, () => false)).toBeUndefined();
    expect(featuresBounds([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} }], () => true)).toBeUndefined();
  });
});
