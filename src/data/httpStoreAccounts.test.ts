import { describe, expect, it } from 'vitest';
import { createHttpStore } from './httpStore';

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
