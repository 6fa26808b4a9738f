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
    const store = createIndexedDbStore({ databaseName, dexieOptions, now });
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

  it('lets only one of two tabs seed when both start at once', async () => {
    const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
    const tabs = [createIndexedDbStore({ databaseName: 'race', dexieOptions }), createIndexedDbStore({ databaseName: 'race', dexieOptions })];
    const results = await Promise.all(tabs.map((tab) => tab.seedIfPristine([sampleInput({ source: 'demo' }), sampleInput({ source: 'demo' })])));
    expect(results.filter((result) => result?.ok)).toHaveLength(1);
    expect(await tabs[0]!.list()).toHaveLength(2);
    tabs.forEach((tab) => tab.close());
  });
});
