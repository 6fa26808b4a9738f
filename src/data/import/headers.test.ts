import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { resolveColumns } from './columns';
import { matchHeader } from './headers';
import { parseInstallations } from './parseInstallations';

const options = { region: testRegion, locate: testLocate, today: TODAY };

describe('matchHeader', () => {
  it.each([
    ['Jenis Materi', 'type'],
    ['Jenis APK', 'type'],
    ['Nama Kel.', 'kelurahanName'],
    ['Kode Kel.', 'kelurahanKode'],
    ['Lintang (LU)', 'lat'],
    ['Bujur (BT)', 'lng'],
    ['Koordinat GPS', 'coordinates'],
    ['Lat/Long', 'coordinates'],
    ['Tgl. Pemasangan', 'installedAt'],
    ['Tanggal Dilepas', 'removedAt'],
    ['Tgl. Lepas', 'removedAt'],
    ['Status Pemasangan', 'status'],
    ['Foto Lokasi', 'photoUrl'],
    ['Ket.', 'notes'],
    ['Kelurahan code', 'kelurahanKode'],
    ['Installed on', 'installedAt'],
  ])('%j is %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each(['No.', 'Alamat', 'Nama Lokasi', 'Kecamatan', 'Sumber', 'ID', ''])('%j is no field', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });
});

describe('resolveColumns', () => {
  it('keeps several vocabulary columns for one field, as before, but asks as soon as a looser one competes', () => {
    expect(resolveColumns(['tanggal', 'date']).ambiguous.size).toBe(0);
    expect(resolveColumns(['tanggal', 'date']).positions.get('installedAt')).toEqual([0, 1]);
    expect([...resolveColumns(['jenis', 'Jenis Materi']).ambiguous]).toEqual([['type', [0, 1]]]);
  });

  it('follows the user: a named column, a field declared absent, and the chosen column out of automatic matching', () => {
    const { positions, ambiguous } = resolveColumns(['Jenis Materi', 'Jenis APK', 'Keterangan'], { type: 'Jenis APK', notes: null });
    expect(positions.get('type')).toEqual([1]);
    expect(positions.has('notes')).toBe(false);
    expect(ambiguous.size).toBe(0);
  });
});

describe('parseInstallations with headers as people write them', () => {
  it('imports the semicolon CSV whose type column is "Jenis Materi"', () => {
    const result = parseInstallations(readFileSync('test/fixtures/import/jenis-materi.csv', 'utf8'), options);
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map(({ type, installedAt, notes }) => [type, installedAt, notes])).toEqual([
      ['baliho', '2026-03-15', 'Dekat pasar'],
      ['spanduk', '2026-04-01', ''],
    ]);
  });

  it('finds the CSV header below title lines and numbers rows as the spreadsheet does', () => {
    const csv = 'REKAP PEMASANGAN APK;;;\nPeriode Maret 2026;;;\n;;;\njenis;lintang;bujur;tanggal\nbaliho;1,1452;104,0151;15/03/2026\ntenda;1,1452;104,0151;15/03/2026\nTotal;;;\n';
    const result = parseInstallations(csv, options);
    expect(result.headerRow).toBe(4);
    expect(result.acceptedRows).toEqual([5]);
    expect(result.rejected.map(({ row, code }) => [row, code])).toEqual([[6, 'type_unknown']]);
    expect(result.skipped).toEqual([{ row: 7, code: 'summary_row' }]);
  });

  it('says which field has no column and reads it once the user names one', () => {
    const csv = 'Barang;lintang;bujur;tanggal\nbaliho;1,1452;104,0151;15/03/2026\n';
    expect(parseInstallations(csv, options).rejected).toEqual([expect.objectContaining({ row: 0, code: 'file_no_type_column' })]);
    const mapped = parseInstallations(csv, { ...options, columns: { type: 'Barang' } });
    expect(mapped.rejected).toEqual([]);
    expect(mapped.accepted).toHaveLength(1);
  });
});
