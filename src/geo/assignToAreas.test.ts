import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { assignToAreas, buildAreaIndex, locate } from './assignToAreas';
import { seededRandom } from './fixtures/random';
import { squareGrid } from './fixtures/squares';

const square = (west: number, south: number, size: number) => [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];

describe('locate', () => {
  const grid = squareGrid(2, 2, 1, 0, 0); // 0: SW, 1: SE, 2: NW, 3: NE
  const index = buildAreaIndex(grid);

  it('finds the area strictly containing a point and reports -1 outside', () => {
    expect(locate(index, 0.5, 0.5)).toBe(0);
    expect(locate(index, 1.5, 1.5)).toBe(3);
    expect(locate(index, 2.5, 0.5)).toBe(-1);
    expect(locate(index, Number.NaN, 0.5)).toBe(-1);
  });

  it('puts a point on a shared border in exactly one area: the one to its east, or north on an east-west border', () => {
    expect(locate(index, 1, 0.5)).toBe(1);
    expect(locate(index, 0.5, 1)).toBe(2);
    expect(locate(index, 1, 1)).toBe(3);
  });

  it('gives every point on a jagged shared border to exactly one side, whichever way the rings run', () => {
    // Two areas split by a zig-zag; the right one is wound the other way round on purpose.
    const zigzag = [[0.3, 0], [0.7, 0.25], [0.2, 0.5], [0.9, 0.75], [0.4, 1]];
    const left = { geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], ...zigzag, [0, 1], [0, 0]]] } };
    const right = { geometry: { type: 'Polygon' as const, coordinates: [[[1, 0], [1, 1], ...[...zigzag].reverse(), [1, 0]]] } };
    const pair = buildAreaIndex([left, right]);
    for (let segment = 0; segment + 1 < zigzag.length; segment++) {
      const [ax, ay] = zigzag[segment] as [number, number];
      const [bx, by] = zigzag[segment + 1] as [number, number];
      for (let step = 0; step <= 16; step++) {
        const t = step / 16;
        if (ay + (by - ay) * t >= 1) continue; // the top end lies on the outer border, outside both by the same rule
        const hits = [0, 1].filter((area) => {
          const single = buildAreaIndex([[left, right][area]!]);
          return locate(single, ax + (bx - ax) * t, ay + (by - ay) * t) === 0;
        });
        expect(hits).toHaveLength(1);
        expect(locate(pair, ax + (bx - ax) * t, ay + (by - ay) * t)).toBe(hits[0]);
      }
    }
  });

  it('respects holes and multipolygon parts', () => {
    const withHole = { geometry: { type: 'Polygon' as const, coordinates: [square(0, 0, 3), square(1, 1, 1)] } };
    const multi = { geometry: { type: 'MultiPolygon' as const, coordinates: [[square(10, 10, 1)], [square(20, 20, 1)]] } };
    const enclave = { geometry: { type: 'Polygon' as const, coordinates: [square(1, 1, 1)] } };
    const areas = buildAreaIndex([withHole, multi, enclave]);
    expect(locate(areas, 0.5, 0.5)).toBe(0);
    expect(locate(areas, 1.5, 1.5)).toBe(2);
    expect(locate(areas, 20.5, 20.5)).toBe(1);
    expect(locate(areas, 15, 15)).toBe(-1);
  });

  it('accepts rings that are not closed', () => {
    const open = { geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] } };
    expect(locate(buildAreaIndex([open]), 0.5, 0.9)).toBe(0);
  });

  it('lets the lowest index win when areas overlap (invalid input), regardless of tree order', () => {
    const big = { geometry: { type: 'Polygon' as const, coordinates: [square(0, 0, 4)] } };
    const small = { geometry: { type: 'Polygon' as const, coordinates: [square(1, 1, 1)] } };
    expect(locate(buildAreaIndex([small, big]), 1.5, 1.5)).toBe(0);
    expect(locate(buildAreaIndex([big, small]), 1.5, 1.5)).toBe(0);
  });
});

describe('assignToAreas', () => {
  it('handles empty inputs', () => {
    expect(assignToAreas(buildAreaIndex([]), new Float64Array([1]), new Float64Array([1]))).toEqual(new Int32Array([-1]));
    expect(assignToAreas(buildAreaIndex(squareGrid(1, 1)), new Float64Array(0), new Float64Array(0))).toHaveLength(0);
  });

  it('assigns arrays of points and rejects mismatched lengths', () => {
    const index = buildAreaIndex(squareGrid(3, 1, 1, 0, 0));
    expect([...assignToAreas(index, new Float64Array([0.5, 1.5, 2.5, 3.5]), new Float64Array([0.5, 0.5, 0.5, 0.5]))]).toEqual([0, 1, 2, -1]);
    expect(() => assignToAreas(index, new Float64Array(2), new Float64Array(3))).toThrow(/2 longitudes but 3 latitudes/);
  });
});

describe('assignToAreas on many points', () => {
  it('gives the same answer as locate point by point when it groups points by cell', () => {
    const grid = squareGrid(20, 15, 0.01, 104, 1);
    // Wiggly polygons with many vertices exercise the banded edge test too.
    const wiggly = { geometry: { type: 'Polygon' as const, coordinates: [Array.from({ length: 201 }, (_, i) => {
      const angle = (2 * Math.PI * (i % 200)) / 200;
      const radius = 0.03 * (1 + 0.3 * Math.sin(angle * 7));
      return [104.1 + radius * Math.cos(angle), 1.2 + radius * Math.sin(angle)];
    })] } };
    const index = buildAreaIndex([...grid, wiggly]);
    const random = seededRandom(7);
    const count = 20_000;
    const lngs = Float64Array.from({ length: count }, () => 103.99 + random() * 0.16);
    const lats = Float64Array.from({ length: count }, () => 0.99 + random() * 0.25);
    const result = assignToAreas(index, lngs, lats);
    let inside = 0;
    for (let i = 0; i < count; i++) {
      expect(result[i]).toBe(locate(index, lngs[i]!, lats[i]!));
      if (result[i] === grid.length) {
        inside++;
        expect(booleanPointInPolygon([lngs[i]!, lats[i]!], wiggly.geometry)).toBe(true);
      }
    }
    expect(inside).toBeGreaterThan(100);
  });
});
