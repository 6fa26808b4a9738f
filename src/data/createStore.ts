import { z } from 'zod';
import { createHttpStore } from './httpStore';
import { createIndexedDbStore } from './indexedDbStore';
import { withSessionFallback, type ResilientStore, type StorePersistence } from './sessionFallback';
import type { InstallationStore } from './store';

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
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const indexedDB = new IDBFactory();
    // Dexie compares the factory it is given with the page's own `indexedDB` (a Safari 14
    // workaround); where merely reading that throws (storage blocked), the in-memory one takes its place.
    try {
      void globalThis.indexedDB;
    } catch {
      Object.defineProperty(globalThis, 'indexedDB', { value: indexedDB, configurable: true });
    }
    return createIndexedDbStore({ dexieOptions: { indexedDB, IDBKeyRange } });
  });
}

export function createStore(config: StoreConfig = storeConfigFromEnv(import.meta.env as unknown as Record<string, unknown>)): InstallationStore & { persistence?: Promise<StorePersistence> } {
  return config.kind === 'http' ? createHttpStore({ baseUrl: config.baseUrl }) : createBrowserStore();
}

let defaultStore: ReturnType<typeof createStore> | undefined;

/** The app's one store, created on first use (IndexedDB opens lazily, so importing this costs nothing). */
export function getDefaultStore(): InstallationStore {
  defaultStore ??= createStore();
  return defaultStore;
}

/** Whether the app's store keeps installations on this device, or only for this tab (see `withSessionFallback`). */
export function getDefaultStorePersistence(): Promise<StorePersistence> {
  defaultStore ??= createStore();
  return defaultStore.persistence ?? Promise.resolve({ kind: 'device' });
}
