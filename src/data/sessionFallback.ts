import { deferStore } from './deferredStore';
import type { InstallationStore } from './store';

/**
 * Where the installations are kept: on this device (`device`: IndexedDB, or the backend),
 * or, when the browser gives the page no storage (storage blocked by a setting or a policy,
 * some private windows), only for this tab's life (`session`), `reason` saying why; `none`
 * when not even that could be opened (every call then fails with the reason).
 */
export type StorePersistence = { kind: 'device' } | { kind: 'session' | 'none'; reason: string };

export type ResilientStore = InstallationStore & {
  /** Settles once the store is open: whether what is saved outlives the tab. */
  readonly persistence: Promise<StorePersistence>;
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The store `open` makes, or, when it cannot be opened (its first read fails), the one
 * `openSession` makes: the app keeps working, and says that nothing outlives the tab.
 * Every call waits for that choice, which the first read makes (~ms).
 */
export function withSessionFallback(open: () => InstallationStore, openSession: () => Promise<InstallationStore>): ResilientStore {
  const chosen = (async (): Promise<{ store: InstallationStore; persistence: StorePersistence }> => {
    try {
      const store = open();
      await store.get('storage-probe');
      return { store, persistence: { kind: 'device' } };
    } catch (error) {
      return { store: await openSession(), persistence: { kind: 'session', reason: reasonOf(error) } };
    }
  })();
  return {
    ...deferStore(chosen.then(({ store }) => store)),
    persistence: chosen.then(({ persistence }) => persistence, (error: unknown) => ({ kind: 'none', reason: reasonOf(error) })),
  };
}
