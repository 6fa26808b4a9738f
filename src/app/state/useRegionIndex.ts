import { useCallback, useMemo } from 'react';
import type { RegionLayers } from '../../data/geodata';
import { buildAreaIndex, locate, type AreaIndex } from '../../geo/assignToAreas';
import type { KelurahanRef } from '../filters';

export type KelurahanEntry = KelurahanRef & { nama: string; kecamatan: string; areaKm2: number };

/** Lookups over the region's kelurahan and kecamatan, built once per region. */
export interface RegionIndex {
  /** Every kelurahan, in area order (the order `areaPerInstallation` indexes). */
  kelurahan: readonly KelurahanEntry[];
  kodes: readonly string[];
  areaIndex: AreaIndex;
  names: ReadonlyMap<string, { nama: string; kecamatan: string }>;
  kecamatanOptions: ReadonlyArray<{ kode: string; nama: string }>;
  /** The kelurahan kode at a point, or undefined outside the region. */
  locateKode(lng: number, lat: number): string | undefined;
}

export function useRegionIndex(layers: RegionLayers): RegionIndex {
  const features = layers.kelurahan.features;
  const kelurahan = useMemo(
    () => features.map(({ properties }) => ({
      kode: properties.kode, kecamatanKode: properties.kecamatanKode, nama: properties.nama, kecamatan: properties.kecamatan, areaKm2: properties.areaKm2,
    })),
    [features],
  );
  const kodes = useMemo(() => kelurahan.map((entry) => entry.kode), [kelurahan]);
  const areaIndex = useMemo(() => buildAreaIndex(features), [features]);
  const names = useMemo(() => new Map(kelurahan.map((entry) => [entry.kode, { nama: entry.nama, kecamatan: entry.kecamatan }])), [kelurahan]);
  const kecamatanOptions = useMemo(
    () => layers.kecamatan.features.map(({ properties }) => ({ kode: properties.kode, nama: properties.nama })).sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
    [layers.kecamatan],
  );
  const locateKode = useCallback(
    (lng: number, lat: number) => {
      const area = locate(areaIndex, lng, lat);
      return area === -1 ? undefined : kodes[area];
    },
    [areaIndex, kodes],
  );
  return useMemo(() => ({ kelurahan, kodes, areaIndex, names, kecamatanOptions, locateKode }), [kelurahan, kodes, areaIndex, names, kecamatanOptions, locateKode]);
}
