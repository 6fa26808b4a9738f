import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET, parseTarget, readTargetDraft, targetDraftOf } from './targetForm';
import { recommendedFrom } from '../state/useCoverageModel';

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

describe('the target form', () => {
  const draft = targetDraftOf({ share: 0.8, date: '2026-12-31', startDate: '2026-03-01' });

  it('reads a valid draft, decimal comma included, and round-trips a target', () => {
    expect(draft).toEqual({ share: '80', date: '2026-12-31', startDate: '2026-03-01' });
    expect(readTargetDraft(draft)).toEqual({ target: { share: 0.8, date: '2026-12-31', startDate: '2026-03-01' } });
    expect(readTargetDraft({ ...draft, share: '62,5' })).toEqual({ target: { share: 0.625, date: '2026-12-31', startDate: '2026-03-01' } });
  });

  it('names each wrong field: an empty or out-of-range share, a missing date, a target before the start', () => {
    expect(readTargetDraft({ ...draft, share: '' })).toEqual({ errors: { share: 'targetSettings.errors.share' } });
    expect(readTargetDraft({ ...draft, share: '150' })).toEqual({ errors: { share: 'targetSettings.errors.share' } });
    expect(readTargetDraft({ ...draft, share: '0' })).toEqual({ errors: { share: 'targetSettings.errors.share' } });
    expect(readTargetDraft({ ...draft, date: '' })).toEqual({ errors: { date: 'targetSettings.errors.date' } });
    expect(readTargetDraft({ ...draft, date: '2026-02-01' })).toEqual({ errors: { date: 'targetSettings.errors.order' } });
    expect(readTargetDraft({ ...draft, startDate: '', share: 'x' })).toEqual({ errors: { share: 'targetSettings.errors.share', startDate: 'targetSettings.errors.startDate' } });
  });
});

describe('recommendedFrom', () => {
  it('takes the top N of the ranking and never a covered kelurahan', () => {
    const ranking = [{ kode: 'A', rank: 1 }, { kode: 'B', rank: 2 }, { kode: 'C', rank: 3 }];
    expect([...recommendedFrom(ranking, new Set(), 2)]).toEqual(['A', 'B']);
    expect([...recommendedFrom(ranking, new Set(['A']), 2)]).toEqual(['B']);
  });
});
