import { describe, expect, it } from 'vitest';
import { fetchLastChange } from './installationHistory';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('fetchLastChange', () => {
  it("names the history's newest entry", async () => {
    const asked: string[] = [];
    const last = await fetchLastChange('/api/', 'a 1', async (input) => {
      asked.push(String(input));
      return json({ items: [
        { at: '2026-12-03T03:12:00.000Z', user: 'rina', action: 'create', changes: {} },
        { at: '2026-12-03T03:20:41.000Z', user: 'budi', action: 'update', changes: { status: ['terpasang', 'rusak'] } },
      ] });
    });
    expect(asked).toEqual(['/api/installations/a%201/history']);
    expect(last).toEqual({ user: 'budi', at: '2026-12-03T03:20:41.000Z' });
  });

  it('says nothing when the backend keeps no history or cannot be reached', async () => {
    expect(await fetchLastChange('/api', 'a1', async () => json({ error: { code: 'not_found', message: '' } }, 404))).toBeUndefined();
    expect(await fetchLastChange('/api', 'a1', async () => json({ items: 'no' }))).toBeUndefined();
    expect(await fetchLastChange('/api', 'a1', () => Promise.reject(new TypeError('offline')))).toBeUndefined();
  });
});
