import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createIndexedDbStore } from './indexedDbStore';
import { withSessionFallback } from './sessionFallback';
import { sampleInput } from './storeContract';

const memory = () => createIndexedDbStore({ databaseName: 'session', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange } });
/** A browser that gives the page no IndexedDB: Dexie then fails on first use. */
const blocked = () => createIndexedDbStore({ databaseName: 'blocked', dexieOptions: { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange } });

describe('withSessionFallback', () => {
  it('keeps the device store when it opens, and never makes the session one', async () => {
    const device = createIndexedDbStore({ databaseName: 'device', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange } });
    const openSession = vi.fn(() => Promise.resolve(memory()));
    const store = withSessionFallback(() => device, openSession);
    const created = await store.create(sampleInput());
    expect(await store.persistence).toEqual({ kind: 'device' });
    expect(await device.list()).toEqual([created]);
    expect(openSession).not.toHaveBeenCalled();
  });

  it('works on in the session store when the device store cannot be opened, saying why', async () => {
    const store = withSessionFallback(blocked, () => Promise.resolve(memory()));
    const heard = vi.fn();
    // Subscribed before the choice is made: the listener still hears the changes.
    const unsubscribe = store.subscribe(heard);
    const persistence = await store.persistence;
    expect(persistence.kind).toBe('session');
    expect(persistence.kind === 'session' && persistence.reason).toMatch(/IndexedDB/i);
    const result = await store.bulkImport([sampleInput(), sampleInput({ installedAt: '2026-02-01' })]);
    expect(result.ok).toBe(true);
    expect(await store.list()).toHaveLength(2);
    expect(heard).toHaveBeenCalled();
    unsubscribe();
    heard.mockClear();
    await store.create(sampleInput());
    expect(heard).not.toHaveBeenCalled();
  });

  it('fails every call with the reason when not even the session store opens, and says none', async () => {
    const store = withSessionFallback(
      () => {
        throw new Error('no IndexedDB');
      },
      () => Promise.reject(new Error('the in-memory store did not load')),
    );
    const unsubscribe = store.subscribe(() => undefined);
    expect(await store.persistence).toEqual({ kind: 'none', reason: 'the in-memory store did not load' });
    await expect(store.list()).rejects.toThrow('the in-memory store did not load');
    unsubscribe();
  });
});
