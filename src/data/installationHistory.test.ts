import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../domain/installationHistory';
import { fetchLastChange } from './installationHistory';
import { HistoryUnavailableError, StoreRequestError } from './storeErrors';

describe('fetchLastChange', () => {
  it("names the history's newest entry", async () => {
    const asked: string[] = [];
    const last = await fetchLastChange({
      history: async (id) => {
        asked.push(id);
        const entries: HistoryEntry[] = [
          { at: '2026-12-03T03:12:00.000Z', user: 'rina', action: 'create', changes: {} },
          { at: '2026-12-03T03:20:41.000Z', user: 'budi', action: 'update', changes: { status: ['terpasang', 'rusak'] } },
        ];
        return entries;
      },
    }, 'a 1');
    expect(asked).toEqual(['a 1']);
    expect(last).toEqual({ user: 'budi', at: '2026-12-03T03:20:41.000Z' });
  });

  it('says nothing when the store keeps no history or cannot be reached', async () => {
    expect(await fetchLastChange({}, 'a1')).toBeUndefined();
    expect(await fetchLastChange({ history: async () => [] }, 'a1')).toBeUndefined();
    expect(await fetchLastChange({ history: () => Promise.reject(new HistoryUnavailableError()) }, 'a1')).toBeUndefined();
    expect(await fetchLastChange({ history: () => Promise.reject(new StoreRequestError('offline')) }, 'a1')).toBeUndefined();
  });
});
