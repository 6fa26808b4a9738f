import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { parseInstallations } from './parseInstallations';
import type { ParseOptions } from './types';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8');
const options: ParseOptions = { region: testRegion, locate: testLocate, today: TODAY };
const parse = (name: string, extra: Partial<ParseOptions> = {}) => parseInstallations(fixture(name), { ...options, ...extra });
const codes = (result: { rejected: Array<{ row: number; code: string }> }) => result.rejected.map(({ row, code }) => [row, code]);

describe('parseInstallations: formats', () => {
  it('reads a comma-separated file with English headers', () => {
    const result = parse('comma.csv');
    expect(result.rows).toBe(3);
    expect(result.rejected).toEqual([]);
    expect(result.accepted[1]).toEqual({
      type: 'spanduk', lat: 1.1601, lng: 104.0402, installedAt: '2026-04-01', status: 'terpasang',
      kelurahanKode: '21.71.09.1003', notes: 'Corner, opposite the mosque', source: 'import',
    });
    expect(result.acceptedRows).toEqual([2, 3, 4]);
  });

  it('reads semicolons with decimal commas and a quoted separator in a note', () => {
    const result = parse('semicolon-decimal-comma.csv');
    expect(result.delimiter).toBe(';');
    expect(result.accepted.map(({ lat, lng, installedAt }) => [lat, lng, installedAt])).toEqual([
      [1.1452, 104.0151, '2026-03-15'],
      [1.1301, 104.0602, '2026-04-01'],
    ]);
    expect(result.accepted[1]?.notes).toBe('Sobek; perlu ganti');
  });

  it('strips a UTF-8 byte order mark so the first header is still recognised', () => {
    expect(fixture('bom.csv').charCodeAt(0)).toBe(0xfeff);
    const result = parse('bom.csv');
    expect(result.columns[0]).toBe('jenis');
    expect(result.accepted).toMatchObject([{ type: 'baliho', kelurahanKode: '21.71.02.1003' }]);
  });

  it('reads Indonesian headers in any order and case', () => {
    const result = parse('indonesian-headers.csv');
    expect(result.accepted).toEqual([
      { type: 'poster', lat: 1.1698, lng: 104.1199, installedAt: '2026-06-01', status: 'terpasang', kelurahanKode: '21.71.04.1001', notes: 'Halte bus', source: 'import' },
    ]);
  });

  it('reads a single koordinat column written as "lat, lng"', () => {
    const result = parse('koordinat-latlng.csv');
    expect(result.accepted.map(({ lat, lng }) => [lat, lng])).toEqual([[1.1452, 104.0151], [1.1601, 104.0402]]);
  });

  it('reads a koordinat column in degrees, minutes and seconds', () => {
    const result = parse('koordinat-dms.csv');
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map(({ lat, lng }) => [lat, lng])).toEqual([[1.1452, 104.0151], [1.17, 104.12]]);
  });

  it('reads dd/mm/yyyy, d/m/yyyy and dd-mm-yyyy as day first', () => {
    expect(parse('dd-mm-yyyy.csv').accepted.map(({ installedAt }) => installedAt)).toEqual(['2026-03-15', '2026-04-01', '2026-06-05']);
  });

  it('maps type and status synonyms in any case', () => {
    const result = parse('synonyms.csv');
    expect(result.accepted.map(({ type, status, removedAt }) => [type, status, removedAt])).toEqual([
      ['baliho', 'terpasang', undefined],
      ['poster', 'terpasang', undefined],
      ['banner', 'rusak', undefined],
      ['spanduk', 'dilepas', '2026-04-30'],
      ['banner', 'dilepas', '2026-04-30'],
    ]);
  });

  it('resolves kelurahan names with Kel./Kelurahan prefixes in any case to codes', () => {
    expect(parse('kelurahan-prefixes.csv').accepted.map(({ kelurahanKode }) => kelurahanKode)).toEqual([
      '21.71.06.1004', '21.71.09.1003', '21.71.10.1003', '21.71.04.1001',
    ]);
  });

  it('reads GeoJSON points with the same properties, and rejects a line feature', () => {
    const result = parse('points.geojson');
    expect(result.accepted).toMatchObject([
      { type: 'baliho', lat: 1.1452, lng: 104.0151, kelurahanKode: '21.71.06.1004', notes: 'GeoJSON' },
      { type: 'poster', status: 'rusak', installedAt: '2026-04-01', kelurahanKode: '21.71.09.1003' },
    ]);
    expect(codes(result)).toEqual([[3, 'geometry_not_point']]);
    // A parsed object works as well as its text.
    expect(parseInstallations(JSON.parse(fixture('points.geojson')) as object, options).accepted).toEqual(result.accepted);
  });
});

