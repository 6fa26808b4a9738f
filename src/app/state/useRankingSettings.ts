import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AttributeTable } from '../../geo/rankCandidates';
import { DEFAULT_WEIGHTS, MAX_WEIGHT } from '../../geo/rankCandidates';
import { attributeTableOf, isExtraFactors, lowerColumns, weightsWithFactors, withLinkDirections, type ExtraFactors } from '../../features/kelurahan/extraFactors';
import type { SetViewState, ViewState } from '../urlState';

/** The planner's ranking choices: in the link when it has them, else this browser's own (kept in localStorage and written into the link). */
export interface RankingSettings {
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
}

const WEIGHTS_KEY = 'cakupan.weights';
const TOP_N_KEY = 'cakupan.topN';
const FACTORS_KEY = 'cakupan.extraFactors';
const DEFAULT_TOP_N = 5;

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

/** Weights, factor directions and Top N: a shared link shows the ranking it was made with. */
export function useRankingSettings(view: Pick<ViewState, 'weights' | 'lower' | 'topN'>, setView: SetViewState): RankingSettings {
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
  // Keyed on the file's columns and rows: a direction change keeps both, so the table is not rebuilt.
  const factorColumns = extraFactors?.columns;
  const factorRows = extraFactors?.rows;
  const extraFactorTable = useMemo(
    () => (factorColumns && factorRows ? attributeTableOf({ columns: factorColumns, rows: factorRows }) : undefined),
    [factorColumns, factorRows],
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
  return useMemo(
    () => ({ weights, setWeights, ...(extraFactors ? { extraFactors } : {}), ...(extraFactorTable ? { extraFactorTable } : {}), setExtraFactors, topN, setTopN }),
    [weights, setWeights, extraFactors, extraFactorTable, setExtraFactors, topN, setTopN],
  );
}
