import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccount } from '../../server/auth/users';
import { call, PASSWORD, signIn } from './authSupport';
import { openTestDatabase, testDatabaseChoices, type TestDatabase } from './harness';

// What the admin page relies on (docs/api.md "Users"): a reset answers a new
// generated password once and ends the old sessions; a disabled account can be
// enabled again; an admin cannot demote or disable the account they are signed in
// with; errors name the field and the reason. On both databases: the last-admin
// rule and session ending are SQL.

for (const choice of testDatabaseChoices()) {
  describe(`users on ${choice}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let admin: string;

    beforeAll(async () => {
      database = await openTestDatabase(choice);
      app = await database.app();
      for (const [username, role] of [['boss', 'admin'], ['deputy', 'admin'], ['rina', 'editor']] as const) {
        await createAccount(database.db, { username, role, password: PASSWORD });
      }
      admin = await signIn(app, 'boss');
    }, 600_000);
    afterAll(() => database?.close());

    test('a password reset answers a new password once; the old one and its sessions stop working', async () => {
      const rinaSession = await signIn(app, 'rina');
      const reset = await call(app, 'POST', '/api/users/rina/password', { cookie: admin });
      expect(reset.statusCode).toBe(200);
      const { password, ...account } = reset.json<{ password: string; username: string; role: string }>();
      expect(account).toMatchObject({ username: 'rina', role: 'editor', disabled: false });
      expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
      expect((await call(app, 'GET', '/api/session', { cookie: rinaSession })).statusCode).toBe(401);
      await expect(signIn(app, 'rina')).rejects.toThrow(/401/);
      expect((await call(app, 'GET', '/api/session', { cookie: await signIn(app, 'rina', password) })).json()).toEqual({ username: 'rina', role: 'editor' });
      expect((await call(app, 'GET', '/api/users', { cookie: admin })).body).not.toContain(password);
      expect((await call(app, 'POST', '/api/users/nobody/password', { cookie: admin })).statusCode).toBe(404);
    });

    test('a disabled account is enabled again and may sign in', async () => {
      const { password } = (await call(app, 'POST', '/api/users/rina/password', { cookie: admin })).json<{ password: string }>();
      expect((await call(app, 'PATCH', '/api/users/rina', { cookie: admin, payload: { disabled: true } })).json()).toMatchObject({ disabled: true });
      await expect(signIn(app, 'rina', password)).rejects.toThrow(/401/);
      expect((await call(app, 'PATCH', '/api/users/rina', { cookie: admin, payload: { disabled: false } })).json()).toMatchObject({ disabled: false });
      expect(await signIn(app, 'rina', password)).toMatch(/^cakupan_session=/);
    });

    test('an admin cannot demote or disable their own account, even with another admin; another admin can', async () => {
      for (const payload of [{ role: 'editor' }, { disabled: true }, { role: 'viewer', disabled: false }]) {
        const refused = await call(app, 'PATCH', '/api/users/boss', { cookie: admin, payload });
        expect(refused.statusCode).toBe(409);
        expect(refused.json()).toEqual({ error: { code: 'conflict', message: 'You cannot demote or disable your own account; another admin can', reason: 'own_account' } });
      }
      // The path's name may differ in case from the session's.
      expect((await call(app, 'PATCH', '/api/users/BOSS', { cookie: admin, payload: { disabled: true } })).statusCode).toBe(409);
      // Keeping the role, or resetting the own password, is no lock-out.
      expect((await call(app, 'PATCH', '/api/users/boss', { cookie: admin, payload: { role: 'admin', disabled: false } })).statusCode).toBe(200);
      const deputy = await signIn(app, 'deputy');
      expect((await call(app, 'PATCH', '/api/users/boss', { cookie: deputy, payload: { role: 'editor' } })).json()).toMatchObject({ role: 'editor' });
      expect((await call(app, 'PATCH', '/api/users/boss', { cookie: deputy, payload: { role: 'admin' } })).json()).toMatchObject({ role: 'admin' });
    });

    test('the last admin is refused with its reason; a duplicate or bad name names the field', async () => {
      const deputy = await signIn(app, 'deputy');
      await call(app, 'PATCH', '/api/users/boss', { cookie: deputy, payload: { disabled: true } });
      // An admin API token may act for admins: the last-admin rule still holds.
      const token = await createToken(app, deputy);
      const last = await app.inject({ method: 'PATCH', url: '/api/users/deputy', headers: { authorization: `Bearer ${token}` }, payload: { disabled: true } });
      expect(last.statusCode).toBe(409);
      expect(last.json<{ error: { reason: string } }>().error.reason).toBe('last_admin');
      await call(app, 'PATCH', '/api/users/boss', { cookie: deputy, payload: { disabled: false } });

      const duplicate = await call(app, 'POST', '/api/users', { cookie: deputy, payload: { username: 'rina', role: 'viewer' } });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('conflict');
      expect(duplicate.json<{ error: { reason: string } }>().error.reason).toBe('username_taken');
      const invalid = await call(app, 'POST', '/api/users', { cookie: deputy, payload: { username: 'Rina Sari', role: 'viewer' } });
      expect(invalid.statusCode).toBe(422);
      expect(invalid.json<{ error: { issues: { field: string; code: string }[] } }>().error.issues).toEqual([expect.objectContaining({ field: 'username', code: 'invalid_format' })]);
    });
  });
}

async function createToken(app: FastifyInstance, cookie: string): Promise<string> {
  return (await call(app, 'POST', '/api/tokens', { cookie, payload: { name: 'user admin script', role: 'admin' } })).json<{ token: string }>().token;
}
