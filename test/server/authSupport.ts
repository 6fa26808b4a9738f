import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../server/db/types';
import type { Role } from '../../server/auth/roles';
import { createApiToken } from '../../server/auth/tokens';
import { createAccount } from '../../server/auth/users';
import { pgAvailable } from '../support/pgCluster';
import type { DatabaseChoice } from './harness';

// Signed-in callers for server tests: one account per role, a cookie each, and a
// `call` that sends what the app sends (cookie + X-Requested-With).

/** Tests about the HTTP layer run on the quicker database to open (PostgreSQL ~5 s, PGlite minutes on a busy machine). */
export const QUICK_DATABASE: DatabaseChoice = pgAvailable() ? 'postgresql' : 'pglite';

export const PASSWORD = 'correct horse battery';
export type Caller = Role | 'none';
export const CALLERS: Caller[] = ['none', 'viewer', 'editor', 'admin'];

export function cookieFrom(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error(`no cookie (status ${response.statusCode}: ${response.body})`);
  return first.split(';')[0]!;
}

export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { 'x-requested-with': 'XMLHttpRequest' },
    payload: { username, password },
  });
  return cookieFrom(response);
}

/** Accounts `<prefix>-viewer`, `-editor`, `-admin` (password PASSWORD) and their cookies. */
export async function signedInCallers(db: Db, app: FastifyInstance, prefix: string): Promise<Record<Caller, string | undefined>> {
  const cookies: Record<Caller, string | undefined> = { none: undefined, viewer: undefined, editor: undefined, admin: undefined };
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    await createAccount(db, { username: `${prefix}-${role}`, role, password: PASSWORD });
    cookies[role] = await signIn(app, `${prefix}-${role}`);
  }
  return cookies;
}

export interface CallOptions {
  cookie?: string | undefined;
  payload?: unknown;
  headers?: Record<string, string>;
}

export function call(app: FastifyInstance, method: string, url: string, { cookie, payload, headers = {} }: CallOptions = {}) {
  return app.inject({
    method: method as 'GET',
    url,
    headers: { 'x-requested-with': 'XMLHttpRequest', ...(cookie ? { cookie } : {}), ...headers },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

/** A `fetch` that adds a Bearer token: the unchanged HTTP client, signed in as a script would be. */
export function withBearer(fetcher: typeof fetch, token: string): typeof fetch {
  return (input, init) => fetcher(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), authorization: `Bearer ${token}` } });
}

export async function apiToken(db: Db, role: Role = 'editor'): Promise<string> {
  return (await createApiToken(db, { name: `test-${role}`, role }, 'test')).token;
}

export const sampleInput = (notes = '') => ({
  type: 'baliho',
  lat: 1.135712,
  lng: 104.011301,
  installedAt: '2026-04-12',
  status: 'terpasang',
  notes,
  source: 'manual',
});

/** `app.inject` signed in with a Bearer token (a script's way: no cookie, no CSRF header). */
export function injectAs(app: () => FastifyInstance, token: () => string) {
  return (options: string | InjectOptions) => {
    const given: InjectOptions = typeof options === 'string' ? { url: options } : options;
    return app().inject({ ...given, headers: { ...given.headers, authorization: `Bearer ${token()}` } });
  };
}
