import { z } from 'zod';
import { deferStore } from './deferredStore';
import { detectServer } from './detectServer';
import { createIndexedDbStore } from './indexedDbStore';
import { openLocalCopy, type LocalCopy } from './localCopy';
import type { ServerConnection } from './serverConnection';
import { withSessionFallback, type ResilientStore, type StorePersistence } from './sessionFallback';
import type { InstallationStore } from './store';
import { createSyncedStore } from './syncedStore';

/** Where the MSW handlers listen in mock mode (see src/mocks/handlers.ts). */
export const MOCK_API_BASE_URL = '/api';

const baseUrlSchema = z
  .string()
  .trim()
  .refine((value) => value.startsWith('/') || /^https?:\/\/[^/]/.test(value), {
    message: 'VITE_API_BASE_URL must be an http(s) URL or a path starting with "/"',
  });

const envSchema = z.object({
  // An empty value in .env means "not set".
  VITE_API_BASE_URL: z.preprocess((value) => (value === '' ? undefined : value), baseUrlSchema.optional()),
  VITE_API_MOCK: z.enum(['true', 'false', '']).optional(),
});

export type StoreConfig = { kind: 'indexedDb' } | { kind: 'http'; baseUrl: string; mock: boolean };

/** Reads the store choice from env, failing at startup with the variable named rather than on the first request. */
export function storeConfigFromEnv(env: Record<string, unknown>): StoreConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const { VITE_API_BASE_URL: baseUrl, VITE_API_MOCK: mock } = result.data;
  if (mock === 'true') return { kind: 'http', baseUrl: MOCK_API_BASE_URL, mock: true };
  if (baseUrl) return { kind: 'http', baseUrl, mock: false };
  return { kind: 'indexedDb' };
}

/**
 * The IndexedDB store, or where the browser gives the page no IndexedDB, the same store on
 * an in-memory IndexedDB (fake-indexeddb, loaded only then) that lasts as long as the tab.
 */
function createBrowserStore(): ResilientStore {
  return withSessionFallback(createIndexedDbStore, async () => {
    const dexieOptions = await inMemoryDexieOptions();
    const { indexedDB } = dexieOptions;
    // Dexie compares the factory it is given with the page's own `indexedDB` (a Safari 14
    // workaround); where merely reading that throws (storage blocked), the in-memory one takes its place.
    try {
      void globalThis.indexedDB;
    } catch {
      Object.defineProperty(globalThis, 'indexedDB', { value: indexedDB, configurable: true });
    }
    return createIndexedDbStore({ dexieOptions });
  });
}

/** An IndexedDB database on fake-indexeddb, in this tab's memory (loaded only when needed). */
async function inMemoryDexieOptions() {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/**
 * This browser's copy of the server's installations, or where the browser gives the page no
 * IndexedDB (or in mock mode, whose server lives in the page), a copy in the tab's memory:
 * only a cache of the server, so nothing is lost with it.
 */
async function openCopy(databaseName: string, inMemory: boolean): Promise<LocalCopy> {
  if (!inMemory) {
    const copy = openLocalCopy({ databaseName });
    try {
      await copy.cursor();
      return copy;
    } catch {
      copy.close();
    }
  }
  return openLocalCopy({ databaseName, dexieOptions: await inMemoryDexieOptions() });
}

type AppStore = InstallationStore & {
  persistence?: Promise<StorePersistence>;
  /** On a server: whether it can be reached (the page says so when not). */
  connection?: Promise<ServerConnection | undefined>;
};

/** The app on a server (docs/api.md, "The app on the server"): a local copy kept current by sync. */
function createServerStore(baseUrl: string, inMemoryCopy: boolean): AppStore {
  const databaseName = `cakupan-server ${baseUrl}`;
  const synced = openCopy(databaseName, inMemoryCopy).then((copy) =>
    createSyncedStore({ baseUrl, copy, channelName: `${databaseName}:installations` }));
  return { ...deferStore(synced), connection: synced.then((store) => store.connection) };
}

export function createStore(config: StoreConfig = storeConfigFromEnv(import.meta.env as unknown as Record<string, unknown>)): AppStore {
  return config.kind === 'http' ? createServerStore(config.baseUrl, config.mock) : createBrowserStore();
}

/** The API path beside the app: where the Cakupan server answers when it serves the page. */
function apiPathBesideApp(): string {
  return `${String(import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '')}${MOCK_API_BASE_URL}`;
}

function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The env's choice, or without one, the server when the page is served by it (`GET /api/health`
 * answers; see detectServer.ts), else this browser alone (IndexedDB), as a static build.
 */
function createAppStore(): AppStore {
  const config = storeConfigFromEnv(import.meta.env as unknown as Record<string, unknown>);
  if (config.kind === 'http') return createStore(config);
  const apiPath = apiPathBesideApp();
  const chosen = detectServer(apiPath, { storage: pageStorage() }).then(({ server }): AppStore =>
    server ? createServerStore(apiPath, false) : createBrowserStore());
  return {
    ...deferStore(chosen),
    persistence: chosen.then((store) => store.persistence ?? { kind: 'device' }),
    connection: chosen.then((store) => store.connection),
  };
}

/** Where the app's server answers (its session, its API), when the app runs on one. */
export function defaultApiPath(): string {
  const config = storeConfigFromEnv(import.meta.env as unknown as Record<string, unknown>);
  return config.kind === 'http' ? config.baseUrl : apiPathBesideApp();
}

let defaultStore: AppStore | undefined;

/** The app's one store, created on first use (IndexedDB opens lazily, so importing this costs nothing). */
export function getDefaultStore(): InstallationStore {
  defaultStore ??= createAppStore();
  return defaultStore;
}

/** Whether the app's store keeps installations on this device, or only for this tab (see `withSessionFallback`). */
export function getDefaultStorePersistence(): Promise<StorePersistence> {
  defaultStore ??= createAppStore();
  return defaultStore.persistence ?? Promise.resolve({ kind: 'device' });
}

/** The app's server connection, `undefined` when the app runs on this browser alone. */
export function getDefaultStoreConnection(): Promise<ServerConnection | undefined> {
  defaultStore ??= createAppStore();
  return defaultStore.connection ?? Promise.resolve(undefined);
}
