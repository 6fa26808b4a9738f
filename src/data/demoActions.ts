import type { KelurahanCollection } from '../domain/region';
import { generateDemoInstallations } from './demo';
import type { Installation } from '../domain/installation';
import type { ImportResult, InstallationStore, OnProgress } from './store';

// Every render of the workspace and the data view asks; at 100,000 rows each scan cost
// tens of ms of a filter change. Store snapshots are new arrays, never mutated in place,
// so the count is cached per array (weakly: old snapshots are freed as usual).
const demoCounts = new WeakMap<readonly Installation[], number>();

/** How many rows are illustrative demo data; computed once per installations array. */
export function countDemoData(installations: readonly Installation[]): number {
  let count = demoCounts.get(installations);
  if (count === undefined) {
    count = 0;
    for (const installation of installations) if (installation.source === 'demo') count++;
    demoCounts.set(installations, count);
  }
  return count;
}

/** True when any row is illustrative demo data, so the UI must show the "contoh / ilustrasi" label. */
export function hasDemoData(installations: readonly Installation[]): boolean {
  return countDemoData(installations) > 0;
}

/**
 * Seeds the demo set into a store that has never held data. The check and the
 * write are one transaction in the store, so two tabs opening at once seed once,
 * and a store the user emptied stays empty after a reload.
 * Returns the import result, or `undefined` when nothing was seeded.
 */
export function seedDemoIfEmpty(store: InstallationStore, kelurahan: KelurahanCollection): Promise<ImportResult | undefined> {
  return store.seedIfPristine(generateDemoInstallations(kelurahan));
}

/**
 * Puts the demo set back as new (replacing any demo rows still present, so it is
 * never doubled). Undo: `store.remove(result.created ids)` then `store.restore(removed)`.
 */
export async function restoreDemo(
  store: InstallationStore,
  kelurahan: KelurahanCollection,
): Promise<{ removed: Installation[]; result: ImportResult }> {
  // Generate first: a failure here (missing kelurahan) must not have deleted anything.
  const inputs = generateDemoInstallations(kelurahan);
  const demoIds = (await store.list()).filter((installation) => installation.source === 'demo').map((installation) => installation.id);
  const removed = demoIds.length > 0 ? await store.remove(demoIds) : [];
  const result = await store.bulkImport(inputs);
  return { removed, result };
}

/**
 * Deletes every installation (the "clear all" button, behind a confirmation) and
 * returns them, so one `store.restore(removed)` undoes it.
 */
export async function clearAll(store: InstallationStore, options: { onlyDemo?: boolean; onProgress?: OnProgress } = {}): Promise<Installation[]> {
  const installations = await store.list();
  const ids = installations.filter((installation) => !options.onlyDemo || installation.source === 'demo').map((installation) => installation.id);
  return ids.length > 0 ? store.remove(ids, options.onProgress) : [];
}

/** What a clear or a demo reload changed, enough to undo it. */
export interface ResetRecord {
  removed: Installation[];
  createdIds: string[];
}

/**
 * Undoes `clearAll` or `restoreDemo`: drops what was added, puts back what was removed.
 * `onProgress` follows the putting back (the long part: 100,000 rows take seconds).
 */
export async function undoReset(store: InstallationStore, record: ResetRecord, onProgress?: OnProgress): Promise<void> {
  if (record.createdIds.length > 0) await store.remove(record.createdIds);
  if (record.removed.length > 0) await store.restore(record.removed, onProgress);
}
