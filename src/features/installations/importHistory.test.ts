import { describe, expect, it } from 'vitest';
import { importHistory } from './importHistory';
import { recallImports, recordImport, type ImportRecord } from './importLog';

const MARCH = '2026-03-01T08:00:00.000Z';
const APRIL = '2026-04-02T09:30:00.000Z';

function row(id: string, importId: string | undefined, createdAt = MARCH, updatedAt = createdAt, source: 'import' | 'demo' | 'manual' = 'import') {
  return { id, importId, createdAt, updatedAt, source };
}

function records(...list: ImportRecord[]) {
  return new Map(list.map((record) => [record.importId, record]));
}

describe('importHistory', () => {
  it('lists each import once, newest first, with its file name, time and row count', () => {
    const rows = [row('a1', 'march'), row('b1', 'april', APRIL), row('a2', 'march'), row('m1', undefined, APRIL, APRIL, 'manual'), row('b2', 'april', APRIL)];
    const history = importHistory(rows, records({ importId: 'march', fileName: 'maret.csv', count: 2 }, { importId: 'april', fileName: 'april.xlsx', count: 2 }));
    expect(history.map(({ importId, fileName, importedAt, count, ids, undoable }) => ({ importId, fileName, importedAt, count, ids, undoable }))).toEqual([
      { importId: 'april', fileName: 'april.xlsx', importedAt: APRIL, count: 2, ids: ['b1', 'b2'], undoable: true },
      { importId: 'march', fileName: 'maret.csv', importedAt: MARCH, count: 2, ids: ['a1', 'a2'], undoable: true },
    ]);
  });

  it('takes the earliest createdAt as the time of an import', () => {
    const [entry] = importHistory([row('a1', 'x', APRIL), row('a2', 'x', MARCH)], new Map());
    expect(entry!.importedAt).toBe(MARCH);
  });

  it('shows an import recorded in no log (another browser, a server) without a file name', () => {
    const [entry] = importHistory([row('a1', 'elsewhere')], new Map());
    expect(entry).toMatchObject({ fileName: undefined, count: 1, deleted: 0, undoable: true });
  });

  it('offers no undo once a row was edited since, and counts them', () => {
    const [entry] = importHistory([row('a1', 'x'), row('a2', 'x', MARCH, APRIL), row('a3', 'x', MARCH, APRIL)], records({ importId: 'x', fileName: 'x.csv', count: 3 }));
    expect(entry).toMatchObject({ count: 3, changed: 2, deleted: 0, undoable: false });
  });

  it('offers no undo once a row was deleted since, when the recorded count says so', () => {
    const [entry] = importHistory([row('a1', 'x')], records({ importId: 'x', fileName: 'x.csv', count: 3 }));
    expect(entry).toMatchObject({ count: 1, changed: 0, deleted: 2, undoable: false });
  });

  it('leaves the demo rows out: they are seeded with an importId but are not a user\'s import', () => {
    expect(importHistory([row('d1', 'seed', MARCH, MARCH, 'demo'), row('d2', 'seed', MARCH, MARCH, 'demo')], new Map())).toEqual([]);
  });

  it('is empty when nothing was imported', () => {
    expect(importHistory([row('m1', undefined, MARCH, MARCH, 'manual')], new Map())).toEqual([]);
  });
});

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

describe('importLog', () => {
  it('remembers file names and row counts by importId', () => {
    const storage = memoryStorage();
    recordImport(storage, { importId: 'a', fileName: 'a.csv', count: 4 });
    recordImport(storage, { importId: 'b', fileName: 'b.ods', count: 1 });
    expect([...recallImports(storage).values()]).toEqual([
      { importId: 'a', fileName: 'a.csv', count: 4 },
      { importId: 'b', fileName: 'b.ods', count: 1 },
    ]);
  });

  it('keeps the newest few hundred, dropping the oldest', () => {
    const storage = memoryStorage();
    for (let index = 0; index < 305; index++) recordImport(storage, { importId: `i${index}`, fileName: 'f.csv', count: 1 });
    const recalled = recallImports(storage);
    expect(recalled.size).toBe(300);
    expect(recalled.has('i4')).toBe(false);
    expect(recalled.has('i304')).toBe(true);
  });

  it('reads a hand-edited or broken value as nothing recorded, and survives storage that refuses to write', () => {
    expect(recallImports(memoryStorage({ 'cakupan.imports': '{not json' })).size).toBe(0);
    expect([...recallImports(memoryStorage({ 'cakupan.imports': '[{"importId":"a"},{"importId":"b","fileName":"b.csv","count":2}]' })).keys()]).toEqual(['b']);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => recordImport(full, { importId: 'a', fileName: 'a.csv', count: 1 })).not.toThrow();
    expect(recallImports(undefined).size).toBe(0);
  });
});
