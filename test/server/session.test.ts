import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../server/app';
import { ensureFirstAdmin } from '../../server/auth/firstAdmin';
import { createAccount } from '../../server/auth/users';
import { call, cookieFrom, PASSWORD, QUICK_DATABASE, sampleInput, signIn } from './authSupport';
import { openTestDatabase, type TestDatabase } from './harness';

// Sign-in, sessions, tokens and the attacks the server refuses (docs/api.md "Authentication").

let database: TestDatabase;
let app: FastifyInstance;
let clock = new Date('2026-12-03T03:00:00.000Z');
const now = () => clock;

beforeAll(async () => {
  database = await openTestDatabase(QUICK_DATABASE);
  app = await database.app({ now });
}, 600_000);
afterAll(() => database?.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'XMLHttpRequest', ...headers }, payload: { username, password } });

describe('first start', () => {
  test('an empty users table gets an admin with a random password, shown once; later starts make none', async () => {
    const shown: string[] = [];
    expect(await ensureFirstAdmin(database.db, (username, password) => shown.push(username, password))).toBe(true);
    expect(shown[0]).toBe('admin');
    expect(shown[1]).toMatch(/^[A-Za-z2-9]{20}$/);
    expect((await login('admin', shown[1]!)).statusCode).toBe(200);
    expect(await ensureFirstAdmin(database.db, () => shown.push('again'))).toBe(false);
    expect(shown).toHaveLength(2);
  });
});

