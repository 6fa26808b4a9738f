import { describe, expect, it } from 'vitest';
import type { KelurahanCollection } from '../../domain/region';
import { packKelurahan, unpackKelurahan } from './packedKelurahan';

const square = (west: number, south: number, size: number) => [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];
const feature = (kode: string, geometry: KelurahanCollection['features'][number]['geometry']) =>
  ({ type: 'Feature', geometry, properties: { kode, nama: kode } }) as unknown as KelurahanCollection['features'][number];
const collection: KelurahanCollection = {
  type: 'FeatureCollection',
  features: [
    feature('21.71.01.1001', { type: 'Polygon', coordinates: [square(104, 1, 0.1), square(104.02, 1.02, 0.02)] }),
    feature('21.71.01.1002', { type: 'MultiPolygon', coordinates: [[square(104.2, 1, 0.1)], [square(104.4, 1, 0.05)]] }),
  ],
};

describe('packed kelurahan polygons', () => {
  it('are flat typed arrays, which cross to a worker as blocks', () => {
    const packed = packKelurahan(collection);
    expect(packed.kodes).toEqual(['21.71.01.1001', '21.71.01.1002']);
    expect([...packed.featureParts]).toEqual([0, 1, 3]);
    expect([...packed.partRings]).toEqual([0, 2, 3, 4]);
    expect(packed.coordinates).toBeInstanceOf(Float64Array);
    expect(packed.coordinates).toHaveLength(4 * 5 * 2);
    expect(packKelurahan(collection)).toBe(packed);
  });

  it('unpack to the same rings, holes and parts, each feature with its kode', () => {
    const areas = unpackKelurahan(structuredClone(packKelurahan(collection)));
    expect(areas).toEqual([
      { kode: '21.71.01.1001', geometry: { type: 'MultiPolygon', coordinates: [[square(104, 1, 0.1), square(104.02, 1.02, 0.02)]] } },
      { kode: '21.71.01.1002', geometry: { type: 'MultiPolygon', coordinates: [[square(104.2, 1, 0.1)], [square(104.4, 1, 0.05)]] } },
    ]);
  });
});
