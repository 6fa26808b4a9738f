import { Dexie, type DexieOptions } from 'dexie';
import type { InstallationTables } from './dexieTables';
import { yieldToMain } from './slices';
import { createChangeFeed } from './changeFeed';
import { readAllInPages } from './pagedRead';
import type { Installation, InstallationInput, InstallationPatch } from '../domain/installation';
import {
  applyPatch,
  buildInstallation,
  newId as randomId,
  sortInstallations,
  validateBatch,
  validateInput,
  validateInstallation,
  type ValidInput,
} from '../domain/installationRules';
import type { RowError } from '../domain/errors';
import type { ImportResult, InstallationStore, OnProgress } from './store';
import { InstallationNotFoundError } from '../domain/errors';
import { validateSettings } from '../domain/campaignSettings';

export const DEFAULT_DATABASE_NAME = 'cakupan';


/** Marks that demo rows were seeded once, so clearing them does not bring them back on reload. */
const SEEDED_KEY = 'seededAt';
/** The campaign settings as JSON: one small record, so a `meta` row rather than a table of its own (no schema change). */
const SETTINGS_KEY = 'settings';

/**
 * `work` over `rows` `size` at a time. Inside a transaction each chunk is sent once the
 * previous one is done, from IndexedDB's callback (its own task): still all or nothing.
 */
async function inChunks<T>(
  rows: readonly T[],
  size: number,
  work: (chunk: T[], start: number) => Promise<unknown>,
  onProgress?: OnProgress,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    await work(chunk, start);
    onProgress?.((start + chunk.length) / rows.length);
  }
}

export interface IndexedDbStoreOptions {
  databaseName?: string;
  /** For Node tests: `indexedDB` and `IDBKeyRange` from fake-indexeddb. */
  dexieOptions?: DexieOptions;
  now?: () => Date;
  newId?: () => string;
  /** Rows per read request in `list` (default 10,000; see there). */
  listPageSize?: number;
  /**
   * Rows per step of a large write (default 2,000): validated, then handed to IndexedDB a
   * step at a time. Handing IndexedDB a row clones it on the main thread, so a large import
   * in one `bulkAdd` (or its undo) is one long task that freezes the page.
   */
  writeChunkSize?: number;
}

export type IndexedDbStore = InstallationStore & {
  /** Closes the database and stops listening to other tabs. */
  close(): void;
};

/**
 * The browser's default store: survives reloads and restarts, and other tabs hear
 * every change through a BroadcastChannel named after the database. Every write
 * runs in one IndexedDB transaction.
 */
