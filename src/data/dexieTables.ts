import type { Dexie, EntityTable } from 'dexie';
import type { Installation } from '../domain/installation';

// The tables both IndexedDB databases keep (the browser-only store and the server's local
// copy): installations by id, and small `meta` facts by key. Each opens its own schema.

export interface MetaRow {
  key: string;
  value: string;
}

export type InstallationTables = Dexie & {
  installations: EntityTable<Installation, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};
