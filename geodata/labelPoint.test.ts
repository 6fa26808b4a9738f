import type { Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { describe, expect, it } from 'vitest';
import { normaliseGeometry } from './geometry';
import { labelPoint } from './labelPoint';
import { loadRealRegion } from './testSupport';

describe('labelPoint', () => {
  it('lands inside a C-shaped area whose centroid lies outside it', () => {
    const cShape: Polygon = {
      type: 'Polygon',
      coordinates: [[[104, 1], [104.1, 1], [104.1, 1.02], [104.02, 1.02], [104.02, 1.08], [104.1, 1.08], [104.1, 1.1], [104, 1.1], [104, 1]]],
    };
    expect(booleanPointInPolygon(centroid(cShape), cShape)).toBe(false);
    const point = labelPoint(cShape);
    expect(booleanPointInPolygon(point, cShape, { ignoreBoundary: true })).toBe(true);
  });

  it('picks the largest part of a multipolygon, not the middle of the sea between parts', () => {
    const small = [[[104, 1], [104.01, 1], [104.01, 1.01], [104, 1.01], [104, 1]]];
    const large = [[[104.5, 1], [104.7, 1], [104.7, 1.2], [104.5, 1.2], [104.5, 1]]];
    const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
    expect(x).toBeCloseTo(104.6, 2);
    expect(y).toBeCloseTo(1.1, 2);
  });
});

const batam = await loadRealRegion('21.71');
describe.skipIf(!batam)('labelPoint on the real Batam kelurahan', () => {
  it('is inside all 64, where upstream centroids of some island kelurahan fall in the sea', () => {
    const rows = batam?.kelurahan ?? [];
    expect(rows).toHaveLength(64);
    const centroidsOutside = rows.filter((row) => !booleanPointInPolygon(row.centroid, row.geometry));
    expect(centroidsOutside.length).toBeGreaterThan(0);
    for (const row of rows) {
      const geometry = normaliseGeometry(row.geometry, 12).geometry;
      expect(booleanPointInPolygon(labelPoint(geometry), geometry, { ignoreBoundary: true }), row.kode).toBe(true);
    }
  });
});