export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): IndexedDbStore {
  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const listPage = options.listPageSize ?? 10_000;
  const writeChunk = options.writeChunkSize ?? 2_000;
  /** `map` over `rows` a chunk at a time, giving the main thread back between chunks (before a transaction: nothing holds one open). */
  const mapInChunks = async <T, U>(rows: readonly T[], map: (row: T, index: number) => U): Promise<U[]> => {
    const mapped: U[] = [];
    await inChunks(rows, writeChunk, async (chunk, start) => {
      if (start > 0) await yieldToMain();
      chunk.forEach((row, offset) => mapped.push(map(row, start + offset)));
    });
    return mapped;
  };

  const db = new Dexie(databaseName, options.dexieOptions) as InstallationTables;
  // Indexed fields only; the row keeps every field. Add a version(2) with an upgrade for schema changes.
  db.version(1).stores({ installations: '&id, installedAt, importId, source', meta: '&key' });

  const feed = createChangeFeed(`${databaseName}:installations`);
  const rw = <T>(work: () => Promise<T>) => db.transaction('rw', db.installations, db.meta, work);

  /** Every row, in pages of `listPage` by primary key, inside the caller's transaction (see `list`). */
  const readAll = (onPage?: (read: number) => void) => readAllInPages(db.installations, listPage, onPage);

  async function saveBatch(inputs: InstallationInput[], onlyIfPristine: boolean, onProgress?: OnProgress): Promise<ImportResult | undefined> {
    const values: ValidInput[] = [];
    const errors: RowError[] = [];
    await inChunks(inputs, writeChunk, async (chunk, start) => {
      if (start > 0) await yieldToMain();
      const validation = validateBatch(chunk, start + 1);
      if (validation.ok) values.push(...validation.values);
      else errors.push(...validation.errors);
    });
    if (errors.length > 0) return { ok: false, errors };
    const importId = newId();
    const timestamp = now();
    const created = await mapInChunks(values, (value) => buildInstallation(value, { id: newId(), now: timestamp, importId }));
    const saved = await rw(async () => {
      if (onlyIfPristine) {
        const seeded = await db.meta.get(SEEDED_KEY);
        if (seeded || (await db.installations.count()) > 0) return false;
        await db.meta.put({ key: SEEDED_KEY, value: timestamp });
      }
      // bulkAdd fails as a whole on a duplicate key, which aborts the transaction: all or nothing.
      await inChunks(created, writeChunk, (chunk) => db.installations.bulkAdd(chunk), onProgress);
      return true;
    });
    if (!saved) return undefined;
    feed.publish();
    return { ok: true, importId, created };
  }

  return {
    async list() {
      // In pages inside one read transaction (see readAllInPages).
      return sortInstallations(await db.transaction('r', db.installations, () => readAll()));
    },
    async get(id) {
      return db.installations.get(id);
    },
    async create(input) {
      const timestamp = now();
      const installation = buildInstallation(validateInput(input), { id: newId(), now: timestamp });
      await rw(() => db.installations.add(installation));
      feed.publish();
      return installation;
    },
    async update(id: string, patch: InstallationPatch) {
      const updated = await rw(async () => {
        const existing = await db.installations.get(id);
        if (!existing) throw new InstallationNotFoundError(id);
        const next = applyPatch(existing, patch, now());
        await db.installations.put(next);
        return next;
      });
      feed.publish();
      return updated;
    },
    async remove(ids, onProgress) {
      const removed = await rw(async () => {
        // Every row asked for (deleting all data): read them in pages and empty the table in one
        // request, instead of a get and a delete per row (several times slower). The progress
        // is the reading's; the one request that deletes them says nothing until it is done.
        const wanted = new Set(ids);
        if (wanted.size > writeChunk && wanted.size >= (await db.installations.count())) {
          const all = await readAll((read) => onProgress?.(read / wanted.size));
          if (all.length > 0 && all.every((row) => wanted.has(row.id))) {
            // One key range from the first id to the last (`all` is in key order).
            await db.installations.where(':id').between(all[0]!.id, all[all.length - 1]!.id, true, true).delete();
            return all;
          }
        }
        const found: Installation[] = [];
        await inChunks(ids, writeChunk, async (chunk) => {
          const rows = (await db.installations.bulkGet(chunk)).filter((row): row is Installation => row !== undefined);
          await db.installations.bulkDelete(rows.map((row) => row.id));
          found.push(...rows);
        }, onProgress);
        return found;
      });
      if (removed.length > 0) feed.publish();
      return removed;
    },
    async restore(installations, onProgress) {
      const rows = await mapInChunks(installations, (installation, index) => validateInstallation(installation, index + 1));
      await rw(() => inChunks(rows, writeChunk, (chunk) => db.installations.bulkPut(chunk), onProgress));
      if (rows.length > 0) feed.publish();
    },
    async bulkImport(inputs, onProgress) {
      return (await saveBatch(inputs, false, onProgress)) as ImportResult;
    },
    seedIfPristine(inputs) {
      return saveBatch(inputs, true);
    },
    async getSettings() {
      const row = await db.meta.get(SETTINGS_KEY);
      if (!row) return {};
      try {
        return validateSettings(JSON.parse(row.value));
      } catch {
        return {}; // a corrupt record reads as "not set", never as an error on every page
      }
    },
    async saveSettings(settings) {
      const valid = validateSettings(settings);
      await rw(() => db.meta.put({ key: SETTINGS_KEY, value: JSON.stringify(valid) }));
      feed.publish();
      return valid;
    },
    subscribe(listener) {
      return feed.subscribe(listener);
    },
    close() {
      feed.close();
      db.close();
    },
  };
}
