import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TODAY, testRegion } from '../../../test/fixtures/import/region';
import { makeWorkbook } from '../../../test/support/workbook';
import type { KelurahanCollection } from '../../domain/region';
import { createImportParser } from './importWorkerApi';
import { packExisting } from './packedExisting';
import { packKelurahan } from './packedKelurahan';

const lines = ['jenis;lintang;bujur;tanggal'];
for (let index = 0; index < 12_000; index++) lines.push(`baliho;1,${1000 + (index % 100)};104,${1000 + Math.floor(index / 100)};15/03/2026`);
lines.push('tenda;1,1;104,1;15/03/2026', 'baliho;x;104,1;kemarin');
const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);

describe('import parser behind the worker boundary', () => {
  it('returns a bounded preview and hands out every accepted row in chunks', async () => {
    const parser = createImportParser();
    await expect(parser.acceptedChunk(0, 10)).rejects.toThrow(/No file/);
    const preview = await parser.parse(bytes.slice().buffer, { region: testRegion, today: TODAY, listLimit: 2 });
    expect(preview).toMatchObject({ rows: 12_002, acceptedCount: 12_000, rejectedRowCount: 2, rejectedTotal: 3 });
    expect(preview.rejected.map(({ row, code }) => [row, code])).toEqual([[12_002, 'type_unknown'], [12_003, 'coordinates_invalid']]);
    const first = await parser.acceptedChunk(0, 5000);
    const last = await parser.acceptedChunk(10_000, 5000);
    expect(first.inputs).toHaveLength(5000);
    expect(last.rows).toEqual(Array.from({ length: 2000 }, (_, index) => 10_002 + index));
    expect(last.inputs[1999]).toMatchObject({ lat: 1.1099, lng: 104.1119 });
    expect((await parser.rejectedCsv()).split('\r\n')[1]).toMatch(/^tenda;1,1;104,1;15\/03\/2026;"jenis: Unknown type ""tenda""/);
  });
});

describe('workbooks behind the worker boundary', () => {
  it('reads .xlsx bytes, re-reads with a column choice without the file, and calls a broken zip binary', async () => {
    const parser = createImportParser();
    const bytes = makeWorkbook([{ name: 'Data', rows: [['Jenis Materi', 'Jenis APK', 'Lintang', 'Bujur', 'Tanggal'], ['KKBC', 'Baliho', 1.1452, 104.0151, '15/03/2026']] }]);
    const asked = await parser.parse(bytes.slice().buffer, { region: testRegion, today: TODAY });
    expect(asked).toMatchObject({ format: 'workbook', sheets: ['Data'], sheet: 'Data', headerRow: 1, acceptedCount: 0 });
    expect(asked.assignment.ambiguous).toEqual({ type: ['Jenis Materi', 'Jenis APK'] });
    const answered = await parser.reparse({ region: testRegion, today: TODAY, columns: { type: 'Jenis APK' } });
    expect(answered.acceptedCount).toBe(1);

    const broken = await parser.parse(new Uint8Array(readFileSync('test/fixtures/import/garbage.bin')).buffer, { region: testRegion, today: TODAY });
    expect(broken.rejected.map(({ code }) => code)).toEqual(['file_binary']);
  });
});

describe('what the page sends', () => {
  it('a File is read in the worker, the packed polygons locate every point, and packed saved installations are found again', async () => {
    const ring = (west: number, south: number) => [[west, south], [west + 0.1, south], [west + 0.1, south + 0.1], [west, south + 0.1], [west, south]];
    const kelurahan = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring(104.0, 1.1)] }, properties: { kode: '21.71.06.1004', nama: 'Batu Selicin' } },
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[ring(103.7, 1.0)], [ring(104.2, 1.1)]] }, properties: { kode: '21.71.09.1003', nama: 'Sadai' } },
      ],
    } as unknown as KelurahanCollection;
    const file = new File(['jenis;lintang;bujur;tanggal\nbaliho;1,15;104,05;15/03/2026\nposter;1,15;104,25;15/03/2026\nbanner;1,35;104,25;15/03/2026\n'], 'titik.csv');
    const parser = createImportParser();
    const existing = packExisting([{ id: 'saved-1', type: 'poster', lat: 1.15, lng: 104.25 }]);
    const preview = await parser.parse(file, { region: testRegion, kelurahan: packKelurahan(kelurahan), existing, today: TODAY });
    expect(preview.warnings.map(({ row, code, params }) => [row, code, params.id])).toEqual([[3, 'duplicate_of_existing', 'saved-1'], [4, 'outside_region', undefined]]);
    const { inputs, rows } = await parser.acceptedChunk(0, 10);
    expect(inputs.map(({ kelurahanKode }) => kelurahanKode)).toEqual(['21.71.06.1004', '21.71.09.1003', undefined]);
    expect(rows).toEqual([2, 3, 4]);
  });
});
