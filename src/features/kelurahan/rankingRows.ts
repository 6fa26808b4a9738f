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

/** A name as searches compare it: no accents, lower case. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Top N must be a whole number between 1 and the number of candidates (at least 1). */
export function clampTopN(value: number, candidates: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(Math.max(1, Math.round(value)), Math.max(1, candidates));
}

/** A factor on which the kelurahan one rank higher scored more. */
export interface FactorGain {
  factor: FactorView;
  /** The same factor of the kelurahan above. */
  above: FactorView;
  /** Its contribution there minus here (> 0), in score points (0..1). */
  gain: number;
}

export interface RankComparison {
  /** The kelurahan compared. */
  row: RankingRow;
  /** The kelurahan one rank higher. */
  above: RankingRow;
  /** Its score minus this one's (≥ 0). */
  gap: number;
  /** Where it scored more, the largest gains first (at most `limit`). */
  gains: FactorGain[];
}

/**
 * Why a kelurahan is not one rank higher: what the kelurahan just above it scored more
 * on, factor by factor (contribution there minus here, largest first; gains under half a
 * point are left out). Undefined for the first in the ranking.
 */
export function compareWithAbove(rows: readonly RankingRow[], kode: string, limit = 3): RankComparison | undefined {
  const index = rows.findIndex((row) => row.kode === kode);
  if (index <= 0) return undefined;
  const row = rows[index]!;
  const above = rows[index - 1]!;
  const gains = row.factors
    .flatMap((factor) => {
      const there = above.factors.find((candidate) => candidate.key === factor.key);
      const gain = there ? there.contribution - factor.contribution : 0;
      return there && gain >= 0.005 ? [{ factor, above: there, gain }] : [];
    })
    .sort((a, b) => b.gain - a.gain)
    .slice(0, limit);
  return { row, above, gap: Math.max(0, above.total - row.total), gains };
}
