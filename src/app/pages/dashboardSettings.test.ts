import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET, parseTarget } from './useCampaignTarget';
import { recommendedFrom } from '../useFilteredView';

describe('stored campaign target', () => {
  it('reads a valid stored target', () => {
    expect(parseTarget(JSON.stringify({ share: 0.5, date: '2026-09-30', startDate: '2026-03-01' }))).toEqual({ share: 0.5, date: '2026-09-30', startDate: '2026-03-01' });
  });

  it('falls back to the default for missing, corrupt or out-of-range values', () => {
    expect(parseTarget(null)).toEqual(DEFAULT_TARGET);
    expect(parseTarget('{not json')).toEqual(DEFAULT_TARGET);
    expect(parseTarget(JSON.stringify({ share: 1.5, date: '2026-09-30', startDate: '2026-03-01' }))).toEqual(DEFAULT_TARGET);
    expect(parseTarget(JSON.stringify({ share: 0.5, date: '30/09/2026', startDate: '2026-03-01' }))).toEqual(DEFAULT_TARGET);
  });
});

describe('recommendedFrom', () => {
  it('takes the top N of the ranking and never a covered kelurahan', () => {
    const ranking = [{ kode: 'A', rank: 1 }, { kode: 'B', rank: 2 }, { kode: 'C', rank: 3 }];
    expect([...recommendedFrom(ranking, new Set(), 2)]).toEqual(['A', 'B']);
    expect([...recommendedFrom(ranking, new Set(['A']), 2)]).toEqual(['B']);
  });
});
