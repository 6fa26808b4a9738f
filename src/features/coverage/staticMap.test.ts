import { describe, expect, it } from 'vitest';
import { projectShapes } from './staticMap';

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
});

describe('projectShapes', () => {
  it('fits the shapes to the width, north up, with longitude shrunk by cos(latitude)', () => {
    const map = projectShapes([{ kode: 'A', geometry: square(0, 0, 1) }, { kode: 'B', geometry: square(1, 0, 1) }], 200);
    expect(map.width).toBe(200);
    // Two 1° squares side by side at the equator: 2:1, so 100 high.
    expect(map.height).toBeCloseTo(100, 0);
    expect(map.shapes[0]).toEqual({ kode: 'A', d: 'M0.0 100.0L100.0 100.0L100.0 0.0L0.0 0.0L0.0 100.0Z' });
  });

  it('writes one subpath per ring, holes included, for every part of a MultiPolygon', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [square(0, 0, 1).coordinates, square(2, 0, 1).coordinates] };
    const map = projectShapes([{ kode: 'M', geometry }], 300);
    expect(map.shapes[0]?.d.match(/M/g)).toHaveLength(2);
  });

  it('keeps a square square away from the equator', () => {
    const map = projectShapes([{ kode: 'N', geometry: square(10, 60, 1) }], 100);
    // At 60.5° N one degree of longitude is about half a degree of latitude.
    expect(map.height / map.width).toBeCloseTo(1 / Math.cos((60.5 * Math.PI) / 180), 1);
  });

  it('fits a region taller than the box to its height, centred across the width', () => {
    // Two 1° squares stacked at the equator: 1:2, so 50 wide in a 200 × 100 box, 75 from either side.
    const map = projectShapes([{ kode: 'S', geometry: square(0, 0, 1) }, { kode: 'N', geometry: square(0, 1, 1) }], 200, 100);
    expect(map.width).toBe(200);
    expect(map.height).toBeCloseTo(100, 0);
    expect(map.shapes[0]).toEqual({ kode: 'S', d: 'M75.0 100.0L125.0 100.0L125.0 50.0L75.0 50.0L75.0 100.0Z' });
  });

  it('leaves a region that fits the box as wide as the box', () => {
    const map = projectShapes([{ kode: 'A', geometry: square(0, 0, 1) }, { kode: 'B', geometry: square(1, 0, 1) }], 200, 150);
    expect(map.height).toBeCloseTo(100, 0);
    expect(map.shapes[0]?.d.startsWith('M0.0 100.0')).toBe(true);
  });

  it('returns nothing for empty input instead of NaN paths', () => {
    expect(projectShapes([], 100)).toEqual({ width: 100, height: 0, shapes: [] });
  });
});
