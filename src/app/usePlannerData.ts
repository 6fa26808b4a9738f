import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RegionLayers } from '../data/geodata';
import type { Installation } from '../domain/installation';
import { createColumns, type InstallationColumns } from '../geo/installationColumns';
import type { PreparedInstallations } from './prepareInstallations';
import { usePreparedInstallations } from './usePreparedInstallations';
import type { InstallationStore } from '../data/store';
import { useInstallations } from '../data/useInstallations';
import { buildAreaIndex, locate, type AreaIndex } from '../geo/assignToAreas';
import { computeCoverageAssigned, type KelurahanCoverage } from '../geo/computeCoverage';
import type { AttributeTable } from '../geo/rankCandidates';
import { DEFAULT_WEIGHTS, MAX_WEIGHT, rankCandidates, type RankedCandidate } from '../geo/rankCandidates';
import { useRankingContext } from './useRankingContext';
import type { SetViewState, ViewState } from './urlState';
import { todayInJakarta } from '../domain/calendar';
import { attributeTableOf, isExtraFactors, lowerColumns, weightsWithFactors, withLinkDirections, type ExtraFactors } from '../features/kelurahan/extraFactors';

/** What the planner page needs; the app-wide `useCampaign` is meant to supply the same. */
export interface PlannerData {
  layers: RegionLayers;
  installationsStatus: 'loading' | 'ready' | 'error';
  installationsError?: string;
  installations: Installation[];
  store: InstallationStore;
  actualKode: (string | null)[];
  /** The installations as typed-array columns (one pass per data change); read these, not the objects, in per-change work. */
  columns: InstallationColumns;
  /** The kelurahan (index in `layers.kelurahan.features`) each installation lies in; -1 = outside the region. */
  areaPerInstallation: Int32Array;
  coverage: ReadonlyMap<string, KelurahanCoverage>;
  /** Kelurahan covered on `asOf` (from `coverage`), computed once for every view. */
  coveredKodes: ReadonlySet<string>;
  /** Empty until `rankingReady` (the geometry half is computed in the coverage worker). */
  ranking: RankedCandidate[];
  rankingReady: boolean;
  weights: Record<string, number>;
  setWeights(weights: Record<string, number>): void;
  /** Extra ranking factors from a planner's CSV (see extraFactors.ts); undefined when none is loaded. */
  extraFactors?: ExtraFactors;
  /** The same, as the ranking and the kelurahan table read them. */
  extraFactorTable?: AttributeTable;
  /** Replaces (or with undefined removes) them and their weights; false when the browser could not store them (they still apply). */
  setExtraFactors(factors: ExtraFactors | undefined): boolean;
  topN: number;
  setTopN(topN: number): void;
  asOf: string;
  today: string;
  /** The kelurahan kode at a point, or undefined outside the region. */
  locateKode(lng: number, lat: number): string | undefined;
}

const WEIGHTS_KEY = 'cakupan.weights';
/** Before the first list is prepared: no installations. */
const EMPTY: PreparedInstallations = { installations: [], columns: createColumns(0), areaPerInstallation: new Int32Array(0), actualKode: [] };
const NO_RANKING: RankedCandidate[] = [];
const TOP_N_KEY = 'cakupan.topN';
const FACTORS_KEY = 'cakupan.extraFactors';

