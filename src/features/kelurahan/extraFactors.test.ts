import { describe, expect, it } from 'vitest';
import { squareKelurahan } from '../../geo/fixtures/squares';
import { projectBoundaries } from '../../geo/projectBoundaries';
import { attributeKey, rankCandidates, type RankingContext } from '../../geo/rankCandidates';
import { attributeTableOf, isExtraFactors, lowerColumns, readFactorFile, weightsWithFactors, withLinkDirections, type ExtraFactors } from './extraFactors';

const KNOWN = new Set(['21.71.06.1001', '21.71.06.1002', '21.71.06.1003']);

describe('readFactorFile', () => {
  it('reads a kode column and numeric columns, Indonesian decimals and semicolons included', () => {
    const result = readFactorFile('\uFEFFkode;pekerja_informal;pasar\r\n21.71.06.1001;1200;2\r\n21.71.06.1002;350,5;\r\n', 'bpu.csv', KNOWN);
    expect(result).toEqual({
      ok: true,
      factors: {
        fileName: 'bpu.csv',
        columns: ['pekerja_informal', 'pasar'],
        rows: [['21.71.06.1001', [1200, 2]], ['21.71.06.1002', [350.5, null]]],
        directions: { pekerja_informal: 'higher', pasar: 'higher' },
      },
      withoutRow: 1,
    });
  });

  it('reads tab-separated text, as Excel saves "Unicode text"', () => {
    const result = readFactorFile('kode\tbpu\r\n21.71.06.1003\t7\r\n', 'bpu.txt', KNOWN);
    expect(result.ok && result.factors.rows).toEqual([['21.71.06.1003', [7]]]);
  });

  it('rejects the whole file, naming every bad row and field with its value', () => {
    const result = readFactorFile('kode,bpu\n21.71.06.1001,12\n21.71.06.9999,3\n21.71.06.1002,banyak\n21.71.06.1001,4\n', 'x.csv', KNOWN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ row, field, code, value }) => ({ row, field, code, value }))).toEqual([
      { row: 2, field: 'kode', code: 'attributes.unknownKode', value: '21.71.06.9999' },
      { row: 3, field: 'bpu', code: 'attributes.notANumber', value: 'banyak' },
      { row: 4, field: 'kode', code: 'attributes.duplicateKode', value: '21.71.06.1001' },
    ]);
  });

  it('says what is missing from a file that has no factors to rank by', () => {
    const codes = (text: string) => {
      const result = readFactorFile(text, 'x.csv', KNOWN);
      return result.ok ? [] : result.errors.map((error) => error.code);
    };
    expect(codes('nama,bpu\nSadai,3\n')).toEqual(['attributes.missingKodeColumn']);
    expect(codes('kode\n21.71.06.1001\n')).toEqual(['attributes.noFactorColumns']);
    expect(codes('kode,bpu\n')).toEqual(['attributes.noRows']);
    expect(codes('PK\u0003\u0004\u0000\u0000workbook')).toEqual(['attributes.notCsv']);
  });
});

describe('extra factors in the ranking', () => {
  const context: RankingContext = {
    kodes: [...KNOWN],
    areaKm2: Float64Array.of(1, 1, 1),
    onMainIsland: Uint8Array.of(1, 1, 1),
    borderOffsets: Int32Array.of(0, 0, 0, 0),
    borderNeighbors: new Int32Array(0),
    borderMeters: new Float64Array(0),
    boundaries: projectBoundaries([...KNOWN].map((kode, position) => squareKelurahan(kode, 104 + position * 0.01, 1.1))),
  };

  it('ranks by a loaded column in the chosen direction', () => {
    const result = readFactorFile('kode,bpu\n21.71.06.1002,900\n21.71.06.1003,100\n', 'bpu.csv', KNOWN);
    if (!result.ok) throw new Error('expected a valid file');
    const rank = (direction: 'higher' | 'lower') => rankCandidates(context, {
      covered: new Set(), weights: { frontier: 0, distance: 0, area: 0, mainIsland: 0, [attributeKey('bpu')]: 1 },
      attributes: attributeTableOf(result.factors), attributeDirections: { bpu: direction },
    }).map((candidate) => candidate.kode);
    // Min–max scores: the best known value scores 1; the worst and the unknown (no row) score 0.
    expect(rank('higher')[0]).toBe('21.71.06.1002');
    expect(rank('lower')[0]).toBe('21.71.06.1003');
  });

  it('gives new columns a weight and drops the weights of a replaced file', () => {
    const first = { fileName: 'a.csv', columns: ['bpu'], rows: [], directions: { bpu: 'higher' as const } };
    const second = { fileName: 'b.csv', columns: ['pasar'], rows: [], directions: { pasar: 'lower' as const } };
    const withFirst = weightsWithFactors({ frontier: 3 }, undefined, first);
    expect(withFirst).toEqual({ frontier: 3, 'attribute:bpu': 1 });
    expect(weightsWithFactors({ ...withFirst, 'attribute:bpu': 4 }, first, second)).toEqual({ frontier: 3, 'attribute:pasar': 1 });
    expect(weightsWithFactors(withFirst, first, undefined)).toEqual({ frontier: 3 });
  });

  it('accepts only well-formed stored factors', () => {
    const stored = { fileName: 'a.csv', columns: ['bpu'], rows: [['21.71.06.1001', [5]]], directions: { bpu: 'lower' } };
    expect(isExtraFactors(stored)).toBe(true);
    expect(isExtraFactors({ ...stored, rows: [['21.71.06.1001', [5, 6]]] })).toBe(false);
    expect(isExtraFactors({ ...stored, directions: {} })).toBe(false);
    expect(isExtraFactors('a.csv')).toBe(false);
  });
});

describe('factor directions in a link', () => {
  const factors: ExtraFactors = { fileName: 'f.csv', columns: ['bpu', 'jarak', 'pasar'], rows: [], directions: { bpu: 'higher', jarak: 'lower', pasar: 'lower' } };

  it('takes the link\'s direction for each column the link weighs, and keeps the file\'s for the others', () => {
    const linked = withLinkDirections(factors, { frontier: 3, [attributeKey('bpu')]: 2, [attributeKey('jarak')]: 1 }, ['bpu']);
    expect(linked?.directions).toEqual({ bpu: 'lower', jarak: 'higher', pasar: 'lower' });
    expect(factors.directions.bpu).toBe('higher'); // the stored file is not changed
  });

  it('returns the same factors when the link agrees, has no weights, or there is no file', () => {
    expect(withLinkDirections(factors, { [attributeKey('jarak')]: 1 }, ['jarak'])).toBe(factors);
    expect(withLinkDirections(factors, undefined, ['bpu'])).toBe(factors);
    expect(withLinkDirections(undefined, { frontier: 1 }, ['bpu'])).toBeUndefined();
  });

  it('lists the lower-is-better columns for the link, or nothing', () => {
    expect(lowerColumns(factors)).toEqual(['jarak', 'pasar']);
    expect(lowerColumns({ ...factors, directions: { bpu: 'higher', jarak: 'higher', pasar: 'higher' } })).toBeUndefined();
    expect(lowerColumns(undefined)).toBeUndefined();
  });
});
