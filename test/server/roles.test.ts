import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, CALLERS, QUICK_DATABASE, sampleInput, signedInCallers, signIn, type Caller } from './authSupport';
import { openTestDatabase, type TestDatabase } from './harness';

// Every endpoint × every role (and no session) against the status it must answer.
// A row's `prepare` makes what the request needs (a fresh installation, a fresh
// session) so each call runs on its own state.

type Expected = Record<Caller, number>;
const open = (ok: number): Expected => ({ none: ok, viewer: ok, editor: ok, admin: ok });
const signedIn = (ok: number): Expected => ({ none: 401, viewer: ok, editor: ok, admin: ok });
const staff = (ok: number): Expected => ({ none: 401, viewer: 403, editor: ok, admin: ok });
const adminOnly = (ok: number): Expected => ({ none: 401, viewer: 403, editor: 403, admin: ok });

interface Context {
  app: FastifyInstance;
  /** A live installation's id, made by an editor. */
  fresh(): Promise<string>;
  /** A deleted installation: its id and the row as delete answered it. */
  deleted(): Promise<{ id: string; row: unknown }>;
  cookies: Record<Caller, string | undefined>;
  caller: Caller;
}
interface Case {
  method: string;
  path: string;
  expected: Expected;
  prepare?: (context: Context) => Promise<{ url?: string; payload?: unknown; cookie?: string | undefined }>;
}

let counter = 0;
const CASES: Case[] = [
  { method: 'GET', path: '/api/health', expected: open(200) },
  { method: 'GET', path: '/api/session', expected: signedIn(200) },
  {
    method: 'DELETE', path: '/api/session', expected: signedIn(204),
    // Sign out a second session of the same user, so the others stay signed in.
    prepare: async ({ app, caller }) => (caller === 'none' ? {} : { cookie: await signIn(app, `matrix-${caller}`) }),
  },
  { method: 'GET', path: '/api/installations', expected: signedIn(200) },
  { method: 'GET', path: '/api/installations?since=0', expected: signedIn(200) },
  { method: 'GET', path: '/api/installations/:id', expected: signedIn(200), prepare: async ({ fresh }) => ({ url: `/api/installations/${await fresh()}` }) },
  { method: 'GET', path: '/api/installations/:id/history', expected: signedIn(200), prepare: async ({ fresh }) => ({ url: `/api/installations/${await fresh()}/history` }) },
  { method: 'POST', path: '/api/installations', expected: staff(201), prepare: async () => ({ payload: sampleInput() }) },
  { method: 'PATCH', path: '/api/installations/:id', expected: staff(200), prepare: async ({ fresh }) => ({ url: `/api/installations/${await fresh()}`, payload: { notes: 'patched' } }) },
  { method: 'POST', path: '/api/installations/delete', expected: staff(200), prepare: async ({ fresh }) => ({ payload: { ids: [await fresh()] } }) },
  { method: 'POST', path: '/api/installations/restore', expected: staff(200), prepare: async ({ deleted }) => ({ payload: { items: [(await deleted()).row] } }) },
  { method: 'POST', path: '/api/installations/:id/restore', expected: staff(200), prepare: async ({ deleted }) => ({ url: `/api/installations/${(await deleted()).id}/restore` }) },
  { method: 'POST', path: '/api/installations/import', expected: staff(201), prepare: async () => ({ payload: { items: [sampleInput('imported')] } }) },
  // Allowed, but this backend holds rows: 409 (not 403) shows the role passed.
  { method: 'POST', path: '/api/installations/seed', expected: staff(409), prepare: async () => ({ payload: { items: [sampleInput()] } }) },
  { method: 'GET', path: '/api/coverage?asOf=2026-10-31', expected: signedIn(200) },
  { method: 'GET', path: '/api/settings', expected: signedIn(200) },
  { method: 'PUT', path: '/api/settings', expected: adminOnly(200), prepare: async () => ({ payload: {} }) },
  { method: 'GET', path: '/api/users', expected: adminOnly(200) },
  { method: 'POST', path: '/api/users', expected: adminOnly(201), prepare: async () => ({ payload: { username: `made-${++counter}`, role: 'viewer' } }) },
  { method: 'PATCH', path: '/api/users/:username', expected: adminOnly(200), prepare: async () => ({ url: '/api/users/matrix-target', payload: { role: 'viewer' } }) },
  { method: 'POST', path: '/api/users/:username/password', expected: adminOnly(200), prepare: async () => ({ url: '/api/users/matrix-target/password' }) },
  { method: 'GET', path: '/api/tokens', expected: adminOnly(200) },
  { method: 'POST', path: '/api/tokens', expected: adminOnly(201), prepare: async () => ({ payload: { name: `script ${++counter}`, role: 'editor' } }) },
  {
    method: 'DELETE', path: '/api/tokens/:id', expected: adminOnly(204),
    prepare: async ({ app, cookies }) => {
      const made = await call(app, 'POST', '/api/tokens', { cookie: cookies.admin, payload: { name: `to revoke ${++counter}`, role: 'viewer' } });
      return { url: `/api/tokens/${made.json<{ id: string }>().id}` };
    },
  },
  { method: 'GET', path: '/api/no-such-thing', expected: signedIn(404) },
];

describe('roles', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let cookies: Record<Caller, string | undefined>;

  beforeAll(async () => {
    database = await openTestDatabase(QUICK_DATABASE);
    app = await database.app();
    cookies = await signedInCallers(database.db, app, 'matrix');
    await call(app, 'POST', '/api/users', { cookie: cookies.admin, payload: { username: 'matrix-target', role: 'editor' } });
  }, 600_000);
  afterAll(() => database?.close());

  const fresh = async () => (await call(app, 'POST', '/api/installations', { cookie: cookies.editor, payload: sampleInput() })).json<{ id: string }>().id;
  const deleted = async () => {
    const id = await fresh();
    const answer = await call(app, 'POST', '/api/installations/delete', { cookie: cookies.editor, payload: { ids: [id] } });
    return { id, row: answer.json<{ deleted: unknown[] }>().deleted[0] };
  };

  test.each(CASES.flatMap((entry) => CALLERS.map((caller) => [entry.method, entry.path, caller, entry.expected[caller], entry] as const)))(
    '%s %s as %s → %i',
    async (method, path, caller, expected, entry) => {
      const prepared = entry.prepare ? await entry.prepare({ app, fresh, deleted, cookies, caller }) : {};
      const cookie = 'cookie' in prepared ? prepared.cookie : cookies[caller];
      const response = await call(app, method, prepared.url ?? path, { cookie, payload: prepared.payload });
      expect(response.statusCode, response.body).toBe(expected);
    },
  );

  test('the event stream turns away a caller without a session, and serves every role', async () => {
    expect((await call(app, 'GET', '/api/events')).statusCode).toBe(401);
    const address = await app.listen({ port: 4313, host: '127.0.0.1' });
    try {
      for (const role of ['viewer', 'editor', 'admin'] as const) {
        const abort = new AbortController();
        const response = await fetch(`${address}/api/events`, { headers: { cookie: cookies[role]! }, signal: abort.signal });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/event-stream');
        abort.abort();
      }
    } finally {
      await app.close();
    }
  });
});
