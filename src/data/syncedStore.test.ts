import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../mocks/handlers';
import { createMockBackend, type MockBackend } from '../mocks/installationBackend';
import { server } from '../mocks/node';
import { openLocalCopy } from './localCopy';
import type { EventHandlers } from './serverEvents';
import { defineStoreContract, sampleInput } from './storeContract';
import { createSyncedStore, type SyncedStore, type SyncedStoreOptions } from './syncedStore';

const baseUrl = 'http://api.test/api';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let databaseCount = 0;

/** A browser profile: every store opened by `open` shares its copy, like tabs of one origin. */
function profile(overrides: Partial<SyncedStoreOptions> = {}) {
  const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
  const databaseName = `copy-${(databaseCount += 1)}`;
  const opened: SyncedStore[] = [];
  const open = (more: Partial<SyncedStoreOptions> = {}) => {
    // Pages of 2 rows: every test with more than two rows also catches up over several pages.
    const copy = openLocalCopy({ databaseName, dexieOptions, listPageSize: 2 });
    const store = createSyncedStore({ baseUrl, copy, channelName: databaseName, pageSize: 2, retryDelaysMs: [1, 1], ...overrides, ...more });
    opened.push(store);
    return store;
  };
  return { open, close: () => opened.forEach((store) => store.close()) };
}

defineStoreContract('synced copy (IndexedDB copy of the MSW server)', ({ now }) => {
  server.use(...createHandlers({ backend: createMockBackend({ now }) }));
  const browser = profile();
  return { store: browser.open(), openTab: () => browser.open(), dispose: browser.close };
});

/** Counts `GET /installations?since=` requests (and lets them through to the mock). */
function countSyncRequests(): { count: number; sinces: string[] } {
  const seen = { count: 0, sinces: [] as string[] };
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/installations') && url.searchParams.has('since')) {
      seen.count += 1;
      seen.sinces.push(url.searchParams.get('since')!);
    }
  });
  return seen;
}

