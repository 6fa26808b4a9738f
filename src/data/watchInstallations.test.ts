import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIndexedDbStore, type IndexedDbStore } from './indexedDbStore';
import type { Installation } from '../domain/installation';
import type { InstallationStore } from './store';
import { sampleInput } from './storeContract';
import { watchInstallations, type InstallationsSnapshot } from './watchInstallations';

function recorder() {
  const snapshots: InstallationsSnapshot[] = [];
  const next = async (count: number) => {
    for (let waited = 0; snapshots.length < count; waited += 5) {
      if (waited > 2000) throw new Error(`only ${snapshots.length} snapshot(s)`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return snapshots[count - 1]!;
  };
  return { snapshots, push: (snapshot: InstallationsSnapshot) => snapshots.push(snapshot), next };
}

describe('watchInstallations', () => {
  let store: IndexedDbStore;
  beforeEach(() => {
    store = createIndexedDbStore({ databaseName: 'watch', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange } });
  });
  afterEach(() => store.close());

  it('reports the rows, then every change, and keeps the array when nothing changed', async () => {
    const seen = recorder();
    const stop = watchInstallations(store, seen.push);
    expect((await seen.next(1)).status).toBe('ready');
    const created = await store.create(sampleInput());
    const afterCreate = await seen.next(2);
    expect(afterCreate.installations).toEqual([created]);
    // A notification without a change (e.g. an empty remove in another tab) publishes nothing.
    await store.restore([]);
    await store.remove(['unknown']);
    await store.restore([created]); // same row, same updatedAt: nothing new to show
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.snapshots).toHaveLength(2);
    stop();
    await store.create(sampleInput());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.snapshots).toHaveLength(2);
  });

  it('lets only the latest of overlapping reads publish', async () => {
    const older: Installation[] = [];
    let resolveSlow: (rows: Installation[]) => void = () => undefined;
    let calls = 0;
    let notify: () => void = () => undefined;
    const created = await store.create(sampleInput());
    const slowStore: InstallationStore = {
      ...store,
      // First read is slow and stale; the second (after a change) is fast and current.
      list: () => ((calls += 1) === 1 ? new Promise<Installation[]>((resolve) => (resolveSlow = resolve)) : store.list()),
      subscribe: (listener) => ((notify = listener), () => undefined),
    };
    const seen = recorder();
    watchInstallations(slowStore, seen.push);
    notify();
    expect((await seen.next(1)).installations).toEqual([created]);
    resolveSlow(older);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.snapshots).toHaveLength(1);
  });

  it('reports a failed read with its message and keeps the last good rows', async () => {
    const created = await store.create(sampleInput());
    let fail = false;
    let notify: () => void = () => undefined;
    const flaky: InstallationStore = {
      ...store,
      list: () => (fail ? Promise.reject(new Error('IndexedDB is disabled')) : store.list()),
      subscribe: (listener) => ((notify = listener), () => undefined),
    };
    const seen = recorder();
    watchInstallations(flaky, seen.push);
    await seen.next(1);
    fail = true;
    notify();
    expect(await seen.next(2)).toEqual({ status: 'error', installations: [created], error: 'IndexedDB is disabled' });
  });
});
