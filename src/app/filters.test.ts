import { describe, expect, it } from 'vitest';
import type { Installation } from '../data/installation';
import { applyFilters, isFilterActive, pickInstallations, type FilterInput, type FilterState } from './filters';

const NONE: FilterState = { kecamatan: [], state: 'all', types: [], statuses: [] };

function installation(id: string, patch: Partial<Installation>): Installation {
  return {
    id,
    type: 'baliho',
    lat: 1.1,
    lng: 104.0,
    installedAt: '2026-03-01',
    status: 'terpasang',
    notes: '',
    source: 'demo',
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...patch,
  };
}

const input: FilterInput = {
  kelurahan: [
    { kode: '21.71.06.1004', kecamatanKode: '21.71.06' },
    { kode: '21.71.06.1001', kecamatanKode: '21.71.06' },
    { kode: '21.71.09.1003', kecamatanKode: '21.71.09' },
    { kode: '21.71.01.1001', kecamatanKode: '21.71.01' },
  ],
  coveredKodes: new Set(['21.71.06.1004', '21.71.09.1003']),
  recommendedKodes: new Set(['21.71.06.1001']),
  installations: [
    installation('a', { type: 'baliho', installedAt: '2026-02-10' }),
    installation('b', { type: 'poster', status: 'rusak', installedAt: '2026-04-01' }),
    installation('c', { type: 'spanduk', installedAt: '2026-05-20' }),
    installation('outside', { type: 'baliho', installedAt: '2026-03-03' }),
  ],
  actualKode: ['21.71.06.1004', '21.71.09.1003', '21.71.06.1004', null],
};

const ids = (filters: FilterState) =>
  pickInstallations(input.installations, applyFilters(input, filters).installationIndexes).map((item) => item.id);

describe('applyFilters', () => {
  it('keeps everything, including installations outside the region, when no filter is on', () => {
    const view = applyFilters(input, NONE);
    expect([...view.kelurahanKodes]).toHaveLength(4);
    expect(ids(NONE)).toEqual(['a', 'b', 'c', 'outside']);
    expect(view.areaFiltered).toBe(false);
  });

  it('limits kelurahan and installations to the chosen kecamatan', () => {
    const filters = { ...NONE, kecamatan: ['21.71.06'] };
    expect([...applyFilters(input, filters).kelurahanKodes]).toEqual(['21.71.06.1004', '21.71.06.1001']);
    expect(ids(filters)).toEqual(['a', 'c']);
  });

  it('filters kelurahan by coverage state and recommendation', () => {
    expect([...applyFilters(input, { ...NONE, state: 'covered' }).kelurahanKodes]).toEqual(['21.71.06.1004', '21.71.09.1003']);
    expect([...applyFilters(input, { ...NONE, state: 'uncovered' }).kelurahanKodes]).toEqual(['21.71.06.1001', '21.71.01.1001']);
    expect([...applyFilters(input, { ...NONE, state: 'recommended' }).kelurahanKodes]).toEqual(['21.71.06.1001']);
    expect(ids({ ...NONE, state: 'uncovered' })).toEqual([]);
  });

  it('filters installations by type, status and an inclusive date range', () => {
    expect(ids({ ...NONE, types: ['baliho', 'spanduk'] })).toEqual(['a', 'c', 'outside']);
    expect(ids({ ...NONE, statuses: ['rusak'] })).toEqual(['b']);
    expect(ids({ ...NONE, from: '2026-03-03', to: '2026-05-20' })).toEqual(['b', 'c', 'outside']);
    expect(ids({ ...NONE, from: '2026-04-02' })).toEqual(['c']);
  });

  it('combines filters with AND', () => {
    expect(ids({ ...NONE, kecamatan: ['21.71.06'], types: ['spanduk'], to: '2026-12-31' })).toEqual(['c']);
  });

  it('reports whether any filter is on', () => {
    expect(isFilterActive(NONE)).toBe(false);
    expect(isFilterActive({ ...NONE, to: '2026-01-01' })).toBe(true);
    expect(isFilterActive({ ...NONE, state: 'covered' })).toBe(true);
  });
});
