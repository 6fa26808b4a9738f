import type { Storage } from './columnMemory';

/**
 * What the store does not keep about an import: the file's name and how many rows
 * it saved (so rows deleted since can be counted). Per browser, in localStorage;
 * an import made elsewhere (another browser, another user of a shared server) is
 * still listed from its rows, as "unknown file".
 */
export interface ImportRecord {
  importId: string;
  fileName: string;
  count: number;
}

const KEY = 'cakupan.imports';
/** A few hundred imports fit in a few kilobytes; the oldest are dropped past it. */
const LIMIT = 300;

function isRecord(value: unknown): value is ImportRecord {
  const record = value as Partial<ImportRecord> | null;
  return typeof record?.importId === 'string' && typeof record.fileName === 'string' && typeof record.count === 'number';
}

let lastRead: { raw: string; records: Map<string, ImportRecord> } | undefined;

/**
 * The recorded imports by `importId`; empty when storage is missing, full of junk or unreadable.
 * The same Map while the stored text is the same, so a page can read it on every render and memoise on it.
 */
export function recallImports(storage: Pick<Storage, 'getItem'> | undefined): Map<string, ImportRecord> {
  try {
    const raw = storage?.getItem(KEY) ?? '[]';
    if (lastRead?.raw === raw) return lastRead.records;
    const stored: unknown = JSON.parse(raw);
    const records = new Map((Array.isArray(stored) ? stored.filter(isRecord) : []).map((record) => [record.importId, record]));
    lastRead = { raw, records };
    return records;
  } catch {
    return new Map();
  }
}

/** Adds one import; a storage failure only costs the file's name in the history. */
export function recordImport(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, record: ImportRecord): void {
  if (!storage) return;
  try {
    const records = [...recallImports(storage).values()].filter((old) => old.importId !== record.importId);
    storage.setItem(KEY, JSON.stringify([...records, record].slice(-LIMIT)));
  } catch {
    // Private mode or a full quota: the history shows the import as "unknown file".
  }
}
