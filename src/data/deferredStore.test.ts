import { describe, expect, it } from 'vitest';
import { deferStore } from './deferredStore';
import type { InstallationStore } from './store';
import { HistoryUnavailableError } from './storeErrors';

// Only the methods a test calls; the rest would throw if reached.
const stub = (history?: InstallationStore['history']) => ({ ...(history ? { history } : {}) }) as InstallationStore;

describe('deferStore: history', () => {
  it('reads the chosen store\'s history', async () => {
    const entries = [{ at: '2026-12-03T03:12:00.000Z', user: 'rina', action: 'delete' as const, changes: {} }];
    const store = deferStore(Promise.resolve(stub(async (id) => (id === 'a' ? entries : []))));
    await expect(store.history?.('a')).resolves.toEqual(entries);
  });

  it('says history is unavailable when the chosen store keeps none (the browser alone)', async () => {
    const store = deferStore(Promise.resolve(stub()));
    await expect(store.history?.('a')).rejects.toBeInstanceOf(HistoryUnavailableError);
  });
});
