import type { KelurahanCollection, KelurahanFeature } from '../../domain/region';

// Frozen, hand-made fixture: three unit squares side by side. Not real boundaries.
function square(kode: string, nama: string, west: number, neighbors: string[]): KelurahanFeature {
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [[[west, 1], [west + 0.01, 1], [west + 0.01, 1.01], [west, 1.01], [west, 1]]],
    },
    properties: {
      kode, nama, kecamatanKode: '21.71.01', kecamatan: 'Contoh', kotaKode: '21.71', kota: 'Kota Batam',
      areaKm2: 1.2, labelPoint: [west + 0.005, 1.005], neighbors,
    },
  };
}

export const threeKelurahan: KelurahanCollection = Object.freeze({
  type: 'FeatureCollection',
  features: [
    square('21.71.01.1001', 'Satu', 104, ['21.71.01.1002']),
    square('21.71.01.1002', 'Dua', 104.01, ['21.71.01.1001', '21.71.01.1003']),
    square('21.71.01.1003', 'Tiga', 104.02, ['21.71.01.1002']),
  ],
}) as KelurahanCollection;
