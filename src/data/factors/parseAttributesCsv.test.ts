import { describe, expect, it } from 'vitest';
import { parseAttributesCsv } from './parseAttributesCsv';

describe('parseAttributesCsv', () => {
  it('reads numeric columns by kode, with comma decimals and empty cells as null', () => {
    const { table, errors } = parseAttributesCsv('\uFEFFkode, penduduk ,rasio\n21.71.06.1004,12000,"0,5"\n21.71.09.1003,,1.25\n');
    expect(errors).toEqual([]);
    expect(table.columns).toEqual(['penduduk', 'rasio']);
    expect(table.byKode.get('21.71.06.1004')).toEqual({ penduduk: 12000, rasio: 0.5 });
    expect(table.byKode.get('21.71.09.1003')).toEqual({ penduduk: null, rasio: 1.25 });
  });

  it('names the row and field of every problem and leaves bad rows out', () => {
    const { table, errors } = parseAttributesCsv('kode,penduduk\n21.71.06.1004,1.234.567\nBATAM,5\n21.71.06.1004,7\n21.71.99.9999,3\n', new Set(['21.71.06.1004']));
    expect(errors.map((error) => [error.row, error.field, error.code])).toEqual([
      [1, 'penduduk', 'attributes.notANumber'],
      [2, 'kode', 'attributes.invalidKode'],
      [4, 'kode', 'attributes.unknownKode'],
    ]);
    expect([...table.byKode.entries()]).toEqual([['21.71.06.1004', { penduduk: 7 }]]);
  });

  it('reports duplicates and a missing kode column', () => {
    expect(parseAttributesCsv('kode,x\n21.71.06.1004,1\n21.71.06.1004,2\n').errors[0]).toMatchObject({ row: 2, field: 'kode', code: 'attributes.duplicateKode' });
    expect(parseAttributesCsv('id,x\n1,2\n').errors[0]).toMatchObject({ row: 0, field: 'kode', code: 'attributes.missingKodeColumn' });
    expect(parseAttributesCsv('').table.byKode.size).toBe(0);
  });
});
