import { area } from '@turf/area';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolveLayer, fillSlivers } from './derivedLayers';
import type { BoundaryRow } from './parseSql';

const box = (west: number, south: number, east: number, north: number): Position[] => [[west, south], [east, south], [east, north], [west, north], [west, south]];
const row = (kode: string, nama: string): BoundaryRow => ({ kode, nama, centroid: [1.005, 104.005], line: 1, geometry: { type: 'Polygon', coordinates: [box(104, 1, 104.01, 1.01)] } });

describe('fillSlivers', () => {
  it('fills a hole a few metres wide and keeps a wide one, counting what it filled', () => {
    // 0.00002° ≈ 2.2 m wide, 0.008° ≈ 890 m long: a sliver. The second hole is ≈ 330 m square.
    const sliver = box(104.001, 1.001, 104.009, 1.00102).reverse();
    const lake = box(104.004, 1.004, 104.007, 1.007).reverse();
    const geometry: Polygon = { type: 'Polygon', coordinates: [box(104, 1, 104.01, 1.01), sliver, lake] };
    const result = fillSlivers(geometry, 10);
    expect(result.filled).toBe(1);
    expect(result.geometry.coordinates).toEqual([geometry.coordinates[0], lake]);
    expect(result.filledSquareMeters).toBeCloseTo(area({ type: 'Polygon', coordinates: [sliver] }), 0);
  });
});

describe('dissolveLayer', () => {
  const west: Polygon = { type: 'Polygon', coordinates: [box(104, 1, 104.01, 1.01)] };
  const east: Polygon = { type: 'Polygon', coordinates: [box(104.01, 1, 104.02, 1.01)] };
  const kelurahan = { source: [west, east], simplified: [west, east] };

  it('outlines each kecamatan as the union of its kelurahan and compares it with the dump', () => {
    const layer = dissolveLayer('kecamatan', [row('21.71.01', 'Satu')], ['21.71.01.1001', '21.71.01.1002'], kelurahan, 1);
    expect(layer.simplified).toHaveLength(1);
    expect(area(layer.simplified[0] as Polygon)).toBeCloseTo(area(west) + area(east), -2);
    expect(layer.simplified[0]?.type).toBe('Polygon');
    // The dump's square is half the union: reported, not used.
    expect(layer.warnings).toEqual([expect.stringMatching(/^21\.71\.01 Satu: dump [\d.]+ km², dissolved [\d.]+ km² \(-50\.0 %\)$/)]);
  });

  it('fails naming a kecamatan without kelurahan and a kelurahan without kecamatan', () => {
    expect(() => dissolveLayer('kecamatan', [row('21.71.01', 'Satu'), row('21.71.02', 'Dua')], ['21.71.01.1001', '21.71.03.1001'], kelurahan, 1)).toThrow(
      /kecamatan 21\.71\.02 \(Dua\): no kelurahan with this code prefix[\s\S]*kelurahan 21\.71\.03\.1001 belongs to no kecamatan row/,
    );
  });
});
