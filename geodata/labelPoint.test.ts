import type { Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './labelPoint';

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