/** Events the test sends by hand (Node has no EventSource). */
function manualEvents() {
  const streams: EventHandlers[] = [];
  return {
    openEvents: (handlers: EventHandlers) => {
      streams.push(handlers);
      return { close: () => streams.splice(streams.indexOf(handlers), 1) };
    },
    send: (cursor: string) => streams.forEach((stream) => stream.onChange(cursor)),
    fail: () => streams.splice(0).forEach((stream) => stream.onError()),
    get open() {
      return streams.length;
    },
  };
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 2000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('synced store: incremental sync', () => {
  let backend: MockBackend;
  const useBackend = () => {
    backend = createMockBackend();
    server.use(...createHandlers({ backend }));
  };
  afterEach(() => server.events.removeAllListeners());

  it('catches up in pages, applies tombstones and keeps its cursor across a reopen', async () => {
    useBackend();
    const seven = backend.bulkImport(Array.from({ length: 7 }, (_, index) => sampleInput({ installedAt: `2026-0${index + 1}-01` })));
    if (!seven.ok) throw new Error('seed failed');
    const browser = profile();
    const requests = countSyncRequests();
    const first = browser.open();
    expect(await first.list()).toEqual(seven.created);
    // Seven rows in pages of two: four requests, each from the cursor the previous one returned.
    expect(requests.sinces).toEqual(['0', '2', '4', '6']);
    first.close();

    backend.remove([seven.created[0]!.id, seven.created[3]!.id]);
    const changed = backend.update(seven.created[1]!.id, { notes: 'Diganti' });
    requests.sinces.length = 0;
    // The server answers only once the test has read the copy.
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(http.get(`${baseUrl}/installations`, async () => {
      await answered;
      return undefined;
    }));
    const reopened = browser.open();
    // Opens from the copy at once: the rows as they were, before any request answers.
    expect(await reopened.list()).toEqual(seven.created);
    answer();
    await eventually(async () => (await reopened.list()).length === 5);
    expect(requests.sinces[0]).toBe('7');
    const rows = await reopened.list();
    expect(rows.map((row) => row.id)).toEqual(seven.created.filter((_, index) => index !== 0 && index !== 3).map((row) => row.id));
    expect(rows[0]).toEqual(changed);
    browser.close();
  });

  it('a write whose answer was lost is sent again with the same id and saves one row', async () => {
    useBackend();
    let failures = 0;
    server.use(
      http.post(`${baseUrl}/installations`, async ({ request }) => {
        // The server saves the row, then the connection drops before the answer arrives.
        backend.create(await request.clone().json());
        failures += 1;
        return failures === 1 ? HttpResponse.error() : undefined;
      }),
      ...createHandlers({ backend }),
    );
    const browser = profile();
    const store = browser.open();
    const created = await store.create(sampleInput({ notes: 'sekali saja' }));
    expect(failures).toBe(2);
    expect(backend.list()).toEqual([created]);
    expect(await store.list()).toEqual([created]);
    browser.close();
  });

  it('an import retried after a network error creates no duplicates', async () => {
    useBackend();
    let calls = 0;
    server.use(
      http.post(`${baseUrl}/installations/import`, async ({ request }) => {
        calls += 1;
        if (calls === 1) {
          backend.bulkImport(((await request.clone().json()) as { items: unknown[] }).items);
          return HttpResponse.error();
        }
        return undefined;
      }),
      ...createHandlers({ backend }),
    );
    const store = profile().open();
    const result = await store.bulkImport([sampleInput(), sampleInput({ type: 'poster' })]);
    expect(result.ok).toBe(true);
    expect(calls).toBe(2);
    expect(backend.list()).toHaveLength(2);
    expect(await store.list()).toHaveLength(2);
    store.close();
  });

  it('a storm of events costs a bounded number of syncs and ends with every change', async () => {
    useBackend();
    const events = manualEvents();
    const store = profile({ openEvents: events.openEvents }).open();
    await store.list();
    const requests = countSyncRequests();
    for (let index = 0; index < 50; index++) {
      backend.create(sampleInput({ notes: `storm ${index}` }));
      events.send(backend.cursor());
    }
    await eventually(async () => (await store.list()).length === 50);
    // One sync running and one follow-up for everything announced meanwhile, each over pages of two.
    expect(requests.count).toBeLessThanOrEqual(2 * Math.ceil(50 / 2) + 2);
    const syncs = requests.sinces.filter((since, index) => index === 0 || since === requests.sinces[0]).length;
    expect(syncs).toBeLessThanOrEqual(2);
    // An event for what the copy already holds asks nothing.
    const before = requests.count;
    events.send(backend.cursor());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests.count).toBe(before);
    store.close();
  });

  it('starts over when the server announces an older cursor (it was reset)', async () => {
    useBackend();
    const events = manualEvents();
    const store = profile({ openEvents: events.openEvents }).open();
    await store.create(sampleInput());
    await store.create(sampleInput());
    backend.reset();
    const fresh = backend.create(sampleInput({ type: 'banner' }));
    events.send(backend.cursor());
    await eventually(async () => (await store.list()).length === 1);
    expect(await store.list()).toEqual([fresh]);
    store.close();
  });
});

describe('synced store: losing the server', () => {
  it('says so, retries on a capped backoff, and catches up and says so when the server answers again', async () => {
    const backend = createMockBackend();
    let down = false;
    server.use(
      http.all(`${baseUrl}/*`, () => (down ? HttpResponse.error() : undefined)),
      ...createHandlers({ backend }),
    );
    const events = manualEvents();
    const store = profile({ openEvents: events.openEvents, backoff: { initialMs: 5, maxMs: 20 } }).open();
    await store.list();
    await eventually(() => store.connection.state() === 'online');
    const states: string[] = [];
    store.connection.subscribe(() => states.push(store.connection.state()));

    down = true;
    events.fail();
    expect(store.connection.state()).toBe('offline');
    await expect(store.create(sampleInput())).rejects.toThrow(/failed/);
    // Meanwhile someone else's change reaches the server.
    const elsewhere = backend.create(sampleInput({ notes: 'dari kantor' }));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(store.connection.state()).toBe('offline');
    expect(events.open).toBeGreaterThan(0); // the event stream was reopened on the backoff

    down = false;
    await eventually(() => store.connection.state() === 'online');
    expect(await store.list()).toEqual([elsewhere]);
    expect(states).toEqual(['offline', 'online']);
    store.close();
  });
});
