import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexedDbStore, type IndexedDbStore } from './indexedDbStore';
import { defineStoreContract, sampleInput } from './storeContract';

let databaseCount = 0;

defineStoreContract('IndexedDB (Dexie on fake-indexeddb)', ({ now }) => {
  // A fresh factory per test is a fresh, empty "browser profile"; stores opened on it share data like tabs.
  const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
  const databaseName = `cakupan-test-${(databaseCount += 1)}`;
  const opened: IndexedDbStore[] = [];
  const open = () => {
    // Pages and write steps of 2 rows: every contract test with more than one row also runs the paged read and the stepped writes.
    const store = createIndexedDbStore({ databaseName, dexieOptions, now, listPageSize: 2, writeChunkSize: 2 });
    opened.push(store);
    return store;
  };
  return { store: open(), openTab: open, dispose: () => opened.forEach((store) => store.close()) };
});

describe('IndexedDB store persistence', () => {
  it('keeps data after the database is closed and reopened (a reload)', async () => {
    const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
    const first = createIndexedDbStore({ databaseName: 'reload', dexieOptions });
    const created = await first.create(sampleInput());
    await first.seedIfPristine([sampleInput()]);
    first.close();
    const reopened = createIndexedDbStore({ databaseName: 'reload', dexieOptions });
    expect(await reopened.list()).toEqual([created]);
    reopened.close();
  });

  it('lists every row, in order, when the read takes several pages (sizes around the page boundary)', async () => {
    for (const count of [0, 2, 3, 4, 7]) {
      const store = createIndexedDbStore({ databaseName: `pages-${count}`, dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange }, listPageSize: 2 });
      // Dates in reverse of creation: the listed order must be by installedAt, not by id or insertion.
      const inputs = Array.from({ length: count }, (_, index) => sampleInput({ installedAt: `2026-0${9 - index}-01` }));
      const result = await store.bulkImport(inputs);
      const listed = await store.list();
      expect(listed.map((row) => row.installedAt)).toEqual(inputs.map((input) => input.installedAt).reverse());
      expect(new Set(listed.map((row) => row.id)).size).toBe(count);
      if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
      expect(listed.map((row) => row.id).sort()).toEqual(result.created.map((row) => row.id).sort());
      store.close();
    }
  });

  it('lets only one of two tabs seed when both start at once', async () => {
    const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
    const tabs = [createIndexedDbStore({ databaseName: 'race', dexieOptions }), createIndexedDbStore({ databaseName: 'race', dexieOptions })];
    const results = await Promise.all(tabs.map((tab) => tab.seedIfPristine([sampleInput({ source: 'demo' }), sampleInput({ source: 'demo' })])));
    expect(results.filter((result) => result?.ok)).toHaveLength(1);
    expect(await tabs[0]!.list()).toHaveLength(2);
    tabs.forEach((tab) => tab.close());
  });
});

describe('IndexedDB store writes in steps', () => {
  const open = (name: string, options: { newId?: () => string } = {}) =>
    createIndexedDbStore({ databaseName: name, dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange }, writeChunkSize: 2, ...options });

  /** Seven rows, one a month from January: listed in the order they were imported. */
  const importSeven = async (store: IndexedDbStore) => {
    const result = await store.bulkImport(Array.from({ length: 7 }, (_, index) => sampleInput({ installedAt: `2026-0${index + 1}-01` })));
    if (!result.ok) throw new Error('import failed');
    return result.created;
  };

  it('names a bad row by its place in the whole import, not in its step, and saves none', async () => {
    const store = open('steps-invalid');
    const inputs = Array.from({ length: 7 }, () => sampleInput());
    inputs[5] = sampleInput({ installedAt: '2026-02-31' });
    const result = await store.bulkImport(inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.row)).toEqual([6]);
    expect(await store.list()).toEqual([]);
    store.close();
  });

  it('saves all steps or none: a step refused by IndexedDB undoes the steps before it', async () => {
    // The first id is the import's own, then one per row; the sixth row repeats the second row's id.
    const ids = ['import', 'r1', 'r2', 'r3', 'r4', 'r5', 'r2', 'r7'];
    let calls = 0;
    const store = open('steps-atomic', { newId: () => ids[calls++] ?? `extra-${calls}` });
    const before = await store.create(sampleInput({ notes: 'saved before' }));
    await expect(store.bulkImport(Array.from({ length: 7 }, () => sampleInput()))).rejects.toThrow();
    expect(await store.list()).toEqual([before]);
    store.close();
  });

  it('removes every row at once (all data deleted), reporting each, and puts them all back', async () => {
    const store = open('steps-remove-all');
    const created = await importSeven(store);
    const ids = created.map((row) => row.id);
    // With an id that is not there: still every row, and only those reported.
    const removed = await store.remove(['not-there', ...ids]);
    expect(removed.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(await store.list()).toEqual([]);
    await store.restore(removed);
    expect(await store.list()).toEqual(created);
    // As many ids as rows, but one row not among them: that row stays.
    const kept = await store.remove([...ids.slice(1), 'not-there']);
    expect(kept.map((row) => row.id).sort()).toEqual(ids.slice(1).sort());
    expect((await store.list()).map((row) => row.id)).toEqual([ids[0]]);
    store.close();
  });

  it('tells the share done after each step of an import, a delete and a restore (the progress bars)', async () => {
    const store = open('steps-progress');
    const shares: number[] = [];
    const tell = (share: number) => shares.push(share);
    const result = await store.bulkImport(Array.from({ length: 7 }, () => sampleInput()), tell);
    expect(shares).toEqual([2 / 7, 4 / 7, 6 / 7, 1]);
    if (!result.ok) throw new Error('import failed');
    const ids = result.created.map((row) => row.id);
    shares.length = 0;
    const removed = await store.remove([...ids.slice(0, 5), 'not-there'], tell);
    expect(shares).toEqual([2 / 6, 4 / 6, 1]);
    shares.length = 0;
    await store.restore(removed, tell);
    expect(shares).toEqual([2 / 5, 4 / 5, 1]);
    store.close();
  });

  it('tells the share read while deleting every row (the delete itself is one request)', async () => {
    const store = createIndexedDbStore({ databaseName: 'steps-progress-all', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange }, writeChunkSize: 2, listPageSize: 3 });
    const ids = (await importSeven(store)).map((row) => row.id);
    const shares: number[] = [];
    await store.remove(ids, (share) => shares.push(share));
    expect(shares).toEqual([3 / 7, 6 / 7, 1]);
    expect(await store.list()).toEqual([]);
    store.close();
  });

  it('removes and restores rows over several steps, and reports only the ones it found', async () => {
    const store = open('steps-remove');
    const created = await importSeven(store);
    const ids = created.map((row) => row.id);
    const removed = await store.remove([...ids.slice(0, 5), 'not-there']);
    expect(removed.map((row) => row.id).sort()).toEqual(ids.slice(0, 5).sort());
    expect((await store.list()).map((row) => row.id).sort()).toEqual(ids.slice(5).sort());
    await store.restore(removed);
    // Every row back as it was (listed by installation date, the order they were imported in).
    expect(await store.list()).toEqual(created);
    store.close();
  });
});
