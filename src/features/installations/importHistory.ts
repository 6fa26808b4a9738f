import type { Installation } from '../../domain/installation';
import type { ImportRecord } from './importLog';

/** One import as the history lists it. */
export interface ImportHistoryEntry {
  importId: string;
  /** `undefined` when this browser did not record it (imported elsewhere, or storage was cleared). */
  fileName: string | undefined;
  /** When it was saved: the earliest `createdAt` of its rows (ISO date-time). */
  importedAt: string;
  /** Rows of it still stored. */
  count: number;
  /** Ids of those rows, what an undo removes. */
  ids: string[];
  /** Rows edited since the import (`updatedAt` moved on). */
  changed: number;
  /** Rows deleted since, known only when the import was recorded here with its row count. */
  deleted: number;
  /** True when every row is still there as imported, so removing them undoes exactly the import. */
  undoable: boolean;
}

type HistoryRow = Pick<Installation, 'id' | 'importId' | 'createdAt' | 'updatedAt' | 'source'>;

/**
 * The imports still in the data, newest first, derived from the rows themselves (one
 * `importId` per `bulkImport`), so it works the same for the browser store and a server.
 * Demo rows are seeded with an `importId` too but are not a user's import: the demo has
 * its own delete and reload controls, so they are left out. One pass over the rows.
 */
export function importHistory(installations: ReadonlyArray<HistoryRow>, records: ReadonlyMap<string, ImportRecord>): ImportHistoryEntry[] {
  const byImport = new Map<string, { importedAt: string; ids: string[]; changed: number }>();
  for (const installation of installations) {
    if (!installation.importId || installation.source === 'demo') continue;
    let group = byImport.get(installation.importId);
    if (!group) {
      group = { importedAt: installation.createdAt, ids: [], changed: 0 };
      byImport.set(installation.importId, group);
    }
    group.ids.push(installation.id);
    if (installation.createdAt < group.importedAt) group.importedAt = installation.createdAt;
    if (installation.updatedAt !== installation.createdAt) group.changed++;
  }
  return [...byImport]
    .map(([importId, { importedAt, ids, changed }]) => {
      const record = records.get(importId);
      const deleted = record ? Math.max(0, record.count - ids.length) : 0;
      return { importId, fileName: record?.fileName, importedAt, count: ids.length, ids, changed, deleted, undoable: changed === 0 && deleted === 0 };
    })
    .sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : a.importId.localeCompare(b.importId)));
}
