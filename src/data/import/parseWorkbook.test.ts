import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { day, makeWorkbook, type TestCell } from '../../../test/support/workbook';
import { parseInstallations } from './parseInstallations';
import { isWorkbookBytes, readWorkbook } from './readWorkbook';
import type { ParseOptions } from './types';

const options: ParseOptions = { region: testRegion, locate: testLocate, today: TODAY };
const HEADER = ['No.', 'Jenis Materi', 'Lintang (LU)', 'Bujur (BT)', 'Tgl. Pemasangan', 'Nama Kel.', 'Keterangan'];

// As branch offices keep it: a merged title, a period line, a blank row, then the table and its total.
const recap: TestCell[][] = [
  ['REKAP PEMASANGAN APK KKBC KOTA BATAM'],
  ['Periode: Maret – April 2026'],
  [],
  HEADER,
  [1, 'Baliho', 1.1452, 104.0151, { value: day('2026-03-15'), format: 'dd/mm/yyyy' }, 'Batu Selicin', 'Dekat pasar'],
  [2, 'Spanduk', { value: 1.1301, format: '0.0000' }, { value: 104.0602, format: '0.0000' }, { value: day('2026-04-01'), format: 'd mmmm yyyy' }, 'Teluk Tering', ''],
  [3, 'Banner', 1.16, 104.04, { value: day('2026-04-02'), format: 'm/d/yy' }, 'Sadai', ''],
  [4, 'Poster', '1,17', '104,12', '03/04/2026', 'Sambau', 'teks, koma desimal'],
  [],
  ['JUMLAH', '4 titik'],
];

async function workbookOf(rows: TestCell[][], merges?: string[]) {
  return readWorkbook(makeWorkbook([{ name: 'Rekap', rows, ...(merges ? { merges } : {}) }]));
}

