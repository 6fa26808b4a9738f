import { booleanIntersects } from '@turf/boolean-intersects';
import { describe, expect, it } from 'vitest';
import { findNeighbors } from '../src/geo/index';
import { loadRealRegion } from './testSupport';

// The pipeline's `neighbors` property on the real, unsimplified upstream borders.
const batam = await loadRealRegion('21.71');
describe.skipIf(!batam)('findNeighbors on the real Batam kelurahan (unsimplified)', () => {
  const rows = batam?.kelurahan ?? [];
  const features = rows.map((row) => ({ type: 'Feature' as const, properties: { kode: row.kode }, geometry: row.geometry }));
  const neighbors = findNeighbors(features);
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
