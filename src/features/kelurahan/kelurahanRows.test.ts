import { describe, expect, it } from 'vitest';
import { queryRows } from '../../components/rowQuery';
import english from '../../i18n/en/tables.json';
import indonesian from '../../i18n/id/tables.json';
import { translateFrom } from '../../i18n/translateFrom';
import { buildKelurahanRows, coveredBorderKm, extraColumnId, kelurahanAccessors, KELURAHAN_ACCESSORS, kelurahanSearchText, kelurahanShownText, stateText, type KelurahanRowsInput } from './kelurahanRows';

const input: KelurahanRowsInput = {
  kelurahan: [
    { kode: '21.71.06.1004', nama: 'Batu Selicin', kecamatanKode: '21.71.06', kecamatan: 'Lubuk Baja', areaKm2: 1.2 },
    { kode: '21.71.06.1001', nama: 'Lubuk Baja Kota', kecamatanKode: '21.71.06', kecamatan: 'Lubuk Baja', areaKm2: 0.9 },
    { kode: '21.71.09.1003', nama: 'Sadai', kecamatanKode: '21.71.09', kecamatan: 'Bengkong', areaKm2: 2.5 },
  ],
  kelurahanKodes: new Set(['21.71.06.1004', '21.71.06.1001', '21.71.09.1003']),
  coveredKodes: new Set(['21.71.06.1004', '21.71.09.1003']),
  recommendedKodes: new Set(['21.71.06.1001']),
  rankByKode: new Map([['21.71.06.1001', 1]]),
  borderKmByKode: new Map([['21.71.06.1001', 1.4]]),
  visibilityByKode: new Map([['21.71.06.1004', 0.42]]),
  // baliho, baliho, poster, spanduk, banner (codes in INSTALLATION_TYPES order)
  installationTypes: Uint8Array.of(0, 0, 3, 1, 2),
  installationIndexes: Uint32Array.of(0, 1, 2, 3),
  // Batu Selicin, Batu Selicin, Sadai, outside, Sadai
  areaPerInstallation: Int32Array.of(0, 0, 2, -1, 2),
};

describe('kelurahan rows', () => {
  it('counts only the installations the shared filters keep, per type', () => {
    const rows = buildKelurahanRows(input);
    expect(rows.map((row) => [row.nama, row.byType, row.total])).toEqual([
      ['Batu Selicin', { baliho: 2, spanduk: 0, banner: 0, poster: 0 }, 2],
      ['Lubuk Baja Kota', { baliho: 0, spanduk: 0, banner: 0, poster: 0 }, 0],
      ['Sadai', { baliho: 0, spanduk: 0, banner: 0, poster: 1 }, 1], // the banner (index 4) is filtered out
    ]);
  });

  it('carries state, recommendation, rank, shared border, area and visibility', () => {
    const [first, second] = buildKelurahanRows(input);
    expect(first).toMatchObject({ state: 'covered', recommended: false, rank: undefined, borderKm: undefined, visibilityShare: 0.42 });
    expect(second).toMatchObject({ state: 'uncovered', recommended: true, rank: 1, borderKm: 1.4, areaKm2: 0.9, visibilityShare: undefined });
  });

  it("reads the border shared with covered kelurahan from the ranking's frontier factor, in km", () => {
    const factor = (key: string, value: number | null) => ({ key, value });
    const byKode = coveredBorderKm([
      { kode: 'A', factors: [factor('distance', 900), factor('frontier', 1500)] },
      { kode: 'B', factors: [factor('frontier', 0)] },
      { kode: 'C', factors: [factor('frontier', null)] },
    ]);
    expect([...byKode]).toEqual([['A', 1.5], ['B', 0]]);
  });

  it('leaves out kelurahan the shared filters drop', () => {
    const rows = buildKelurahanRows({ ...input, kelurahanKodes: new Set(['21.71.09.1003']) });
    expect(rows.map((row) => row.kode)).toEqual(['21.71.09.1003']);
  });

  it('sorts by installation count and searches by kecamatan', () => {
    const rows = buildKelurahanRows(input);
    const sorted = queryRows(rows, { search: 'lubuk', columnFilters: {}, sort: { column: 'total', descending: true } }, KELURAHAN_ACCESSORS, kelurahanSearchText);
    expect(sorted.map((row) => row.nama)).toEqual(['Batu Selicin', 'Lubuk Baja Kota']);
  });
});

describe('filtering kelurahan by what the table shows', () => {
  const rows = buildKelurahanRows(input);
  const query = (resources: Record<string, unknown>, search: string, columnFilters: Record<string, string> = {}) =>
    queryRows(rows, { search, columnFilters }, KELURAHAN_ACCESSORS, kelurahanSearchText, kelurahanShownText(translateFrom(resources)))
      .map((row) => row.nama);

  it('filters the state by its label, recommendation included', () => {
    expect(query(indonesian, '', { state: 'belum' })).toEqual(['Lubuk Baja Kota']);
    expect(query(indonesian, '', { state: 'tercakup' })).toEqual(['Batu Selicin', 'Lubuk Baja Kota', 'Sadai']);
    expect(query(english, '', { state: 'next target' })).toEqual(['Lubuk Baja Kota']);
    expect(query(indonesian, 'sasaran')).toEqual(['Lubuk Baja Kota']);
  });

  it('compares the visible share as the percentage the cell prints', () => {
    expect(query(english, '', { visibilityShare: '>40' })).toEqual(['Batu Selicin']);
    expect(query(english, '', { visibilityShare: '>0,5' })).toEqual(['Batu Selicin']);
    expect(query(english, '', { visibilityShare: '<40' })).toEqual([]);
  });

  it('names the state as the cell shows it', () => {
    expect(stateText(rows[1]!, translateFrom(indonesian))).toBe('Belum tercakup · Sasaran berikutnya');
    expect(stateText(rows[0]!, translateFrom(english))).toBe('Covered');
  });
});

describe('the planner\'s extra factors in the kelurahan rows', () => {
  const extraFactors = { columns: ['bpu'], byKode: new Map([['21.71.09.1003', { bpu: 1200 }], ['21.71.06.1001', { bpu: null }]]) };
  const rows = buildKelurahanRows({ ...input, extraFactors });

  it('carries each kelurahan\'s values, and nothing for one the file leaves out', () => {
    expect(rows.map((row) => row.extra)).toEqual([undefined, { bpu: null }, { bpu: 1200 }]);
  });

  it('sorts and filters by an extra column like any numeric one', () => {
    const accessors = kelurahanAccessors(['bpu']);
    const query = (columnFilters: Record<string, string>) =>
      queryRows(rows, { search: '', columnFilters, sort: { column: extraColumnId('bpu'), descending: true } }, accessors, kelurahanSearchText).map((row) => row.nama);
    expect(query({})).toEqual(['Sadai', 'Batu Selicin', 'Lubuk Baja Kota']);
    expect(query({ [extraColumnId('bpu')]: '>1000' })).toEqual(['Sadai']);
    expect(kelurahanAccessors([])).toBe(KELURAHAN_ACCESSORS);
  });
});
