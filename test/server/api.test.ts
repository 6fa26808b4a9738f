import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sampleInput } from '../../src/data/storeContract';
import { apiToken, injectAs } from './authSupport';
import { openTestDatabase, testDatabaseChoices, type TestDatabase } from './harness';

// What docs/api.md adds beyond the store contract: health, client ids, incremental
// sync with tombstones, and the error shape for hostile input.

const choices = testDatabaseChoices();
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

for (const choice of choices) {
  describe(`API additions on ${choice}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let token: string;
    // Every request signed in as an editor's API token (server/auth; test/server/roles.test.ts covers who may do what).
    const inject = injectAs(() => app, () => token);
    const post = (url: string, payload: unknown) => inject({ method: 'POST', url, payload: payload as object });
    const list = async () => (await inject('/api/installations')).json().items as { id: string }[];

    beforeAll(async () => {
      database = await openTestDatabase(choice);
      app = await database.app();
      token = await apiToken(database.db);
    }, 600_000);
    afterAll(() => database?.close());
    beforeEach(() => database.reset());

    it('reports health with the database and PostGIS version', async () => {
      const response = await inject('/api/health');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', database: choice, postgis: expect.stringMatching(/^3\.\d+/) });
    });

    it('stores the kelurahan that contains the point beside the stated one', async () => {
      const inside = (await post('/api/installations', sampleInput({ kelurahanKode: '21.71.01.1001' }))).json();
      expect(inside).toMatchObject({ kelurahanKode: '21.71.01.1001', locatedKelurahanKode: '21.71.10.1003' });
      const atSea = (await post('/api/installations', sampleInput({ lat: 0.5, lng: 104.3 }))).json();
      expect(atSea).not.toHaveProperty('locatedKelurahanKode');
      const moved = await inject({ method: 'PATCH', url: `/api/installations/${atSea.id}`, payload: { lat: 1.1301, lng: 104.0529 } });
      expect(moved.json().locatedKelurahanKode).toBe('21.71.10.1003');
      const forged = await inject({ method: 'PATCH', url: `/api/installations/${atSea.id}`, payload: { locatedKelurahanKode: '21.71.01.1001' } });
      expect(forged.statusCode).toBe(422);
    });

    it('makes a create with a client id safe to retry', async () => {
      const first = await post('/api/installations', { ...sampleInput(), id: uuid(1) });
      expect(first.statusCode).toBe(201);
      const again = await post('/api/installations', { ...sampleInput(), id: uuid(1) });
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      const other = await post('/api/installations', { ...sampleInput({ notes: 'lain' }), id: uuid(1) });
      expect(other.statusCode).toBe(409);
      expect(other.json().error).toMatchObject({ code: 'conflict', issues: [{ row: 1, field: 'id', code: 'conflict' }] });
      expect(await list()).toHaveLength(1);
      const bad = await post('/api/installations', { ...sampleInput(), id: 'not-a-uuid' });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.issues).toEqual([expect.objectContaining({ field: 'id' })]);
    });

    it('makes an import with client ids safe to retry, all or nothing', async () => {
      const items = [1, 2, 3].map((n) => ({ ...sampleInput({ notes: `#${n}` }), id: uuid(n) }));
      const first = await post('/api/installations/import', { items });
      expect(first.statusCode).toBe(201);
      const again = await post('/api/installations/import', { items });
      expect(again.json()).toEqual(first.json());
      const clash = await post('/api/installations/import', { items: [{ ...sampleInput(), id: uuid(9) }, { ...items[1], notes: 'changed' }] });
      expect(clash.statusCode).toBe(409);
      expect(clash.json().error.issues).toEqual([expect.objectContaining({ row: 2, field: 'id' })]);
      expect((await list()).map((row) => row.id).sort()).toEqual([uuid(1), uuid(2), uuid(3)]);
    });

    it('syncs incrementally in pages, with deletions as tombstones', async () => {
      const created = (await post('/api/installations/import', { items: [1, 2, 3, 4, 5].map((n) => sampleInput({ notes: `#${n}` })) })).json().created;
      const start = (await inject('/api/installations')).json();
      expect(start.items).toHaveLength(5);
      await post('/api/installations/delete', { ids: [created[0].id] });
      await inject({ method: 'PATCH', url: `/api/installations/${created[1].id}`, payload: { notes: 'diubah' } });
      const changed = (await inject(`/api/installations?since=${start.cursor}`)).json();
      expect(changed).toMatchObject({ deleted: [created[0].id], more: false });
      expect(changed.items.map((row: { notes: string }) => row.notes)).toEqual(['diubah']);
      expect(BigInt(changed.cursor) > BigInt(start.cursor)).toBe(true);
      const nothing = (await inject(`/api/installations?since=${changed.cursor}`)).json();
      expect(nothing).toEqual({ items: [], deleted: [], cursor: changed.cursor, more: false });

      // From the beginning in pages of two: every row once, ending where the last change is.
      const seen = new Map<string, string>();
      let cursor = '0';
      for (let more = true; more;) {
        const page = (await inject(`/api/installations?since=${cursor}&limit=2`)).json();
        expect(page.items.length + page.deleted.length).toBeLessThanOrEqual(2);
        for (const row of page.items) seen.set(row.id, row.notes);
        for (const id of page.deleted) seen.delete(id);
        ({ cursor, more } = page);
      }
      expect(cursor).toBe(changed.cursor);
      expect([...seen.values()].sort()).toEqual(['#3', '#4', '#5', 'diubah']);
      expect((await inject('/api/installations?since=x')).statusCode).toBe(400);
      expect((await inject('/api/installations?limit=10001')).json().error.code).toBe('bad_request');
    });

    it('pages in change order across a power of ten (the cursor is a number, not text)', async () => {
      await database.db.query(`SELECT setval('change_seq', 95)`);
      await post('/api/installations/import', { items: Array.from({ length: 10 }, (_, n) => sampleInput({ notes: `#${n}` })) });
      const order: string[] = [];
      let cursor = '95';
      for (let more = true; more;) {
        const page = (await inject(`/api/installations?since=${cursor}&limit=3`)).json();
        order.push(...page.items.map((row: { notes: string }) => row.notes));
        ({ cursor, more } = page);
      }
      expect(order).toEqual(Array.from({ length: 10 }, (_, n) => `#${n}`));
      expect(cursor).toBe('105');
    });

    it('announces each committed change on the event stream, with heartbeats', async () => {
      const streaming = await database.app({ heartbeatMs: 100 });
      // Ports 4307–4308 are this suite's (one per database), so two runs of it cannot collide with other services.
      const port = 4307 + choices.indexOf(choice);
      await streaming.listen({ port, host: '127.0.0.1' });
      const controller = new AbortController();
      const response = await fetch(`http://127.0.0.1:${port}/api/events`, { signal: controller.signal, headers: { authorization: `Bearer ${token}` } });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let received = '';
      const until = async (pattern: RegExp) => {
        while (!pattern.test(received)) received += (await reader.read()).value ?? '';
        return received.match(pattern)!;
      };
      const initial = (await until(/event: change\ndata: (\{.*\})\n\n/))[1]!;
      expect(JSON.parse(initial)).toEqual({ cursor: (await inject('/api/installations')).json().cursor });
      received = '';
      await post('/api/installations', sampleInput());
      const cursor = (await inject('/api/installations')).json().cursor;
      expect(JSON.parse((await until(/event: change\ndata: (\{.*\})\n\n/))[1]!)).toEqual({ cursor });
      await until(/: heartbeat\n\n/);
      controller.abort();
      await streaming.close();
    });

    it('answers hostile input with a 4xx in the error shape and changes nothing', async () => {
      const kept = (await post('/api/installations', sampleInput({ notes: "'); DROP TABLE installations; --" }))).json();
      const raw = (payload: string | Buffer, url = '/api/installations', contentType = 'application/json') =>
        inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });
      const cases = await Promise.all([
        raw('{"type":"baliho","lat":NaN}'),
        raw(JSON.stringify(sampleInput()).replace('1.1301', '1e999')),
        raw(JSON.stringify(sampleInput()).replace('1.1301', '-Infinity')),
        raw(Buffer.concat([Buffer.from('{"notes":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])),
        raw(JSON.stringify({ ...sampleInput(), notes: 'a\u0000b' })),
        raw(JSON.stringify({ ...sampleInput(), admin: true })),
        raw(JSON.stringify({ ...sampleInput(), notes: 'x'.repeat(1_000_000) })),
        raw(JSON.stringify({ items: [{ ...sampleInput(), notes: 'x'.repeat(1_000_000) }] }), '/api/installations/import'),
        raw('type=baliho', '/api/installations', 'application/x-www-form-urlencoded'),
        raw('{"items": "nope"}', '/api/installations/import'),
        raw('[1,2', '/api/installations/restore'),
        raw(JSON.stringify({ items: [{ ...kept, id: "x' OR '1'='1" , createdAt: 'gestern' }] }), '/api/installations/restore'),
      ]);
      expect(cases.map((response) => response.statusCode)).toEqual([400, 422, 400, 400, 400, 422, 413, 422, 415, 400, 400, 422]);
      for (const response of cases) {
        expect(response.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String), ...(response.statusCode === 422 || response.statusCode === 409 ? { issues: expect.any(Array) } : {}) } });
      }
      expect(cases[5]!.json().error.issues).toEqual([expect.objectContaining({ field: 'admin', code: 'unrecognized_keys' })]);
      expect(cases[7]!.json().error.issues).toEqual([expect.objectContaining({ row: 1, field: 'notes', code: 'too_big' })]);
      expect(await list()).toEqual([kept]);
      expect((await inject(`/api/installations/${encodeURIComponent("' OR 1=1 --")}`)).statusCode).toBe(404);
    });
  });
}
