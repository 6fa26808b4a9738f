import { Dexie, type DexieOptions } from 'dexie';
import type { InstallationTables } from './dexieTables';
import type { Installation } from '../domain/installation';
import { sortInstallations } from '../domain/installationRules';
import type { ChangePage } from './httpStore';
import { readAllInPages } from './pagedRead';

/**
 * This browser's copy of a server's installations (docs/api.md "Incremental sync"): the rows
 * and the cursor they reflect, in one IndexedDB database per server, apart from the
 * browser-only store's (`cakupan`), so the two never mix. Every tab of the origin shares it.
 */
export interface LocalCopy {
  /** Ordered like every store (`sortInstallations`). */
  list(): Promise<Installation[]>;
  get(id: string): Promise<Installation | undefined>;
  /** The server position the rows reflect; `undefined` before the first sync. */
  cursor(): Promise<string | undefined>;
  /**
   * Writes a page asked for `since` and its cursor in one transaction. Returns false and writes
   * nothing when the copy is no longer at `since` (another tab applied pages meanwhile): an
   * older page written over newer rows would bring back a row deleted since.
   */
  applyPage(since: string | undefined, page: ChangePage): Promise<boolean>;
  /** Forgets every row and the cursor (the server was reset, or is another one). */
  clear(): Promise<void>;
  close(): void;
}


const CURSOR_KEY = 'cursor';

export interface LocalCopyOptions {
  databaseName: string;
  /** For Node tests: `indexedDB` and `IDBKeyRange` from fake-indexeddb. */
  dexieOptions?: DexieOptions;
  /** Rows per read request in `list` (see readAllInPages). */
  listPageSize?: number;
}

export function openLocalCopy({ databaseName, dexieOptions, listPageSize = 10_000 }: LocalCopyOptions): LocalCopy {
  const db = new Dexie(databaseName, dexieOptions) as InstallationTables;
  db.version(1).stores({ installations: '&id', meta: '&key' });
  const readCursor = async () => (await db.meta.get(CURSOR_KEY))?.value;

  return {
    async list() {
      return sortInstallations(await db.transaction('r', db.installations, () => readAllInPages(db.installations, listPageSize)));
    },
    get: (id) => db.installations.get(id),
    cursor: readCursor,
    applyPage(since, page) {
      return db.transaction('rw', db.installations, db.meta, async () => {
        if ((await readCursor()) !== since) return false;
        await db.installations.bulkPut(page.items);
        await db.installations.bulkDelete(page.deleted);
        await db.meta.put({ key: CURSOR_KEY, value: page.cursor });
        return true;
      });
    },
    async clear() {
      await db.transaction('rw', db.installations, db.meta, async () => {
        await db.installations.clear();
        await db.meta.delete(CURSOR_KEY);
      });
    },
    close: () => db.close(),
  };
}
