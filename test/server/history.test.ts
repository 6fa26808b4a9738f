import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccount } from '../../server/auth/users';
import { runUserCommand, UsageError } from '../../server/cli/userCommand';
import { call, PASSWORD, sampleInput, signIn } from './authSupport';
import { openTestDatabase, testDatabaseChoices, type TestDatabase } from './harness';

// The audit trail (who, when, what, each field before and after), soft delete and
// restore, versions with If-Match, and the `npm run user` command. The audit and
// versions are database triggers, so this runs on both databases.


for (const choice of testDatabaseChoices()) {
  describe(`on ${choice}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let rina: string;
    let budi: string;

    beforeAll(async () => {
      database = await openTestDatabase(choice);
      app = await database.app();
      for (const username of ['rina', 'budi']) await createAccount(database.db, { username, role: 'editor', password: PASSWORD });
      rina = await signIn(app, 'rina');
      budi = await signIn(app, 'budi');
    }, 600_000);
    afterAll(() => database?.close());

    const history = async (id: string) =>
      (await call(app, 'GET', `/api/installations/${id}/history`, { cookie: rina })).json<{ items: { at: string; user: string; action: string; changes: Record<string, unknown[]> }[] }>().items;

    describe('history', () => {
      test('create, change, delete and restore each leave who, when, what and the changed fields', async () => {
        const created = (await call(app, 'POST', '/api/installations', { cookie: rina, payload: sampleInput('Depan Pasar') })).json<{ id: string }>();
        await call(app, 'PATCH', `/api/installations/${created.id}`, { cookie: budi, payload: { status: 'rusak' } });
        await call(app, 'PATCH', `/api/installations/${created.id}`, { cookie: budi, payload: { status: 'rusak' } });
        await call(app, 'POST', '/api/installations/delete', { cookie: budi, payload: { ids: [created.id] } });
        expect((await call(app, 'GET', `/api/installations/${created.id}`, { cookie: rina })).statusCode).toBe(404);
        const restored = await call(app, 'POST', `/api/installations/${created.id}/restore`, { cookie: rina });
        expect(restored.statusCode).toBe(200);
        expect(restored.json()).toMatchObject({ id: created.id, status: 'rusak', notes: 'Depan Pasar' });

        const items = await history(created.id);
        // The repeated identical patch changed no field: not history.
        expect(items.map((item) => [item.action, item.user])).toEqual([['create', 'rina'], ['update', 'budi'], ['delete', 'budi'], ['restore', 'rina']]);
        expect(items[0]!.changes).toMatchObject({ type: [null, 'baliho'], status: [null, 'terpasang'], notes: [null, 'Depan Pasar'] });
        expect(items[1]!.changes).toEqual({ status: ['terpasang', 'rusak'] });
        expect(items[2]!.changes).toEqual({});
        for (const item of items) expect(Date.parse(item.at)).toBeGreaterThan(Date.now() - 600_000);
        expect((await call(app, 'POST', `/api/installations/${created.id}/restore`, { cookie: rina })).statusCode).toBe(409);
      });

      test('imports and undo-restores are recorded; a refused write records nothing', async () => {
        const imported = (await call(app, 'POST', '/api/installations/import', { cookie: rina, payload: { items: [sampleInput('a'), sampleInput('b')] } }))
          .json<{ created: { id: string }[] }>().created;
        const deleted = (await call(app, 'POST', '/api/installations/delete', { cookie: rina, payload: { ids: [imported[0]!.id] } })).json<{ deleted: unknown[] }>().deleted;
        await call(app, 'POST', '/api/installations/restore', { cookie: budi, payload: { items: deleted } });
        expect((await history(imported[0]!.id)).map((item) => `${item.action} ${item.user}`)).toEqual(['import rina', 'delete rina', 'restore budi']);
        const bad = await call(app, 'PATCH', `/api/installations/${imported[1]!.id}`, { cookie: budi, payload: { status: 'dilepas' } });
        expect(bad.statusCode).toBe(422);
        expect((await history(imported[1]!.id)).map((item) => item.action)).toEqual(['import']);
        expect((await call(app, 'GET', '/api/installations/never-saved/history', { cookie: rina })).statusCode).toBe(404);
      });

      test('the audit log is append-only', async () => {
        await expect(database.db.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
        await expect(database.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      });
    });

    describe('versions', () => {
      test('every change increments the version; a stale If-Match is 409 with the saved row and saves nothing', async () => {
        const created = (await call(app, 'POST', '/api/installations', { cookie: rina, payload: sampleInput() })).json<{ id: string; version: number }>();
        expect(created.version).toBe(1);
        const read = await call(app, 'GET', `/api/installations/${created.id}`, { cookie: budi });
        expect(read.headers.etag).toBe('"1"');
        const first = await call(app, 'PATCH', `/api/installations/${created.id}`, { cookie: rina, payload: { notes: 'rina' }, headers: { 'if-match': '"1"' } });
        expect(first.statusCode).toBe(200);
        expect(first.json().version).toBe(2);
        expect(first.headers.etag).toBe('"2"');
        const stale = await call(app, 'PATCH', `/api/installations/${created.id}`, { cookie: budi, payload: { notes: 'budi' }, headers: { 'if-match': '"1"' } });
        expect(stale.statusCode).toBe(409);
        expect(stale.json().error).toMatchObject({ code: 'conflict', current: { id: created.id, notes: 'rina', version: 2 } });
        expect((await call(app, 'GET', `/api/installations/${created.id}`, { cookie: budi })).json().notes).toBe('rina');
        const retried = await call(app, 'PATCH', `/api/installations/${created.id}`, { cookie: budi, payload: { notes: 'budi' }, headers: { 'if-match': '"2"' } });
        expect(retried.json()).toMatchObject({ notes: 'budi', version: 3 });
        expect((await call(app, 'PATCH', `/api/installations/${created.id}`, { cookie: budi, payload: { notes: 'x' }, headers: { 'if-match': 'yesterday' } })).statusCode).toBe(400);
        const deleted = (await call(app, 'POST', '/api/installations/delete', { cookie: rina, payload: { ids: [created.id] } })).json().deleted[0];
        // Deleting keeps the version: a restore brings back exactly the row that was deleted.
        expect(deleted.version).toBe(3);
      });
    });

    describe('npm run user', () => {
      const run = async (args: string[], stdin = '') => {
        const lines: string[] = [];
        await runUserCommand(database.db, args, { print: (line) => lines.push(line), readStdin: async () => stdin });
        return lines;
      };

      test('adds with a generated or piped password, lists, sets the role, resets the password and disables', async () => {
        const added = await run(['add', 'dewi', '--role', 'viewer']);
        const password = /Password \(shown only now\): (\S+)/.exec(added.join('\n'))![1]!;
        expect((await signIn(app, 'dewi', password)).length).toBeGreaterThan(0);
        await run(['add', 'eko', '--role', 'editor', '--password-stdin'], 'piped password 123\n');
        await signIn(app, 'eko', 'piped password 123');
        expect(await run(['set-role', 'dewi', 'editor'])).toEqual(['dewi is now editor.']);
        const reset = (await run(['reset-password', 'dewi'])).join('\n');
        expect(reset).not.toContain(password);
        await run(['disable', 'eko']);
        const list = await run(['list']);
        expect(list).toContain('dewi\teditor');
        expect(list).toContain('eko\teditor\tdisabled');
        await expect(run(['add', 'fajar', '--role', 'boss'])).rejects.toBeInstanceOf(UsageError);
        await expect(run(['frobnicate'])).rejects.toBeInstanceOf(UsageError);
      });
    });
  });
}
