import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countSelfIntersections, normaliseGeometry, ringSignedArea, validateGeometry } from './geometry';

const clockwiseSquare = [[104, 1], [104, 1.1], [104.1, 1.1], [104.1, 1]];

describe('normaliseGeometry', () => {
  it('closes rings, winds exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    const hole = [[104.02, 1.02], [104.05, 1.02], [104.05, 1.05], [104.02, 1.05], [104.02, 1.02]]; // CCW: wrong for a hole
    const { geometry } = normaliseGeometry({ type: 'Polygon', coordinates: [clockwiseSquare, hole] });
    const [exterior, inner] = (geometry as Polygon).coordinates;
    expect(exterior?.[0]).toEqual(exterior?.[exterior.length - 1]);
    expect(ringSignedArea(exterior ?? [])).toBeGreaterThan(0);
    expect(ringSignedArea(inner ?? [])).toBeLessThan(0);
    expect(validateGeometry(geometry)).toEqual([]);
  });

  it('rounds to 6 decimals, drops the duplicates that creates, and counts collapsed rings', () => {
    const ring = [[104.1234564, 1.0000001], [104.1234561, 1.0000004], [104.2, 1], [104.2, 1.1], [104.1234564, 1.0000001]];
    const sliver = [[105, 1], [105.0000001, 1], [105, 1.0000001], [105, 1]];
    const { geometry, collapsedRings } = normaliseGeometry({ type: 'MultiPolygon', coordinates: [[ring], [sliver]] });
    expect(collapsedRings).toBe(1);
    expect(geometry.type).toBe('Polygon');
    expect((geometry as Polygon).coordinates[0]).toHaveLength(4);
    expect((geometry as Polygon).coordinates[0]?.[0]).toEqual([104.123456, 1]);
  });
});

describe('validateGeometry', () => {
  it('names each problem with its polygon and ring', () => {
    const problems = validateGeometry({ type: 'Polygon', coordinates: [clockwiseSquare, [[104.01, 1.01], [104.0123456789, 1.01], [104.01, 1.02]]] });
    expect(problems).toContain('polygon 0 ring 0: not closed');
    expect(problems).toContain('polygon 0 ring 0: exterior must be counter-clockwise');
    expect(problems).toContain('polygon 0 ring 1: 3 positions (needs ≥ 4)');
    expect(problems.some((problem) => /ring 1: coordinate .* more than 6 decimals/.test(problem))).toBe(true);
  });

  it('counts self-intersections (a bow tie has one)', () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[104, 1], [104.1, 1.1], [104.1, 1], [104, 1.1], [104, 1]]] };
    expect(countSelfIntersections(bowTie)).toBeGreaterThan(0);
    expect(countSelfIntersections(normaliseGeometry({ type: 'Polygon', coordinates: [clockwiseSquare] }).geometry)).toBe(0);
  });
});
