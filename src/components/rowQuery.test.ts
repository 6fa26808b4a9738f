import { describe, expect, it } from 'vitest';
import { cellMatcher, queryRows, type Accessors } from './rowQuery';

interface Row { name: string; count?: number }
const rows: Row[] = [
  { name: 'Sadai', count: 3 },
  { name: 'Batu Selicin', count: 12 },
  { name: 'Tanjung Uma' },
  { name: 'Batu Merah', count: 0 },
];
const accessors: Accessors<Row> = { name: (row) => row.name, count: (row) => row.count };
const names = (result: Row[]) => result.map((row) => row.name);
const search = (row: Row) => row.name.toLowerCase();

describe('queryRows', () => {
  it('searches case-insensitively', () => {
    expect(names(queryRows(rows, { search: 'BATU', columnFilters: {} }, accessors, search))).toEqual(['Batu Selicin', 'Batu Merah']);
  });

  it('applies per-column substring and numeric filters together', () => {
    expect(names(queryRows(rows, { search: '', columnFilters: { count: '>=3' } }, accessors, search))).toEqual(['Sadai', 'Batu Selicin']);
    expect(names(queryRows(rows, { search: '', columnFilters: { count: '<1', name: 'merah' } }, accessors, search))).toEqual(['Batu Merah']);
  });

  it('ignores filters on unknown columns and blank filters', () => {
    expect(queryRows(rows, { search: ' ', columnFilters: { nope: 'x', name: '  ' } }, accessors, search)).toHaveLength(4);
  });

  it('sorts numbers numerically and keeps empty cells last in both directions', () => {
    expect(names(queryRows(rows, { search: '', columnFilters: {}, sort: { column: 'count', descending: false } }, accessors, search)))
      .toEqual(['Batu Merah', 'Sadai', 'Batu Selicin', 'Tanjung Uma']);
    expect(names(queryRows(rows, { search: '', columnFilters: {}, sort: { column: 'count', descending: true } }, accessors, search)))
      .toEqual(['Batu Selicin', 'Sadai', 'Batu Merah', 'Tanjung Uma']);
  });

  it('filters and searches what a column shows, and still sorts by its value', () => {
    const shown: Accessors<Row> = { count: (row) => (row.count === undefined ? undefined : `${row.count} pcs`) };
    const query = (text: string, columnFilters: Record<string, string>) =>
      names(queryRows(rows, { search: text, columnFilters, sort: { column: 'count', descending: false } }, accessors, search, shown));
    expect(query('', { count: 'pcs' })).toEqual(['Batu Merah', 'Sadai', 'Batu Selicin']);
    expect(query('12 pcs', {})).toEqual(['Batu Selicin']);
    // A comparison reads the shown value too: here a string, so it matches nothing.
    expect(query('', { count: '>1' })).toEqual([]);
  });

  it('does not modify the input', () => {
    const copy = [...rows];
    queryRows(rows, { search: '', columnFilters: {}, sort: { column: 'name', descending: true } }, accessors, search);
    expect(rows).toEqual(copy);
  });
});

describe('cellMatcher', () => {
  it('understands comparisons with an Indonesian decimal comma', () => {
    expect(cellMatcher('> 2,5')(3)).toBe(true);
    expect(cellMatcher('> 2,5')(2)).toBe(false);
    expect(cellMatcher('=0')(0)).toBe(true);
    expect(cellMatcher('>1')('5')).toBe(false);
  });
});
