import { describe, expect, it } from 'vitest';
import type { RankedCandidate } from '../../geo/rankCandidates';
import { clampTopN, compareWithAbove, filterRankingRows, toRankingRows, type RankingRow } from './rankingRows';

function candidate(kode: string, rank: number, total: number): RankedCandidate {
  return {
    kode, rank, total,
    factors: [
      { key: 'frontier', value: 1200, unit: 'm', direction: 'higher', score: 1, weight: 3, contribution: 0.5 },
      { key: 'area', value: 2.5, unit: 'km2', direction: 'higher', score: 0.2, weight: 0, contribution: 0 },
      { key: 'attribute:populasi', value: 9000, unit: '', direction: 'higher', score: 0.5, weight: 1, contribution: 0.1 },
    ],
  };
}

const names = new Map([
  ['21.71.01.1001', { nama: 'Tanjung Uncang', kecamatan: 'Batu Aji' }],
  ['21.71.01.1002', { nama: 'Sei Binti', kecamatan: 'Sagulung' }],
]);

describe('toRankingRows', () => {
  const rows = toRankingRows([candidate('21.71.01.1001', 1, 0.6), candidate('21.71.01.1002', 2, 0.4), candidate('21.71.99.9999', 3, 0.1)], names, 2);

  it('keeps the ranking order, marks the top N recommended and adds names', () => {
    expect(rows.map((row) => [row.rank, row.nama, row.recommended])).toEqual([
      [1, 'Tanjung Uncang', true],
      [2, 'Sei Binti', true],
      [3, '21.71.99.9999', false],
    ]);
  });

  it('shows only factors that carry weight, with i18n keys', () => {
    expect(rows[0]!.factors.map((factor) => [factor.key, factor.labelKey])).toEqual([
      ['frontier', 'factor.frontier'],
      ['attribute:populasi', 'factor.attribute'],
    ]);
  });
});

describe('compareWithAbove', () => {
  const row = (kode: string, rank: number, contributions: Record<string, number>): RankingRow => ({
    kode, nama: kode, kecamatan: '', rank, recommended: false,
    total: Object.values(contributions).reduce((sum, value) => sum + value, 0),
    factors: Object.entries(contributions).map(([key, contribution]) => ({ key, labelKey: `factor.${key}`, value: contribution * 1000, unit: 'm', weight: 1, contribution })),
  });
  const rows = [
    row('A', 1, { frontier: 0.5, distance: 0.2, area: 0.1 }),
    row('B', 2, { frontier: 0.1, distance: 0.3, area: 0.098 }),
  ];

  it('names what the kelurahan one rank higher scored more on, the largest gain first', () => {
    const comparison = compareWithAbove(rows, 'B')!;
    expect(comparison.above.kode).toBe('A');
    expect(comparison.row.kode).toBe('B');
    expect(comparison.gap).toBeCloseTo(0.302, 10);
    // Distance favours B, so it is no reason; the area's 0.2 point is too small to name.
    expect(comparison.gains.map((gain) => [gain.factor.key, Number(gain.gain.toFixed(3)), gain.above.value])).toEqual([['frontier', 0.4, 500]]);
  });

  it('has nothing to say for the first, or for a kelurahan not in the ranking', () => {
    expect(compareWithAbove(rows, 'A')).toBeUndefined();
    expect(compareWithAbove(rows, 'Z')).toBeUndefined();
  });
});

describe('filterRankingRows', () => {
  const rows = toRankingRows([candidate('21.71.01.1001', 1, 0.6), candidate('21.71.01.1002', 2, 0.4)], names, 5);
  it('matches name or kecamatan, ignoring case; blank query keeps all', () => {
    expect(filterRankingRows(rows, 'sagu').map((row) => row.kode)).toEqual(['21.71.01.1002']);
    expect(filterRankingRows(rows, 'TANJUNG').map((row) => row.kode)).toEqual(['21.71.01.1001']);
    expect(filterRankingRows(rows, '  ')).toHaveLength(2);
  });
});

describe('clampTopN', () => {
  it('keeps top N a whole number within 1..candidates', () => {
    expect(clampTopN(5, 59)).toBe(5);
    expect(clampTopN(0, 59)).toBe(1);
    expect(clampTopN(80, 59)).toBe(59);
    expect(clampTopN(2.6, 59)).toBe(3);
    expect(clampTopN(Number.NaN, 59)).toBe(1);
  });
});