describe('parseInstallations on a workbook', () => {
  it('skips title rows, reads date and number cells as such, skips the total, and numbers rows as the sheet does', async () => {
    const result = parseInstallations(await workbookOf(recap, ['A1:G1']), options);
    expect(result.format).toBe('workbook');
    expect(result.headerRow).toBe(4);
    expect(result.rejected).toEqual([]);
    expect(result.acceptedRows).toEqual([5, 6, 7, 8]);
    expect(result.accepted.map(({ type, lat, lng, installedAt, kelurahanKode }) => [type, lat, lng, installedAt, kelurahanKode])).toEqual([
      ['baliho', 1.1452, 104.0151, '2026-03-15', '21.71.06.1004'],
      ['spanduk', 1.1301, 104.0602, '2026-04-01', '21.71.10.1003'],
      ['banner', 1.16, 104.04, '2026-04-02', '21.71.09.1003'],
      // Text cells are read as a CSV's: decimal comma, day first.
      ['poster', 1.17, 104.12, '2026-04-03', '21.71.04.1001'],
    ]);
    expect(result.skipped).toEqual([{ row: 10, code: 'summary_row' }]);
    expect(result.rows).toBe(4);
    expect(result.assignment.fields).toMatchObject({ type: ['Jenis Materi'], lat: ['Lintang (LU)'], installedAt: ['Tgl. Pemasangan'], kelurahanName: ['Nama Kel.'] });
    expect(result.samples[1]).toEqual(['Baliho', 'Spanduk', 'Banner']);
  });

  it('gives rejected rows the sheet row number', async () => {
    const rows = [...recap.slice(0, 5), [5, 'Tenda', 1.1452, 104.0151, { value: day('2026-03-15'), format: 'dd/mm/yyyy' }, '', '']];
    const result = parseInstallations(await workbookOf(rows), { ...options, language: 'id' });
    expect(result.rejected).toEqual([expect.objectContaining({ row: 6, field: 'Jenis Materi', code: 'type_unknown' })]);
  });

  it('keeps the sheet\'s row numbers when the table starts below and right of A1', async () => {
    // Excel keeps no cells for the empty rows and columns: the used range starts at C6.
    const sheet = utils.sheet_add_aoa(utils.aoa_to_sheet([]), [['Rekap titik APK']], { origin: 'C3' });
    utils.sheet_add_aoa(sheet, [['Jenis', 'Lintang', 'Bujur', 'Tanggal'], ['Baliho', 1.1452, 104.0151, '15/03/2026'], [], ['Tenda', 1.1452, 104.0151, '15/03/2026']], { origin: 'C6' });
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, sheet, 'Rekap');
    const result = parseInstallations(await readWorkbook(new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)), options);
    expect(result.headerRow).toBe(6);
    expect(result.columns).toEqual(['', '', 'Jenis', 'Lintang', 'Bujur', 'Tanggal']);
    expect(result.acceptedRows).toEqual([7]);
    expect(result.rejected.map(({ row, code }) => [row, code])).toEqual([[9, 'type_unknown']]);
  });

  it('proposes the first sheet that holds a header, and reads another on request', async () => {
    const bytes = makeWorkbook([
      { name: 'Petunjuk', rows: [['Isi lembar Data, satu baris per titik.']] },
      { name: 'Data', rows: [['Jenis', 'Koordinat GPS', 'Tanggal'], ['baliho', '1.1452, 104.0151', { value: day('2026-03-15'), format: 'yyyy-mm-dd' }]] },
      { name: 'Lama', rows: [['jenis', 'lat', 'lng', 'tanggal'], ['poster', 1.17, 104.12, { value: day('2025-12-01'), format: 'dd-mmm-yy' }], ['poster', 1.17, 104.1201, '01/12/2025']] },
    ]);
    const workbook = await readWorkbook(bytes);
    const proposed = parseInstallations(workbook, options);
    expect(proposed.sheets).toEqual(['Petunjuk', 'Data', 'Lama']);
    expect(proposed.sheet).toBe('Data');
    expect(proposed.accepted.map(({ type, installedAt }) => [type, installedAt])).toEqual([['baliho', '2026-03-15']]);
    const chosen = parseInstallations(workbook, { ...options, sheet: 'Lama' });
    expect(chosen.sheet).toBe('Lama');
    expect(chosen.accepted.map(({ installedAt }) => installedAt)).toEqual(['2025-12-01', '2025-12-01']);
  });

  it('reads OpenDocument spreadsheets the same way', async () => {
    // The library writes only some number formats to ODS: the date cells get a plain one here.
    const rows = recap.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' && 'format' in cell && cell.value instanceof Date ? { ...cell, format: 'dd/mm/yyyy' } : cell)));
    const bytes = makeWorkbook([{ name: 'Rekap', rows }], 'ods');
    expect(isWorkbookBytes(bytes)).toBe(true);
    const result = parseInstallations(await readWorkbook(bytes), options);
    expect(result.acceptedRows).toEqual([5, 6, 7, 8]);
    expect(result.accepted[1]?.installedAt).toBe('2026-04-01');
  });

  it('asks when two columns could be the type, and reads the one the user names', async () => {
    const rows: TestCell[][] = [['Jenis Materi', 'Jenis APK', 'Lat', 'Long', 'Tanggal'], ['Kampanye KKBC', 'Baliho', 1.1452, 104.0151, '15/03/2026']];
    const workbook = await workbookOf(rows);
    const asked = parseInstallations(workbook, options);
    expect(asked.accepted).toEqual([]);
    expect(asked.rejected).toEqual([expect.objectContaining({ row: 0, code: 'file_column_ambiguous', message: expect.stringContaining('"Jenis Materi", "Jenis APK"') })]);
    expect(asked.assignment.ambiguous).toEqual({ type: ['Jenis Materi', 'Jenis APK'] });
    const answered = parseInstallations(workbook, { ...options, columns: { type: 'Jenis APK' } });
    expect(answered.rejected).toEqual([]);
    expect(answered.accepted[0]?.type).toBe('baliho');
  });
});
