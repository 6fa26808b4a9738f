import { createChangeFeed } from './changeFeed';
import { newClientId } from './clientId';
import { createHttpStore } from './httpStore';
import type { LocalCopy } from './localCopy';
import { createServerConnection, type Backoff, type ServerConnection } from './serverConnection';
import { eventSourceEvents, type OpenEvents } from './serverEvents';
import type { InstallationStore } from './store';
import { createSyncEngine } from './syncEngine';

export interface SyncedStoreOptions {
  /** Where the API is, e.g. `/api` (docs/api.md "Base URL"). */
  baseUrl: string;
  /** This browser's copy (localCopy.ts); the store closes it. */
  copy: LocalCopy;
  /** Names the channel that tells the origin's other tabs that the copy changed. */
  channelName: string;
  fetch?: typeof fetch;
  /** Default: the browser's EventSource on `<baseUrl>/events`; absent in Node. */
  openEvents?: OpenEvents;
  newId?: () => string;
  /** Waits before resending a write that got no answer (default 0.5 s, 1 s, 2 s). */
  retryDelaysMs?: readonly number[];
  backoff?: Backoff;
  pageSize?: number;
}

export type SyncedStore = InstallationStore & {
  connection: ServerConnection;
  close(): void;
};

/**
 * The app on a server: reads come from this browser's copy at once (no waiting for the network
 * once it has synced), the copy is kept current by incremental sync on every server event, and
 * writes go to the server with client-generated ids (a retry after a lost answer saves nothing
 * twice), then reach the copy through the sync that follows them. Only the first visit waits
 * for the first sync, so it does not show an empty list that fills a moment later.
 */
export function createSyncedStore(options: SyncedStoreOptions): SyncedStore {
  const { copy } = options;
  const http = createHttpStore({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    clientIds: { newId: options.newId ?? newClientId, retryDelaysMs: options.retryDelaysMs ?? [500, 1_000, 2_000] },
  });
  const feed = createChangeFeed(options.channelName);
  const engine = createSyncEngine({
    copy,
    fetchPage: (since, limit) => http.changes(since, limit),
    onChanged: () => feed.publish(),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const connection = createServerConnection({
    engine,
    openEvents: options.openEvents ?? eventSourceEvents(options.baseUrl),
    ...(options.backoff ? { backoff: options.backoff } : {}),
  });

  /** Before reading: on the first visit, the first sync (its failure is the read's). */
  async function ready(): Promise<void> {
    if ((await copy.cursor()) === undefined) await engine.joinSync();
  }

  /**
   * After a write the server accepted (or refused): the copy catches up before the caller goes
   * on, so a list read next shows the write. A failed write may mean the server went away.
   */
  async function written<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      await connection.check();
    }
  }

  return {
    async list() {
      await ready();
      return copy.list();
    },
    async get(id) {
      await ready();
      return copy.get(id);
    },
    create: (input) => written(http.create(input)),
    update: (id, patch, options) => written(http.update(id, patch, options)),
    remove: (ids) => written(http.remove(ids)),
    restore: (installations) => written(http.restore(installations)),
    bulkImport: (inputs) => written(http.bulkImport(inputs)),
    seedIfPristine: (inputs) => written(http.seedIfPristine(inputs)),
    // Settings are one small record: read from the server each time rather than copied.
    getSettings: () => http.getSettings(),
    // The trail is the server's alone (the local copy keeps rows, not their past): read each time.
    history: (id) => http.history(id),
    saveSettings: async (settings) => {
      const saved = await written(http.saveSettings(settings));
      feed.publish();
      return saved;
    },
    subscribe: (listener) => feed.subscribe(listener),
    connection,
    close() {
      connection.close();
      feed.close();
      http.close();
      copy.close();
    },
  };
}
