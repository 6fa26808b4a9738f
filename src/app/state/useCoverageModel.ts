import { useMemo } from 'react';
import { todayInJakarta } from '../../domain/calendar';
import type { Installation } from '../../domain/installation';
import { computeCoverageAssigned, type KelurahanCoverage } from '../../geo/computeCoverage';
import { createColumns, type InstallationColumns } from '../../geo/installationColumns';
import { installationsAsOf, type InstallationsAsOf } from '../../geo/installationsAsOf';
import { rankCandidates, type RankedCandidate } from '../../geo/rankCandidates';
import { coveredBorderKm } from '../../features/kelurahan/kelurahanRows';
import { applyFilters, type FilteredView, type FilterState } from '../filters';
import type { PreparedInstallations } from '../prepareInstallations';
import { usePreparedInstallations } from '../usePreparedInstallations';
import { useRankingContext } from '../useRankingContext';
import type { RankingSettings } from './useRankingSettings';
import type { RegionIndex } from './useRegionIndex';
import type { StoredData } from './useStoredData';

/**
 * Everything derived from the stored data for one as-of date, ranking choice and
 * filter state: computed once at the workspace level with the engine's pure
 * functions inside useMemo, each step on exactly its inputs (a slider move only
 * re-ranks), so switching views recomputes nothing and every view reads the same numbers.
 */
export interface CoverageModel {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  /** The stored installations as prepared (the objects, columns and areas below describe the same rows). */
  installations: Installation[];
  /** The installations as typed-array columns (one pass per data change); read these, not the objects, in per-change work. */
  columns: InstallationColumns;
  /** The kelurahan (index in `layers.kelurahan.features`) each installation lies in; -1 = outside the region. */
  areaPerInstallation: Int32Array;
  actualKode: (string | null)[];
  asOf: string;
  today: string;
  /** What stood on `asOf`, and in which state: every count, list and export reads this. */
  onDate: InstallationsAsOf;
  coverage: ReadonlyMap<string, KelurahanCoverage>;
  /** Kelurahan covered on `asOf` (from `coverage`). */
  coveredKodes: ReadonlySet<string>;
  /** Empty until `rankingReady` (the geometry half is computed in the coverage worker). */
  ranking: RankedCandidate[];
  rankingReady: boolean;
  recommendedKodes: ReadonlySet<string>;
  rankByKode: ReadonlyMap<string, number>;
  /** Kilometres of border each ranked kelurahan shares with covered ones. */
  borderKmByKode: ReadonlyMap<string, number>;
  /** The shared filters applied: one result drives the map, the tables and the charts. */
  filtered: FilteredView;
}

/** Before the first list is prepared: no installations. */
const EMPTY: PreparedInstallations = { installations: [], columns: createColumns(0), areaPerInstallation: new Int32Array(0), actualKode: [] };
const NO_RANKING: RankedCandidate[] = [];

/** Recommended = the ranking's top N uncovered kelurahan: the same rule the map colours by. */
export function recommendedFrom(ranking: ReadonlyArray<{ kode: string; rank: number }>, covered: ReadonlySet<string>, topN: number): Set<string> {
  return new Set(ranking.filter((candidate) => candidate.rank >= 1 && candidate.rank <= topN && !covered.has(candidate.kode)).map((candidate) => candidate.kode));
}

export function useCoverageModel(
  stored: Pick<StoredData, 'layers' | 'loaded'>, region: RegionIndex, settings: Pick<RankingSettings, 'weights' | 'topN' | 'extraFactors' | 'extraFactorTable'>,
  view: FilterState & { asOf?: string },
): CoverageModel {
  const { loaded } = stored;
  const { kodes, kelurahan } = region;
  const rankingContext = useRankingContext(stored.layers.kelurahan);
  // Columns and area indexes, once per data change and in slices (see prepareInstallations):
  // every pass over 100,000 installation objects costs ~70 ms (rows from IndexedDB come in
  // several shapes), so locating, coverage, the shared filters and the charts work on typed
  // arrays instead. Everything below reads the prepared list, never `loaded.installations`,
  // so the objects, the columns and the areas always describe the same rows.
  const { prepared = EMPTY, preparing, error: prepareError } = usePreparedInstallations(loaded.installations, region.areaIndex, kodes);
  const { installations, columns, areaPerInstallation, actualKode } = prepared;
  const status = prepareError ? 'error' : preparing && loaded.status === 'ready' ? 'loading' : loaded.status;
  const error = prepareError ?? loaded.error;
  const today = todayInJakarta();
  const asOf = view.asOf ?? today;
  const onDate = useMemo(() => installationsAsOf(columns, asOf), [columns, asOf]);
  const coverage = useMemo(() => {
    const result = computeCoverageAssigned(kodes, columns, areaPerInstallation, asOf);
    return new Map(result.kelurahan.map((entry) => [entry.kode, entry]));
  }, [kodes, columns, areaPerInstallation, asOf]);
  const coveredKodes = useMemo(() => new Set([...coverage.values()].filter((entry) => entry.covered).map((entry) => entry.kode)), [coverage]);
  const { weights, topN, extraFactorTable } = settings;
  const directions = settings.extraFactors?.directions;
  const ranking = useMemo(
    () => (rankingContext ? rankCandidates(rankingContext, { covered: coveredKodes, weights, attributes: extraFactorTable, attributeDirections: directions }) : NO_RANKING),
    [rankingContext, coveredKodes, weights, extraFactorTable, directions],
  );
  const recommendedKodes = useMemo(() => recommendedFrom(ranking, coveredKodes, topN), [ranking, coveredKodes, topN]);
  const rankByKode = useMemo(() => new Map(ranking.map((candidate) => [candidate.kode, candidate.rank])), [ranking]);
  const borderKmByKode = useMemo(() => coveredBorderKm(ranking), [ranking]);
  const filterInput = useMemo(
    () => ({ kelurahan, coveredKodes, recommendedKodes, columns, asOf: onDate, areaPerInstallation }),
    [kelurahan, coveredKodes, recommendedKodes, columns, onDate, areaPerInstallation],
  );
  const { kecamatan, state, types, statuses, from, to } = view;
  const filtered = useMemo(
    () => applyFilters(filterInput, { kecamatan, state, types, statuses, from, to }),
    [filterInput, kecamatan, state, types, statuses, from, to],
  );
  return {
    status, ...(error ? { error } : {}), installations, columns, areaPerInstallation, actualKode, asOf, today, onDate,
    coverage, coveredKodes, ranking, rankingReady: rankingContext !== undefined, recommendedKodes, rankByKode, borderKmByKode, filtered,
  };
}
