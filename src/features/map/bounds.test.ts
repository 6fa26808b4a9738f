import { describe, expect, it } from 'vitest';
import { geometryBounds } from './bounds';

describe('geometryBounds', () => {
  it('covers every part of a multipolygon', () => {
    expect(geometryBounds({ type: 'MultiPolygon', coordinates: [[[[104, 1], [104.1, 1], [104.1, 1.1], [104, 1]]], [[[103.9, 0.9], [103.95, 0.9], [103.95, 0.95], [103.9, 0.9]]]] })).toEqual([103.9, 0.9, 104.1, 1.1]);
  });
  it('is undefined for an empty geometry', () => {
    expect(geometryBounds({ type: 'Polygon', coordinates: [] })).toBeUndefined();
  });
});
