import { describe, expect, it } from 'vitest';
import type { Installation } from '../domain/installation';
import { keepIfUnchanged } from './keepIfUnchanged';

const row = (id: string, updatedAt = '2026-11-01T00:00:00.000Z'): Installation => ({
  id,
  type: 'baliho',
  lat: 1.1,
  lng: 104,
  installedAt: '2026-04-01',
  status: 'terpasang',
  notes: '',
  source: 'manual',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt,
});

describe('keepIfUnchanged', () => {
  it('keeps the previous array when a re-read returns the same rows', () => {
    const previous = [row('a'), row('b')];
    expect(keepIfUnchanged(previous, [row('a'), row('b')])).toBe(previous);
    const empty: Installation[] = [];
    expect(keepIfUnchanged(empty, [])).toBe(empty);
  });

  it('takes the new array when a row was added, removed, reordered or edited', () => {
    const previous = [row('a'), row('b')];
    for (const next of [[row('a')], [row('a'), row('b'), row('c')], [row('b'), row('a')], [row('a'), row('b', '2026-11-02T00:00:00.000Z')]]) {
      expect(keepIfUnchanged(previous, next)).toBe(next);
    }
  });
});