describe('sign-in', () => {
  beforeAll(() => createAccount(database.db, { username: 'rina', role: 'editor', password: PASSWORD }));

  test('a right password gives an httpOnly, SameSite=Strict session cookie; the session names the user and role', async () => {
    const response = await login('Rina', PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ username: 'rina', role: 'editor' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^cakupan_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const me = await call(app, 'GET', '/api/session', { cookie: cookieFrom(response) });
    expect(me.json()).toEqual({ username: 'rina', role: 'editor' });
  });

  test('the cookie is Secure when served over https (behind a proxy the server trusts)', async () => {
    const proxied = await buildApp({ db: database.db, hub: database.hub, now, trustProxy: true });
    const response = await proxied.inject({
      method: 'POST', url: '/api/session', payload: { username: 'rina', password: PASSWORD },
      headers: { 'x-requested-with': 'XMLHttpRequest', 'x-forwarded-proto': 'https' },
    });
    await proxied.close();
    expect(String(response.headers['set-cookie'])).toContain('Secure');
  });

  test('sessions and passwords are stored hashed', async () => {
    const cookie = await signIn(app, 'rina');
    const token = cookie.split('=')[1]!;
    const rows = await database.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    const [user] = await database.db.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE username = 'rina'`);
    expect(user!.password_hash).toMatch(/^\$argon2id\$/);
  });

  test('signing out ends the session', async () => {
    const cookie = await signIn(app, 'rina');
    expect((await call(app, 'DELETE', '/api/session', { cookie })).statusCode).toBe(204);
    expect((await call(app, 'GET', '/api/session', { cookie })).statusCode).toBe(401);
  });

  test('a wrong password or unknown user is 401 with one message', async () => {
    const wrong = await login('rina', 'not the password');
    const unknown = await login('nobody', 'not the password');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  test('after 5 failures in 15 minutes the username gets 429 with Retry-After, even with the right password', async () => {
    await createAccount(database.db, { username: 'budi', role: 'viewer', password: PASSWORD });
    for (let attempt = 1; attempt <= 5; attempt++) {
      clock = new Date(clock.getTime() + 60_000);
      expect((await login('budi', `guess ${attempt}`)).statusCode).toBe(401);
    }
    const locked = await login('budi', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_requests');
    // The first failure was 4 minutes ago: 11 minutes to wait.
    expect(Number(locked.headers['retry-after'])).toBe(11 * 60);
    expect((await login('rina', PASSWORD)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 11 * 60_000 + 1000);
    expect((await login('budi', PASSWORD)).statusCode).toBe(200);
  });
});

describe('attacks refused', () => {
  test('a cookie write without X-Requested-With, or from another origin, is 403 (CSRF); our own origin passes', async () => {
    const cookie = await signIn(app, 'rina');
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/installations', headers: { cookie, host: 'cakupan.test', ...headers }, payload: sampleInput() });
    expect((await post({})).statusCode).toBe(403);
    expect((await post({ 'x-requested-with': 'XMLHttpRequest', origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post({ 'x-requested-with': 'XMLHttpRequest', origin: 'http://cakupan.test' })).statusCode).toBe(201);
    expect((await post({ 'x-requested-with': 'XMLHttpRequest' })).statusCode).toBe(201);
    const signInFromElsewhere = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'rina', password: PASSWORD } });
    expect(signInFromElsewhere.statusCode).toBe(403);
  });

  test('every response carries the security headers; the policy allows no inline script', async () => {
    for (const url of ['/api/health', '/api/installations', '/api/nothing']) {
      const response = await app.inject({ method: 'GET', url });
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('API tokens', () => {
  test('an admin makes a token (shown once, stored hashed); it acts with its role without the CSRF header until revoked', async () => {
    const admin = await signIn(app, 'rina').then(async () => {
      await createAccount(database.db, { username: 'ops', role: 'admin', password: PASSWORD });
      return signIn(app, 'ops');
    });
    const made = await call(app, 'POST', '/api/tokens', { cookie: admin, payload: { name: 'kobo feed', role: 'viewer' } });
    expect(made.statusCode).toBe(201);
    const { id, token } = made.json<{ id: string; token: string }>();
    expect(token).toMatch(/^ckp_/);
    const listed = await call(app, 'GET', '/api/tokens', { cookie: admin });
    expect(listed.body).not.toContain(token);
    expect(listed.json().items).toContainEqual(expect.objectContaining({ id, name: 'kobo feed', role: 'viewer', createdBy: 'ops' }));
    const [stored] = await database.db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE id = $1', [id]);
    expect(stored!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

    const bearer = (method: string, url: string, payload?: object) =>
      app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
    expect((await bearer('GET', '/api/installations')).statusCode).toBe(200);
    expect((await bearer('GET', '/api/session')).json()).toEqual({ username: 'token:kobo feed', role: 'viewer' });
    expect((await bearer('POST', '/api/installations', sampleInput())).statusCode).toBe(403);

    const editor = (await call(app, 'POST', '/api/tokens', { cookie: admin, payload: { name: 'importer', role: 'editor' } })).json<{ token: string }>().token;
    const created = await app.inject({ method: 'POST', url: '/api/installations', headers: { authorization: `Bearer ${editor}` }, payload: sampleInput() });
    expect(created.statusCode).toBe(201);

    expect((await call(app, 'DELETE', `/api/tokens/${id}`, { cookie: admin })).statusCode).toBe(204);
    expect((await bearer('GET', '/api/installations')).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/installations', headers: { authorization: 'Bearer ckp_made-up' } })).statusCode).toBe(401);
  });
});

describe('users API', () => {
  test('an admin adds a user with a generated password, changes the role, disables (ending sessions); the last admin stays', async () => {
    const admin = await signIn(app, 'ops');
    const added = await call(app, 'POST', '/api/users', { cookie: admin, payload: { username: 'sari', role: 'viewer' } });
    expect(added.statusCode).toBe(201);
    const { password } = added.json<{ password: string }>();
    const sari = await signIn(app, 'sari', password);
    expect((await call(app, 'PATCH', '/api/users/sari', { cookie: admin, payload: { role: 'editor' } })).json().role).toBe('editor');
    expect((await call(app, 'GET', '/api/session', { cookie: sari })).json().role).toBe('editor');
    expect((await call(app, 'PATCH', '/api/users/sari', { cookie: admin, payload: { disabled: true } })).statusCode).toBe(200);
    expect((await call(app, 'GET', '/api/session', { cookie: sari })).statusCode).toBe(401);
    expect((await login('sari', password)).statusCode).toBe(401);
    expect((await call(app, 'POST', '/api/users', { cookie: admin, payload: { username: 'sari', role: 'viewer' } })).statusCode).toBe(409);
    expect((await call(app, 'GET', '/api/users', { cookie: admin })).body).not.toMatch(/argon2|password/);
    // Two admins (admin, ops): demoting one is fine, the last one is refused.
    expect((await call(app, 'PATCH', '/api/users/admin', { cookie: admin, payload: { disabled: true } })).statusCode).toBe(200);
    expect((await call(app, 'PATCH', '/api/users/ops', { cookie: admin, payload: { role: 'editor' } })).statusCode).toBe(409);
  });
});
