import { describe, expect, it } from 'vitest';
import { placeLabels, projectShapes } from './staticMap';

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

  it('puts a shape\'s label point where its outline puts that place, and no label where it has none', () => {
    const map = projectShapes([{ kode: 'A', geometry: square(0, 0, 1), labelPoint: [0.5, 0.25] }, { kode: 'B', geometry: square(1, 0, 1) }], 200);
    // 100 units a degree: half-way across A, a quarter of the way up from its southern edge.
    expect(map.shapes[0]?.labelAt).toEqual({ x: 50, y: 75 });
    expect(map.shapes[1]?.labelAt).toBeUndefined();
  });

  it('returns nothing for empty input instead of NaN paths', () => {
    expect(projectShapes([], 100)).toEqual({ width: 100, height: 0, shapes: [] });
  });
});

describe('placeLabels', () => {
  const metrics = { charWidth: 6, lineHeight: 12 };
  const label = (kode: string, x: number, y: number, text = 'Sadai') => ({ kode, text, x, y });

  it('keeps labels in the order given, leaving out one that would cover a label kept before it', () => {
    // "Sadai" is 30 wide and 12 high: B's box starts 20 right of A's centre, inside A's box.
    const placed = placeLabels([label('A', 50, 50), label('B', 60, 55), label('C', 100, 50)], 200, 100, metrics);
    expect(placed.map((entry) => entry.kode)).toEqual(['A', 'C']);
    // The same two the other way round: B, given first, wins.
    expect(placeLabels([label('B', 60, 55), label('A', 50, 50)], 200, 100, metrics).map((entry) => entry.kode)).toEqual(['B']);
  });

  it('keeps labels that only touch, and leaves out one that would stick out of the map', () => {
    expect(placeLabels([label('A', 50, 50), label('B', 80, 50)], 200, 100, metrics)).toHaveLength(2);
    expect(placeLabels([label('Edge', 10, 50), label('Low', 100, 97)], 200, 100, metrics)).toEqual([]);
  });
});
