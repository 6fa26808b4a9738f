import { describe, expect, it } from 'vitest';
import { parseSql, pathToGeometry, SqlParseError } from './parseSql';
import { loadRealRegion } from './testSupport';

const header = 'INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES';
const square = '[[[1.0,104.0],[1.0,104.1],[1.1,104.1],[1.1,104.0],[1.0,104.0]]]';
const multi = '[[[[1.0,104.0],[1.0,104.1],[1.1,104.1],[1.0,104.0]]],[[[2.0,105.0],[2.0,105.1],[2.1,105.1],[2.0,105.0]]]]';

describe('parseSql', () => {
  it('parses several INSERT statements, polygons (3 deep) and multipolygons (4 deep)', () => {
    const text = `/* header with INSERT-like words and 'quotes' */\n${header}\n\t('21.71.01.1001','Satu',1.05,104.05,'${square}'),\n\t('21.71.01.1002','Dua',1.5,104.5,'${multi}');\n${header}\n\t('21.71.02.1001','Tiga',1.05,104.05,'${square}');\n`;
    const rows = parseSql(text);
    expect(rows.map((row) => row.kode)).toEqual(['21.71.01.1001', '21.71.01.1002', '21.71.02.1001']);
    expect(rows[0]?.geometry.type).toBe('Polygon');
    expect(rows[1]?.geometry.type).toBe('MultiPolygon');
    expect(rows[1]?.geometry.coordinates).toHaveLength(2);
    expect(rows[2]?.line).toBe(6);
  });

  it('swaps upstream [lat, lng] pairs into GeoJSON [lng, lat]', () => {
    const rows = parseSql(`${header}\n('21.71.01.1001','Satu',1.05,104.07,'${square}');`);
    const row = rows[0];
    expect(row?.centroid).toEqual([104.07, 1.05]);
    expect(row?.geometry.type === 'Polygon' && row.geometry.coordinates[0]?.[1]).toEqual([104.1, 1.0]);
  });

  it("unescapes names quoted with \\' and ''", () => {
    const text = `${header}\n('21.71.01.1001','Tanjung Pinggir\\'s (Barat)',1,104,'${square}'),\n('21.71.01.1002','Pulau O''Neil, Satu',1,104,'${square}');`;
    expect(parseSql(text).map((row) => row.nama)).toEqual(["Tanjung Pinggir's (Barat)", "Pulau O'Neil, Satu"]);
  });

  it('reports every malformed row with its code and reason, and fails', () => {
    const text = [
      header,
      `('21.71.01.1001','Baik',1,104,'${square}'),`,
      `('21.71.01.1002','Rusak',1,104,'[[[1.0,104.0],[1.0'),`,
      `('21.71.01.1003','Dangkal',1,104,'[[1.0,104.0],[1.0,104.1]]'),`,
      `('21.71.01.1004','Tanpa Lat',abc,104,'${square}');`,
    ].join('\n');
    let error: unknown;
    try {
      parseSql(text, 'kel.sql');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SqlParseError);
    const problems = (error as SqlParseError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/line 3 \(kode 21\.71\.01\.1002\): field path is not valid JSON/);
    expect(problems[1]).toMatch(/kode 21\.71\.01\.1003.*depth 2/);
    expect(problems[2]).toMatch(/kode 21\.71\.01\.1004.*neither a quoted string, a number nor NULL/);
    expect((error as Error).message).toContain('kel.sql');
  });

  it('fails on an unterminated row instead of dropping it', () => {
    expect(() => parseSql(`${header}\n('21.71.01.1001','Satu,1,104,'${square}');`)).toThrow(/kode 21\.71\.01\.1001|unterminated|expected/);
    expect(() => parseSql('-- no rows here')).toThrow(/no INSERT INTO/);
  });

  it('rejects coordinates that are not [lat, lng] pairs', () => {
    expect(pathToGeometry('[[[1,2],[3]]]')).toMatch(/not a \[lat, lng\] pair/);
    expect(pathToGeometry('[[[200,104],[1,104],[1,105]]]')).toMatch(/invalid \[lat, lng\]/);
  });
});

const batam = await loadRealRegion('21.71');
describe.skipIf(!batam)('parseSql on the real Batam dump', () => {
  it('reads all 64 kelurahan with Batam coordinates in [lng, lat] order', () => {
    const rows = batam?.kelurahan ?? [];
    expect(rows).toHaveLength(64);
    expect(rows.filter((row) => row.geometry.type === 'Polygon').length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.geometry.type === 'MultiPolygon').length).toBeGreaterThan(0);
    for (const row of rows) {
      const first = (row.geometry.type === 'Polygon' ? row.geometry.coordinates[0] : row.geometry.coordinates[0]?.[0])?.[0];
      expect(first?.[0]).toBeGreaterThan(103); // longitude
      expect(first?.[1]).toBeLessThan(2); // latitude
    }
  });
});
