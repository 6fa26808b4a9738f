import type { Feature, Polygon } from 'geojson';
import { booleanIntersects } from '@turf/boolean-intersects';
import { describe, expect, it } from 'vitest';
import { computeNeighbors, sharedBorderLengths } from './adjacency';
import { coveredInterval, unionLength } from './segmentCover';
import { loadRealRegion } from './testSupport';

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

describe('computeNeighbors on synthetic squares', () => {
  it('finds neighbours whose shared border has no common vertices, and ignores corner touches', () => {
    const west = box('A', 0, 0, 500, 500);
    // East shares the x = 500 border but 2 m off, with its own vertices at y = 137 and 311.
    const east = box('B', 502, 0, 1000, 500);
    east.geometry.coordinates[0]?.splice(4, 0, [104 + 502 * xMetre, latitude + 311 * metre], [104 + 502 * xMetre, latitude + 137 * metre]);
    const corner = box('C', 500, 500, 1000, 1000); // touches A only at (500, 500)
    const farAway = box('D', 0, 508, 400, 900); // 8 m north of A: too far
    const diagonal = box('E', -300, -300, 0, 0); // touches A at its south-west corner
    const neighbors = computeNeighbors([west, east, corner, farAway, diagonal]);
    expect(neighbors).toEqual([['B'], ['A', 'C'], ['B'], [], []]);
    const shared = sharedBorderLengths([west, east]);
    // 500 m of east border, plus the last 3 m of A's north and south edges that come within 5 m of B's corners.
    expect(shared[1]).toBeCloseTo(506, 0);
    expect(shared[2]).toBeGreaterThan(500);
    expect(shared[2]).toBeLessThan(510);
  });

  it('requires minSharedMeters of border within toleranceMeters', () => {
    const west = box('A', 0, 0, 500, 500);
    const shortContact = box('B', 500, 450, 800, 540); // shares 50 m of A's east border
    expect(computeNeighbors([west, shortContact])).toEqual([[], []]);
    expect(computeNeighbors([west, shortContact], { minSharedMeters: 40 })).toEqual([['B'], ['A']]);
    const gap = box('C', 507, 0, 900, 500);
    expect(computeNeighbors([west, gap])).toEqual([[], []]);
    expect(computeNeighbors([west, gap], { toleranceMeters: 8 })).toEqual([['C'], ['A']]);
  });
});

const batam = await loadRealRegion('21.71');
describe.skipIf(!batam)('computeNeighbors on the real Batam kelurahan (unsimplified)', () => {
  const rows = batam?.kelurahan ?? [];
  const features = rows.map((row) => ({ type: 'Feature' as const, properties: { kode: row.kode }, geometry: row.geometry }));
  const neighbors = computeNeighbors(features);
  const byKode = new Map(rows.map((row, index) => [row.kode, neighbors[index] ?? []]));
  const vertexKeys = (kode: string) => {
    const geometry = rows.find((row) => row.kode === kode)?.geometry;
    const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates] : (geometry?.coordinates ?? []);
    return new Set(polygons.flat(2).map((position) => position.join(',')));
  };
  const sharedVertexCount = (a: string, b: string) => [...vertexKeys(a)].filter((key) => vertexKeys(b).has(key)).length;
  const feature = (kode: string) => features.find((item) => item.properties.kode === kode) as (typeof features)[number];

  it('is symmetric and sorted', () => {
    for (const [kode, list] of byKode) {
      expect(list).toEqual([...list].sort());
      for (const other of list) expect(byKode.get(other)).toContain(kode);
    }
  });

  it('finds true neighbours whose borders share no vertex', () => {
    // Lubuk Baja Kota / Baloi Indah: ~180 m of border 1–5 m apart, no common vertex, the polygons do not even touch.
    expect(sharedVertexCount('21.71.06.1003', '21.71.06.1006')).toBe(0);
    expect(booleanIntersects(feature('21.71.06.1003'), feature('21.71.06.1006'))).toBe(false);
    expect(byKode.get('21.71.06.1003')).toContain('21.71.06.1006');
    // Sungai Jodoh / Batu Merah: ~770 m of common border drawn with different vertices.
    expect(sharedVertexCount('21.71.02.1002', '21.71.02.1003')).toBe(0);
    expect(byKode.get('21.71.02.1002')).toContain('21.71.02.1003');
  });

  it('does not count corner touches or brief approaches', () => {
    // Baloi Permai / Sukajadi and Sukajadi / Sungai Panas meet at a single corner (booleanIntersects is true).
    for (const [a, b] of [['21.71.10.1001', '21.71.10.1005'], ['21.71.10.1005', '21.71.10.1006']] as const) {
      expect(booleanIntersects(feature(a), feature(b))).toBe(true);
      expect(byKode.get(a)).not.toContain(b);
    }
    // Tanjung Sengkuang / Sungai Jodoh run within 5 m for only ~38 m.
    expect(byKode.get('21.71.02.1001')).not.toContain('21.71.02.1002');
  });

  it('links the campaign kelurahan to plausible neighbours', () => {
    expect(byKode.get('21.71.06.1004')).toEqual(expect.arrayContaining(['21.71.06.1005']));
    expect(byKode.get('21.71.09.1003')?.length).toBeGreaterThan(1);
    const pairs = [...byKode.values()].reduce((sum, list) => sum + list.length, 0) / 2;
    expect(pairs).toBeGreaterThan(90);
    expect(pairs).toBeLessThan(130);
  });
});
