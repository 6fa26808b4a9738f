import type { ColumnChoices } from '../../data/import/columns';

const PREFIX = 'cakupan.importColumns:';
/** Enough for every office's layout; the oldest are dropped past it. */
const LIMIT = 30;

/** Files "with the same headers" share a key: headers in order, case and spacing ignored. */
export function columnsKey(columns: ReadonlyArray<string>): string {
  return PREFIX + columns.map((column) => column.trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
}

export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The mapping the user last chose for files with these headers, if any and still applicable. */
export function recallChoices(storage: Storage | undefined, columns: ReadonlyArray<string>): ColumnChoices | undefined {
  try {
    const stored = storage?.getItem(columnsKey(columns));
    if (!stored) return undefined;
    const { choices } = JSON.parse(stored) as { choices: ColumnChoices };
    const valid = Object.values(choices).every((header) => header === null || (typeof header === 'string' && columns.includes(header)));
    return valid && Object.keys(choices).length > 0 ? choices : undefined;
  } catch {
    return undefined; // private mode, a full quota or a hand-edited value: start from automatic matching
  }
}

/** Remembers the mapping (an empty one forgets it); storage failures only cost the convenience. */
export function rememberChoices(storage: Storage | undefined, columns: ReadonlyArray<string>, choices: ColumnChoices, now = Date.now()): void {
  if (!storage) return;
  try {
    const key = columnsKey(columns);
    if (Object.keys(choices).length === 0) {
      storage.removeItem(key);
      return;
    }
    storage.setItem(key, JSON.stringify({ choices, at: now }));
    const saved: { key: string; at: number }[] = [];
    for (let index = 0; index < storage.length; index++) {
      const name = storage.key(index);
      if (name?.startsWith(PREFIX)) saved.push({ key: name, at: (JSON.parse(storage.getItem(name) ?? '{}') as { at?: number }).at ?? 0 });
    }
    saved.sort((a, b) => b.at - a.at).slice(LIMIT).forEach(({ key: old }) => storage.removeItem(old));
  } catch {
    // As above.
  }
}

/** `window.localStorage` where there is one (not in Node tests or some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
