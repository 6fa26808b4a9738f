import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstallationInput } from '../domain/installation';
import type { InstallationStore } from './store';
import { InstallationNotFoundError, InstallationValidationError } from '../domain/errors';

/** What a test needs from one adapter; `openTab` opens a second handle on the same data (another tab). */
export interface StoreHarness {
  store: InstallationStore;
  openTab(): InstallationStore;
  dispose(): Promise<void> | void;
}

/** Each call gets an empty backend; `now` drives createdAt/updatedAt. */
export type HarnessFactory = (options: { now: () => Date }) => Promise<StoreHarness> | StoreHarness;

export function sampleInput(overrides: Partial<InstallationInput> = {}): InstallationInput {
  return {
    type: 'baliho',
    lat: 1.1301,
    lng: 104.0529,
    kelurahanKode: '21.71.06.1004',
    installedAt: '2026-04-01',
    status: 'terpasang',
    notes: 'Depan pasar',
    source: 'manual',
    ...overrides,
  };
}

function changes(store: InstallationStore) {
  let count = 0;
  const unsubscribe = store.subscribe(() => (count += 1));
  return { get count() { return count; }, unsubscribe };
}

/** Poll briefly for an effect that crosses a BroadcastChannel (delivered on a later tick). */
async function eventually(check: () => boolean, timeoutMs = 2000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The behaviour every InstallationStore adapter must share. */
export function defineStoreContract(adapterName: string, factory: HarnessFactory) {
  describe(`InstallationStore contract: ${adapterName}`, () => {
    let harness: StoreHarness;
    let store: InstallationStore;
    let clock: number;

    beforeEach(async () => {
      clock = Date.parse('2026-11-01T08:00:00.000Z');
      // Every call advances one second, so timestamps are distinct and predictable.
      harness = await factory({ now: () => new Date((clock += 1000)) });
      store = harness.store;
    });
    afterEach(() => harness.dispose());

    it('creates, reads and lists an installation with identity and timestamps', async () => {
      const created = await store.create(sampleInput());
      expect(created).toMatchObject({ ...sampleInput(), id: expect.any(String) });
      expect(created.createdAt).toBe(created.updatedAt);
      expect(await store.get(created.id)).toEqual(created);
      expect(await store.list()).toEqual([created]);
      expect(await store.get('no-such-id')).toBeUndefined();
    });

    it('rejects invalid input naming the field and saves nothing', async () => {
      const error = await store.create(sampleInput({ lat: 200 })).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InstallationValidationError);
      expect((error as InstallationValidationError).issues).toEqual([expect.objectContaining({ row: 1, field: 'lat', code: 'too_big' })]);
      await expect(store.create(sampleInput({ status: 'dilepas' }))).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'removedAt' })] });
      expect(await store.list()).toEqual([]);
    });

    it('keeps markup in notes as plain text, unchanged', async () => {
      const notes = '<img src=x onerror="alert(1)"> & "quotes"';
      const created = await store.create(sampleInput({ notes }));
      expect((await store.get(created.id))?.notes).toBe(notes);
    });

    it('updates fields, keeps identity, bumps updatedAt and can clear an optional field', async () => {
      const created = await store.create(sampleInput({ status: 'dilepas', removedAt: '2026-05-01' }));
      const updated = await store.update(created.id, { status: 'rusak', removedAt: undefined, notes: 'Robek' });
      expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, status: 'rusak', notes: 'Robek' });
      expect(updated).not.toHaveProperty('removedAt');
      expect(updated.updatedAt > created.updatedAt).toBe(true);
      expect(await store.get(created.id)).toEqual(updated);
    });

    it('rejects a bad update naming the field and leaves the saved row intact', async () => {
      const created = await store.create(sampleInput());
      await expect(store.update(created.id, { installedAt: '2026-13-45' })).rejects.toMatchObject({
        issues: [expect.objectContaining({ field: 'installedAt' })],
      });
      await expect(store.update(created.id, { removedAt: '2026-01-01', status: 'dilepas' })).rejects.toBeInstanceOf(InstallationValidationError);
      await expect(store.update('missing', { notes: 'x' })).rejects.toBeInstanceOf(InstallationNotFoundError);
      expect(await store.get(created.id)).toEqual(created);
    });

    it('imports a batch atomically, marking every row with the import id', async () => {
      const result = await store.bulkImport([sampleInput({ type: 'poster' }), sampleInput({ type: 'spanduk', source: 'import' })]);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.created).toHaveLength(2);
      expect(result.created.every((row) => row.importId === result.importId)).toBe(true);
      expect((await store.list()).map((row) => row.type).sort()).toEqual(['poster', 'spanduk']);
    });

    it('saves nothing when any imported row is bad and reports every bad row and field', async () => {
      const existing = await store.create(sampleInput());
      const rows = [sampleInput(), { ...sampleInput(), type: 'billboard' }, sampleInput({ lng: Number.NaN, installedAt: 'kemarin' })];
      const result = await store.bulkImport(rows as InstallationInput[]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map(({ row, field }) => `${row}:${field}`).sort()).toEqual(['2:type', '3:installedAt', '3:lng']);
      expect(await store.list()).toEqual([existing]);
    });

    it('removes and restores (undo) exactly what was there', async () => {
      const first = await store.create(sampleInput({ installedAt: '2026-03-05' }));
      const second = await store.create(sampleInput({ installedAt: '2026-03-06', type: 'banner' }));
      const removed = await store.remove([first.id, 'unknown', second.id]);
      expect(removed).toEqual(expect.arrayContaining([first, second]));
      expect(removed).toHaveLength(2);
      expect(await store.list()).toEqual([]);
      expect(await store.remove([first.id])).toEqual([]);
      await store.restore(removed);
      expect(await store.list()).toEqual([first, second]);
    });

    it('lists by installation date, then creation time', async () => {
      const late = await store.create(sampleInput({ installedAt: '2026-09-01' }));
      const early = await store.create(sampleInput({ installedAt: '2026-03-01' }));
      const sameDayLater = await store.create(sampleInput({ installedAt: '2026-03-01', type: 'poster' }));
      expect((await store.list()).map((row) => row.id)).toEqual([early.id, sameDayLater.id, late.id]);
    });

    it('notifies subscribers of every change until they unsubscribe', async () => {
      const seen = changes(store);
      const created = await store.create(sampleInput());
      await store.update(created.id, { notes: 'ganti' });
      const removed = await store.remove([created.id]);
      await store.restore(removed);
      await store.bulkImport([sampleInput()]);
      expect(seen.count).toBe(5);
      seen.unsubscribe();
      await store.create(sampleInput());
      expect(seen.count).toBe(5);
    });

    it('does not notify when nothing changed', async () => {
      const seen = changes(store);
      await store.remove(['unknown']);
      await store.bulkImport([{ ...sampleInput(), lat: 'x' } as unknown as InstallationInput]);
      await store.create(sampleInput({ lat: 999 })).catch(() => undefined);
      expect(seen.count).toBe(0);
    });

    it('tells another tab about a change', async () => {
      const otherTab = harness.openTab();
      const seen = changes(otherTab);
      const created = await store.create(sampleInput());
      await eventually(() => seen.count >= 1);
      expect(await otherTab.get(created.id)).toEqual(created);
      seen.unsubscribe();
    });

    it('seeds only a store that was never seeded and is empty', async () => {
      const first = await store.seedIfPristine([sampleInput({ source: 'demo' })]);
      expect(first?.ok).toBe(true);
      expect(await store.seedIfPristine([sampleInput({ source: 'demo' })])).toBeUndefined();
      await store.remove((await store.list()).map((row) => row.id));
      // Cleared on purpose: a reload must not bring the demo back.
      expect(await store.seedIfPristine([sampleInput({ source: 'demo' })])).toBeUndefined();
      expect(await store.list()).toEqual([]);
    });

    it('keeps the campaign settings for everyone, rejects a bad target naming the field and tells other tabs', async () => {
      expect(await store.getSettings()).toEqual({});
      const otherTab = harness.openTab();
      const seen = changes(otherTab);
      const target = { share: 0.5, date: '2026-12-31', startDate: '2026-03-01' };
      expect(await store.saveSettings({ target })).toEqual({ target });
      await eventually(() => seen.count >= 1);
      expect(await otherTab.getSettings()).toEqual({ target });
      await expect(store.saveSettings({ target: { ...target, share: 1.5 } })).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'target.share' })] });
      await expect(store.saveSettings({ target: { ...target, date: '2026-01-01' } })).rejects.toBeInstanceOf(InstallationValidationError);
      expect(await store.getSettings()).toEqual({ target });
      seen.unsubscribe();
    });

    it('does not seed over existing data', async () => {
      await store.create(sampleInput());
      expect(await harness.openTab().seedIfPristine([sampleInput({ source: 'demo' })])).toBeUndefined();
      expect(await store.list()).toHaveLength(1);
    });
  });
}
