import { describe, expect, it } from 'vitest';
import { createHttpStore } from './httpStore';
import { InstallationConflictError } from './storeErrors';

// The HTTP client on a server with accounts (docs/api.md "Authentication").

describe('HTTP store with accounts', () => {
  it('sends X-Requested-With on every request, and treats a seed refused to a viewer (403) as not seeded', async () => {
    const seen: Headers[] = [];
    const store = createHttpStore({
      baseUrl: 'http://server.test/api',
      fetch: async (_input, init) => {
        seen.push(new Headers(init?.headers));
        return new Response(JSON.stringify({ error: { code: 'forbidden', message: 'Not allowed: installations:seed' } }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    await expect(store.seedIfPristine([])).resolves.toBeUndefined();
    expect(seen[0]!.get('x-requested-with')).toBe('XMLHttpRequest');
    store.close();
  });
});

describe('HTTP store: concurrent edits', () => {
  const saved = {
    id: 'a1', type: 'baliho', lat: 1.1, lng: 104, installedAt: '2026-04-12', status: 'rusak', notes: 'budi', source: 'manual',
    createdAt: '2026-11-02T03:14:15.000Z', updatedAt: '2026-12-03T03:14:15.000Z', version: 4,
  };

  it('sends the version the edit started from, and a 409 becomes a conflict carrying the saved row', async () => {
    const seen: Headers[] = [];
    const store = createHttpStore({
      baseUrl: 'http://server.test/api',
      fetch: async (_input, init) => {
        seen.push(new Headers(init?.headers));
        return new Response(JSON.stringify({ error: { code: 'conflict', message: 'changed', current: saved } }), { status: 409, headers: { 'content-type': 'application/json' } });
      },
    });
    const error = await store.update('a1', { notes: 'rina' }, { basedOn: 3 }).catch((caught: unknown) => caught);
    expect(seen[0]!.get('if-match')).toBe('"3"');
    expect(error).toBeInstanceOf(InstallationConflictError);
    expect((error as InstallationConflictError).current).toMatchObject({ notes: 'budi', version: 4 });
    store.close();
  });
});
