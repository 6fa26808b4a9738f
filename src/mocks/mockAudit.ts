import type { Installation } from '../domain/installation';
import type { HistoryEntry } from '../domain/installationHistory';

// The mock backend's audit trail, shaped as the server's (docs/api.md "History") so the
// panel's history works in mock mode. The mock has no accounts: every write is `mock`'s.

const MOCK_USER = 'mock';
/** Kept out of `changes`, as the server keeps them out. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version', 'importId']);

function changesBetween(before: Installation | undefined, after: Installation | undefined): HistoryEntry['changes'] {
  const changes: HistoryEntry['changes'] = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const was = (before as Record<string, unknown> | undefined)?.[field] ?? null;
    const is = (after as Record<string, unknown> | undefined)?.[field] ?? null;
    if (was !== is) changes[field] = [was, is];
  }
  return changes;
}

export function createMockAudit(now: () => string) {
  const trails = new Map<string, HistoryEntry[]>();
  const append = (id: string, entry: HistoryEntry) => trails.set(id, [...(trails.get(id) ?? []), entry]);
  return {
    /** A write of one installation; an update that changed nothing leaves no entry, as on the server. */
    record(action: HistoryEntry['action'], before: Installation | undefined, after: Installation | undefined) {
      const id = (after ?? before)?.id;
      if (id === undefined) return;
      const changes = action === 'delete' || action === 'restore' ? {} : changesBetween(before, after);
      if (action === 'update' && Object.keys(changes).length === 0) return;
      append(id, { at: now(), user: MOCK_USER, action, changes });
    },
    /** Oldest first; `undefined` for an id never saved. */
    history: (id: string): HistoryEntry[] | undefined => trails.get(id),
    clear: () => trails.clear(),
  };
}