function readStored<T>(key: string, valid: (value: unknown) => value is T, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(key);
    const value: unknown = raw === null ? undefined : JSON.parse(raw);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

const isWeights = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && Object.values(value).every((weight) => typeof weight === 'number' && weight >= 0 && weight <= MAX_WEIGHT);
const isTopN = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;
const DEFAULT_TOP_N = 5;

function sameWeights(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Saves a setting; false when the browser refuses (storage full or disabled). */
function saveSetting(key: string, value: unknown): boolean {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * Derives coverage and ranking for the planner with the engine's pure functions,
 * each step memoised on exactly its inputs so a slider move only re-ranks.
 */
export function usePlannerData(layers: RegionLayers, view: Pick<ViewState, 'asOf' | 'weights' | 'lower' | 'topN'>, setView: SetViewState): PlannerData {
  const asOfParam = view.asOf;
  const loaded = useInstallations({ demoKelurahan: layers.kelurahan });
  const features = layers.kelurahan.features;
  const kodes = useMemo(() => features.map((feature) => feature.properties.kode), [features]);
  const areaIndex: AreaIndex = useMemo(() => buildAreaIndex(features), [features]);
  const rankingContext = useRankingContext(layers.kelurahan);
  // Columns and area indexes, once per data change and in slices (see prepareInstallations):
  // every pass over 100,000 installation objects costs ~70 ms (rows from IndexedDB come in
  // several shapes), so locating, coverage, the shared filters and the charts work on typed
  // arrays instead. Everything below reads the prepared list, never `loaded.installations`,
  // so the objects, the columns and the areas always describe the same rows.
  const { prepared = EMPTY, preparing, error: prepareError } = usePreparedInstallations(loaded.installations, areaIndex, kodes);
  const { installations, columns, areaPerInstallation, actualKode } = prepared;
  const status = prepareError ? 'error' : preparing && loaded.status === 'ready' ? 'loading' : loaded.status;
  const error = prepareError ?? loaded.error;
  const store = loaded.store;
  const today = todayInJakarta();
  const asOf = asOfParam ?? today;
  const coverage = useMemo(() => {
    const result = computeCoverageAssigned(kodes, columns, areaPerInstallation, asOf);
    return new Map(result.kelurahan.map((entry) => [entry.kode, entry]));
  }, [kodes, columns, areaPerInstallation, asOf]);
  // Weights, factor directions and Top N: the link's when it has them (a shared view shows the
  // ranking it was made with), else the planner's own, kept in this browser and written into the link.
  const [storedWeights, setStoredWeights] = useState(() => readStored(WEIGHTS_KEY, isWeights, { ...DEFAULT_WEIGHTS }));
  const [storedTopN, setStoredTopN] = useState(() => readStored(TOP_N_KEY, isTopN, DEFAULT_TOP_N));
  const [storedFactors, setStoredFactors] = useState(() => readStored<ExtraFactors | undefined>(FACTORS_KEY, isExtraFactors, undefined));
  const weights = view.weights ?? storedWeights;
  const topN = view.topN ?? storedTopN;
  const extraFactors = useMemo(() => withLinkDirections(storedFactors, view.weights, view.lower), [storedFactors, view.weights, view.lower]);
  const linkHasWeights = view.weights !== undefined;
  const linkHasTopN = view.topN !== undefined;
  useEffect(() => {
    // Once, on opening: own choices that differ from the defaults go into the link, so a copied link carries them.
    const own: Partial<ViewState> = {
      ...(!linkHasWeights && !sameWeights(storedWeights, DEFAULT_WEIGHTS) ? { weights: storedWeights, lower: lowerColumns(storedFactors) } : {}),
      ...(!linkHasTopN && storedTopN !== DEFAULT_TOP_N ? { topN: storedTopN } : {}),
    };
    if (Object.keys(own).length) setView(own, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only
  }, []);
  const coveredKodes = useMemo(() => new Set([...coverage.values()].filter((entry) => entry.covered).map((entry) => entry.kode)), [coverage]);
  // Keyed on the file's columns and rows: a direction change keeps both, so the table is not rebuilt.
  const factorColumns = extraFactors?.columns;
  const factorRows = extraFactors?.rows;
  const attributes = useMemo(
    () => (factorColumns && factorRows ? attributeTableOf({ columns: factorColumns, rows: factorRows }) : undefined),
    [factorColumns, factorRows],
  );
  const ranking = useMemo(
    () => (rankingContext
      ? rankCandidates(rankingContext, { covered: coveredKodes, weights, attributes, attributeDirections: extraFactors?.directions })
      : NO_RANKING),
    [rankingContext, coveredKodes, weights, attributes, extraFactors?.directions],
  );
  /** Keeps the weights (and the factors' directions, which the link carries with them) here and in the link. */
  const saveRanking = useCallback((nextWeights: Record<string, number>, factors: ExtraFactors | undefined) => {
    setStoredWeights(nextWeights);
    saveSetting(WEIGHTS_KEY, nextWeights);
    setView({ weights: nextWeights, lower: lowerColumns(factors) }, { replace: true }); // a slider's steps are not history entries
  }, [setView]);
  const setWeights = useCallback((next: Record<string, number>) => saveRanking(next, extraFactors), [saveRanking, extraFactors]);
  const setTopN = useCallback((next: number) => {
    setStoredTopN(next);
    saveSetting(TOP_N_KEY, next);
    setView({ topN: next }, { replace: true });
  }, [setView]);
  const setExtraFactors = useCallback((next: ExtraFactors | undefined) => {
    saveRanking(weightsWithFactors(weights, extraFactors, next), next);
    setStoredFactors(next);
    return saveSetting(FACTORS_KEY, next);
  }, [weights, extraFactors, saveRanking]);
  const locateKode = useCallback(
    (lng: number, lat: number) => {
      const area = locate(areaIndex, lng, lat);
      return area === -1 ? undefined : kodes[area];
    },
    [areaIndex, kodes],
  );
  return {
    layers, installationsStatus: status, ...(error ? { installationsError: error } : {}), installations, store, actualKode, columns, areaPerInstallation, coverage, coveredKodes, ranking, rankingReady: rankingContext !== undefined,
    weights, setWeights, ...(extraFactors ? { extraFactors } : {}), ...(attributes ? { extraFactorTable: attributes } : {}), setExtraFactors, topN, setTopN, asOf, today, locateKode,
  };
}
