import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../mocks/handlers';
import { createMockBackend } from '../mocks/installationBackend';
import { server } from '../mocks/node';
import { createHttpStore, type HttpStore } from './httpStore';
import { defineStoreContract, sampleInput } from './storeContract';
import { StoreRequestError } from './storeErrors';

const baseUrl = 'http://api.test/api';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

defineStoreContract('HTTP (docs/api.md, served by the MSW handlers)', ({ now }) => {
  // The same handler list the dev worker uses, bound to a fresh backend for this test.
  server.use(...createHandlers({ backend: createMockBackend({ now }) }));
  const opened: HttpStore[] = [];
  const open = () => {
    const store = createHttpStore({ baseUrl });
    opened.push(store);
    return store;
  };
  return { store: open(), openTab: open, dispose: () => opened.forEach((store) => store.close()) };
});

describe('HTTP store against a backend that breaks the contract', () => {
  it('names the endpoint and status when the server fails', async () => {
    server.use(http.get(`${baseUrl}/installations`, () => HttpResponse.json({ error: { code: 'boom', message: 'database down' } }, { status: 500 })));
    const store = createHttpStore({ baseUrl });
    await expect(store.list()).rejects.toThrow(/GET http:\/\/api\.test\/api\/installations: database down/);
    await expect(store.list()).rejects.toMatchObject({ status: 500 });
    store.close();
  });

  it('rejects a response whose rows break the schema, naming the path', async () => {
    server.use(http.get(`${baseUrl}/installations`, () => HttpResponse.json({ items: [{ ...sampleInput(), id: 'a' }] })));
    const store = createHttpStore({ baseUrl });
    const error = await store.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreRequestError);
    expect(String(error)).toMatch(/items\.0\.createdAt/);
    store.close();
  });

  it('reports an unreachable server as a request error', async () => {
    server.use(http.get(`${baseUrl}/installations`, () => HttpResponse.error()));
    const store = createHttpStore({ baseUrl });
    await expect(store.list()).rejects.toBeInstanceOf(StoreRequestError);
    store.close();
  });

  it('answers malformed bodies with 400 and the contract error shape', async () => {
    server.use(...createHandlers({ backend: createMockBackend() }));
    const response = await fetch(`${baseUrl}/installations/import`, { method: 'POST', body: '{"rows": []}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'Body must be { "items": [...] }' } });
  });
});

describe('HTTP store: an installation\'s history', () => {
  const path = `${baseUrl}/installations/a%2Fb/history`;

  it('reads GET /installations/{id}/history, oldest first as sent', async () => {
    const items = [
      { at: '2026-12-03T03:12:00.000Z', user: 'rina', action: 'create', changes: { status: [null, 'terpasang'] } },
      { at: '2026-12-03T03:20:41.000Z', user: 'budi', action: 'update', changes: { status: ['terpasang', 'rusak'] } },
    ];
    server.use(http.get(path, () => HttpResponse.json({ items })));
    const store = createHttpStore({ baseUrl });
    await expect(store.history('a/b')).resolves.toEqual(items);
    store.close();
  });

  it('says which installation is unknown, and names the field of a body that breaks the contract', async () => {
    server.use(http.get(path, () => HttpResponse.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 })));
    const store = createHttpStore({ baseUrl });
    await expect(store.history('a/b')).rejects.toThrow(/a\/b/);
    server.use(http.get(path, () => HttpResponse.json({ items: [{ at: 'yesterday', user: 'rina', action: 'create', changes: {} }] })));
    await expect(store.history('a/b')).rejects.toThrow(/items\.0\.at/);
    store.close();
  });
});

describe('HTTP store on the mock backend (mock mode): the history it keeps', () => {
  it('records create, update, delete and restore as the server does, and 404 for an unknown id', async () => {
    server.use(...createHandlers({ backend: createMockBackend() }));
    const store = createHttpStore({ baseUrl });
    const created = await store.create(sampleInput({ status: 'terpasang' }));
    await store.update(created.id, { status: 'rusak' });
    await store.update(created.id, { status: 'rusak' }); // changes nothing: no entry
    const removed = await store.remove([created.id]);
    await store.restore(removed);
    const entries = await store.history(created.id);
    expect(entries.map((entry) => [entry.user, entry.action])).toEqual([['mock', 'create'], ['mock', 'update'], ['mock', 'delete'], ['mock', 'restore']]);
    expect(entries[0]!.changes.status).toEqual([null, 'terpasang']);
    expect(entries[1]!.changes).toEqual({ status: ['terpasang', 'rusak'] });
    await expect(store.history('never-saved')).rejects.toThrow(/never-saved/);
    store.close();
  });
});
