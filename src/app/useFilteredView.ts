import { useMemo } from 'react';
import { applyFilters, type FilteredView, type FilterInput, type KelurahanRef } from './filters';
import type { ViewState } from './urlState';
import type { PlannerData } from './usePlannerData';
import { coveredBorderKm } from '../features/kelurahan/kelurahanRows';

export interface FilteredCampaign {
  filterInput: FilterInput;
  filtered: FilteredView;
  kelurahan: ReadonlyArray<KelurahanRef & { nama: string; kecamatan: string; areaKm2: number }>;
  coveredKodes: ReadonlySet<string>;
  recommendedKodes: ReadonlySet<string>;
  rankByKode: ReadonlyMap<string, number>;
  /** Kilometres of border each ranked kelurahan shares with covered ones. */
  borderKmByKode: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, { nama: string; kecamatan: string }>;
  kecamatanOptions: ReadonlyArray<{ kode: string; nama: string }>;
}

/** Recommended = the ranking's top N uncovered kelurahan: the same rule the map colours by. */
export function recommendedFrom(ranking: ReadonlyArray<{ kode: string; rank: number }>, covered: ReadonlySet<string>, topN: number): Set<string> {
  return new Set(ranking.filter((candidate) => candidate.rank >= 1 && candidate.rank <= topN && !covered.has(candidate.kode)).map((candidate) => candidate.kode));
}

/**
 * The shared filter state applied to the campaign, memoised so that only a change
 * of the filters, the data or the as-of date recomputes anything.
 */
export function useFilteredView(data: PlannerData, view: ViewState): FilteredCampaign {
  const { layers, coveredKodes, ranking, topN, columns, areaPerInstallation } = data;
  const kelurahan = useMemo(
    () => layers.kelurahan.features.map(({ properties }) => ({
      kode: properties.kode, kecamatanKode: properties.kecamatanKode, nama: properties.nama, kecamatan: properties.kecamatan, areaKm2: properties.areaKm2,
    })),
    [layers.kelurahan],
  );
  const names = useMemo(() => new Map(kelurahan.map((entry) => [entry.kode, { nama: entry.nama, kecamatan: entry.kecamatan }])), [kelurahan]);
  const kecamatanOptions = useMemo(
    () => layers.kecamatan.features.map(({ properties }) => ({ kode: properties.kode, nama: properties.nama })).sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
    [layers.kecamatan],
  );
  const recommendedKodes = useMemo(() => recommendedFrom(ranking, coveredKodes, topN), [ranking, coveredKodes, topN]);
  const rankByKode = useMemo(() => new Map(ranking.map((candidate) => [candidate.kode, candidate.rank])), [ranking]);
  const borderKmByKode = useMemo(() => coveredBorderKm(ranking), [ranking]);
  const filterInput = useMemo<FilterInput>(
    () => ({ kelurahan, coveredKodes, recommendedKodes, columns, areaPerInstallation }),
    [kelurahan, coveredKodes, recommendedKodes, columns, areaPerInstallation],
  );
  const { kecamatan, state, types, statuses, from, to } = view;
  const filtered = useMemo(
    () => applyFilters(filterInput, { kecamatan, state, types, statuses, from, to }),
    [filterInput, kecamatan, state, types, statuses, from, to],
  );
  return { filterInput, filtered, kelurahan, coveredKodes, recommendedKodes, rankByKode, borderKmByKode, names, kecamatanOptions };
}
