import { z } from 'zod';
import { createHttpStore } from './httpStore';
import { createIndexedDbStore } from './indexedDbStore';
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

export function createStore(config: StoreConfig = storeConfigFromEnv(import.meta.env as unknown as Record<string, unknown>)): InstallationStore {
  return config.kind === 'http' ? createHttpStore({ baseUrl: config.baseUrl }) : createIndexedDbStore();
}

let defaultStore: InstallationStore | undefined;

/** The app's one store, created on first use (IndexedDB opens lazily, so importing this costs nothing). */
export function getDefaultStore(): InstallationStore {
  defaultStore ??= createStore();
  return defaultStore;
}
