import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { parseInstallations } from './parseInstallations';
import { previewOf } from './preview';
import { rejectedRowsCsv } from './rejectedCsv';

const options = { region: testRegion, locate: testLocate, today: TODAY };

// What Excel or LibreOffice shows when this CSV is opened (the row number on the left):
//  1 REKAP PEMASANGAN APK KKBC          6 baliho …  note over two lines
//  2 Periode: Maret 2026                7 poster … 30/02/2026 (impossible)
//  3 (blank)                            8 (blank)
//  4 jenis;lintang;bujur;tanggal;catatan 9 spanduk … kemarin (not a date)
//  5 baliho … 15/03/2026               10 baliho … same point as row 5
// A quoted cell with a line break is one row with a two-line cell, as spreadsheets show it.
const CSV = [
  'REKAP PEMASANGAN APK KKBC;;;;',
  'Periode: Maret 2026;;;;',
  '',
  'jenis;lintang;bujur;tanggal;catatan',
  'baliho;1,1452;104,0151;15/03/2026;Dekat pasar',
  'baliho;1,1601;104,0402;16/03/2026;"Depan masjid,\nsebelah kanan"',
  'poster;1,1702;104,1203;30/02/2026;',
  '',
  'spanduk;1,1301;104,0602;kemarin;',
  'baliho;1,1452;104,0151;15/03/2026;ulang',
  'JUMLAH;;;;5',
  '',
].join('\r\n');

describe('row numbers are the spreadsheet’s own', () => {
  const result = parseInstallations(CSV, options);

  it('counts title rows, the header, blank lines, and a multi-line cell as one row', () => {
    expect(result.headerRow).toBe(4);
    expect(result.acceptedRows).toEqual([5, 6, 10]);
    expect(result.rejected.map(({ row, code }) => [row, code])).toEqual([[7, 'date_impossible'], [9, 'date_invalid']]);
    expect(result.accepted[1]?.notes).toBe('Depan masjid,\nsebelah kanan');
    expect(result.skipped).toEqual([{ row: 11, code: 'summary_row' }]);
  });

  it('cites those rows in warnings that name another row', () => {
    expect(result.warnings).toEqual([expect.objectContaining({ row: 10, code: 'duplicate_of_row', params: expect.objectContaining({ otherRow: 5 }) })]);
  });

  it('keeps them in the preview the dialog shows', () => {
    const preview = previewOf(result, 10);
    expect(preview.rejected.map(({ row }) => row)).toEqual([7, 9]);
    expect(preview.warnings.map(({ row }) => row)).toEqual([10]);
    expect(preview.skipped).toEqual([{ row: 11, code: 'summary_row' }]);
  });

  it('numbers the rejected-rows file again from its own layout when it is re-imported', () => {
    const rejectedFile = rejectedRowsCsv(result);
    const table = Papa.parse<string[]>(rejectedFile.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(table.map((cells) => cells.at(-1))).toEqual(['error', expect.stringMatching(/30\/02\/2026/), expect.stringMatching(/kemarin/)]);
    expect(parseInstallations(rejectedFile, options).rejected.map(({ row }) => row)).toEqual([2, 3]);
  });
});
