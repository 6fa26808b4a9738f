import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeSharedBorders } from './computeSharedBorders';
import { coveredInterval, unionLength } from './coverSegment';
import { findNeighbors } from './findNeighbors';

// Local metres → degrees near Batam (1° N), so the synthetic cases speak in metres.
const metre = 1 / 111_195;
const latitude = 1;
const xMetre = metre / Math.cos((latitude * Math.PI) / 180);

function box(kode: string, x0: number, y0: number, x1: number, y1: number, extra: [number, number][] = []): Feature<Polygon, { kode: string }> {
  const ring: [number, number][] = [[x0, y0], [x1, y0], ...extra, [x1, y1], [x0, y1], [x0, y0]];
  return { type: 'Feature', properties: { kode }, geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [104 + x * xMetre, latitude + y * metre])] } };
}

describe('coveredInterval', () => {
  it('returns the part of a segment within tolerance of another segment', () => {
    // A runs along y = 0 from x = 0 to 100; CD runs along y = 3 from x = 20 to 60: covered 15..65 (discs add 4 m each side).
    const interval = coveredInterval(0, 0, 100, 0, 20, 3, 60, 3, 5);
    expect(interval?.[0]).toBeCloseTo(0.16, 5);
    expect(interval?.[1]).toBeCloseTo(0.64, 5);
    expect(coveredInterval(0, 0, 100, 0, 20, 6, 60, 6, 5)).toBeUndefined();
    // Perpendicular crossing: only a 10 m stretch around the crossing point is near.
    const crossing = coveredInterval(0, 0, 100, 0, 50, -50, 50, 50, 5);
    expect(crossing?.[0]).toBeCloseTo(0.45, 5);
    expect(crossing?.[1]).toBeCloseTo(0.55, 5);
  });
});

describe('unionLength', () => {
  it('counts overlapping intervals once, in any order', () => {
    expect(unionLength([0.5, 0.7, 0, 0.2, 0.1, 0.3])).toBeCloseTo(0.5, 10);
    expect(unionLength([0, 1, 0.2, 0.4])).toBeCloseTo(1, 10);
  });
});

describe('findNeighbors on synthetic squares', () => {
  it('finds neighbours whose shared border has no common vertices, and ignores corner touches', () => {
    const west = box('A', 0, 0, 500, 500);
    // East shares the x = 500 border but 2 m off, with its own vertices at y = 137 and 311.
    const east = box('B', 502, 0, 1000, 500);
    east.geometry.coordinates[0]?.splice(4, 0, [104 + 502 * xMetre, latitude + 311 * metre], [104 + 502 * xMetre, latitude + 137 * metre]);
    const corner = box('C', 500, 500, 1000, 1000); // touches A only at (500, 500)
    const farAway = box('D', 0, 508, 400, 900); // 8 m north of A: too far
    const diagonal = box('E', -300, -300, 0, 0); // touches A at its south-west corner
    const neighbors = findNeighbors([west, east, corner, farAway, diagonal]);
    expect(neighbors).toEqual([['B'], ['A', 'C'], ['B'], [], []]);
    const shared = computeSharedBorders([west, east]);
    // A's row and B's row: the longer of the two readings, so the same.
    const inRowOfA = shared.meters[shared.offsets[0]!]!;
    const inRowOfB = shared.meters[shared.offsets[1]!]!;
    // 500 m of east border, plus the last 3 m of A's north and south edges that come within 5 m of B's corners.
    expect(inRowOfA).toBeCloseTo(506, 0);
    expect(inRowOfB).toBeGreaterThan(500);
    expect(inRowOfB).toBeLessThan(510);
  });

  it('requires minSharedMeters of border within toleranceMeters', () => {
    const west = box('A', 0, 0, 500, 500);
    const shortContact = box('B', 500, 450, 800, 540); // shares 50 m of A's east border
    expect(findNeighbors([west, shortContact])).toEqual([[], []]);
    expect(findNeighbors([west, shortContact], { minSharedMeters: 40 })).toEqual([['B'], ['A']]);
    const gap = box('C', 507, 0, 900, 500);
    expect(findNeighbors([west, gap])).toEqual([[], []]);
    expect(findNeighbors([west, gap], { toleranceMeters: 8 })).toEqual([['C'], ['A']]);
  });
});