describe('parseInstallations: verdicts', () => {
  const result = parse('problems.csv');

  it('rejects unusable rows with row number, field and stable code', () => {
    expect(result.rejected.map(({ row, field, code }) => [row, field, code])).toEqual([
      [2, 'tanggal', 'date_impossible'],
      [3, 'tanggal', 'date_future'],
      [4, 'jenis', 'type_unknown'],
      [5, 'lintang', 'coordinates_missing'],
      [11, 'tanggal_lepas', 'removed_date_missing'],
      [12, 'status', 'status_unknown'],
      [14, 'tanggal_lepas', 'removed_before_installed'],
    ]);
    expect(result.rejected[0]?.message).toBe('31/02/2026 does not exist on the calendar.');
    expect(result.rows).toBe(result.accepted.length + result.rejectedRecords.length);
  });

  it('accepts the rest with warnings', () => {
    expect(result.warnings.map(({ row, code }) => [row, code])).toEqual([
      [6, 'coordinates_swapped'],
      [7, 'outside_region'],
      [8, 'kelurahan_mismatch'],
      [10, 'duplicate_of_row'],
      [13, 'outside_region'],
    ]);
    const swapped = result.accepted[result.acceptedRows.indexOf(6)];
    expect([swapped?.lat, swapped?.lng]).toEqual([1.1601, 104.0402]);
    expect(result.warnings.find(({ row }) => row === 8)?.message).toBe(
      'Stated kelurahan Batu Selicin (21.71.06.1004) but the point lies in Teluk Tering (21.71.10.1003).',
    );
    expect(result.warnings.find(({ row }) => row === 10)?.params).toMatchObject({ otherRow: 9 });
  });

  it('words messages in Indonesian on request, with the same codes', () => {
    const indonesian = parse('problems.csv', { language: 'id' });
    expect(indonesian.rejected.map(({ code }) => code)).toEqual(result.rejected.map(({ code }) => code));
    expect(indonesian.rejected[0]?.message).toBe('Tanggal 31/02/2026 tidak ada di kalender.');
  });

  it('flags a probable duplicate of an already saved installation, but only of the same type', () => {
    const existing = [
      { id: 'saved-1', type: 'baliho' as const, lat: 1.14521, lng: 104.01512 },
      { id: 'saved-2', type: 'poster' as const, lat: 1.1601, lng: 104.0402 },
    ];
    const withExisting = parse('comma.csv', { existing });
    expect(withExisting.warnings.map(({ row, code, params }) => [row, code, params.id])).toEqual([[2, 'duplicate_of_existing', 'saved-1']]);
  });

  it('without a locate function, checks only the region bbox', () => {
    const bboxOnly = parse('problems.csv', { locate: undefined });
    expect(bboxOnly.warnings.filter(({ code }) => code === 'outside_region').map(({ row }) => row)).toEqual([13]);
    expect(bboxOnly.accepted[bboxOnly.acceptedRows.indexOf(7)]?.kelurahanKode).toBeUndefined();
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    parse('comma.csv', { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('parseInstallations: malformed files', () => {
  it.each([
    ['empty.csv', 'file_empty'],
    ['header-only.csv', 'file_no_rows'],
    ['no-coordinates.csv', 'file_no_coordinate_columns'],
  ])('%s is rejected as a whole with %s', (name, code) => {
    const result = parse(name);
    expect(codes(result)).toEqual([[0, code]]);
    expect(result.accepted).toEqual([]);
  });

  it('refuses binary content instead of inventing rows', () => {
    const bytes = readFileSync(new URL('../../../test/fixtures/import/garbage.bin', import.meta.url));
    const result = parseInstallations(new TextDecoder().decode(bytes), options);
    expect(codes(result)).toEqual([[0, 'file_binary']]);
  });

  it('rejects the row with an unterminated quote and says why the rest is gone', () => {
    const result = parse('unterminated-quote.csv');
    expect(result.accepted).toHaveLength(1);
    expect(codes(result)).toEqual([[3, 'csv_unterminated_quote']]);
    expect(result.rejected[0]?.message).toMatch(/never closed/);
  });

  it('rejects a row with more cells than headers rather than guessing', () => {
    const result = parseInstallations('jenis,lat,lng,tanggal,catatan\nbaliho,1.1452,104.0151,2026-03-15,a,b\n', options);
    expect(codes(result)).toEqual([[2, 'csv_too_many_cells']]);
  });

  it('numbers rows like the spreadsheet even across blank lines', () => {
    const result = parseInstallations('jenis,lat,lng,tanggal\n\nbaliho,1.1452,104.0151,2026-03-15\n,,,\nposter,x,104,2026-03-15\n', options);
    expect(result.rows).toBe(2);
    expect(result.acceptedRows).toEqual([3]);
    expect(codes(result)).toEqual([[5, 'coordinates_invalid']]);
  });

  it('rejects invalid GeoJSON text with the parser detail', () => {
    expect(codes(parseInstallations('{"type": "FeatureCollection", ', options))).toEqual([[0, 'file_geojson_invalid']]);
    expect(codes(parseInstallations('{"type": "Topology"}', options))).toEqual([[0, 'file_geojson_invalid']]);
  });
});
