import { attributeColumn, type RankedCandidate } from '../../geo/rankCandidates';

/** One factor as the ranking list shows it: what was measured and how much it added. */
export interface FactorView {
  key: string;
  /** i18n key in the `planner` namespace. */
  labelKey: string;
  value: number | null;
  unit: string;
  weight: number;
  /** The factor's share of the whole score (0..1), summed over factors = `total`. */
  contribution: number;
}

export interface RankingRow {
  kode: string;
  nama: string;
  kecamatan: string;
  rank: number;
  total: number;
  recommended: boolean;
  factors: FactorView[];
}

export interface KelurahanNames {
  nama: string;
  kecamatan: string;
}

export function factorLabelKey(key: string): string {
  return attributeColumn(key) !== undefined ? 'factor.attribute' : `factor.${key}`;
}

/**
 * Rows for the uncovered list, in ranking order. The first `topN` are the
 * recommended next set (the same rule `withCoverage` paints on the map).
 * Factors with weight 0 are left out: they did not move the order.
 */
export function toRankingRows(ranking: readonly RankedCandidate[], names: ReadonlyMap<string, KelurahanNames>, topN: number): RankingRow[] {
  return ranking.map((candidate, position) => {
    const name = names.get(candidate.kode);
    return {
      kode: candidate.kode,
      nama: name?.nama ?? candidate.kode,
      kecamatan: name?.kecamatan ?? '',
      rank: candidate.rank,
      total: candidate.total,
      recommended: position < topN,
      factors: candidate.factors
        .filter((factor) => factor.weight > 0)
        .map((factor) => ({
          key: factor.key,
          labelKey: factorLabelKey(factor.key),
          value: factor.value,
          unit: factor.unit,
          weight: factor.weight,
          contribution: factor.contribution,
        })),
    };
  });
}

/** Case- and accent-insensitive name filter for the list's search box. */
export function filterRankingRows(rows: readonly RankingRow[], query: string): readonly RankingRow[] {
  const needle = normalise(query.trim());
  if (!needle) return rows;
  return rows.filter((row) => normalise(`${row.nama} ${row.kecamatan} ${row.kode}`).includes(needle));
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Top N must be a whole number between 1 and the number of candidates (at least 1). */
export function clampTopN(value: number, candidates: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(Math.max(1, Math.round(value)), Math.max(1, candidates));
}
