import { describe, expect, it } from 'vitest';
import type { CampaignSettings } from '../domain/campaignSettings';
import { LEGACY_TARGET_KEY, legacyTargetOf, migrateLegacyTarget } from './useCampaignSettings';

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const target = { share: 0.5, date: '2026-12-31', startDate: '2026-03-01' };

function fakeStore() {
  const saved: CampaignSettings[] = [];
  return { saved, saveSettings: async (settings: CampaignSettings) => (saved.push(settings), settings) };
}

describe('migrateLegacyTarget', () => {
  it('moves a target kept in this browser into the store, once', async () => {
    const storage = memoryStorage({ [LEGACY_TARGET_KEY]: JSON.stringify(target) });
    const store = fakeStore();
    expect(await migrateLegacyTarget(store, {}, storage)).toEqual({ target });
    expect(store.saved).toEqual([{ target }]);
    expect(storage.getItem(LEGACY_TARGET_KEY)).toBeNull();
    expect(await migrateLegacyTarget(store, { target }, storage)).toEqual({ target });
    expect(store.saved).toHaveLength(1);
  });

  it('keeps the shared target over a local one, and drops a broken local one', async () => {
    const shared = { ...target, share: 0.8 };
    const store = fakeStore();
    const storage = memoryStorage({ [LEGACY_TARGET_KEY]: JSON.stringify(target) });
    expect(await migrateLegacyTarget(store, { target: shared }, storage)).toEqual({ target: shared });
    const broken = memoryStorage({ [LEGACY_TARGET_KEY]: '{"share":1.5}' });
    expect(await migrateLegacyTarget(store, {}, broken)).toEqual({});
    expect(store.saved).toEqual([]);
    expect(broken.getItem(LEGACY_TARGET_KEY)).toBeNull();
  });

  it('keeps the local target when the store refuses it (a non-admin on a server), for a later visit', async () => {
    const storage = memoryStorage({ [LEGACY_TARGET_KEY]: JSON.stringify(target) });
    const refusing = { saveSettings: async () => Promise.reject(new Error('403 forbidden')) };
    expect(await migrateLegacyTarget(refusing, {}, storage)).toEqual({});
    expect(storage.getItem(LEGACY_TARGET_KEY)).toBe(JSON.stringify(target));
  });

  it('reads only valid targets', () => {
    expect(legacyTargetOf(JSON.stringify(target))).toEqual(target);
    expect(legacyTargetOf('not json')).toBeUndefined();
    expect(legacyTargetOf(JSON.stringify({ ...target, date: '2026-01-01' }))).toBeUndefined();
    expect(legacyTargetOf(null)).toBeUndefined();
  });
});
