import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { kelurahanRowsToCsv, KELURAHAN_EXPORT_COLUMNS } from './kelurahanCsv';
import type { KelurahanRow } from './kelurahanRows';

const row: KelurahanRow = {
  kode: '21.71.06.1004', nama: 'Batu Selicin', kecamatanKode: '21.71.06', kecamatan: 'Lubuk Baja', state: 'covered', recommended: false,
  byType: { baliho: 2, spanduk: 1, banner: 0, poster: 4 }, total: 7, areaKm2: 1.23456, visibilityShare: 0.41237, searchText: '',
};

describe('kelurahan CSV', () => {
  const csv = kelurahanRowsToCsv([row, { ...row, kode: '21.71.01.1001', nama: '=HYPERLINK("x")', state: 'uncovered', rank: 3, borderKm: 1.23456, visibilityShare: undefined }]);
  const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data;

  it('writes a BOM, Indonesian headers, `;` and CRLF', () => {
    expect(csv.startsWith('\uFEFFkode_kelurahan;kelurahan;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(parsed[0]).toEqual([...KELURAHAN_EXPORT_COLUMNS]);
  });

  it('uses decimal commas and plain words for the state', () => {
    expect(parsed[1]).toEqual(['21.71.06.1004', 'Batu Selicin', '21.71.06', 'Lubuk Baja', 'tercakup', 'tidak', '2', '1', '0', '4', '7', '', '', '1,235', '0,4124']);
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(parsed[2]?.[1]).toBe(`'=HYPERLINK("x")`);
    expect(parsed[2]?.slice(4, 6)).toEqual(['belum_tercakup', 'tidak']);
    expect(parsed[2]?.slice(11, 13)).toEqual(['3', '1,235']);
  });
});

describe('kelurahan CSV with the planner\'s extra factors', () => {
  it('adds their columns after the standard ones, renaming one that clashes', () => {
    const csv = kelurahanRowsToCsv([{ ...row, extra: { pekerja_informal: 1200.5, jumlah: 3 } }, row], ['pekerja_informal', 'jumlah']);
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data;
    expect(header?.slice(-2)).toEqual(['pekerja_informal', 'faktor_jumlah']);
    expect(first?.slice(-2)).toEqual(['1200,5', '3']);
    expect(second?.slice(-2)).toEqual(['', '']);
  });
});
